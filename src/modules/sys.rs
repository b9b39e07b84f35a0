//! The `sys` module: argv, path, modules, exit, stdout/stderr, recursion limit,
//! and the descriptive records (`version_info`, `flags`, `float_info`,
//! `hash_info` are struct sequences; `implementation` is a namespace).

use crate::vm::types::Exc;
use crate::objects::{check_args, native};
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// `sys.hexversion` of the Python version coil implements (3.11.0 final).
const HEXVERSION: i64 = 0x030B_00F0;

/// The fields of `sys.flags`, in CPython 3.11's order, with coil's values:
/// coil has no `site`, always works in UTF-8 and does
/// not randomize string hashes.
const FLAGS: &[(&str, Flag)] = &[
    ("debug", Flag::Int(0)),
    ("inspect", Flag::Int(0)),
    ("interactive", Flag::Int(0)),
    ("optimize", Flag::Int(0)),
    ("dont_write_bytecode", Flag::Int(0)),
    ("no_user_site", Flag::Int(0)),
    ("no_site", Flag::Int(1)),
    ("ignore_environment", Flag::Int(0)),
    ("verbose", Flag::Int(0)),
    ("bytes_warning", Flag::Int(0)),
    ("quiet", Flag::Int(0)),
    ("hash_randomization", Flag::Int(0)),
    ("isolated", Flag::Int(0)),
    ("dev_mode", Flag::Bool(false)),
    ("utf8_mode", Flag::Int(1)),
    ("warn_default_encoding", Flag::Int(0)),
    ("safe_path", Flag::Bool(false)),
    ("int_max_str_digits", Flag::Int(-1)),
];

/// The value of one `sys.flags` field.
#[derive(Clone, Copy)]
enum Flag {
    Int(i64),
    Bool(bool),
}

/// Read-only accessors of struct-sequence items, one per position.
const ITEM_GETTERS: [NativeFn; 18] = [
    item::<0>,
    item::<1>,
    item::<2>,
    item::<3>,
    item::<4>,
    item::<5>,
    item::<6>,
    item::<7>,
    item::<8>,
    item::<9>,
    item::<10>,
    item::<11>,
    item::<12>,
    item::<13>,
    item::<14>,
    item::<15>,
    item::<16>,
    item::<17>,
];

/// A struct sequence `sys.NAME`: a tuple whose items are also read-only
/// attributes named by `fields`, shown as `sys.NAME(field=value, ...)`.
fn struct_seq(interp: &mut Interp, name: &str, fields: &[&str], values: Vec<Value>) -> Value {
    let cls = struct_seq_class(interp, name, fields);
    interp.new_instance_with_base(&cls, Value::tuple(values))
}

/// The class of a struct sequence `sys.NAME` with these fields.
pub(super) fn struct_seq_class(interp: &mut Interp, name: &str, fields: &[&str]) -> Rc<Class> {
    let mut d = Dict::new();
    d.set_str("__repr__", native("__repr__", struct_seq_repr));
    d.set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    d.set_str("n_fields", Value::Int(fields.len() as i64));
    d.set_str("n_unnamed_fields", Value::Int(0));
    d.set_str("__match_args__", Value::tuple(fields.iter().map(|f| Value::str(f)).collect()));
    for (field, getter) in fields.iter().zip(ITEM_GETTERS) {
        let prop = Descriptor::Property {
            fget: native(field, getter),
            fset: native(field, readonly),
            fdel: native(field, readonly),
            doc: Value::None,
        };
        d.set_str(field, Value::Descriptor(Rc::new(prop)));
    }
    let tuple = interp.types.tuple.clone();
    let fallback = interp.types.object.clone();
    crate::vm::types::new_class(name, vec![tuple], d, ClassKind::Object, "sys").unwrap_or(fallback)
}

/// The items of a struct sequence.
fn seq_items(interp: &mut Interp, v: Option<&Value>) -> PyResult<(Rc<Instance>, Vec<Value>)> {
    if let Some(Value::Instance(inst)) = v {
        if let Some(Value::Tuple(t)) = inst.builtin_base() {
            return Ok((inst.clone(), t.0.to_vec()));
        }
    }
    Err(interp.type_error("descriptor requires a struct sequence"))
}

fn item<const I: usize>(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (_, items) = seq_items(interp, args.first())?;
    Ok(items.get(I).cloned().unwrap_or(Value::None))
}

fn readonly(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.attribute_error("readonly attribute"))
}

fn struct_seq_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (inst, items) = seq_items(interp, args.first())?;
    let names = inst.class.dict.borrow().get_str("__match_args__").cloned();
    let names: Vec<Value> = match names {
        Some(Value::Tuple(t)) => t.0.to_vec(),
        _ => vec![],
    };
    let mut shown = Vec::with_capacity(items.len());
    for (name, v) in names.iter().zip(items.iter()) {
        shown.push(format!("{}={}", name.as_str().unwrap_or("?"), interp.repr(v)?));
    }
    Ok(Value::string(format!("sys.{}({})", inst.class.name, shown.join(", "))))
}

/// `sys.version_info`.
fn version_info(interp: &mut Interp) -> Value {
    let fields = ["major", "minor", "micro", "releaselevel", "serial"];
    let values = vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::str("final"), Value::Int(0)];
    struct_seq(interp, "version_info", &fields, values)
}

/// `sys.flags`.
fn flags(interp: &mut Interp) -> Value {
    let fields: Vec<&str> = FLAGS.iter().map(|(n, _)| *n).collect();
    let values = FLAGS
        .iter()
        .map(|(_, v)| match v {
            Flag::Int(i) => Value::Int(*i),
            Flag::Bool(b) => Value::Bool(*b),
        })
        .collect();
    struct_seq(interp, "flags", &fields, values)
}

/// `sys.float_info`: the IEEE 754 double.
fn float_info(interp: &mut Interp) -> Value {
    let fields =
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
    let values = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    struct_seq(interp, "float_info", &fields, values)
}

/// `sys.hash_info`: CPython's numeric hash parameters (coil's `hash()` of
/// numbers matches CPython's); strings hash with an unseeded Fx hash.
fn hash_info(interp: &mut Interp) -> Value {
    let fields = ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
    let values = vec![
        Value::Int(64),
        Value::Int((1i64 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        Value::str("fx"),
        Value::Int(64),
        Value::Int(0),
        Value::Int(0),
    ];
    struct_seq(interp, "hash_info", &fields, values)
}

/// `sys.implementation`: a namespace shown as CPython shows `types.SimpleNamespace`.
fn implementation(interp: &mut Interp) -> Value {
    let mut d = Dict::new();
    d.set_str("__repr__", native("__repr__", namespace_repr));
    let object = interp.types.object.clone();
    let cls = crate::vm::types::new_class("SimpleNamespace", vec![object.clone()], d, ClassKind::Object, "types")
        .unwrap_or(object);
    let ns = interp.new_instance(&cls);
    if let Value::Instance(inst) = &ns {
        let mut attrs = inst.dict.borrow_mut();
        attrs.set_str("name", Value::str("coil"));
        attrs.set_str("cache_tag", Value::str("coil-311"));
        attrs.set_str("version", version_info(interp));
        attrs.set_str("hexversion", Value::Int(HEXVERSION));
    }
    ns
}

fn namespace_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(interp.type_error("descriptor '__repr__' requires a namespace"));
    };
    let entries: Vec<(Value, Value)> = inst.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut shown = Vec::with_capacity(entries.len());
    for (k, v) in entries {
        shown.push(format!("{}={}", k.as_str().unwrap_or("?"), interp.repr(&v)?));
    }
    Ok(Value::string(format!("namespace({})", shown.join(", "))))
}

/// `sys.audit(event, *args)`: coil has no audit hooks, so nothing is reported.
fn audit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(interp.type_error("audit() missing 1 required positional argument: 'event'"));
    }
    if args[0].as_str().is_none() {
        let t = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("expected str for argument 'event', not {t}")));
    }
    Ok(Value::None)
}

/// `sys.addaudithook(hook)`: accepted and never called (nothing is audited).
fn addaudithook(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "addaudithook", args, 1, 1)?;
    Ok(Value::None)
}

/// The `sys` module object.
pub fn module(interp: &mut Interp) -> Value {
    let functions: &[(&str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("setrecursionlimit", setrecursionlimit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("getrefcount", getrefcount),
        ("getfilesystemencoding", getfilesystemencoding),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("audit", audit),
        ("addaudithook", addaudithook),
        ("is_finalizing", is_finalizing),
        ("set_coroutine_origin_tracking_depth", set_coroutine_origin_tracking_depth),
        ("get_coroutine_origin_tracking_depth", get_coroutine_origin_tracking_depth),
    ];
    let hook = crate::objects::native_sig("sys.displayhook", displayhook, "($module, object, /)");
    let mut values = vec![
            ("_getframe", crate::objects::frames::getframe_builtin()),
            ("displayhook", hook.clone()),
            ("__displayhook__", hook),
            ("exc_info", crate::objects::native_with_caller("exc_info", exc_info, |i, f, _, _| {
                let h = i.current_handled(f);
                Ok(if h.is_none() {
                    Value::tuple(vec![Value::None, Value::None, Value::None])
                } else {
                    let tb = crate::vm::exceptions::exc_data(&h).map_or(Value::None, crate::objects::traceback::traceback_of);
                    Value::tuple(vec![Value::Class(i.type_of(&h)), h, tb])
                })
            })),
            ("exception", crate::objects::native_with_caller("exception", no_exception, |i, f, _, _| {
                Ok(i.current_handled(f))
            })),
            ("argv", Value::list(vec![])),
            ("orig_argv", Value::list(vec![])),
            ("path", Value::list(vec![])),
            ("version", Value::str(concat!("3.11.0 (coil ", env!("CARGO_PKG_VERSION"), ")"))),
            ("version_info", version_info(interp)),
            ("hexversion", Value::Int(HEXVERSION)),
            ("flags", flags(interp)),
            ("float_info", float_info(interp)),
            ("hash_info", hash_info(interp)),
            ("int_info", int_info(interp)),
            ("warnoptions", Value::list(vec![])),
            ("dont_write_bytecode", Value::Bool(true)),
            ("platform", Value::str(std::env::consts::OS)),
            ("maxsize", Value::Int(i64::MAX)),
            ("byteorder", Value::str("little")),
            ("maxunicode", Value::Int(0x10ffff)),
            ("implementation", implementation(interp)),
            ("executable", Value::str("coil")),
            ("prefix", Value::str("")),
            ("base_prefix", Value::str("")),
            ("exec_prefix", Value::str("")),
            ("base_exec_prefix", Value::str("")),
            ("platlibdir", Value::str("lib")),
            ("float_repr_style", Value::str("short")),
            ("abiflags", Value::str("")),
            ("api_version", Value::Int(1013)),
            ("copyright", Value::str(COPYRIGHT)),
            ("pycache_prefix", Value::None),
            ("_xoptions", Value::dict(Dict::new())),
            ("thread_info", thread_info(interp)),
        ];
    super::sys_hooks::install(interp, &mut values);
    super::make_module("sys", functions, values)
}

/// `sys.copyright`.
const COPYRIGHT: &str = "Copyright (c) the coil authors.\nThe language is Python's, by the Python Software Foundation.";

/// `sys.thread_info`: coil's heap has one thread; natives' worker threads are POSIX threads.
fn thread_info(interp: &mut Interp) -> Value {
    let fields = ["name", "lock", "version"];
    let values = vec![Value::str("pthread"), Value::str("mutex+cond"), Value::None];
    struct_seq(interp, "thread_info", &fields, values)
}

/// `sys.builtin_module_names`: the modules written in Rust, built or not
/// (`builtins` and `sys` among them).
/// Also `sys.stdlib_module_names`: those and the top-level modules of the
/// embedded standard library.
pub fn set_builtin_module_names(interp: &mut Interp) {
    let names = interp.native_module_names();
    let tuple = Value::tuple(names.iter().map(|n| Value::str(n)).collect());
    let mut all: Vec<Value> = names.iter().map(|n| Value::str(n)).collect();
    all.extend(interp.stdlib.keys().filter(|n| !n.contains('.')).map(|n| Value::str(n)));
    let stdlib_names = match crate::objects::set::to_set(interp, &Value::list(all)) {
        Ok(data) => Value::FrozenSet(Rc::new(data)),
        Err(_) => Value::None,
    };
    if let Some(Value::Module(m)) = interp.modules.get("sys") {
        let mut d = m.dict.borrow_mut();
        d.set_str("builtin_module_names", tuple);
        d.set_str("stdlib_module_names", stdlib_names);
    }
}

/// `sys.is_finalizing()`.
fn is_finalizing(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "is_finalizing", args, 0, 0)?;
    Ok(Value::Bool(interp.extensions.get::<crate::vm::hooks::SysHooks>().is_some_and(|h| h.finalizing)))
}

/// `sys.dont_write_bytecode` from the interpreter's code cache: false when
/// imports write their compiled code beside the sources.
pub fn sync_dont_write_bytecode(interp: &mut Interp) {
    let Some(Value::Module(m)) = interp.modules.get("sys") else { return };
    let quiet = !interp.code_cache.as_ref().is_some_and(|c| c.write_beside_sources);
    m.dict.borrow_mut().set_str("dont_write_bytecode", Value::Bool(quiet));
}

#[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
/// Fills `sys.argv`, `sys.path` and `sys.modules` from the interpreter's state.
pub fn sync(interp: &mut Interp) {
    let Some(Value::Module(m)) = interp.modules.get("sys").cloned() else { return };
    let argv = Value::list(interp.argv.iter().map(|a| Value::str(a)).collect());
    let path = Value::list(interp.path.iter().map(|a| Value::str(a)).collect());
    let mut d = m.dict.borrow_mut();
    d.set_str("argv", argv);
    d.set_str("path", path);
    d.set_str("orig_argv", Value::list(std::env::args().map(Value::string).collect()));
    // The coil command knows where it runs from (subprocesses start it again by this path).
    if let Ok(exe) = std::env::current_exe() {
        d.set_str("executable", Value::string(exe.to_string_lossy().into_owned()));
        // The installation prefix: the folder above the one holding the command, as CPython
        // computes it when it finds no landmark (coil's library is inside the binary).
        if let Some(prefix) = exe.parent().and_then(|bin| bin.parent()) {
            let prefix = Value::string(prefix.to_string_lossy().into_owned());
            for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
                d.set_str(name, prefix.clone());
            }
        }
    }
    drop(d);
    sync_dont_write_bytecode(interp);
    crate::vm::import::sync_modules(interp);
}

/// Puts `dir` first on the import path (the startup path and `sys.path`), unless it is there.
pub fn add_path(interp: &mut Interp, dir: &str) {
    if !interp.path.iter().any(|p| p == dir) {
        interp.path.insert(0, dir.to_string());
    }
    let Some(Value::Module(m)) = interp.modules.get("sys").cloned() else { return };
    let path = m.dict.borrow().get_str("path").cloned();
    if let Some(Value::List(l)) = path {
        let mut l = l.borrow_mut();
        if !l.iter().any(|v| v.as_str() == Some(dir)) {
            l.insert(0, Value::str(dir));
        }
    }
}

fn exit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "exit", args, 0, 1)?;
    let class = interp.types.exc(Exc::SystemExit);
    Err(interp.new_exception(class, args.to_vec()))
}

thread_local! {
    /// `sys.getswitchinterval()`: kept for scripts that tune it; coil runs one thread.
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
}

fn getswitchinterval(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getswitchinterval", args, 0, 0)?;
    Ok(Value::Float(SWITCH_INTERVAL.with(|s| s.get())))
}

fn setswitchinterval(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "setswitchinterval", args, 1, 1)?;
    let v = crate::objects::numbers::number_arg(interp, &args[0])?;
    if v <= 0.0 {
        return Err(interp.value_error("switch interval must be strictly positive"));
    }
    SWITCH_INTERVAL.with(|s| s.set(v));
    Ok(Value::None)
}

/// `sys.get_int_max_str_digits()`: the limit on decimal digits of int <-> str (0: none).
fn get_int_max_str_digits(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(crate::objects::format::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0, or at least the check threshold (640).
fn set_int_max_str_digits(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let given = args.first().or_else(|| kwargs.iter().find(|(k, _)| &**k == "maxdigits").map(|(_, v)| v));
    let Some(value) = given.cloned() else {
        return Err(interp.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"));
    };
    let n = interp.c_int_value(&value)?;
    let threshold = crate::objects::format::STR_DIGITS_CHECK_THRESHOLD as i64;
    if n != 0 && n <= threshold {
        return Err(interp.value_error(format!("maxdigits must be 0 or larger than {threshold}")));
    }
    crate::objects::format::set_max_str_digits(n as usize);
    Ok(Value::None)
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: how many frames each new
/// coroutine records as its `cr_origin` (and lists in a never-awaited warning).
fn set_coroutine_origin_tracking_depth(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let given = args.first().or_else(|| kwargs.iter().find(|(k, _)| &**k == "depth").map(|(_, v)| v));
    let Some(value) = given.cloned() else {
        let msg = "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)";
        return Err(interp.type_error(msg));
    };
    let depth = interp.c_int_value(&value)?;
    if depth < 0 {
        return Err(interp.value_error("depth must be >= 0"));
    }
    interp.coroutine_origin_depth = depth as usize;
    Ok(Value::None)
}

/// `sys.get_coroutine_origin_tracking_depth()`.
fn get_coroutine_origin_tracking_depth(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_coroutine_origin_tracking_depth", args, 0, 0)?;
    Ok(Value::Int(interp.coroutine_origin_depth as i64))
}

/// `sys.int_info`: how ints are laid out (CPython's values) and the digit limits.
fn int_info(interp: &mut Interp) -> Value {
    let fields = ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
    let values = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(crate::objects::format::DEFAULT_MAX_STR_DIGITS as i64),
        Value::Int(crate::objects::format::STR_DIGITS_CHECK_THRESHOLD as i64),
    ];
    struct_seq(interp, "int_info", &fields, values)
}

fn getrecursionlimit(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit as i64))
}

fn setrecursionlimit(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "setrecursionlimit", args, 1, 1)?;
    let n = interp.c_int_value(&args[0])?;
    if n < 1 {
        return Err(interp.value_error("recursion limit must be greater or equal than 1"));
    }
    interp.recursion_limit = (n as usize).min(crate::vm::interp::MAX_RECURSION_LIMIT);
    Ok(Value::None)
}

/// `sys.displayhook(value)`: how interactive code shows an expression's
/// value — its repr on a line of `sys.stdout`, kept in `builtins._` (None
/// shows nothing).
fn displayhook(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "displayhook", args, 1, 1)?;
    let value = &args[0];
    if value.is_none() {
        return Ok(Value::None);
    }
    interp.builtins.borrow_mut().set_str("_", Value::None);
    let text = format!("{}\n", interp.repr(value)?);
    let stdout = match interp.modules.get("sys") {
        Some(Value::Module(m)) => m.dict.borrow().get_str("stdout").cloned(),
        _ => None,
    };
    match stdout {
        Some(out) if !out.is_none() => {
            let write = interp.get_attr(&out, "write")?;
            interp.call_value(write, vec![Value::string(text)], vec![])?;
        }
        _ => return Err(interp.runtime_error("lost sys.stdout")),
    }
    interp.builtins.borrow_mut().set_str("_", value.clone());
    Ok(Value::None)
}

/// `sys.exc_info()` called from Rust: no frame, so nothing is being handled.
fn exc_info(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::None, Value::None, Value::None]))
}

/// `sys.exception()` called from Rust: no frame, so nothing is being handled.
fn no_exception(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn intern(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "intern", args, 1, 1)?;
    Ok(args[0].clone())
}

/// `sys.getrefcount(obj)`: the references to a heap object (the argument's own
/// included, as in CPython); immediates report a large constant.
fn getrefcount(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getrefcount", args, 1, 1)?;
    use std::rc::Rc;
    let n = match &args[0] {
        Value::Str(r) => Rc::strong_count(r),
        Value::Bytes(r) => Rc::strong_count(r),
        Value::ByteArray(r) => Rc::strong_count(r),
        Value::MemoryView(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::FrozenSet(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::Class(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::Module(r) => Rc::strong_count(r),
        Value::BigInt(r) => Rc::strong_count(r),
        _ => 1 << 30,
    };
    Ok(Value::Int(n as i64))
}

fn getsizeof(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getsizeof", args, 1, 2)?;
    Ok(Value::Int(16))
}

/// `sys.getfilesystemencoding()`: file names are UTF-8 (os.fsencode).
/// `sys.getdefaultencoding()`: always `'utf-8'`, as in CPython 3.
fn getdefaultencoding(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getdefaultencoding", args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencoding(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getfilesystemencoding", args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

/// `sys.getfilesystemencodeerrors()`: undecodable bytes in file names become lone surrogates.
fn getfilesystemencodeerrors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getfilesystemencodeerrors", args, 0, 0)?;
    Ok(Value::str("surrogateescape"))
}
