//! The items of a memoryview: the native `struct` format characters a view may
//! have, their sizes, and how one item is read from or written to its bytes.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// The item size of a native format character.
pub fn item_size(c: char) -> Option<usize> {
    Some(match c {
        'B' | 'b' | 'c' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    })
}

/// The format character of a format string (`'B'`, `'@i'`).
pub fn format_char(f: &str) -> Option<char> {
    let f = f.strip_prefix('@').unwrap_or(f);
    let mut cs = f.chars();
    let c = cs.next()?;
    (cs.next().is_none() && item_size(c).is_some()).then_some(c)
}

/// The item at byte position `pos` as a value of the view's format.
pub fn unpack(fc: char, raw: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..raw.len().min(8)].copy_from_slice(&raw[..raw.len().min(8)]);
    let u = u64::from_ne_bytes(w);
    match fc {
        'B' => Value::Int(raw[0] as i64),
        'b' => Value::Int(raw[0] as i8 as i64),
        'c' => Value::bytes(vec![raw[0]]),
        '?' => Value::Bool(raw[0] != 0),
        'h' => Value::Int(i16::from_ne_bytes([raw[0], raw[1]]) as i64),
        'H' => Value::Int(u16::from_ne_bytes([raw[0], raw[1]]) as i64),
        'i' => Value::Int(i32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64),
        'I' => Value::Int(u32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64),
        'f' => Value::Float(f32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
        'd' => Value::Float(f64::from_bits(u)),
        'l' | 'q' | 'n' => Value::Int(u as i64),
        _ => Value::bigint(num_bigint::BigInt::from(u)),
    }
}

/// A value packed as one item of format `fc`.
pub fn pack(interp: &mut Interp, fc: char, fmt: &str, v: &Value) -> PyResult<Vec<u8>> {
    let bad_type = |interp: &mut Interp| interp.type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let bad_value = |interp: &mut Interp| interp.value_error(format!("memoryview: invalid value for format '{fmt}'"));
    match fc {
        'c' => match v {
            Value::Bytes(b) if b.len() == 1 => Ok(vec![b[0]]),
            Value::Bytes(_) => Err(bad_value(interp)),
            _ => Err(bad_type(interp)),
        },
        '?' => Ok(vec![interp.truthy(v)? as u8]),
        'f' | 'd' => {
            let x = match crate::vm::ops::to_f64(v.builtin_value()) {
                Some(x) => x,
                None => match interp.lookup_special(v, "__float__") {
                    Some(f) => match interp.call_value(f, vec![], vec![])? {
                        Value::Float(x) => x,
                        _ => return Err(bad_type(interp)),
                    },
                    None => return Err(bad_type(interp)),
                },
            };
            Ok(if fc == 'f' { (x as f32).to_ne_bytes().to_vec() } else { x.to_ne_bytes().to_vec() })
        }
        _ => {
            let n = match v.builtin_value() {
                Value::Int(i) => num_bigint::BigInt::from(*i),
                Value::Bool(b) => num_bigint::BigInt::from(*b as i64),
                Value::BigInt(b) => (**b).clone(),
                Value::Instance(_) if interp.lookup_special(v, "__index__").is_some() => {
                    let f = interp.lookup_special(v, "__index__").unwrap_or(Value::None);
                    let r = interp.call_value(f, vec![], vec![])?;
                    match crate::vm::ops::to_bigint(&r) {
                        Some(b) => b,
                        None => return Err(bad_type(interp)),
                    }
                }
                _ => return Err(bad_type(interp)),
            };
            let size = item_size(fc).unwrap_or(1);
            let signed = matches!(fc, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
            let bits = size as u32 * 8;
            let (lo, hi) = if signed {
                (-(num_bigint::BigInt::from(1) << (bits - 1)), (num_bigint::BigInt::from(1) << (bits - 1)) - 1)
            } else {
                (num_bigint::BigInt::from(0), (num_bigint::BigInt::from(1) << bits) - 1)
            };
            if n < lo || n > hi {
                return Err(bad_value(interp));
            }
            let mut le = n.to_signed_bytes_le();
            le.resize(8, if n < num_bigint::BigInt::from(0) { 0xff } else { 0 });
            let mut out = le[..size].to_vec();
            if cfg!(target_endian = "big") {
                out.reverse();
            }
            Ok(out)
        }
    }
}
