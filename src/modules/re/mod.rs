//! `_sre`: the regular expression engine behind stdlib/re/. The pattern
//! syntax is parsed (`parser.rs`, sets and case rules in `charset.rs`),
//! compiled to a program (`compile.rs`) and run by a backtracking matcher
//! with an explicit stack (`matcher.rs`); `sub.rs` reads replacement
//! templates. The Python-visible `Pattern` and `Match` classes are in
//! stdlib/re/__init__.py and call the functions here:
//!
//! - `set_error(cls)`: the class raised for bad patterns (`re.error`).
//! - `compile(pattern, flags)` -> `(program, flags, groups, groupindex)`.
//! - `match(program, string, pos, endpos, mode)` (mode 0 match, 1 fullmatch,
//!   2 search) -> `None` or `(lastindex, start0, end0, start1, end1, ...)`, -1 for unset.
//! - `scan(program, string, pos, endpos, limit)` -> a list of such tuples, the
//!   successive matches of `findall`/`finditer`/`split`/`sub` (3.7 rules for empty matches).
//! - `template(program, repl)` -> a list of literal pieces and group numbers.
//! - `subn(program, repl, string, count)` -> `(new string, number of replacements)`.

mod charset;
mod compile;
mod matcher;
mod parser;
mod sub;

use crate::vm::types::Exc;
use crate::objects::check_args;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use matcher::{Interrupted, Matcher, Stop, Text, NONE};
use parser::ErrorKind;
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A compiled pattern.
struct Compiled {
    prog: compile::Program,
    is_bytes: bool,
    names: Vec<(String, usize)>,
}

impl NativeObject for Compiled {
    fn type_name(&self) -> &str {
        "_sre.program"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A str and its code points.
type WideCache = (Weak<PyStr>, Rc<Vec<u32>>);

thread_local! {
    static ERROR_CLASS: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The code points of the last non-ASCII str matched, kept for loops that
    /// call `match(text, pos)` again and again on the same string.
    static WIDE: RefCell<Option<WideCache>> = const { RefCell::new(None) };
}

pub fn module() -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("set_error", set_error),
        ("compile", compile_fn),
        ("match", match_fn),
        ("scan", scan_fn),
        ("template", template_fn),
        ("subn", subn_fn),
    ];
    super::make_module("_sre", functions, vec![("MAXREPEAT", Value::Int(parser::INF as i64)), ("MAXGROUPS", Value::Int(i32::MAX as i64))])
}

fn set_error(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "set_error", args, 1, 1)?;
    ERROR_CLASS.with(|e| *e.borrow_mut() = Some(args[0].clone()));
    Ok(Value::None)
}

fn raise(interp: &mut Interp, e: parser::Error, pattern: &Value) -> Value {
    match e.kind {
        ErrorKind::Re => {
            let class = ERROR_CLASS.with(|c| c.borrow().clone());
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            match class {
                Some(class) => {
                    let pattern = if e.pos.is_some() { pattern.clone() } else { Value::None };
                    match interp.call_value(class, vec![Value::string(e.msg), pattern, pos], vec![]) {
                        Ok(v) | Err(v) => v,
                    }
                }
                None => interp.value_error(e.msg),
            }
        }
        ErrorKind::Value if e.pos.is_none() && e.msg.starts_with("unknown group name") => interp.new_error(Exc::IndexError, e.msg),
        ErrorKind::Value => interp.new_error(Exc::ValueError, e.msg),
        ErrorKind::Overflow => interp.new_error(Exc::OverflowError, e.msg),
        ErrorKind::Recursion => interp.new_error(Exc::RecursionError, e.msg),
    }
}

fn units(v: &Value) -> Option<(Vec<u32>, bool)> {
    match v {
        Value::Str(s) => Some((s.as_str().chars().map(crate::codepoint::code_point).collect(), false)),
        Value::Bytes(b) => Some((b.iter().map(|&b| b as u32).collect(), true)),
        _ => None,
    }
}

fn compile_fn(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "compile", args, 2, 2)?;
    let Some((src, is_bytes)) = units(base(&args[0])) else {
        let t = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("first argument must be string or compiled pattern, not {t}")));
    };
    let flags = int_arg(interp, &args[1])? as u32;
    let parsed = parser::parse(&src, flags, is_bytes).map_err(|e| raise(interp, e, &args[0]))?;
    let prog = compile::compile(&parsed);
    let mut index = Dict::new();
    for (name, g) in &parsed.names {
        index.set_str(name, Value::Int(*g as i64));
    }
    let out = Value::tuple(vec![
        Value::Int(0),
        Value::Int(parsed.flags as i64),
        Value::Int(parsed.groups as i64),
        Value::Dict(Rc::new(RefCell::new(index))),
    ]);
    let compiled = Compiled { prog, is_bytes, names: parsed.names };
    let Value::Tuple(t) = out else { unreachable!() };
    let mut items: Vec<Value> = t.iter().cloned().collect();
    items[0] = Value::native(Rc::new(compiled));
    Ok(Value::tuple(items))
}

fn int_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Ok(i64::MAX),
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn program(interp: &mut Interp, v: &Value) -> PyResult<Rc<Compiled>> {
    if let Value::Native(n) = v {
        if let Some(c) = downcast_rc::<Compiled>(n) {
            return Ok(c);
        }
    }
    Err(interp.type_error("expected a compiled pattern"))
}

/// The string to match, checked against the pattern's kind.
enum Subject {
    Bytes(Rc<Vec<u8>>),
    Ascii(Rc<PyStr>),
    Wide(Rc<Vec<u32>>),
}

impl Subject {
    fn len(&self) -> usize {
        match self {
            Subject::Bytes(b) => b.len(),
            Subject::Ascii(s) => s.as_str().len(),
            Subject::Wide(w) => w.len(),
        }
    }
}

/// The builtin str or bytes behind `v` (instances of subclasses carry one).
fn base(v: &Value) -> &Value {
    if let Value::Instance(i) = v {
        if let Some(b @ (Value::Str(_) | Value::Bytes(_))) = i.builtin_base() {
            return b;
        }
    }
    v
}

fn subject(interp: &mut Interp, c: &Compiled, v: &Value) -> PyResult<Subject> {
    match base(v) {
        Value::Str(s) => {
            if c.is_bytes {
                return Err(interp.type_error("cannot use a bytes pattern on a string-like object"));
            }
            if s.is_ascii() {
                return Ok(Subject::Ascii(s.clone()));
            }
            let cached = WIDE.with(|w| {
                w.borrow().as_ref().and_then(|(weak, units)| {
                    weak.upgrade().filter(|k| Rc::ptr_eq(k, s)).map(|_| units.clone())
                })
            });
            if let Some(units) = cached {
                return Ok(Subject::Wide(units));
            }
            let units: Rc<Vec<u32>> = Rc::new(s.as_str().chars().map(crate::codepoint::code_point).collect());
            WIDE.with(|w| *w.borrow_mut() = Some((Rc::downgrade(s), units.clone())));
            Ok(Subject::Wide(units))
        }
        Value::Bytes(b) => {
            if !c.is_bytes {
                return Err(interp.type_error("cannot use a string pattern on a bytes-like object"));
            }
            Ok(Subject::Bytes(b.clone()))
        }
        b @ (Value::ByteArray(_) | Value::MemoryView(_)) => {
            if !c.is_bytes {
                return Err(interp.type_error("cannot use a string pattern on a bytes-like object"));
            }
            let data = crate::objects::buffer::require(interp, &b.clone())?.into_vec();
            Ok(Subject::Bytes(Rc::new(data)))
        }
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

/// Runs `$body` with `$t` bound to the subject's text, typed for the matcher.
macro_rules! with_text {
    ($subject:expr, |$t:ident| $body:expr) => {
        match $subject {
            Subject::Bytes(b) => {
                let $t: &[u8] = &b[..];
                $body
            }
            Subject::Ascii(s) => {
                let $t: &[u8] = s.as_str().as_bytes();
                $body
            }
            Subject::Wide(w) => {
                let $t: &[u32] = &w[..];
                $body
            }
        }
    };
}

/// `pos` and `endpos` clamped to the string as CPython clamps them.
fn bounds(interp: &mut Interp, pos: &Value, endpos: &Value, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| if v < 0 { 0 } else { (v as u64).min(len as u64) as usize };
    let p = clamp(int_arg(interp, pos)?);
    let e = if endpos.is_none() { len } else { clamp(int_arg(interp, endpos)?) };
    Ok((p, e))
}

fn spans<T: Text + ?Sized>(m: &Matcher<T>, groups: usize) -> Value {
    let mut out = Vec::with_capacity(2 * groups + 3);
    out.push(Value::Int(m.lastindex() as i64));
    for g in 0..=groups {
        let (s, e) = (m.slots[2 * g], m.slots[2 * g + 1]);
        if s == NONE || e == NONE {
            out.push(Value::Int(-1));
            out.push(Value::Int(-1));
        } else {
            out.push(Value::Int(s as i64));
            out.push(Value::Int(e as i64));
        }
    }
    Value::tuple(out)
}

/// What stops a match early for `interp`: its Ctrl-C flag and the host's deadline.
fn stop_of(interp: &Interp) -> Stop {
    Stop { interrupt: interp.interrupt.clone(), deadline: interp.limits.deadline }
}

fn interrupted(interp: &mut Interp, _: Interrupted) -> Value {
    match interp.check_interrupt() {
        Err(e) => e,
        Ok(()) => interp.new_error(Exc::KeyboardInterrupt, ""),
    }
}

fn match_fn(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "match", args, 5, 5)?;
    let c = program(interp, &args[0])?;
    let subj = subject(interp, &c, &args[1])?;
    let (pos, end) = bounds(interp, &args[2], &args[3], subj.len())?;
    let mode = int_arg(interp, &args[4])?;
    if end < pos {
        return Ok(Value::None);
    }
    let flag = stop_of(interp);
    let result = with_text!(&subj, |t| {
        let mut m = Matcher::new(&c.prog, t, end, &flag);
        let found = match mode {
            0 => m.run(pos, false, false),
            1 => m.run(pos, true, false),
            _ => m.search(pos, false),
        };
        found.map(|ok| ok.then(|| spans(&m, c.prog.groups)))
    });
    match result {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(Value::None),
        Err(i) => Err(interrupted(interp, i)),
    }
}

/// The successive matches from `pos`, at most `limit` of them (0: all).
fn all_matches<T: Text + ?Sized>(
    c: &Compiled,
    t: &T,
    pos: usize,
    end: usize,
    limit: usize,
    flag: &Stop,
    mut each: impl FnMut(&Matcher<T>),
) -> Result<(), Interrupted> {
    let mut m = Matcher::new(&c.prog, t, end, flag);
    let mut at = pos;
    let mut must_advance = false;
    let mut n = 0;
    while at <= end && (limit == 0 || n < limit) {
        if !m.search(at, must_advance)? {
            break;
        }
        each(&m);
        n += 1;
        let (s, e) = (m.slots[0], m.slots[1]);
        must_advance = s == e;
        at = e;
    }
    Ok(())
}

fn scan_fn(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "scan", args, 5, 5)?;
    let c = program(interp, &args[0])?;
    let subj = subject(interp, &c, &args[1])?;
    let (pos, end) = bounds(interp, &args[2], &args[3], subj.len())?;
    let limit = int_arg(interp, &args[4])?.max(0) as usize;
    let mut out = Vec::new();
    if end >= pos {
        let flag = stop_of(interp);
        let r = with_text!(&subj, |t| all_matches(&c, t, pos, end, limit, &flag, |m| out.push(spans(m, c.prog.groups))));
        r.map_err(|i| interrupted(interp, i))?;
    }
    Ok(Value::list(out))
}

fn template_pieces(interp: &mut Interp, c: &Compiled, repl: &Value) -> PyResult<Vec<sub::Piece>> {
    let units: Vec<u32> = match base(repl) {
        Value::Str(s) if !c.is_bytes => s.as_str().chars().map(crate::codepoint::code_point).collect(),
        Value::Bytes(b) if c.is_bytes => b.iter().map(|&b| b as u32).collect(),
        other => {
            let t = interp.type_name(other);
            let want = if c.is_bytes { "a bytes-like object" } else { "str" };
            return Err(interp.type_error(format!("expected {want}, got '{t}'")));
        }
    };
    sub::parse_template(&units, c.prog.groups, &c.names, c.is_bytes).map_err(|e| raise(interp, e, repl))
}

fn piece_value(units: &[u32], is_bytes: bool) -> Value {
    if is_bytes {
        Value::bytes(units.iter().map(|&u| u as u8).collect())
    } else {
        Value::string(units.iter().map(|&u| crate::codepoint::from_code_point(u).unwrap_or('\u{fffd}')).collect())
    }
}

fn template_fn(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "template", args, 2, 2)?;
    let c = program(interp, &args[0])?;
    let pieces = template_pieces(interp, &c, &args[1])?;
    let items = pieces
        .iter()
        .map(|p| match p {
            sub::Piece::Text(t) => piece_value(t, c.is_bytes),
            sub::Piece::Group(g) => Value::Int(*g as i64),
        })
        .collect();
    Ok(Value::list(items))
}

/// Output text being built from pieces of the subject and of the template.
struct Out {
    units: Vec<u32>,
    bytes: Vec<u8>,
}

impl Out {
    fn push_range<T: Text + ?Sized>(&mut self, t: &T, s: usize, e: usize, wide: bool) {
        for i in s..e {
            if wide {
                self.units.push(t.at(i));
            } else {
                self.bytes.push(t.at(i) as u8);
            }
        }
    }
}

fn subn_fn(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "subn", args, 4, 4)?;
    let c = program(interp, &args[0])?;
    let subj = subject(interp, &c, &args[2])?;
    let pieces = template_pieces(interp, &c, &args[1])?;
    let limit = int_arg(interp, &args[3])?.max(0) as usize;
    let len = subj.len();
    let wide = matches!(subj, Subject::Wide(_)) || pieces.iter().any(|p| matches!(p, sub::Piece::Text(t) if t.iter().any(|&u| u > 127)));
    let wide = wide && !c.is_bytes;
    let mut out = Out { units: Vec::new(), bytes: Vec::new() };
    let mut n = 0usize;
    let flag = stop_of(interp);
    let r = with_text!(&subj, |t| {
        let mut last = 0;
        let r = all_matches(&c, t, 0, len, limit, &flag, |m| {
            let (s, e) = (m.slots[0], m.slots[1]);
            out.push_range(t, last, s, wide);
            for p in &pieces {
                match p {
                    sub::Piece::Text(units) => {
                        if wide {
                            out.units.extend_from_slice(units)
                        } else {
                            out.bytes.extend(units.iter().map(|&u| u as u8))
                        }
                    }
                    sub::Piece::Group(g) => {
                        let (gs, ge) = (m.slots[2 * g], m.slots[2 * g + 1]);
                        if gs != NONE && ge != NONE {
                            out.push_range(t, gs, ge, wide);
                        }
                    }
                }
            }
            last = e;
            n += 1;
        });
        out.push_range(t, last, len, wide);
        r
    });
    r.map_err(|i| interrupted(interp, i))?;
    let text = if c.is_bytes {
        Value::bytes(out.bytes)
    } else if wide {
        piece_value(&out.units, false)
    } else {
        // ASCII throughout.
        Value::string(String::from_utf8(out.bytes).unwrap_or_default())
    };
    Ok(Value::tuple(vec![text, Value::Int(n as i64)]))
}
