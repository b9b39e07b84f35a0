//! The host's own file system, through `std::fs` and the POSIX calls std
//! lacks (`libc`).

use crate::system::fs::{DirEntry, FileHandle, FileSystem, Metadata, OpenOptions};
use std::ffi::CString;
use std::fs::File;
use std::io::{self, Read, Seek, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirEntryExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

/// The real file system of the machine.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFs;

/// An open file of the host.
pub struct RealFile(pub File);

/// `std::fs::Metadata` as [`Metadata`].
pub fn metadata_of(m: &std::fs::Metadata) -> Metadata {
    let ns = |secs: i64, nsec: i64| secs as i128 * 1_000_000_000 + nsec as i128;
    Metadata {
        mode: m.mode(),
        ino: m.ino(),
        dev: m.dev(),
        nlink: m.nlink(),
        uid: m.uid(),
        gid: m.gid(),
        size: m.size(),
        atime_ns: ns(m.atime(), m.atime_nsec()),
        mtime_ns: ns(m.mtime(), m.mtime_nsec()),
        ctime_ns: ns(m.ctime(), m.ctime_nsec()),
        blksize: m.blksize(),
        blocks: m.blocks(),
        rdev: m.rdev(),
    }
}

fn file_type_bits(t: std::fs::FileType) -> u32 {
    use crate::system::fs::{S_IFDIR, S_IFLNK, S_IFREG};
    if t.is_dir() {
        S_IFDIR
    } else if t.is_symlink() {
        S_IFLNK
    } else if t.is_file() {
        S_IFREG
    } else if t.is_fifo() {
        0o010000
    } else if t.is_socket() {
        0o140000
    } else if t.is_char_device() {
        0o020000
    } else if t.is_block_device() {
        0o060000
    } else {
        0
    }
}

fn c_path(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes()).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

impl FileHandle for RealFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.0.seek(pos)
    }
    fn set_len(&mut self, len: u64) -> io::Result<()> {
        self.0.set_len(len)
    }
    fn metadata(&self) -> io::Result<Metadata> {
        self.0.metadata().map(|m| metadata_of(&m))
    }
    fn sync(&mut self) -> io::Result<()> {
        self.0.sync_all()
    }
    fn is_terminal(&self) -> bool {
        std::io::IsTerminal::is_terminal(&self.0)
    }
    fn raw_fd(&self) -> Option<i32> {
        Some(self.0.as_raw_fd())
    }
    fn try_clone(&self) -> io::Result<Box<dyn FileHandle>> {
        Ok(Box::new(RealFile(self.0.try_clone()?)))
    }
    fn set_mode(&mut self, mode: u32) -> io::Result<()> {
        self.0.set_permissions(std::fs::Permissions::from_mode(mode))
    }
}

impl FileSystem for RealFs {
    fn open(&self, path: &Path, o: &OpenOptions) -> io::Result<Box<dyn FileHandle>> {
        let mut opts = std::fs::OpenOptions::new();
        opts.read(o.read).write(o.write && !o.append).append(o.append).truncate(o.truncate).mode(o.mode);
        if o.create_new {
            opts.create_new(true);
        } else if o.create {
            opts.create(true);
        }
        let file = opts.open(path)?;
        Ok(Box::new(RealFile(file)))
    }
    fn metadata(&self, path: &Path, follow_symlinks: bool) -> io::Result<Metadata> {
        let m = if follow_symlinks { std::fs::metadata(path)? } else { std::fs::symlink_metadata(path)? };
        Ok(metadata_of(&m))
    }
    fn read_dir(&self, path: &Path) -> io::Result<Vec<DirEntry>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            let file_type = entry.file_type().map(file_type_bits).unwrap_or(0);
            out.push(DirEntry { name: crate::codepoint::decode_os(entry.file_name().as_bytes()), ino: entry.ino(), file_type });
        }
        Ok(out)
    }
    fn create_dir(&self, path: &Path, mode: u32) -> io::Result<()> {
        std::os::unix::fs::DirBuilderExt::mode(&mut std::fs::DirBuilder::new(), mode).create(path)
    }
    fn remove_dir(&self, path: &Path) -> io::Result<()> {
        std::fs::remove_dir(path)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        // unlink(2) itself, so a directory gives EISDIR as CPython reports it.
        let c = c_path(path)?;
        // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
        if unsafe { libc::unlink(c.as_ptr()) } == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }
    fn symlink(&self, target: &Path, link: &Path) -> io::Result<()> {
        std::os::unix::fs::symlink(target, link)
    }
    fn hard_link(&self, target: &Path, link: &Path) -> io::Result<()> {
        std::fs::hard_link(target, link)
    }
    fn read_link(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::read_link(path)
    }
    fn set_mode(&self, path: &Path, mode: u32, follow_symlinks: bool) -> io::Result<()> {
        if !follow_symlinks && std::fs::symlink_metadata(path)?.file_type().is_symlink() {
            // Linux cannot change a link's own mode.
            return Err(io::Error::from_raw_os_error(libc::EOPNOTSUPP));
        }
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    fn set_times(&self, path: &Path, atime_ns: i128, mtime_ns: i128, follow_symlinks: bool) -> io::Result<()> {
        let c = c_path(path)?;
        let spec = |ns: i128| libc::timespec {
            tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
            tv_nsec: ns.rem_euclid(1_000_000_000) as libc::c_long,
        };
        let times = [spec(atime_ns), spec(mtime_ns)];
        let flags = if follow_symlinks { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: `c` is a valid path and `times` two timespecs, as utimensat requires.
        if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) } == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }
    fn current_dir(&self) -> io::Result<PathBuf> {
        std::env::current_dir()
    }
    fn set_current_dir(&self, path: &Path) -> io::Result<()> {
        std::env::set_current_dir(path)
    }
    fn set_owner(&self, path: &Path, uid: i64, gid: i64, follow_symlinks: bool) -> io::Result<()> {
        let c = c_path(path)?;
        let flags = if follow_symlinks { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
        let r = unsafe { libc::fchownat(libc::AT_FDCWD, c.as_ptr(), uid as libc::uid_t, gid as libc::gid_t, flags) };
        if r == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }
    fn access(&self, path: &Path, mode: i32, follow_symlinks: bool) -> io::Result<bool> {
        let c = c_path(path)?;
        let flags = if follow_symlinks { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
        Ok(unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), mode, flags) } == 0)
    }
}
