//! The tree to a program for the backtracking matcher, plus what a search
//! can use to skip positions: a literal prefix, a first-character test, and
//! whether the pattern only matches at the start.

use super::charset::{fold, CharSet};
use super::parser::{Anchor, Node, Parsed, RepeatKind, INF};
use std::rc::Rc;

/// A test of one character.
#[derive(Clone, Debug)]
pub enum Single {
    Char(u32),
    /// A character compared by its case fold (`unicode` folding or ASCII only).
    Fold(u32, bool),
    /// `.` without DOTALL.
    NotNewline,
    AnyChar,
    Set(Rc<CharSet>),
}

impl Single {
    #[inline(always)]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => *x == c,
            Single::Fold(x, unicode) => fold(c, *unicode) == *x,
            Single::NotNewline => c != '\n' as u32,
            Single::AnyChar => true,
            Single::Set(s) => s.contains(c),
        }
    }
}

#[derive(Clone, Debug)]
pub enum Inst {
    Match,
    One(Single),
    At(Anchor),
    /// Try `.0` first, then `.1`.
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in a capture slot (group `n` has slots `2n` and `2n+1`).
    Save(usize),
    /// A repeat of one character test, done without a backtrack entry per character.
    RepeatOne { item: Single, min: u32, max: u32, kind: RepeatKind },
    /// Resets counter `r` before a general repeat (the next instruction is its `RepeatTest`).
    RepeatInit(usize),
    /// Decides whether to run the body (at `pc + 2`, through the `RepeatIncr` at `pc + 1`) again.
    RepeatTest { r: usize, min: u32, max: u32, lazy: bool, exit: usize },
    RepeatIncr(usize),
    AtomicStart,
    AtomicEnd,
    /// A lookaround whose body follows, ending at `LookEnd`; `after` is past it.
    LookStart { behind: usize, negate: bool, after: usize },
    LookEnd,
    Backref { group: usize, icase: bool, unicode: bool },
    /// Continue when the group matched, else jump to `no`.
    CondGroup { group: usize, no: usize },
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub groups: usize,
    pub counters: usize,
    /// Characters every match starts with.
    pub prefix: Vec<u32>,
    /// A test the first character of every match passes.
    pub first: Option<Single>,
    /// The pattern can only match at the start of the string.
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    counters: usize,
}

pub fn compile(parsed: &Parsed) -> Program {
    let mut c = Compiler { insts: Vec::new(), counters: 0 };
    c.emit(&parsed.node);
    c.insts.push(Inst::Match);
    let mut prefix = Vec::new();
    literal_prefix(&parsed.node, &mut prefix);
    Program {
        insts: c.insts,
        groups: parsed.groups,
        counters: c.counters,
        first: if prefix.is_empty() { first_test(&parsed.node) } else { None },
        prefix,
        anchored: anchored(&parsed.node),
    }
}

fn single(node: &Node) -> Option<Single> {
    Some(match node {
        Node::Char { c, icase: false, .. } => Single::Char(*c),
        Node::Char { c, icase: true, unicode } => {
            let f = fold(*c, *unicode);
            if f == *c && super::charset::upper(*c, *unicode) == *c {
                Single::Char(*c)
            } else {
                Single::Fold(f, *unicode)
            }
        }
        Node::Any { dotall: false } => Single::NotNewline,
        Node::Any { dotall: true } => Single::AnyChar,
        Node::Set(s) => Single::Set(s.clone()),
        _ => return None,
    })
}

/// The least number of characters `node` matches.
fn min_width(node: &Node) -> u64 {
    match node {
        Node::Empty | Node::At(_) | Node::Look { .. } | Node::Backref { .. } => 0,
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => 1,
        Node::Group(_, n) | Node::Atomic(n) => min_width(n),
        Node::Concat(items) => items.iter().map(min_width).fold(0, u64::saturating_add),
        Node::Alt(items) => items.iter().map(min_width).min().unwrap_or(0),
        Node::Repeat { node, min, .. } => min_width(node).saturating_mul(*min as u64),
        Node::Cond { yes, no, .. } => min_width(yes).min(min_width(no)),
    }
}

fn literal_prefix(node: &Node, out: &mut Vec<u32>) -> bool {
    match node {
        Node::Char { c, icase: false, .. } => {
            out.push(*c);
            true
        }
        Node::Concat(items) => items.iter().all(|n| literal_prefix(n, out)),
        Node::Group(_, n) => literal_prefix(n, out),
        Node::Repeat { node, min, .. } if *min >= 1 => {
            if let Node::Char { c, icase: false, .. } = **node {
                out.push(c);
            }
            false
        }
        _ => false,
    }
}

fn first_test(node: &Node) -> Option<Single> {
    match node {
        Node::Concat(items) => items.first().and_then(first_test),
        Node::Group(_, n) | Node::Atomic(n) => first_test(n),
        Node::Repeat { node, min, .. } if *min >= 1 => first_test(node),
        Node::Any { .. } => None,
        _ => single(node),
    }
}

fn anchored(node: &Node) -> bool {
    match node {
        Node::At(Anchor::Start) => true,
        Node::Concat(items) => items.first().is_some_and(anchored),
        Node::Group(_, n) | Node::Atomic(n) => anchored(n),
        Node::Alt(items) => items.iter().all(anchored),
        _ => false,
    }
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.insts[at] {
            Inst::Split(_, b) => *b = target,
            Inst::Jmp(t) => *t = target,
            Inst::RepeatTest { exit, .. } => *exit = target,
            Inst::LookStart { after, .. } => *after = target,
            Inst::CondGroup { no, .. } => *no = target,
            _ => unreachable!("patching a fixed instruction"),
        }
    }

    fn emit(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
                let s = single(node).unwrap();
                self.insts.push(Inst::One(s));
            }
            Node::At(a) => self.insts.push(Inst::At(*a)),
            Node::Group(i, n) => {
                self.insts.push(Inst::Save(2 * i));
                self.emit(n);
                self.insts.push(Inst::Save(2 * i + 1));
            }
            Node::Concat(items) => items.iter().for_each(|n| self.emit(n)),
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (k, item) in items.iter().enumerate() {
                    if k + 1 < items.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split(split + 1, 0));
                        self.emit(item);
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.patch(split, next);
                    } else {
                        self.emit(item);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Node::Repeat { node, min, max, kind } => self.repeat(node, *min, *max, *kind),
            Node::Backref { group, icase, unicode } => {
                self.insts.push(Inst::Backref { group: *group, icase: *icase, unicode: *unicode })
            }
            Node::Look { behind, negate, width, node } => {
                let start = self.pc();
                let behind = if *behind { *width } else { 0 };
                self.insts.push(Inst::LookStart { behind, negate: *negate, after: 0 });
                self.emit(node);
                self.insts.push(Inst::LookEnd);
                let after = self.pc();
                self.patch(start, after);
            }
            Node::Atomic(n) => {
                self.insts.push(Inst::AtomicStart);
                self.emit(n);
                self.insts.push(Inst::AtomicEnd);
            }
            Node::Cond { group, yes, no } => {
                let cond = self.pc();
                self.insts.push(Inst::CondGroup { group: *group, no: 0 });
                self.emit(yes);
                let jump = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.patch(cond, no_pc);
                self.emit(no);
                let end = self.pc();
                self.patch(jump, end);
            }
        }
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, kind: RepeatKind) {
        if max == 0 {
            return;
        }
        if min == 1 && max == 1 {
            // Possessive or not, one exact copy backtracks into itself only.
            if kind == RepeatKind::Possessive {
                self.insts.push(Inst::AtomicStart);
                self.emit(node);
                self.insts.push(Inst::AtomicEnd);
            } else {
                self.emit(node);
            }
            return;
        }
        if let Some(item) = single(node) {
            self.insts.push(Inst::RepeatOne { item, min, max, kind });
            return;
        }
        if kind == RepeatKind::Possessive {
            self.insts.push(Inst::AtomicStart);
            self.repeat(node, min, max, RepeatKind::Greedy);
            self.insts.push(Inst::AtomicEnd);
            return;
        }
        let lazy = kind == RepeatKind::Lazy;
        if min == 0 && max == INF && min_width(node) > 0 {
            // A loop of splits, no counter needed: the body always advances.
            let split = self.pc();
            self.insts.push(Inst::Split(0, 0));
            let body = self.pc();
            self.emit(node);
            self.insts.push(Inst::Jmp(split));
            let exit = self.pc();
            self.insts[split] = if lazy { Inst::Split(exit, body) } else { Inst::Split(body, exit) };
            return;
        }
        if min == 0 && max == 1 {
            let split = self.pc();
            self.insts.push(Inst::Split(0, 0));
            let body = self.pc();
            self.emit(node);
            let exit = self.pc();
            self.insts[split] = if lazy { Inst::Split(exit, body) } else { Inst::Split(body, exit) };
            return;
        }
        let r = self.counters;
        self.counters += 1;
        self.insts.push(Inst::RepeatInit(r));
        let test = self.pc();
        self.insts.push(Inst::RepeatTest { r, min, max, lazy, exit: 0 });
        self.insts.push(Inst::RepeatIncr(r));
        self.emit(node);
        self.insts.push(Inst::Jmp(test));
        let exit = self.pc();
        self.patch(test, exit);
    }
}
