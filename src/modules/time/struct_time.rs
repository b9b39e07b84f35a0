//! `time.struct_time`: a tuple of nine numbers whose items are also read-only
//! attributes (`tm_year` ... `tm_isdst`), with two more attributes outside the
//! tuple (`tm_zone`, `tm_gmtoff`). Also the reading of a time tuple argument
//! into a C `struct tm`, with CPython's checks and messages.

use crate::vm::types::Exc;
use crate::objects::native;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::ffi::CString;
use std::rc::Rc;

/// The tuple's items, in order.
pub const FIELDS: [&str; 9] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
/// The attributes beyond the tuple.
const EXTRA: [&str; 2] = ["tm_zone", "tm_gmtoff"];
const FULL_NAME: &str = "time.struct_time";

/// The class, made once per interpreter.
#[derive(Default)]
struct Holder(Option<Rc<Class>>);

/// The `struct_time` class of this interpreter.
pub fn class(interp: &mut Interp) -> Rc<Class> {
    if let Some(c) = &interp.extensions.get_or_default::<Holder>().0 {
        return c.clone();
    }
    let mut d = Dict::new();
    d.set_str("__new__", Value::Descriptor(Rc::new(Descriptor::StaticMethod(native("__new__", new)))));
    d.set_str("__repr__", native("__repr__", repr));
    d.set_str("__reduce__", native("__reduce__", reduce));
    d.set_str("n_sequence_fields", Value::Int(9));
    d.set_str("n_fields", Value::Int(11));
    d.set_str("n_unnamed_fields", Value::Int(0));
    d.set_str("__match_args__", Value::tuple(FIELDS.iter().map(|n| Value::str(n)).collect()));
    let getters: [NativeFn; 11] = [
        item::<0>,
        item::<1>,
        item::<2>,
        item::<3>,
        item::<4>,
        item::<5>,
        item::<6>,
        item::<7>,
        item::<8>,
        extra::<0>,
        extra::<1>,
    ];
    for (name, getter) in FIELDS.iter().chain(EXTRA.iter()).zip(getters) {
        let prop = Descriptor::Property {
            fget: native(name, getter),
            fset: native(name, readonly),
            fdel: native(name, readonly),
            doc: Value::None,
        };
        d.set_str(name, Value::Descriptor(Rc::new(prop)));
    }
    let tuple = interp.types.tuple.clone();
    let fallback = interp.types.object.clone();
    let cls = crate::vm::types::new_class("struct_time", vec![tuple], d, ClassKind::Object, "time").unwrap_or(fallback);
    interp.extensions.get_or_default::<Holder>().0 = Some(cls.clone());
    cls
}

/// The tuple items and the attribute dict of a struct_time instance.
fn parts(interp: &mut Interp, v: Option<&Value>) -> PyResult<(Rc<Instance>, Vec<Value>)> {
    if let Some(Value::Instance(inst)) = v {
        if let Some(Value::Tuple(t)) = inst.builtin_base() {
            return Ok((inst.clone(), t.0.to_vec()));
        }
    }
    Err(interp.type_error("descriptor requires a 'time.struct_time' object"))
}

fn item<const I: usize>(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (_, items) = parts(interp, args.first())?;
    Ok(items.get(I).cloned().unwrap_or(Value::None))
}

fn extra<const I: usize>(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (inst, _) = parts(interp, args.first())?;
    let v = inst.dict.borrow().get_str(EXTRA[I]).cloned();
    Ok(v.unwrap_or(Value::None))
}

fn readonly(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.attribute_error("readonly attribute"))
}

/// A struct_time of class `cls` from its nine items and the zone and offset.
fn build(interp: &mut Interp, cls: &Rc<Class>, items: Vec<Value>, zone: Value, gmtoff: Value) -> Value {
    let obj = interp.new_instance_with_base(cls, Value::tuple(items));
    if let Value::Instance(inst) = &obj {
        let mut d = inst.dict.borrow_mut();
        d.set_str(EXTRA[0], zone);
        d.set_str(EXTRA[1], gmtoff);
    }
    obj
}

/// A new `time.struct_time`.
pub fn make(interp: &mut Interp, items: [i64; 9], zone: Value, gmtoff: Value) -> Value {
    let cls = class(interp);
    build(interp, &cls, items.iter().map(|i| Value::Int(*i)).collect(), zone, gmtoff)
}

/// `struct_time(sequence, dict=None)`.
fn new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(interp.type_error("struct_time.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    const SIG: crate::modules::os::args::Sig =
        crate::modules::os::args::Sig::new("structseq", &["sequence", "dict"], 1, &[]);
    let p = crate::modules::os::args::parse(interp, &SIG, &args[1..], kwargs)?;
    let items = match interp.collect_iterable(p.req(0)) {
        Ok(items) => items,
        Err(e) if interp.is_exc(&e, Exc::TypeError) => return Err(interp.type_error("constructor requires a sequence")),
        Err(e) => return Err(e),
    };
    let n = items.len();
    if n < 9 {
        return Err(interp.type_error(format!("{FULL_NAME}() takes an at least 9-sequence ({n}-sequence given)")));
    }
    if n > 11 {
        return Err(interp.type_error(format!("{FULL_NAME}() takes an at most 11-sequence ({n}-sequence given)")));
    }
    let given = match p.opt(1) {
        None => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(_) => return Err(interp.type_error(format!("{FULL_NAME}() takes a dict as second arg, if any"))),
    };
    let mut extras = Vec::new();
    for (k, name) in EXTRA.iter().enumerate() {
        let v = match items.get(9 + k) {
            Some(v) => v.clone(),
            None => given.as_ref().and_then(|d| d.borrow().get_str(name).cloned()).unwrap_or(Value::None),
        };
        extras.push(v);
    }
    let gmtoff = extras.pop().unwrap_or(Value::None);
    let zone = extras.pop().unwrap_or(Value::None);
    Ok(build(interp, &cls, items[..9].to_vec(), zone, gmtoff))
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (_, items) = parts(interp, args.first())?;
    let mut shown = Vec::with_capacity(9);
    for (name, v) in FIELDS.iter().zip(items.iter()) {
        shown.push(format!("{name}={}", interp.repr(v)?));
    }
    Ok(Value::string(format!("{FULL_NAME}({})", shown.join(", "))))
}

fn reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (inst, items) = parts(interp, args.first())?;
    let mut extras = Dict::new();
    for name in EXTRA {
        let v = inst.dict.borrow().get_str(name).cloned().unwrap_or(Value::None);
        extras.set_str(name, v);
    }
    let extras = Value::Dict(Rc::new(std::cell::RefCell::new(extras)));
    Ok(Value::tuple(vec![Value::Class(inst.class.clone()), Value::tuple(vec![Value::tuple(items), extras])]))
}

/// A `struct tm` read from a time tuple, with the zone name it points to kept alive.
pub struct Tm {
    pub tm: libc::tm,
    /// Owns the text `tm.tm_zone` points to.
    _zone: Option<CString>,
}

/// An empty `struct tm`.
pub fn zeroed_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain data; all zero (with a null zone pointer) is a valid value.
    unsafe { std::mem::zeroed() }
}

/// One item of a time tuple as a C int, with CPython's overflow messages.
fn c_int(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    let wide = match v {
        Value::BigInt(b) => match num_traits::ToPrimitive::to_i64(&**b) {
            Some(i) => i,
            None => return Err(interp.overflow_error("Python int too large to convert to C long")),
        },
        other => interp.index_value(other)?,
    };
    if wide > i32::MAX as i64 {
        return Err(interp.overflow_error("signed integer is greater than maximum"));
    }
    if wide < i32::MIN as i64 {
        return Err(interp.overflow_error("signed integer is less than minimum"));
    }
    Ok(wide as i32)
}

/// Reads a 9-tuple or struct_time argument of function `func` into a `struct tm`
/// (C conventions: years since 1900, months from 0, weekdays from Sunday).
pub fn tm_from_arg(interp: &mut Interp, v: &Value, func: &str) -> PyResult<Tm> {
    let items = match v {
        Value::Tuple(t) => t.0.to_vec(),
        Value::Instance(inst) => match inst.builtin_base() {
            Some(Value::Tuple(t)) => t.0.to_vec(),
            _ => return Err(interp.type_error("Tuple or struct_time argument required")),
        },
        _ => return Err(interp.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(interp.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut n = [0i32; 9];
    for (slot, item) in n.iter_mut().zip(items.iter()) {
        *slot = c_int(interp, item)?;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = match n[0].checked_sub(1900) {
        Some(y) => y,
        None => return Err(interp.overflow_error("year out of range")),
    };
    tm.tm_mon = n[1].wrapping_sub(1);
    tm.tm_mday = n[2];
    tm.tm_hour = n[3];
    tm.tm_min = n[4];
    tm.tm_sec = n[5];
    tm.tm_wday = n[6].wrapping_add(1) % 7;
    tm.tm_yday = n[7].wrapping_sub(1);
    tm.tm_isdst = n[8];
    let mut zone = None;
    let exact = matches!(v, Value::Instance(inst) if Rc::ptr_eq(&inst.class, &class(interp)));
    if let (true, Value::Instance(inst)) = (exact, v) {
        let (z, off) = {
            let d = inst.dict.borrow();
            (d.get_str("tm_zone").cloned(), d.get_str("tm_gmtoff").cloned())
        };
        if let Some(Value::Str(s)) = z {
            let c = CString::new(s.as_str()).map_err(|_| interp.value_error("embedded null character"))?;
            tm.tm_zone = c.as_ptr();
            zone = Some(c);
        }
        if let Some(off) = off.filter(|o| !o.is_none()) {
            tm.tm_gmtoff = interp.index_value(&off)? as libc::c_long;
        }
    }
    Ok(Tm { tm, _zone: zone })
}

/// CPython's range checks of a time tuple given to `strftime` and `asctime`;
/// a zero month, day of month or day of year stands for the first.
pub fn check_tm(interp: &mut Interp, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(interp.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(interp.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(interp.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(interp.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(interp.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(interp.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(interp.value_error("day of year out of range"));
    }
    Ok(())
}

/// The struct_time of a `struct tm` filled in by the C library.
pub fn from_tm(interp: &mut Interp, tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: the C library left a NUL-terminated name there.
        let text = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        Value::string(text.to_string_lossy().into_owned())
    };
    let items = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    make(interp, items, zone, Value::Int(tm.tm_gmtoff))
}
