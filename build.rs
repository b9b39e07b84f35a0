//! Generates the parser from `grammar/coil.lalrpop` into `OUT_DIR/coil.rs`.

fn main() {
    println!("cargo:rerun-if-changed=grammar/coil.lalrpop");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out_dir)
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to generate the parser");
}
