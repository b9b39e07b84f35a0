//! Golden scripts: run the compiled `coil` binary on every `tests/golden/*.py`
//! (with the working directory set to `tests/golden`) and compare its standard
//! output with the `.out` file CPython 3.11 printed for the same script.
//!
//! Files whose name starts with `_` are helper modules for the scripts to
//! import, not scripts themselves.
//!
//! When `NAME.err` exists, the script must fail: its exit status must be 1 and
//! the last line of standard error must equal the first line of `NAME.err`.
//!
//! `tests/golden/KNOWN_FAILURES` lists scripts (one file name a line, then
//! whitespace and a reason; `#` starts a comment) that are expected to fail
//! for a known bug. A listed script that passes is reported, so the list can
//! only shrink.
//!
//! # Running some scripts
//!
//! `GOLDEN` selects scripts: a comma-separated list of names, each with or
//! without `.py`. A name equal to a script's name selects that script alone;
//! otherwise it selects every script whose name contains it as a substring.
//! A name that selects nothing fails the test (so a typo is not a silent pass).
//! Add `-- --nocapture` to see which scripts ran and the pass/fail summary.
//!
//! ```text
//! GOLDEN=async_generators cargo test --profile test-release --test golden
//! GOLDEN=err_,dicts_sets.py cargo test --test golden   # every err_* script, and dicts_sets
//! ```
//!
//! # Recording expected output
//!
//! `tests/golden/regen [NAME...]` runs CPython 3.11 (`python3`, which it checks
//! is 3.11) on all or the named scripts, in `tests/golden` as this test does,
//! and writes each `NAME.out`; for a script that has a `NAME.err` it also
//! rewrites that file with the last line of standard error. `--check` reports
//! the files that would change without writing them. Read the diff before
//! committing: a recorded file must not depend on addresses, timing or hash order.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

fn known_failures(dir: &Path) -> Vec<String> {
    let Ok(text) = fs::read_to_string(dir.join("KNOWN_FAILURES")) else {
        return Vec::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

struct Outcome {
    stdout: String,
    stderr: String,
    status: Option<i32>,
    timed_out: bool,
}

fn run_script(dir: &Path, name: &str) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start the coil binary");
    // Read the pipes on threads so a chatty script cannot block on a full pipe.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).ok();
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).ok();
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().expect("wait failed") {
            Some(st) => break st,
            None if start.elapsed() > TIMEOUT => {
                timed_out = true;
                child.kill().ok();
                break child.wait().expect("wait failed");
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    Outcome {
        stdout: String::from_utf8_lossy(&out_t.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_t.join().unwrap()).into_owned(),
        status: status.code(),
        timed_out,
    }
}

/// A short diff: the first differing lines with a little context.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i)).unwrap_or(0);
    let mut s = format!("    first difference at line {}:\n", first + 1);
    let lo = first.saturating_sub(2);
    for line in e.iter().take(first).skip(lo) {
        s += &format!("      {line}\n");
    }
    for line in e.iter().skip(first).take(6) {
        s += &format!("    - {line}\n");
    }
    for line in a.iter().skip(first).take(6) {
        s += &format!("    + {line}\n");
    }
    if e.len() != a.len() {
        s += &format!("    (expected {} lines, got {})\n", e.len(), a.len());
    }
    s
}

/// Checks one script; returns a description of every problem found.
fn check(dir: &Path, name: &str) -> Vec<String> {
    let stem = name.trim_end_matches(".py");
    let mut problems = Vec::new();
    let expected_out = match fs::read_to_string(dir.join(format!("{stem}.out"))) {
        Ok(s) => s,
        Err(_) => return vec![format!("missing {stem}.out (record it with python3)")],
    };
    let expected_err = fs::read_to_string(dir.join(format!("{stem}.err"))).ok();
    let got = run_script(dir, name);
    if got.timed_out {
        problems.push(format!("timed out after {TIMEOUT:?}"));
    }
    for bad in ["panicked", "RUST_BACKTRACE"] {
        if got.stderr.contains(bad) {
            problems.push(format!("stderr mentions {bad:?}:\n{}", got.stderr));
        }
    }
    if got.stdout != expected_out {
        problems.push(format!("stdout differs:\n{}", diff(&expected_out, &got.stdout)));
    }
    match expected_err {
        Some(err) => {
            let want = err.lines().next().unwrap_or("").trim_end();
            let last = got.stderr.lines().last().unwrap_or("").trim_end();
            if last != want {
                problems.push(format!(
                    "last stderr line differs:\n    - {want}\n    + {last}\n    full stderr:\n{}",
                    got.stderr
                ));
            }
            if got.status != Some(1) {
                problems.push(format!("exit status {:?}, expected 1", got.status));
            }
        }
        None => {
            if got.status != Some(0) {
                problems.push(format!("exit status {:?}, expected 0; stderr:\n{}", got.status, got.stderr));
            }
        }
    }
    problems
}

/// The scripts named by a `GOLDEN` filter (see the module doc), in order; an
/// error names the filter terms that select nothing.
fn select(scripts: &[String], filter: &str) -> Result<Vec<String>, String> {
    let mut chosen = vec![false; scripts.len()];
    let mut unmatched = Vec::new();
    let terms: Vec<&str> = filter.split(',').map(str::trim).filter(|t| !t.is_empty()).collect();
    if terms.is_empty() {
        return Err(format!("GOLDEN={filter:?} names no script (unset it to run them all)"));
    }
    for term in terms {
        let stem = term.strip_suffix(".py").unwrap_or(term);
        let exact = scripts.iter().position(|s| s.strip_suffix(".py") == Some(stem));
        let hits: Vec<usize> = match exact {
            Some(i) => vec![i],
            None => (0..scripts.len()).filter(|&i| scripts[i].trim_end_matches(".py").contains(stem)).collect(),
        };
        if hits.is_empty() {
            unmatched.push(term);
        }
        for i in hits {
            chosen[i] = true;
        }
    }
    if !unmatched.is_empty() {
        return Err(format!(
            "GOLDEN: no golden script matches {unmatched:?} (names or substrings of names in tests/golden)"
        ));
    }
    Ok(scripts.iter().zip(chosen).filter(|(_, c)| *c).map(|(s, _)| s.clone()).collect())
}

#[test]
fn golden_filter_syntax() {
    let scripts: Vec<String> = ["dicts.py", "dicts_sets.py", "err_assert.py", "err_attribute.py", "sets.py"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let sel = |f: &str| select(&scripts, f);
    assert_eq!(sel("dicts").unwrap(), ["dicts.py"]);
    assert_eq!(sel("dicts.py").unwrap(), ["dicts.py"]);
    assert_eq!(sel("dicts_").unwrap(), ["dicts_sets.py"]);
    assert_eq!(sel("err_").unwrap(), ["err_assert.py", "err_attribute.py"]);
    assert_eq!(sel("sets, err_assert").unwrap(), ["err_assert.py", "sets.py"]);
    assert_eq!(sel("set").unwrap(), ["dicts_sets.py", "sets.py"]);
    assert!(sel("sets,nosuch").unwrap_err().contains("nosuch"));
    assert!(sel(",").is_err());
}

#[test]
fn golden_scripts() {
    let dir = golden_dir();
    let mut scripts: Vec<String> = fs::read_dir(&dir)
        .expect("tests/golden is missing")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // `_name.py` files are helper modules imported by the scripts, not scripts.
        .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty(), "no golden scripts found in {}", dir.display());
    let known = known_failures(&dir);
    for k in &known {
        assert!(scripts.contains(k), "KNOWN_FAILURES names {k}, which is not a script in tests/golden");
    }
    let total = scripts.len();
    if let Ok(filter) = std::env::var("GOLDEN") {
        scripts = select(&scripts, &filter).unwrap_or_else(|e| panic!("{e}"));
        eprintln!("golden: GOLDEN={filter} selects {} of {total} scripts: {}", scripts.len(), scripts.join(" "));
    }
    let known: Vec<String> = known.into_iter().filter(|k| scripts.contains(k)).collect();

    let mut failed = Vec::new();
    let mut unexpectedly_passed = Vec::new();
    let mut passed = 0;
    for name in &scripts {
        let problems = check(&dir, name);
        let is_known = known.contains(name);
        if problems.is_empty() {
            passed += 1;
            if is_known {
                unexpectedly_passed.push(name.clone());
            }
        } else if is_known {
            eprintln!("XFAIL {name} (listed in KNOWN_FAILURES)");
        } else {
            eprintln!("FAIL {name}");
            for p in &problems {
                eprintln!("  {p}");
            }
            failed.push(name.clone());
        }
    }
    eprintln!("golden: {passed} passed, {} failed, {} known failures, of {}", failed.len(), known.len(), scripts.len());
    assert!(
        unexpectedly_passed.is_empty(),
        "these scripts pass now: remove them from tests/golden/KNOWN_FAILURES: {unexpectedly_passed:?}"
    );
    assert!(failed.is_empty(), "failing golden scripts: {failed:?}");
}
