//! Traceback text: CPython collapses a run of more than three identical
//! entries (same file, line and function) into its first three and a
//! "[Previous line repeated N more time(s)]" note.

use coil::Interpreter;

fn traceback_of(src: &str) -> String {
    let mut interp = Interpreter::new();
    interp.run(src, "app.py").unwrap_err().traceback
}

#[test]
fn recursive_entries_are_collapsed() {
    let tb =
        traceback_of("def f(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return f(n - 1)\nf(10)\n");
    let entry = "  File \"app.py\", line 4, in f\n    return f(n - 1)\n";
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
