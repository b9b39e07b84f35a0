//! The `random` module: CPython's Mersenne Twister (MT19937) and the
//! algorithms of its `random.py`, so that a seeded program draws exactly the
//! numbers CPython 3.11 draws.
//!
//! `Random` is a class like the one `random.py` defines: its instances (and
//! those of its subclasses) carry a [`RandomState`] as their builtin value and
//! a `__dict__`. Every method is built on `self.random()`, `self.getrandbits()`
//! and `self._randbelow()` as in CPython: when the receiver's class overrides
//! one of them, the natives call the override ([`Gen`]); otherwise they run on
//! the generator directly. The module-level functions are the methods of the
//! hidden instance `_inst`.

mod args;
mod dists;
mod hash;
mod ints;
mod mt;
mod seeding;
mod seqs;
mod system;

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use args::{big_value, float_arg, int_arg};
use mt::RandomState;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

// ---------------------------------------------------------------- overrides

/// The class's `random` is not the native one.
const RANDOM: u16 = 1;
/// The class's `getrandbits` is not the native one.
const GETRANDBITS: u16 = 2;
/// The class's `_randbelow` is `_randbelow_without_getrandbits`.
const BELOW_WITHOUT: u16 = 4;
/// The class's `_randbelow` is neither native variant.
const BELOW_OTHER: u16 = 8;
/// The class's `randrange` (which `randint` calls) is not the native one.
const RANDRANGE: u16 = 16;
/// The class's `normalvariate` (which `lognormvariate` calls) is not the native one.
const NORMAL: u16 = 32;
/// The class's `gammavariate` (which `betavariate` calls) is not the native one.
const GAMMA: u16 = 64;
/// The flags that take `_randbelow` off the native generator.
const BELOW_SLOW: u16 = GETRANDBITS | BELOW_WITHOUT | BELOW_OTHER;

/// A method's receiver: the instance, its generator and what its class
/// overrides (0 for `Random` itself, the fast path).
pub(super) struct Gen {
    this: Value,
    st: Rc<RandomState>,
    mode: u16,
}

impl Gen {
    /// The generator of `this` (a `Random` instance), or None.
    fn of(interp: &mut Interp, this: &Value) -> Option<Gen> {
        let st = match this.builtin_value() {
            Value::Native(n) => downcast_rc::<RandomState>(n)?,
            _ => return None,
        };
        let mode = mode_of(interp, this, &st);
        Some(Gen { this: this.clone(), st, mode })
    }

    /// Whether `_randbelow` runs on the native generator.
    fn fast_below(&self) -> bool {
        self.mode & BELOW_SLOW == 0
    }

    /// `self.name(*args)`.
    fn call(&self, interp: &mut Interp, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let f = interp.get_attr(&self.this, name)?;
        interp.call_value(f, args, vec![])
    }

    /// `self.gauss_next`.
    fn gauss_next(&self, interp: &mut Interp) -> PyResult<Value> {
        interp.get_attr(&self.this, "gauss_next")
    }

    /// `self.gauss_next = v`.
    fn set_gauss_next(&self, interp: &mut Interp, v: Value) -> PyResult<()> {
        interp.set_attr(&self.this, "gauss_next", v)
    }

    /// `self.random()` as a float.
    fn random(&self, interp: &mut Interp) -> PyResult<f64> {
        if self.mode & RANDOM == 0 {
            return Ok(self.st.random());
        }
        let v = self.call(interp, "random", vec![])?;
        float_arg(interp, &v)
    }

    /// `self.random()` as the object it returned.
    fn random_value(&self, interp: &mut Interp) -> PyResult<Value> {
        if self.mode & RANDOM == 0 {
            return Ok(Value::Float(self.st.random()));
        }
        self.call(interp, "random", vec![])
    }

    /// `self.getrandbits(k)`.
    fn getrandbits(&self, interp: &mut Interp, k: u64) -> PyResult<BigInt> {
        if self.mode & GETRANDBITS == 0 {
            return Ok(self.st.bits_big(k));
        }
        let v = self.call(interp, "getrandbits", vec![Value::Int(k as i64)])?;
        int_arg(interp, &v)
    }

    /// `self._randbelow(n)` as an int.
    fn below(&self, interp: &mut Interp, n: &BigInt) -> PyResult<BigInt> {
        if self.fast_below() {
            return Ok(if n.is_positive() { self.st.below_big(n) } else { BigInt::default() });
        }
        let v = self.below_value(interp, big_value(n.clone()))?;
        int_arg(interp, &v)
    }

    /// `self._randbelow(n)` for a small `n`; an index out of range is an IndexError.
    fn below_u64(&self, interp: &mut Interp, n: u64) -> PyResult<u64> {
        if self.fast_below() {
            return Ok(self.st.below_u64(n));
        }
        let b = self.below(interp, &BigInt::from(n))?;
        b.to_u64().filter(|&i| i < n.max(1)).ok_or_else(|| interp.index_error("list index out of range"))
    }

    /// `self._randbelow(n)`, whatever the override returns.
    fn below_value(&self, interp: &mut Interp, n: Value) -> PyResult<Value> {
        if self.mode & BELOW_OTHER != 0 {
            self.call(interp, "_randbelow", vec![n])
        } else if self.mode & BELOW_WITHOUT != 0 {
            ints::below_without(self, interp, &n, &Value::Int(1i64 << ints::BPF))
        } else {
            ints::below_with(self, interp, &n)
        }
    }
}

/// The override flags of the class of `this`, cached in its state per class epoch.
fn mode_of(interp: &mut Interp, this: &Value, st: &RandomState) -> u16 {
    let Value::Instance(i) = this else { return 0 };
    let key = Rc::as_ptr(&i.class) as *const u8 as usize;
    let (k, epoch, mode) = st.mode.get();
    if k == key && epoch == interp.class_epoch {
        return mode | instance_overrides(&i.dict.borrow());
    }
    let mode = compute_mode(interp, &i.class);
    st.mode.set((key, interp.class_epoch, mode));
    mode | instance_overrides(&i.dict.borrow())
}

/// The flags of the methods an instance's own `__dict__` replaces (`g.random = f`).
fn instance_overrides(d: &crate::vm::dict::Dict) -> u16 {
    // The usual dict holds `gauss_next` alone: tell by its one key, unhashed.
    let only_gauss = || matches!(d.iter().next(), Some((Value::Str(k), _)) if k.as_str() == "gauss_next");
    if d.is_empty() || (d.len() == 1 && only_gauss()) {
        return 0;
    }
    let names = [
        ("random", RANDOM),
        ("getrandbits", GETRANDBITS),
        ("_randbelow", BELOW_OTHER),
        ("randrange", RANDRANGE),
        ("normalvariate", NORMAL),
        ("gammavariate", GAMMA),
    ];
    names.iter().filter(|(name, _)| d.get_str(name).is_some()).fold(0, |m, (_, flag)| m | flag)
}

/// The native method `name` of `Random`.
fn method_fn(name: &str) -> Option<NativeFn> {
    METHODS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Whether `v` is the native method `name` of `Random`.
fn is_native(v: &Option<Value>, name: &str) -> bool {
    match (v, method_fn(name)) {
        (Some(Value::Builtin(b)), Some(f)) => std::ptr::fn_addr_eq(b.func, f),
        _ => false,
    }
}

fn compute_mode(interp: &mut Interp, cls: &Rc<Class>) -> u16 {
    let mut mode = 0;
    let plain = [
        ("random", RANDOM),
        ("getrandbits", GETRANDBITS),
        ("randrange", RANDRANGE),
        ("normalvariate", NORMAL),
        ("gammavariate", GAMMA),
    ];
    for (name, flag) in plain {
        if !is_native(&interp.class_lookup(cls, name), name) {
            mode |= flag;
        }
    }
    let below = interp.class_lookup(cls, "_randbelow");
    if is_native(&below, "_randbelow_without_getrandbits") {
        mode |= BELOW_WITHOUT;
    } else if !is_native(&below, "_randbelow") {
        mode |= BELOW_OTHER;
    }
    mode
}

// ---------------------------------------------------------------- the tables

macro_rules! entries {
    (both { $($name:literal => $imp:path),* $(,)? } methods { $($mname:literal => $mimp:path),* $(,)? }) => {
        /// The module-level functions: the methods of the module's `_inst`.
        const MODULE_FNS: &[(&str, NativeFn)] = &[$(($name, {
            fn f(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let g = module_gen(interp)?;
                $imp(interp, &g, args, kwargs)
            }
            f
        })),*];
        /// The methods of `Random`: they use the receiver's generator.
        const METHODS: &[(&str, NativeFn)] = &[$(($name, {
            fn f(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let g = receiver(interp, $name, args)?;
                $imp(interp, &g, &args[1..], kwargs)
            }
            f
        })),* , $(($mname, {
            fn f(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let g = receiver(interp, $mname, args)?;
                $mimp(interp, &g, &args[1..], kwargs)
            }
            f
        })),*];
    };
}

entries! {
    both {
        "seed" => seeding::seed_,
        "random" => ints::random_,
        "getrandbits" => ints::getrandbits_,
        "randbytes" => ints::randbytes_,
        "randrange" => ints::randrange_,
        "randint" => ints::randint_,
        "choice" => seqs::choice_,
        "shuffle" => seqs::shuffle_,
        "sample" => seqs::sample_,
        "choices" => seqs::choices_,
        "uniform" => dists::uniform_,
        "triangular" => dists::triangular_,
        "gauss" => dists::gauss_,
        "normalvariate" => dists::normalvariate_,
        "lognormvariate" => dists::lognormvariate_,
        "expovariate" => dists::expovariate_,
        "vonmisesvariate" => dists::vonmisesvariate_,
        "gammavariate" => dists::gammavariate_,
        "betavariate" => dists::betavariate_,
        "paretovariate" => dists::paretovariate_,
        "weibullvariate" => dists::weibullvariate_,
        "getstate" => seeding::getstate_,
        "setstate" => seeding::setstate_,
    }
    methods {
        "__init__" => seeding::init_,
        "__reduce__" => seeding::reduce_,
        "__getstate__" => seeding::dunder_getstate_,
        "__setstate__" => seeding::dunder_setstate_,
        "_randbelow" => ints::randbelow_,
        "_randbelow_without_getrandbits" => ints::randbelow_without_,
    }
}

/// What `random.__all__` lists.
const ALL: &[&str] = &[
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
];

/// The `math` names `random.py` imports under private names (`_log`, `_e`...).
const MATH_NAMES: &[(&str, &str)] = &[
    ("_log", "log"),
    ("_exp", "exp"),
    ("_pi", "pi"),
    ("_e", "e"),
    ("_ceil", "ceil"),
    ("_sqrt", "sqrt"),
    ("_acos", "acos"),
    ("_cos", "cos"),
    ("_sin", "sin"),
    ("_floor", "floor"),
    ("_isfinite", "isfinite"),
];

// ---------------------------------------------------------------- module

/// Creates the module and its classes and adds them to the module table.
pub fn register(interp: &mut Interp) {
    let m = module(interp);
    interp.modules.insert("random".into(), m);
}

/// The `random` module: its classes, functions, constants and `_inst`.
pub fn module(interp: &mut Interp) -> Value {
    let cls = random_class(interp);
    let sys_cls = system::class(interp, &cls);
    let st = Rc::new(RandomState::new());
    let inst = interp.new_instance_with_base(&cls, Value::native(st.clone()));
    interp.extensions.get_or_default::<ModuleInst>().0 = Some((inst.clone(), st));
    if let Value::Instance(i) = &inst {
        i.dict.borrow_mut().set_str("gauss_next", Value::None);
    }
    let all = Value::list(ALL.iter().map(|s| Value::str(s)).collect());
    let values = vec![
        ("_inst", inst),
        ("Random", Value::Class(cls)),
        ("SystemRandom", Value::Class(sys_cls)),
        ("__all__", all),
        ("NV_MAGICCONST", Value::Float(dists::nv_magicconst())),
        ("TWOPI", Value::Float(dists::TWOPI)),
        ("LOG4", Value::Float(dists::LOG4)),
        ("SG_MAGICCONST", Value::Float(dists::SG_MAGICCONST)),
        ("BPF", Value::Int(ints::BPF)),
        ("RECIP_BPF", Value::Float(2f64.powi(-(ints::BPF as i32)))),
        ("_urandom", crate::objects::native("_urandom", system::urandom_)),
    ];
    let module = super::make_module("random", MODULE_FNS, values);
    adopt_math(interp, &module);
    module
}

/// Puts the `math` functions and constants `random.py` imports into the
/// module (again once their signatures are declared: see `signatures.rs`).
pub fn adopt_math(interp: &mut Interp, module: &Value) {
    let (Some(Value::Module(math)), Value::Module(m)) = (interp.modules.get("math"), module) else { return };
    let d = math.dict.borrow();
    for (private, name) in MATH_NAMES {
        if let Some(v) = d.get_str(name) {
            m.dict.borrow_mut().set_str(private, v.clone());
        }
    }
}

/// The class `Random`, with its methods, `__new__` and `__init_subclass__`.
fn random_class(interp: &mut Interp) -> Rc<Class> {
    let object = interp.types.object.clone();
    let mut d = crate::vm::dict::Dict::new();
    for (name, f) in METHODS {
        d.set_str(name, crate::objects::native(name, *f));
    }
    // One function under two names, as in CPython.
    if let Some(f) = method_fn("_randbelow") {
        let v = crate::objects::native("_randbelow_with_getrandbits", f);
        d.set_str("_randbelow", v.clone());
        d.set_str("_randbelow_with_getrandbits", v);
    }
    let new = crate::objects::native("__new__", random_new);
    d.set_str("__new__", Value::Descriptor(Rc::new(Descriptor::StaticMethod(new))));
    let hook = crate::objects::native("__init_subclass__", init_subclass);
    d.set_str("__init_subclass__", Value::Descriptor(Rc::new(Descriptor::ClassMethod(hook))));
    d.set_str("VERSION", Value::Int(3));
    d.set_str("__doc__", Value::str("Random number generator base class used by bound module functions."));
    let cls = crate::vm::types::new_class("Random", vec![object.clone()], d, ClassKind::Object, "random")
        .unwrap_or(object);
    interp.native_classes.insert("Random".into(), cls.clone());
    cls
}

/// `Random.__new__(cls, *args, **kwargs)`: an unseeded instance of `cls`
/// (`__init__` seeds it).
fn random_new(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let owner = interp.native_classes.get("Random").cloned();
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            let t = interp.type_name(other);
            return Err(interp.type_error(format!("_random.Random.__new__(X): X is not a type object ({t})")));
        }
        None => return Err(interp.type_error("_random.Random.__new__(): not enough arguments")),
    };
    if !owner.is_some_and(|o| crate::vm::exceptions::is_subclass(&cls, &o)) {
        let n = cls.current_name();
        return Err(interp.type_error(format!("_random.Random.__new__({n}): {n} is not a subtype of _random.Random")));
    }
    Ok(interp.new_instance_with_base(&cls, Value::native(Rc::new(RandomState::new()))))
}

/// `Random.__init_subclass__(cls, **kwargs)`: picks the `_randbelow` of a
/// subclass that supplies `random()` or `getrandbits()` (the nearest in its
/// MRO decides), as CPython does.
fn init_subclass(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else { return Ok(Value::None) };
    let chain: Vec<Rc<Class>> = std::iter::once(cls.clone()).chain(cls.mro.iter().cloned()).collect();
    for c in chain {
        let (below, bits, random) = {
            let d = c.dict.borrow();
            (d.get_str("_randbelow").is_some(), d.get_str("getrandbits").is_some(), d.get_str("random").is_some())
        };
        let pick = if below {
            break;
        } else if bits {
            "_randbelow_with_getrandbits"
        } else if random {
            "_randbelow_without_getrandbits"
        } else {
            continue;
        };
        let target = Value::Class(cls.clone());
        let f = interp.get_attr(&target, pick)?;
        interp.set_attr(&target, "_randbelow", f)?;
        break;
    }
    Ok(Value::None)
}

/// The generator of a `Random` method's receiver.
fn receiver(interp: &mut Interp, name: &str, args: &[Value]) -> PyResult<Gen> {
    match args.first() {
        Some(v) => match Gen::of(interp, v) {
            Some(g) => Ok(g),
            None => {
                let t = interp.type_name(v);
                Err(interp.type_error(format!(
                    "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{t}' object"
                )))
            }
        },
        None => Err(interp.type_error(format!("unbound method Random.{name}() needs an argument"))),
    }
}

/// The module's hidden instance, which the module-level functions are bound
/// to (kept per interpreter, as CPython binds them when importing).
#[derive(Default)]
struct ModuleInst(Option<(Value, Rc<RandomState>)>);

/// The generator of this interpreter's `random` module (its `_inst`).
fn module_gen(interp: &mut Interp) -> PyResult<Gen> {
    let Some(ModuleInst(Some((this, st)))) = interp.extensions.get::<ModuleInst>() else {
        return Err(interp.runtime_error("random: generator state is missing"));
    };
    let (this, st) = (this.clone(), st.clone());
    let mode = mode_of(interp, &this, &st);
    Ok(Gen { this, st, mode })
}
