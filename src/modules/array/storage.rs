//! The typed storage of an `array.array`: the typecodes, their item sizes, and
//! items read from and written to the packed machine representation (native
//! byte order) with the range checks and messages CPython gives.

use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use num_traits::ToPrimitive;

/// One of the typecodes `b B u h H i I l L q Q f d`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Code {
    SChar,
    UChar,
    WChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
}

/// Every typecode, in the order of `array.typecodes`.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// ValueError text for an unknown typecode.
pub const BAD_TYPECODE: &str = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

impl Code {
    /// The typecode named by `c`.
    pub fn from_char(c: char) -> Option<Code> {
        Some(match c {
            'b' => Code::SChar,
            'B' => Code::UChar,
            'u' => Code::WChar,
            'h' => Code::Short,
            'H' => Code::UShort,
            'i' => Code::Int,
            'I' => Code::UInt,
            'l' => Code::Long,
            'L' => Code::ULong,
            'q' => Code::LongLong,
            'Q' => Code::ULongLong,
            'f' => Code::Float,
            'd' => Code::Double,
            _ => return None,
        })
    }

    /// The typecode letter.
    pub fn letter(self) -> char {
        TYPECODES.as_bytes()[self as usize] as char
    }

    /// Bytes per item (C's sizes on 64-bit Linux; `u` is a 4-byte wchar_t).
    pub fn itemsize(self) -> usize {
        match self {
            Code::SChar | Code::UChar => 1,
            Code::Short | Code::UShort => 2,
            Code::WChar | Code::Int | Code::UInt | Code::Float => 4,
            Code::Long | Code::ULong | Code::LongLong | Code::ULongLong | Code::Double => 8,
        }
    }

    /// Whether items are floating point.
    pub fn is_float(self) -> bool {
        matches!(self, Code::Float | Code::Double)
    }

    /// The memoryview format (CPython calls a wchar_t view `w`).
    pub fn format(self) -> &'static str {
        match self {
            Code::WChar => "w",
            c => &TYPECODES[c as usize..c as usize + 1],
        }
    }
}

fn word<const N: usize>(data: &[u8], at: usize) -> [u8; N] {
    let mut w = [0u8; N];
    w.copy_from_slice(&data[at..at + N]);
    w
}

/// The value of item `i` (which must be in range) of packed `data`.
#[inline]
pub fn load(interp: &mut Interp, code: Code, data: &[u8], i: usize) -> PyResult<Value> {
    let at = i * code.itemsize();
    Ok(match code {
        Code::Double => Value::Float(f64::from_ne_bytes(word(data, at))),
        Code::Float => Value::Float(f32::from_ne_bytes(word(data, at)) as f64),
        Code::SChar => Value::Int(data[at] as i8 as i64),
        Code::UChar => Value::Int(data[at] as i64),
        Code::Short => Value::Int(i16::from_ne_bytes(word(data, at)) as i64),
        Code::UShort => Value::Int(u16::from_ne_bytes(word(data, at)) as i64),
        Code::Int => Value::Int(i32::from_ne_bytes(word(data, at)) as i64),
        Code::UInt => Value::Int(u32::from_ne_bytes(word(data, at)) as i64),
        Code::Long | Code::LongLong => Value::Int(i64::from_ne_bytes(word(data, at))),
        Code::ULong | Code::ULongLong => {
            let u = u64::from_ne_bytes(word(data, at));
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::BigInt(std::rc::Rc::new(num_bigint::BigInt::from(u))),
            }
        }
        Code::WChar => {
            let n = u32::from_ne_bytes(word(data, at));
            match crate::codepoint::from_code_point(n) {
                Some(c) => Value::string(c.to_string()),
                None => return Err(interp.value_error("chr() arg not in range(0x110000)")),
            }
        }
    })
}

/// ValueError for a wchar_t that is no code point.
pub fn bad_char(interp: &mut Interp, n: u32) -> Value {
    interp.value_error(format!("character U+{n:x} is not in range [U+0000; U+10ffff]"))
}

/// A checked item ready to be written.
#[derive(Clone, Copy)]
pub enum Item {
    Int(i128),
    Real(f64),
    Char(u32),
}

/// Writes `item` (checked for `code`) at item position `i` of `data`.
#[inline]
pub fn store(code: Code, data: &mut [u8], i: usize, item: Item) {
    let size = code.itemsize();
    let dst = &mut data[i * size..(i + 1) * size];
    match item {
        Item::Real(x) => match code {
            Code::Float => dst.copy_from_slice(&(x as f32).to_ne_bytes()),
            _ => dst.copy_from_slice(&x.to_ne_bytes()),
        },
        Item::Char(c) => dst.copy_from_slice(&c.to_ne_bytes()),
        Item::Int(v) => match size {
            1 => dst[0] = v as u8,
            2 => dst.copy_from_slice(&(v as u16).to_ne_bytes()),
            4 => dst.copy_from_slice(&(v as u32).to_ne_bytes()),
            _ => dst.copy_from_slice(&(v as u64).to_ne_bytes()),
        },
    }
}

/// The packed bytes of one checked item.
pub fn pack(code: Code, item: Item) -> ([u8; 8], usize) {
    let mut buf = [0u8; 8];
    store(code, &mut buf, 0, item);
    (buf, code.itemsize())
}

/// An int operand as i128 (`__index__` for other objects), saturated when it
/// does not fit 128 bits (every check below fails alike either way).
fn int_of(interp: &mut Interp, v: &Value) -> PyResult<i128> {
    match v.builtin_value() {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(*b as i128),
        Value::BigInt(b) => Ok(b.to_i128().unwrap_or(if num_traits::Signed::is_negative(&**b) { i128::MIN } else { i128::MAX })),
        Value::Instance(_) => {
            if let Some(m) = interp.lookup_special(v, "__index__") {
                let r = interp.call_value(m, vec![], vec![])?;
                if matches!(r.builtin_value(), Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return int_of(interp, r.builtin_value());
                }
                let t = interp.type_name(&r);
                return Err(interp.type_error(format!("__index__ returned non-int (type {t})")));
            }
            let t = interp.type_name(v);
            Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
        _ => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// Checks `x` against `lo..=hi`, naming `what` in the OverflowError.
fn in_range(interp: &mut Interp, x: i128, lo: i128, hi: i128, what: &str) -> PyResult<()> {
    if x > hi {
        return Err(interp.overflow_error(format!("{what} is greater than maximum")));
    }
    if x < lo {
        return Err(interp.overflow_error(format!("{what} is less than minimum")));
    }
    Ok(())
}

const LONG_BIG: &str = "Python int too large to convert to C long";
const ULONG_BIG: &str = "Python int too large to convert to C unsigned long";
const NEG_UINT: &str = "can't convert negative value to unsigned int";

/// An integer item checked the way CPython's setters parse it (the small
/// types through a wider C type first, hence the two-step messages).
fn int_item(interp: &mut Interp, code: Code, v: &Value) -> PyResult<Item> {
    let x = int_of(interp, v)?;
    let fits_long = i64::try_from(x).is_ok();
    let long = |interp: &mut Interp| -> PyResult<i128> {
        match fits_long {
            true => Ok(x),
            false => Err(interp.overflow_error(LONG_BIG)),
        }
    };
    let unsigned = |interp: &mut Interp, neg: &str, big: &str| -> PyResult<i128> {
        if x < 0 {
            Err(interp.overflow_error(neg.to_string()))
        } else if x <= u64::MAX as i128 {
            Ok(x)
        } else {
            Err(interp.overflow_error(big.to_string()))
        }
    };
    let x = match code {
        Code::SChar => {
            let x = long(interp)?;
            in_range(interp, x, i16::MIN as i128, i16::MAX as i128, "signed short integer")?;
            in_range(interp, x, -128, 127, "signed char")?;
            x
        }
        Code::UChar => {
            let x = long(interp)?;
            in_range(interp, x, 0, 255, "unsigned byte integer")?;
            x
        }
        Code::Short => {
            let x = long(interp)?;
            in_range(interp, x, i16::MIN as i128, i16::MAX as i128, "signed short integer")?;
            x
        }
        Code::UShort => {
            let x = long(interp)?;
            in_range(interp, x, i32::MIN as i128, i32::MAX as i128, "signed integer")?;
            in_range(interp, x, 0, 65535, "unsigned short")?;
            x
        }
        Code::Int => {
            let x = long(interp)?;
            in_range(interp, x, i32::MIN as i128, i32::MAX as i128, "signed integer")?;
            x
        }
        Code::UInt => {
            let x = unsigned(interp, NEG_UINT, ULONG_BIG)?;
            if x > u32::MAX as i128 {
                return Err(interp.overflow_error("unsigned int is greater than maximum"));
            }
            x
        }
        Code::ULong => unsigned(interp, NEG_UINT, ULONG_BIG)?,
        Code::Long => long(interp)?,
        Code::LongLong if fits_long => x,
        Code::LongLong => return Err(interp.overflow_error("int too big to convert")),
        Code::ULongLong => unsigned(interp, "can't convert negative int to unsigned", "int too big to convert")?,
        _ => unreachable!("int_item on a non-integer typecode"),
    };
    Ok(Item::Int(x))
}

/// A float item: floats, ints, and objects with `__float__` or `__index__`.
pub fn real_of(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    match v.builtin_value() {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::BigInt(b) => {
            return match b.to_f64().filter(|f| f.is_finite()) {
                Some(f) => Ok(f),
                None => Err(interp.overflow_error("int too large to convert to float")),
            }
        }
        _ => {}
    }
    if matches!(v, Value::Instance(_)) {
        if let Some(m) = interp.lookup_special(v, "__float__") {
            let r = interp.call_value(m, vec![], vec![])?;
            if let Value::Float(f) = r.builtin_value() {
                return Ok(*f);
            }
            let t = interp.type_name(v);
            let rt = interp.type_name(&r);
            return Err(interp.type_error(format!("{t}.__float__ returned non-float (type {rt})")));
        }
        if interp.lookup_special(v, "__index__").is_some() {
            let x = int_of(interp, v)?;
            return match i64::try_from(x) {
                Ok(x) => Ok(x as f64),
                Err(_) => Err(interp.overflow_error("int too large to convert to float")),
            };
        }
    }
    let t = interp.type_name(v);
    Err(interp.type_error(format!("must be real number, not {t}")))
}

/// A one-character str item as its code point.
fn char_item(interp: &mut Interp, v: &Value) -> PyResult<Item> {
    if let Value::Str(s) = v.builtin_value() {
        let mut chars = s.as_str().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(Item::Char(crate::codepoint::code_point(c)));
        }
    }
    Err(interp.type_error("array item must be unicode character"))
}

/// `v` checked as an item of an array with typecode `code`.
#[inline]
pub fn item_of(interp: &mut Interp, code: Code, v: &Value) -> PyResult<Item> {
    match (code, v) {
        (Code::Double | Code::Float, Value::Float(f)) => Ok(Item::Real(*f)),
        (Code::Double | Code::Float, _) => Ok(Item::Real(real_of(interp, v)?)),
        (Code::WChar, _) => char_item(interp, v),
        _ => int_item(interp, code, v),
    }
}

/// Whether two packed items are equal as values (used by count, index, remove,
/// `in` and comparisons, without making objects).
pub fn items_equal(code: Code, a: &[u8], i: usize, b: &[u8], j: usize) -> bool {
    let size = code.itemsize();
    match code {
        Code::Double => f64::from_ne_bytes(word(a, i * size)) == f64::from_ne_bytes(word(b, j * size)),
        Code::Float => f32::from_ne_bytes(word(a, i * size)) == f32::from_ne_bytes(word(b, j * size)),
        _ => a[i * size..(i + 1) * size] == b[j * size..(j + 1) * size],
    }
}
