//! Source files as bytes (PEP 263): a UTF-8 byte order mark, `coding`
//! declarations, bytes that are not UTF-8 and NUL bytes, for a script run by
//! the `coil` command, an imported module and `compile`/`exec` of bytes. The
//! expected output and exit status are CPython 3.11's for the same files.

use std::path::PathBuf;
use std::process::Command;

/// Runs `coil app.py` in a fresh folder holding `files`; exit status, stdout and
/// stderr (with the folder's path taken out of the stderr).
fn run(name: &str, files: &[(&str, &[u8])]) -> (Option<i32>, String, String) {
    let dir: PathBuf = std::env::temp_dir().join(format!("coil-source-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, bytes) in files {
        std::fs::write(dir.join(file), bytes).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_coil")).arg("app.py").current_dir(&dir).output().unwrap();
    let real = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", real.display()), "");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

fn script(name: &str, src: &[u8]) -> (Option<i32>, String, String) {
    run(name, &[("app.py", src)])
}

fn fails_with(name: &str, src: &[u8], stderr: &str) {
    assert_eq!(script(name, src), (Some(1), String::new(), stderr.to_string()), "{name}");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert_eq!(script("bom", b"\xef\xbb\xbfprint(\"bom\")\n"), (Some(0), "bom\n".into(), String::new()));
}

#[test]
fn a_coding_declaration_selects_the_codec() {
    let latin1 = script("latin1", b"# -*- coding: latin-1 -*-\nprint(\"\xe9\")\n");
    assert_eq!(latin1, (Some(0), "\u{e9}\n".into(), String::new()));
    let vim = script("vim", b"#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nprint(\"\x80\")\n");
    assert_eq!(vim, (Some(0), "\u{20ac}\n".into(), String::new()));
}

#[test]
fn encoding_problems_in_a_script() {
    fails_with(
        "bom_latin1",
        b"\xef\xbb\xbf# -*- coding: latin-1 -*-\nprint(\"x\")\n",
        "SyntaxError: encoding problem: iso-8859-1 with BOM\n",
    );
    fails_with("unknown", b"# -*- coding: foobar -*-\nprint(\"x\")\n", "SyntaxError: encoding problem: foobar\n");
    fails_with("ascii", b"# coding: ascii\nprint(\"\xe9\")\n", "SyntaxError: encoding problem: ascii\n");
    fails_with("utf16", b"# coding: utf-16\nprint(1)\n", "SyntaxError: encoding problem: utf-16\n");
}

#[test]
fn bytes_that_are_not_utf8_in_a_script() {
    let hint = "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n";
    fails_with(
        "non_utf8",
        b"x = 1\n#\xff\nprint(1)\n",
        &format!("SyntaxError: Non-UTF-8 code starting with '\\xff' in file app.py on line 2, {hint}"),
    );
    // A declaration after line 2 (or after code on line 1) is only a comment.
    fails_with(
        "line3",
        b"x = 1\n# coding: latin-1\nprint(\"\xe9\")\n",
        &format!("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file app.py on line 3, {hint}"),
    );
    fails_with(
        "declared_utf8",
        b"# coding: utf-8\nprint(\"\xe9\")\n",
        "  File \"app.py\", line 2\n    print(\"\u{fffd}\")\n           ^\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data\n",
    );
}

#[test]
fn nul_bytes_in_a_script() {
    fails_with(
        "nul",
        b"x = 1\nprint(2)\0\n",
        "  File \"app.py\", line 2\n    print(2)\nSyntaxError: source code cannot contain null bytes\n",
    );
}

#[test]
fn tabs_and_spaces_mixed_is_a_tab_error() {
    fails_with(
        "tab",
        b"if True:\n\tx = 1\n        print(x)\n",
        "  File \"app.py\", line 3\n    print(x)\nTabError: inconsistent use of tabs and spaces in indentation\n",
    );
}

#[test]
fn imported_modules_are_decoded_as_compile_decodes_bytes() {
    let main = b"import m\nprint(m.x)\n";
    assert_eq!(
        run("import_latin1", &[("app.py", main), ("m.py", b"# coding: latin-1\nx = '\xe9'\n")]),
        (Some(0), "\u{e9}\n".into(), String::new())
    );
    // Not UTF-8, but only in a comment: accepted.
    assert_eq!(
        run("import_comment", &[("app.py", main), ("m.py", b"x = 1\n#\xff\n")]),
        (Some(0), "1\n".into(), String::new())
    );
    let (status, _, stderr) = run("import_unknown", &[("app.py", main), ("m.py", b"# coding: foobar\n")]);
    assert_eq!(status, Some(1));
    assert!(
        stderr.ends_with("    import m\n  File \"m.py\", line 0\nSyntaxError: unknown encoding: foobar\n"),
        "{stderr}"
    );
    let (status, _, stderr) = run("import_nul", &[("app.py", main), ("m.py", b"x = 1\0\n")]);
    assert_eq!(status, Some(1));
    assert!(stderr.ends_with("    import m\nSyntaxError: source code string cannot contain null bytes\n"), "{stderr}");
}

#[test]
fn compile_and_exec_of_bytes() {
    let program = br#"cases = [
    b'\xef\xbb\xbfx = 1\n',
    b'# coding: foobar\nx = 1\n',
    b'\xef\xbb\xbf# coding: latin-1\n',
    b'x = 1\n#\xff\n',
    b'x = 1\ny = "\xe9abc"\n',
    b'x = \xff\n',
    b'x = 1\0\n',
    b'# coding: ascii\nx = "\xe9"\n',
    b'# coding: cp1252\nx = "\x80"\n',
]
for src in cases:
    try:
        ns = {}
        exec(compile(src, 'f.py', 'exec'), ns)
        print('ok', ns.get('x'))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    exec('x = 1\0')
except SyntaxError as e:
    print(e.msg, e.lineno)
"#;
    let expected = "ok 1
SyntaxError unknown encoding: foobar 0
SyntaxError encoding problem: iso-8859-1 with BOM 0
ok 1
SyntaxError (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte 2
SyntaxError (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte 1
SyntaxError source code string cannot contain null bytes None
SyntaxError 'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128) 0
ok \u{20ac}
source code string cannot contain null bytes None
";
    assert_eq!(script("compile_bytes", program), (Some(0), expected.to_string(), String::new()));
}
