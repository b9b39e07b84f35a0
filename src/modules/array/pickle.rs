//! Copying and pickling of arrays: `__copy__`, `__deepcopy__`,
//! `__reduce_ex__` and `array._array_reconstructor`, which rebuilds an array
//! from bytes in a named machine format (CPython's numbering, so pickles move
//! between the two interpreters and between byte orders).

use super::storage::{self, Code};
use super::{array_class, receiver, ArrayObj};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// `a.__copy__()`: a plain array, even for an instance of a subclass (as CPython).
pub fn copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__copy__")?;
    let data = a.store.data.borrow().clone();
    Ok(ArrayObj::value(a.code, data))
}

/// `a.__deepcopy__(memo)`: the same as a copy (items are plain numbers).
pub fn deepcopy(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    copy(interp, &args[..1], kwargs)
}

/// The machine format code of a typecode's items on this machine.
fn native_format(code: Code) -> i64 {
    let little = cfg!(target_endian = "little");
    let base = match code {
        Code::UChar => return 0,
        Code::SChar => return 1,
        Code::UShort => 2,
        Code::Short => 4,
        Code::UInt => 6,
        Code::Int => 8,
        Code::ULong | Code::ULongLong => 10,
        Code::Long | Code::LongLong => 12,
        Code::Float => 14,
        Code::Double => 16,
        Code::WChar => 20,
    };
    if little {
        base
    } else {
        base + 1
    }
}

/// `a.__reduce_ex__(protocol)`: the typecode and a list before protocol 3,
/// `_array_reconstructor` with the packed bytes from protocol 3 on.
pub fn reduce_ex(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let a = receiver(interp, args, "__reduce_ex__")?;
    let protocol = interp.index_value(&args[1])?;
    let cls = Value::Class(interp.type_of(&args[0]));
    let state = match &args[0] {
        Value::Instance(inst) => Value::Dict(inst.dict.clone()),
        _ => Value::None,
    };
    let letter = Value::string(a.code.letter().to_string());
    if protocol < 3 {
        let items = Value::list(a.items(interp)?);
        return Ok(Value::tuple(vec![cls, Value::tuple(vec![letter, items]), state]));
    }
    let module = interp.modules.get("array").cloned();
    let rebuild = match module {
        Some(Value::Module(m)) => m.dict.borrow().get_str("_array_reconstructor").cloned().unwrap_or(Value::None),
        _ => Value::None,
    };
    let bytes = Value::bytes(a.store.data.borrow().clone());
    let format = Value::Int(native_format(a.code));
    Ok(Value::tuple(vec![rebuild, Value::tuple(vec![cls, letter, format, bytes]), state]))
}

/// A machine format: item size, signedness, float, string (UTF-16/32), big-endian.
#[derive(Clone, Copy)]
struct Format {
    size: usize,
    signed: bool,
    float: bool,
    text: bool,
    big: bool,
}

fn format_of(n: i64) -> Option<Format> {
    let big = n % 2 == 1;
    let (size, signed, float, text) = match n {
        0 | 1 => (1, n == 1, false, false),
        2 | 3 => (2, false, false, false),
        4 | 5 => (2, true, false, false),
        6 | 7 => (4, false, false, false),
        8 | 9 => (4, true, false, false),
        10 | 11 => (8, false, false, false),
        12 | 13 => (8, true, false, false),
        14 | 15 => (4, true, true, false),
        16 | 17 => (8, true, true, false),
        18 | 19 => (2, false, false, true),
        20 | 21 => (4, false, false, true),
        _ => return None,
    };
    let big = big && n > 1;
    Some(Format { size, signed, float, text, big })
}

/// One item of `chunk` in format `f`, as an unsigned or sign-extended integer.
fn read_int(f: &Format, chunk: &[u8]) -> i128 {
    let mut bytes: Vec<u8> = chunk.to_vec();
    if f.big {
        bytes.reverse();
    }
    let mut u: u64 = 0;
    for (k, b) in bytes.iter().enumerate() {
        u |= (*b as u64) << (8 * k);
    }
    let bits = 8 * f.size as u32;
    if f.signed && bits < 64 && u & (1 << (bits - 1)) != 0 {
        (u as i128) - (1i128 << bits)
    } else if f.signed && bits == 64 {
        u as i64 as i128
    } else {
        u as i128
    }
}

fn decode(interp: &mut Interp, f: &Format, items: &[u8]) -> PyResult<Value> {
    let chunks = items.chunks_exact(f.size);
    if f.text {
        let units: Vec<u32> = chunks.map(|c| read_int(f, c) as u32).collect();
        let text = if f.size == 2 {
            let units: Vec<u16> = units.iter().map(|u| *u as u16).collect();
            char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
        } else {
            let mut s = String::new();
            for n in units {
                match crate::codepoint::from_code_point(n) {
                    Some(c) => s.push(c),
                    None => return Err(storage::bad_char(interp, n)),
                }
            }
            s
        };
        return Ok(Value::string(text));
    }
    let values = chunks
        .map(|c| {
            if f.float {
                let u = read_int(&Format { signed: false, ..*f }, c) as u64;
                Value::Float(if f.size == 4 { f32::from_bits(u as u32) as f64 } else { f64::from_bits(u) })
            } else {
                let x = read_int(f, c);
                match i64::try_from(x) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::BigInt(Rc::new(num_bigint::BigInt::from(x))),
                }
            }
        })
        .collect();
    Ok(Value::list(values))
}

/// The typecode that holds integers of format `f` natively (first of the table order).
fn int_code(f: &Format) -> Option<Code> {
    storage::TYPECODES.chars().filter_map(Code::from_char).find(|c| {
        !c.is_float() && *c != Code::WChar && c.itemsize() == f.size && matches!(c, Code::SChar | Code::Short | Code::Int | Code::Long | Code::LongLong) == f.signed
    })
}

/// `array._array_reconstructor(arraytype, typecode, mformat_code, items)`.
pub fn array_reconstructor(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let letter = match args[1].builtin_value() {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next(),
        _ => None,
    };
    let Some(letter) = letter else {
        let t = interp.type_name(&args[1]);
        return Err(interp.type_error(format!("_array_reconstructor() argument 2 must be a unicode character, not {t}")));
    };
    let mformat = interp.index_value(&args[2])?;
    let Value::Class(cls) = &args[0] else {
        let t = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("first argument must be a type object, not {t}")));
    };
    let owner = array_class(interp).expect("array.array is registered");
    if !crate::vm::exceptions::is_subclass(cls, &owner) {
        let n = cls.current_name();
        return Err(interp.type_error(format!("{n} is not a subtype of array.array")));
    }
    let Some(code) = Code::from_char(letter) else {
        return Err(interp.value_error("second argument must be a valid type code"));
    };
    let Some(f) = format_of(mformat) else {
        return Err(interp.value_error("third argument must be a valid machine format code."));
    };
    let Value::Bytes(items) = &args[3] else {
        let t = interp.type_name(&args[3]);
        return Err(interp.type_error(format!("fourth argument should be bytes, not {t}")));
    };
    let make = |interp: &mut Interp, code: Code, init: Value| -> PyResult<Value> {
        let letter = Value::string(code.letter().to_string());
        let new = interp.get_attr(&Value::Class(cls.clone()), "__new__")?;
        interp.call_value(new, vec![Value::Class(cls.clone()), letter, init], vec![])
    };
    if mformat == native_format(code) {
        return make(interp, code, args[3].clone());
    }
    if items.len() % f.size != 0 {
        return Err(interp.value_error("string length not a multiple of item size"));
    }
    let values = decode(interp, &f, items)?;
    let code = if f.float || f.text { code } else { int_code(&f).unwrap_or(code) };
    make(interp, code, values)
}

/// Adds the copy and pickle methods to `array.array`.
pub fn register(cls: &Rc<Class>) {
    let table: [(&str, NativeFn); 3] = [("__copy__", copy), ("__deepcopy__", deepcopy), ("__reduce_ex__", reduce_ex)];
    for (name, f) in table {
        super::add_method(cls, name, f);
    }
}
