//! The analysts' command-line runner: `veikart validate` and `veikart run`.

pub fn main(_args: Vec<String>) -> i32 {
    0
}
