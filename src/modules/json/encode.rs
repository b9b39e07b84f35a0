//! The JSON encoder: values to text in one pass over an explicit work stack
//! (nesting never recurses on the Rust stack). Containers of the builtin types
//! are walked directly; instances of their subclasses go through the language
//! protocols (`items()`, iteration, `int.__repr__`, ...) as CPython does, and
//! anything else through the `default` callable.

use crate::vm::types::Exc;
use crate::objects::format::push_float_repr;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// The settings of one encoder (`JSONEncoder`'s attributes).
pub struct Options {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The text of one indentation level; `None` writes everything on one line.
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    /// Called with an object of no JSON type; `None` raises CPython's TypeError.
    pub default: Option<Value>,
    /// Called with each str (value or key) to write it, instead of the native
    /// quoting (the `encoder` argument of `make_encoder`); must return a str.
    pub quote: Option<Value>,
    /// Whether CPython would be running its pure-Python encoder here (with an
    /// indent, or for `iterencode`), whose messages differ in places.
    pub python_path: bool,
}

/// A container being written, with where its walk has got to.
enum Open {
    /// `start` is where the container's text begins in the output.
    List { list: Rc<ListObj>, next: usize, start: usize, marker: Option<usize> },
    Tuple { tuple: Rc<TupleObj>, next: usize, start: usize, marker: Option<usize> },
    /// A dict walked in place by entry position.
    Dict { dict: Rc<RefCell<Dict>>, pos: usize, first: bool, marker: Option<usize> },
    /// A sequence or mapping whose items were taken in advance (sorted keys,
    /// subclasses of list or dict).
    Items { items: Vec<Value>, pairs: bool, next: usize, first: bool, start: usize, marker: Option<usize> },
    /// The value `default` returned for the marked object is being written.
    Default { marker: Option<usize> },
}

/// The state of one `encode` call.
pub struct Encoder<'o> {
    opts: &'o Options,
    pub out: String,
    stack: Vec<Open>,
    markers: HashSet<usize>,
    /// How many containers are open (the indentation level).
    level: usize,
    /// How many language frames were running when the call began (for the depth limit).
    base_depth: usize,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// What `"\X"` escape, if a short one, stands for byte `b`; 0 when none.
fn short_escape(b: u8) -> u8 {
    match b {
        b'"' => b'"',
        b'\\' => b'\\',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        0x08 => b'b',
        0x0c => b'f',
        _ => 0,
    }
}

/// Which ASCII bytes must be escaped: `"`, `\` and the control characters
/// (and DEL when the output is kept ASCII).
static NEEDS_ESCAPE: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

fn push_u16_escape(out: &mut String, unit: u32) {
    let bytes = [
        b'\\',
        b'u',
        HEX[(unit >> 12 & 0xf) as usize],
        HEX[(unit >> 8 & 0xf) as usize],
        HEX[(unit >> 4 & 0xf) as usize],
        HEX[(unit & 0xf) as usize],
    ];
    // SAFETY: the bytes are ASCII.
    out.push_str(unsafe { std::str::from_utf8_unchecked(&bytes) });
}

fn push_escape(out: &mut String, b: u8) {
    let short = short_escape(b);
    if short != 0 {
        out.push('\\');
        out.push(short as char);
    } else {
        push_u16_escape(out, b as u32);
    }
}

/// Appends `s` as a JSON string literal. With `ascii`, every character past
/// U+007E is written as `\uXXXX` (a surrogate pair beyond the BMP).
pub fn write_str(out: &mut String, s: &str, ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if !(NEEDS_ESCAPE[b as usize] || ascii && b == 0x7f) {
                i += 1;
                continue;
            }
            out.push_str(&s[run..i]);
            push_escape(out, b);
            i += 1;
            run = i;
        } else if ascii {
            out.push_str(&s[run..i]);
            let c = s[i..].chars().next().unwrap_or('\u{fffd}');
            let cp = crate::codepoint::code_point(c);
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_u16_escape(out, 0xd800 | (v >> 10));
                push_u16_escape(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_u16_escape(out, cp);
            }
            i += c.len_utf8();
            run = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// Appends the decimal digits of `n`.
fn write_i64(out: &mut String, n: i64) {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    // SAFETY: the bytes are ASCII digits.
    out.push_str(unsafe { std::str::from_utf8_unchecked(&buf[pos..]) });
}

/// Appends the JSON text of a float (`float.__repr__`, or the JavaScript
/// names of the non-finite values), or gives CPython's ValueError for a
/// non-finite one when `allow_nan` is off. `instance` is the instance of a
/// float subclass the value came from, if it did (its repr is in the message).
fn write_float(interp: &mut Interp, out: &mut String, f: f64, opts: &Options, instance: Option<&Value>) -> PyResult<()> {
    if f.is_finite() {
        push_float_repr(out, f);
        return Ok(());
    }
    if !opts.allow_nan {
        const MSG: &str = "Out of range float values are not JSON compliant";
        if !opts.python_path {
            return Err(interp.value_error(MSG));
        }
        let shown = match instance {
            Some(v) => interp.repr(v)?,
            None => push_float_repr_string(f),
        };
        return Err(interp.value_error(format!("{MSG}: {shown}")));
    }
    out.push_str(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    });
    Ok(())
}

fn push_float_repr_string(f: f64) -> String {
    let mut s = String::new();
    push_float_repr(&mut s, f);
    s
}

/// The maximum recursion depth error with the wording of CPython's encoder
/// (its pure-Python one when that is the one CPython would be running).
fn depth_error(interp: &mut Interp, opts: &Options) -> Value {
    let e = interp.recursion_error();
    if interp.is_exc(&e, Exc::RecursionError) {
        let msg = if opts.python_path {
            "maximum recursion depth exceeded while calling a Python object"
        } else {
            "maximum recursion depth exceeded while encoding a JSON object"
        };
        return interp.new_error(Exc::RecursionError, msg);
    }
    e
}

/// Calls a method found on a builtin class (`int.__repr__`, `str.__str__`) with `v`.
fn call_builtin_method(interp: &mut Interp, cls: &Rc<Class>, name: &str, v: &Value) -> PyResult<Value> {
    match interp.class_lookup(cls, name) {
        Some(m) => interp.call_value(m, vec![v.clone()], vec![]),
        None => Err(interp.type_error(format!("'{}' has no method {name}", cls.name))),
    }
}

/// For an instance of a str subclass, its text (`str.__str__` of it).
pub fn str_subclass_text(interp: &mut Interp, value: &Value) -> PyResult<Option<Rc<PyStr>>> {
    let str_ = interp.types.str_.clone();
    if !matches!(value, Value::Instance(_)) || !interp.is_instance_of(value, &str_) {
        return Ok(None);
    }
    let s = call_builtin_method(interp, &str_, "__str__", value)?;
    expect_str(interp, s, "__str__").map(Some)
}

fn expect_str(interp: &mut Interp, v: Value, what: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => {
            let t = interp.type_name(&other);
            Err(interp.type_error(format!("{what} returned non-string (type {t})")))
        }
    }
}

impl<'o> Encoder<'o> {
    pub fn new(interp: &Interp, opts: &'o Options) -> Encoder<'o> {
        Encoder {
            opts,
            out: String::new(),
            stack: Vec::new(),
            markers: HashSet::new(),
            level: 0,
            base_depth: interp.frames.len(),
        }
    }

    /// Writes `value`; on error `self.out` holds what was written before it.
    pub fn encode(&mut self, interp: &mut Interp, value: Value) -> PyResult<()> {
        self.start_value(interp, value)?;
        while !self.stack.is_empty() {
            self.step(interp)?;
        }
        Ok(())
    }

    /// The line break and indentation for the current nesting level, if indenting.
    fn newline(&mut self) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    /// Enters a container: circular-reference check and the depth limit.
    fn enter(&mut self, interp: &mut Interp, id: usize) -> PyResult<Option<usize>> {
        if self.base_depth + self.stack.len() + 1 >= interp.recursion_limit {
            return Err(depth_error(interp, self.opts));
        }
        if !self.opts.check_circular {
            return Ok(None);
        }
        if !self.markers.insert(id) {
            return Err(interp.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, marker: Option<usize>) {
        if let Some(id) = marker {
            self.markers.remove(&id);
        }
    }

    /// Writes `[]` for an empty list or tuple, or opens it on the work stack
    /// (`open` makes the entry from the output position and the circularity marker).
    fn open_array(
        &mut self,
        interp: &mut Interp,
        id: usize,
        empty: bool,
        open: impl FnOnce(usize, Option<usize>) -> Open,
    ) -> PyResult<()> {
        let marker = self.enter(interp, id)?;
        if empty {
            self.leave(marker);
            self.out.push_str("[]");
        } else {
            let start = self.out.len();
            self.out.push('[');
            self.level += 1;
            self.stack.push(open(start, marker));
        }
        Ok(())
    }

    /// Writes a scalar at once, or opens a container on the work stack.
    fn start_value(&mut self, interp: &mut Interp, value: Value) -> PyResult<()> {
        match &value {
            Value::Str(s) => {
                if self.opts.quote.is_none() {
                    write_str(&mut self.out, s.as_str(), self.opts.ensure_ascii);
                } else {
                    self.write_quoted(interp, s.as_str(), Some(&value))?;
                }
            }
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => write_i64(&mut self.out, *i),
            Value::BigInt(b) => {
                let text = interp.bigint_to_string(b)?;
                self.out.push_str(&text);
            }
            Value::Float(f) => write_float(interp, &mut self.out, *f, self.opts, None)?,
            Value::List(l) => {
                let empty = l.borrow().is_empty();
                self.open_array(interp, Rc::as_ptr(l) as usize, empty, |start, marker| Open::List {
                    list: l.clone(),
                    next: 0,
                    start,
                    marker,
                })?;
            }
            Value::Tuple(t) => {
                self.open_array(interp, Rc::as_ptr(t) as usize, t.is_empty(), |start, marker| Open::Tuple {
                    tuple: t.clone(),
                    next: 0,
                    start,
                    marker,
                })?;
            }
            Value::Dict(d) => {
                let marker = self.enter(interp, Rc::as_ptr(d) as usize)?;
                if d.borrow().is_empty() {
                    self.leave(marker);
                    self.out.push_str("{}");
                } else if self.opts.sort_keys {
                    let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                    let items = match self.sorted_pairs(interp, pairs) {
                        Ok(items) => items,
                        Err(e) => {
                            self.leave(marker);
                            return Err(e);
                        }
                    };
                    self.open_dict_items(items, marker);
                } else {
                    self.out.push('{');
                    self.level += 1;
                    self.stack.push(Open::Dict { dict: d.clone(), pos: 0, first: true, marker });
                    self.newline();
                }
            }
            Value::Instance(_) => self.start_instance(interp, value)?,
            _ => self.start_default(interp, value)?,
        }
        Ok(())
    }

    /// Opens a dict whose (key, value) pairs were taken in advance.
    fn open_dict_items(&mut self, items: Vec<Value>, marker: Option<usize>) {
        if items.is_empty() {
            self.leave(marker);
            self.out.push_str("{}");
            return;
        }
        let start = self.out.len();
        self.out.push('{');
        self.level += 1;
        self.stack.push(Open::Items { items, pairs: true, next: 0, first: true, start, marker });
        self.newline();
    }

    /// Sorts a dict's items as `sorted(d.items())` does; the result is flat:
    /// key, value, key, value, ...
    fn sorted_pairs(&mut self, interp: &mut Interp, mut pairs: Vec<(Value, Value)>) -> PyResult<Vec<Value>> {
        if pairs.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
            pairs.sort_by(|(a, _), (b, _)| a.as_str().unwrap_or("").cmp(b.as_str().unwrap_or("")));
        } else {
            let mut tuples: Vec<Value> = pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
            crate::objects::sort::sort_values(interp, &mut tuples, &[])?;
            pairs = tuples
                .into_iter()
                .map(|t| match t {
                    Value::Tuple(t) => (t[0].clone(), t[1].clone()),
                    _ => (Value::None, Value::None),
                })
                .collect();
        }
        let mut flat = Vec::with_capacity(pairs.len() * 2);
        for (k, v) in pairs {
            flat.push(k);
            flat.push(v);
        }
        Ok(flat)
    }

    /// An instance: a subclass of a JSON type is written as that type, as CPython does.
    fn start_instance(&mut self, interp: &mut Interp, value: Value) -> PyResult<()> {
        let types = &interp.types;
        let (int, float, list, tuple, dict) =
            (types.int.clone(), types.float.clone(), types.list.clone(), types.tuple.clone(), types.dict.clone());
        if let Some(s) = str_subclass_text(interp, &value)? {
            return self.write_quoted(interp, s.as_str(), Some(&value));
        }
        if interp.is_instance_of(&value, &int) {
            let text = call_builtin_method(interp, &int, "__repr__", &value)?;
            let text = expect_str(interp, text, "__repr__")?;
            self.out.push_str(text.as_str());
        } else if interp.is_instance_of(&value, &float) {
            let text = self.float_subclass_text(interp, &float, &value)?;
            self.out.push_str(&text);
        } else if interp.is_instance_of(&value, &list) || interp.is_instance_of(&value, &tuple) {
            let id = identity(&value);
            let marker = self.enter(interp, id)?;
            let items = match interp.collect_iterable(&value) {
                Ok(items) => items,
                Err(e) => {
                    self.leave(marker);
                    return Err(e);
                }
            };
            if items.is_empty() {
                self.leave(marker);
                self.out.push_str("[]");
            } else {
                let start = self.out.len();
                self.out.push('[');
                self.level += 1;
                self.stack.push(Open::Items { items, pairs: false, next: 0, first: true, start, marker });
            }
        } else if interp.is_instance_of(&value, &dict) {
            let id = identity(&value);
            let marker = self.enter(interp, id)?;
            let pairs = match self.mapping_items(interp, &value) {
                Ok(pairs) => pairs,
                Err(e) => {
                    self.leave(marker);
                    return Err(e);
                }
            };
            let items = if self.opts.sort_keys { self.sorted_pairs(interp, pairs) } else { Ok(flatten(pairs)) };
            match items {
                Ok(items) => self.open_dict_items(items, marker),
                Err(e) => {
                    self.leave(marker);
                    return Err(e);
                }
            }
        } else {
            self.start_default(interp, value)?;
        }
        Ok(())
    }

    /// `float.__repr__` of an instance of a float subclass, with the JSON
    /// names of the non-finite values.
    fn float_subclass_text(&mut self, interp: &mut Interp, float: &Rc<Class>, value: &Value) -> PyResult<String> {
        let r = call_builtin_method(interp, float, "__repr__", value)?;
        let r = expect_str(interp, r, "__repr__")?;
        let f = match r.as_str() {
            "nan" => f64::NAN,
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            text => return Ok(text.to_string()),
        };
        let mut text = String::new();
        write_float(interp, &mut text, f, self.opts, Some(value))?;
        Ok(text)
    }

    /// `mapping.items()` as (key, value) pairs.
    fn mapping_items(&mut self, interp: &mut Interp, mapping: &Value) -> PyResult<Vec<(Value, Value)>> {
        let items = interp.get_attr(mapping, "items")?;
        let items = interp.call_value(items, vec![], vec![])?;
        let items = interp.collect_iterable(&items)?;
        let mut pairs = Vec::with_capacity(items.len());
        for item in items {
            let mut kv = interp.unpack(&item, 2)?;
            let v = kv.pop().unwrap_or(Value::None);
            let k = kv.pop().unwrap_or(Value::None);
            pairs.push((k, v));
        }
        Ok(pairs)
    }

    /// An object of no JSON type: `default(o)`, then its result is written.
    fn start_default(&mut self, interp: &mut Interp, value: Value) -> PyResult<()> {
        let Some(default) = self.opts.default.clone() else {
            let t = interp.type_of(&value).current_name();
            return Err(interp.type_error(format!("Object of type {t} is not JSON serializable")));
        };
        let marker = self.enter(interp, identity(&value))?;
        let result = match interp.call_value(default, vec![value], vec![]) {
            Ok(r) => r,
            Err(e) => {
                self.leave(marker);
                return Err(e);
            }
        };
        self.stack.push(Open::Default { marker });
        self.start_value(interp, result)
    }

    /// Writes a dict key (after the separator and indentation), or returns
    /// false when `skipkeys` drops it.
    fn write_key(&mut self, interp: &mut Interp, key: &Value, first: bool) -> PyResult<bool> {
        let mut text_buf = String::new();
        let text: &str = match key {
            Value::Str(s) => {
                if !first {
                    self.out.push_str(&self.opts.item_separator);
                    self.newline();
                }
                self.write_quoted(interp, s.as_str(), Some(key))?;
                return Ok(true);
            }
            Value::Float(f) => {
                write_float(interp, &mut text_buf, *f, self.opts, None)?;
                &text_buf
            }
            Value::Bool(true) => "true",
            Value::Bool(false) => "false",
            Value::None => "null",
            Value::Int(i) => {
                write_i64(&mut text_buf, *i);
                &text_buf
            }
            Value::BigInt(b) => {
                text_buf = interp.bigint_to_string(b)?;
                &text_buf
            }
            Value::Instance(_) => {
                let types = &interp.types;
                let (int, float) = (types.int.clone(), types.float.clone());
                if let Some(s) = str_subclass_text(interp, key)? {
                    text_buf.push_str(s.as_str());
                } else if interp.is_instance_of(key, &float) {
                    text_buf = self.float_subclass_text(interp, &float, key)?;
                } else if interp.is_instance_of(key, &int) {
                    let r = call_builtin_method(interp, &int, "__repr__", key)?;
                    text_buf.push_str(expect_str(interp, r, "__repr__")?.as_str());
                } else {
                    return self.bad_key(interp, key);
                }
                &text_buf
            }
            _ => return self.bad_key(interp, key),
        };
        if !first {
            self.out.push_str(&self.opts.item_separator);
            self.newline();
        }
        self.write_quoted(interp, text, None)?;
        Ok(true)
    }

    /// Writes a str as a JSON string: natively, or through the `quote`
    /// callable when there is one (called with `original`, the value the text
    /// came from, or else with the text).
    fn write_quoted(&mut self, interp: &mut Interp, text: &str, original: Option<&Value>) -> PyResult<()> {
        let Some(quote) = self.opts.quote.clone() else {
            write_str(&mut self.out, text, self.opts.ensure_ascii);
            return Ok(());
        };
        let arg = original.cloned().unwrap_or_else(|| Value::str(text));
        let quoted = interp.call_value(quote, vec![arg], vec![])?;
        match &quoted {
            Value::Str(s) => self.out.push_str(s.as_str()),
            other => match str_subclass_text(interp, other)? {
                Some(s) => self.out.push_str(s.as_str()),
                None => {
                    let t = interp.type_name(other);
                    return Err(interp.type_error(format!("encoder() must return a string, not {t}")));
                }
            },
        }
        Ok(())
    }

    fn bad_key(&mut self, interp: &mut Interp, key: &Value) -> PyResult<bool> {
        if self.opts.skipkeys {
            return Ok(false);
        }
        let t = interp.type_of(key).current_name();
        Err(interp.type_error(format!("keys must be str, int, float, bool or None, not {t}")))
    }

    /// Closes the container on top of the stack.
    fn close(&mut self, bracket: char, marker: Option<usize>) {
        self.stack.pop();
        self.leave(marker);
        self.level -= 1;
        self.newline();
        self.out.push(bracket);
    }

    /// One step of the walk of the innermost open container: its next item, or its end.
    fn step(&mut self, interp: &mut Interp) -> PyResult<()> {
        super::charge(interp)?;
        let Some(top) = self.stack.last_mut() else { return Ok(()) };
        match top {
            Open::List { list, next, start, marker } => {
                let item = list.borrow().get(*next).cloned();
                let Some(item) = item else {
                    let marker = *marker;
                    self.close(']', marker);
                    return Ok(());
                };
                let (first, start) = (*next == 0, *start);
                *next += 1;
                self.array_item(interp, item, first, start)
            }
            Open::Tuple { tuple, next, start, marker } => {
                let Some(item) = tuple.get(*next).cloned() else {
                    let marker = *marker;
                    self.close(']', marker);
                    return Ok(());
                };
                let (first, start) = (*next == 0, *start);
                *next += 1;
                self.array_item(interp, item, first, start)
            }
            Open::Dict { dict, pos, first, marker } => {
                let entry = dict.borrow().entry_from(*pos).map(|(p, k, v)| (p, k.key.clone(), v.clone()));
                let Some((p, key, value)) = entry else {
                    let marker = *marker;
                    self.close('}', marker);
                    return Ok(());
                };
                *pos = p + 1;
                let was_first = *first;
                if self.write_key(interp, &key, was_first)? {
                    if let Some(Open::Dict { first, .. }) = self.stack.last_mut() {
                        *first = false;
                    }
                    self.out.push_str(&self.opts.key_separator);
                    self.start_value(interp, value)?;
                }
                Ok(())
            }
            Open::Items { items, pairs, next, first, start, marker } => {
                if *next >= items.len() {
                    let (marker, bracket) = (*marker, if *pairs { '}' } else { ']' });
                    self.close(bracket, marker);
                    return Ok(());
                }
                if !*pairs {
                    let item = std::mem::take(&mut items[*next]);
                    let (was_first, start) = (*first, *start);
                    *next += 1;
                    *first = false;
                    return self.array_item(interp, item, was_first, start);
                }
                let key = std::mem::take(&mut items[*next]);
                let value = std::mem::take(&mut items[*next + 1]);
                *next += 2;
                let was_first = *first;
                if self.write_key(interp, &key, was_first)? {
                    if let Some(Open::Items { first, .. }) = self.stack.last_mut() {
                        *first = false;
                    }
                    self.out.push_str(&self.opts.key_separator);
                    self.start_value(interp, value)?;
                }
                Ok(())
            }
            Open::Default { marker } => {
                let marker = *marker;
                self.stack.pop();
                self.leave(marker);
                Ok(())
            }
        }
    }

    /// An item of an array: the separator, the line break, the value. When
    /// a number cannot be written (NaN refused, an int too long), the text
    /// since the previous item is taken back, so that a failed `iterencode`
    /// has produced what CPython's has (it yields a separator together with
    /// the number after it, and the first item together with the `[`).
    fn array_item(&mut self, interp: &mut Interp, item: Value, first: bool, start: usize) -> PyResult<()> {
        let mark = if first { start } else { self.out.len() };
        if !first {
            self.out.push_str(&self.opts.item_separator);
        }
        self.newline();
        let number = matches!(item, Value::Float(_) | Value::BigInt(_));
        let r = self.start_value(interp, item);
        if r.is_err() && number {
            self.out.truncate(mark);
        }
        r
    }
}

/// A number standing for the object's identity while it is being written.
fn identity(v: &Value) -> usize {
    v.ptr().unwrap_or(match v {
        Value::Ellipsis => 1,
        Value::NotImplemented => 2,
        _ => 3,
    })
}

fn flatten(pairs: Vec<(Value, Value)>) -> Vec<Value> {
    let mut flat = Vec::with_capacity(pairs.len() * 2);
    for (k, v) in pairs {
        flat.push(k);
        flat.push(v);
    }
    flat
}
