//! The interactive REPL, driven through a pseudo-terminal as a person types
//! (waiting for each prompt before typing), and the piped-stdin mode.

#[path = "repl/pty.rs"]
mod pty;

use pty::Pty;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COIL: &str = env!("CARGO_BIN_EXE_coil");
const PROMPT: &str = "\n>>> ";
const MORE: &str = "\n... ";

/// A fresh home folder per test, so history files never mix.
fn home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create home");
    dir
}

/// Starts coil on a terminal and waits for the end of its banner.
fn spawn(args: &[&str], home: &std::path::Path) -> Pty {
    let mut p = Pty::spawn(COIL, args, home);
    p.expect("for more information.\n>>> import asyncio\n");
    p
}

fn start(name: &str) -> Pty {
    spawn(&[], &home(name))
}

/// Types `line` at the next `>>> ` prompt.
fn type_line(p: &mut Pty, line: &str) {
    p.line(PROMPT, line);
}

#[test]
fn banner_and_multiline_function() {
    let mut p = start("function");
    assert!(p.screen().contains(concat!("coil ", env!("CARGO_PKG_VERSION"))));
    type_line(&mut p, "def add(a, b):");
    // The body is indented for us after the block header.
    p.line(MORE, "total = a * b");
    p.line(MORE, "return total + 1");
    p.line(MORE, "");
    type_line(&mut p, "add(6, 7)");
    p.expect("\n43\n");
    type_line(&mut p, "help()");
    p.expect("a block (def, if, for, ...) ends with an empty line");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn open_bracket_continues_and_syntax_error_is_shown() {
    let mut p = start("brackets");
    type_line(&mut p, "pair = (20,");
    p.line(MORE, "22)");
    type_line(&mut p, "pair[0] + pair[1]");
    p.expect("\n42\n");
    type_line(&mut p, "1 +* 2");
    let shown = p.expect("SyntaxError: invalid syntax");
    assert!(shown.contains("File \"<stdin>\", line 1"), "{shown}");
    assert!(shown.contains('^'), "{shown}");
    type_line(&mut p, "pair");
    p.expect("\n(20, 22)\n");
    type_line(&mut p, "exit(3)");
    assert_eq!(p.wait().code(), Some(3));
}

#[test]
fn exception_keeps_state() {
    let mut p = start("exception");
    type_line(&mut p, "x = 40");
    type_line(&mut p, "1/0");
    let tb = p.expect("ZeroDivisionError: division by zero");
    assert!(tb.contains("File \"<stdin>\", line 1, in <module>"), "{tb}");
    type_line(&mut p, "x + 2");
    p.expect("\n42\n");
    type_line(&mut p, "_ * 2");
    p.expect("\n84\n");
    p.expect(PROMPT);
    p.send("\x04");
    assert!(p.wait().success());
}

#[test]
fn top_level_await() {
    let mut p = start("await");
    // asyncio is imported for us, as under `python -m asyncio`.
    type_line(&mut p, "await asyncio.sleep(0.01, 'slept' + '!')");
    p.expect("\n'slept!'\n");
    type_line(&mut p, "asyncio.run(asyncio.sleep(0))");
    p.expect("RuntimeError: asyncio.run() cannot be called from a running event loop");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn background_task_finishes_during_a_later_input() {
    let mut p = start("task");
    type_line(&mut p, "import asyncio");
    type_line(&mut p, "async def work():");
    p.line(MORE, "await asyncio.sleep(0.3)");
    p.line(MORE, "return 'fin' + 'ished'");
    p.line(MORE, "");
    type_line(&mut p, "t = asyncio.create_task(work())");
    type_line(&mut p, "t.done()");
    p.expect("\nFalse\n");
    type_line(&mut p, "await asyncio.sleep(0.6)");
    type_line(&mut p, "t.result()");
    p.expect("\n'finished'\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn ctrl_c_interrupts_an_await_and_a_loop() {
    let mut p = start("ctrl-c");
    type_line(&mut p, "import asyncio");
    type_line(&mut p, "kept = 7 * 6");
    type_line(&mut p, "await asyncio.sleep(10)");
    let started = Instant::now();
    std::thread::sleep(Duration::from_millis(300));
    p.send("\x03");
    p.expect("KeyboardInterrupt");
    assert!(started.elapsed() < Duration::from_secs(8), "the sleep was not interrupted");
    type_line(&mut p, "kept");
    p.expect("\n42\n");
    type_line(&mut p, "while True: pass");
    p.line(MORE, "");
    std::thread::sleep(Duration::from_millis(300));
    p.send("\x03");
    let tb = p.expect("KeyboardInterrupt");
    assert!(tb.contains("Traceback (most recent call last):"), "{tb}");
    // Ctrl-C at the prompt throws the typed text away.
    p.expect(PROMPT);
    p.send("kept +");
    p.send("\x03");
    p.expect("KeyboardInterrupt");
    type_line(&mut p, "kept + 1");
    p.expect("\n43\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn tab_completes_attributes_and_names() {
    let mut p = start("tab");
    type_line(&mut p, "import math");
    p.expect(PROMPT);
    p.send("math.sqr\t");
    p.expect("math.sqrt(");
    p.send("16)\r");
    p.expect("\n4.0\n");
    type_line(&mut p, "class Box:");
    p.line(MORE, "contents = 5");
    p.line(MORE, "");
    type_line(&mut p, "box = Box()");
    p.expect(PROMPT);
    p.send("box.cont\t");
    p.expect("box.contents");
    p.send(" + 1\r");
    p.expect("\n6\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn ctrl_d_exits_and_history_is_saved() {
    let dir = home("history");
    let mut p = spawn(&[], &dir);
    type_line(&mut p, "remembered = 1");
    p.expect(PROMPT);
    p.send("\x04");
    assert!(p.wait().success());
    let history = std::fs::read_to_string(dir.join(".coil_history")).expect("history file");
    assert!(history.contains("remembered = 1"), "{history}");
}

#[test]
fn dash_i_keeps_the_scripts_globals() {
    let dir = home("dash-i");
    let script = dir.join("script.py");
    std::fs::write(&script, "answer = 6 * 7\n").expect("write script");
    let mut p = spawn(&["-i", script.to_str().expect("utf-8 path")], &dir);
    type_line(&mut p, "answer + 1");
    p.expect("\n43\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

/// Runs coil with `stdin` piped in; returns (stdout, stderr, status).
fn piped(args: &[&str], stdin: &str) -> (String, String, Option<i32>) {
    let mut child = Command::new(COIL)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("coil output");
    (String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into(), out.status.code())
}

#[test]
fn piped_stdin_runs_the_program() {
    let (out, err, status) = piped(&[], "def f():\n    return 41\nprint(f() + 1)\n");
    assert_eq!((out.as_str(), err.as_str(), status), ("42\n", "", Some(0)));
}

#[test]
fn piped_stdin_error_exits_with_1() {
    let (out, err, status) = piped(&[], "print('before')\n{}['k']\nprint('after')\n");
    assert_eq!(out, "before\n");
    assert!(err.contains("File \"<stdin>\", line 2, in <module>"), "{err}");
    assert!(err.ends_with("KeyError: 'k'\n"), "{err}");
    assert_eq!(status, Some(1));
    let (_, err, status) = piped(&[], "x = (\n");
    assert!(err.contains("SyntaxError: '(' was never closed"), "{err}");
    assert_eq!(status, Some(1));
}

#[test]
fn dash_i_with_piped_stdin_reads_inputs_one_by_one() {
    let (out, err, status) = piped(&["-i"], "x = 2\nx * 21\n1/0\nx\nexit(5)\n");
    assert_eq!(out, "42\n2\n");
    assert!(err.contains("ZeroDivisionError"), "{err}");
    assert!(err.contains(">>> "), "prompts go to stderr: {err}");
    assert_eq!(status, Some(5));
}

#[test]
fn future_annotations_carries_over_to_later_inputs() {
    let input = "from __future__ import annotations\nx: List[int] = []\n__annotations__\ndef f(a: T) -> R: pass\n\nf.__annotations__\n";
    let (out, _, status) = piped(&["-i"], input);
    assert_eq!(out, "{'x': 'List[int]'}\n{'a': 'T', 'return': 'R'}\n");
    assert_eq!(status, Some(0));
}

/// The inputs saved in the history file (version 2: one entry a line, with
/// newlines inside an entry escaped).
fn history_entries(dir: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join(".coil_history")).expect("history file");
    text.lines().filter(|l| *l != "#V2").map(|l| l.replace("\\n", "\n")).collect()
}

#[test]
fn typed_indentation_is_never_added_to() {
    // Typed as in CPython's REPL, with the person's own indentation.
    let dir = home("own-indent");
    let mut p = spawn(&[], &dir);
    let block = [
        "def f(n):",
        "    total = 0",
        "    for i in range(n):",
        "        if i % 2:",
        "            total += i",
        "    return total",
    ];
    type_line(&mut p, block[0]);
    for line in &block[1..] {
        p.line(MORE, line);
    }
    p.line(MORE, "");
    type_line(&mut p, "f(10)");
    let shown = p.expect("\n25\n");
    assert!(!shown.contains("Error"), "{shown}");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
    assert_eq!(history_entries(&dir)[0], block.join("\n"));
}

#[test]
fn automatic_indentation_when_typing_starts() {
    let dir = home("auto-indent");
    let mut p = spawn(&[], &dir);
    // No indentation typed: each line gets its block's; `else:` moves out a
    // level by itself; Backspace on the empty line takes a level off.
    type_line(&mut p, "def g(x):");
    p.line(MORE, "if x:");
    p.line(MORE, "r = 'yes'");
    p.line(MORE, "else:");
    p.line(MORE, "r = 'no'");
    p.expect(MORE);
    p.send("\x7f");
    p.send("return r\r");
    p.line(MORE, "");
    type_line(&mut p, "g(1), g(0)");
    p.expect("\n('yes', 'no')\n");
    // Backspace in typed spaces removes one level too.
    type_line(&mut p, "if True:");
    p.expect(MORE);
    p.send("        \x7fv = 5\r");
    p.line(MORE, "");
    type_line(&mut p, "v");
    p.expect("\n5\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
    let entries = history_entries(&dir);
    let expected = "def g(x):\n    if x:\n        r = 'yes'\n    else:\n        r = 'no'\n    return r";
    assert_eq!(entries[0], expected);
    assert_eq!(entries[2], "if True:\n    v = 5");
}

/// Thirty lines of code with blocks, blank lines and a bracket spanning lines.
const PASTE: &str = "total = 0
for i in range(10):
    total += i

def square(n):
    return n * n

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return square(self.x) + square(self.y)

p = Point(3, 4)
if p.norm2() > 20:
    big = True
else:
    big = False

words = []
for w in 'a b c'.split():
    if w == 'b':
        continue
    words.append(w.upper())

print(total, p.norm2(), big, words)
d = {'k': [1,
      2, 3]}
print(d)
";

#[test]
fn a_paste_without_bracketed_paste_keeps_every_line() {
    assert_eq!(PASTE.lines().count(), 30);
    let mut p = start("paste");
    p.expect(PROMPT);
    // A terminal sends a plain paste as keys, with Enter for each newline.
    p.send(&PASTE.replace('\n', "\r"));
    let shown = p.expect("\n{'k': [1, 2, 3]}\n");
    assert!(shown.contains("\n45 25 True ['A', 'C']\n"), "{shown}");
    assert!(!shown.contains("Error"), "{shown}");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn typeahead_while_an_input_runs_is_kept() {
    let mut p = start("typeahead");
    type_line(&mut p, "import time; time.sleep(0.5)");
    // Typed before the next prompt appears.
    p.send("x = 1\ry = 2\rif x:\r    z = x + y\r\rz\r");
    let shown = p.expect("\n3\n");
    assert!(!shown.contains("Error"), "{shown}");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn a_block_comes_back_from_history_after_a_restart() {
    let dir = home("history-block");
    let mut p = spawn(&[], &dir);
    type_line(&mut p, "def h(a):");
    p.line(MORE, "    b = a * 2");
    p.line(MORE, "    return b + 1");
    p.line(MORE, "");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
    let mut p = spawn(&[], &dir);
    p.expect(PROMPT);
    // Up twice (past `exit()`) recalls the whole block; Enter runs it.
    p.send("\x1b[A\x1b[A");
    p.expect("return b + 1");
    p.send("\r");
    type_line(&mut p, "h(20)");
    p.expect("\n41\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn a_background_task_prints_while_the_prompt_waits() {
    let mut p = start("idle-loop");
    type_line(&mut p, "async def tick():");
    p.line(MORE, "    for i in range(5):");
    p.line(MORE, "        print('tick', i)");
    p.line(MORE, "        await asyncio.sleep(0.15)");
    p.line(MORE, "");
    type_line(&mut p, "t = asyncio.create_task(tick())");
    // Nothing is typed: the ticks come while the prompt waits, and what is
    // typed meanwhile stays on the line.
    p.expect("tick 1");
    p.send("6 *");
    p.expect("tick 4");
    p.send(" 7\r");
    p.expect("\n42\n");
    std::thread::sleep(Duration::from_millis(400));
    type_line(&mut p, "t.done()");
    p.expect("\nTrue\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn a_failing_task_reports_at_the_prompt() {
    let mut p = start("task-exception");
    type_line(&mut p, "async def fail():");
    p.line(MORE, "    await asyncio.sleep(0.3)");
    p.line(MORE, "    raise ValueError('late')");
    p.line(MORE, "");
    type_line(&mut p, "t = asyncio.create_task(fail()); del t");
    // Shown while the prompt waits, as `python -m asyncio` does.
    let shown = p.expect("ValueError: late\n");
    assert!(shown.contains("Task exception was never retrieved\n"), "{shown}");
    assert!(shown.contains("future: <Task finished name='Task-"), "{shown}");
    assert!(shown.contains("File \"<stdin>\", line 3, in fail"), "{shown}");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn help_and_the_names_site_adds() {
    let mut p = start("help");
    type_line(&mut p, "help(len)");
    // As `python3 -m asyncio` shows it (without the pager).
    let shown = p.expect("\n    Return the number of items in a container.\n");
    assert!(shown.ends_with("Help on built-in function len in module builtins:\n\nlen(obj, /)"), "{shown}");
    type_line(&mut p, "def area(w, h=1):");
    p.line(MORE, "    '''The area of a w by h rectangle.'''");
    p.line(MORE, "    return w * h");
    p.line(MORE, "");
    type_line(&mut p, "help(area)");
    p.expect("Help on function area in module __main__:\n\narea(w, h=1)\n    The area of a w by h rectangle.\n");
    type_line(&mut p, "exit");
    p.expect("\nUse exit() or Ctrl-D (i.e. EOF) to exit\n");
    type_line(&mut p, "quit");
    p.expect("\nUse quit() or Ctrl-D (i.e. EOF) to exit\n");
    type_line(&mut p, "license");
    p.expect("\nType license() to see the full license text\n");
    type_line(&mut p, "help");
    p.expect("\nType help() for interactive help, or help(object) for help about object.\n");
    type_line(&mut p, "credits");
    p.expect("See www.python.org for more information.\n");
    type_line(&mut p, "quit(4)");
    assert_eq!(p.wait().code(), Some(4));
}

#[test]
fn syntax_error_hints_with_their_carets() {
    let mut p = start("hints");
    type_line(&mut p, "print 'x', 1");
    let shown = p.expect("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n");
    assert!(shown.contains("    print 'x', 1\n    ^^^^^^^^^^^^\n"), "{shown}");
    type_line(&mut p, "f(a b)");
    let shown = p.expect("SyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
    assert!(shown.contains("    f(a b)\n      ^^^\n"), "{shown}");
    type_line(&mut p, "if x = 1:");
    let shown = p.expect("SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n");
    assert!(shown.contains("    if x = 1:\n       ^^^^^\n"), "{shown}");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn ctrl_c_in_a_loop_reports_the_running_line() {
    let mut p = start("ctrl-c-line");
    type_line(&mut p, "total = 0");
    type_line(&mut p, "for i in range(10**10):");
    p.line(MORE, "    total += i");
    p.line(MORE, "    last = i");
    p.line(MORE, "");
    std::thread::sleep(Duration::from_millis(300));
    p.send("\x03");
    // As `python3` (the plain REPL) reports it: the body's last line.
    let tb = p.expect("KeyboardInterrupt\n");
    assert!(tb.contains("File \"<stdin>\", line 3, in <module>"), "{tb}");
    type_line(&mut p, "def spin():");
    p.line(MORE, "    n = 0");
    p.line(MORE, "    for _ in iter(int, 1):");
    p.line(MORE, "        n += 1");
    p.line(MORE, "");
    type_line(&mut p, "spin()");
    std::thread::sleep(Duration::from_millis(300));
    p.send("\x03");
    let tb = p.expect("KeyboardInterrupt\n");
    assert!(tb.contains("line 1, in <module>\n  File \"<stdin>\", line 4, in spin"), "{tb}");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn tab_completes_keyword_arguments_and_dict_keys() {
    let mut p = start("tab-more");
    type_line(&mut p, "def box(wid, hgt_cm=1): return wid * hgt_cm");
    p.line(MORE, "");
    type_line(&mut p, "sizes = {'medium': 5, 'large': 8}");
    p.expect(PROMPT);
    p.send("box(2, hg\t");
    p.expect("hgt_cm=");
    p.send("3)\r");
    p.expect("\n6\n");
    p.expect(PROMPT);
    p.send("sizes['me\t");
    p.expect("sizes['medium']");
    p.send(" * 2\r");
    p.expect("\n10\n");
    type_line(&mut p, "exit()");
    assert!(p.wait().success());
}

#[test]
fn piped_stdin_keeps_every_line_of_a_long_input() {
    let (out, err, status) = piped(&["-i"], PASTE);
    assert_eq!(out, "45 25 True ['A', 'C']\n{'k': [1, 2, 3]}\n");
    assert!(!err.contains("Error"), "{err}");
    assert_eq!(status, Some(0));
}
