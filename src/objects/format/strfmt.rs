//! `str % args` and `str.format(...)`: argument lookup and conversion around
//! the rendering functions of `percent` and `format_spec`.

use super::percent::{
    parse_percent, percent_char, percent_float, percent_int, percent_str, star_precision, star_width,
};
use super::percent::{PercentCount, PercentPiece};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::ops::{to_bigint, to_f64};
use crate::vm::value::Value;

/// `fmt % args`.
pub fn percent_format(interp: &mut Interp, fmt: &str, args: &Value) -> PyResult<String> {
    let pieces = parse_percent(fmt).map_err(|e| interp.value_error(e))?;
    let (positional, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.to_vec(), None),
        // A tuple subclass's instance (a namedtuple) supplies the arguments.
        Value::Instance(i) if matches!(i.base, Some(Value::Tuple(_))) => match &i.base {
            Some(Value::Tuple(t)) => (t.to_vec(), None),
            _ => (vec![args.clone()], None),
        },
        Value::Instance(i) if matches!(i.base, Some(Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_))) => {
            (vec![args.clone()], None)
        }
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        Value::Instance(_)
            if interp.lookup_special(args, "__getitem__").is_some() && !matches!(args, Value::Str(_)) =>
        {
            (vec![args.clone()], Some(args.clone()))
        }
        other => (vec![other.clone()], None),
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut used_mapping = false;
    let mut take = |interp: &mut Interp| -> PyResult<Value> {
        let v = positional.get(next).cloned();
        next += 1;
        v.ok_or_else(|| interp.type_error("not enough arguments for format string"))
    };
    for piece in pieces {
        let (key, mut flags, width, precision, conv) = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::Spec { key, flags, width, precision, conv } => (key, flags, width, precision, conv),
        };
        let width = match width {
            Some(PercentCount::Num(n)) => Some(n),
            Some(PercentCount::Star) => {
                let v = take(interp)?;
                let i = interp.index_value(&v).map_err(|_| interp.type_error("* wants int"))?;
                Some(star_width(i, &mut flags))
            }
            None => None,
        };
        let precision = match precision {
            Some(PercentCount::Num(n)) => Some(n),
            Some(PercentCount::Star) => {
                let v = take(interp)?;
                let i = interp.index_value(&v).map_err(|_| interp.type_error("* wants int"))?;
                Some(star_precision(i))
            }
            None => None,
        };
        let arg = match &key {
            Some(k) => {
                let Some(m) = &mapping else {
                    return Err(interp.type_error("format requires a mapping"));
                };
                used_mapping = true;
                interp.get_item(m, &Value::str(k))?
            }
            None => take(interp)?,
        };
        let rendered = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => interp.to_str(&arg)?,
                    'r' => interp.repr(&arg)?,
                    _ => super::repr::ascii_escape(&interp.repr(&arg)?),
                };
                percent_str(&s, &flags, width, precision, conv)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = match (arg.builtin_value(), to_bigint(arg.builtin_value())) {
                    (_, Some(b)) => b,
                    (Value::Float(f), _) if matches!(conv, 'd' | 'i' | 'u') => {
                        if !f.is_finite() {
                            return Err(interp.overflow_error("cannot convert float infinity to integer"));
                        }
                        num_bigint::BigInt::from(f.trunc() as i128)
                    }
                    _ => {
                        let t = interp.type_name(&arg);
                        let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                        return Err(interp.type_error(format!("%{conv} format: {what} is required, not {t}")));
                    }
                };
                percent_int(&b, &flags, width, precision, conv)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match to_f64(arg.builtin_value()) {
                Some(f) => percent_float(f, &flags, width, precision, conv),
                None => {
                    let t = interp.type_name(&arg);
                    return Err(interp.type_error(format!("must be real number, not {t}")));
                }
            },
            'c' => {
                let c = match arg.builtin_value() {
                    Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or(' '),
                    Value::Int(i) => match u32::try_from(*i).ok().and_then(crate::codepoint::from_code_point) {
                        Some(c) => c,
                        None => return Err(interp.overflow_error("%c arg not in range(0x110000)")),
                    },
                    _ => return Err(interp.type_error("%c requires int or char")),
                };
                percent_char(c, &flags, width)
            }
            _ => Ok(String::new()),
        };
        out.push_str(&rendered.map_err(|e| interp.value_error(e))?);
    }
    if mapping.is_none() && next < positional.len() && !used_mapping {
        return Err(interp.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// `bytes % args`: formatted as text over latin-1 (each byte one char), with
/// bytes arguments for `%s`/`%b`; a str argument is a TypeError, as in CPython.
pub fn bytes_percent_format(interp: &mut Interp, fmt: &[u8], args: &Value) -> PyResult<Value> {
    fn latin1(b: &[u8]) -> Value {
        Value::string(b.iter().map(|&c| c as char).collect())
    }
    fn convert(interp: &mut Interp, v: &Value) -> PyResult<Value> {
        match v {
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
                Ok(latin1(&crate::objects::buffer::require(interp, v)?))
            }
            Value::Str(_) => {
                let t = interp.type_name(v);
                Err(interp.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                )))
            }
            _ => Ok(v.clone()),
        }
    }
    let args = match args {
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.len());
            for v in t.iter() {
                items.push(convert(interp, v)?);
            }
            Value::tuple(items)
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            let mut out = crate::vm::dict::Dict::new();
            for (k, v) in pairs {
                let v = convert(interp, &v)?;
                let k = match &k {
                    Value::Bytes(b) => latin1(b),
                    other => other.clone(),
                };
                let key = interp.hash_key(k)?;
                out.insert(key, v);
            }
            Value::dict(out)
        }
        other => convert(interp, other)?,
    };
    let text: String = fmt.iter().map(|&c| c as char).collect();
    let out = percent_format(interp, &b_as_s(&text), &args)?;
    let mut bytes = Vec::with_capacity(out.len());
    for c in out.chars() {
        if c as u32 > 255 {
            return Err(interp.overflow_error("%c arg not in range(256)"));
        }
        bytes.push(c as u8);
    }
    Ok(Value::bytes(bytes))
}

/// Rewrites each `%b` conversion (bytes' alias of `%s`) as `%s`.
fn b_as_s(fmt: &str) -> String {
    let mut out = String::with_capacity(fmt.len());
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '%' {
            continue;
        }
        if chars.peek() == Some(&'(') {
            let mut depth = 0;
            for k in chars.by_ref() {
                out.push(k);
                match k {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
        while let Some(&k) = chars.peek() {
            chars.next();
            if k.is_ascii_alphabetic() || k == '%' {
                out.push(if k == 'b' { 's' } else { k });
                break;
            }
            out.push(k);
        }
    }
    out
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(interp: &mut Interp, fmt: &str, args: &[Value], kwargs: KwArgs) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    format_with(interp, fmt, args, kwargs, &mut auto, &mut manual)
}

/// Renders `fmt`, sharing the automatic field counter with the enclosing
/// format string (nested fields in a spec continue its numbering).
fn format_with(
    interp: &mut Interp,
    fmt: &str,
    args: &[Value],
    kwargs: KwArgs,
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing one level of nesting in the spec.
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth != 0 {
                return Err(interp.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            out.push_str(&format_field(interp, &field, args, kwargs, auto, manual)?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(interp.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// Renders one `{name!conv:spec}` replacement field.
fn format_field(
    interp: &mut Interp,
    field: &str,
    args: &[Value],
    kwargs: KwArgs,
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    let (head, spec) = match find_top_level(field, ':') {
        Some(p) => (&field[..p], &field[p + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match head.find('!') {
        Some(p) => (&head[..p], Some(&head[p + 1..])),
        None => (head, None),
    };
    // The first part of the name: an index, a keyword, or empty (automatic numbering).
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let mut value = if first.is_empty() {
        if *manual {
            return Err(
                interp.value_error("cannot switch from manual field specification to automatic field numbering")
            );
        }
        let v = args.get(*auto).cloned();
        let idx = *auto;
        *auto += 1;
        v.ok_or_else(|| interp.index_error(format!("Replacement index {idx} out of range for positional args tuple")))?
    } else if let Ok(idx) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(
                interp.value_error("cannot switch from automatic field numbering to manual field specification")
            );
        }
        *manual = true;
        args.get(idx).cloned().ok_or_else(|| {
            interp.index_error(format!("Replacement index {idx} out of range for positional args tuple"))
        })?
    } else {
        match kwargs.iter().find(|(k, _)| k.as_ref() == first) {
            Some((_, v)) => v.clone(),
            None => return Err(interp.key_error(Value::str(first))),
        }
    };
    // Attribute and index lookups: `.attr` and `[key]`.
    let mut rest = &name[end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            value = interp.get_attr(&value, &r[..e])?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r.find(']').ok_or_else(|| interp.value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            value = interp.get_item(&value, &k)?;
            rest = &r[e + 1..];
        } else {
            return Err(interp.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    use crate::compile::bytecode::format_value::{CONV_ASCII, CONV_NONE, CONV_REPR, CONV_STR};
    let conv_code = match conv {
        None => CONV_NONE,
        Some("s") => CONV_STR,
        Some("r") => CONV_REPR,
        Some("a") => CONV_ASCII,
        Some(_) => return Err(interp.value_error("Unknown conversion specifier")),
    };
    // Nested fields inside the spec.
    let spec =
        if spec.contains('{') { format_with(interp, spec, args, kwargs, auto, manual)? } else { spec.to_string() };
    let r = interp.format_value(&value, conv_code, Some(&Value::string(spec)))?;
    Ok(r.as_str().unwrap_or("").to_string())
}

/// Position of `c` outside brackets.
fn find_top_level(s: &str, c: char) -> Option<usize> {
    let mut depth = 0;
    for (i, ch) in s.char_indices() {
        match ch {
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            _ if ch == c && depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}
