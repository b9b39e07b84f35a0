//! Pattern syntax to a tree, with CPython's `re.error` messages and
//! positions. Flags that change what a node matches (IGNORECASE, DOTALL,
//! MULTILINE, ASCII) are resolved here, into the nodes, since inline groups
//! such as `(?i:...)` scope them to a part of the pattern.

use super::charset::{Category, CharSet, Item};
use std::rc::Rc;

pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// "No upper bound" for a repeat, and the first count CPython refuses.
pub const INF: u32 = u32::MAX;

/// Deepest nesting of groups accepted (the compiler recurses on it).
const MAX_DEPTH: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ErrorKind {
    /// `re.error`.
    Re,
    Value,
    Overflow,
    Recursion,
}

#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, Error> {
    Err(Error { kind: ErrorKind::Re, msg: msg.into(), pos: Some(pos) })
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    /// `^` without MULTILINE, `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: the end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    StringEnd,
    Boundary { unicode: bool },
    NonBoundary { unicode: bool },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug, Clone)]
pub enum Node {
    Empty,
    Char { c: u32, icase: bool, unicode: bool },
    Any { dotall: bool },
    Set(Rc<CharSet>),
    At(Anchor),
    Group(usize, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat { node: Box<Node>, min: u32, max: u32, kind: RepeatKind },
    Backref { group: usize, icase: bool, unicode: bool },
    /// `width`: the characters a look-behind covers (0 for a look-ahead).
    Look { behind: bool, negate: bool, width: usize, node: Box<Node> },
    Atomic(Box<Node>),
    Cond { group: usize, yes: Box<Node>, no: Box<Node> },
}

/// A parsed pattern.
pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    flags: u32,
    is_bytes: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    /// (min, max) width of each closed group, for look-behind widths.
    widths: Vec<(u64, u64)>,
    /// Groups named by conditionals, checked once every group is known: (group, position).
    cond_refs: Vec<(usize, usize)>,
    depth: usize,
}

/// Checks the flags given to `compile` and adds UNICODE for str patterns.
pub fn initial_flags(flags: u32, is_bytes: bool) -> Result<u32, Error> {
    let value = |msg: &str| Err(Error { kind: ErrorKind::Value, msg: msg.into(), pos: None });
    if is_bytes {
        if flags & UNICODE != 0 {
            return value("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return value("ASCII and LOCALE flags are incompatible");
        }
        Ok(flags)
    } else {
        if flags & LOCALE != 0 {
            return value("cannot use LOCALE flag with a str pattern");
        }
        if flags & ASCII != 0 && flags & UNICODE != 0 {
            return value("ASCII and UNICODE flags are incompatible");
        }
        Ok(flags)
    }
}

/// The flags of a parsed pattern: inline flags may have made ASCII and
/// UNICODE (or LOCALE) meet; str patterns get UNICODE unless ASCII.
fn final_flags(flags: u32, is_bytes: bool) -> Result<u32, Error> {
    let value = |msg: &str| Err(Error { kind: ErrorKind::Value, msg: msg.into(), pos: None });
    if is_bytes {
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return value("ASCII and LOCALE flags are incompatible");
        }
        return Ok(flags);
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return value("ASCII and UNICODE flags are incompatible");
    }
    Ok(if flags & ASCII == 0 { flags | UNICODE } else { flags })
}

pub fn parse(src: &[u32], flags: u32, is_bytes: bool) -> Result<Parsed, Error> {
    let flags = initial_flags(flags, is_bytes)?;
    let mut p = Parser {
        src,
        pos: 0,
        flags,
        is_bytes,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        widths: vec![(0, 0)],
        cond_refs: Vec::new(),
        depth: 0,
    };
    let node = p.alternation(true)?;
    if p.pos < src.len() {
        // Only a `)` stops the top level early.
        return err("unbalanced parenthesis", p.pos);
    }
    for &(g, pos) in &p.cond_refs {
        if g > p.groups {
            return err(format!("invalid group reference {g}"), pos);
        }
    }
    let flags = final_flags(p.flags, is_bytes)?;
    Ok(Parsed { node, flags, groups: p.groups, names: p.names })
}

fn is_ident(name: &str, is_bytes: bool) -> bool {
    if is_bytes && !name.is_ascii() {
        return false;
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// A group named by number (`1`, and as `int()` reads it, `+1` or `1_0`).
pub fn group_number(name: &str) -> Option<usize> {
    let digits = name.strip_prefix('+').unwrap_or(name);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let digits = digits.replace('_', "");
    digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().unwrap_or(usize::MAX))
}

fn to_string(units: &[u32]) -> String {
    units.iter().map(|&u| crate::codepoint::from_code_point(u).unwrap_or('\u{fffd}')).collect()
}

fn hex_value(u: u32) -> Option<u32> {
    char::from_u32(u)?.to_digit(16)
}

fn is_octal(u: Option<u32>) -> bool {
    matches!(u, Some(c) if (b'0' as u32..=b'7' as u32).contains(&c))
}

fn is_digit(u: Option<u32>) -> bool {
    matches!(u, Some(c) if (b'0' as u32..=b'9' as u32).contains(&c))
}

/// What an escape stands for.
enum Escape {
    Char(u32),
    Cat(Category, bool),
    Node(Node),
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }
    fn peek_at(&self, i: usize) -> Option<u32> {
        self.src.get(self.pos + i).copied()
    }
    fn at(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }
    fn eat(&mut self, c: char) -> bool {
        if self.at(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn icase(&self) -> bool {
        self.flags & IGNORECASE != 0
    }
    fn unicode(&self) -> bool {
        !self.is_bytes && self.flags & (ASCII | LOCALE) == 0
    }
    fn text(&self, from: usize, to: usize) -> String {
        to_string(&self.src[from..to.min(self.src.len())])
    }

    fn char_node(&self, c: u32) -> Node {
        Node::Char { c, icase: self.icase(), unicode: self.unicode() }
    }

    fn set_node(&self, items: Vec<Item>, negated: bool) -> Node {
        Node::Set(Rc::new(CharSet::new(items, negated, self.icase(), self.unicode())))
    }

    /// Skips white space and comments in verbose mode.
    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if matches!(c, 0x20 | 0x09..=0x0d) {
                self.pos += 1;
            } else if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Branches separated by `|`, up to a `)` or the end.
    fn alternation(&mut self, top: bool) -> Result<Node, Error> {
        let mut branches = Vec::new();
        let mut first = top;
        loop {
            branches.push(self.sequence(first)?);
            first = false;
            if !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap() } else { Node::Alt(branches) })
    }

    fn sequence(&mut self, first: bool) -> Result<Node, Error> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item came from a quantifier.
        let mut last_repeat = false;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            let start = self.pos;
            let ch = char::from_u32(c).unwrap_or('\0');
            match ch {
                '|' | ')' => break,
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match ch {
                        '*' => (0, INF),
                        '+' => (1, INF),
                        '?' => (0, 1),
                        _ => match self.braces()? {
                            Some(r) => r,
                            None => {
                                self.pos = start + 1;
                                items.push(self.char_node(c));
                                last_repeat = false;
                                continue;
                            }
                        },
                    };
                    if ch != '{' {
                        self.pos += 1;
                    }
                    let Some(last) = items.pop() else { return err("nothing to repeat", start) };
                    if matches!(last, Node::At(_)) {
                        return err("nothing to repeat", start);
                    }
                    if last_repeat {
                        return err("multiple repeat", start);
                    }
                    let kind = if self.eat('?') {
                        RepeatKind::Lazy
                    } else if self.eat('+') {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    items.push(Node::Repeat { node: Box::new(last), min, max, kind });
                    last_repeat = true;
                    continue;
                }
                _ => {}
            }
            last_repeat = false;
            self.pos += 1;
            match ch {
                '.' => items.push(Node::Any { dotall: self.flags & DOTALL != 0 }),
                '^' => items.push(Node::At(if self.flags & MULTILINE != 0 { Anchor::LineStart } else { Anchor::Start })),
                '$' => items.push(Node::At(if self.flags & MULTILINE != 0 { Anchor::LineEnd } else { Anchor::End })),
                '[' => items.push(self.class(start)?),
                '\\' => match self.escape(start, false)? {
                    Escape::Char(c) => items.push(self.char_node(c)),
                    Escape::Cat(cat, neg) => items.push(self.set_node(vec![Item::Cat(cat, neg)], false)),
                    Escape::Node(n) => items.push(n),
                },
                '(' => {
                    let global_ok = first && items.is_empty();
                    if let Some(n) = self.group(start, global_ok)? {
                        items.push(n);
                    }
                }
                _ => items.push(self.char_node(c)),
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Concat(items),
        })
    }

    /// `{m,n}` at the position: `None` when the text is not a repeat (then `{` is literal).
    fn braces(&mut self) -> Result<Option<(u32, u32)>, Error> {
        let open = self.pos;
        let mut i = open + 1;
        let digits = |i: &mut usize| {
            let s = *i;
            while is_digit(self.src.get(*i).copied()) {
                *i += 1;
            }
            (s, *i)
        };
        let (lo_s, lo_e) = digits(&mut i);
        let mut hi = None;
        if self.src.get(i) == Some(&(',' as u32)) {
            i += 1;
            hi = Some(digits(&mut i));
        }
        if self.src.get(i) != Some(&('}' as u32)) {
            return Ok(None);
        }
        if lo_s == lo_e && hi.is_none() {
            return Ok(None);
        }
        let number = |s: usize, e: usize| -> Result<u32, Error> {
            let text = to_string(&self.src[s..e]);
            match text.parse::<u64>() {
                Ok(v) if v < INF as u64 => Ok(v as u32),
                _ => Err(Error { kind: ErrorKind::Overflow, msg: "the repetition number is too large".into(), pos: None }),
            }
        };
        let min = if lo_s == lo_e { 0 } else { number(lo_s, lo_e)? };
        let max = match hi {
            None => min,
            Some((s, e)) if s == e => INF,
            Some((s, e)) => number(s, e)?,
        };
        if max < min {
            return err("min repeat greater than max repeat", open + 1);
        }
        self.pos = i + 1;
        Ok(Some((min, max)))
    }

    /// A `[...]` set; `start` is the position of `[`.
    fn class(&mut self, start: usize) -> Result<Node, Error> {
        let negated = self.eat('^');
        let first = self.pos;
        let mut items = Vec::new();
        loop {
            let Some(c) = self.peek() else { return err("unterminated character set", start) };
            if c == ']' as u32 && self.pos > first {
                self.pos += 1;
                break;
            }
            let item_start = self.pos;
            let lo = self.class_atom()?;
            if self.at('-') && self.peek_at(1).is_some_and(|c| c != ']' as u32) {
                self.pos += 1;
                let hi = self.class_atom()?;
                match (lo, hi) {
                    (Escape::Char(a), Escape::Char(b)) if a <= b => items.push(Item::Range(a, b)),
                    _ => {
                        let text = self.text(item_start, self.pos);
                        return err(format!("bad character range {text}"), item_start);
                    }
                }
            } else if self.at('-') && self.peek_at(1).is_none() {
                return err("unterminated character set", start);
            } else {
                match lo {
                    Escape::Char(c) => items.push(Item::Char(c)),
                    Escape::Cat(cat, neg) => items.push(Item::Cat(cat, neg)),
                    Escape::Node(_) => unreachable!(),
                }
            }
        }
        Ok(self.set_node(items, negated))
    }

    fn class_atom(&mut self) -> Result<Escape, Error> {
        let start = self.pos;
        let Some(c) = self.peek() else { return err("unterminated character set", start) };
        self.pos += 1;
        if c == '\\' as u32 {
            return self.escape(start, true);
        }
        Ok(Escape::Char(c))
    }

    /// The escape whose backslash is at `start` (the position is after it).
    fn escape(&mut self, start: usize, in_class: bool) -> Result<Escape, Error> {
        let Some(c) = self.peek() else { return err("bad escape (end of pattern)", start) };
        self.pos += 1;
        let ch = char::from_u32(c).unwrap_or('\0');
        let unicode = self.unicode();
        Ok(match ch {
            'd' => Escape::Cat(Category::Digit, false),
            'D' => Escape::Cat(Category::Digit, true),
            's' => Escape::Cat(Category::Space, false),
            'S' => Escape::Cat(Category::Space, true),
            'w' => Escape::Cat(Category::Word, false),
            'W' => Escape::Cat(Category::Word, true),
            'a' => Escape::Char(7),
            'f' => Escape::Char(12),
            'n' => Escape::Char(10),
            'r' => Escape::Char(13),
            't' => Escape::Char(9),
            'v' => Escape::Char(11),
            'b' if in_class => Escape::Char(8),
            'A' if !in_class => Escape::Node(Node::At(Anchor::Start)),
            'Z' if !in_class => Escape::Node(Node::At(Anchor::StringEnd)),
            'b' => Escape::Node(Node::At(Anchor::Boundary { unicode })),
            'B' if !in_class => Escape::Node(Node::At(Anchor::NonBoundary { unicode })),
            'x' => Escape::Char(self.hex_escape(start, 2)?),
            'u' if !self.is_bytes => Escape::Char(self.hex_escape(start, 4)?),
            'U' if !self.is_bytes => {
                let v = self.hex_escape(start, 8)?;
                if v > 0x10ffff {
                    return err(format!("bad escape {}", self.text(start, self.pos)), start);
                }
                Escape::Char(v)
            }
            'N' if !self.is_bytes => Escape::Char(self.named_escape(start)?),
            '0' => {
                let mut v = 0;
                let mut n = 0;
                while n < 2 && is_octal(self.peek()) {
                    v = v * 8 + self.peek().unwrap() - '0' as u32;
                    self.pos += 1;
                    n += 1;
                }
                Escape::Char(v)
            }
            '1'..='9' => {
                // Three octal digits make an octal escape; otherwise (outside a
                // set) one or two digits name a group.
                if is_octal(Some(c)) && is_octal(self.peek()) && is_octal(self.peek_at(1)) {
                    let d = |u: u32| u - '0' as u32;
                    let v = d(c) * 64 + d(self.peek().unwrap()) * 8 + d(self.peek_at(1).unwrap());
                    self.pos += 2;
                    if v > 0o377 {
                        let text = self.text(start, self.pos);
                        return err(format!("octal escape value {text} outside of range 0-0o377"), start);
                    }
                    return Ok(Escape::Char(v));
                }
                if in_class {
                    if is_octal(Some(c)) {
                        let mut v = c - '0' as u32;
                        if is_octal(self.peek()) {
                            v = v * 8 + self.peek().unwrap() - '0' as u32;
                            self.pos += 1;
                        }
                        return Ok(Escape::Char(v));
                    }
                    return err(format!("bad escape \\{ch}"), start);
                }
                let mut group = (c - '0' as u32) as usize;
                if is_digit(self.peek()) {
                    group = group * 10 + (self.peek().unwrap() - '0' as u32) as usize;
                    self.pos += 1;
                }
                Escape::Node(self.backref(group, start, start + 1)?)
            }
            _ if ch.is_ascii_alphabetic() => return err(format!("bad escape \\{ch}"), start),
            _ => Escape::Char(c),
        })
    }

    fn backref(&self, group: usize, start: usize, number_pos: usize) -> Result<Node, Error> {
        if group > self.groups || group == 0 {
            return err(format!("invalid group reference {group}"), number_pos);
        }
        if self.open.contains(&group) {
            return err("cannot refer to an open group", start);
        }
        Ok(Node::Backref { group, icase: self.icase(), unicode: self.unicode() })
    }

    fn hex_escape(&mut self, start: usize, digits: usize) -> Result<u32, Error> {
        let mut v = 0;
        for _ in 0..digits {
            match self.peek().and_then(hex_value) {
                Some(d) => {
                    v = v * 16 + d;
                    self.pos += 1;
                }
                None => {
                    let text = self.text(start, self.pos);
                    return err(format!("incomplete escape {text}"), start);
                }
            }
        }
        Ok(v)
    }

    fn named_escape(&mut self, start: usize) -> Result<u32, Error> {
        if !self.eat('{') {
            return err("missing {", self.pos);
        }
        let name_start = self.pos;
        while let Some(c) = self.peek() {
            if c == '}' as u32 {
                break;
            }
            self.pos += 1;
        }
        if self.pos == name_start {
            return err("missing character name", name_start);
        }
        if !self.eat('}') {
            return err("missing }, unterminated name", name_start);
        }
        let name = self.text(name_start, self.pos - 1);
        match crate::syntax::charnames::lookup(&name) {
            Some(c) => Ok(c as u32),
            None => err(format!("undefined character name '{name}'"), start),
        }
    }

    /// A name up to `end`; `None` at the end of the pattern.
    fn name_until(&mut self, end: char) -> Option<String> {
        let s = self.pos;
        while let Some(c) = self.peek() {
            if c == end as u32 {
                let name = self.text(s, self.pos);
                self.pos += 1;
                return Some(name);
            }
            self.pos += 1;
        }
        None
    }

    /// A group after its `(` at `start`; `None` for groups that add nothing
    /// (comments and global flags).
    fn group(&mut self, start: usize, global_ok: bool) -> Result<Option<Node>, Error> {
        if self.depth >= MAX_DEPTH {
            return Err(Error {
                kind: ErrorKind::Recursion,
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
            });
        }
        if !self.eat('?') {
            return self.capture(start, None).map(Some);
        }
        let Some(c) = self.peek() else { return err("unexpected end of pattern", self.pos) };
        let ch = char::from_u32(c).unwrap_or('\0');
        self.pos += 1;
        match ch {
            ':' => self.body(start).map(Some),
            '>' => Ok(Some(Node::Atomic(Box::new(self.body(start)?)))),
            '=' | '!' => {
                let node = self.body(start)?;
                Ok(Some(Node::Look { behind: false, negate: ch == '!', width: 0, node: Box::new(node) }))
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == ')' as u32 {
                        return Ok(None);
                    }
                }
                err("missing ), unterminated comment", start)
            }
            '<' => {
                let Some(c) = self.peek() else { return err("unexpected end of pattern", self.pos) };
                self.pos += 1;
                if c != '=' as u32 && c != '!' as u32 {
                    let text = self.text(start + 1, self.pos);
                    return err(format!("unknown extension {text}"), start + 1);
                }
                let node = self.body(start)?;
                let (lo, hi) = self.width(&node);
                if lo != hi {
                    return Err(Error {
                        kind: ErrorKind::Re,
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                    });
                }
                if lo > u32::MAX as u64 {
                    return Err(Error { kind: ErrorKind::Re, msg: "looks too much behind".into(), pos: None });
                }
                let width = lo as usize;
                Ok(Some(Node::Look { behind: true, negate: c == '!' as u32, width, node: Box::new(node) }))
            }
            'P' => {
                let Some(c) = self.peek() else { return err("unexpected end of pattern", self.pos) };
                self.pos += 1;
                if c == '<' as u32 {
                    let name_pos = self.pos;
                    let Some(name) = self.name_until('>') else {
                        return self.unterminated_name(name_pos, ">");
                    };
                    let name = self.check_name(&name, name_pos)?;
                    if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                        let msg =
                            format!("redefinition of group name '{name}' as group {}; was group {old}", self.groups + 1);
                        return err(msg, name_pos);
                    }
                    self.capture(start, Some(name)).map(Some)
                } else if c == '=' as u32 {
                    let name_pos = self.pos;
                    let Some(name) = self.name_until(')') else {
                        return self.unterminated_name(name_pos, ")");
                    };
                    let name = self.check_name(&name, name_pos)?;
                    let Some(&(_, group)) = self.names.iter().find(|(n, _)| *n == name) else {
                        return err(format!("unknown group name '{name}'"), name_pos);
                    };
                    self.backref(group, name_pos, name_pos).map(Some)
                } else {
                    let text = self.text(start + 1, self.pos);
                    err(format!("unknown extension {text}"), start + 1)
                }
            }
            '(' => self.conditional(start).map(Some),
            _ if "aiLmsux-".contains(ch) => {
                self.pos -= 1;
                self.flag_group(start, global_ok)
            }
            _ => err(format!("unknown extension ?{ch}"), start + 1),
        }
    }

    fn unterminated_name<T>(&self, name_pos: usize, close: &str) -> Result<T, Error> {
        if name_pos >= self.src.len() {
            return err("missing group name", name_pos);
        }
        err(format!("missing {close}, unterminated name"), name_pos)
    }

    fn check_name(&self, name: &str, pos: usize) -> Result<String, Error> {
        if name.is_empty() {
            return err("missing group name", pos);
        }
        if !is_ident(name, self.is_bytes) {
            return err(format!("bad character in group name '{name}'"), pos);
        }
        Ok(name.to_string())
    }

    /// The branches of a group up to its `)`.
    fn body(&mut self, start: usize) -> Result<Node, Error> {
        self.depth += 1;
        let node = self.alternation(false)?;
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(node)
    }

    fn capture(&mut self, start: usize, name: Option<String>) -> Result<Node, Error> {
        self.groups += 1;
        let index = self.groups;
        if let Some(name) = name {
            self.names.push((name, index));
        }
        self.widths.push((0, u64::MAX));
        self.open.push(index);
        let node = self.body(start)?;
        self.open.pop();
        self.widths[index] = self.width(&node);
        Ok(Node::Group(index, Box::new(node)))
    }

    fn conditional(&mut self, start: usize) -> Result<Node, Error> {
        let name_pos = self.pos;
        let Some(name) = self.name_until(')') else {
            return self.unterminated_name(name_pos, ")");
        };
        let group = if let Some(g) = group_number(&name) {
            if g == 0 {
                return err("bad group number", name_pos);
            }
            self.cond_refs.push((g, name_pos));
            g
        } else {
            let name = self.check_name(&name, name_pos)?;
            match self.names.iter().find(|(n, _)| *n == name) {
                Some(&(_, g)) => g,
                None => return err(format!("unknown group name '{name}'"), name_pos),
            }
        };
        self.depth += 1;
        let yes = self.sequence(false)?;
        let mut no = Node::Empty;
        if self.eat('|') {
            no = self.sequence(false)?;
            if self.at('|') {
                return err("conditional backref with more than two branches", self.pos);
            }
        }
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) })
    }

    fn flag_bit(&self, c: u32) -> Option<u32> {
        Some(match char::from_u32(c)? {
            'a' => ASCII,
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'u' => UNICODE,
            'x' => VERBOSE,
            _ => return None,
        })
    }

    /// `(?flags)` or `(?flags-flags:...)`, the position at the first flag.
    fn flag_group(&mut self, start: usize, global_ok: bool) -> Result<Option<Node>, Error> {
        let mut on = 0;
        while let Some(bit) = self.peek().and_then(|c| self.flag_bit(c)) {
            self.pos += 1;
            if bit == LOCALE && !self.is_bytes {
                return err("bad inline flags: cannot use 'L' flag with a str pattern", self.pos);
            }
            if bit == UNICODE && self.is_bytes {
                return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos);
            }
            on |= bit;
            if (on & (ASCII | UNICODE | LOCALE)).count_ones() > 1 {
                return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos);
            }
        }
        let Some(c) = self.peek() else { return err("missing -, : or )", self.pos) };
        if c == ')' as u32 {
            self.pos += 1;
            if !global_ok {
                return err("global flags not at the start of the expression", start);
            }
            self.flags |= on;
            return Ok(None);
        }
        let mut off = 0;
        if c == '-' as u32 {
            self.pos += 1;
            let Some(c) = self.peek() else { return err("missing flag", self.pos) };
            let Some(_) = self.flag_bit(c) else {
                let msg = if (c as u8 as u32 == c) && (c as u8).is_ascii_alphabetic() { "unknown flag" } else { "missing flag" };
                return err(msg, self.pos);
            };
            while let Some(bit) = self.peek().and_then(|c| self.flag_bit(c)) {
                self.pos += 1;
                if bit & (ASCII | UNICODE | LOCALE) != 0 {
                    return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos);
                }
                off |= bit;
            }
            if on & off != 0 {
                return err("bad inline flags: flag turned on and off", self.pos);
            }
            if !self.at(':') {
                if self.peek().is_some_and(|c| c < 128 && (c as u8).is_ascii_alphabetic()) {
                    return err("unknown flag", self.pos);
                }
                return err("missing :", self.pos);
            }
        }
        if !self.eat(':') {
            if c < 128 && (c as u8).is_ascii_alphabetic() {
                return err("unknown flag", self.pos);
            }
            return err("missing -, : or )", self.pos);
        }
        let saved = self.flags;
        if on & (ASCII | LOCALE) != 0 {
            self.flags &= !UNICODE;
        }
        if on & UNICODE != 0 {
            self.flags &= !ASCII;
        }
        self.flags = (self.flags | on) & !off;
        let node = self.body(start);
        self.flags = saved;
        node.map(Some)
    }

    /// (min, max) characters `node` matches (`u64::MAX` for no bound).
    fn width(&self, node: &Node) -> (u64, u64) {
        match node {
            Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
            Node::Group(_, n) | Node::Atomic(n) => self.width(n),
            Node::Concat(items) => items.iter().fold((0, 0), |(a, b), n| {
                let (x, y) = self.width(n);
                (a.saturating_add(x), b.saturating_add(y))
            }),
            Node::Alt(items) => items.iter().fold((u64::MAX, 0), |(a, b), n| {
                let (x, y) = self.width(n);
                (a.min(x), b.max(y))
            }),
            Node::Repeat { node, min, max, .. } => {
                let (x, y) = self.width(node);
                let hi = if *max == INF { if y == 0 { 0 } else { u64::MAX } } else { y.saturating_mul(*max as u64) };
                (x.saturating_mul(*min as u64), hi)
            }
            Node::Backref { group, .. } => self.widths.get(*group).copied().unwrap_or((0, u64::MAX)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = self.width(yes);
                let (c, d) = self.width(no);
                (a.min(c), b.max(d))
            }
        }
    }
}
