//! Generates the parser from `grammar/coil.lalrpop` into `OUT_DIR/coil.rs`, and
//! fingerprints the compiler for the compiled-code cache.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// What decides the bytecode a source compiles to: the grammar, the syntax layer
/// and the compiler (which includes the cache's own file format).
const COMPILER_INPUTS: &[&str] = &["grammar", "src/syntax", "src/compile"];

fn main() {
    println!("cargo:rerun-if-changed=grammar/coil.lalrpop");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out_dir)
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");
    println!("cargo:rustc-env=COIL_COMPILER_FINGERPRINT={:016x}", compiler_fingerprint());
}

/// A hash of every file the compiler is built from, so that cached code from
/// another build of the compiler is never used.
fn compiler_fingerprint() -> u64 {
    let mut files = Vec::new();
    for input in COMPILER_INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect_files(Path::new(input), &mut files);
    }
    files.sort();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    for file in files {
        file.hash(&mut hasher);
        std::fs::read(&file).expect("read a compiler source").hash(&mut hasher);
    }
    hasher.finish()
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("read a compiler source folder");
    for entry in entries {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}
