//! `_struct`: values packed into bytes and read back by a format string, behind
//! stdlib/struct.py. A format is parsed once into a [`Layout`] (a list of fields
//! with their offsets); the module functions keep the layouts they parsed in a
//! small cache, and `Struct` objects hold one.
//!
//! Every buffer argument goes through [`bytes_like`] (and the writable one of
//! `pack_into` through [`writable`]), the one place that knows which values are
//! bytes-like.

use crate::vm::types::Exc;
use crate::objects::{add_method, native};
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_traits::ToPrimitive;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// How many parsed formats the module functions remember.
const CACHE_LIMIT: usize = 100;

/// The byte order and size rules a format's first character chooses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Order {
    /// `@` or nothing: the machine's sizes, alignment and byte order.
    Native,
    /// `<`, or `=` on a little-endian machine: standard sizes, no alignment.
    Little,
    /// `>`, `!`, or `=` on a big-endian machine.
    Big,
}

impl Order {
    fn little_endian(self) -> bool {
        match self {
            Order::Native => cfg!(target_endian = "little"),
            Order::Little => true,
            Order::Big => false,
        }
    }
}

/// One run of a format: `count` values of `code` starting at `offset`, `size`
/// bytes each; `s` and `p` are one value of `size` bytes (`count` is 1).
#[derive(Clone, Copy, Debug)]
struct Field {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format.
#[derive(Debug)]
struct Layout {
    text: Rc<str>,
    order: Order,
    fields: Vec<Field>,
    size: usize,
    items: usize,
}

/// The module's state: `struct.error` and the format cache.
#[derive(Default)]
struct State {
    error: Option<Rc<Class>>,
    /// Parsed formats by their text: given as bytes ([0]) and as str ([1]).
    cache: [HashMap<Vec<u8>, Rc<Layout>>; 2],
}

/// `struct.error(msg)`.
fn error(interp: &mut Interp, msg: impl Into<String>) -> Value {
    let cls = interp.extensions.get_or_default::<State>().error.clone();
    let msg = Value::string(msg.into());
    match cls {
        Some(c) => interp.new_exception(c, vec![msg]),
        None => interp.new_error(Exc::RuntimeError, "struct.error is missing"),
    }
}

// ---------------------------------------------------------------- buffers

/// The bytes of a bytes-like argument (TypeError "a bytes-like object is
/// required, not 'T'" for anything else).
fn bytes_like(interp: &mut Interp, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    Ok(match crate::objects::buffer::require(interp, v)? {
        crate::objects::buffer::Buf::Shared(b) => b,
        crate::objects::buffer::Buf::Owned(b) => Rc::new(b),
    })
}

/// The bytes an `s` or `p` field packs: CPython takes bytes and bytearray there
/// (not other buffers).
fn string_arg(v: &Value) -> Option<Rc<Vec<u8>>> {
    match v.builtin_value() {
        Value::Bytes(b) => Some(b.clone()),
        Value::ByteArray(b) => Some(Rc::new(b.data.borrow().clone())),
        _ => None,
    }
}

/// The current contents of a writable buffer, for `pack_into` (which writes them
/// back whole with [`write_back`]).
fn writable(interp: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
    let is_writable = match v.builtin_value() {
        Value::ByteArray(_) => true,
        Value::MemoryView(m) => !m.readonly,
        _ => crate::objects::buffer::array_store(v).is_some(),
    };
    if !is_writable {
        let t = interp.type_name(v);
        return Err(interp.type_error(format!("argument must be read-write bytes-like object, not {t}")));
    }
    Ok(crate::objects::buffer::require(interp, v)?.into_vec())
}

/// Stores `data` into the writable buffer `v` that [`writable`] read.
fn write_back(v: &Value, data: &[u8]) {
    crate::objects::buffer::write_into(v, data);
}

// ---------------------------------------------------------------- parsing

/// (size, alignment) of a code under an order; None for a code the order lacks.
fn code_size(order: Order, c: u8) -> Option<(usize, usize)> {
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'l' | b'L' => {
            if order == Order::Native {
                std::mem::size_of::<std::ffi::c_long>()
            } else {
                4
            }
        }
        b'n' | b'N' | b'P' if order == Order::Native => std::mem::size_of::<usize>(),
        _ => return None,
    };
    Some((size, size))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Parses a format; the error is the text of the `struct.error`.
fn parse(text: &[u8]) -> Result<Layout, &'static str> {
    const LIMIT: usize = isize::MAX as usize;
    if text.contains(&0) {
        return Err("embedded null character");
    }
    let (order, mut i) = match text.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'<') => (Order::Little, 1),
        Some(b'>') | Some(b'!') => (Order::Big, 1),
        Some(b'=') if cfg!(target_endian = "little") => (Order::Little, 1),
        Some(b'=') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let too_long = "total struct size too long";
    let mut fields = Vec::new();
    let (mut offset, mut items) = (0usize, 0usize);
    while i < text.len() {
        let mut c = text[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = 0;
            while i < text.len() && text[i].is_ascii_digit() {
                let d = (text[i] - b'0') as usize;
                if count > (LIMIT - d) / 10 {
                    return Err(too_long);
                }
                count = count * 10 + d;
                i += 1;
            }
            if i >= text.len() {
                return Err("repeat count given without format specifier");
            }
            c = text[i];
        }
        i += 1;
        let (size, align) = code_size(order, c).ok_or("bad char in struct format")?;
        if order == Order::Native {
            offset = offset.checked_add(align - 1).ok_or(too_long)? / align * align;
        }
        let span = match c {
            b's' | b'p' => {
                fields.push(Field { code: c, count: 1, offset, size: count });
                items += 1;
                count
            }
            b'x' => count,
            _ => {
                fields.push(Field { code: c, count, offset, size });
                items += count;
                count.checked_mul(size).ok_or(too_long)?
            }
        };
        offset = offset.checked_add(span).filter(|&o| o <= LIMIT).ok_or(too_long)?;
    }
    let text: Rc<str> = String::from_utf8_lossy(text).into();
    Ok(Layout { text, order, fields, size: offset, items })
}

/// The text of a format argument (str or bytes) and whether it was a str.
fn format_arg(interp: &mut Interp, v: &Value) -> PyResult<(Vec<u8>, bool)> {
    match v.builtin_value() {
        Value::Str(s) => {
            let text = s.as_str();
            if let Some((pos, ch)) = text.chars().enumerate().find(|(_, ch)| !ch.is_ascii()) {
                let reason = "ordinal not in range(128)";
                let _ = ch;
                let obj = Value::string(text.to_string());
                return Err(crate::objects::unicode_error::encode_error(interp, "ascii", &obj, pos, pos + 1, reason));
            }
            Ok((text.as_bytes().to_vec(), true))
        }
        Value::Bytes(b) => Ok((b.to_vec(), false)),
        _ => {
            let t = interp.type_name(v);
            let t = t.rsplit('.').next().unwrap_or_default();
            Err(interp.type_error(format!("Struct() argument 1 must be a str or bytes object, not {t}")))
        }
    }
}

/// A format parsed from scratch (for `Struct`).
fn compile(interp: &mut Interp, v: &Value) -> PyResult<Rc<Layout>> {
    let (text, _) = format_arg(interp, v)?;
    match parse(&text) {
        Ok(l) => Ok(Rc::new(l)),
        Err(msg) => Err(error(interp, msg)),
    }
}

/// A format through the module's cache (for the module functions).
fn cached(interp: &mut Interp, v: &Value) -> PyResult<Rc<Layout>> {
    let hit = match v.builtin_value() {
        Value::Str(t) => interp.extensions.get_or_default::<State>().cache[1].get(t.as_str().as_bytes()).cloned(),
        Value::Bytes(b) => interp.extensions.get_or_default::<State>().cache[0].get(b.as_slice()).cloned(),
        _ => None,
    };
    if let Some(l) = hit {
        return Ok(l);
    }
    let (text, is_str) = format_arg(interp, v)?;
    let layout = match parse(&text) {
        Ok(l) => Rc::new(l),
        Err(msg) => return Err(error(interp, msg)),
    };
    let cache = &mut interp.extensions.get_or_default::<State>().cache[is_str as usize];
    if cache.len() >= CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(text, layout.clone());
    Ok(layout)
}

// ---------------------------------------------------------------- packing

/// An integer argument (its `__index__` for other objects), saturated to i128:
/// anything beyond is out of every code's range anyway.
fn int_arg(interp: &mut Interp, v: &Value) -> PyResult<i128> {
    match v.builtin_value() {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(*b as i128),
        Value::BigInt(b) => Ok(b.to_i128().unwrap_or(if b.sign() == num_bigint::Sign::Minus { i128::MIN } else { i128::MAX })),
        Value::Instance(_) => match interp.lookup_special(v, "__index__") {
            Some(m) => {
                let r = interp.call_value(m, vec![], vec![])?;
                match r.builtin_value() {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_arg(interp, &r),
                    _ => {
                        let t = interp.type_name(&r);
                        Err(interp.type_error(format!("__index__ returned non-int (type {t})")))
                    }
                }
            }
            None => Err(error(interp, "required argument is not an integer")),
        },
        _ => Err(error(interp, "required argument is not an integer")),
    }
}

/// A float argument and whether it came from an int.
fn float_arg(interp: &mut Interp, v: &Value) -> PyResult<(f64, bool)> {
    let not_float = |interp: &mut Interp| error(interp, "required argument is not a float");
    match v.builtin_value() {
        Value::Float(f) => Ok((*f, false)),
        Value::Int(i) => Ok((*i as f64, true)),
        Value::Bool(b) => Ok((*b as i64 as f64, true)),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok((f, true)),
            _ => Err(not_float(interp)),
        },
        Value::Instance(_) => {
            if let Some(m) = interp.lookup_special(v, "__float__") {
                let r = interp.call_value(m, vec![], vec![])?;
                return match r.builtin_value() {
                    Value::Float(f) => Ok((*f, false)),
                    _ => {
                        let t = interp.type_name(&r);
                        Err(interp.type_error(format!("{t}.__float__ returned non-float (type {t})")))
                    }
                };
            }
            if interp.lookup_special(v, "__index__").is_some() {
                let i = int_arg(interp, v)?;
                return Ok((i as f64, true));
            }
            Err(not_float(interp))
        }
        _ => Err(not_float(interp)),
    }
}

/// The range message of an integer code, or None when it has only the
/// "argument out of range" check.
fn range_message(order: Order, c: u8, lo: i128, hi: i128) -> String {
    match c {
        b'b' => "byte format requires -128 <= number <= 127".into(),
        b'B' => "ubyte format requires 0 <= number <= 255".into(),
        b'h' if order != Order::Big => "short format requires -32768 <= number <= 32767".into(),
        b'H' if order != Order::Big => "ushort format requires 0 <= number <= 65535".into(),
        _ => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
    }
}

/// Packs one integer of code `c` into `out` (its size), with CPython's checks.
fn pack_int(interp: &mut Interp, order: Order, c: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let n = int_arg(interp, v)?;
    let size = out.len();
    let signed = matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let fits_long = n >= i64::MIN as i128 && n <= i64::MAX as i128;
    let fits_ulong = n >= 0 && n <= u64::MAX as i128;
    if c == b'P' {
        if !(fits_long || fits_ulong) {
            return Err(error(interp, "int too large to convert"));
        }
    } else if order == Order::Big && size == 8 {
        if !(if signed { fits_long } else { fits_ulong }) {
            return Err(error(interp, "int too large to convert"));
        }
    } else {
        // B and H outside big-endian are read as signed longs first, as CPython does.
        let as_long = signed || c == b'B' || (c == b'H' && order != Order::Big);
        if !(if as_long { fits_long } else { fits_ulong }) {
            return Err(error(interp, "argument out of range"));
        }
        if size < 8 {
            let bits = 8 * size as u32;
            let (lo, hi) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            if n < lo || n > hi {
                return Err(error(interp, range_message(order, c, lo, hi)));
            }
        }
    }
    let bytes = (n as u128).to_le_bytes();
    out.copy_from_slice(&bytes[..size]);
    if !order.little_endian() {
        out.reverse();
    }
    Ok(())
}

/// A float as IEEE binary16 bits, rounded half to even; None when it overflows.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let bits = a.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Zero and the double subnormals are far below half the smallest half.
        return Some(sign);
    }
    let mant = ((bits & ((1u64 << 52) - 1)) | (1u64 << 52)) as u128;
    let e = exp - 1075; // a = mant * 2^e
    let k = (exp - 1023 - 10).max(-24); // the quantum of the result: 2^k
    let shift = k - e;
    let q: u128 = if shift <= 0 {
        mant << (-shift)
    } else if shift >= 110 {
        0
    } else {
        let whole = mant >> shift;
        let rest = mant & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rest > half || (rest == half && whole & 1 == 1) {
            whole + 1
        } else {
            whole
        }
    };
    let code = (((k + 24) as u128) << 10) + q;
    if code >= 0x7c00 {
        return None;
    }
    Some(sign | code as u16)
}

fn from_half(h: u16) -> f64 {
    let neg = h & 0x8000 != 0;
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    let v = match exp {
        0 => mant * 2f64.powi(-24),
        0x1f if mant == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        _ => (mant + 1024.0) * 2f64.powi(exp - 25),
    };
    if neg {
        -v
    } else {
        v
    }
}

fn put(order: Order, out: &mut [u8], le: &[u8]) {
    out.copy_from_slice(le);
    if !order.little_endian() {
        out.reverse();
    }
}

/// Packs one value of a fixed-size code.
fn pack_one(interp: &mut Interp, order: Order, c: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match c {
        b'?' => {
            out[0] = interp.truthy(v)? as u8;
        }
        b'c' => match v.builtin_value() {
            Value::Bytes(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(interp, "char format requires a bytes object of length 1")),
        },
        b'e' => {
            let (x, from_int) = float_arg(interp, v)?;
            let Some(h) = to_half(x) else {
                if from_int {
                    return Err(error(interp, "int too large to convert"));
                }
                return Err(interp.overflow_error("float too large to pack with e format"));
            };
            put(order, out, &h.to_le_bytes());
        }
        b'f' => {
            let (x, _) = float_arg(interp, v)?;
            let y = x as f32;
            if order != Order::Native && y.is_infinite() && x.is_finite() {
                return Err(interp.overflow_error("float too large to pack with f format"));
            }
            put(order, out, &y.to_le_bytes());
        }
        b'd' => {
            let (x, _) = float_arg(interp, v)?;
            put(order, out, &x.to_le_bytes());
        }
        _ => pack_int(interp, order, c, v, out)?,
    }
    Ok(())
}

/// Packs `args` (exactly `layout.items` of them) into `out` (`layout.size` bytes).
fn pack_values(interp: &mut Interp, layout: &Layout, args: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut next = args.iter();
    for f in &layout.fields {
        if matches!(f.code, b's' | b'p') {
            let v = next.next().expect("counted");
            let Some(data) = string_arg(v) else {
                let c = f.code as char;
                return Err(error(interp, format!("argument for '{c}' must be a bytes object")));
            };
            let slot = &mut out[f.offset..f.offset + f.size];
            if f.code == b's' {
                let n = data.len().min(f.size);
                slot[..n].copy_from_slice(&data[..n]);
            } else if f.size > 0 {
                let n = data.len().min(f.size - 1);
                slot[0] = n.min(255) as u8;
                slot[1..1 + n].copy_from_slice(&data[..n]);
            }
            continue;
        }
        for k in 0..f.count {
            let v = next.next().expect("counted");
            let at = f.offset + k * f.size;
            pack_one(interp, layout.order, f.code, v, &mut out[at..at + f.size])?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- unpacking

fn unpack_int(order: Order, c: u8, data: &[u8]) -> Value {
    let mut le = [0u8; 8];
    le[..data.len()].copy_from_slice(data);
    if !order.little_endian() {
        le[..data.len()].reverse();
    }
    let raw = u64::from_le_bytes(le);
    let bits = 8 * data.len() as u32;
    if matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n') {
        let shift = 64 - bits;
        Value::Int(((raw << shift) as i64) >> shift)
    } else if raw <= i64::MAX as u64 {
        Value::Int(raw as i64)
    } else {
        Value::bigint(num_bigint::BigInt::from(raw))
    }
}

fn get<const N: usize>(order: Order, data: &[u8]) -> [u8; N] {
    let mut a = [0u8; N];
    a.copy_from_slice(data);
    if !order.little_endian() {
        a.reverse();
    }
    a
}

/// CPython 3.11 cannot unpack a `0p` field: it asks for a bytes object of
/// length -1 and raises SystemError.
fn check_unpackable(interp: &mut Interp, layout: &Layout) -> PyResult<()> {
    if layout.fields.iter().any(|f| f.code == b'p' && f.size == 0) {
        return Err(interp.new_error(Exc::SystemError, "Negative size passed to PyBytes_FromStringAndSize"));
    }
    Ok(())
}

/// The values of `data` (exactly `layout.size` bytes) as a tuple.
fn unpack_values(layout: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.items);
    let order = layout.order;
    for f in &layout.fields {
        let slot = &data[f.offset..f.offset + f.size * f.count];
        match f.code {
            b's' => out.push(Value::bytes(slot.to_vec())),
            b'p' => {
                let n = if f.size == 0 { 0 } else { (slot[0] as usize).min(f.size - 1) };
                let body = if f.size == 0 { &[][..] } else { &slot[1..1 + n] };
                out.push(Value::bytes(body.to_vec()));
            }
            c => {
                for item in slot.chunks_exact(f.size) {
                    out.push(match c {
                        b'?' => Value::Bool(item[0] != 0),
                        b'c' => Value::bytes(vec![item[0]]),
                        b'e' => Value::Float(from_half(u16::from_le_bytes(get::<2>(order, item)))),
                        b'f' => Value::Float(f32::from_le_bytes(get::<4>(order, item)) as f64),
                        b'd' => Value::Float(f64::from_le_bytes(get::<8>(order, item))),
                        _ => unpack_int(order, c, item),
                    });
                }
            }
        }
    }
    Value::tuple(out)
}

// ---------------------------------------------------------------- operations

fn do_pack(interp: &mut Interp, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    if args.len() != layout.items {
        let (n, m) = (layout.items, args.len());
        return Err(error(interp, format!("pack expected {n} items for packing (got {m})")));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(interp, layout, args, &mut out)?;
    Ok(Value::bytes(out))
}

fn do_unpack(interp: &mut Interp, layout: &Layout, buffer: &Value) -> PyResult<Value> {
    let data = bytes_like(interp, buffer)?;
    if data.len() != layout.size {
        let n = layout.size;
        return Err(error(interp, format!("unpack requires a buffer of {n} bytes")));
    }
    check_unpackable(interp, layout)?;
    Ok(unpack_values(layout, &data))
}

fn do_unpack_from(interp: &mut Interp, layout: &Layout, buffer: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let data = bytes_like(interp, buffer)?;
    let mut offset = match offset {
        Some(v) => interp.index_value(v)? as i128,
        None => 0,
    };
    let (len, size) = (data.len() as i128, layout.size as i128);
    if offset < 0 {
        if offset + size > 0 {
            return Err(error(interp, format!("not enough data to unpack {size} bytes at offset {offset}")));
        }
        if offset + len < 0 {
            return Err(error(interp, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset += len;
    }
    if len - offset < size {
        let need = size + offset;
        return Err(error(
            interp,
            format!(
                "unpack_from requires a buffer of at least {need} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})"
            ),
        ));
    }
    let at = offset as usize;
    check_unpackable(interp, layout)?;
    Ok(unpack_values(layout, &data[at..at + layout.size]))
}

fn do_pack_into(interp: &mut Interp, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    if args.len() != layout.items + 2 {
        let msg = match args.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            m => format!("pack_into expected {} items for packing (got {})", layout.items, m - 2),
        };
        return Err(error(interp, msg));
    }
    let mut data = writable(interp, &args[0])?;
    let mut offset = interp.index_value(&args[1])? as i128;
    let (len, size) = (data.len() as i128, layout.size as i128);
    if offset < 0 {
        if offset + size > 0 {
            return Err(error(interp, format!("no space to pack {size} bytes at offset {offset}")));
        }
        if offset + len < 0 {
            return Err(error(interp, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset += len;
    }
    if len - offset < size {
        let need = size + offset;
        return Err(error(
            interp,
            format!(
                "pack_into requires a buffer of at least {need} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})"
            ),
        ));
    }
    let at = offset as usize;
    let mut out = vec![0u8; layout.size];
    pack_values(interp, layout, &args[2..], &mut out)?;
    data[at..at + layout.size].copy_from_slice(&out);
    write_back(&args[0], &data);
    Ok(Value::None)
}

/// The iterator `iter_unpack` returns.
struct UnpackIter {
    layout: Rc<Layout>,
    data: Rc<Vec<u8>>,
    pos: Cell<usize>,
}

impl NativeObject for UnpackIter {
    fn type_name(&self) -> &str {
        "_struct.unpack_iterator"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
        Some(self.next_checked(interp))
    }
}

impl UnpackIter {
    fn next_checked(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        if self.pos.get() + self.layout.size <= self.data.len() {
            check_unpackable(interp, &self.layout)?;
        }
        Ok(self.step())
    }

    fn step(&self) -> Option<Value> {
        let at = self.pos.get();
        let size = self.layout.size;
        if at + size > self.data.len() {
            return None;
        }
        self.pos.set(at + size);
        Some(unpack_values(&self.layout, &self.data[at..at + size]))
    }
}

fn do_iter_unpack(interp: &mut Interp, layout: Rc<Layout>, buffer: &Value) -> PyResult<Value> {
    let data = bytes_like(interp, buffer)?;
    if layout.size == 0 {
        return Err(error(interp, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % layout.size != 0 {
        let n = layout.size;
        return Err(error(interp, format!("iterative unpacking requires a buffer of a multiple of {n} bytes")));
    }
    Ok(Value::native(Rc::new(UnpackIter { layout, data, pos: Cell::new(0) })))
}

fn iter_this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<UnpackIter>> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(it) = downcast_rc::<UnpackIter>(n) {
            return Ok(it);
        }
    }
    Err(interp.type_error("descriptor requires a '_struct.unpack_iterator' object"))
}

fn iter_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let it = iter_this(interp, args)?;
    match it.next_checked(interp)? {
        Some(v) => Ok(v),
        None => Err(interp.stop_iteration(Value::None)),
    }
}

fn iter_self(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    iter_this(interp, args)?;
    Ok(args[0].clone())
}

fn iter_length_hint(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let it = iter_this(interp, args)?;
    let left = it.data.len().saturating_sub(it.pos.get()) / it.layout.size.max(1);
    Ok(Value::Int(left as i64))
}

fn iter_new(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("Cannot create 'unpack_iterator objects"))
}

// ---------------------------------------------------------------- arguments

/// Binds positional and keyword arguments to `names`; the first `required` must
/// be given. Messages as CPython's argument clinic prints them for `func`.
fn bind(
    interp: &mut Interp,
    func: &str,
    args: &[Value],
    kwargs: KwArgs,
    names: &[&str],
    required: usize,
    first_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() + kwargs.len() > names.len() {
        let (n, m) = (names.len() + first_pos, args.len() + kwargs.len() + first_pos);
        let s = if n == 1 { "" } else { "s" };
        return Err(interp.type_error(format!("{func}() takes at most {n} argument{s} ({m} given)")));
    }
    let mut slots: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    slots.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_ref()) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => {
                let p = i + 1 + first_pos;
                return Err(interp.type_error(format!("argument for {func}() given by name ('{k}') and position ({p})")));
            }
            None => return Err(interp.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if let Some(i) = (0..required).find(|&i| slots[i].is_none()) {
        let (name, p) = (names[i], i + 1 + first_pos);
        return Err(interp.type_error(format!("{func}() missing required argument '{name}' (pos {p})")));
    }
    Ok(slots)
}

fn exactly(interp: &mut Interp, func: &str, args: &[Value], kwargs: KwArgs, n: usize) -> PyResult<()> {
    crate::objects::no_kwargs(interp, func, kwargs)?;
    if args.len() != n {
        let msg = if n == 1 {
            format!("{func}() takes exactly one argument ({} given)", args.len())
        } else {
            let short = func.rsplit('.').next().unwrap_or(func);
            format!("{short} expected {n} arguments, got {}", args.len())
        };
        return Err(interp.type_error(msg));
    }
    Ok(())
}

// ---------------------------------------------------------------- module functions

fn m_pack(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "pack", kwargs)?;
    let Some(fmt) = args.first() else {
        return Err(interp.type_error("missing format argument"));
    };
    let layout = cached(interp, fmt)?;
    do_pack(interp, &layout, &args[1..])
}

fn m_pack_into(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "pack_into", kwargs)?;
    let Some(fmt) = args.first() else {
        return Err(interp.type_error("missing format argument"));
    };
    let layout = cached(interp, fmt)?;
    do_pack_into(interp, &layout, &args[1..])
}

fn m_unpack(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    exactly(interp, "unpack", args, kwargs, 2)?;
    let layout = cached(interp, &args[0])?;
    do_unpack(interp, &layout, &args[1])
}

fn m_unpack_from(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(fmt) = args.first() else {
        return Err(interp.type_error("unpack_from() takes at least 1 positional argument (0 given)"));
    };
    let slots = bind(interp, "unpack_from", &args[1..], kwargs, &["buffer", "offset"], 1, 1)?;
    let layout = cached(interp, fmt)?;
    let buffer = slots[0].clone().unwrap_or(Value::None);
    do_unpack_from(interp, &layout, &buffer, slots[1].as_ref())
}

fn m_iter_unpack(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    exactly(interp, "iter_unpack", args, kwargs, 2)?;
    let layout = cached(interp, &args[0])?;
    do_iter_unpack(interp, layout, &args[1])
}

fn m_calcsize(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    exactly(interp, "_struct.calcsize", args, kwargs, 1)?;
    let layout = cached(interp, &args[0])?;
    Ok(Value::Int(layout.size as i64))
}

fn m_clearcache(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    let state = interp.extensions.get_or_default::<State>();
    state.cache[0].clear();
    state.cache[1].clear();
    Ok(Value::None)
}

// ---------------------------------------------------------------- Struct

/// A `Struct` object: its layout, replaced by `__init__`.
struct StructObj {
    layout: RefCell<Rc<Layout>>,
}

impl NativeObject for StructObj {
    fn type_name(&self) -> &str {
        "_struct.Struct"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn struct_of(v: &Value) -> Option<Rc<StructObj>> {
    match v.builtin_value() {
        Value::Native(n) => downcast_rc::<StructObj>(n),
        _ => None,
    }
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<StructObj>> {
    match args.first().and_then(struct_of) {
        Some(s) => Ok(s),
        None => Err(interp.type_error("descriptor requires a '_struct.Struct' object")),
    }
}

fn layout_of(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Layout>> {
    Ok(this(interp, args)?.layout.borrow().clone())
}

/// `Struct(format)`.
fn struct_ctor(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let slots = bind(interp, "Struct", args, kwargs, &["format"], 1, 0)?;
    let layout = compile(interp, slots[0].as_ref().expect("required"))?;
    Ok(Value::native(Rc::new(StructObj { layout: RefCell::new(layout) })))
}

fn empty_layout() -> Rc<Layout> {
    Rc::new(Layout { text: "".into(), order: Order::Native, fields: vec![], size: 0, items: 0 })
}

/// `Struct.__new__(cls, *args)`: for a subclass, an empty Struct that `__init__` fills.
fn struct_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (Some(Value::Class(owner)), Some(Value::Class(cls))) = (args.first(), args.get(1)) else {
        return Err(interp.type_error("Struct.__new__(X): X is not a type object"));
    };
    let _ = kwargs;
    let value = Value::native(Rc::new(StructObj { layout: RefCell::new(empty_layout()) }));
    if Rc::ptr_eq(owner, cls) {
        return Ok(value);
    }
    let cls = cls.clone();
    Ok(interp.new_instance_with_base(&cls, value))
}

fn struct_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    let slots = bind(interp, "Struct", &args[1..], kwargs, &["format"], 1, 0)?;
    let layout = compile(interp, slots[0].as_ref().expect("required"))?;
    *s.layout.borrow_mut() = layout;
    Ok(Value::None)
}

fn struct_pack(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "pack", kwargs)?;
    let layout = layout_of(interp, args)?;
    do_pack(interp, &layout, &args[1..])
}

fn struct_pack_into(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "pack_into", kwargs)?;
    let layout = layout_of(interp, args)?;
    do_pack_into(interp, &layout, &args[1..])
}

fn struct_unpack(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let layout = layout_of(interp, args)?;
    exactly(interp, "Struct.unpack", &args[1..], kwargs, 1)?;
    do_unpack(interp, &layout, &args[1])
}

fn struct_unpack_from(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let layout = layout_of(interp, args)?;
    let slots = bind(interp, "unpack_from", &args[1..], kwargs, &["buffer", "offset"], 1, 0)?;
    let buffer = slots[0].clone().unwrap_or(Value::None);
    do_unpack_from(interp, &layout, &buffer, slots[1].as_ref())
}

fn struct_iter_unpack(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let layout = layout_of(interp, args)?;
    exactly(interp, "Struct.iter_unpack", &args[1..], kwargs, 1)?;
    do_iter_unpack(interp, layout, &args[1])
}

fn struct_format(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let layout = layout_of(interp, args)?;
    Ok(Value::str(&layout.text))
}

fn struct_size(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let layout = layout_of(interp, args)?;
    Ok(Value::Int(layout.size as i64))
}

fn struct_sizeof(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let layout = layout_of(interp, args)?;
    let per = 3 * std::mem::size_of::<usize>() + std::mem::size_of::<usize>();
    Ok(Value::Int((2 * 8 + 3 * 8 + 16 + per * (layout.fields.len() + 1)) as i64))
}

fn readonly_property(cls: &Rc<Class>, name: &str, getter: NativeFn) {
    let fget = Value::Builtin(Rc::new(BuiltinFunction {
        name: name.into(),
        func: getter,
        bound: None,
        with_caller: None,
        on_builtin_value: true,
        sig: None,
    }));
    let prop = Descriptor::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
    cls.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(prop)));
}

/// The `_struct` module.
pub fn module(interp: &mut Interp) -> Value {
    let exc = interp.types.exc(Exc::Exception);
    let err = crate::vm::types::new_class("error", vec![exc.clone()], Dict::new(), ClassKind::Exception, "struct")
        .unwrap_or(exc);
    interp.extensions.get_or_default::<State>().error = Some(err.clone());

    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "Struct", &object, "_struct");
    crate::objects::builtin_subclass::set_constructor(&cls, struct_ctor);
    let new = BuiltinFunction {
        name: "__new__".into(),
        func: struct_new,
        bound: Some(Value::Class(cls.clone())),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    };
    cls.dict.borrow_mut().set_str("__new__", Value::Builtin(Rc::new(new)));
    for (name, f) in [
        ("__init__", struct_init as NativeFn),
        ("pack", struct_pack),
        ("pack_into", struct_pack_into),
        ("unpack", struct_unpack),
        ("unpack_from", struct_unpack_from),
        ("iter_unpack", struct_iter_unpack),
        ("__sizeof__", struct_sizeof),
    ] {
        add_method(&cls, name, f);
    }
    interp.native_classes.insert("_struct.Struct".into(), cls.clone());
    let doc = "Struct(format)\n\nA compiled format: its pack and unpack methods work like the module's\nfunctions without parsing the format again.";
    cls.dict.borrow_mut().set_str("__doc__", Value::str(doc));
    readonly_property(&cls, "format", struct_format);
    readonly_property(&cls, "size", struct_size);

    let it = crate::vm::types::native_class(interp, "unpack_iterator", &object, "_struct");
    interp.native_classes.insert("_struct.unpack_iterator".into(), it.clone());
    add_method(&it, "__iter__", iter_self);
    add_method(&it, "__next__", iter_next);
    add_method(&it, "__length_hint__", iter_length_hint);
    it.dict.borrow_mut().set_str("__new__", native("__new__", iter_new));

    super::make_module(
        "_struct",
        &[
            ("pack", m_pack),
            ("pack_into", m_pack_into),
            ("unpack", m_unpack),
            ("unpack_from", m_unpack_from),
            ("iter_unpack", m_iter_unpack),
            ("calcsize", m_calcsize),
            ("_clearcache", m_clearcache),
        ],
        vec![("Struct", Value::Class(cls)), ("error", Value::Class(err))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_rounding() {
        assert_eq!(to_half(1.0), Some(0x3c00));
        assert_eq!(to_half(65504.0), Some(0x7bff));
        assert_eq!(to_half(65519.0), Some(0x7bff));
        assert_eq!(to_half(65520.0), None);
        assert_eq!(to_half(5.960464477539063e-08), Some(1));
        assert_eq!(to_half(2.9802322387695312e-08), Some(0));
        assert_eq!(to_half(-0.0), Some(0x8000));
        assert_eq!(from_half(0x3c00), 1.0);
        assert_eq!(from_half(1), 5.960464477539063e-08);
    }

    #[test]
    fn layouts() {
        assert_eq!(parse(b"@b0i3e").map(|l| l.size), Ok(10));
        assert_eq!(parse(b"<bq").map(|l| l.size), Ok(9));
        assert_eq!(parse(b"bq").map(|l| l.size), Ok(16));
        assert!(parse(b"<n").is_err());
    }
}
