//! `zlib`: deflate compression, the zlib and gzip wrappers, CRC-32 and Adler-32.
//! The streams are zlib-rs (`libz-rs-sys`), a Rust port of zlib with zlib's own
//! C interface, so window sizes, flush modes, preset dictionaries, stream copies
//! and the library's error texts behave as CPython's C zlib does. Everything
//! unsafe in this module is the calls into that interface, on a boxed
//! `z_stream` that never moves while the library holds it.

use crate::vm::types::Exc;
use crate::objects::add_method;
use crate::objects::buffer;
use crate::modules::_offload::Offload;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use libz_rs_sys as z;
use std::cell::RefCell;
use std::rc::Rc;

const MAX_WBITS: i32 = 15;
const DEF_MEM_LEVEL: i32 = 8;
const DEF_BUF_SIZE: i64 = 16384;
const DEFLATED: i32 = 8;

// ---------------------------------------------------------------- streams

/// A zlib stream (compressing or decompressing) on the heap, ended when dropped.
struct Stream {
    s: Box<z::z_stream>,
    deflating: bool,
}

fn version_ptr() -> *const std::ffi::c_char {
    z::zlibVersion()
}

const STREAM_SIZE: i32 = std::mem::size_of::<z::z_stream>() as i32;

impl Stream {
    fn deflater(level: i32, method: i32, wbits: i32, mem_level: i32, strategy: i32) -> Result<Stream, i32> {
        let mut s = Box::new(z::z_stream::default());
        // SAFETY: `s` is a fresh, boxed z_stream with the default allocator.
        let rc = unsafe { z::deflateInit2_(&mut *s, level, method, wbits, mem_level, strategy, version_ptr(), STREAM_SIZE) };
        if rc != z::Z_OK {
            return Err(rc);
        }
        s.next_out = std::ptr::NonNull::dangling().as_ptr();
        Ok(Stream { s, deflating: true })
    }

    fn inflater(wbits: i32) -> Result<Stream, i32> {
        let mut s = Box::new(z::z_stream::default());
        // SAFETY: as in `deflater`.
        let rc = unsafe { z::inflateInit2_(&mut *s, wbits, version_ptr(), STREAM_SIZE) };
        if rc != z::Z_OK {
            return Err(rc);
        }
        s.next_out = std::ptr::NonNull::dangling().as_ptr();
        Ok(Stream { s, deflating: false })
    }

    /// The library's message for the last error, if it set one.
    fn msg(&self) -> Option<String> {
        if self.s.msg.is_null() {
            return None;
        }
        // SAFETY: zlib's messages are static NUL-terminated strings.
        let c = unsafe { std::ffi::CStr::from_ptr(self.s.msg) };
        Some(c.to_string_lossy().into_owned())
    }

    fn copy(&mut self) -> Result<Stream, i32> {
        let mut d = Box::new(z::z_stream::default());
        // SAFETY: both streams are boxed; the source is initialized.
        let rc = unsafe {
            if self.deflating {
                z::deflateCopy(&mut *d, &mut *self.s)
            } else {
                z::inflateCopy(&mut *d, &*self.s)
            }
        };
        if rc != z::Z_OK {
            return Err(rc);
        }
        Ok(Stream { s: d, deflating: self.deflating })
    }

    fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        let len = dict.len().min(u32::MAX as usize) as u32;
        // SAFETY: the dictionary is read during the call only.
        unsafe {
            if self.deflating {
                z::deflateSetDictionary(&mut *self.s, dict.as_ptr(), len)
            } else {
                z::inflateSetDictionary(&mut *self.s, dict.as_ptr(), len)
            }
        }
    }

    /// Runs the stream over `input` with `flush`, appending to `out` (growing it
    /// by at least `chunk` bytes at a time, never past `limit`), until all input
    /// is taken and the output has room left, or the library stops with another
    /// status. `zdict` answers a zlib stream's request for its dictionary.
    /// Returns the last status and how much input was taken.
    fn pump(
        &mut self,
        input: &[u8],
        flush: i32,
        out: &mut Vec<u8>,
        limit: Option<usize>,
        chunk: usize,
        zdict: Option<&[u8]>,
    ) -> Result<(i32, usize), (i32, &'static str)> {
        let mut taken = 0usize;
        let chunk = chunk.max(1);
        loop {
            if let Some(l) = limit {
                if out.len() >= l {
                    return Ok((z::Z_OK, taken));
                }
            }
            if out.capacity() == out.len() {
                let grow = chunk.max(out.len()).min(1 << 30);
                out.reserve(grow);
            }
            let mut room = (out.capacity() - out.len()).min(u32::MAX as usize);
            if let Some(l) = limit {
                room = room.min(l - out.len());
            }
            let rest = &input[taken..];
            let give = rest.len().min(u32::MAX as usize);
            let before = out.len();
            self.s.next_in = rest.as_ptr();
            self.s.avail_in = give as u32;
            // SAFETY: `room` bytes of spare capacity follow `before`.
            self.s.next_out = unsafe { out.as_mut_ptr().add(before) };
            self.s.avail_out = room as u32;
            // SAFETY: the pointers set above are valid for the lengths given.
            let rc = unsafe {
                if self.deflating {
                    z::deflate(&mut *self.s, flush)
                } else {
                    z::inflate(&mut *self.s, flush)
                }
            };
            let used = give - self.s.avail_in as usize;
            let made = room - self.s.avail_out as usize;
            taken += used;
            // SAFETY: the library wrote `made` bytes there.
            unsafe { out.set_len(before + made) };
            let left_room = self.s.avail_out != 0;
            self.s.next_in = std::ptr::null();
            self.s.avail_in = 0;
            self.s.next_out = std::ptr::NonNull::dangling().as_ptr();
            self.s.avail_out = 0;
            if rc == z::Z_NEED_DICT {
                if let Some(d) = zdict {
                    let r = self.set_dictionary(d);
                    if r != z::Z_OK {
                        return Err((r, "while setting zdict"));
                    }
                    continue;
                }
            }
            if rc != z::Z_OK && rc != z::Z_BUF_ERROR {
                return Ok((rc, taken));
            }
            if rc == z::Z_BUF_ERROR && used == 0 && made == 0 {
                return Ok((rc, taken));
            }
            if left_room && taken == input.len() {
                return Ok((rc, taken));
            }
        }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: ending an initialized (or already ended) stream is allowed.
        unsafe {
            if self.deflating {
                z::deflateEnd(&mut *self.s);
            } else {
                z::inflateEnd(&mut *self.s);
            }
        }
    }
}

// ---------------------------------------------------------------- errors

#[derive(Default)]
struct State {
    error: Option<Rc<Class>>,
}

fn zlib_error_class(interp: &mut Interp) -> Rc<Class> {
    match interp.extensions.get_or_default::<State>().error.clone() {
        Some(c) => c,
        None => interp.types.exc(Exc::Exception),
    }
}

fn raw_error(interp: &mut Interp, msg: String) -> Value {
    let cls = zlib_error_class(interp);
    interp.new_exception(cls, vec![Value::string(msg)])
}

/// zlib.error "Error N what: reason", the reason being the library's message or
/// a description of the status.
fn zerror(interp: &mut Interp, msg: Option<String>, rc: i32, what: &str) -> Value {
    if rc == z::Z_VERSION_ERROR {
        return raw_error(interp, "library version mismatch".into());
    }
    let reason = msg.or_else(|| match rc {
        z::Z_BUF_ERROR => Some("incomplete or truncated stream".into()),
        z::Z_STREAM_ERROR => Some("inconsistent stream state".into()),
        z::Z_DATA_ERROR => Some("invalid input data".into()),
        _ => None,
    });
    match reason {
        Some(r) => raw_error(interp, format!("Error {rc} {what}: {r}")),
        None => raw_error(interp, format!("Error {rc} {what}")),
    }
}

fn memory_error(interp: &mut Interp, msg: &str) -> Value {
    interp.new_error(Exc::MemoryError, msg)
}

// ---------------------------------------------------------------- arguments

/// Binds `args`/`kwargs` to `names`: the first `posonly` only by position, the
/// first `required` required. Messages as CPython's argument clinic words them.
fn bind(
    interp: &mut Interp,
    func: &str,
    args: &[Value],
    kwargs: KwArgs,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let total = args.len() + kwargs.len();
    if total > names.len() {
        let n = names.len();
        let s = if n == 1 { "" } else { "s" };
        return Err(interp.type_error(format!("{func}() takes at most {n} argument{s} ({total} given)")));
    }
    if args.len() < required.min(posonly) {
        let want = required.min(posonly);
        let got = args.len();
        let s = if want == 1 { "" } else { "s" };
        let how = if want == names.len() { "exactly" } else { "at least" };
        return Err(interp.type_error(format!("{func}() takes {how} {want} positional argument{s} ({got} given)")));
    }
    let mut slots: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    slots.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_ref()) {
            Some(i) if i >= posonly => {
                if slots[i].is_some() {
                    let p = i + 1;
                    return Err(interp.type_error(format!("argument for {func}() given by name ('{k}') and position ({p})")));
                }
                slots[i] = Some(v.clone());
            }
            _ => return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for {func}()"))),
        }
    }
    for (i, slot) in slots.iter().enumerate().take(required) {
        if slot.is_none() {
            let p = i + 1;
            let n = names[i];
            return Err(interp.type_error(format!("{func}() missing required argument '{n}' (pos {p})")));
        }
    }
    Ok(slots)
}

/// Binds the arguments of a function whose parameters are all positional-only
/// (`crc32 expected at least 1 argument, got 0`).
fn bind_positional(
    interp: &mut Interp,
    func: &str,
    args: &[Value],
    kwargs: KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(interp.type_error(format!("{func}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min {
        let s = if min == 1 { "" } else { "s" };
        return Err(interp.type_error(format!("{func} expected at least {min} argument{s}, got {n}")));
    }
    if n > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(interp.type_error(format!("{func} expected at most {max} argument{s}, got {n}")));
    }
    Ok(())
}

fn int_of(interp: &mut Interp, v: &Value) -> PyResult<num_bigint::BigInt> {
    match v.builtin_value() {
        Value::Int(i) => Ok((*i).into()),
        Value::Bool(b) => Ok((*b as i64).into()),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => match interp.lookup_special(v, "__index__") {
            Some(m) if !matches!(v.builtin_value(), Value::Float(_)) => {
                let r = interp.call_value(m, vec![], vec![])?;
                match r.builtin_value() {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_of(interp, &r),
                    _ => Err(interp.type_error("__index__ returned non-int")),
                }
            }
            _ => {
                let t = interp.type_name(v);
                Err(interp.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
    }
}

fn c_int(interp: &mut Interp, v: Option<&Value>, default: i32) -> PyResult<i32> {
    use num_traits::ToPrimitive;
    let Some(v) = v else { return Ok(default) };
    let n = int_of(interp, v)?;
    match n.to_i32() {
        Some(i) => Ok(i),
        None => Err(interp.overflow_error("Python int too large to convert to C int")),
    }
}

fn ssize(interp: &mut Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let Some(v) = v else { return Ok(default) };
    let n = int_of(interp, v)?;
    match n.to_i64() {
        Some(i) => Ok(i),
        None => Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// An `unsigned int` argument taken modulo 2**32, as the checksums' start values are.
fn masked_u32(interp: &mut Interp, v: Option<&Value>, default: u32) -> PyResult<u32> {
    use num_traits::ToPrimitive;
    let Some(v) = v else { return Ok(default) };
    let n = int_of(interp, v)?;
    let m = n & num_bigint::BigInt::from(u32::MAX);
    Ok(m.to_u32().unwrap_or(0))
}

fn data(interp: &mut Interp, v: &Value) -> PyResult<buffer::Buf> {
    buffer::require(interp, v)
}

// ---------------------------------------------------------------- checksums

fn crc32(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    bind_positional(interp, "crc32", args, kwargs, 1, 2)?;
    let d = data(interp, &args[0])?;
    let start = masked_u32(interp, args.get(1), 0)?;
    let mut crc = start as std::ffi::c_ulong;
    for part in d.chunks(1 << 30) {
        // SAFETY: the slice is valid for its length.
        crc = unsafe { z::crc32(crc, part.as_ptr(), part.len() as u32) };
    }
    Ok(Value::Int(crc as i64 & 0xffff_ffff))
}

fn adler32(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    bind_positional(interp, "adler32", args, kwargs, 1, 2)?;
    let d = data(interp, &args[0])?;
    let start = masked_u32(interp, args.get(1), 1)?;
    let mut a = start as std::ffi::c_ulong;
    for part in d.chunks(1 << 30) {
        // SAFETY: the slice is valid for its length.
        a = unsafe { z::adler32(a, part.as_ptr(), part.len() as u32) };
    }
    Ok(Value::Int(a as i64 & 0xffff_ffff))
}

// ---------------------------------------------------------------- one-shot

/// Why a one-shot compression or decompression failed, told without the
/// interpreter (the work may run on a worker thread).
enum OneShotError {
    Memory(&'static str),
    BadLevel,
    Zlib(Option<String>, i32, &'static str),
}

fn one_shot_error(interp: &mut Interp, e: OneShotError) -> Value {
    match e {
        OneShotError::Memory(m) => memory_error(interp, m),
        OneShotError::BadLevel => raw_error(interp, "Bad compression level".into()),
        OneShotError::Zlib(m, rc, what) => zerror(interp, m, rc, what),
    }
}

/// The arguments of `compress`: the data, level and wbits.
fn compress_args(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<(buffer::Buf, i32, i32)> {
    let slots = bind(interp, "compress", args, kwargs, &["data", "level", "wbits"], 1, 1)?;
    let input = data(interp, slots[0].as_ref().expect("bound"))?;
    let level = c_int(interp, slots[1].as_ref(), z::Z_DEFAULT_COMPRESSION)?;
    let wbits = c_int(interp, slots[2].as_ref(), MAX_WBITS)?;
    Ok((input, level, wbits))
}

fn deflate_all(input: &[u8], level: i32, wbits: i32) -> Result<Vec<u8>, OneShotError> {
    let mut st = match Stream::deflater(level, DEFLATED, wbits, DEF_MEM_LEVEL, z::Z_DEFAULT_STRATEGY) {
        Ok(s) => s,
        Err(z::Z_MEM_ERROR) => return Err(OneShotError::Memory("Out of memory while compressing data")),
        Err(z::Z_STREAM_ERROR) => return Err(OneShotError::BadLevel),
        Err(rc) => return Err(OneShotError::Zlib(None, rc, "while compressing data")),
    };
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    match st.pump(input, z::Z_FINISH, &mut out, None, DEF_BUF_SIZE as usize, None) {
        Ok((z::Z_STREAM_END, _)) => Ok(out),
        Ok((z::Z_MEM_ERROR, _)) => Err(OneShotError::Memory("Out of memory while compressing data")),
        Ok((rc, _)) | Err((rc, _)) => Err(OneShotError::Zlib(st.msg(), rc, "while compressing data")),
    }
}

fn compress(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (input, level, wbits) = compress_args(interp, args, kwargs)?;
    deflate_all(&input, level, wbits).map(Value::bytes).map_err(|e| one_shot_error(interp, e))
}

/// The arguments of `decompress`: the data, wbits and bufsize.
fn decompress_args(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<(buffer::Buf, i32, usize)> {
    let slots = bind(interp, "decompress", args, kwargs, &["data", "wbits", "bufsize"], 1, 1)?;
    let input = data(interp, slots[0].as_ref().expect("bound"))?;
    let wbits = c_int(interp, slots[1].as_ref(), MAX_WBITS)?;
    let bufsize = ssize(interp, slots[2].as_ref(), DEF_BUF_SIZE)?;
    if bufsize < 0 {
        return Err(interp.value_error("bufsize must be non-negative"));
    }
    Ok((input, wbits, bufsize as usize))
}

fn inflate_all(input: &[u8], wbits: i32, bufsize: usize) -> Result<Vec<u8>, OneShotError> {
    let mut st = match Stream::inflater(wbits) {
        Ok(s) => s,
        Err(z::Z_MEM_ERROR) => return Err(OneShotError::Memory("Out of memory while decompressing data")),
        Err(rc) => return Err(OneShotError::Zlib(None, rc, "while preparing to decompress data")),
    };
    let mut out = Vec::with_capacity(bufsize.clamp(1, 1 << 24));
    match st.pump(input, z::Z_NO_FLUSH, &mut out, None, bufsize, None) {
        Ok((z::Z_STREAM_END, _)) => Ok(out),
        Ok((z::Z_MEM_ERROR, _)) => Err(OneShotError::Memory("Out of memory while decompressing data")),
        Ok((z::Z_OK, _)) | Ok((z::Z_BUF_ERROR, _)) => {
            Err(OneShotError::Zlib(None, z::Z_BUF_ERROR, "while decompressing data"))
        }
        Ok((rc, _)) | Err((rc, _)) => Err(OneShotError::Zlib(st.msg(), rc, "while decompressing data")),
    }
}

fn decompress(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (input, wbits, bufsize) = decompress_args(interp, args, kwargs)?;
    inflate_all(&input, wbits, bufsize).map(Value::bytes).map_err(|e| one_shot_error(interp, e))
}

/// The entry points of the one-shot functions, by which `_offload` knows them.
pub const COMPRESS: NativeFn = compress;
pub const DECOMPRESS: NativeFn = decompress;

/// The result of offloaded one-shot work.
fn one_shot_result(interp: &mut Interp, r: Result<Vec<u8>, OneShotError>) -> PyResult<Value> {
    r.map(Value::bytes).map_err(|e| one_shot_error(interp, e))
}

/// `zlib.compress` as offloaded work (see `modules::_offload`): the input is
/// copied and compressed on a worker thread.
pub fn compress_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    let (input, level, wbits) = compress_args(interp, args, kwargs)?;
    let input = input.to_vec();
    Ok(Offload::new(move || deflate_all(&input, level, wbits), one_shot_result))
}

/// `zlib.decompress` as offloaded work.
pub fn decompress_offload(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Offload> {
    let (input, wbits, bufsize) = decompress_args(interp, args, kwargs)?;
    let input = input.to_vec();
    Ok(Offload::new(move || inflate_all(&input, wbits, bufsize), one_shot_result))
}

// ---------------------------------------------------------------- Compress

struct Compressor {
    z: RefCell<Option<Stream>>,
}

impl NativeObject for Compressor {
    fn type_name(&self) -> &str {
        "zlib.Compress"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct DState {
    unused: Rc<Vec<u8>>,
    tail: Rc<Vec<u8>>,
    eof: bool,
    zdict: Option<Rc<Vec<u8>>>,
}

struct Decompressor {
    z: RefCell<Option<Stream>>,
    st: RefCell<DState>,
}

impl NativeObject for Decompressor {
    fn type_name(&self) -> &str {
        "zlib.Decompress"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn compressor(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Compressor>> {
    if let Some(Value::Native(n)) = args.first().map(|v| v.builtin_value()) {
        if let Some(c) = downcast_rc::<Compressor>(n) {
            return Ok(c);
        }
    }
    Err(interp.type_error("descriptor requires a 'zlib.Compress' object"))
}

fn decompressor(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<Decompressor>> {
    if let Some(Value::Native(n)) = args.first().map(|v| v.builtin_value()) {
        if let Some(c) = downcast_rc::<Decompressor>(n) {
            return Ok(c);
        }
    }
    Err(interp.type_error("descriptor requires a 'zlib.Decompress' object"))
}

fn compressobj(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let slots = bind(interp, "compressobj", args, kwargs, &names, 0, 0)?;
    let level = c_int(interp, slots[0].as_ref(), z::Z_DEFAULT_COMPRESSION)?;
    let method = c_int(interp, slots[1].as_ref(), DEFLATED)?;
    let wbits = c_int(interp, slots[2].as_ref(), MAX_WBITS)?;
    let mem = c_int(interp, slots[3].as_ref(), DEF_MEM_LEVEL)?;
    let strategy = c_int(interp, slots[4].as_ref(), z::Z_DEFAULT_STRATEGY)?;
    let zdict = match slots[5].as_ref() {
        Some(v) => Some(data(interp, v)?),
        None => None,
    };
    let mut st = match Stream::deflater(level, method, wbits, mem, strategy) {
        Ok(s) => s,
        Err(z::Z_MEM_ERROR) => return Err(memory_error(interp, "Can't allocate memory for compression object")),
        Err(z::Z_STREAM_ERROR) => return Err(interp.value_error("Invalid initialization option")),
        Err(rc) => return Err(zerror(interp, None, rc, "while creating compression object")),
    };
    if let Some(d) = zdict {
        if st.set_dictionary(&d) != z::Z_OK {
            return Err(interp.value_error("Invalid dictionary"));
        }
    }
    Ok(Value::native(Rc::new(Compressor { z: RefCell::new(Some(st)) })))
}

fn c_compress(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let c = compressor(interp, args)?;
    let slots = bind(interp, "compress", &args[1..], kwargs, &["data"], 1, 1)?;
    let input = data(interp, slots[0].as_ref().expect("bound"))?;
    let mut guard = c.z.borrow_mut();
    let Some(st) = guard.as_mut() else {
        return Err(zerror(interp, None, z::Z_STREAM_ERROR, "while compressing data"));
    };
    let mut out = Vec::new();
    match st.pump(&input, z::Z_NO_FLUSH, &mut out, None, DEF_BUF_SIZE as usize, None) {
        Ok((z::Z_OK, _)) | Ok((z::Z_BUF_ERROR, _)) => Ok(Value::bytes(out)),
        Ok((rc, _)) | Err((rc, _)) => {
            let m = st.msg();
            drop(guard);
            Err(zerror(interp, m, rc, "while compressing data"))
        }
    }
}

fn c_flush(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let c = compressor(interp, args)?;
    let slots = bind(interp, "flush", &args[1..], kwargs, &["mode"], 1, 0)?;
    let mode = c_int(interp, slots[0].as_ref(), z::Z_FINISH)?;
    if mode == z::Z_NO_FLUSH {
        return Ok(Value::bytes(vec![]));
    }
    let mut guard = c.z.borrow_mut();
    let Some(st) = guard.as_mut() else {
        return Err(zerror(interp, None, z::Z_STREAM_ERROR, "while flushing"));
    };
    let mut out = Vec::new();
    match st.pump(&[], mode, &mut out, None, DEF_BUF_SIZE as usize, None) {
        Ok((z::Z_STREAM_END, _)) if mode == z::Z_FINISH => {
            *guard = None;
            Ok(Value::bytes(out))
        }
        Ok((z::Z_OK, _)) | Ok((z::Z_BUF_ERROR, _)) | Ok((z::Z_STREAM_END, _)) => Ok(Value::bytes(out)),
        Ok((rc, _)) | Err((rc, _)) => {
            let m = st.msg();
            drop(guard);
            Err(zerror(interp, m, rc, "while flushing"))
        }
    }
}

fn c_copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let c = compressor(interp, args)?;
    let mut guard = c.z.borrow_mut();
    let Some(st) = guard.as_mut() else {
        return Err(interp.value_error("Inconsistent stream state"));
    };
    match st.copy() {
        Ok(n) => Ok(Value::native(Rc::new(Compressor { z: RefCell::new(Some(n)) }))),
        Err(z::Z_STREAM_ERROR) => Err(interp.value_error("Inconsistent stream state")),
        Err(z::Z_MEM_ERROR) => Err(memory_error(interp, "Can't allocate memory for compression object")),
        Err(rc) => {
            let m = st.msg();
            drop(guard);
            Err(zerror(interp, m, rc, "while copying compression object"))
        }
    }
}

// ---------------------------------------------------------------- Decompress

fn decompressobj(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let slots = bind(interp, "decompressobj", args, kwargs, &["wbits", "zdict"], 0, 0)?;
    let wbits = c_int(interp, slots[0].as_ref(), MAX_WBITS)?;
    let zdict = match slots[1].as_ref() {
        Some(v) => match buffer::buffer(interp, v)? {
            Some(b) => Some(Rc::new(b.into_vec())),
            None => return Err(interp.type_error("zdict argument must support the buffer protocol")),
        },
        None => None,
    };
    let mut st = match Stream::inflater(wbits) {
        Ok(s) => s,
        Err(z::Z_STREAM_ERROR) => return Err(interp.value_error("Invalid initialization option")),
        Err(z::Z_MEM_ERROR) => return Err(memory_error(interp, "Can't allocate memory for decompression object")),
        Err(rc) => return Err(zerror(interp, None, rc, "while creating decompression object")),
    };
    if wbits < 0 {
        if let Some(d) = &zdict {
            let rc = st.set_dictionary(d);
            if rc != z::Z_OK {
                let m = st.msg();
                return Err(zerror(interp, m, rc, "while setting zdict"));
            }
        }
    }
    let state = DState { unused: Rc::new(vec![]), tail: Rc::new(vec![]), eof: false, zdict };
    Ok(Value::native(Rc::new(Decompressor { z: RefCell::new(Some(st)), st: RefCell::new(state) })))
}

/// Files what a decompressing call left of its input: after the end of the
/// stream it is `unused_data`, otherwise `unconsumed_tail`.
fn keep_leftover(d: &Decompressor, input: &[u8], taken: usize, rc: i32) {
    let mut s = d.st.borrow_mut();
    let rest = &input[taken..];
    if rc == z::Z_STREAM_END {
        if !rest.is_empty() {
            let mut u = (*s.unused).clone();
            u.extend_from_slice(rest);
            s.unused = Rc::new(u);
        }
        if !s.tail.is_empty() {
            s.tail = Rc::new(vec![]);
        }
    } else if !rest.is_empty() || !s.tail.is_empty() {
        s.tail = Rc::new(rest.to_vec());
    }
}

fn d_decompress(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = decompressor(interp, args)?;
    let slots = bind(interp, "decompress", &args[1..], kwargs, &["data", "max_length"], 1, 1)?;
    let input = data(interp, slots[0].as_ref().expect("bound"))?;
    let max = ssize(interp, slots[1].as_ref(), 0)?;
    if max < 0 {
        return Err(interp.value_error("max_length must be non-negative"));
    }
    let limit = if max == 0 { None } else { Some(max as usize) };
    let zdict = d.st.borrow().zdict.clone();
    let mut guard = d.z.borrow_mut();
    let Some(st) = guard.as_mut() else {
        return Err(zerror(interp, None, z::Z_STREAM_ERROR, "while decompressing data"));
    };
    let chunk = match limit {
        Some(l) => l.min(DEF_BUF_SIZE as usize),
        None => DEF_BUF_SIZE as usize,
    };
    let mut out = Vec::new();
    let r = st.pump(&input, z::Z_SYNC_FLUSH, &mut out, limit, chunk, zdict.as_deref().map(|v| v.as_slice()));
    match r {
        Ok((rc, taken)) => {
            keep_leftover(&d, &input, taken, rc);
            if rc == z::Z_STREAM_END {
                d.st.borrow_mut().eof = true;
                Ok(Value::bytes(out))
            } else if rc == z::Z_OK || rc == z::Z_BUF_ERROR {
                Ok(Value::bytes(out))
            } else {
                let m = st.msg();
                drop(guard);
                Err(zerror(interp, m, rc, "while decompressing data"))
            }
        }
        Err((rc, what)) => {
            let m = st.msg();
            drop(guard);
            Err(zerror(interp, m, rc, what))
        }
    }
}

fn d_flush(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let d = decompressor(interp, args)?;
    let slots = bind(interp, "flush", &args[1..], kwargs, &["length"], 1, 0)?;
    let length = ssize(interp, slots[0].as_ref(), DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(interp.value_error("length must be greater than zero"));
    }
    let (input, zdict) = {
        let s = d.st.borrow();
        (s.tail.clone(), s.zdict.clone())
    };
    let mut guard = d.z.borrow_mut();
    let Some(st) = guard.as_mut() else {
        return Ok(Value::bytes(vec![]));
    };
    let mut out = Vec::new();
    let r = st.pump(&input, z::Z_FINISH, &mut out, None, length as usize, zdict.as_deref().map(|v| v.as_slice()));
    match r {
        Ok((rc, taken)) => {
            keep_leftover(&d, &input, taken, rc);
            if rc == z::Z_STREAM_END {
                d.st.borrow_mut().eof = true;
                *guard = None;
            }
            Ok(Value::bytes(out))
        }
        Err((rc, what)) => {
            let m = st.msg();
            drop(guard);
            Err(zerror(interp, m, rc, what))
        }
    }
}

fn d_copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = decompressor(interp, args)?;
    let mut guard = d.z.borrow_mut();
    let Some(st) = guard.as_mut() else {
        return Err(interp.value_error("Inconsistent stream state"));
    };
    match st.copy() {
        Ok(n) => {
            let s = d.st.borrow();
            let state = DState { unused: s.unused.clone(), tail: s.tail.clone(), eof: s.eof, zdict: s.zdict.clone() };
            Ok(Value::native(Rc::new(Decompressor { z: RefCell::new(Some(n)), st: RefCell::new(state) })))
        }
        Err(z::Z_STREAM_ERROR) => Err(interp.value_error("Inconsistent stream state")),
        Err(z::Z_MEM_ERROR) => Err(memory_error(interp, "Can't allocate memory for decompression object")),
        Err(rc) => {
            let m = st.msg();
            drop(guard);
            Err(zerror(interp, m, rc, "while copying decompression object"))
        }
    }
}

fn d_unused(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = decompressor(interp, args)?;
    let b = d.st.borrow().unused.clone();
    Ok(Value::Bytes(b))
}

fn d_tail(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = decompressor(interp, args)?;
    let b = d.st.borrow().tail.clone();
    Ok(Value::Bytes(b))
}

fn d_eof(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let d = decompressor(interp, args)?;
    let e = d.st.borrow().eof;
    Ok(Value::Bool(e))
}

fn no_new_compress(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("cannot create 'zlib.Compress' instances"))
}

fn no_new_decompress(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("cannot create 'zlib.Decompress' instances"))
}

fn property(cls: &Rc<Class>, name: &str, getter: NativeFn) {
    crate::modules::io::add_property(cls, name, getter);
}

/// The module's version strings: the version of the zlib interface that
/// zlib-rs implements (its `zlibVersion()` adds "-zlib-rs-X.Y.Z", which scripts
/// that parse ZLIB_RUNTIME_VERSION as dotted numbers cannot read).
fn versions() -> (String, String) {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    let full = unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) }.to_string_lossy().into_owned();
    let base = full.split('-').next().unwrap_or("1.3.0").to_string();
    (base.clone(), base)
}

/// Registers `zlib`.
pub fn register(interp: &mut Interp) {
    let exception = interp.types.exc(Exc::Exception);
    let error = crate::vm::types::new_class("error", vec![exception.clone()], Dict::new(), ClassKind::Exception, "zlib")
        .unwrap_or(exception);
    interp.extensions.get_or_default::<State>().error = Some(error.clone());

    let object = interp.types.object.clone();
    let comp = crate::vm::types::native_class(interp, "Compress", &object, "zlib");
    interp.native_classes.insert("zlib.Compress".into(), comp.clone());
    for (m, f) in [
        ("compress", c_compress as NativeFn),
        ("flush", c_flush),
        ("copy", c_copy),
        ("__copy__", c_copy),
        ("__deepcopy__", c_copy),
    ] {
        add_method(&comp, m, f);
    }
    comp.dict.borrow_mut().set_str("__new__", crate::objects::native("__new__", no_new_compress));

    let decomp = crate::vm::types::native_class(interp, "Decompress", &object, "zlib");
    interp.native_classes.insert("zlib.Decompress".into(), decomp.clone());
    for (m, f) in [
        ("decompress", d_decompress as NativeFn),
        ("flush", d_flush),
        ("copy", d_copy),
        ("__copy__", d_copy),
        ("__deepcopy__", d_copy),
    ] {
        add_method(&decomp, m, f);
    }
    property(&decomp, "unused_data", d_unused);
    property(&decomp, "unconsumed_tail", d_tail);
    property(&decomp, "eof", d_eof);
    decomp.dict.borrow_mut().set_str("__new__", crate::objects::native("__new__", no_new_decompress));

    let (version, runtime) = versions();
    let ints: [(&str, i64); 20] = [
        ("MAX_WBITS", MAX_WBITS as i64),
        ("DEFLATED", DEFLATED as i64),
        ("DEF_MEM_LEVEL", DEF_MEM_LEVEL as i64),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    let mut values: Vec<(&str, Value)> = ints.iter().map(|(n, v)| (*n, Value::Int(*v))).collect();
    values.push(("ZLIB_VERSION", Value::string(version)));
    values.push(("ZLIB_RUNTIME_VERSION", Value::string(runtime)));
    values.push(("error", Value::Class(error)));
    let functions: [(&str, NativeFn); 6] = [
        ("adler32", adler32),
        ("crc32", crc32),
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", compressobj),
        ("decompressobj", decompressobj),
    ];
    let m = super::make_module("zlib", &functions, values);
    interp.modules.insert("zlib".into(), m);
}
