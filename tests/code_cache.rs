//! The compiled-code cache (`vm/code_cache.rs`) as users meet it through the
//! `coil` command: imports write entries and read them back, a changed or
//! damaged entry is compiled again, `-B` and `COIL_CACHE_DIR=` keep the disk
//! untouched, and code read from the cache reports the same lines in tracebacks.

use std::path::{Path, PathBuf};
use std::process::Command;

const COIL: &str = env!("CARGO_BIN_EXE_coil");

/// A fresh folder holding the given files, and an empty cache folder inside it.
fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-codecache-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("cache")).expect("create folder");
    for (file, text) in files {
        std::fs::write(dir.join(file), text).expect("write file");
    }
    dir
}

/// Runs `coil ARGS` in `dir` with its cache in `dir/cache`: (status, stdout, stderr).
fn coil(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(COIL)
        .args(args)
        .current_dir(dir)
        .env("COIL_CACHE_DIR", dir.join("cache"))
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .output()
        .expect("run coil");
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

const MAIN: &str = "import json, helper\nprint(helper.double(21), json.dumps([1]))\n";
const HELPER: &str = "def double(x):\n    return x * 2\n";

#[test]
fn entries_are_written_then_read_back() {
    let dir = folder("roundtrip", &[("main.py", MAIN), ("helper.py", HELPER)]);
    let first = coil(&dir, &["main.py"]);
    assert_eq!(first, (0, "42 [1]\n".to_string(), String::new()));
    let stdlib_entry = dir.join("cache/stdlib/json.coilc");
    let file_entry = dir.join("__pycache__/helper.coil.coilc");
    assert!(stdlib_entry.is_file() && file_entry.is_file());
    let written = std::fs::read(&file_entry).expect("read entry");
    assert_eq!(coil(&dir, &["main.py"]), first);
    assert_eq!(std::fs::read(&file_entry).expect("read entry"), written, "a valid entry is not rewritten");
}

#[test]
fn a_changed_source_is_compiled_again() {
    let dir = folder("changed", &[("main.py", MAIN), ("helper.py", HELPER)]);
    assert_eq!(coil(&dir, &["main.py"]).1, "42 [1]\n");
    std::fs::write(dir.join("helper.py"), "def double(x):\n    return x * 3\n").expect("write");
    assert_eq!(coil(&dir, &["main.py"]).1, "63 [1]\n");
}

#[test]
fn damaged_entries_are_ignored_and_replaced() {
    let dir = folder("damaged", &[("main.py", MAIN), ("helper.py", HELPER)]);
    assert_eq!(coil(&dir, &["main.py"]).1, "42 [1]\n");
    let entry = dir.join("__pycache__/helper.coil.coilc");
    let good = std::fs::read(&entry).expect("read entry");
    // Cut short, a flipped byte in the code, and plain garbage.
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x55;
    for bad in [good[..good.len() / 2].to_vec(), flipped, b"not a cache file".to_vec()] {
        std::fs::write(&entry, &bad).expect("damage entry");
        std::fs::write(dir.join("cache/stdlib/json.coilc"), &bad).expect("damage entry");
        assert_eq!(coil(&dir, &["main.py"]), (0, "42 [1]\n".to_string(), String::new()));
        assert_eq!(std::fs::read(&entry).expect("read entry"), good, "the entry is written again");
    }
}

#[test]
fn dash_b_and_an_empty_cache_dir_write_nothing() {
    let dir = folder("quiet", &[("main.py", MAIN), ("helper.py", HELPER)]);
    assert_eq!(coil(&dir, &["-B", "main.py"]).1, "42 [1]\n");
    assert!(!dir.join("__pycache__").exists() && !dir.join("cache/stdlib").exists());
    let out = Command::new(COIL)
        .args(["-c", "import sys, helper; print(sys.dont_write_bytecode)"])
        .current_dir(&dir)
        .env("COIL_CACHE_DIR", "")
        .output()
        .expect("run coil");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "True\n");
    assert!(!dir.join("__pycache__").exists());
}

#[test]
fn a_script_can_turn_writes_off() {
    let dir = folder(
        "sysflag",
        &[("main.py", "import sys\nsys.dont_write_bytecode = True\nimport helper\n"), ("helper.py", HELPER)],
    );
    assert_eq!(coil(&dir, &["main.py"]).0, 0);
    assert!(!dir.join("__pycache__").exists());
}

#[test]
fn cached_code_keeps_its_traceback_lines() {
    let failing =
        "import json\n\ndef parse(text):\n    # the error is raised two calls down\n    return json.loads(text)\n";
    let main = "import failing\nfailing.parse('{')\n";
    let dir = folder("traceback", &[("main.py", main), ("failing.py", failing)]);
    let first = coil(&dir, &["main.py"]);
    assert_eq!(first.0, 1);
    assert!(first.2.contains("line 5, in parse\n    return json.loads(text)\n"), "{}", first.2);
    assert!(first.2.contains("json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes"));
    assert_eq!(coil(&dir, &["main.py"]), first, "the second run reads the cache");
}
