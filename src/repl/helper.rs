//! The rustyline helper: Tab completion (delegated to [`super::complete`]),
//! Tab-to-indent at the start of a line, and matching-bracket highlighting.
//! Incomplete input is decided by the REPL loop, line by line, so validation
//! and hints are rustyline's defaults.

use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter, MatchingBracketHighlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// Shares the session's interpreter and `__main__` namespace with the line editor.
pub struct ReplHelper {
    interp: Rc<RefCell<Interp>>,
    globals: Rc<RefCell<Dict>>,
    brackets: MatchingBracketHighlighter,
}

impl ReplHelper {
    /// A helper completing names from `globals` and the interpreter's builtins.
    pub fn new(interp: Rc<RefCell<Interp>>, globals: Rc<RefCell<Dict>>) -> ReplHelper {
        ReplHelper { interp, globals, brackets: MatchingBracketHighlighter::new() }
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = line.get(..pos).unwrap_or(line);
        if before.trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            let pair = Pair { display: String::new(), replacement: "    ".into() };
            return Ok((pos, vec![pair]));
        }
        // The editor only calls back while no input runs, so the borrow is free;
        // if it is not, offer nothing rather than fail.
        let Ok(mut interp) = self.interp.try_borrow_mut() else { return Ok((pos, Vec::new())) };
        let (start, words) = super::complete::complete(&mut interp, &self.globals, before);
        let pairs = words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect();
        Ok((start, pairs))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        self.brackets.highlight(line, pos)
    }

    fn highlight_char(&self, line: &str, pos: usize, kind: CmdKind) -> bool {
        self.brackets.highlight_char(line, pos, kind)
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}
