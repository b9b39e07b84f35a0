//! Traceback objects (`exc.__traceback__`, `sys.exc_info()[2]`): the chain
//! CPython builds as an exception leaves frames, outermost first, linked by
//! `tb_next`. The VM records plain entries (`ExcData::traceback`); the objects
//! are made from them when a script asks and kept on the exception, so the
//! same objects come back each time and outer frames added later link to
//! them. A traceback's frame is a snapshot (code, globals, line) with empty
//! `f_locals` and no `f_back`: coil does not keep finished frames alive.

use crate::objects::frames::FrameObject;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::{BuiltinFunction, Descriptor, ExcData, KwArgs, NativeObject, PyResult, TbEntry};
use crate::vm::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// One link of a traceback chain.
pub struct Traceback {
    pub entry: TbEntry,
    pub lineno: u32,
    frame: Value,
    next: RefCell<Value>,
}

impl NativeObject for Traceback {
    fn type_name(&self) -> &str {
        "traceback"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The traceback behind a value, if it is one.
pub fn as_traceback(v: &Value) -> Option<&Traceback> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Traceback>(),
        _ => None,
    }
}

/// A traceback object for `entry`, followed by `next`.
fn make(entry: &TbEntry, next: Value) -> Value {
    let lineno = entry.code.line_at(entry.pc as usize);
    let frame = FrameObject {
        code: entry.code.clone(),
        globals: entry.globals.clone(),
        locals: Rc::new(RefCell::new(Dict::new())),
        pc: entry.pc as usize,
        lasti: entry.pc as i64 * 2,
        back: Value::None,
    };
    let frame = Value::native(Rc::new(frame));
    Value::native(Rc::new(Traceback { entry: entry.clone(), lineno, frame, next: RefCell::new(next) }))
}

/// The entries of the chain starting at `head`, innermost first.
fn chain_entries(head: &Value) -> Vec<TbEntry> {
    let mut out = Vec::new();
    let mut at = head.clone();
    while let Some(tb) = as_traceback(&at) {
        out.push(tb.entry.clone());
        let next = tb.next.borrow().clone();
        at = next;
    }
    out.reverse();
    out
}

/// `exc.__traceback__`: the chain for the exception's entries (None when it has none).
pub fn traceback_of(data: &RefCell<ExcData>) -> Value {
    let mut d = data.borrow_mut();
    let (mut made, mut head) = d.tb_objects.clone().unwrap_or((0, Value::None));
    if made > d.traceback.len() {
        (made, head) = (0, Value::None);
    }
    if made == d.traceback.len() && (made > 0 || head.is_none()) {
        return head;
    }
    for entry in &d.traceback[made..] {
        head = make(entry, head);
    }
    d.tb_objects = Some((d.traceback.len(), head.clone()));
    head
}

/// The entries a traceback printer shows: those of the objects a script may
/// have relinked (`tb_next`, `with_traceback`), then any recorded since.
pub fn current_entries(data: &ExcData) -> Vec<TbEntry> {
    match &data.tb_objects {
        Some((made, head)) if *made <= data.traceback.len() => {
            let mut entries = chain_entries(head);
            entries.extend_from_slice(&data.traceback[*made..]);
            entries
        }
        _ => data.traceback.clone(),
    }
}

/// Sets `exc.__traceback__` (and `with_traceback`): a traceback or None.
pub fn set_traceback(interp: &mut Interp, data: &RefCell<ExcData>, v: &Value) -> PyResult<()> {
    if !v.is_none() && as_traceback(v).is_none() {
        return Err(interp.type_error("__traceback__ must be a traceback or None"));
    }
    let entries = chain_entries(v);
    let mut d = data.borrow_mut();
    d.tb_objects = (!v.is_none()).then(|| (entries.len(), v.clone()));
    d.traceback = entries;
    Ok(())
}

/// Registers the `traceback` class: `tb_frame`, `tb_lineno`, `tb_lasti` and a writable `tb_next`.
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "traceback", &object, "builtins");
    let getter = |name: &str, func| {
        Value::Builtin(Rc::new(BuiltinFunction { name: name.into(), func, bound: None, with_caller: None, on_builtin_value: true, sig: None }))
    };
    let props: [(&str, Value, Value); 4] = [
        ("tb_frame", getter("tb_frame", tb_frame), Value::None),
        ("tb_lineno", getter("tb_lineno", tb_lineno), Value::None),
        ("tb_lasti", getter("tb_lasti", tb_lasti), Value::None),
        ("tb_next", getter("tb_next", tb_next), getter("tb_next", set_tb_next)),
    ];
    for (name, fget, fset) in props {
        let prop = Descriptor::Property { fget, fset, fdel: Value::None, doc: Value::None };
        cls.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(prop)));
    }
}

/// The traceback a getter or setter was called on.
fn this<'a>(interp: &mut Interp, args: &'a [Value], name: &str) -> PyResult<&'a Traceback> {
    match args.first().and_then(as_traceback) {
        Some(tb) => Ok(tb),
        None => Err(interp.type_error(format!("descriptor '{name}' for 'traceback' objects doesn't apply to this object"))),
    }
}

fn tb_frame(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(this(interp, args, "tb_frame")?.frame.clone())
}

fn tb_lineno(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args, "tb_lineno")?.lineno as i64))
}

/// CPython counts instructions in bytes (two per instruction).
fn tb_lasti(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args, "tb_lasti")?.entry.pc as i64 * 2))
}

fn tb_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(this(interp, args, "tb_next")?.next.borrow().clone())
}

fn set_tb_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let tb = this(interp, args, "tb_next")?;
    let new = args.get(1).cloned().unwrap_or(Value::None);
    if !new.is_none() && as_traceback(&new).is_none() {
        let t = interp.type_name(&new);
        return Err(interp.type_error(format!("expected traceback object or None, got '{t}'")));
    }
    let mut at = new.clone();
    while let Some(link) = as_traceback(&at) {
        if std::ptr::eq(link, tb) {
            return Err(interp.value_error("traceback loop detected"));
        }
        let next = link.next.borrow().clone();
        at = next;
    }
    *tb.next.borrow_mut() = new;
    Ok(Value::None)
}
