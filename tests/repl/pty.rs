//! A small pseudo-terminal driver for the REPL tests: starts `coil` on the slave
//! side of a pty (as its controlling terminal, so Ctrl-C becomes SIGINT), types
//! into the master side, and waits for text to appear in what it prints, with
//! ANSI escape sequences and carriage returns removed.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long to wait for any expected text: generous, for slow machines.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A running program on a pseudo-terminal.
pub struct Pty {
    master: File,
    child: Child,
    output: Arc<Mutex<Vec<u8>>>,
    /// How much of the cleaned output `expect` has consumed.
    seen: usize,
}

impl Pty {
    /// Starts `program args` on a new 200x50 pty, with `HOME` set to `home`.
    pub fn spawn(program: &str, args: &[&str], home: &Path) -> Pty {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize { ws_row: 50, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: openpty writes two fresh descriptors into the given integers.
        let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(rc, 0, "openpty failed");
        // SAFETY: both descriptors were just opened and are owned here alone.
        let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let stdio = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup pty"));
        let mut command = Command::new(program);
        command.args(args).env("HOME", home).env("TERM", "xterm").stdin(stdio(&slave)).stdout(stdio(&slave));
        command.stderr(stdio(&slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY as _, 0);
                Ok(())
            });
        }
        let child = command.spawn().expect("spawn coil");
        drop(slave);
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().expect("dup master");
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("output lock").extend_from_slice(&buf[..n]);
            }
        });
        Pty { master, child, output, seen: 0 }
    }

    /// Types `text` (use `\r` for Enter, `\x03` for Ctrl-C, `\x04` for Ctrl-D, `\t` for Tab).
    pub fn send(&mut self, text: &str) {
        self.master.write_all(text.as_bytes()).expect("write to pty");
        self.master.flush().expect("flush pty");
    }

    /// Everything printed so far, cleaned.
    pub fn screen(&self) -> String {
        clean(&self.output.lock().expect("output lock"))
    }

    /// Waits until `needle` appears after the text consumed so far; consumes
    /// through it (but a final newline stays, so a prompt after it still starts
    /// a line) and returns the text before it. Panics with the output on timeout.
    pub fn expect(&mut self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if let Some(i) = screen.get(self.seen..).and_then(|rest| rest.find(needle)) {
                let before = screen[self.seen..self.seen + i].to_string();
                self.seen += i + needle.trim_end_matches('\n').len();
                return before;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {needle:?}; output so far:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the prompt, then types a line and Enter.
    pub fn line(&mut self, prompt: &str, text: &str) {
        self.expect(prompt);
        self.send(text);
        self.send("\r");
    }

    /// Waits for the program to end and returns its status (kills it on timeout).
    pub fn wait(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for coil") {
                return status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("coil did not exit; output:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The output without ANSI escape sequences and carriage returns.
pub fn clean(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    // Parameters and intermediates, then one final byte in @..~.
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}
