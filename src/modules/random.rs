//! The `random` module: CPython's Mersenne Twister (MT19937) and the
//! algorithms of its `random.py`, so that a seeded program draws exactly the
//! numbers CPython 3.11 draws.
//!
//! The generator state lives in the module dict as `_inst` (a native object),
//! so every interpreter has its own. The module-level functions fetch it from
//! `interp.modules["random"]`.

use crate::vm::types::Exc;
use crate::syntax::ast::BinOp;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

// ---------------------------------------------------------------- MT19937

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// CPython's `_random.Random` core: MT19937 with `init_by_array` seeding.
pub struct Mt19937 {
    mt: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn new() -> Mt19937 {
        let mut m = Mt19937 { mt: [0; N], index: N + 1 };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let p = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(p ^ (p >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let p = self.mt[i - 1];
            self.mt[i] =
                (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let p = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x8000_0000;
    }

    fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            let mt = &mut self.mt;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a 53-bit float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for 1 <= k <= 64.
    fn bits_u64(&mut self, k: u64) -> u64 {
        if k <= 32 {
            return (self.genrand_u32() >> (32 - k)) as u64;
        }
        let lo = self.genrand_u32() as u64;
        let hi = (self.genrand_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)` for any k >= 0.
    fn bits_big(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 64 {
            return BigInt::from(self.bits_u64(k));
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k as i64;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left -= 32;
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// `_randbelow_with_getrandbits(n)` for n < 2**64.
    fn below_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)` for n >= 0.
    fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    /// CPython's `random_seed` for a non-negative int.
    fn seed_int(&mut self, n: &BigInt) {
        let (_, mut key) = n.abs().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `seed(None)`: from the OS entropy source, else time and pid.
    fn seed_urandom(&mut self) {
        let mut buf = vec![0u8; N * 4];
        let ok =
            std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)).is_ok();
        let key: Vec<u32> = if ok {
            buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
        } else {
            let t =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            vec![t as u32, (t >> 32) as u32, (t >> 64) as u32, std::process::id()]
        };
        self.init_by_array(&key);
    }
}

/// The per-interpreter generator: the MT state (seeded lazily from the OS on
/// first use) and `gauss_next`.
pub struct RandomState {
    mt: RefCell<Option<Box<Mt19937>>>,
    gauss_next: RefCell<Option<f64>>,
}

impl NativeObject for RandomState {
    fn type_name(&self) -> &str {
        "Random"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl RandomState {
    fn new() -> RandomState {
        RandomState { mt: RefCell::new(None), gauss_next: RefCell::new(None) }
    }
    /// Runs `f` on the generator, seeding it from the OS first if needed.
    fn with<T>(&self, f: impl FnOnce(&mut Mt19937) -> T) -> T {
        let mut slot = self.mt.borrow_mut();
        let mt = slot.get_or_insert_with(|| {
            let mut m = Box::new(Mt19937::new());
            m.seed_urandom();
            m
        });
        f(mt)
    }
    fn random(&self) -> f64 {
        self.with(|m| m.random())
    }
    fn below_u64(&self, n: u64) -> u64 {
        self.with(|m| m.below_u64(n))
    }
    fn below_big(&self, n: &BigInt) -> BigInt {
        self.with(|m| m.below_big(n))
    }
}

// ---------------------------------------------------------------- module

macro_rules! entries {
    ($($name:literal => $imp:ident),* $(,)?) => {
        /// The module-level functions: they use the module's generator.
        const MODULE_FNS: &[(&str, NativeFn)] = &[$(($name, {
            fn f(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let st = state(interp)?;
                $imp(interp, &st, args, kwargs)
            }
            f
        })),*];
        /// The methods of `Random`: they use the receiver's generator.
        const METHODS: &[(&str, NativeFn)] = &[$(($name, {
            fn f(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let st = receiver(interp, $name, args)?;
                $imp(interp, &st, &args[1..], kwargs)
            }
            f
        })),*];
    };
}

entries! {
    "seed" => seed_,
    "random" => random_,
    "getrandbits" => getrandbits_,
    "randbytes" => randbytes_,
    "randrange" => randrange_,
    "randint" => randint_,
    "choice" => choice_,
    "shuffle" => shuffle_,
    "sample" => sample_,
    "choices" => choices_,
    "uniform" => uniform_,
    "triangular" => triangular_,
    "gauss" => gauss_,
    "normalvariate" => normalvariate_,
    "lognormvariate" => lognormvariate_,
    "expovariate" => expovariate_,
    "vonmisesvariate" => vonmisesvariate_,
    "gammavariate" => gammavariate_,
    "betavariate" => betavariate_,
    "paretovariate" => paretovariate_,
    "weibullvariate" => weibullvariate_,
    "getstate" => getstate_,
    "setstate" => setstate_
}

/// Creates the module and its `Random` class and adds them to the module table.
pub fn register(interp: &mut Interp) {
    let m = module(interp);
    interp.modules.insert("random".into(), m);
}

pub fn module(interp: &mut Interp) -> Value {
    let object = interp.types.object.clone();
    let cls =
        crate::vm::types::new_class("Random", vec![object.clone()], Default::default(), ClassKind::Builtin, "random")
            .unwrap_or(object);
    crate::objects::add_method(&cls, "__new__", random_new);
    for (name, f) in METHODS {
        crate::objects::add_method(&cls, name, *f);
    }
    interp.native_classes.insert("Random".into(), cls.clone());
    super::make_module(
        "random",
        MODULE_FNS,
        vec![("_inst", Value::native(Rc::new(RandomState::new()))), ("Random", Value::Class(cls))],
    )
}

/// `Random(x=None)`: a new generator seeded with `x`.
fn random_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.__init__", args, kwargs, &["x"], 0, &[])?;
    let st: Rc<dyn NativeObject> = Rc::new(RandomState::new());
    let x = s[0].clone().unwrap_or(Value::None);
    seed_(interp, &st, &[x], &[])?;
    Ok(Value::native(st))
}

/// The generator of a `Random` method's receiver.
fn receiver(interp: &mut Interp, name: &str, args: &[Value]) -> PyResult<Rc<dyn NativeObject>> {
    match args.first() {
        Some(Value::Native(n)) if n.as_any().downcast_ref::<RandomState>().is_some() => Ok((**n).clone()),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("descriptor '{name}' for 'Random' objects doesn't apply to a '{t}' object")))
        }
        None => Err(interp.type_error(format!("unbound method Random.{name}() needs an argument"))),
    }
}

/// The generator of this interpreter's `random` module.
fn state(interp: &mut Interp) -> PyResult<Rc<dyn NativeObject>> {
    if let Some(Value::Module(m)) = interp.modules.get("random") {
        if let Some(Value::Native(n)) = m.dict.borrow().get_str("_inst") {
            if n.as_any().downcast_ref::<RandomState>().is_some() {
                return Ok((**n).clone());
            }
        }
    }
    Err(interp.runtime_error("random: generator state is missing"))
}

fn rs(n: &Rc<dyn NativeObject>) -> &RandomState {
    n.as_any().downcast_ref::<RandomState>().expect("RandomState")
}

// ---------------------------------------------------------------- argument parsing

/// Binds arguments like a Python method `def name(self, <pos>, *, <kwonly>)`
/// with CPython's error messages; `nreq` leading positional parameters are
/// required. Returns one slot per parameter (positional then keyword-only).
fn bind(
    interp: &mut Interp,
    qual: &str,
    args: &[Value],
    kwargs: KwArgs,
    pos: &[&str],
    nreq: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let mut slots: Vec<Option<Value>> = vec![None; pos.len() + kwonly.len()];
    for (i, a) in args.iter().enumerate().take(pos.len()) {
        slots[i] = Some(a.clone());
    }
    let mut kwonly_given = 0;
    for (k, v) in kwargs {
        let idx = pos.iter().chain(kwonly.iter()).position(|p| *p == k.as_ref());
        match idx {
            None => return Err(interp.type_error(format!("{qual}() got an unexpected keyword argument '{k}'"))),
            Some(i) => {
                if slots[i].is_some() {
                    return Err(interp.type_error(format!("{qual}() got multiple values for argument '{k}'")));
                }
                if i >= pos.len() {
                    kwonly_given += 1;
                }
                slots[i] = Some(v.clone());
            }
        }
    }
    if args.len() > pos.len() {
        let (lo, hi) = (nreq + 1, pos.len() + 1);
        let takes = if lo == hi {
            format!("{hi} positional argument{}", if hi == 1 { "" } else { "s" })
        } else {
            format!("from {lo} to {hi} positional arguments")
        };
        let given = args.len() + 1;
        let msg = if kwonly_given > 0 {
            format!(
                "{qual}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{qual}() takes {takes} but {given} {} given", if given == 1 { "was" } else { "were" })
        };
        return Err(interp.type_error(msg));
    }
    let missing: Vec<String> = (0..nreq).filter(|&i| slots[i].is_none()).map(|i| format!("'{}'", pos[i])).collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(
            interp.type_error(format!("{qual}() missing {} required positional argument{s}: {list}", missing.len()))
        );
    }
    Ok(slots)
}

fn no_kwargs(interp: &mut Interp, qual: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{qual}() takes no keyword arguments")))
    }
}

fn arith(interp: &mut Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match (op, a, b) {
        (BinOp::Add, Value::Float(x), Value::Float(y)) => Ok(Value::Float(x + y)),
        (BinOp::Sub, Value::Float(x), Value::Float(y)) => Ok(Value::Float(x - y)),
        (BinOp::Mult, Value::Float(x), Value::Float(y)) => Ok(Value::Float(x * y)),
        _ => interp.binary_op(op, a, b),
    }
}

fn float_arg(interp: &mut Interp, v: &Value) -> PyResult<f64> {
    crate::objects::numbers::number_arg(interp, v)
}

fn big_value(b: BigInt) -> Value {
    Value::bigint(b)
}

/// `operator.index(v)` as a big int; `None` when the type has no `__index__`.
fn index_big(interp: &mut Interp, v: &Value) -> PyResult<Option<BigInt>> {
    match v {
        Value::Int(i) => Ok(Some(BigInt::from(*i))),
        Value::Bool(b) => Ok(Some(BigInt::from(*b as i64))),
        Value::BigInt(b) => Ok(Some((**b).clone())),
        Value::Instance(_) => {
            if let Some(m) = interp.lookup_special(v, "__index__") {
                let r = interp.call_value(m, vec![], vec![])?;
                match crate::vm::ops::to_bigint(&r) {
                    Some(b) => Ok(Some(b)),
                    None => {
                        let t = interp.type_name(&r);
                        Err(interp.type_error(format!("__index__ returned non-int (type {t})")))
                    }
                }
            } else {
                Ok(None)
            }
        }
        _ => Ok(None),
    }
}

/// An int argument of a C function (`'float' object cannot be interpreted as an integer`).
fn int_arg(interp: &mut Interp, v: &Value) -> PyResult<BigInt> {
    match index_big(interp, v)? {
        Some(b) => Ok(b),
        None => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

// ---------------------------------------------------------------- SHA-512 (for str/bytes seeds)

fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for t in 0..16 {
            w[t] = u64::from_be_bytes(block[t * 8..t * 8 + 8].try_into().unwrap());
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

/// CPython's `hash(float)` (`_Py_HashDouble`) for finite and infinite values.
fn py_float_hash(v: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS as i32 } else { BITS as i32 - 1 - ((-1 - e) % BITS as i32) } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut r = (x as i64).wrapping_mul(sign);
    if r == -1 {
        r = -2;
    }
    r
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

// ---------------------------------------------------------------- seeding and state

fn seed_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.seed", args, kwargs, &["a", "version"], 0, &[])?;
    let a = s[0].clone().unwrap_or(Value::None);
    let version = s[1].clone().unwrap_or(Value::Int(2));
    let is_v = |n: i64| match &version {
        Value::Int(i) => *i == n,
        Value::Bool(b) => *b as i64 == n,
        Value::Float(f) => *f == n as f64,
        _ => false,
    };
    let key: Option<BigInt> = match &a {
        Value::Str(_) | Value::Bytes(_) if is_v(1) => {
            let chars: Vec<u32> = match &a {
                Value::Str(s) => s.as_str().chars().map(|c| c as u32).collect(),
                Value::Bytes(b) => b.iter().map(|&c| c as u32).collect(),
                _ => unreachable!(),
            };
            let mut x: u64 = if chars.is_empty() { 0 } else { (chars[0] as u64) << 7 };
            for &c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
            }
            x ^= chars.len() as u64;
            Some(BigInt::from(x))
        }
        Value::Str(_) | Value::Bytes(_) if is_v(2) => {
            let mut bytes = match &a {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                Value::Bytes(b) => (**b).clone(),
                _ => unreachable!(),
            };
            let digest = sha512(&bytes);
            bytes.extend_from_slice(&digest);
            Some(BigInt::from_bytes_be(Sign::Plus, &bytes))
        }
        Value::None => None,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::vm::ops::to_bigint(&a),
        Value::Float(f) => Some(BigInt::from(py_float_hash(*f) as u64)),
        Value::Str(s) => Some(BigInt::from(s.hash())),
        Value::Instance(_) if crate::vm::ops::to_bigint(&a).is_none() && index_big(interp, &a)?.is_some() => {
            // int subclasses: all bits are used.
            index_big(interp, &a)?
        }
        _ => {
            return Err(
                interp.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            );
        }
    };
    let r = rs(st);
    {
        let mut slot = r.mt.borrow_mut();
        let mt = slot.get_or_insert_with(|| Box::new(Mt19937::new()));
        match key {
            Some(k) => mt.seed_int(&k),
            None => mt.seed_urandom(),
        }
    }
    *r.gauss_next.borrow_mut() = None;
    Ok(Value::None)
}

fn getstate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    bind(interp, "Random.getstate", args, kwargs, &[], 0, &[])?;
    let r = rs(st);
    let inner = r.with(|m| {
        let mut v: Vec<Value> = m.mt.iter().map(|&x| Value::Int(x as i64)).collect();
        v.push(Value::Int(m.index as i64));
        v
    });
    let g = match *r.gauss_next.borrow() {
        Some(f) => Value::Float(f),
        None => Value::None,
    };
    Ok(Value::tuple(vec![Value::Int(3), Value::tuple(inner), g]))
}

fn setstate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.setstate", args, kwargs, &["state"], 1, &[])?;
    let state_v = s[0].clone().unwrap();
    let version = interp.get_item(&state_v, &Value::Int(0))?;
    let v = match &version {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => -1,
    };
    if v != 3 && v != 2 {
        let shown = interp.to_str(&version)?;
        return Err(interp.value_error(format!("state with version {shown} passed to Random.setstate() of version 3")));
    }
    let parts = interp.unpack(&state_v, 3)?;
    let internal = match &parts[1] {
        Value::Tuple(t) => t.0.clone(),
        _ => return Err(interp.type_error("state vector must be a tuple")),
    };
    if internal.len() != N + 1 {
        return Err(interp.value_error("state vector is the wrong size"));
    }
    let mut mt = Box::new(Mt19937::new());
    for (i, x) in internal.iter().enumerate() {
        let b = match crate::vm::ops::to_bigint(x) {
            Some(b) => b,
            None => return Err(interp.type_error("state vector items must be integers")),
        };
        let b = if v == 2 { ((b % (1u64 << 32)) + (1u64 << 32)) % (1u64 << 32) } else { b };
        if i < N {
            match b.to_u32() {
                Some(w) => mt.mt[i] = w,
                None => return Err(interp.overflow_error("Python int too large to convert to C unsigned long")),
            }
        } else {
            match b.to_i64() {
                Some(ix) if (0..=N as i64).contains(&ix) => mt.index = ix as usize,
                _ => return Err(interp.value_error("invalid state")),
            }
        }
    }
    let g = match &parts[2] {
        Value::None => None,
        other => Some(float_arg(interp, other)?),
    };
    let r = rs(st);
    *r.mt.borrow_mut() = Some(mt);
    *r.gauss_next.borrow_mut() = g;
    Ok(Value::None)
}

// ---------------------------------------------------------------- integers

fn random_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(interp.type_error(format!("Random.random() takes no arguments ({} given)", args.len())));
    }
    no_kwargs(interp, "Random.random", kwargs)?;
    Ok(Value::Float(rs(st).random()))
}

fn getrandbits_k(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    let k = int_arg(interp, v)?;
    match k.to_i32() {
        Some(k) if k < 0 => Err(interp.value_error("number of bits must be non-negative")),
        Some(k) => Ok(k as i64),
        None => Err(interp.overflow_error("Python int too large to convert to C int")),
    }
}

fn getrandbits_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "Random.getrandbits", kwargs)?;
    if args.len() != 1 {
        return Err(
            interp.type_error(format!("Random.getrandbits() takes exactly one argument ({} given)", args.len()))
        );
    }
    let k = getrandbits_k(interp, &args[0])?;
    let r = rs(st);
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k < 64 {
        return Ok(Value::Int(r.with(|m| m.bits_u64(k as u64)) as i64));
    }
    Ok(big_value(r.with(|m| m.bits_big(k as u64))))
}

fn randbytes_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.randbytes", args, kwargs, &["n"], 1, &[])?;
    let nv = s[0].clone().unwrap();
    let n8 = arith(interp, BinOp::Mult, &nv, &Value::Int(8))?;
    let k = getrandbits_k(interp, &n8)?;
    let n = (k / 8) as usize;
    let b = rs(st).with(|m| m.bits_big(k as u64));
    let (_, mut bytes) = b.to_bytes_le();
    bytes.resize(n, 0);
    Ok(Value::bytes(bytes))
}

/// One argument of randrange as an int, with CPython 3.11's float handling.
fn randrange_arg(interp: &mut Interp, v: &Value, which: &str) -> PyResult<BigInt> {
    if let Some(b) = index_big(interp, v)? {
        return Ok(b);
    }
    let int_class = Value::Class(interp.types.int.clone());
    let iv = interp.call_value(int_class, vec![v.clone()], vec![])?;
    if !interp.eq(&iv, v)? {
        return Err(interp.value_error(format!("non-integer {which} for randrange()")));
    }
    Ok(crate::vm::ops::to_bigint(&iv).unwrap_or_default())
}

fn randrange_impl(
    interp: &mut Interp,
    st: &RandomState,
    start: &Value,
    stop: &Value,
    step: Option<&Value>,
) -> PyResult<Value> {
    // Fast path: small ints and the default step.
    if let (Value::Int(a), Value::Int(b), None) = (start, stop, step) {
        if let Some(width) = b.checked_sub(*a) {
            if width > 0 {
                return Ok(Value::Int(a + st.below_u64(width as u64) as i64));
            }
        }
    }
    let istart = randrange_arg(interp, start, "arg 1")?;
    if stop.is_none() {
        if let Some(s) = step {
            if !matches!(s, Value::Int(1)) {
                return Err(interp.type_error("Missing a non-None stop argument"));
            }
        }
        if istart.is_positive() {
            return Ok(big_value(st.below_big(&istart)));
        }
        return Err(interp.value_error("empty range for randrange()"));
    }
    let istop = randrange_arg(interp, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(s) => randrange_arg(interp, s, "step")?,
    };
    let one = BigInt::from(1);
    if istep == one {
        if width.is_positive() {
            return Ok(big_value(istart + st.below_big(&width)));
        }
        return Err(interp.value_error(format!("empty range for randrange() ({istart}, {istop}, {width})")));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - &one), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + &one), &istep)
    } else {
        return Err(interp.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(interp.value_error("empty range for randrange()"));
    }
    Ok(big_value(istart + istep * st.below_big(&n)))
}

fn randrange_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = rs(st);
    if kwargs.is_empty() && args.len() <= 2 && !args.is_empty() {
        let stop = args.get(1).cloned().unwrap_or(Value::None);
        return randrange_impl(interp, r, &args[0], &stop, None);
    }
    let s = bind(interp, "Random.randrange", args, kwargs, &["start", "stop", "step"], 1, &[])?;
    let stop = s[1].clone().unwrap_or(Value::None);
    randrange_impl(interp, r, s[0].as_ref().unwrap(), &stop, s[2].as_ref())
}

fn randint_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = rs(st);
    if let ([Value::Int(a), Value::Int(b)], true) = (args, kwargs.is_empty()) {
        if let Some(width) = b.checked_sub(*a).and_then(|w| w.checked_add(1)) {
            if width > 0 {
                return Ok(Value::Int(a + r.below_u64(width as u64) as i64));
            }
        }
    }
    let s = bind(interp, "Random.randint", args, kwargs, &["a", "b"], 2, &[])?;
    let (a, b) = (s[0].clone().unwrap(), s[1].clone().unwrap());
    let b1 = arith(interp, BinOp::Add, &b, &Value::Int(1))?;
    randrange_impl(interp, r, &a, &b1, None)
}

// ---------------------------------------------------------------- sequences

fn choice_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = rs(st);
    let seq = if args.len() == 1 && kwargs.is_empty() {
        args[0].clone()
    } else {
        bind(interp, "Random.choice", args, kwargs, &["seq"], 1, &[])?[0].clone().unwrap()
    };
    let n = interp.len_of(&seq)?;
    if n == 0 {
        return Err(interp.index_error("Cannot choose from an empty sequence"));
    }
    let i = r.below_u64(n as u64) as usize;
    match &seq {
        Value::List(l) => {
            if let Some(v) = l.0.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => return Ok(t.0[i].clone()),
        _ => {}
    }
    interp.get_item(&seq, &Value::Int(i as i64))
}

fn shuffle_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = rs(st);
    let x = bind(interp, "Random.shuffle", args, kwargs, &["x"], 1, &[])?[0].clone().unwrap();
    let n = interp.len_of(&x)?;
    if let Value::List(l) = &x {
        let mut v = l.0.borrow_mut();
        if v.len() == n {
            r.with(|m| {
                for i in (1..n).rev() {
                    let j = m.below_u64(i as u64 + 1) as usize;
                    v.swap(i, j);
                }
            });
            return Ok(Value::None);
        }
    }
    for i in (1..n).rev() {
        let j = r.below_u64(i as u64 + 1) as i64;
        let (iv, jv) = (Value::Int(i as i64), Value::Int(j));
        let xj = interp.get_item(&x, &jv)?;
        let xi = interp.get_item(&x, &iv)?;
        interp.set_item(&x, iv, xj)?;
        interp.set_item(&x, jv, xi)?;
    }
    Ok(Value::None)
}

/// `isinstance(v, collections.abc.Sequence)` for the types coil has.
fn is_sequence(interp: &mut Interp, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => true,
        Value::Instance(i) => {
            let t = &interp.types;
            [&t.list, &t.tuple, &t.str_, &t.bytes, &t.range]
                .iter()
                .any(|base| crate::vm::exceptions::is_subclass(&i.class, base))
        }
        _ => false,
    }
}

/// The index selection of `sample(range(n), k)`.
fn sample_indices(interp: &mut Interp, st: &RandomState, n: u64, k: &Value) -> PyResult<Vec<u64>> {
    let k = match k {
        Value::Int(k) => *k,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(interp.value_error("Sample larger than population or is negative")),
        Value::Float(f) => {
            if !(0.0 <= *f && *f <= n as f64) {
                return Err(interp.value_error("Sample larger than population or is negative"));
            }
            return Err(interp.type_error("can't multiply sequence by non-int of type 'float'"));
        }
        other => match index_big(interp, other)? {
            Some(b) => b.to_i64().unwrap_or(-1),
            None => {
                let t = interp.type_name(other);
                return Err(interp.type_error(format!("'<=' not supported between instances of 'int' and '{t}'")));
            }
        },
    };
    if k < 0 || k as u64 > n {
        return Err(interp.value_error("Sample larger than population or is negative"));
    }
    let k = k as u64;
    let mut setsize: u64 = 21;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize = setsize.saturating_add(4u64.saturating_pow(e.ceil() as u32));
    }
    let mut result = Vec::new();
    interp.reserve_exact(&mut result, k as usize)?;
    let mut selected = std::collections::HashSet::new();
    if n > setsize && selected.try_reserve(k as usize).is_err() {
        return Err(interp.memory_error());
    }
    st.with(|m| {
        if n <= setsize {
            let mut pool: Vec<u64> = (0..n).collect();
            for i in 0..k {
                let j = m.below_u64(n - i) as usize;
                result.push(pool[j]);
                pool[j] = pool[(n - i - 1) as usize];
            }
        } else {
            for _ in 0..k {
                let mut j = m.below_u64(n);
                while selected.contains(&j) {
                    j = m.below_u64(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
    });
    Ok(result)
}

fn sample_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = rs(st);
    let s = bind(interp, "Random.sample", args, kwargs, &["population", "k"], 2, &["counts"])?;
    let pop = s[0].clone().unwrap();
    let k = s[1].clone().unwrap();
    if !is_sequence(interp, &pop) {
        return Err(interp.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = interp.len_of(&pop)? as u64;
    if let Some(counts) = s[2].clone().filter(|c| !c.is_none()) {
        // cum_counts = list(accumulate(counts))
        let items = interp.collect_iterable(&counts)?;
        let mut cum: Vec<Value> = Vec::with_capacity(items.len());
        for it in items {
            let next = match cum.last() {
                Some(prev) => {
                    let prev = prev.clone();
                    arith(interp, BinOp::Add, &prev, &it)?
                }
                None => it,
            };
            cum.push(next);
        }
        if cum.len() as u64 != n {
            return Err(interp.value_error("The number of counts does not match the population"));
        }
        let total = match cum.pop() {
            Some(t) => t,
            None => return Err(interp.index_error("pop from empty list")),
        };
        let total = match &total {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::vm::ops::to_bigint(&total).unwrap(),
            _ => return Err(interp.type_error("Counts must be integers")),
        };
        if !total.is_positive() {
            return Err(interp.value_error("Total of counts must be greater than zero"));
        }
        let total = match total.to_u64() {
            Some(t) if t < i64::MAX as u64 => t,
            _ => return Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
        };
        let sel = sample_indices(interp, r, total, &k)?;
        let mut out = Vec::with_capacity(sel.len());
        for s in sel {
            let x = Value::Int(s as i64);
            // bisect_right(cum_counts, s)
            let (mut lo, mut hi) = (0usize, cum.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if interp.less_than(&x, &cum[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(interp.get_item(&pop, &Value::Int(lo as i64))?);
        }
        return Ok(Value::list(out));
    }
    let sel = sample_indices(interp, r, n, &k)?;
    let mut out = Vec::with_capacity(sel.len());
    for j in sel {
        out.push(item_at(interp, &pop, j as usize)?);
    }
    Ok(Value::list(out))
}

fn item_at(interp: &mut Interp, seq: &Value, i: usize) -> PyResult<Value> {
    match seq {
        Value::List(l) => {
            if let Some(v) = l.0.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.0.get(i) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    interp.get_item(seq, &Value::Int(i as i64))
}

fn choices_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = rs(st);
    let s = bind(interp, "Random.choices", args, kwargs, &["population", "weights"], 1, &["cum_weights", "k"])?;
    let pop = s[0].clone().unwrap();
    let weights = s[1].clone().unwrap_or(Value::None);
    let cum_given = s[2].clone().unwrap_or(Value::None);
    let k = match &s[3] {
        None => 1,
        Some(v) => {
            let b = int_arg(interp, v)?;
            match b.to_i64() {
                Some(k) => k.max(0),
                None if b.is_negative() => 0,
                None => return Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    let n = interp.len_of(&pop)?;
    let cum: Vec<Value>;
    let cum_src: Value;
    if cum_given.is_none() {
        if weights.is_none() {
            let nf = n as f64;
            let mut out = Vec::new();
            interp.reserve_exact(&mut out, k as usize)?;
            for _ in 0..k {
                let i = (r.random() * nf).floor();
                out.push(item_at(interp, &pop, i as usize)?);
            }
            return Ok(Value::list(out));
        }
        let items = match interp.collect_iterable(&weights) {
            Ok(items) => items,
            Err(e) => {
                if let Value::Int(kk) = weights {
                    let _ = e;
                    return Err(interp.type_error(format!("The number of choices must be a keyword argument: k={kk}")));
                }
                return Err(e);
            }
        };
        let mut acc: Vec<Value> = Vec::with_capacity(items.len());
        for it in items {
            let next = match acc.last() {
                Some(prev) => {
                    let prev = prev.clone();
                    arith(interp, BinOp::Add, &prev, &it)?
                }
                None => it,
            };
            acc.push(next);
        }
        cum_src = Value::list(acc.clone());
        cum = acc;
    } else if !weights.is_none() {
        return Err(interp.type_error("Cannot specify both weights and cumulative weights"));
    } else {
        let len = interp.len_of(&cum_given)?;
        if len != n {
            return Err(interp.value_error("The number of weights does not match the population"));
        }
        cum = interp.collect_iterable(&cum_given)?;
        cum_src = cum_given.clone();
    }
    if cum.len() != n {
        return Err(interp.value_error("The number of weights does not match the population"));
    }
    let last = interp.get_item(&cum_src, &Value::Int(-1))?;
    let total_v = arith(interp, BinOp::Add, &last, &Value::Float(0.0))?;
    let total = float_arg(interp, &total_v)?;
    if total <= 0.0 {
        return Err(interp.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(interp.value_error("Total of weights must be finite"));
    }
    let hi0 = n - 1;
    let floats: Option<Vec<f64>> = cum
        .iter()
        .map(|v| match v {
            Value::Float(f) => Some(*f),
            Value::Int(i) if i.unsigned_abs() < (1u64 << 53) => Some(*i as f64),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    interp.reserve_exact(&mut out, k as usize)?;
    for _ in 0..k {
        let x = r.random() * total;
        let (mut lo, mut hi) = (0usize, hi0);
        if let Some(fs) = &floats {
            while lo < hi {
                let mid = (lo + hi) / 2;
                if x < fs[mid] {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        } else {
            let xv = Value::Float(x);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if interp.less_than(&xv, &cum[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        }
        out.push(item_at(interp, &pop, lo)?);
    }
    Ok(Value::list(out))
}

// ---------------------------------------------------------------- real-valued distributions

const TWOPI: f64 = 2.0 * std::f64::consts::PI;

fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

fn uniform_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.uniform", args, kwargs, &["a", "b"], 2, &[])?;
    let (a, b) = (s[0].clone().unwrap(), s[1].clone().unwrap());
    let d = arith(interp, BinOp::Sub, &b, &a)?;
    let u = Value::Float(rs(st).random());
    let t = arith(interp, BinOp::Mult, &d, &u)?;
    arith(interp, BinOp::Add, &a, &t)
}

fn triangular_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.triangular", args, kwargs, &["low", "high", "mode"], 0, &[])?;
    let mut low = s[0].clone().unwrap_or(Value::Float(0.0));
    let mut high = s[1].clone().unwrap_or(Value::Float(1.0));
    let mode = s[2].clone().unwrap_or(Value::None);
    let mut u = rs(st).random();
    let mut c = if mode.is_none() {
        0.5
    } else {
        let num = arith(interp, BinOp::Sub, &mode, &low)?;
        let den = arith(interp, BinOp::Sub, &high, &low)?;
        match interp.binary_op(BinOp::Div, &num, &den) {
            Ok(v) => float_arg(interp, &v)?,
            Err(e) => {
                let zde = interp.types.exc(Exc::ZeroDivisionError);
                if crate::vm::exceptions::is_subclass(&interp.type_of(&e), &zde) {
                    return Ok(low);
                }
                return Err(e);
            }
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let d = arith(interp, BinOp::Sub, &high, &low)?;
    let t = arith(interp, BinOp::Mult, &d, &Value::Float((u * c).sqrt()))?;
    arith(interp, BinOp::Add, &low, &t)
}

/// `mu + z * sigma` with Python's arithmetic.
fn affine(interp: &mut Interp, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    let t = arith(interp, BinOp::Mult, &Value::Float(z), sigma)?;
    arith(interp, BinOp::Add, mu, &t)
}

fn normal_z(st: &RandomState) -> f64 {
    let magic = nv_magicconst();
    st.with(|m| loop {
        let u1 = m.random();
        let u2 = 1.0 - m.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    })
}

fn normalvariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.normalvariate", args, kwargs, &["mu", "sigma"], 0, &[])?;
    let mu = s[0].clone().unwrap_or(Value::Float(0.0));
    let sigma = s[1].clone().unwrap_or(Value::Float(1.0));
    let z = normal_z(rs(st));
    affine(interp, &mu, z, &sigma)
}

fn gauss_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.gauss", args, kwargs, &["mu", "sigma"], 0, &[])?;
    let mu = s[0].clone().unwrap_or(Value::Float(0.0));
    let sigma = s[1].clone().unwrap_or(Value::Float(1.0));
    let r = rs(st);
    let pending = r.gauss_next.borrow_mut().take();
    let z = match pending {
        Some(z) => z,
        None => {
            let (x2pi, g2rad) = r.with(|m| {
                let x2pi = m.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - m.random()).ln()).sqrt();
                (x2pi, g2rad)
            });
            *r.gauss_next.borrow_mut() = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    affine(interp, &mu, z, &sigma)
}

fn lognormvariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.lognormvariate", args, kwargs, &["mu", "sigma"], 2, &[])?;
    let z = normal_z(rs(st));
    let v = affine(interp, s[0].as_ref().unwrap(), z, s[1].as_ref().unwrap())?;
    let x = float_arg(interp, &v)?;
    Ok(Value::Float(x.exp()))
}

fn expovariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.expovariate", args, kwargs, &["lambd"], 1, &[])?;
    let lambd = float_arg(interp, s[0].as_ref().unwrap())?;
    let u = rs(st).random();
    if lambd == 0.0 {
        return Err(interp.zero_division("float division by zero"));
    }
    Ok(Value::Float(-(1.0 - u).ln() / lambd))
}

fn vonmisesvariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.vonmisesvariate", args, kwargs, &["mu", "kappa"], 2, &[])?;
    let mu = float_arg(interp, s[0].as_ref().unwrap())?;
    let kappa = float_arg(interp, s[1].as_ref().unwrap())?;
    let r = rs(st);
    if kappa <= 1e-6 {
        return Ok(Value::Float(TWOPI * r.random()));
    }
    let sv = 0.5 / kappa;
    let rr = sv + (1.0 + sv * sv).sqrt();
    let theta = r.with(|m| {
        let z = loop {
            let u1 = m.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (rr + z);
            let u2 = m.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / rr;
        let f = (q + z) / (1.0 + q * z);
        let u3 = m.random();
        if u3 > 0.5 {
            crate::vm::ops::float_mod(mu + f.acos(), TWOPI)
        } else {
            crate::vm::ops::float_mod(mu - f.acos(), TWOPI)
        }
    });
    Ok(Value::Float(theta))
}

fn gamma_f(interp: &mut Interp, st: &RandomState, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(interp.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let log4 = 4.0f64.ln();
    let sg_magicconst = 1.0 + 4.5f64.ln();
    Ok(st.with(|m| {
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - log4;
            let ccc = alpha + ainv;
            loop {
                let u1 = m.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - m.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                    return x * beta;
                }
            }
        } else if alpha == 1.0 {
            -(1.0 - m.random()).ln() * beta
        } else {
            let e = std::f64::consts::E;
            let x = loop {
                let u = m.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
                let u1 = m.random();
                if p > 1.0 {
                    if u1 <= x.powf(alpha - 1.0) {
                        break x;
                    }
                } else if u1 <= (-x).exp() {
                    break x;
                }
            };
            x * beta
        }
    }))
}

fn gammavariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.gammavariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let alpha = float_arg(interp, s[0].as_ref().unwrap())?;
    let beta = float_arg(interp, s[1].as_ref().unwrap())?;
    Ok(Value::Float(gamma_f(interp, rs(st), alpha, beta)?))
}

fn betavariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.betavariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let alpha = float_arg(interp, s[0].as_ref().unwrap())?;
    let beta = float_arg(interp, s[1].as_ref().unwrap())?;
    let r = rs(st);
    let y = gamma_f(interp, r, alpha, 1.0)?;
    if y != 0.0 {
        let z = gamma_f(interp, r, beta, 1.0)?;
        return Ok(Value::Float(y / (y + z)));
    }
    Ok(Value::Float(0.0))
}

fn paretovariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.paretovariate", args, kwargs, &["alpha"], 1, &[])?;
    let alpha = float_arg(interp, s[0].as_ref().unwrap())?;
    let u = 1.0 - rs(st).random();
    if alpha == 0.0 {
        return Err(interp.zero_division("float division by zero"));
    }
    Ok(Value::Float(u.powf(-1.0 / alpha)))
}

fn weibullvariate_(interp: &mut Interp, st: &Rc<dyn NativeObject>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = bind(interp, "Random.weibullvariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let alpha = float_arg(interp, s[0].as_ref().unwrap())?;
    let beta = float_arg(interp, s[1].as_ref().unwrap())?;
    let u = 1.0 - rs(st).random();
    if beta == 0.0 {
        return Err(interp.zero_division("float division by zero"));
    }
    Ok(Value::Float(alpha * (-u.ln()).powf(1.0 / beta)))
}
