//! The compiled-code cache: what CPython's `__pycache__` does for coil. The
//! first import of a module compiles its source and writes the code objects to
//! a file in the cache folder; later imports read them back instead of parsing
//! and compiling again (most of the time `import typing` took).
//!
//! One file per module: `stdlib/NAME.coilc` in the cache folder for the
//! embedded library, and for a source file `__pycache__/STEM.coil.coilc` beside
//! it, as CPython keeps its `.pyc` files (so the entries go away with the
//! folder). The header holds the compiler's build fingerprint, the source's length and hash,
//! the file name and a hash of the payload: a file written by another build,
//! for another source or damaged is ignored and written again. Writes go to a
//! temporary file renamed into place, so processes sharing the folder never read
//! half a file. Any failure to read or write just means compiling from source.
//!
//! The `coil` command caches the embedded library in `$COIL_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/coil`, else `~/.cache/coil`. `COIL_CACHE_DIR=` (empty) turns
//! the cache off and `-B` stops all writes. Writes beside sources also stop
//! under `PYTHONDONTWRITEBYTECODE` or `sys.dont_write_bytecode = True`, as in
//! CPython (the embedded library's entries, in coil's own folder, are still
//! written). An embedded interpreter has no cache unless its host gives one.

use crate::compile::bytecode::{Code, SourceFile};
use crate::compile::code_codec;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The first bytes of every cache file (the format version is in the fingerprint).
const MAGIC: &[u8; 6] = b"coilc\n";

/// The compiler build the cached code must come from (set by `build.rs`).
const FINGERPRINT: &str = env!("COIL_COMPILER_FINGERPRINT");

/// Where compiled code is cached, and whether new entries are written.
#[derive(Debug, Clone)]
pub struct CodeCache {
    /// The folder of the embedded library's entries (created on the first write).
    dir: PathBuf,
    /// Whether new entries are written (`-B` clears it).
    pub write: bool,
    /// Whether `sys.dont_write_bytecode` starts false (`PYTHONDONTWRITEBYTECODE` unset).
    pub write_beside_sources: bool,
}

impl CodeCache {
    /// A cache whose embedded-library entries live in `dir`; `write` false only reads.
    pub fn new(dir: PathBuf, write: bool) -> CodeCache {
        CodeCache { dir, write, write_beside_sources: write }
    }

    /// The cache the `coil` command uses, from the environment; None when turned off.
    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    pub fn from_environment(write: bool) -> Option<CodeCache> {
        let dir = match std::env::var_os("COIL_CACHE_DIR") {
            Some(d) if d.is_empty() => return None,
            Some(d) => PathBuf::from(d),
            None => match std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
                Some(d) => PathBuf::from(d).join("coil"),
                None => PathBuf::from(std::env::var_os("HOME").filter(|d| !d.is_empty())?).join(".cache").join("coil"),
            },
        };
        let quiet = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
        Some(CodeCache { write_beside_sources: write && !quiet, ..CodeCache::new(dir, write) })
    }

    /// The cache file of module `module` compiled from `filename`.
    fn entry(&self, module: &str, filename: &str) -> Option<PathBuf> {
        if filename.starts_with("<stdlib>/") {
            return Some(self.dir.join("stdlib").join(format!("{module}.coilc")));
        }
        let path = Path::new(filename);
        let stem = path.file_stem()?.to_str()?;
        Some(path.parent()?.join("__pycache__").join(format!("{stem}.coil.coilc")))
    }

    /// The header a cache file for this source must start with.
    fn header(filename: &str, text: &str) -> Vec<u8> {
        let mut h = Vec::with_capacity(64 + filename.len());
        h.extend_from_slice(MAGIC);
        h.extend_from_slice(FINGERPRINT.as_bytes());
        h.extend_from_slice(&(text.len() as u64).to_le_bytes());
        h.extend_from_slice(&content_hash(text.as_bytes()).to_le_bytes());
        h.extend_from_slice(&(filename.len() as u64).to_le_bytes());
        h.extend_from_slice(filename.as_bytes());
        h
    }

    /// The cached code of `module`, if a valid entry for exactly this source is there.
    fn load(&self, module: &str, filename: &str, text: &str) -> Option<Rc<Code>> {
        let bytes = std::fs::read(self.entry(module, filename)?).ok()?;
        let rest = bytes.strip_prefix(Self::header(filename, text).as_slice())?;
        let (checksum, payload) = rest.split_at_checked(8)?;
        if checksum != content_hash(payload).to_le_bytes() {
            return None;
        }
        let source = Rc::new(SourceFile::new(filename.to_string(), text.to_string()));
        code_codec::decode(payload, &source)
    }

    /// Writes `code` as the entry of `module`; failures are ignored (the next run compiles again).
    fn store(&self, module: &str, filename: &str, text: &str, code: &Code) {
        let Some(path) = self.entry(module, filename) else { return };
        let payload = code_codec::encode(code);
        let mut bytes = Self::header(filename, text);
        bytes.extend_from_slice(&content_hash(&payload).to_le_bytes());
        bytes.extend_from_slice(&payload);
        let _ = write_atomically(&path, &bytes);
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// A 64-bit hash of `bytes`, to tell one source (or payload) from another; fast
/// enough to run over the whole source of every import.
pub fn content_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    // A final mix so that every input bit reaches every output bit.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl Interp {
    /// The code of module `module` from `text` (read from `filename`): from the
    /// code cache when it holds this source, else compiled (and cached).
    pub(crate) fn compile_module_cached(&mut self, module: &str, text: &str, filename: &str) -> PyResult<Rc<Code>> {
        let Some(cache) = self.code_cache.clone() else { return self.compile_source(text, filename) };
        if let Some(code) = cache.load(module, filename, text) {
            return Ok(code);
        }
        let code = self.compile_source(text, filename)?;
        let beside_source = !filename.starts_with("<stdlib>/");
        if cache.write && !(beside_source && self.dont_write_bytecode()) {
            cache.store(module, filename, text, &code);
        }
        Ok(code)
    }

    /// `sys.dont_write_bytecode`, which a script may set.
    fn dont_write_bytecode(&self) -> bool {
        match self.modules.get("sys") {
            Some(Value::Module(sys)) => {
                sys.dict.borrow().get_str("dont_write_bytecode").is_some_and(|v| !matches!(v, Value::Bool(false)))
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_tells_sources_apart() {
        let a = content_hash(b"x = 1\n");
        assert_ne!(a, content_hash(b"x = 2\n"));
        assert_ne!(a, content_hash(b"x = 1\n\0"));
        assert_ne!(content_hash(b""), content_hash(b"\0"));
        assert_eq!(a, content_hash(b"x = 1\n"));
    }
}
