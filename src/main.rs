//! One binary target, two entry points: the browser app on wasm32, the analysts' CLI elsewhere.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(veikart::cli::main(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {
    veikart::web::start();
}
