//! `_hashlib` and `_blake2`: the message digests behind stdlib/hashlib.py and
//! hmac.py. MD5, SHA-1, SHA-2, SHA-3 and SHAKE come from the RustCrypto crates;
//! BLAKE2 is computed here because hashlib's constructors take the whole
//! parameter block (fanout, depth, leaf size, node offset, ...), which the
//! crates do not expose. Also `pbkdf2_hmac` and `compare_digest`.

use crate::vm::types::Exc;
use crate::objects::{add_method, native};
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::modules::_offload::{Builder, Offload};
use std::cell::RefCell;
use std::rc::Rc;

// ---------------------------------------------------------------- BLAKE2

const B_IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const S_IV: [u32; 8] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The compression function of BLAKE2b (`wide`, 64-bit words, 12 rounds) or
/// BLAKE2s (32-bit words kept in u64s, 10 rounds).
fn blake2_compress(wide: bool, h: &mut [u64; 8], block: &[u8], t: u128, last: bool, last_node: bool) {
    let (mask, rounds, rot): (u64, usize, [u32; 4]) =
        if wide { (u64::MAX, 12, [32, 24, 16, 63]) } else { (u32::MAX as u64, 10, [16, 12, 8, 7]) };
    let bits = if wide { 64 } else { 32 };
    let rotr = |x: u64, n: u32| ((x >> n) | (x << (bits - n))) & mask;
    let word = |i: usize| -> u64 {
        if wide {
            u64::from_le_bytes(block[8 * i..8 * i + 8].try_into().expect("8 bytes"))
        } else {
            u32::from_le_bytes(block[4 * i..4 * i + 4].try_into().expect("4 bytes")) as u64
        }
    };
    let m: [u64; 16] = std::array::from_fn(word);
    let mut v = [0u64; 16];
    v[..8].copy_from_slice(h);
    for i in 0..8 {
        v[8 + i] = if wide { B_IV[i] } else { S_IV[i] as u64 };
    }
    v[12] ^= (t as u64) & mask;
    v[13] ^= ((t >> bits) as u64) & mask;
    if last {
        v[14] ^= mask;
    }
    if last_node {
        v[15] ^= mask;
    }
    let g = |v: &mut [u64; 16], a: usize, b: usize, c: usize, d: usize, x: u64, y: u64| {
        v[a] = v[a].wrapping_add(v[b]).wrapping_add(x) & mask;
        v[d] = rotr(v[d] ^ v[a], rot[0]);
        v[c] = v[c].wrapping_add(v[d]) & mask;
        v[b] = rotr(v[b] ^ v[c], rot[1]);
        v[a] = v[a].wrapping_add(v[b]).wrapping_add(y) & mask;
        v[d] = rotr(v[d] ^ v[a], rot[2]);
        v[c] = v[c].wrapping_add(v[d]) & mask;
        v[b] = rotr(v[b] ^ v[c], rot[3]);
    };
    for r in 0..rounds {
        let s = &SIGMA[r % 10];
        g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
        g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
        g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
        g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
        g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
        g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
        g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
        g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for i in 0..8 {
        h[i] ^= v[i] ^ v[i + 8];
    }
}

/// The parameters of a BLAKE2 hash (the parameter block's fields).
#[derive(Clone, Default)]
struct Blake2Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    last_node: bool,
}

#[derive(Clone)]
struct Blake2 {
    wide: bool,
    h: [u64; 8],
    t: u128,
    buf: Vec<u8>,
    out: usize,
    last_node: bool,
}

impl Blake2 {
    fn new(wide: bool, p: &Blake2Params) -> Blake2 {
        let block = if wide { 128 } else { 64 };
        let mut pb = vec![0u8; if wide { 64 } else { 32 }];
        pb[0] = p.digest_size as u8;
        pb[1] = p.key.len() as u8;
        pb[2] = p.fanout;
        pb[3] = p.depth;
        pb[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        let (salt_at, size_half) = if wide {
            pb[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
            pb[16] = p.node_depth;
            pb[17] = p.inner_size;
            (32, 16)
        } else {
            pb[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
            pb[14] = p.node_depth;
            pb[15] = p.inner_size;
            (16, 8)
        };
        pb[salt_at..salt_at + p.salt.len()].copy_from_slice(&p.salt);
        let person_at = salt_at + size_half;
        pb[person_at..person_at + p.person.len()].copy_from_slice(&p.person);
        let mut h = [0u64; 8];
        for (i, slot) in h.iter_mut().enumerate() {
            *slot = if wide {
                B_IV[i] ^ u64::from_le_bytes(pb[8 * i..8 * i + 8].try_into().expect("8 bytes"))
            } else {
                (S_IV[i] ^ u32::from_le_bytes(pb[4 * i..4 * i + 4].try_into().expect("4 bytes"))) as u64
            };
        }
        let mut s = Blake2 { wide, h, t: 0, buf: Vec::with_capacity(block), out: p.digest_size, last_node: p.last_node };
        if !p.key.is_empty() {
            let mut k = p.key.clone();
            k.resize(block, 0);
            s.update(&k);
        }
        s
    }

    fn block(&self) -> usize {
        if self.wide {
            128
        } else {
            64
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        let block = self.block();
        while !data.is_empty() {
            if self.buf.len() == block {
                self.t += block as u128;
                blake2_compress(self.wide, &mut self.h, &self.buf, self.t, false, false);
                self.buf.clear();
            }
            let take = (block - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
    }

    fn finish(mut self) -> Vec<u8> {
        let block = self.block();
        self.t += self.buf.len() as u128;
        self.buf.resize(block, 0);
        blake2_compress(self.wide, &mut self.h, &self.buf, self.t, true, self.last_node);
        let mut out = Vec::with_capacity(64);
        for w in self.h {
            if self.wide {
                out.extend_from_slice(&w.to_le_bytes());
            } else {
                out.extend_from_slice(&(w as u32).to_le_bytes());
            }
        }
        out.truncate(self.out);
        out
    }
}

// ---------------------------------------------------------------- the algorithms

#[derive(Clone)]
enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(shake::Shake128),
    Shake256(shake::Shake256),
    Blake2b(Blake2),
    Blake2s(Blake2),
}

/// Every name `new` knows, as hash objects report it.
const NAMES: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha512_224",
    "sha512_256",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
    "blake2b",
    "blake2s",
];

fn blake2_default(wide: bool) -> Blake2 {
    let p = Blake2Params { digest_size: if wide { 64 } else { 32 }, fanout: 1, depth: 1, ..Default::default() };
    Blake2::new(wide, &p)
}

macro_rules! each_fixed {
    ($self:expr, $h:ident => $e:expr, blake($b:ident) => $be:expr, shake($s:ident) => $se:expr, shake256($s2:ident) => $se2:expr) => {
        match $self {
            Algo::Md5($h) => $e,
            Algo::Sha1($h) => $e,
            Algo::Sha224($h) => $e,
            Algo::Sha256($h) => $e,
            Algo::Sha384($h) => $e,
            Algo::Sha512($h) => $e,
            Algo::Sha512_224($h) => $e,
            Algo::Sha512_256($h) => $e,
            Algo::Sha3_224($h) => $e,
            Algo::Sha3_256($h) => $e,
            Algo::Sha3_384($h) => $e,
            Algo::Sha3_512($h) => $e,
            Algo::Blake2b($b) | Algo::Blake2s($b) => $be,
            Algo::Shake128($s) => $se,
            Algo::Shake256($s2) => $se2,
        }
    };
}

impl Algo {
    fn by_name(name: &str) -> Option<Algo> {
        use sha2::Digest;
        Some(match name {
            "md5" => Algo::Md5(md5::Md5::new()),
            "sha1" => Algo::Sha1(sha1::Sha1::new()),
            "sha224" => Algo::Sha224(sha2::Sha224::new()),
            "sha256" => Algo::Sha256(sha2::Sha256::new()),
            "sha384" => Algo::Sha384(sha2::Sha384::new()),
            "sha512" => Algo::Sha512(sha2::Sha512::new()),
            "sha512_224" => Algo::Sha512_224(sha2::Sha512_224::new()),
            "sha512_256" => Algo::Sha512_256(sha2::Sha512_256::new()),
            "sha3_224" => Algo::Sha3_224(sha3::Sha3_224::new()),
            "sha3_256" => Algo::Sha3_256(sha3::Sha3_256::new()),
            "sha3_384" => Algo::Sha3_384(sha3::Sha3_384::new()),
            "sha3_512" => Algo::Sha3_512(sha3::Sha3_512::new()),
            "shake_128" => Algo::Shake128(Default::default()),
            "shake_256" => Algo::Shake256(Default::default()),
            "blake2b" => Algo::Blake2b(blake2_default(true)),
            "blake2s" => Algo::Blake2s(blake2_default(false)),
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            Algo::Md5(_) => "md5",
            Algo::Sha1(_) => "sha1",
            Algo::Sha224(_) => "sha224",
            Algo::Sha256(_) => "sha256",
            Algo::Sha384(_) => "sha384",
            Algo::Sha512(_) => "sha512",
            Algo::Sha512_224(_) => "sha512_224",
            Algo::Sha512_256(_) => "sha512_256",
            Algo::Sha3_224(_) => "sha3_224",
            Algo::Sha3_256(_) => "sha3_256",
            Algo::Sha3_384(_) => "sha3_384",
            Algo::Sha3_512(_) => "sha3_512",
            Algo::Shake128(_) => "shake_128",
            Algo::Shake256(_) => "shake_256",
            Algo::Blake2b(_) => "blake2b",
            Algo::Blake2s(_) => "blake2s",
        }
    }

    fn digest_size(&self) -> usize {
        use sha2::digest::OutputSizeUser;
        fn size<T: OutputSizeUser>(_: &T) -> usize {
            T::output_size()
        }
        each_fixed!(self, h => size(h), blake(b) => b.out, shake(_s) => 0, shake256(_t) => 0)
    }

    fn block_size(&self) -> usize {
        match self {
            Algo::Md5(_) | Algo::Sha1(_) | Algo::Sha224(_) | Algo::Sha256(_) | Algo::Blake2s(_) => 64,
            Algo::Sha384(_) | Algo::Sha512(_) | Algo::Sha512_224(_) | Algo::Sha512_256(_) | Algo::Blake2b(_) => 128,
            Algo::Sha3_224(_) => 144,
            Algo::Sha3_256(_) | Algo::Shake256(_) => 136,
            Algo::Sha3_384(_) => 104,
            Algo::Sha3_512(_) => 72,
            Algo::Shake128(_) => 168,
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, Algo::Shake128(_) | Algo::Shake256(_))
    }

    fn update(&mut self, data: &[u8]) {
        use sha2::digest::Update;
        each_fixed!(self, h => Update::update(h, data), blake(b) => b.update(data), shake(s) => Update::update(s, data), shake256(t) => Update::update(t, data))
    }

    /// The digest of what was fed so far (`len` bytes for SHAKE).
    fn digest(&self, len: usize) -> Vec<u8> {
        use sha2::digest::{ExtendableOutput, FixedOutput, XofReader};
        fn read(r: &mut impl XofReader, len: usize) -> Vec<u8> {
            let mut out = vec![0u8; len];
            r.read(&mut out);
            out
        }
        each_fixed!(self, h => h.clone().finalize_fixed().to_vec(), blake(b) => b.clone().finish(),
            shake(s) => read(&mut s.clone().finalize_xof(), len), shake256(t) => read(&mut t.clone().finalize_xof(), len))
    }
}

// ---------------------------------------------------------------- hash objects

struct HashObj {
    algo: RefCell<Algo>,
}

impl NativeObject for HashObj {
    fn type_name(&self) -> &str {
        match &*self.algo.borrow() {
            Algo::Shake128(_) | Algo::Shake256(_) => "_hashlib.HASHXOF",
            Algo::Blake2b(_) => "_blake2.blake2b",
            Algo::Blake2s(_) => "_blake2.blake2s",
            _ => "_hashlib.HASH",
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn make(algo: Algo) -> Value {
    Value::native(Rc::new(HashObj { algo: RefCell::new(algo) }))
}

/// The bytes a hash is fed: TypeError for str and for objects without the buffer protocol.
fn data_arg(interp: &mut Interp, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    if let Value::Str(_) = v.builtin_value() {
        return Err(interp.type_error("Strings must be encoded before hashing"));
    }
    match crate::objects::buffer::buffer(interp, v)? {
        Some(b) => Ok(shared(b)),
        None => Err(interp.type_error("object supporting the buffer API required")),
    }
}

/// A bytes-like argument (TypeError "a bytes-like object is required, not 'T'").
fn bytes_like(interp: &mut Interp, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    Ok(shared(crate::objects::buffer::require(interp, v)?))
}

/// A buffer's bytes, shared without a copy when they already are.
fn shared(b: crate::objects::buffer::Buf) -> Rc<Vec<u8>> {
    match b {
        crate::objects::buffer::Buf::Shared(b) => b,
        crate::objects::buffer::Buf::Owned(b) => Rc::new(b),
    }
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<HashObj>> {
    if let Some(Value::Native(n)) = args.first().map(|v| v.builtin_value()) {
        if let Some(h) = downcast_rc::<HashObj>(n) {
            return Ok(h);
        }
    }
    Err(interp.type_error("descriptor requires a '_hashlib.HASH' object"))
}

fn h_update(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let h = this(interp, args)?;
    let qual = if h.algo.borrow().is_xof() { "HASHXOF" } else { "HASH" };
    crate::objects::no_kwargs(interp, &format!("{qual}.update"), kwargs)?;
    if args.len() != 2 {
        let n = args.len() - 1;
        return Err(interp.type_error(format!("{qual}.update() takes exactly one argument ({n} given)")));
    }
    let data = data_arg(interp, &args[1])?;
    h.algo.borrow_mut().update(&data);
    Ok(Value::None)
}

/// The `length` argument of a SHAKE digest.
fn xof_length(interp: &mut Interp, func: &str, args: &[Value], kwargs: KwArgs) -> PyResult<usize> {
    let v = match (args.get(1), crate::objects::kwarg(kwargs, "length")) {
        (Some(v), None) => v.clone(),
        (None, Some(v)) => v.clone(),
        (Some(_), Some(_)) => {
            return Err(interp.type_error(format!("argument for {func}() given by name ('length') and position (1)")))
        }
        (None, None) => return Err(interp.type_error(format!("{func}() missing required argument 'length' (pos 1)"))),
    };
    let n = interp.index_value(&v)?;
    if !(0..=(1 << 30)).contains(&n) {
        return Err(interp.memory_error());
    }
    Ok(n as usize)
}

fn digest_bytes(interp: &mut Interp, func: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Vec<u8>> {
    let h = this(interp, args)?;
    let xof = h.algo.borrow().is_xof();
    let len = if xof { xof_length(interp, func, args, kwargs)? } else { 0 };
    if !xof && args.len() > 1 {
        let n = args.len() - 1;
        return Err(interp.type_error(format!("HASH.{func}() takes no arguments ({n} given)")));
    }
    let out = h.algo.borrow().digest(len);
    Ok(out)
}

fn h_digest(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(Value::bytes(digest_bytes(interp, "digest", args, kwargs)?))
}

fn h_hexdigest(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = digest_bytes(interp, "hexdigest", args, kwargs)?;
    let mut s = String::with_capacity(2 * d.len());
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    Ok(Value::ascii_string(s))
}

fn h_copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = this(interp, args)?;
    let algo = h.algo.borrow().clone();
    Ok(make(algo))
}

fn h_name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = this(interp, args)?;
    let name = h.algo.borrow().name();
    Ok(Value::str(name))
}

fn h_digest_size(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = this(interp, args)?;
    let n = h.algo.borrow().digest_size();
    Ok(Value::Int(n as i64))
}

fn h_block_size(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = this(interp, args)?;
    let n = h.algo.borrow().block_size();
    Ok(Value::Int(n as i64))
}

fn h_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let h = this(interp, args)?;
    let (name, t) = (h.algo.borrow().name(), h.type_name().to_string());
    let at = args[0].ptr().unwrap_or(0);
    if t.starts_with("_blake2") {
        return Ok(Value::string(format!("<{t} object at {at:#x}>")));
    }
    Ok(Value::string(format!("<{name} {t} object @ {at:#x}>")))
}

fn no_new_hash(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("cannot create '_hashlib.HASH' instances"))
}

fn no_new_xof(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("cannot create '_hashlib.HASHXOF' instances"))
}

// ---------------------------------------------------------------- arguments

/// Binds `names` from positional and keyword arguments; `npos` of them may be
/// given by position. Messages follow CPython's argument clinic for `func`.
fn bind(
    interp: &mut Interp,
    func: &str,
    args: &[Value],
    kwargs: KwArgs,
    names: &[&str],
    npos: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > npos {
        let s = if npos == 1 { "" } else { "s" };
        let m = args.len();
        return Err(interp.type_error(format!("{func}() takes at most {npos} positional argument{s} ({m} given)")));
    }
    let mut slots: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    slots.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_ref()) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => {
                let p = i + 1;
                return Err(interp.type_error(format!("argument for {func}() given by name ('{k}') and position ({p})")));
            }
            None => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for {func}()"))),
        }
    }
    Ok(slots)
}

fn feed(interp: &mut Interp, mut algo: Algo, data: Option<&Value>) -> PyResult<Value> {
    if let Some(d) = data {
        let bytes = data_arg(interp, d)?;
        algo.update(&bytes);
    }
    Ok(make(algo))
}

/// The algorithm `_hashlib.new` names, and the data it is given.
fn new_algo(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<(Algo, Option<Value>)> {
    let slots = bind(interp, "new", args, kwargs, &["name", "string", "usedforsecurity"], 2)?;
    let Some(name) = slots[0].clone() else {
        return Err(interp.type_error("new() missing required argument 'name' (pos 1)"));
    };
    let Value::Str(s) = name.builtin_value() else {
        return Err(interp.type_error("new() argument 'name' must be str"));
    };
    let key = s.as_str().to_ascii_lowercase().replace('-', "");
    let key = match key.as_str() {
        "sha3224" | "sha3256" | "sha3384" | "sha3512" => format!("sha3_{}", &key[4..]),
        "shake128" | "shake256" => format!("shake_{}", &key[5..]),
        _ => key,
    };
    match Algo::by_name(&key) {
        Some(algo) => Ok((algo, slots[1].clone())),
        None => Err(unsupported(interp, &format!("unsupported hash type {}", s.as_str()))),
    }
}

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)`.
fn hl_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (algo, data) = new_algo(interp, args, kwargs)?;
    feed(interp, algo, data.as_ref())
}

// ---------------------------------------------------------------- offloaded hashing

/// Hashing `data` into `algo` as offloaded work (see `modules::_offload`):
/// the bytes are copied and fed on a worker thread.
fn feed_offload(interp: &mut Interp, mut algo: Algo, data: Option<&Value>) -> PyResult<Offload> {
    let bytes = match data {
        Some(d) => data_arg(interp, d)?.to_vec(),
        None => Vec::new(),
    };
    Ok(Offload::new(
        move || {
            algo.update(&bytes);
            algo
        },
        |_, algo| Ok(make(algo)),
    ))
}

fn new_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    let (algo, data) = new_algo(interp, args, kwargs)?;
    feed_offload(interp, algo, data.as_ref())
}

/// The constructor `CONSTRUCTORS[I]` as offloaded work.
fn ctor_offload<const I: usize>(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    let name = CONSTRUCTORS[I].0;
    let slots = bind(interp, name, args, kwargs, &["string", "usedforsecurity"], 1)?;
    let algo = Algo::by_name(&name["openssl_".len()..]).expect("known algorithm");
    feed_offload(interp, algo, slots[0].as_ref())
}

/// `HASH.update(data)` as offloaded work: a copy of the state is fed on a
/// worker thread and stored back when the work finishes (an update made on
/// the object meanwhile is lost).
fn update_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    let h = this(interp, args)?;
    let qual = if h.algo.borrow().is_xof() { "HASHXOF" } else { "HASH" };
    crate::objects::no_kwargs(interp, &format!("{qual}.update"), kwargs)?;
    if args.len() != 2 {
        let n = args.len() - 1;
        return Err(interp.type_error(format!("{qual}.update() takes exactly one argument ({n} given)")));
    }
    let bytes = data_arg(interp, &args[1])?.to_vec();
    let mut algo = h.algo.borrow().clone();
    Ok(Offload::new(
        move || {
            algo.update(&bytes);
            algo
        },
        move |_, algo| {
            *h.algo.borrow_mut() = algo;
            Ok(Value::None)
        },
    ))
}

/// The offloaded form of a hashing native: `new`, the `openssl_*`
/// constructors and `HASH.update`.
pub fn offload_builder(func: NativeFn) -> Option<Builder> {
    let key = func as usize;
    if key == hl_new as NativeFn as usize {
        return Some(new_offload);
    }
    if key == h_update as NativeFn as usize {
        return Some(update_offload);
    }
    const CTORS: [Builder; 12] = [
        ctor_offload::<0>,
        ctor_offload::<1>,
        ctor_offload::<2>,
        ctor_offload::<3>,
        ctor_offload::<4>,
        ctor_offload::<5>,
        ctor_offload::<6>,
        ctor_offload::<7>,
        ctor_offload::<8>,
        ctor_offload::<9>,
        ctor_offload::<10>,
        ctor_offload::<11>,
    ];
    CONSTRUCTORS.iter().position(|(_, f)| *f as usize == key).and_then(|i| CTORS.get(i).copied())
}

/// `_hashlib.UnsupportedDigestmodError(msg)`.
fn unsupported(interp: &mut Interp, msg: &str) -> Value {
    let cls = interp.extensions.get_or_default::<State>().unsupported.clone();
    match cls {
        Some(c) => interp.new_exception(c, vec![Value::str(msg)]),
        None => interp.value_error(msg),
    }
}

#[derive(Default)]
struct State {
    unsupported: Option<Rc<Class>>,
}

macro_rules! constructors {
    ($($fname:ident => $name:literal),* $(,)?) => {
        $(
            fn $fname(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                let slots = bind(interp, concat!("openssl_", $name), args, kwargs, &["string", "usedforsecurity"], 1)?;
                let algo = Algo::by_name($name).expect("known algorithm");
                feed(interp, algo, slots[0].as_ref())
            }
        )*
        const CONSTRUCTORS: &[(&str, NativeFn)] = &[$((concat!("openssl_", $name), $fname as NativeFn)),*];
    };
}

constructors! {
    c_md5 => "md5",
    c_sha1 => "sha1",
    c_sha224 => "sha224",
    c_sha256 => "sha256",
    c_sha384 => "sha384",
    c_sha512 => "sha512",
    c_sha3_224 => "sha3_224",
    c_sha3_256 => "sha3_256",
    c_sha3_384 => "sha3_384",
    c_sha3_512 => "sha3_512",
    c_shake_128 => "shake_128",
    c_shake_256 => "shake_256",
}

// ---------------------------------------------------------------- BLAKE2 constructors

/// An integer argument of a BLAKE2 constructor (its default when absent),
/// saturated to the i128 range.
fn blake2_int(interp: &mut Interp, v: Option<&Value>, default: i128) -> PyResult<i128> {
    use num_traits::ToPrimitive;
    let Some(v) = v else { return Ok(default) };
    let v = match v.builtin_value() {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => v.builtin_value().clone(),
        _ => match interp.lookup_special(v, "__index__") {
            Some(m) => interp.call_value(m, vec![], vec![])?,
            None => {
                let t = interp.type_name(v);
                return Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        },
    };
    Ok(match v.builtin_value() {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::BigInt(b) => b.to_i128().unwrap_or(if b.sign() == num_bigint::Sign::Minus { i128::MIN } else { i128::MAX }),
        _ => return Err(interp.type_error("__index__ returned non-int")),
    })
}

/// A BLAKE2 argument CPython reads as a C int.
fn blake2_c_int(interp: &mut Interp, v: Option<&Value>, default: i128) -> PyResult<i128> {
    let n = blake2_int(interp, v, default)?;
    if n < i32::MIN as i128 || n > i32::MAX as i128 {
        return Err(interp.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

fn blake2_ctor(interp: &mut Interp, wide: bool, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let func = if wide { "blake2b" } else { "blake2s" };
    let names = [
        "data",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    if crate::objects::kwarg(kwargs, "data").is_some() {
        return Err(interp.type_error(format!("'data' is an invalid keyword argument for {func}()")));
    }
    let slots = bind(interp, func, args, kwargs, &names, 1)?;
    let (max_out, max_salt) = if wide { (64i128, 16usize) } else { (32, 8) };
    let digest_size = blake2_c_int(interp, slots[1].as_ref(), max_out)?;
    if !(1..=max_out).contains(&digest_size) {
        return Err(interp.value_error(format!("digest_size must be between 1 and {max_out} bytes")));
    }
    let mut p = Blake2Params { digest_size: digest_size as usize, ..Default::default() };
    for (i, what, max) in [(3usize, "salt", max_salt), (4, "person", max_salt), (2, "key", max_out as usize)] {
        let Some(v) = slots[i].as_ref() else { continue };
        let b = bytes_like(interp, v)?;
        if b.len() > max {
            let msg = if i == 2 {
                format!("maximum key length is {max} bytes")
            } else {
                format!("maximum {what} length is {max} bytes")
            };
            return Err(interp.value_error(msg));
        }
        match i {
            2 => p.key = b.to_vec(),
            3 => p.salt = b.to_vec(),
            _ => p.person = b.to_vec(),
        }
    }
    let fanout = blake2_c_int(interp, slots[5].as_ref(), 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(interp.value_error("fanout must be between 0 and 255"));
    }
    let depth = blake2_c_int(interp, slots[6].as_ref(), 1)?;
    if !(1..=255).contains(&depth) {
        return Err(interp.value_error("depth must be between 1 and 255"));
    }
    let leaf = blake2_int(interp, slots[7].as_ref(), 0)?;
    if leaf < 0 {
        return Err(interp.value_error("value must be positive"));
    }
    if leaf > u64::MAX as i128 {
        return Err(interp.overflow_error("Python int too large to convert to C unsigned long"));
    }
    if leaf > u32::MAX as i128 {
        return Err(interp.overflow_error("leaf_size is too large"));
    }
    let node_offset = blake2_int(interp, slots[8].as_ref(), 0)?;
    if node_offset < 0 {
        return Err(interp.value_error("value must be positive"));
    }
    if node_offset > u64::MAX as i128 {
        return Err(interp.overflow_error("int too big to convert"));
    }
    if !wide && node_offset >= 1 << 48 {
        return Err(interp.overflow_error("node_offset is too large"));
    }
    let node_depth = blake2_c_int(interp, slots[9].as_ref(), 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(interp.value_error("node_depth must be between 0 and 255"));
    }
    let inner = blake2_c_int(interp, slots[10].as_ref(), 0)?;
    if !(0..=max_out).contains(&inner) {
        return Err(interp.value_error(format!("inner_size must be between 0 and is {max_out}")));
    }
    let last_node = match slots[11].as_ref() {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    p.fanout = fanout as u8;
    p.depth = depth as u8;
    p.leaf_size = leaf as u32;
    p.node_offset = node_offset as u64;
    p.node_depth = node_depth as u8;
    p.inner_size = inner as u8;
    p.last_node = last_node;
    let state = Blake2::new(wide, &p);
    let algo = if wide { Algo::Blake2b(state) } else { Algo::Blake2s(state) };
    feed(interp, algo, slots[0].as_ref())
}

fn blake2b_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    blake2_ctor(interp, true, args, kwargs)
}

fn blake2s_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    blake2_ctor(interp, false, args, kwargs)
}

// ---------------------------------------------------------------- pbkdf2_hmac, compare_digest

/// HMAC with a hash whose keyed inner and outer states were prepared.
fn hmac_with(inner: &Algo, outer: &Algo, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let d = i.digest(0);
    let mut o = outer.clone();
    o.update(&d);
    o.digest(0)
}

/// The inner and outer states of HMAC with `fresh`'s algorithm and `key`.
fn hmac_states(fresh: &Algo, key: &[u8]) -> (Algo, Algo) {
    let block = fresh.block_size();
    let mut k = if key.len() > block {
        let mut h = fresh.clone();
        h.update(key);
        h.digest(0)
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let pad = |x: u8| k.iter().map(|b| b ^ x).collect::<Vec<u8>>();
    let mut inner = fresh.clone();
    inner.update(&pad(0x36));
    let mut outer = fresh.clone();
    outer.update(&pad(0x5c));
    (inner, outer)
}

fn pbkdf2_hmac(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let names = ["hash_name", "password", "salt", "iterations", "dklen"];
    let slots = bind(interp, "pbkdf2_hmac", args, kwargs, &names, 5)?;
    for (i, n) in names.iter().enumerate().take(4) {
        if slots[i].is_none() {
            let p = i + 1;
            return Err(interp.type_error(format!("pbkdf2_hmac() missing required argument '{n}' (pos {p})")));
        }
    }
    let Value::Str(name) = slots[0].as_ref().expect("checked").builtin_value().clone() else {
        let t = interp.type_name(slots[0].as_ref().expect("checked"));
        return Err(interp.type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {t}")));
    };
    let password = bytes_like(interp, slots[1].as_ref().expect("checked"))?;
    let salt = bytes_like(interp, slots[2].as_ref().expect("checked"))?;
    let iterations = match slots[3].as_ref().expect("checked").builtin_value() {
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => -1,
        Value::BigInt(_) => i64::MAX,
        v => interp.index_value(v)?,
    };
    if iterations < 1 {
        return Err(interp.value_error("iteration value must be greater than 0."));
    }
    if iterations > u32::MAX as i64 {
        return Err(interp.overflow_error("iteration value is too great."));
    }
    let fresh = match Algo::by_name(&name.as_str().to_ascii_lowercase()) {
        Some(a) if a.is_xof() => return Err(interp.value_error("no reason supplied")),
        Some(a) => a,
        None => return Err(unsupported(interp, "[digital envelope routines] unsupported")),
    };
    let dklen = match slots[4].as_ref() {
        None | Some(Value::None) => fresh.digest_size() as i64,
        Some(v) => interp.index_value(v)?,
    };
    if dklen < 1 {
        return Err(interp.value_error("key length must be greater than 0."));
    }
    if dklen > u32::MAX as i64 {
        return Err(interp.overflow_error("key length is too great."));
    }
    let (inner, outer) = hmac_states(&fresh, &password);
    let mut out = Vec::with_capacity(dklen as usize);
    let mut block: u32 = 1;
    while out.len() < dklen as usize {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac_with(&inner, &outer, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_with(&inner, &outer, &u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        let need = (dklen as usize - out.len()).min(t.len());
        out.extend_from_slice(&t[..need]);
        block = block.wrapping_add(1);
    }
    Ok(Value::bytes(out))
}

/// `compare_digest(a, b)`: equality in time that depends only on the length of `b`.
fn compare_digest(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "compare_digest", kwargs)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(interp.type_error(format!("compare_digest expected 2 arguments, got {n}")));
    }
    let (a, b) = (args[0].builtin_value(), args[1].builtin_value());
    let (x, y): (Vec<u8>, Vec<u8>) = match (a, b) {
        (Value::Str(s), Value::Str(t)) => {
            if !s.as_str().is_ascii() || !t.as_str().is_ascii() {
                return Err(interp.type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (s.as_str().as_bytes().to_vec(), t.as_str().as_bytes().to_vec())
        }
        (Value::Bytes(s), Value::Bytes(t)) => (s.to_vec(), t.to_vec()),
        _ if !crate::objects::buffer::is_bytes_like(a) && !crate::objects::buffer::is_bytes_like(b) => {
            let (ta, tb) = (interp.type_name(&args[0]), interp.type_name(&args[1]));
            return Err(interp.type_error(format!(
                "unsupported operand types(s) or combination of types: '{ta}' and '{tb}'"
            )));
        }
        // Any two bytes-like objects (bytes, bytearray, memoryview, array...).
        _ => (crate::modules::os::files::bytes_arg(interp, a)?, crate::modules::os::files::bytes_arg(interp, b)?),
    };
    // Every byte of `y` is looked at whatever the lengths, so the time does not
    // tell how much of a secret matched.
    let mut diff = (x.len() != y.len()) as u8;
    let left = if x.len() == y.len() { &x } else { &y };
    for (p, q) in left.iter().zip(&y) {
        diff |= p ^ q;
    }
    Ok(Value::Bool(diff == 0))
}

fn get_fips_mode(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn property(cls: &Rc<Class>, name: &str, getter: NativeFn) {
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

/// The methods and properties every hash class has.
fn hash_class(interp: &mut Interp, name: &str, full: &str, module: &str, base: Option<&Rc<Class>>) -> Rc<Class> {
    let base = base.cloned().unwrap_or_else(|| interp.types.object.clone());
    let cls = crate::vm::types::native_class(interp, name, &base, module);
    interp.native_classes.insert(full.into(), cls.clone());
    for (m, f) in [
        ("update", h_update as NativeFn),
        ("digest", h_digest),
        ("hexdigest", h_hexdigest),
        ("copy", h_copy),
        ("__repr__", h_repr),
    ] {
        add_method(&cls, m, f);
    }
    property(&cls, "name", h_name);
    property(&cls, "digest_size", h_digest_size);
    property(&cls, "block_size", h_block_size);
    cls
}

/// Registers `_hashlib` and `_blake2`.
pub fn register(interp: &mut Interp) {
    let value_error = interp.types.exc(Exc::ValueError);
    let unsupported =
        crate::vm::types::new_class("UnsupportedDigestmodError", vec![value_error.clone()], Dict::new(), ClassKind::Exception, "_hashlib")
            .unwrap_or(value_error);
    interp.extensions.get_or_default::<State>().unsupported = Some(unsupported.clone());

    let hash = hash_class(interp, "HASH", "_hashlib.HASH", "_hashlib", None);
    hash.dict.borrow_mut().set_str("__new__", native("__new__", no_new_hash));
    let xof = hash_class(interp, "HASHXOF", "_hashlib.HASHXOF", "_hashlib", Some(&hash));
    xof.dict.borrow_mut().set_str("__new__", native("__new__", no_new_xof));

    let names: Vec<Value> = NAMES.iter().map(|n| Value::str(n)).collect();
    let meth_names = match crate::objects::set::to_set(interp, &Value::list(names)) {
        Ok(data) => Value::FrozenSet(Rc::new(data)),
        Err(_) => Value::None,
    };
    let mut functions: Vec<(&str, NativeFn)> = vec![
        ("new", hl_new),
        ("pbkdf2_hmac", pbkdf2_hmac),
        ("get_fips_mode", get_fips_mode),
    ];
    functions.extend_from_slice(CONSTRUCTORS);
    let compare = native("compare_digest", compare_digest);
    let operator = super::make_module("_operator", &[], vec![("_compare_digest", compare.clone())]);
    interp.modules.insert("_operator".into(), operator);
    let m = super::make_module(
        "_hashlib",
        &functions,
        vec![
            ("HASH", Value::Class(hash)),
            ("HASHXOF", Value::Class(xof)),
            ("UnsupportedDigestmodError", Value::Class(unsupported)),
            ("openssl_md_meth_names", meth_names),
            ("compare_digest", compare),
        ],
    );
    interp.modules.insert("_hashlib".into(), m);

    // The modules CPython builds when it has no OpenSSL: the same constructors
    // under their own names (hashlib.py falls back to them when `_hashlib` is blocked).
    let builtin: [(&str, &[(&str, NativeFn)]); 5] = [
        ("_md5", &[("md5", c_md5)]),
        ("_sha1", &[("sha1", c_sha1)]),
        ("_sha256", &[("sha224", c_sha224), ("sha256", c_sha256)]),
        ("_sha512", &[("sha384", c_sha384), ("sha512", c_sha512)]),
        (
            "_sha3",
            &[
                ("sha3_224", c_sha3_224),
                ("sha3_256", c_sha3_256),
                ("sha3_384", c_sha3_384),
                ("sha3_512", c_sha3_512),
                ("shake_128", c_shake_128),
                ("shake_256", c_shake_256),
            ],
        ),
    ];
    for (module, functions) in builtin {
        let m = super::make_module(module, functions, vec![]);
        interp.modules.insert(module.into(), m);
    }

    let mut classes = vec![];
    for (wide, name, ctor) in [(true, "blake2b", blake2b_new as NativeFn), (false, "blake2s", blake2s_new)] {
        let cls = hash_class(interp, name, &format!("_blake2.{name}"), "_blake2", None);
        crate::objects::builtin_subclass::set_constructor(&cls, ctor);
        let (salt, key) = if wide { (16, 64) } else { (8, 32) };
        let mut d = cls.dict.borrow_mut();
        d.set_str("SALT_SIZE", Value::Int(salt));
        d.set_str("PERSON_SIZE", Value::Int(salt));
        d.set_str("MAX_KEY_SIZE", Value::Int(key));
        d.set_str("MAX_DIGEST_SIZE", Value::Int(key));
        drop(d);
        classes.push((name, Value::Class(cls)));
    }
    let consts = [
        ("BLAKE2B_SALT_SIZE", 16),
        ("BLAKE2B_PERSON_SIZE", 16),
        ("BLAKE2B_MAX_KEY_SIZE", 64),
        ("BLAKE2B_MAX_DIGEST_SIZE", 64),
        ("BLAKE2S_SALT_SIZE", 8),
        ("BLAKE2S_PERSON_SIZE", 8),
        ("BLAKE2S_MAX_KEY_SIZE", 32),
        ("BLAKE2S_MAX_DIGEST_SIZE", 32),
    ];
    let mut values = classes;
    for (n, v) in consts {
        values.push((n, Value::Int(v)));
    }
    let b = super::make_module("_blake2", &[], values);
    interp.modules.insert("_blake2".into(), b);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn blake2_vectors() {
        let mut b = blake2_default(true);
        b.update(b"abc");
        assert_eq!(
            hex(&b.finish()),
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        );
        let mut s = blake2_default(false);
        s.update(b"abc");
        assert_eq!(hex(&s.finish()), "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
    }
}
