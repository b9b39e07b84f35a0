//! Where failing inputs go (`target/fuzz-failures/`): each case's input is
//! written to `current.py` before it runs, so that if the process dies (abort,
//! stack overflow) the input that killed it is on disk; findings are saved as
//! `KIND-HASH.py`. A watchdog thread ends the process when a case hangs or
//! holds far more memory than the limit allows.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The failures folder: `COIL_FUZZ_DIR`, or `fuzz-failures` in the target folder.
/// Two runs at once need folders of their own (they share `current.py`).
pub fn dir() -> PathBuf {
    let target = || {
        let base = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from);
        base.unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target"))).join("fuzz-failures")
    };
    let d = std::env::var_os("COIL_FUZZ_DIR").map_or_else(target, PathBuf::from);
    let _ = std::fs::create_dir_all(&d);
    d
}

/// FNV-1a of `bytes`, naming saved inputs.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// Writes the input about to run to `current.py`.
pub fn save_current(bytes: &[u8]) {
    let _ = std::fs::write(dir().join("current.py"), bytes);
}

/// Saves a finding; returns its path.
pub fn save(kind: &str, bytes: &[u8]) -> PathBuf {
    let path = dir().join(format!("{kind}-{:016x}.py", hash(bytes)));
    let _ = std::fs::write(&path, bytes);
    path
}

/// Growth of resident memory during one case that means the memory limit
/// (256 MiB) was bypassed.
const MAX_GROWTH: usize = 1 << 30;

/// The process's resident set size, from `/proc/self/statm` (0 where there is none).
pub fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

/// A watchdog: a case running longer than its allowance is a hang.
#[derive(Clone)]
pub struct Watchdog(Arc<Mutex<Option<(Instant, Duration, usize)>>>);

impl Watchdog {
    /// Starts the watchdog thread. On a hang it saves `current.py` as `hang-HASH.py`
    /// and ends the process with status 3; when a case grows the resident memory
    /// by more than [`MAX_GROWTH`], as `memory-HASH.py` with status 4.
    pub fn start() -> Watchdog {
        let dog = Watchdog(Arc::new(Mutex::new(None)));
        let state = dog.0.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(50));
            let armed = *state.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((start, allowance, base)) = armed {
                if resident_bytes() > base + MAX_GROWTH {
                    let input = std::fs::read(dir().join("current.py")).unwrap_or_default();
                    let path = save("memory", &input);
                    eprintln!(
                        "fuzz: MEMORY (case grew over {} MiB); input saved to {}",
                        MAX_GROWTH >> 20,
                        path.display()
                    );
                    std::process::exit(4);
                }
                if start.elapsed() > allowance {
                    let input = std::fs::read(dir().join("current.py")).unwrap_or_default();
                    let path = save("hang", &input);
                    eprintln!("fuzz: HANG (over {allowance:?}); input saved to {}", path.display());
                    std::process::exit(3);
                }
            }
        });
        dog
    }

    /// Starts timing a case allowed `allowance`.
    pub fn arm(&self, allowance: Duration) {
        let base = resident_bytes();
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), allowance, base));
    }

    /// The case is over.
    pub fn disarm(&self) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}
