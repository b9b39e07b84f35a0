//! The backtracking matcher. It keeps every choice point on an explicit
//! stack (never Rust recursion), so deep patterns and long texts cannot
//! overflow the native stack, and it looks at the interpreter's interrupt
//! flag now and then so Ctrl-C stops a runaway match.

use super::charset::{fold, is_word};
use super::compile::{Inst, Program, Single};
use super::parser::{Anchor, RepeatKind, INF};
use std::sync::atomic::{AtomicBool, Ordering};

/// "Not set" in a capture slot or counter.
pub const NONE: usize = usize::MAX;

/// What the matcher reads: bytes (bytes patterns and ASCII str) or code points.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    fn find(&self, needle: &[u32], from: usize, end: usize) -> Option<usize>;
}

impl Text for [u8] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
    fn find(&self, needle: &[u32], from: usize, end: usize) -> Option<usize> {
        if needle.iter().any(|&c| c > 255) {
            return None;
        }
        let needle: Vec<u8> = needle.iter().map(|&c| c as u8).collect();
        if needle.len() == 1 {
            return memchr::memchr(needle[0], &self[from..end]).map(|i| i + from);
        }
        memchr::memmem::find(&self[from..end], &needle).map(|i| i + from)
    }
}

impl Text for [u32] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
    fn find(&self, needle: &[u32], from: usize, end: usize) -> Option<usize> {
        let hay = &self[from..end];
        if needle.len() > hay.len() {
            return None;
        }
        (0..=hay.len() - needle.len()).find(|&i| hay[i] == needle[0] && hay[i..i + needle.len()] == *needle).map(|i| i + from)
    }
}

#[derive(Clone, Copy)]
enum Frame {
    Alt { pc: usize, pos: usize },
    Slot { slot: usize, old: usize },
    Reg { r: usize, old: (u32, usize) },
    /// A greedy single-character repeat that can give back characters down to `min_pos`.
    Greedy { pc: usize, min_pos: usize, pos: usize },
    /// A lazy single-character repeat (its instruction at `pc`) that can take one more.
    Lazy { pc: usize, count: u32, pos: usize },
    Barrier,
    Look { pos: usize, after: usize, negate: bool },
}

/// The matcher ran into Ctrl-C or the host's deadline.
pub struct Interrupted;

/// When matching must stop early: Ctrl-C, or the host's deadline.
pub struct Stop {
    pub interrupt: std::sync::Arc<AtomicBool>,
    pub deadline: Option<std::time::Instant>,
}

impl Stop {
    #[cold]
    fn requested(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed) || self.deadline.is_some_and(|d| std::time::Instant::now() >= d)
    }
}

pub struct Matcher<'a, T: Text + ?Sized> {
    prog: &'a Program,
    text: &'a T,
    /// Matching stops here (`endpos`).
    end: usize,
    /// Capture slots, then the last closed group.
    pub slots: Vec<usize>,
    regs: Vec<(u32, usize)>,
    stack: Vec<Frame>,
    stop: &'a Stop,
    steps: u32,
}

impl<'a, T: Text + ?Sized> Matcher<'a, T> {
    pub fn new(prog: &'a Program, text: &'a T, end: usize, stop: &'a Stop) -> Self {
        Matcher {
            prog,
            text,
            end: end.min(text.len()),
            slots: vec![NONE; 2 * (prog.groups + 1) + 1],
            regs: vec![(0, NONE); prog.counters],
            stack: Vec::new(),
            stop,
            steps: 0,
        }
    }

    /// The group that closed last, 0 for none.
    pub fn lastindex(&self) -> usize {
        let v = self.slots[self.slots.len() - 1];
        if v == NONE {
            0
        } else {
            v
        }
    }

    #[inline]
    fn tick(&mut self) -> Result<(), Interrupted> {
        self.steps = self.steps.wrapping_add(1);
        if self.steps & 0xffff == 0 && self.stop.requested() {
            return Err(Interrupted);
        }
        Ok(())
    }

    /// Searches from `pos` (only there when `anchored_here`); `must_advance`
    /// refuses an empty match at `pos` itself.
    pub fn search(&mut self, pos: usize, must_advance: bool) -> Result<bool, Interrupted> {
        let mut start = pos;
        let end = self.end;
        if start > end {
            return Ok(false);
        }
        if self.prog.anchored {
            return self.run(start, false, must_advance);
        }
        loop {
            if !self.prog.prefix.is_empty() {
                match self.text.find(&self.prog.prefix, start, end) {
                    Some(i) => start = i,
                    None => return Ok(false),
                }
            } else if let Some(first) = &self.prog.first {
                while start < end && !first.matches(self.text.at(start)) {
                    start += 1;
                }
                if start >= end {
                    return Ok(false);
                }
            }
            if self.run(start, false, must_advance && start == pos)? {
                return Ok(true);
            }
            if start >= end {
                return Ok(false);
            }
            start += 1;
            self.tick()?;
        }
    }

    /// Tries a match starting exactly at `start`.
    pub fn run(&mut self, start: usize, full: bool, must_advance: bool) -> Result<bool, Interrupted> {
        self.stack.clear();
        self.slots.fill(NONE);
        let prog = self.prog;
        let insts = &prog.insts[..];
        let text = self.text;
        let end = self.end;
        let last_slot = self.slots.len() - 1;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let ok = match &insts[pc] {
                Inst::Match => {
                    if (full && pos != end) || (must_advance && pos == start) {
                        false
                    } else {
                        self.slots[0] = start;
                        self.slots[1] = pos;
                        return Ok(true);
                    }
                }
                Inst::One(s) => {
                    if pos < end && s.matches(text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a) => {
                    if self.anchor(*a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    self.tick()?;
                    true
                }
                Inst::Save(slot) => {
                    let slot = *slot;
                    self.stack.push(Frame::Slot { slot, old: self.slots[slot] });
                    self.slots[slot] = pos;
                    if slot & 1 == 1 {
                        self.stack.push(Frame::Slot { slot: last_slot, old: self.slots[last_slot] });
                        self.slots[last_slot] = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::RepeatOne { item, min, max, kind } => {
                    let room = end - pos;
                    let limit = if *max == INF { room } else { (*max as usize).min(room) };
                    let min = *min as usize;
                    if *kind == RepeatKind::Lazy {
                        let mut n = 0;
                        while n < min && n < limit && item.matches(text.at(pos + n)) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            if min < limit {
                                self.stack.push(Frame::Lazy { pc, count: min as u32, pos: pos + min });
                            }
                            pos += min;
                            pc += 1;
                            true
                        }
                    } else {
                        let n = match item {
                            Single::AnyChar => limit,
                            _ => {
                                let mut n = 0;
                                while n < limit && item.matches(text.at(pos + n)) {
                                    n += 1;
                                }
                                n
                            }
                        };
                        if n < min {
                            false
                        } else {
                            if n > min && *kind == RepeatKind::Greedy {
                                self.stack.push(Frame::Greedy { pc: pc + 1, min_pos: pos + min, pos: pos + n });
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::RepeatInit(r) => {
                    let r = *r;
                    self.stack.push(Frame::Reg { r, old: self.regs[r] });
                    self.regs[r] = (0, NONE);
                    pc += 1;
                    true
                }
                Inst::RepeatTest { r, min, max, lazy, exit } => {
                    let (n, last) = self.regs[*r];
                    if n > 0 && n >= *min && last == pos {
                        pc = *exit;
                    } else if n < *min {
                        pc += 1;
                    } else if n >= *max {
                        pc = *exit;
                    } else if *lazy {
                        self.stack.push(Frame::Alt { pc: pc + 1, pos });
                        pc = *exit;
                    } else {
                        self.stack.push(Frame::Alt { pc: *exit, pos });
                        pc += 1;
                    }
                    true
                }
                Inst::RepeatIncr(r) => {
                    let r = *r;
                    let old = self.regs[r];
                    self.stack.push(Frame::Reg { r, old });
                    self.regs[r] = (old.0 + 1, pos);
                    pc += 1;
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Frame::Barrier);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    let b = self.stack.iter().rposition(|f| matches!(f, Frame::Barrier)).unwrap();
                    self.cut(b);
                    pc += 1;
                    true
                }
                Inst::LookStart { behind, negate, after } => {
                    if *behind > pos {
                        if *negate {
                            pc = *after;
                            true
                        } else {
                            false
                        }
                    } else {
                        self.stack.push(Frame::Look { pos, after: *after, negate: *negate });
                        pos -= *behind;
                        pc += 1;
                        true
                    }
                }
                Inst::LookEnd => {
                    let b = self.stack.iter().rposition(|f| matches!(f, Frame::Look { .. })).unwrap();
                    let Frame::Look { pos: at, negate, .. } = self.stack[b] else { unreachable!() };
                    if negate {
                        while self.stack.len() > b + 1 {
                            match self.stack.pop().unwrap() {
                                Frame::Slot { slot, old } => self.slots[slot] = old,
                                Frame::Reg { r, old } => self.regs[r] = old,
                                _ => {}
                            }
                        }
                        self.stack.pop();
                        false
                    } else {
                        self.cut(b);
                        pos = at;
                        pc += 1;
                        true
                    }
                }
                Inst::Backref { group, icase, unicode } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == NONE || e == NONE || e < s || pos + (e - s) > end {
                        false
                    } else {
                        let n = e - s;
                        let same = if *icase {
                            (0..n).all(|i| fold(text.at(s + i), *unicode) == fold(text.at(pos + i), *unicode))
                        } else {
                            (0..n).all(|i| text.at(s + i) == text.at(pos + i))
                        };
                        if same {
                            pos += n;
                            pc += 1;
                        }
                        same
                    }
                }
                Inst::CondGroup { group, no } => {
                    if self.slots[2 * group] != NONE && self.slots[2 * group + 1] != NONE {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the latest choice point.
            loop {
                self.tick()?;
                let Some(frame) = self.stack.pop() else { return Ok(false) };
                match frame {
                    Frame::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Frame::Slot { slot, old } => self.slots[slot] = old,
                    Frame::Reg { r, old } => self.regs[r] = old,
                    Frame::Greedy { pc: p, min_pos, pos: q } => {
                        let mut np = q - 1;
                        if let Inst::One(Single::Char(c)) = insts[p] {
                            while np > min_pos && text.at(np) != c {
                                np -= 1;
                            }
                            if np < end && text.at(np) != c {
                                continue;
                            }
                        }
                        if np > min_pos {
                            self.stack.push(Frame::Greedy { pc: p, min_pos, pos: np });
                        }
                        pc = p;
                        pos = np;
                        break;
                    }
                    Frame::Lazy { pc: p, count, pos: q } => {
                        let Inst::RepeatOne { item, max, .. } = &insts[p] else { unreachable!() };
                        if count < *max && q < end && item.matches(text.at(q)) {
                            if count + 1 < *max {
                                self.stack.push(Frame::Lazy { pc: p, count: count + 1, pos: q + 1 });
                            }
                            pc = p + 1;
                            pos = q + 1;
                            break;
                        }
                    }
                    Frame::Barrier => {}
                    Frame::Look { pos: q, after, negate } => {
                        if negate {
                            pc = after;
                            pos = q;
                            break;
                        }
                    }
                }
            }
        }
    }

    /// Drops the choice points above `b` and the frame at `b`, keeping the
    /// undo records (captures made inside stay undoable).
    fn cut(&mut self, b: usize) {
        let mut w = b;
        for i in b + 1..self.stack.len() {
            if matches!(self.stack[i], Frame::Slot { .. } | Frame::Reg { .. }) {
                self.stack[w] = self.stack[i];
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let text = self.text;
        let end = self.end;
        let nl = '\n' as u32;
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || text.at(pos - 1) == nl,
            Anchor::End => pos == end || (pos + 1 == end && text.at(pos) == nl),
            Anchor::LineEnd => pos == end || text.at(pos) == nl,
            Anchor::StringEnd => pos == end,
            Anchor::Boundary { unicode } | Anchor::NonBoundary { unicode } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(text.at(pos - 1), unicode);
                let after = pos < end && is_word(text.at(pos), unicode);
                (before != after) == matches!(a, Anchor::Boundary { .. })
            }
        }
    }
}
