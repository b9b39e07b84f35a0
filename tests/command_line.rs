//! The `coil` command's options that run library code: `-m NAME` runs a module
//! (or a package's `__main__`) as `__main__`, with the working directory first
//! on `sys.path`; `COILPATH` adds folders to `sys.path`; `-W` and `PYTHONWARNINGS`
//! set the warning filters (`sys.warnoptions`).

use std::path::PathBuf;
use std::process::Command;

const COIL: &str = env!("CARGO_BIN_EXE_coil");

/// A fresh folder holding the given files.
fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-cmdline-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create folder");
    for (file, text) in files {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create package");
        std::fs::write(path, text).expect("write file");
    }
    dir
}

fn coil(dir: &PathBuf, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(COIL).args(args).current_dir(dir).envs(env.iter().copied()).output().expect("run coil");
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let dir =
        folder("m", &[("tool.py", "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('tool.py'))\n")]);
    let (status, out, err) = coil(&dir, &["-m", "tool", "a", "b"], &[]);
    assert_eq!((status, out.as_str(), err.as_str()), (0, "__main__ ['a', 'b'] True\n", ""));
}

#[test]
fn dash_m_runs_a_package_main_with_relative_imports() {
    let dir = folder(
        "pkg",
        &[
            ("app/__init__.py", "print('init')\n"),
            ("app/helper.py", "WORD = 'helped'\n"),
            ("app/__main__.py", "from .helper import WORD\nprint(__name__, __package__, WORD)\n"),
        ],
    );
    let (status, out, _) = coil(&dir, &["-m", "app"], &[]);
    assert_eq!((status, out.as_str()), (0, "init\n__main__ app helped\n"));
}

#[test]
fn dash_m_reports_a_missing_module_as_cpython_does() {
    let dir = folder("missing", &[("pkg/__init__.py", "")]);
    let (status, _, err) = coil(&dir, &["-m", "nosuch"], &[]);
    assert_eq!((status, err.as_str()), (1, "coil: No module named nosuch\n"));
    let (status, _, err) = coil(&dir, &["-m", "pkg"], &[]);
    assert_eq!(
        (status, err.as_str()),
        (1, "coil: No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n")
    );
}

#[test]
fn dash_m_runs_unittest_with_the_exit_status_of_the_tests() {
    let test = "import unittest\nclass T(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(1, 1)\n    def test_bad(self):\n        self.assertEqual(1, 2)\n";
    let dir = folder("unittest", &[("test_x.py", test)]);
    let (status, _, err) = coil(&dir, &["-m", "unittest", "test_x"], &[]);
    assert_eq!(status, 1, "stderr:\n{err}");
    assert!(err.contains("FAIL: test_bad (test_x.T.test_bad)") && err.contains("FAILED (failures=1)"), "{err}");
}

#[test]
fn coilpath_adds_folders_to_sys_path() {
    let dir = folder("coilpath", &[("lib/extra.py", "VALUE = 7\n"), ("main.py", "import extra\nprint(extra.VALUE)\n")]);
    let lib = dir.join("lib").to_string_lossy().into_owned();
    let (status, out, err) = coil(&dir, &["main.py"], &[("COILPATH", lib.as_str())]);
    assert_eq!((status, out.as_str()), (0, "7\n"), "stderr:\n{err}");
}

/// A script that warns twice from one line and once from another.
const WARNER: &str = "import sys, warnings\nprint(sys.warnoptions)\nfor i in range(2):\n    warnings.warn('w', DeprecationWarning)\nwarnings.warn('u')\n";

#[test]
fn dash_w_options_fill_warnoptions_and_set_filters() {
    let dir = folder("w", &[("warner.py", WARNER)]);
    // -W error turns the first warning into an exception.
    let (status, out, err) = coil(&dir, &["-W", "error", "warner.py"], &[]);
    assert_eq!((status, out.as_str()), (1, "['error']\n"));
    assert!(err.ends_with("DeprecationWarning: w\n"), "{err}");
    // -Wa (attached, abbreviated "always") shows every DeprecationWarning;
    // later options win over PYTHONWARNINGS, which comes first in warnoptions.
    let (status, out, err) = coil(&dir, &["-Wa", "warner.py"], &[("PYTHONWARNINGS", "ignore")]);
    assert_eq!((status, out.as_str()), (0, "['ignore', 'a']\n"));
    assert_eq!(err.matches("DeprecationWarning: w").count(), 2, "{err}");
    assert_eq!(err.matches("UserWarning: u").count(), 1, "{err}");
    // PYTHONWARNINGS alone, with a category; -E ignores it.
    let (_, _, err) = coil(&dir, &["warner.py"], &[("PYTHONWARNINGS", "ignore::UserWarning")]);
    assert_eq!((err.matches("DeprecationWarning: w").count(), err.contains("UserWarning")), (1, false), "{err}");
    let (_, out, err) = coil(&dir, &["-E", "warner.py"], &[("PYTHONWARNINGS", "ignore::UserWarning")]);
    assert_eq!(out, "[]\n");
    assert!(err.contains("UserWarning: u"), "{err}");
    // A malformed option is reported and ignored.
    let (status, _, err) = coil(&dir, &["-W", "bogus", "warner.py"], &[]);
    assert_eq!(status, 0);
    assert!(err.starts_with("Invalid -W option ignored: invalid action: 'bogus'\n"), "{err}");
}
