//! Every native reachable from scripts declares its signature (see
//! `vm/signature.rs`): argument errors are checked before it runs, with
//! CPython's messages. Lists the natives that do not, so the list can only shrink.

/// Natives without a signature that are known and accepted (none).
const ALLOWED: &[&str] = &[];

#[test]
fn every_native_declares_its_signature() {
    let mut interp = coil::Interpreter::new();
    let unsigned = coil::modules::signature_coverage::unsigned_natives(interp.raw());
    let missing: Vec<&String> = unsigned.iter().filter(|n| !ALLOWED.contains(&n.as_str())).collect();
    if std::env::var("NATIVES_LIST").is_ok() {
        for n in &missing {
            println!("{n}");
        }
    }
    println!("{} natives without a signature", missing.len());
    assert!(
        missing.is_empty(),
        "{} natives without a signature, first: {:?}",
        missing.len(),
        &missing[..missing.len().min(40)]
    );
}
