//! Declared signatures of native functions: which positional and keyword
//! arguments a builtin accepts, checked by the call machinery before the Rust
//! function runs, with the message CPython gives for each kind of mistake.
//!
//! A signature is written as CPython's `__text_signature__` text:
//! `"($self, /, sep=None, maxsplit=-1)"`. `$self` / `$type` mean the native
//! receives the receiver as its first argument, `$module` (or nothing) that it
//! does not; `/` ends the positional-only parameters, `*` starts the
//! keyword-only ones, `*args` / `**kwargs` accept any more. Optional groups in
//! brackets (`"($self, sub[, start[, end]], /)"`, for functions CPython parses
//! with PyArg_ParseTuple) make their parameters optional and the text private
//! (no `__text_signature__`).
//!
//! How CPython words an error depends on how the function parses its
//! arguments; [`Style`] names those ways, and [`Signature::parse`] infers the
//! usual one from the parameters (override it with [`Signature::with_style`]).
//!
//! Natives keep reading their arguments from `args` and `kwargs` as before: a
//! signature only guarantees that what reaches them fits it. The check costs
//! two compares when no keywords are passed and the positional count fits.

use crate::vm::interp::Interp;
use crate::vm::object::{KwArgs, PyResult};
use crate::vm::value::Value;

/// How a native's argument errors are worded (after the CPython calling
/// convention that function uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "list.append() takes exactly one argument (0 given)".
    OneArg,
    /// Positional-only, checked like `_PyArg_CheckPositional`:
    /// "insert expected 2 arguments, got 1".
    Positional,
    /// Positional-only, parsed like PyArg_ParseTuple:
    /// "find() takes at least 1 argument (0 given)".
    Tuple,
    /// Keywords accepted (argument clinic, PyArg_ParseTupleAndKeywords):
    /// "'x' is an invalid keyword argument for split()".
    Keywords,
    /// A slot wrapper (`list.__len__`): "expected 0 arguments, got 1".
    Wrapper,
    /// A slot wrapper that unpacks its arguments without a name (`__mul__`,
    /// `__setitem__`): " expected 2 arguments, got 1".
    WrapperUnnamed,
    /// Bound like a function written in Python (natives standing in for
    /// CPython's Python-level functions): "f() got an unexpected keyword argument 'x'".
    Python,
}

/// One declared parameter.
#[derive(Debug, Clone)]
struct Param {
    name: Box<str>,
    required: bool,
}

/// A native's declared signature. A declared one is parsed on its first use:
/// the interpreter declares thousands of natives at startup, and a script
/// calls few of them.
#[derive(Debug)]
pub struct Signature {
    shape: std::cell::OnceCell<Shape>,
    /// The declaration, while not parsed yet.
    qual: Box<str>,
    spec: &'static str,
}

/// A native's parsed parameters (the receiver not counted).
#[derive(Debug)]
struct Shape {
    /// Fewest and most positional values `args` may hold without a closer look
    /// (the receiver counted).
    lo: u32,
    hi: u32,
    /// The name in "Q() takes no keyword arguments" (`list.append`, `math.sqrt`).
    qual: Box<str>,
    /// The name in clinic messages (`append`).
    short: Box<str>,
    /// `__text_signature__`, when it is public.
    text: Option<Box<str>>,
    style: Style,
    /// Whether `args[0]` is the receiver (`$self`, `$type`).
    receiver: bool,
    params: Vec<Param>,
    /// How many leading parameters are positional-only.
    posonly: usize,
    /// How many parameters may be passed by position (the rest are keyword-only).
    npos: usize,
    /// Required positional parameters, and how many of them are positional-only.
    min_pos: usize,
    min_posonly: usize,
    varargs: bool,
    varkw: bool,
    /// The first parameter (`self`) is filled without being passed: a native
    /// standing in for a bound method of a Python-level instance, whose
    /// messages count it.
    implicit_first: bool,
}

impl Signature {
    /// Parses a text signature for the native called `qual` (`"str.split"`,
    /// `"len"`). Panics on malformed text: signatures are program constants.
    pub fn parse(qual: &str, text: &str) -> Signature {
        Signature { shape: Shape::parse(qual, text).into(), qual: Box::default(), spec: "" }
    }

    /// A declaration: a text signature, optionally after flags and a colon
    /// (`"py:(s, *, cls=None)"`): `py`, `pos`, `tuple`, `kw`, `o`, `noargs` pick
    /// the [`Style`], `private` hides `__text_signature__`. Parsed on first use.
    pub fn declare(qual: &str, spec: &'static str) -> Signature {
        Signature { shape: Default::default(), qual: qual.into(), spec }
    }

    fn shape(&self) -> &Shape {
        self.shape.get_or_init(|| Shape::declare(&self.qual, self.spec))
    }

    fn shape_mut(&mut self) -> &mut Shape {
        self.shape();
        self.shape.get_mut().expect("the shape was just made")
    }

    /// The same signature with the messages of another calling convention.
    pub fn with_style(mut self, style: Style) -> Signature {
        self.shape_mut().style = style;
        self
    }

    /// The same signature without a public `__text_signature__`.
    pub fn private(mut self) -> Signature {
        self.shape_mut().text = None;
        self
    }

    /// The same signature with another public `__text_signature__` (when the
    /// parameters checked differ from those CPython shows).
    pub fn with_text(mut self, text: &str) -> Signature {
        self.shape_mut().text = Some(text.into());
        self
    }

    /// `__text_signature__`.
    pub fn text(&self) -> Option<&str> {
        self.shape().text.as_deref()
    }

    /// The name messages use (`"math.sqrt"`, `"list.append"`, `"len"`).
    pub fn qual(&self) -> &str {
        if self.qual.is_empty() {
            &self.shape().qual
        } else {
            &self.qual
        }
    }

    /// Whether a call with `n` positional arguments (receiver counted) and no
    /// keywords needs no closer look.
    #[inline(always)]
    pub fn fits(&self, n: usize) -> bool {
        let shape = self.shape();
        (shape.lo..=shape.hi).contains(&(n as u32))
    }

    /// Checks a call's arguments, with CPython's message for the first mistake.
    #[inline(always)]
    pub fn check(&self, interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
        if kwargs.is_empty() && self.fits(args.len()) {
            return Ok(());
        }
        self.shape().check_slow(interp, args, kwargs)
    }

    #[cfg(test)]
    fn problem(&self, nargs: usize, kwargs: KwArgs) -> Option<String> {
        self.shape().problem(nargs, kwargs)
    }
}

impl Shape {
    fn parse(qual: &str, text: &str) -> Shape {
        let inner = text
            .trim()
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or_else(|| panic!("signature of {qual} not in parentheses: {text}"));
        let mut params = Vec::new();
        let (mut receiver, mut posonly, mut kwonly_from) = (false, None, None);
        let (mut varargs, mut varkw, mut bracketed) = (false, false, false);
        let mut depth = 0usize;
        for raw in inner.split(',') {
            let raw = raw.trim();
            // Optional groups: "sub[, start[, end]]" (a name is optional when a
            // group is open before it).
            let lead = raw.len() - raw.trim_start_matches(['[', ' ']).len();
            depth += raw[..lead].matches('[').count();
            let optional = depth > 0;
            let opened = raw[lead..].matches('[').count();
            let closed = raw.matches(']').count();
            if opened + raw[..lead].matches('[').count() > 0 || closed > 0 {
                bracketed = true;
            }
            depth = (depth + opened).saturating_sub(closed);
            let item = raw.trim_matches(['[', ']', ' ']);
            match item {
                "" => continue,
                "/" => posonly = Some(params.len()),
                "*" => kwonly_from = Some(params.len()),
                "$self" | "$type" | "$cls" => receiver = true,
                "$module" => {}
                _ if item.starts_with("**") => varkw = true,
                _ if item.starts_with('*') => {
                    varargs = true;
                    kwonly_from = Some(params.len());
                }
                _ => {
                    let (name, default) = match item.split_once('=') {
                        Some((n, _)) => (n.trim(), true),
                        None => (item, false),
                    };
                    params.push(Param { name: name.into(), required: !default && !optional });
                }
            }
        }
        let posonly = posonly.unwrap_or(0);
        let npos = kwonly_from.unwrap_or(params.len());
        let min_pos = params[..npos].iter().filter(|p| p.required).count();
        let min_posonly = params[..posonly].iter().filter(|p| p.required).count();
        let only_positional = posonly == npos && npos == params.len() && !varkw;
        let style = if bracketed {
            Style::Tuple
        } else if params.is_empty() && !varargs && !varkw {
            Style::NoArgs
        } else if only_positional && !varargs && npos == 1 && min_pos == 1 {
            Style::OneArg
        } else if only_positional {
            Style::Positional
        } else {
            Style::Keywords
        };
        let short = qual.rsplit('.').next().unwrap_or(qual);
        let r = receiver as u32;
        let mut sig = Shape {
            lo: 0,
            hi: 0,
            qual: qual.into(),
            short: short.into(),
            text: if bracketed { None } else { Some(text.trim().into()) },
            style,
            receiver,
            params,
            posonly,
            npos,
            min_pos,
            min_posonly,
            varargs,
            varkw,
            implicit_first: false,
        };
        sig.lo = r + min_pos as u32;
        sig.hi = if varargs { u32::MAX } else { r + npos as u32 };
        // Required keyword-only parameters: never satisfied without keywords.
        if sig.params[npos..].iter().any(|p| p.required) {
            sig.lo = u32::MAX;
        }
        sig
    }

    /// Parses a declaration (see [`Signature::declare`]).
    fn declare(qual: &str, spec: &str) -> Shape {
        let (flags, text) = match spec.find('(') {
            Some(at) if at > 0 => (spec[..at].trim_end_matches(':'), &spec[at..]),
            _ => ("", spec),
        };
        let mut sig = Shape::parse(qual, text);
        for flag in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            match flag {
                "py" => sig.style = Style::Python,
                "pos" => sig.style = Style::Positional,
                "tuple" => sig.style = Style::Tuple,
                "kw" => sig.style = Style::Keywords,
                "o" => sig.style = Style::OneArg,
                "noargs" => sig.style = Style::NoArgs,
                "wrap" => sig.style = Style::Wrapper,
                "wrapu" => sig.style = Style::WrapperUnnamed,
                "static" => {
                    sig.receiver = false;
                    (sig.lo, sig.hi) = (sig.lo.saturating_sub(1), sig.hi.saturating_sub(1));
                }
                "private" => sig.text = None,
                "bound" => {
                    sig.implicit_first = true;
                    (sig.lo, sig.hi) = (sig.lo.saturating_sub(1), sig.hi.saturating_sub(1));
                }
                // Count messages name it as a call: "super() expected at most 2 arguments".
                "call" => sig.short = format!("{}()", sig.short).into(),
                _ => panic!("signature of {qual}: unknown flag {flag}"),
            }
        }
        sig
    }

    #[cold]
    #[inline(never)]
    fn check_slow(&self, interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
        match self.problem(args.len(), kwargs) {
            None => Ok(()),
            Some(msg) => Err(interp.type_error(msg)),
        }
    }

    /// What is wrong with a call with `nargs` positional values (receiver
    /// counted) and these keywords, in CPython's words.
    fn problem(&self, nargs: usize, kwargs: KwArgs) -> Option<String> {
        let (q, s) = (&self.qual, &self.short);
        let n = if self.receiver {
            if nargs == 0 {
                if let Style::Wrapper | Style::WrapperUnnamed = self.style {
                    let owner = q.rsplit_once('.').map_or("object", |(t, _)| t);
                    return Some(format!("descriptor '{s}' of '{owner}' object needs an argument"));
                }
                return Some(format!("unbound method {q}() needs an argument"));
            }
            nargs - 1
        } else {
            nargs + self.implicit_first as usize
        };
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        match self.style {
            Style::NoArgs | Style::OneArg | Style::Positional | Style::Tuple => {
                if !kwargs.is_empty() && !self.varkw {
                    // A function parsed like PyArg_ParseTuple, not reached as a
                    // method, is named without its module.
                    let who = if self.style == Style::Tuple && !self.receiver { s } else { q };
                    return Some(format!("{who}() takes no keyword arguments"));
                }
                let max = if self.varargs { usize::MAX } else { self.npos };
                let min = self.min_pos;
                if n >= min && n <= max {
                    return None;
                }
                Some(match self.style {
                    Style::NoArgs => format!("{q}() takes no arguments ({n} given)"),
                    Style::OneArg => format!("{q}() takes exactly one argument ({n} given)"),
                    Style::Positional => {
                        let (how, k) = if min == max {
                            ("", min)
                        } else if n < min {
                            ("at least ", min)
                        } else {
                            ("at most ", max)
                        };
                        format!("{s} expected {how}{k} argument{}, got {n}", plural(k))
                    }
                    _ => {
                        let (how, k) = if min == max {
                            ("exactly", min)
                        } else if n < min {
                            ("at least", min)
                        } else {
                            ("at most", max)
                        };
                        format!("{s}() takes {how} {k} argument{} ({n} given)", plural(k))
                    }
                })
            }
            Style::Keywords => self.keywords_problem(n, kwargs),
            Style::Wrapper | Style::WrapperUnnamed => {
                if !kwargs.is_empty() && !self.varkw {
                    return Some(format!("wrapper {s}() takes no keyword arguments"));
                }
                let (min, max) = (self.min_pos, if self.varargs { usize::MAX } else { self.npos });
                if n >= min && n <= max {
                    return None;
                }
                let (how, k) = match (min == max, n < min) {
                    (true, _) => ("", min),
                    (false, true) => ("at least ", min),
                    (false, false) => ("at most ", max),
                };
                let lead = if self.style == Style::WrapperUnnamed { " " } else { "" };
                Some(format!("{lead}expected {how}{k} argument{}, got {n}", plural(k)))
            }
            Style::Python => self.python_problem(n, kwargs),
        }
    }

    /// The checks of a function that accepts keywords, in the order CPython
    /// makes them: counts, then each parameter not filled by position, then
    /// keywords that matched nothing.
    fn keywords_problem(&self, n: usize, kwargs: KwArgs) -> Option<String> {
        let s = &self.short;
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let nk = kwargs.len();
        let maxargs = self.params.len();
        if !self.varargs && !self.varkw && n + nk > maxargs {
            let kw = if n == 0 { "keyword " } else { "" };
            return Some(format!("{s}() takes at most {maxargs} {kw}argument{} ({} given)", plural(maxargs), n + nk));
        }
        if !self.varargs && n > self.npos {
            if self.npos == 0 {
                return Some(format!("{s}() takes no positional arguments"));
            }
            let how = if self.min_pos < self.npos { "at most" } else { "exactly" };
            return Some(format!("{s}() takes {how} {} positional argument{} ({n} given)", self.npos, plural(self.npos)));
        }
        if n < self.min_posonly {
            let how = if self.min_posonly < self.npos || self.varargs { "at least" } else { "exactly" };
            let k = self.min_posonly;
            return Some(format!("{s}() takes {how} {k} positional argument{} ({n} given)", plural(k)));
        }
        let mut used = 0;
        let filled = n.min(self.npos);
        for (i, p) in self.params.iter().enumerate().skip(filled.max(self.posonly)) {
            if kwargs.iter().any(|(k, _)| k.as_ref() == p.name.as_ref()) {
                used += 1;
            } else if p.required {
                return Some(format!("{s}() missing required argument '{}' (pos {})", p.name, i + 1));
            }
        }
        if used == nk || self.varkw {
            return None;
        }
        for (k, _) in kwargs {
            match self.params.iter().enumerate().skip(self.posonly).find(|(_, p)| p.name.as_ref() == k.as_ref()) {
                Some((i, _)) if i < filled => {
                    return Some(format!("argument for {s}() given by name ('{k}') and position ({})", i + 1))
                }
                Some(_) => {}
                None => return Some(format!("'{k}' is an invalid keyword argument for {s}()")),
            }
        }
        None
    }

    /// The checks of a function written in Python (`vm/call.rs` binds those;
    /// these are its messages for a native standing in for one).
    fn python_problem(&self, n: usize, kwargs: KwArgs) -> Option<String> {
        let q = &self.qual;
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        if !self.varargs && n > self.npos {
            let given = n;
            let was = if given == 1 { "was" } else { "were" };
            let takes = if self.min_pos == self.npos {
                format!("{} positional argument{}", self.npos, plural(self.npos))
            } else {
                format!("from {} to {} positional arguments", self.min_pos, self.npos)
            };
            return Some(format!("{q}() takes {takes} but {given} {was} given"));
        }
        let named = |p: &Param| kwargs.iter().any(|(k, _)| k.as_ref() == p.name.as_ref());
        let posonly_named: Vec<&str> =
            self.params[..self.posonly].iter().filter(|p| named(p)).map(|p| p.name.as_ref()).collect();
        for (k, _) in kwargs {
            let at = self.params.iter().position(|p| p.name.as_ref() == k.as_ref());
            match at {
                Some(i) if i >= self.posonly && i < self.npos && i < n => {
                    return Some(format!("{q}() got multiple values for argument '{k}'"));
                }
                Some(i) if i >= self.posonly => {}
                _ if self.varkw => {}
                Some(_) => {}
                None => return Some(format!("{q}() got an unexpected keyword argument '{k}'")),
            }
        }
        if !posonly_named.is_empty() && !self.varkw {
            return Some(format!(
                "{q}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_named.join(", ")
            ));
        }
        let list = |names: &[&str]| match names {
            [a] => format!("'{a}'"),
            [a, b] => format!("'{a}' and '{b}'"),
            _ => {
                let (last, rest) = names.split_last().unwrap_or((&"", &[]));
                let head: Vec<String> = rest.iter().map(|n| format!("'{n}'")).collect();
                format!("{}, and '{last}'", head.join(", "))
            }
        };
        let missing: Vec<&str> = self.params[..self.npos]
            .iter()
            .enumerate()
            .filter(|(i, p)| p.required && *i >= n && !named(p))
            .map(|(_, p)| p.name.as_ref())
            .collect();
        if !missing.is_empty() {
            let k = missing.len();
            return Some(format!("{q}() missing {k} required positional argument{}: {}", plural(k), list(&missing)));
        }
        let missing: Vec<&str> =
            self.params[self.npos..].iter().filter(|p| p.required && !named(p)).map(|p| p.name.as_ref()).collect();
        if !missing.is_empty() {
            let k = missing.len();
            return Some(format!("{q}() missing {k} required keyword-only argument{}: {}", plural(k), list(&missing)));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn kw(names: &[&str]) -> Vec<(Rc<str>, Value)> {
        names.iter().map(|n| (Rc::from(*n), Value::None)).collect()
    }

    fn msg(sig: &Signature, nargs: usize, names: &[&str]) -> Option<String> {
        sig.problem(nargs, &kw(names))
    }

    #[test]
    fn styles_are_inferred() {
        assert_eq!(Signature::parse("str.upper", "($self, /)").shape().style, Style::NoArgs);
        assert_eq!(Signature::parse("list.append", "($self, object, /)").shape().style, Style::OneArg);
        assert_eq!(Signature::parse("list.insert", "($self, index, object, /)").shape().style, Style::Positional);
        assert_eq!(Signature::parse("str.find", "($self, sub[, start[, end]], /)").shape().style, Style::Tuple);
        assert_eq!(Signature::parse("str.split", "($self, /, sep=None, maxsplit=-1)").shape().style, Style::Keywords);
    }

    #[test]
    fn messages() {
        let split = Signature::parse("str.split", "($self, /, sep=None, maxsplit=-1)");
        assert!(msg(&split, 1, &["sep"]).is_none());
        assert_eq!(msg(&split, 1, &["sepx"]).unwrap(), "'sepx' is an invalid keyword argument for split()");
        assert_eq!(msg(&split, 2, &["sep"]).unwrap(), "argument for split() given by name ('sep') and position (1)");
        assert_eq!(msg(&split, 4, &[]).unwrap(), "split() takes at most 2 arguments (3 given)");
        let find = Signature::parse("str.find", "($self, sub[, start[, end]], /)");
        assert_eq!(msg(&find, 1, &[]).unwrap(), "find() takes at least 1 argument (0 given)");
        assert_eq!(msg(&find, 2, &["x"]).unwrap(), "str.find() takes no keyword arguments");
        let fb = Signature::parse("int.from_bytes", "($type, /, bytes, byteorder='big', *, signed=False)");
        assert_eq!(msg(&fb, 1, &[]).unwrap(), "from_bytes() missing required argument 'bytes' (pos 1)");
        let sum = Signature::parse("sum", "($module, iterable, /, start=0)");
        assert_eq!(msg(&sum, 0, &[]).unwrap(), "sum() takes at least 1 positional argument (0 given)");
        let insert = Signature::parse("list.insert", "($self, index, object, /)");
        assert_eq!(msg(&insert, 2, &[]).unwrap(), "insert expected 2 arguments, got 1");
        assert_eq!(msg(&insert, 0, &[]).unwrap(), "unbound method list.insert() needs an argument");
        let loads = Signature::parse("loads", "(s, *, cls=None)").with_style(Style::Python);
        assert_eq!(msg(&loads, 0, &[]).unwrap(), "loads() missing 1 required positional argument: 's'");
        assert_eq!(msg(&loads, 1, &["x"]).unwrap(), "loads() got an unexpected keyword argument 'x'");
    }

    #[test]
    fn fast_path_bounds() {
        let split = Signature::parse("str.split", "($self, /, sep=None, maxsplit=-1)");
        assert!(!split.fits(0) && split.fits(1) && split.fits(3) && !split.fits(4));
        let print = Signature::parse("print", "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)");
        assert!(print.fits(0) && print.fits(100));
    }
}
