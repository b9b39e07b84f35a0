//! The file descriptors a script holds: small integers naming open files, as
//! `os.open`, `os.read` and `io.FileIO` use them. Descriptors 0, 1 and 2 are the
//! interpreter's standard streams (output goes through its writers, which a
//! host may capture); others name handles of the file system in use. A script
//! reaches only descriptors in this table.

use crate::system::fs::FileHandle;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// An open handle, shared by the table and the file objects using it (so a
/// file object's destructor can flush and close without the interpreter).
pub type SharedHandle = Rc<RefCell<Box<dyn FileHandle>>>;

/// What a descriptor refers to.
#[derive(Clone)]
pub enum OpenFile {
    /// A standard stream: 0 (input), 1 (output) or 2 (errors).
    Std(u8),
    /// A file, pipe or other handle.
    Handle(SharedHandle),
}

/// Open descriptors by number.
pub struct FdTable {
    entries: HashMap<i32, OpenFile>,
    /// Next number for a handle without an operating-system descriptor.
    next_virtual: i32,
}

/// First number given to handles that have no descriptor of their own (an
/// in-memory file system's files), far above what the kernel hands out.
const FIRST_VIRTUAL_FD: i32 = 1 << 20;

impl Default for FdTable {
    fn default() -> Self {
        let mut entries = HashMap::new();
        for fd in 0..3u8 {
            entries.insert(fd as i32, OpenFile::Std(fd));
        }
        FdTable { entries, next_virtual: FIRST_VIRTUAL_FD }
    }
}

impl FdTable {
    /// Registers `handle`, returning its descriptor number.
    pub fn install(&mut self, handle: Box<dyn FileHandle>) -> i32 {
        let fd = match handle.raw_fd() {
            Some(fd) => fd,
            None => {
                while self.entries.contains_key(&self.next_virtual) {
                    self.next_virtual += 1;
                }
                self.next_virtual
            }
        };
        self.entries.insert(fd, OpenFile::Handle(Rc::new(RefCell::new(handle))));
        fd
    }

    /// Registers another number for the standard stream `stream` (`os.dup(1)`).
    pub fn install_std(&mut self, stream: u8) -> i32 {
        while self.entries.contains_key(&self.next_virtual) {
            self.next_virtual += 1;
        }
        let fd = self.next_virtual;
        self.entries.insert(fd, OpenFile::Std(stream));
        fd
    }

    /// The open file `fd` names.
    pub fn get(&self, fd: i32) -> Option<OpenFile> {
        self.entries.get(&fd).cloned()
    }

    /// Whether `fd` is open.
    pub fn contains(&self, fd: i32) -> bool {
        self.entries.contains_key(&fd)
    }

    /// Forgets `fd`, returning what it named (dropping a handle closes it).
    pub fn remove(&mut self, fd: i32) -> Option<OpenFile> {
        self.entries.remove(&fd)
    }
}
