//! str: constructor, indexing and slicing by character, and the string methods.

use crate::vm::types::Exc;
use crate::codepoint::{code_point, from_code_point};
use super::{add_method, check_args, check_method, check_method_parsed, kwarg, native};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let s = interp.types.str_.clone();
    super::builtin_subclass::set_constructor(&s, str_new);
    let methods: &[(&str, NativeFn)] = &[
        ("lower", lower),
        ("upper", upper),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("isdigit", isdigit),
        ("isdecimal", isdigit),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("istitle", istitle),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("casefold", lower),
        ("format", format),
        ("format_map", format_map),
        ("partition", partition),
        ("rpartition", rpartition),
        ("encode", encode),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__eq__", dunder_eq),
        ("__lt__", dunder_lt),
        ("__hash__", dunder_hash),
        ("__str__", dunder_str),
        ("__repr__", dunder_repr),
        ("__format__", dunder_format),
        ("__iter__", dunder_iter),
    ];
    for (name, f) in methods {
        add_method(&s, name, *f);
    }
    s.dict.borrow_mut().set_str("maketrans", native("maketrans", maketrans));
    add_method(&s, "translate", translate);
    let b = interp.types.bytes.clone();
    super::builtin_subclass::set_constructor(&b, bytes_new);
}

/// The receiver of a str method.
/// The receiver of a method that takes no arguments.
fn this0<'a>(interp: &mut Interp, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    if args.len() > 1 {
        check_method(interp, &format!("str.{name}"), args, 1, 1)?;
    }
    this(interp, args, name)
}

fn this<'a>(interp: &mut Interp, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{t}' object")))
        }
        None => Err(interp.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// A str argument, with CPython's message when it is something else.
fn str_arg<'a>(interp: &mut Interp, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.builtin_value() {
        Value::Str(s) => Ok(s.as_str()),
        other => {
            let t = interp.type_name(other);
            // Without a name: split's separator ("must be str or None, not int").
            Err(interp.type_error(match what {
                "" => format!("must be str or None, not {t}"),
                _ => format!("{what} must be str, not {t}"),
            }))
        }
    }
}

fn str_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::check_args_parsed(interp, "str", args, 0, 3)?;
    match args.first() {
        None => Ok(Value::str("")),
        Some(_) if args.len() > 1 || kwargs.iter().any(|(k, _)| matches!(k.as_ref(), "encoding" | "errors")) => {
            crate::objects::codecs::methods::str_from_bytes(interp, args, kwargs)
        }
        Some(v) => Ok(Value::string(interp.to_str(v)?)),
    }
}

/// `s[k]` by character index or slice.
/// The characters of `s` a resolved slice selects (`s` itself when that is all of it).
pub fn str_slice(s: &Rc<PyStr>, a: i64, b: i64, st: i64) -> Value {
    let count = crate::vm::protocol::slice_len(a, b, st);
    if st == 1 && count == s.char_len() {
        return Value::Str(s.clone());
    }
    if s.is_ascii() {
        let bytes = s.as_str().as_bytes();
        if st == 1 {
            return Value::str(&s.as_str()[a as usize..a as usize + count]);
        }
        let out: String = crate::vm::protocol::slice_items(bytes, a, b, st).into_iter().map(char::from).collect();
        return Value::string(out);
    }
    if st == 1 {
        let text = s.as_str();
        let mut offsets = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
        let from = offsets.nth(a as usize).unwrap_or(text.len());
        let to = if count == 0 { from } else { offsets.nth(count - 1).unwrap_or(text.len()) };
        return Value::str(&text[from..to]);
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    Value::string(crate::vm::protocol::slice_items(&chars, a, b, st).into_iter().collect())
}

pub fn str_getitem(interp: &mut Interp, s: &Rc<PyStr>, k: &Value) -> PyResult<Value> {
    let len = s.char_len();
    if let Value::Slice(sl) = k {
        let (a, b, st) = interp.resolve_slice(sl, len)?;
        return Ok(str_slice(s, a, b, st));
    }
    let i = match k {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Instance(_) => interp.index_value(k)?,
        Value::BigInt(_) => return Err(interp.index_error("cannot fit 'int' into an index-sized integer")),
        _ => {
            let t = interp.type_name(k);
            return Err(interp.type_error(format!("string indices must be integers, not '{t}'")));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(interp.index_error("string index out of range"));
    }
    let c = if s.is_ascii() {
        (s.as_str().as_bytes()[j as usize] as char).to_string()
    } else {
        s.as_str().chars().nth(j as usize).map(|c| c.to_string()).unwrap_or_default()
    };
    Ok(Value::string(c))
}

fn lower(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::string(this0(interp, args, "lower")?.to_lowercase()))
}

fn upper(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::string(this0(interp, args, "upper")?.to_uppercase()))
}

/// Shared body of strip/lstrip/rstrip.
fn strip_impl(interp: &mut Interp, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_method(interp, name, args, 1, 2)?;
    let s = this(interp, args, name)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => match v.builtin_value() {
            Value::Str(s) => Some(s.as_str().chars().collect()),
            _ => return Err(interp.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let pred = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => c.is_whitespace(),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(Value::str(r))
}

fn strip(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    strip_impl(interp, args, "strip", true, true)
}

fn lstrip(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    strip_impl(interp, args, "lstrip", true, false)
}

fn rstrip(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    strip_impl(interp, args, "rstrip", false, true)
}

/// The `sep` and `maxsplit` arguments of split/rsplit.
fn split_args(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<(Option<String>, i64)> {
    let sep = args.get(1).or_else(|| kwarg(kwargs, "sep")).cloned().unwrap_or(Value::None);
    let maxsplit = args.get(2).or_else(|| kwarg(kwargs, "maxsplit")).cloned().unwrap_or(Value::Int(-1));
    let sep = match sep {
        Value::None => None,
        v => {
            let s = str_arg(interp, &v, "")?.to_string();
            if s.is_empty() {
                return Err(interp.value_error("empty separator"));
            }
            Some(s)
        }
    };
    Ok((sep, interp.index_value(&maxsplit)?))
}

fn split(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_method_parsed(interp, "split", args, 1, 3)?;
    let s = this(interp, args, "split")?.to_string();
    let (sep, maxsplit) = split_args(interp, args, kwargs)?;
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let parts: Vec<Value> = match sep {
        Some(sep) => s.splitn(max.saturating_add(1), sep.as_str()).map(Value::str).collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
    };
    Ok(Value::list(parts))
}

fn rsplit(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_method_parsed(interp, "rsplit", args, 1, 3)?;
    let s = this(interp, args, "rsplit")?.to_string();
    let (sep, maxsplit) = split_args(interp, args, kwargs)?;
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut parts: Vec<Value> = match sep {
        Some(sep) => s.rsplitn(max.saturating_add(1), sep.as_str()).map(Value::str).collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                    .unwrap_or(0);
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end();
            }
            out
        }
    };
    parts.reverse();
    Ok(Value::list(parts))
}

fn splitlines(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "splitlines")?;
    let keep = match args.get(1).or_else(|| kwarg(kwargs, "keepends")) {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(Value::str(if keep { &s[start..end] } else { &s[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

/// The items of join's argument ("can only join an iterable" when it has none).
pub(crate) fn join_items(interp: &mut Interp, v: &Value) -> PyResult<Vec<Value>> {
    let it = match interp.get_iter(v) {
        Ok(it) => it,
        Err(e) => {
            let type_error = Value::Class(interp.types.exc(Exc::TypeError));
            return Err(if interp.exception_matches(&e, &type_error)? {
                interp.type_error("can only join an iterable")
            } else {
                e
            });
        }
    };
    let mut items = Vec::new();
    while let Some(x) = interp.iter_next(&it)? {
        items.push(x);
    }
    Ok(items)
}

fn join(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "str.join", args, 2, 2)?;
    let sep = this(interp, args, "join")?.to_string();
    let items = join_items(interp, &args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.builtin_value() {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => {
                let t = interp.type_name(it);
                return Err(interp.type_error(format!("sequence item {i}: expected str instance, {t} found")));
            }
        }
    }
    Ok(Value::string(out))
}

fn replace(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "str.replace", args, 3, 4)?;
    let s = this(interp, args, "replace")?;
    let old = str_arg(interp, &args[1], "replace() argument 1")?;
    let new = str_arg(interp, &args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => interp.index_value(v)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    replaced(interp, s, old, new, limit).map(Value::string)
}

/// `s` with the first `limit` occurrences of `old` replaced by `new`; the
/// result is sized and charged before it is built, so a huge one is a
/// MemoryError (or trips the host's memory ceiling) instead of an abort.
fn replaced(interp: &mut Interp, s: &str, old: &str, new: &str, limit: usize) -> PyResult<String> {
    let hits = if old.is_empty() { s.chars().count() + 1 } else { s.matches(old).count() }.min(limit);
    if hits == 0 {
        return Ok(s.to_string());
    }
    let total = (s.len() - hits * old.len()).checked_add(hits.saturating_mul(new.len()));
    let Some(total) = total.filter(|t| *t <= isize::MAX as usize) else {
        return Err(interp.memory_error());
    };
    interp.charge_alloc(total)?;
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(interp.memory_error());
    }
    interp.charge_work((total / 4096) as u64)?;
    if old.is_empty() {
        let mut left = hits;
        for c in s.chars() {
            if left > 0 {
                out.push_str(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
        return Ok(out);
    }
    let mut last = 0;
    for (at, _) in s.match_indices(old).take(hits) {
        out.push_str(&s[last..at]);
        out.push_str(new);
        last = at + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// Resolves optional `start, end` character arguments into a byte range of `s`.
fn char_range(interp: &mut Interp, s: &str, args: &[Value]) -> PyResult<(usize, usize)> {
    if args.iter().all(Value::is_none) {
        // The whole string: no need to count its characters.
        return Ok((0, s.len()));
    }
    let n = s.chars().count() as i64;
    let get = |me: &mut Interp, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = me.index_value_clamped(v)?;
                Ok(if i < 0 { i.saturating_add(n).max(0) } else { i.min(n) })
            }
        }
    };
    let a = get(interp, args.first(), 0)?;
    let b = get(interp, args.get(1), n)?;
    let to_byte = |ci: i64| s.char_indices().nth(ci as usize).map(|(b, _)| b).unwrap_or(s.len());
    if a > b {
        return Ok((usize::MAX, 0));
    }
    Ok((to_byte(a), to_byte(b)))
}

fn byte_to_char(s: &str, b: usize) -> i64 {
    s[..b].chars().count() as i64
}

/// Shared body of find/rfind/index/rindex.
fn find_impl(interp: &mut Interp, args: &[Value], name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    check_method_parsed(interp, name, args, 2, 4)?;
    let s = this(interp, args, name)?;
    let sub = str_arg(interp, &args[1], &format!("{name}() argument"))?;
    let (a, b) = char_range(interp, s, &args[2..])?;
    // A start past the end finds nothing, not even the empty string.
    let past_end = match args.get(2) {
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            let n = s.chars().count() as i64;
            let i = interp.index_value_clamped(v).unwrap_or(i64::MAX);
            i > n
        }
        _ => false,
    };
    let found = if a > b || a > s.len() || past_end {
        None
    } else {
        let hay = &s[a..b];
        let pos = if reverse { hay.rfind(sub) } else { hay.find(sub) };
        pos.map(|p| byte_to_char(s, a + p))
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(interp.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    find_impl(interp, args, "find", false, false)
}

fn rfind(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    find_impl(interp, args, "rfind", true, false)
}

fn index(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    find_impl(interp, args, "index", false, true)
}

fn rindex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    find_impl(interp, args, "rindex", true, true)
}

fn count(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method_parsed(interp, "count", args, 2, 4)?;
    let s = this(interp, args, "count")?;
    let sub = str_arg(interp, &args[1], "count() argument")?;
    let (a, b) = char_range(interp, s, &args[2..])?;
    if a > b || a > s.len() {
        return Ok(Value::Int(0));
    }
    let hay = &s[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(Value::Int(n as i64))
}

/// Shared body of startswith/endswith (a str or a tuple of str).
fn affix(interp: &mut Interp, args: &[Value], name: &str, end: bool) -> PyResult<Value> {
    check_method_parsed(interp, name, args, 2, 4)?;
    let s = this(interp, args, name)?;
    let (a, b) = char_range(interp, s, &args[2..])?;
    if a > b || a > s.len() {
        return Ok(Value::Bool(false));
    }
    let hay = &s[a..b];
    let test = |p: &str| if end { hay.ends_with(p) } else { hay.starts_with(p) };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.iter() {
                let p = str_arg(interp, p, "tuple for startswith")?;
                if test(p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("{name} first arg must be str or a tuple of str, not {t}")))
        }
    }
}

fn startswith(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    affix(interp, args, "startswith", false)
}

fn endswith(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    affix(interp, args, "endswith", true)
}

/// A predicate over all characters, false for the empty string.
fn all_chars(interp: &mut Interp, args: &[Value], name: &str, pred: fn(char) -> bool) -> PyResult<Value> {
    let s = this0(interp, args, name)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(pred)))
}

fn isdigit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    all_chars(interp, args, "isdigit", |c| c.is_ascii_digit() || (c.is_numeric() && c.is_ascii_digit()))
}

fn isnumeric(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    all_chars(interp, args, "isnumeric", char::is_numeric)
}

fn isalpha(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    all_chars(interp, args, "isalpha", char::is_alphabetic)
}

fn isalnum(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    all_chars(interp, args, "isalnum", char::is_alphanumeric)
}

fn isspace(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    all_chars(interp, args, "isspace", char::is_whitespace)
}

fn isascii(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

fn isprintable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "isprintable")?;
    Ok(Value::Bool(s.chars().all(|c| !c.is_control())))
}

fn isupper(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "isupper")?;
    Ok(Value::Bool(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)))
}

fn islower(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "islower")?;
    Ok(Value::Bool(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)))
}

fn isidentifier(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "isidentifier")?;
    let mut chars = s.chars();
    let ok = match chars.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn istitle(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "istitle")?;
    let t = title_case(s);
    Ok(Value::Bool(s.chars().any(char::is_alphabetic) && t == s))
}

/// Python's `str.title()`.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else if let Some(t) = titlecase_digraph(c) {
            out.push(t);
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = is_cased(c);
    }
    out
}

/// A cased character (CPython's `Py_UNICODE_ISUPPER || ISLOWER || ISTITLE`).
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || titlecase_digraph(c) == Some(c)
}

/// The titlecase form of the Latin digraphs, the only letters whose
/// titlecase differs from their uppercase in common text.
fn titlecase_digraph(c: char) -> Option<char> {
    match c {
        '\u{1C4}'..='\u{1C6}' => Some('\u{1C5}'),
        '\u{1C7}'..='\u{1C9}' => Some('\u{1C8}'),
        '\u{1CA}'..='\u{1CC}' => Some('\u{1CB}'),
        '\u{1F1}'..='\u{1F3}' => Some('\u{1F2}'),
        _ => None,
    }
}

/// Width and fill arguments of center/ljust/rjust.
fn pad_args(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<(String, usize, char)> {
    check_method(interp, &format!("str.{name}"), args, 2, 3)?;
    let s = this(interp, args, name)?.to_string();
    let width = interp.index_value(&args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(_) => return Err(interp.type_error("The fill character must be exactly one character long")),
        None => ' ',
    };
    Ok((s, width, fill))
}

/// `s` with `left` and `right` fill characters around it; MemoryError when the
/// result cannot be allocated.
fn padded(interp: &mut Interp, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let total = left
        .checked_add(right)
        .and_then(|k| k.checked_mul(fill.len_utf8()))
        .and_then(|k| k.checked_add(s.len()));
    interp.charge_alloc(total.unwrap_or(usize::MAX))?;
    let mut out = String::new();
    if total.is_none_or(|t| out.try_reserve_exact(t).is_err()) {
        return Err(interp.memory_error());
    }
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn center(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(interp, args, "center")?;
    let n = s.chars().count();
    if width <= n {
        return Ok(Value::string(s));
    }
    let total = width - n;
    let left = total / 2 + (total & width & 1);
    padded(interp, &s, left, total - left, fill)
}

fn ljust(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(interp, args, "ljust")?;
    let n = s.chars().count();
    padded(interp, &s, 0, width.saturating_sub(n), fill)
}

fn rjust(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (s, width, fill) = pad_args(interp, args, "rjust")?;
    let n = s.chars().count();
    padded(interp, &s, width.saturating_sub(n), 0, fill)
}

fn zfill(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "str.zfill", args, 2, 2)?;
    let s = this(interp, args, "zfill")?.to_string();
    let width = interp.index_value(&args[1])?.max(0) as usize;
    let n = s.chars().count();
    if width <= n {
        return Ok(Value::string(s));
    }
    match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            let v = padded(interp, &s[1..], width - n, 0, '0')?;
            Ok(Value::string(format!("{c}{}", v.as_str().unwrap_or(""))))
        }
        _ => padded(interp, &s, width - n, 0, '0'),
    }
}

fn title(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::string(title_case(this0(interp, args, "title")?)))
}

fn capitalize(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "capitalize")?;
    let mut chars = s.chars();
    let out = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars.flat_map(|c| c.to_lowercase())).collect(),
        None => String::new(),
    };
    Ok(Value::string(out))
}

fn swapcase(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this0(interp, args, "swapcase")?;
    let out: String = s
        .chars()
        .flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() })
        .collect();
    Ok(Value::string(out))
}

fn format(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "format")?.to_string();
    Ok(Value::string(crate::objects::format::strfmt::str_format(interp, &s, &args[1..], kwargs)?))
}

/// `s.format_map(mapping)`: fields by name from a dict.
fn format_map(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "format_map", args, 2, 2)?;
    let s = this(interp, args, "format_map")?.to_string();
    let pairs: Vec<(Rc<str>, Value)> = match &args[1] {
        Value::Dict(d) => d.borrow().iter().filter_map(|(k, v)| k.as_str().map(|k| (Rc::from(k), v.clone()))).collect(),
        other => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("'{t}' object is not subscriptable")));
        }
    };
    Ok(Value::string(crate::objects::format::strfmt::str_format(interp, &s, &[], &pairs)?))
}

/// Shared body of partition/rpartition.
fn partition_impl(interp: &mut Interp, args: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    check_method(interp, &format!("str.{name}"), args, 2, 2)?;
    let s = this(interp, args, name)?;
    let sep = str_arg(interp, &args[1], "partition() argument")?;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    let pos = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match pos {
        Some(p) => [&s[..p], sep, &s[p + sep.len()..]],
        None if reverse => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

fn partition(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    partition_impl(interp, args, "partition", false)
}

fn rpartition(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    partition_impl(interp, args, "rpartition", true)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn encode(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::codecs::methods::str_encode(interp, args, kwargs)
}

fn expandtabs(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "expandtabs")?.to_string();
    let size = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => 8,
    };
    if size > i32::MAX as i64 {
        return Err(interp.overflow_error("Python int too large to convert to C int"));
    }
    let size = size.max(0) as usize;
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    interp.charge_alloc(n)?;
                    if out.try_reserve(n).is_err() {
                        return Err(interp.memory_error());
                    }
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn removeprefix(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "str.removeprefix", args, 2, 2)?;
    let s = this(interp, args, "removeprefix")?;
    let p = str_arg(interp, &args[1], "removeprefix() argument")?;
    Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
}

fn removesuffix(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "str.removesuffix", args, 2, 2)?;
    let s = this(interp, args, "removesuffix")?;
    let p = str_arg(interp, &args[1], "removesuffix() argument")?;
    Ok(Value::str(s.strip_suffix(p).unwrap_or(s)))
}

fn maketrans(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let mut d = crate::vm::dict::Dict::new();
    if args.len() >= 2 {
        let a: Vec<char> = str_arg(interp, &args[0], "maketrans() argument 1")?.chars().collect();
        let b: Vec<char> = str_arg(interp, &args[1], "maketrans() argument 2")?.chars().collect();
        if a.len() != b.len() {
            return Err(interp.value_error("the first two maketrans arguments must have equal length"));
        }
        for (x, y) in a.iter().zip(b.iter()) {
            let k = interp.hash_key(Value::Int(code_point(*x) as i64))?;
            d.insert(k, Value::Int(code_point(*y) as i64));
        }
        if let Some(z) = args.get(2) {
            for x in str_arg(interp, z, "maketrans() argument 3")?.chars() {
                let k = interp.hash_key(Value::Int(code_point(x) as i64))?;
                d.insert(k, Value::None);
            }
        }
        return Ok(Value::dict(d));
    }
    match &args[0] {
        Value::Dict(src) => {
            // A copy of the items: hashing a key may run code that changes the dict.
            let items: Vec<(Value, Value)> = src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            for (k, v) in items.iter() {
                let k = match k {
                    Value::Str(s) => Value::Int(s.as_str().chars().next().map(|c| code_point(c) as i64).unwrap_or(0)),
                    other => other.clone(),
                };
                let hk = interp.hash_key(k)?;
                d.insert(hk, v.clone());
            }
            Ok(Value::dict(d))
        }
        _ => Err(interp.type_error("if you give only one argument to maketrans it must be a dict")),
    }
}

fn translate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_method(interp, "str.translate", args, 2, 2)?;
    let s = this(interp, args, "translate")?.to_string();
    let table = args[1].clone();
    let mut out = String::new();
    for c in s.chars() {
        match interp.get_item(&table, &Value::Int(code_point(c) as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => out.extend(u32::try_from(i).ok().and_then(from_code_point)),
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(_) => return Err(interp.type_error("character mapping must return integer, None or str")),
            Err(e) if interp.is_exc(&e, Exc::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}

fn dunder_len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "__len__")?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn dunder_contains(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}

fn dunder_getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__getitem__", args, 2, 2)?;
    interp.get_item(&args[0], &args[1])
}

fn dunder_add(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__add__", args, 2, 2)?;
    interp.binary_op(crate::syntax::ast::BinOp::Add, &args[0], &args[1])
}

fn dunder_mul(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__mul__", args, 2, 2)?;
    interp.binary_op(crate::syntax::ast::BinOp::Mult, &args[0], &args[1])
}

fn dunder_eq(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__eq__", args, 2, 2)?;
    if !matches!(args[1], Value::Str(_)) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(interp.eq(&args[0], &args[1])?))
}

fn dunder_lt(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__lt__", args, 2, 2)?;
    if !matches!(args[1], Value::Str(_)) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(interp.less_than(&args[0], &args[1])?))
}

fn dunder_hash(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.py_hash_of(args[0].builtin_value())?))
}

fn dunder_str(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "__str__")?;
    Ok(Value::str(s))
}

fn dunder_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args, "__repr__")?;
    Ok(Value::string(crate::objects::format::py_str_repr(s)))
}

fn dunder_format(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__format__", args, 2, 2)?;
    let spec = args[1].as_str().unwrap_or("").to_string();
    Ok(Value::string(interp.format_with_spec(&args[0], &spec)?))
}

fn dunder_iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_iter(&args[0])
}

fn bytes_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::bytearray::construct(interp, crate::objects::buffer::Kind::Bytes, args, kwargs)
}
