//! The layering rule of ARCHITECTURE.md, checked on the source: each layer may
//! use only the layers below it. A `use crate::modules::...` (or any path to a
//! higher layer) in the object core fails this test.

use std::fs;
use std::path::Path;

/// Source folders (or files) under `src/`, lowest layer first, and the crate
/// modules each may not name.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "codepoint.rs",
        &["syntax", "compile", "vm", "objects", "system", "builtins", "modules", "stdlib", "embed", "repl", "cli"],
    ),
    ("syntax", &["compile", "vm", "objects", "system", "builtins", "modules", "stdlib", "embed", "repl", "cli"]),
    ("compile", &["system", "builtins", "modules", "stdlib", "embed", "repl", "cli"]),
    ("vm", &["system", "builtins", "modules", "stdlib", "embed", "repl", "cli"]),
    ("objects", &["system", "builtins", "modules", "stdlib", "embed", "repl", "cli"]),
    ("system", &["builtins", "modules", "stdlib", "embed", "repl", "cli"]),
    ("builtins", &["modules", "stdlib", "embed", "repl", "cli"]),
    ("modules", &["embed", "repl", "cli"]),
    ("stdlib.rs", &["embed", "repl", "cli"]),
    ("embed", &["repl", "cli"]),
];

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    for entry in fs::read_dir(path).expect("read src folder") {
        let p = entry.expect("dir entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// `crate::NAME` paths in code (comments and doc comments are skipped).
fn crate_paths(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let tail = &rest[i + 7..];
            let name: String = tail.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            found.push((n + 1, name));
            rest = tail;
        }
    }
    found
}

#[test]
fn no_layer_names_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut violations = Vec::new();
    for (layer, forbidden) in LAYERS {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "no source files for layer {layer}");
        for file in files {
            let text = fs::read_to_string(&file).expect("read source");
            for (line, name) in crate_paths(&text) {
                if forbidden.contains(&name.as_str()) {
                    violations.push(format!("{}:{line}: {layer} uses crate::{name}", file.display()));
                }
            }
        }
    }
    assert!(violations.is_empty(), "layering violations:\n{}", violations.join("\n"));
}

#[test]
fn the_checker_sees_a_violation() {
    let sample = "use crate::modules::asyncio::Future; // crate::embed in a comment\n";
    let names: Vec<String> = crate_paths(sample).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, vec!["modules".to_string()]);
}
