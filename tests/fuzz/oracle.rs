//! CPython as a syntax oracle: one long-lived `python3 tools/fuzz_oracle.py`
//! process answers, for each source, whether `compile(src, 'x', 'exec')`
//! accepts it and, if not, the error's type and line.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// What a compiler said about a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Compiled.
    Ok,
    /// A syntax error: type name, line and message.
    Err(String, usize, String),
    /// Some other failure (CPython: ValueError, RecursionError, MemoryError).
    Other(String),
}

/// The running oracle process.
pub struct Oracle {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Oracle {
    /// Starts the oracle, or `None` when `python3` is not available.
    pub fn start() -> Option<Oracle> {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/fuzz_oracle.py");
        let mut child = Command::new("python3")
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let stdin = child.stdin.take()?;
        let stdout = BufReader::new(child.stdout.take()?);
        let mut oracle = Oracle { child, stdin, stdout };
        (oracle.verdict(b"pass\n")? == Verdict::Ok).then_some(oracle)
    }

    /// CPython's verdict on `src`, or `None` if the oracle died.
    pub fn verdict(&mut self, src: &[u8]) -> Option<Verdict> {
        self.stdin.write_all(&(src.len() as u32).to_be_bytes()).ok()?;
        self.stdin.write_all(src).ok()?;
        self.stdin.flush().ok()?;
        let mut line = String::new();
        self.stdout.read_line(&mut line).ok()?;
        let mut parts = line.trim_end().splitn(4, ' ');
        Some(match parts.next()? {
            "ok" => Verdict::Ok,
            "err" => {
                let kind = parts.next()?.to_string();
                let lineno = parts.next()?.parse().unwrap_or(0);
                Verdict::Err(kind, lineno, parts.next().unwrap_or("").to_string())
            }
            _ => Verdict::Other(parts.next().unwrap_or("").to_string()),
        })
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
