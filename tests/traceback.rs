//! Traceback text as CPython 3.11 prints it.
//!
//! A run of more than three identical entries (same file, line and function)
//! collapses into its first three and a "[Previous line repeated N more time(s)]"
//! note. Under each entry's source line, a line of `^` (with `~` under the operands
//! of a binary operation or subscript) marks the failing expression (PEP 657), as
//! CPython's interpreter prints an uncaught exception and, with small differences,
//! as its `traceback` module formats one. The expected texts below are CPython
//! 3.11's output for the same scripts.

use coil::Interpreter;
use std::path::PathBuf;
use std::process::Command;

/// The traceback an embedding host gets (formatted like the `traceback` module).
fn traceback_of(src: &str) -> String {
    let mut interp = Interpreter::new();
    interp.run(src, "app.py").unwrap_err().traceback
}

/// What the `coil` command prints to stderr for `src` saved as `app.py`.
fn uncaught(name: &str, src: &str) -> String {
    let dir: PathBuf = std::env::temp_dir().join(format!("coil-traceback-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("app.py"), src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_coil")).arg("app.py").current_dir(&dir).output().unwrap();
    // As CPython, the script's file name is absolute (working directory + "app.py").
    let real = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1), "{name}");
    String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", real.display()), "")
}

#[test]
fn recursive_entries_are_collapsed() {
    let tb =
        traceback_of("def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(10)\n");
    let entry = "  File \"app.py\", line 4, in f\n    return f(n - 1)\n           ^^^^^^^^\n";
    let expected = format!(
        "Traceback (most recent call last):\n  File \"app.py\", line 5, in <module>\n    f(10)\n{entry}{entry}{entry}  [Previous line repeated 7 more times]\n  File \"app.py\", line 3, in f\n    raise ValueError('bottom')\nValueError: bottom\n"
    );
    assert_eq!(tb, expected);
}

#[test]
fn one_extra_repeat_is_singular_and_short_runs_are_kept() {
    let tb = traceback_of("def g(n):\n    if n == 0:\n        raise ValueError('x')\n    g(n - 1)\ng(4)\n");
    assert!(tb.contains("  [Previous line repeated 1 more time]\n  File \"app.py\", line 3, in g\n"), "{tb}");
    let tb = traceback_of("def g(n):\n    if n == 0:\n        raise ValueError('x')\n    g(n - 1)\ng(3)\n");
    assert!(!tb.contains("Previous line"), "{tb}");
    assert_eq!(tb.matches("line 4, in g").count(), 3, "{tb}");
}

#[test]
fn collapse_note_at_the_end_of_the_stack() {
    let tb = traceback_of("def r():\n    r()\nr()\n");
    assert!(tb.ends_with("more times]\nRecursionError: maximum recursion depth exceeded\n"), "{tb}");
    assert_eq!(tb.matches("line 2, in r").count(), 3, "{tb}");
}

#[test]
fn exception_groups_print_in_boxes() {
    // Nested groups, sub-exceptions without tracebacks, and a chained exception after the group.
    let src = "def f():\n    raise ExceptionGroup(\"outer\", [ValueError(\"a\"), ExceptionGroup(\"inner\", [TypeError(\"b\")]), KeyError(\"c\")])\ntry:\n    f()\nexcept ExceptionGroup as e:\n    raise RuntimeError(\"wrapped\") from e\n";
    let expected = "  + Exception Group Traceback (most recent call last):\n  |   File \"app.py\", line 4, in <module>\n  |     f()\n  |   File \"app.py\", line 2, in f\n  |     raise ExceptionGroup(\"outer\", [ValueError(\"a\"), ExceptionGroup(\"inner\", [TypeError(\"b\")]), KeyError(\"c\")])\n  | ExceptionGroup: outer (3 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | ValueError: a\n    +---------------- 2 ----------------\n    | ExceptionGroup: inner (1 sub-exception)\n    +-+---------------- 1 ----------------\n      | TypeError: b\n      +------------------------------------\n    +---------------- 3 ----------------\n    | KeyError: 'c'\n    +------------------------------------\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"app.py\", line 6, in <module>\n    raise RuntimeError(\"wrapped\") from e\nRuntimeError: wrapped\n";
    assert_eq!(uncaught("groups", src), expected);
    assert_eq!(traceback_of(src), expected);
}

/// A script and CPython 3.11's tracebacks for it: `printer` from the interpreter
/// (an uncaught exception), `module` from the `traceback` module when it differs.
struct Case {
    name: &'static str,
    source: &'static str,
    printer: &'static str,
    module: Option<&'static str>,
}

#[test]
fn uncaught_exceptions_mark_the_failing_expression() {
    for case in CASES {
        assert_eq!(uncaught(case.name, case.source), case.printer, "case {}", case.name);
    }
}

#[test]
fn traceback_module_marks_the_failing_expression() {
    for case in CASES {
        assert_eq!(traceback_of(case.source), case.module.unwrap_or(case.printer), "case {}", case.name);
    }
}

#[test]
fn format_exc_marks_the_failing_expression() {
    for (name, expected) in FORMAT_EXC_CASES {
        let case = CASES.iter().find(|c| c.name == *name).unwrap();
        // The case's script inside `try:`, formatted by the handler.
        let body: String = case
            .source
            .split_inclusive('\n')
            .map(|l| if l.trim().is_empty() { l.to_string() } else { format!("    {l}") })
            .collect();
        let src = format!("import traceback\ntry:\n{body}except BaseException:\n    out = traceback.format_exc()\n");
        let mut interp = Interpreter::new();
        interp.run(&src, "app.py").unwrap();
        assert_eq!(interp.get_global::<String>("out").unwrap(), *expected, "case {name}");
    }
}

#[test]
fn no_source_line_means_no_marks() {
    // `<string>` and `<stdin>` sources cannot be read back, in CPython as here.
    let mut interp = Interpreter::new();
    let tb = interp.run("def f(n):\n    return n - 'x'\nf(1)\n", "<string>").unwrap_err().traceback;
    assert_eq!(
        tb,
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nTypeError: unsupported operand type(s) for -: 'int' and 'str'\n"
    );
}

const CASES: &[Case] = &[
    Case {
        name: "binary_operator",
        source: "def bad(n):\n    return n - \"x\"\nbad(1)\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    bad(1)\n  File \"app.py\", line 2, in bad\n    return n - \"x\"\n           ~~^~~~~\nTypeError: unsupported operand type(s) for -: 'int' and 'str'\n",
        module: None,
    },
    Case {
        name: "nested_frames",
        source: "def f(x):\n    return x + 1\ndef g():\n    return f(\"a\")\ng()\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 5, in <module>\n    g()\n  File \"app.py\", line 4, in g\n    return f(\"a\")\n           ^^^^^^\n  File \"app.py\", line 2, in f\n    return x + 1\n           ~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n",
        module: None,
    },
    Case {
        name: "subscript",
        source: "d = {\"a\": {}}\ny = d[\"a\"][\"b\"]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    y = d[\"a\"][\"b\"]\n        ~~~~~~^^^^^\nKeyError: 'b'\n",
        module: None,
    },
    Case {
        name: "subscript_spaced",
        source: "d = {}\ny = d [ \"k\" ]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    y = d [ \"k\" ]\n        ~~^^^^^^^\nKeyError: 'k'\n",
        module: None,
    },
    Case {
        name: "slice",
        source: "x = None\ny = x[1:2]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    y = x[1:2]\n        ~^^^^^\nTypeError: 'NoneType' object is not subscriptable\n",
        module: None,
    },
    Case {
        name: "attribute",
        source: "x = None\ny = x.foo + 1\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    y = x.foo + 1\n        ^^^^^\nAttributeError: 'NoneType' object has no attribute 'foo'\n",
        module: None,
    },
    Case {
        name: "attribute_whole_line",
        source: "x = None\nx.foo\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    x.foo\nAttributeError: 'NoneType' object has no attribute 'foo'\n",
        module: None,
    },
    Case {
        name: "method_call",
        source: "class A:\n    def m(self, x):\n        return 1/x\na = A()\nprint(a.m(0))\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 5, in <module>\n    print(a.m(0))\n          ^^^^^^\n  File \"app.py\", line 3, in m\n    return 1/x\n           ~^~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "method_chain",
        source: "x = \"a\"\ny = x.upper().lower().nope()\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    y = x.upper().lower().nope()\n        ^^^^^^^^^^^^^^^^^^^^^^\nAttributeError: 'str' object has no attribute 'nope'\n",
        module: None,
    },
    Case {
        name: "method_multiline",
        source: "x = \"a\"\ny = x.upper(\n).nope(\n)\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    ).nope(\n      ^^^^\nAttributeError: 'str' object has no attribute 'nope'\n",
        module: None,
    },
    Case {
        name: "nested_calls",
        source: "def f(x):\n    return [][x]\nprint(len(str(f(3))))\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    print(len(str(f(3))))\n                  ^^^^\n  File \"app.py\", line 2, in f\n    return [][x]\n           ~~^^^\nIndexError: list index out of range\n",
        module: None,
    },
    Case {
        name: "name_error",
        source: "def f():\n    return totl + 1\ntotal = 1\nf()\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    return totl + 1\n           ^^^^\nNameError: name 'totl' is not defined. Did you mean: 'total'?\n",
        module: Some("Traceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    return totl + 1\n           ^^^^\nNameError: name 'totl' is not defined\n"),
    },
    Case {
        name: "unbound_local",
        source: "def f():\n    print(x)\n    x = 1\nf()\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    print(x)\n          ^\nUnboundLocalError: cannot access local variable 'x' where it is not associated with a value\n",
        module: None,
    },
    Case {
        name: "comparison_chain",
        source: "y = 1\nx = 0 < y < \"a\"\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    x = 0 < y < \"a\"\n        ^^^^^^^^^^^\nTypeError: '<' not supported between instances of 'int' and 'str'\n",
        module: None,
    },
    Case {
        name: "assert_compare",
        source: "x = 1\nassert x == 2, \"msg\"\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    assert x == 2, \"msg\"\n           ^^^^^^\nAssertionError: msg\n",
        module: None,
    },
    Case {
        name: "assert_plain",
        source: "x = 0\nassert x\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    assert x\nAssertionError\n",
        module: None,
    },
    Case {
        name: "raise_whole_line",
        source: "def f():\n    raise ValueError(1)\nf()\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    raise ValueError(1)\nValueError: 1\n",
        module: None,
    },
    Case {
        name: "raise_with_comment",
        source: "raise ValueError(1)  # boom\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    raise ValueError(1)  # boom\n    ^^^^^^^^^^^^^^^^^^^\nValueError: 1\n",
        module: None,
    },
    Case {
        name: "trailing_blanks",
        source: "raise ValueError(1)   \n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    raise ValueError(1)   \n    ^^^^^^^^^^^^^^^^^^^\nValueError: 1\n",
        module: Some("Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    raise ValueError(1)\nValueError: 1\n"),
    },
    Case {
        name: "parenthesized_operand",
        source: "a = 1\nb = \"s\"\nc = ((a))  +  (b)\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    c = ((a))  +  (b)\n        ~~~~~~~^~~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n",
        module: Some("Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    c = ((a))  +  (b)\n        ~~~~~~~^^~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n"),
    },
    Case {
        name: "two_char_operator",
        source: "x = 2 ** \"a\" + 3\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    x = 2 ** \"a\" + 3\n        ~~^^~~~~\nTypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'\n",
        module: None,
    },
    Case {
        name: "multiline_operation",
        source: "x = (1 +\n     \"a\")\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    x = (1 +\n         ^^^\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n",
        module: None,
    },
    Case {
        name: "multiline_call",
        source: "def f(a, b):\n    return a/b\nx = f(1,\n      0)\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    x = f(1,\n        ^^^^\n  File \"app.py\", line 2, in f\n    return a/b\n           ~^~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "decorator",
        source: "def d(f):\n    return 1/0\n@d\ndef g(): pass\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    @d\n     ^\n  File \"app.py\", line 2, in d\n    return 1/0\n           ~^~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "unpacking",
        source: "a, b = [1, 2, 3]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    a, b = [1, 2, 3]\n    ^^^^\nValueError: too many values to unpack (expected 2)\n",
        module: None,
    },
    Case {
        name: "store_subscript",
        source: "x = (1,)\nx[0] = 1\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    x[0] = 1\n    ~^^^\nTypeError: 'tuple' object does not support item assignment\n",
        module: None,
    },
    Case {
        name: "augmented_attribute",
        source: "class A: pass\na = A()\na.x += 1\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    a.x += 1\n    ^^^\nAttributeError: 'A' object has no attribute 'x'\n",
        module: None,
    },
    Case {
        name: "augmented_name",
        source: "x = 1\nx /= 0\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    x /= 0\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "delete_item",
        source: "x = {}\ndel x[0]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    del x[0]\n        ~^^^\nKeyError: 0\n",
        module: None,
    },
    Case {
        name: "for_iterable",
        source: "for x in 5:\n    pass\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    for x in 5:\nTypeError: 'int' object is not iterable\n",
        module: None,
    },
    Case {
        name: "if_truth",
        source: "class A:\n    def __bool__(self):\n        raise ValueError(\"b\")\nif A():\n    pass\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    if A():\n  File \"app.py\", line 3, in __bool__\n    raise ValueError(\"b\")\nValueError: b\n",
        module: None,
    },
    Case {
        name: "comprehension",
        source: "x = [1/i for i in range(3)]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    x = [1/i for i in range(3)]\n        ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"app.py\", line 1, in <listcomp>\n    x = [1/i for i in range(3)]\n         ~^~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "recursion",
        source: "def f(n):\n    if n > 5:\n        raise ValueError(n)\n    return f(n+1)\nf(0)\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 5, in <module>\n    f(0)\n  File \"app.py\", line 4, in f\n    return f(n+1)\n           ^^^^^^\n  File \"app.py\", line 4, in f\n    return f(n+1)\n           ^^^^^^\n  File \"app.py\", line 4, in f\n    return f(n+1)\n           ^^^^^^\n  [Previous line repeated 3 more times]\n  File \"app.py\", line 3, in f\n    raise ValueError(n)\nValueError: 6\n",
        module: None,
    },
    Case {
        name: "wide_characters",
        source: "s = \"日本語\"; y = s + \"日本\" + 1\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    s = \"日本語\"; y = s + \"日本\" + 1\n                      ~~~~~~~~~~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n",
        module: None,
    },
    Case {
        name: "tab_indent",
        source: "def f():\n\treturn 1 / 0\nf()\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "semicolons",
        source: "x = 1; y = x / 0\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    x = 1; y = x / 0\n               ~~^~~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "fstring_field",
        source: "x = 1\ny = f\"a {x.nope} b\"\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    y = f\"a {x.nope} b\"\n             ^^^^^^\nAttributeError: 'int' object has no attribute 'nope'\n",
        module: None,
    },
    Case {
        name: "chained_exceptions",
        source: "try:\n    1/0\nexcept ZeroDivisionError:\n    {}[\"k\"]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    {}[\"k\"]\n    ~~^^^^^\nKeyError: 'k'\n",
        module: None,
    },
    Case {
        name: "crlf_line_endings",
        source: "x = 1\r\ny = x / 0\r\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 2, in <module>\n    y = x / 0\n        ~~^~~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "form_feed_indent",
        source: "def f():\n\u{c}    return 1 / 0\nf()\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n",
        module: None,
    },
    Case {
        name: "unicode_across_lines",
        source: "x = (\"ñ\" +\n     1)\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    x = (\"ñ\" +\n         ^^^^\nTypeError: can only concatenate str (not \"int\") to str\n",
        module: Some("Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    x = (\"ñ\" +\n         ^^^^^\nTypeError: can only concatenate str (not \"int\") to str\n"),
    },
    Case {
        name: "emoji_subscript",
        source: "x = \"🐍🐍\"; y = x[9]\n",
        printer: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    x = \"🐍🐍\"; y = x[9]\n                    ~^^^\nIndexError: string index out of range\n",
        module: None,
    },
];

const FORMAT_EXC_CASES: &[(&str, &str)] = &[
    ("binary_operator", "Traceback (most recent call last):\n  File \"app.py\", line 5, in <module>\n    bad(1)\n  File \"app.py\", line 4, in bad\n    return n - \"x\"\n           ~~^~~~~\nTypeError: unsupported operand type(s) for -: 'int' and 'str'\n"),
    ("subscript", "Traceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    y = d[\"a\"][\"b\"]\n        ~~~~~~^^^^^\nKeyError: 'b'\n"),
    ("method_multiline", "Traceback (most recent call last):\n  File \"app.py\", line 5, in <module>\n    ).nope(\n      ^^^^\nAttributeError: 'str' object has no attribute 'nope'\n"),
    ("name_error", "Traceback (most recent call last):\n  File \"app.py\", line 6, in <module>\n    f()\n  File \"app.py\", line 4, in f\n    return totl + 1\n           ^^^^\nNameError: name 'totl' is not defined\n"),
    ("trailing_blanks", "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    raise ValueError(1)\nValueError: 1\n"),
    ("parenthesized_operand", "Traceback (most recent call last):\n  File \"app.py\", line 5, in <module>\n    c = ((a))  +  (b)\n        ~~~~~~~^^~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n"),
    ("recursion", "Traceback (most recent call last):\n  File \"app.py\", line 7, in <module>\n    f(0)\n  File \"app.py\", line 6, in f\n    return f(n+1)\n           ^^^^^^\n  File \"app.py\", line 6, in f\n    return f(n+1)\n           ^^^^^^\n  File \"app.py\", line 6, in f\n    return f(n+1)\n           ^^^^^^\n  [Previous line repeated 3 more times]\n  File \"app.py\", line 5, in f\n    raise ValueError(n)\nValueError: 6\n"),
    ("wide_characters", "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    s = \"日本語\"; y = s + \"日本\" + 1\n                      ~~~~~~~~~~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n"),
];
