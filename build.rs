//! The default roadmap as the app (wasm32) embeds it: `data/roadmap.toml` without its comment lines, blank
//! lines and indentation (the file has no multi-line strings, so no line is split). The data is
//! the same, byte for byte in every value (a test in `src/model/load.rs` loads both and compares);
//! the app is smaller by the comments, and offers the commented file itself as the template
//! (`index.html` copies it into `dist/`).

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data/roadmap.toml");
    let text = std::fs::read_to_string("data/roadmap.toml").expect("data/roadmap.toml is readable");
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("roadmap.toml"), out).expect("OUT_DIR is writable");
}
