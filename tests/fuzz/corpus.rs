//! The seed corpus: the golden test scripts, minus the few that are known to
//! crash coil and are kept out of the CI run until they are fixed.

use std::path::Path;

/// Golden scripts left out of the corpus: known crashers, until they are fixed (none now).
const EXCLUDED: &[&str] = &[];

/// The corpus: each script's name and bytes, in a stable (sorted) order.
pub fn load() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/golden")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && !EXCLUDED.contains(&n.as_str()))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let bytes = std::fs::read(dir.join(&n)).unwrap_or_default();
            (n, bytes)
        })
        .collect()
}
