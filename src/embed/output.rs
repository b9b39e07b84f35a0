//! Captured script output: an in-memory writer a host reads back.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Output written by scripts, captured in memory.
#[derive(Clone, Default)]
pub struct CapturedOutput(Rc<RefCell<Vec<u8>>>);

impl CapturedOutput {
    /// Everything written so far, emptied.
    pub fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.0.borrow_mut());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for CapturedOutput {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
