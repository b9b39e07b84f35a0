//! Named tuples made natively, as CPython's struct sequences: `os.stat_result`
//! and `os.terminal_size`. An instance is a tuple (its visible fields) whose
//! fields are also attributes; `stat_result` has more attributes than tuple
//! items (`st_mtime` as a float, `st_mtime_ns`, `st_blksize`, ...).

use crate::objects::native;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The shape of one struct sequence type.
pub struct Layout {
    /// The name shown in reprs and messages (`os.stat_result`).
    pub full_name: &'static str,
    /// The tuple's items: the name the repr shows, and whether it is also an attribute.
    pub visible: &'static [(&'static str, bool)],
    /// Attributes beyond the tuple's items.
    pub extra: &'static [&'static str],
}

pub const STAT_RESULT: Layout = Layout {
    full_name: "os.stat_result",
    visible: &[
        ("st_mode", true),
        ("st_ino", true),
        ("st_dev", true),
        ("st_nlink", true),
        ("st_uid", true),
        ("st_gid", true),
        ("st_size", true),
        ("st_atime", false),
        ("st_mtime", false),
        ("st_ctime", false),
    ],
    extra: &[
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ],
};

pub const TERMINAL_SIZE: Layout =
    Layout { full_name: "os.terminal_size", visible: &[("columns", true), ("lines", true)], extra: &[] };

pub const UNAME_RESULT: Layout = Layout {
    full_name: "posix.uname_result",
    visible: &[("sysname", true), ("nodename", true), ("release", true), ("version", true), ("machine", true)],
    extra: &[],
};

pub const TIMES_RESULT: Layout = Layout {
    full_name: "posix.times_result",
    visible: &[("user", true), ("system", true), ("children_user", true), ("children_system", true), ("elapsed", true)],
    extra: &[],
};

/// Every layout, by the class name.
const LAYOUTS: &[&Layout] = &[&STAT_RESULT, &TERMINAL_SIZE, &UNAME_RESULT, &TIMES_RESULT];

fn layout_of(cls: &Rc<Class>) -> &'static Layout {
    for c in std::iter::once(cls).chain(cls.mro.iter()) {
        for l in LAYOUTS {
            if l.full_name.rsplit('.').next() == Some(c.name.as_ref()) {
                return l;
            }
        }
    }
    &STAT_RESULT
}

/// The classes made for one interpreter (kept in its extensions).
#[derive(Default)]
pub struct Classes {
    pub by_name: Vec<(&'static str, Rc<Class>)>,
}

/// Makes the class of `layout`.
pub fn make_class(interp: &mut Interp, layout: &'static Layout) -> Rc<Class> {
    let (module, name) = layout.full_name.rsplit_once('.').unwrap_or(("os", layout.full_name));
    let mut d = Dict::new();
    d.set_str("__new__", Value::Descriptor(Rc::new(Descriptor::StaticMethod(native("__new__", new)))));
    d.set_str("__repr__", native("__repr__", repr));
    d.set_str("__reduce__", native("__reduce__", reduce));
    let named = layout.visible.iter().filter(|(_, a)| *a).count() + layout.extra.len();
    d.set_str("n_sequence_fields", Value::Int(layout.visible.len() as i64));
    d.set_str("n_fields", Value::Int((layout.visible.len() + layout.extra.len()) as i64));
    d.set_str("n_unnamed_fields", Value::Int((layout.visible.len() + layout.extra.len() - named) as i64));
    let match_args: Vec<Value> =
        layout.visible.iter().filter(|(_, a)| *a).map(|(n, _)| Value::str(n)).collect();
    d.set_str("__match_args__", Value::tuple(match_args));
    let tuple = interp.types.tuple.clone();
    let fallback = interp.types.object.clone();
    let cls = crate::vm::types::new_class(name, vec![tuple], d, ClassKind::Object, module).unwrap_or(fallback);
    interp.extensions.get_or_default::<Classes>().by_name.push((layout.full_name, cls.clone()));
    cls
}

/// The class made for `layout`.
pub fn class_of(interp: &mut Interp, layout: &'static Layout) -> Rc<Class> {
    let found = interp
        .extensions
        .get_or_default::<Classes>()
        .by_name
        .iter()
        .find(|(n, _)| *n == layout.full_name)
        .map(|(_, c)| c.clone());
    match found {
        Some(c) => c,
        None => make_class(interp, layout),
    }
}

/// An instance of `cls` from its visible items and extra attributes.
pub fn build(interp: &mut Interp, cls: &Rc<Class>, layout: &Layout, items: Vec<Value>, extra: Vec<Value>) -> Value {
    let obj = interp.new_instance_with_base(cls, Value::tuple(items.clone()));
    if let Value::Instance(inst) = &obj {
        let mut d = inst.dict.borrow_mut();
        for ((name, attr), v) in layout.visible.iter().zip(items) {
            if *attr {
                d.set_str(name, v);
            }
        }
        for (name, v) in layout.extra.iter().zip(extra) {
            d.set_str(name, v);
        }
    }
    obj
}

/// A new instance of `layout`'s class.
pub fn make(interp: &mut Interp, layout: &'static Layout, items: Vec<Value>, extra: Vec<Value>) -> Value {
    let cls = class_of(interp, layout);
    build(interp, &cls, layout, items, extra)
}

/// `cls(sequence, dict=None)`.
fn new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(interp.type_error("__new__ needs its type"));
    };
    let cls = cls.clone();
    let layout = layout_of(&cls);
    let sig = super::args::Sig::new(layout.full_name, &["sequence", "dict"], 1, &[]);
    let p = super::args::parse(interp, &sig, &args[1..], kwargs)?;
    let items = interp.collect_iterable(p.req(0))?;
    let (min, max) = (layout.visible.len(), layout.visible.len() + layout.extra.len());
    let n = items.len();
    let name = layout.full_name;
    if n < min || n > max {
        let msg = if min == max {
            format!("{name}() takes a {min}-sequence ({n}-sequence given)")
        } else if n < min {
            format!("{name}() takes an at least {min}-sequence ({n}-sequence given)")
        } else {
            format!("{name}() takes an at most {max}-sequence ({n}-sequence given)")
        };
        return Err(interp.type_error(msg));
    }
    let given_dict = p.opt(1).cloned();
    let mut extra: Vec<Value> = Vec::new();
    for (i, field) in layout.extra.iter().enumerate() {
        let v = match items.get(min + i) {
            Some(v) => v.clone(),
            None => match &given_dict {
                Some(Value::Dict(d)) => d.borrow().get_str(field).cloned().unwrap_or(Value::None),
                _ => Value::None,
            },
        };
        extra.push(v);
    }
    if std::ptr::eq(layout, &STAT_RESULT) {
        // The float times default to the integer ones of the tuple.
        for k in 0..3 {
            if extra[k].is_none() {
                extra[k] = items[7 + k].clone();
            }
        }
    }
    let visible = items[..min].to_vec();
    Ok(build(interp, &cls, layout, visible, extra))
}

/// A struct sequence's class, tuple items and attribute dict.
type Parts = (Rc<Class>, Vec<Value>, Rc<std::cell::RefCell<Dict>>);

fn items_of(interp: &mut Interp, args: &[Value]) -> PyResult<Parts> {
    if let Some(Value::Instance(inst)) = args.first() {
        if let Some(Value::Tuple(t)) = inst.builtin_base() {
            return Ok((inst.class.clone(), t.0.to_vec(), inst.dict.clone()));
        }
    }
    Err(interp.type_error("descriptor requires a struct sequence"))
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (cls, items, _) = items_of(interp, args)?;
    let layout = layout_of(&cls);
    let mut parts = Vec::new();
    for ((name, _), v) in layout.visible.iter().zip(items.iter()) {
        parts.push(format!("{name}={}", interp.repr(v)?));
    }
    Ok(Value::string(format!("{}({})", layout.full_name, parts.join(", "))))
}

fn reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (cls, items, dict) = items_of(interp, args)?;
    let layout = layout_of(&cls);
    let mut extras = Dict::new();
    for name in layout.extra {
        let v = dict.borrow().get_str(name).cloned().unwrap_or(Value::None);
        extras.set_str(name, v);
    }
    let extras = Value::Dict(Rc::new(std::cell::RefCell::new(extras)));
    Ok(Value::tuple(vec![Value::Class(cls), Value::tuple(vec![Value::tuple(items), extras])]))
}
