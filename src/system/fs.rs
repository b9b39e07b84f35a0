//! The file system as scripts see it: the [`FileSystem`] trait that `os`, `io`
//! and `open` go through, the [`FileHandle`] of an open file, and the
//! metadata and directory entries they return. The host's own file system is
//! [`crate::system::real_fs::RealFs`]; an embedding host may plug in another
//! (an in-memory tree, an overlay on a real folder).

use std::io;
use std::path::{Path, PathBuf};

/// How a file is opened: the POSIX `O_*` flags of `os.open` and its mode bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenOptions {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    /// Fail if the file exists (`O_EXCL` with `O_CREAT`, mode `x`).
    pub create_new: bool,
    pub truncate: bool,
    /// Permission bits for a created file (before the umask).
    pub mode: u32,
}

impl OpenOptions {
    /// Options from `os.open`'s flags (`O_RDONLY | O_CREAT | ...`) and mode.
    pub fn from_flags(flags: i32, mode: u32) -> OpenOptions {
        let access = flags & libc::O_ACCMODE;
        OpenOptions {
            read: access == libc::O_RDONLY || access == libc::O_RDWR,
            write: access == libc::O_WRONLY || access == libc::O_RDWR,
            append: flags & libc::O_APPEND != 0,
            create: flags & libc::O_CREAT != 0,
            create_new: flags & libc::O_CREAT != 0 && flags & libc::O_EXCL != 0,
            truncate: flags & libc::O_TRUNC != 0,
            mode,
        }
    }

    /// Whether opening with these options can change the file system.
    pub fn modifies(&self) -> bool {
        self.write || self.append || self.create || self.create_new || self.truncate
    }
}

/// What `stat` returns, as `os.stat_result` fields (times in nanoseconds since the epoch).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime_ns: i128,
    pub mtime_ns: i128,
    pub ctime_ns: i128,
    pub blksize: u64,
    pub blocks: u64,
    pub rdev: u64,
}

/// The file type bits of `st_mode` (`S_IFMT`).
pub const S_IFMT: u32 = 0o170000;
/// A directory.
pub const S_IFDIR: u32 = 0o040000;
/// A regular file.
pub const S_IFREG: u32 = 0o100000;
/// A symbolic link.
pub const S_IFLNK: u32 = 0o120000;

impl Metadata {
    pub fn is_dir(&self) -> bool {
        self.mode & S_IFMT == S_IFDIR
    }
    pub fn is_file(&self) -> bool {
        self.mode & S_IFMT == S_IFREG
    }
    pub fn is_symlink(&self) -> bool {
        self.mode & S_IFMT == S_IFLNK
    }
}

/// One entry of a directory listing (`os.scandir`'s `DirEntry`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntry {
    /// The entry's name inside its directory (not a path).
    pub name: String,
    pub ino: u64,
    /// The file type bits (`S_IFDIR`, `S_IFREG`, `S_IFLNK`, ...) of the entry itself, not its
    /// target; 0 when unknown.
    pub file_type: u32,
}

/// An open file: what a file descriptor refers to.
pub trait FileHandle {
    /// Reads up to `buf.len()` bytes; 0 at end of file.
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize>;
    /// Writes some of `buf`, returning how much.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize>;
    /// Moves the position, returning the new one.
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64>;
    /// Cuts or extends the file to `len` bytes.
    fn set_len(&mut self, len: u64) -> io::Result<()>;
    /// The open file's metadata (`os.fstat`).
    fn metadata(&self) -> io::Result<Metadata>;
    /// Flushes the file's data to storage (`os.fsync`).
    fn sync(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// Whether the file is a terminal (`isatty`).
    fn is_terminal(&self) -> bool {
        false
    }
    /// The operating system's descriptor, when the handle has one.
    fn raw_fd(&self) -> Option<i32> {
        None
    }
    /// A second handle on the same open file, sharing its position (`os.dup`).
    fn try_clone(&self) -> io::Result<Box<dyn FileHandle>> {
        Err(io::Error::from_raw_os_error(libc::EBADF))
    }
    /// Sets the open file's permission bits (`os.chmod` on a descriptor).
    fn set_mode(&mut self, mode: u32) -> io::Result<()> {
        let _ = mode;
        Err(io::Error::from_raw_os_error(libc::EOPNOTSUPP))
    }
}

/// A file system: every path operation a script can make. Relative paths are
/// taken from [`FileSystem::current_dir`].
pub trait FileSystem {
    /// Opens (and maybe creates) the file at `path`.
    fn open(&self, path: &Path, options: &OpenOptions) -> io::Result<Box<dyn FileHandle>>;
    /// The metadata of `path`, of the link itself when `follow_symlinks` is false.
    fn metadata(&self, path: &Path, follow_symlinks: bool) -> io::Result<Metadata>;
    /// The entries of a directory, without `.` and `..`.
    fn read_dir(&self, path: &Path) -> io::Result<Vec<DirEntry>>;
    /// Makes one directory.
    fn create_dir(&self, path: &Path, mode: u32) -> io::Result<()>;
    /// Removes an empty directory.
    fn remove_dir(&self, path: &Path) -> io::Result<()>;
    /// Removes a file or link.
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// Moves `from` to `to`, replacing a file there.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Makes a symbolic link at `link` pointing to `target`.
    fn symlink(&self, target: &Path, link: &Path) -> io::Result<()>;
    /// Makes a hard link at `link` to the file `target`.
    fn hard_link(&self, target: &Path, link: &Path) -> io::Result<()>;
    /// The target of the symbolic link at `path`.
    fn read_link(&self, path: &Path) -> io::Result<PathBuf>;
    /// Sets the permission bits.
    fn set_mode(&self, path: &Path, mode: u32, follow_symlinks: bool) -> io::Result<()>;
    /// Sets the access and modification times (nanoseconds since the epoch).
    fn set_times(&self, path: &Path, atime_ns: i128, mtime_ns: i128, follow_symlinks: bool) -> io::Result<()>;
    /// The absolute path with every link and `..` resolved; the file must exist.
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf>;
    /// The current directory.
    fn current_dir(&self) -> io::Result<PathBuf>;
    /// Changes the current directory.
    fn set_current_dir(&self, path: &Path) -> io::Result<()>;
    /// Sets the owner and group (`os.chown`; -1 keeps one as it is).
    fn set_owner(&self, path: &Path, uid: i64, gid: i64, follow_symlinks: bool) -> io::Result<()> {
        let _ = (path, uid, gid, follow_symlinks);
        Err(io::Error::from_raw_os_error(libc::EPERM))
    }
    /// Whether the caller may use `path` as `mode` asks (`os.access`: `F_OK`, or
    /// the `R_OK | W_OK | X_OK` bits). The default looks at the permission bits
    /// of the owner.
    fn access(&self, path: &Path, mode: i32, follow_symlinks: bool) -> io::Result<bool> {
        let m = match self.metadata(path, follow_symlinks) {
            Ok(m) => m,
            Err(_) => return Ok(false),
        };
        let wanted = ((mode & 7) as u32) << 6;
        Ok(m.mode & wanted == wanted)
    }
}
