//! An in-memory file system a host can give scripts instead of the real one:
//! a tree of folders, files and symbolic links with its own current folder.
//! Paths resolve as the kernel resolves them (links followed component by
//! component, `..` going to the real parent), and errors carry the errno the
//! kernel would give, so `os` and `open` behave as on disk.
//!
//! ```
//! use std::rc::Rc;
//! let fs = Rc::new(coil::MemoryFs::new());
//! fs.add_file("/data/in.txt", b"hello").unwrap();
//! let mut interp = coil::Interpreter::new();
//! interp.set_file_system(fs.clone());
//! interp.run("import os\nprint(os.listdir('/data'))\nos.mkdir('/data/out')", "<host>").unwrap();
//! assert!(fs.is_dir("/data/out"));
//! ```

use crate::system::fs::{DirEntry, FileHandle, FileSystem, Metadata, OpenOptions, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::rc::{Rc, Weak};

type Node = Rc<RefCell<Inode>>;

/// What a node holds.
enum Content {
    /// A folder: its entries by name, and the folder holding it (itself for the root).
    Dir { entries: BTreeMap<String, Node>, parent: Weak<RefCell<Inode>> },
    File(Vec<u8>),
    Link(PathBuf),
}

/// A file, folder or link with its metadata.
struct Inode {
    ino: u64,
    /// File type and permission bits.
    mode: u32,
    nlink: u64,
    atime_ns: i128,
    mtime_ns: i128,
    ctime_ns: i128,
    content: Content,
}

impl Inode {
    fn metadata(&self) -> Metadata {
        let size = match &self.content {
            Content::Dir { entries, .. } => 4096.max(entries.len() as u64 * 32),
            Content::File(data) => data.len() as u64,
            Content::Link(target) => target.as_os_str().len() as u64,
        };
        Metadata {
            mode: self.mode,
            ino: self.ino,
            dev: 0x636f696c,
            nlink: self.nlink,
            uid: 0,
            gid: 0,
            size,
            atime_ns: self.atime_ns,
            mtime_ns: self.mtime_ns,
            ctime_ns: self.ctime_ns,
            blksize: 4096,
            blocks: size.div_ceil(512),
            rdev: 0,
        }
    }
    fn is_dir(&self) -> bool {
        matches!(self.content, Content::Dir { .. })
    }
}

fn err<T>(code: i32) -> io::Result<T> {
    Err(io::Error::from_raw_os_error(code))
}

fn now_ns() -> i128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as i128).unwrap_or(0)
}

/// Links followed in one lookup before giving up with ELOOP, as the kernel does.
const MAX_LINKS: usize = 40;

/// Permission bits taken away from created files and folders (a fixed umask).
const UMASK: u32 = 0o022;

/// A file system held in memory.
pub struct MemoryFs {
    root: Node,
    cwd: RefCell<PathBuf>,
    next_ino: Cell<u64>,
}

impl Default for MemoryFs {
    fn default() -> Self {
        MemoryFs::new()
    }
}

impl MemoryFs {
    /// An empty tree: just `/`, which is also the current folder.
    pub fn new() -> MemoryFs {
        let now = now_ns();
        let root = Rc::new(RefCell::new(Inode {
            ino: 1,
            mode: S_IFDIR | 0o755,
            nlink: 2,
            atime_ns: now,
            mtime_ns: now,
            ctime_ns: now,
            content: Content::Dir { entries: BTreeMap::new(), parent: Weak::new() },
        }));
        if let Content::Dir { parent, .. } = &mut root.borrow_mut().content {
            *parent = Rc::downgrade(&root);
        }
        MemoryFs { root, cwd: RefCell::new(PathBuf::from("/")), next_ino: Cell::new(2) }
    }

    /// Adds a file with `data` (making the folders above it), replacing one there.
    pub fn add_file(&self, path: impl AsRef<Path>, data: &[u8]) -> io::Result<()> {
        let path = path.as_ref();
        if let Some(parent) = path.parent() {
            self.add_dir(parent)?;
        }
        let options = OpenOptions { write: true, create: true, truncate: true, mode: 0o644, ..Default::default() };
        let mut h = self.open(path, &options)?;
        h.write(data).map(|_| ())
    }

    /// Adds a folder and every missing folder above it.
    pub fn add_dir(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let mut so_far = PathBuf::new();
        for c in path.as_ref().components() {
            so_far.push(c);
            match self.lookup(&so_far, true) {
                Ok(n) if n.borrow().is_dir() => {}
                Ok(_) => return err(libc::ENOTDIR),
                Err(_) => self.create_dir(&so_far, 0o755)?,
            }
        }
        Ok(())
    }

    /// The contents of the file at `path` (following links), if it is one.
    pub fn read_file(&self, path: impl AsRef<Path>) -> Option<Vec<u8>> {
        let node = self.lookup(path.as_ref(), true).ok()?;
        let n = node.borrow();
        match &n.content {
            Content::File(data) => Some(data.clone()),
            _ => None,
        }
    }

    /// Whether `path` names a folder (following links).
    pub fn is_dir(&self, path: impl AsRef<Path>) -> bool {
        self.lookup(path.as_ref(), true).map(|n| n.borrow().is_dir()).unwrap_or(false)
    }

    /// Whether anything (a dangling link too) is at `path`.
    pub fn exists(&self, path: impl AsRef<Path>) -> bool {
        self.lookup(path.as_ref(), false).is_ok()
    }

    fn new_node(&self, mode: u32, content: Content) -> Node {
        let ino = self.next_ino.get();
        self.next_ino.set(ino + 1);
        let now = now_ns();
        let nlink = if matches!(content, Content::Dir { .. }) { 2 } else { 1 };
        Rc::new(RefCell::new(Inode { ino, mode, nlink, atime_ns: now, mtime_ns: now, ctime_ns: now, content }))
    }

    /// `path` made absolute from the current folder.
    fn absolute(&self, path: &Path) -> PathBuf {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.cwd.borrow().join(path)
        }
    }

    /// The node `path` names, following a final link when `follow_last`.
    fn lookup(&self, path: &Path, follow_last: bool) -> io::Result<Node> {
        if path.as_os_str().is_empty() {
            return err(libc::ENOENT);
        }
        let mut links = 0;
        let trailing_slash = path.as_os_str().as_encoded_bytes().ends_with(b"/");
        let node = self.walk(self.root.clone(), &self.absolute(path), follow_last || trailing_slash, &mut links)?;
        if trailing_slash && !node.borrow().is_dir() {
            return err(libc::ENOTDIR);
        }
        Ok(node)
    }

    fn walk(&self, start: Node, path: &Path, follow_last: bool, links: &mut usize) -> io::Result<Node> {
        let parts: Vec<Component> = path.components().collect();
        let mut cur = start;
        for (i, part) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            match part {
                Component::RootDir | Component::Prefix(_) => cur = self.root.clone(),
                Component::CurDir => {
                    if !cur.borrow().is_dir() {
                        return err(libc::ENOTDIR);
                    }
                }
                Component::ParentDir => {
                    let up = match &cur.borrow().content {
                        Content::Dir { parent, .. } => parent.upgrade(),
                        _ => return err(libc::ENOTDIR),
                    };
                    cur = up.unwrap_or_else(|| self.root.clone());
                }
                Component::Normal(name) => {
                    let child = match &cur.borrow().content {
                        Content::Dir { entries, .. } => entries.get(&crate::codepoint::decode_os(name.as_encoded_bytes())).cloned(),
                        _ => return err(libc::ENOTDIR),
                    };
                    let Some(child) = child else { return err(libc::ENOENT) };
                    let target = match &child.borrow().content {
                        Content::Link(t) if !last || follow_last => Some(t.clone()),
                        _ => None,
                    };
                    cur = match target {
                        Some(t) => {
                            *links += 1;
                            if *links > MAX_LINKS {
                                return err(libc::ELOOP);
                            }
                            self.walk(cur, &t, true, links)?
                        }
                        None => child,
                    };
                }
            }
        }
        Ok(cur)
    }

    /// The folder holding the entry `path` names, and the entry's name.
    fn parent_of(&self, path: &Path) -> io::Result<(Node, String)> {
        let absolute = self.absolute(path);
        let Some(name) = absolute.file_name().map(|n| crate::codepoint::decode_os(n.as_encoded_bytes())) else {
            // "/", "x/..": not an entry that can be made or removed.
            self.lookup(path, true)?;
            return err(libc::EBUSY);
        };
        if matches!(absolute.components().next_back(), Some(Component::CurDir | Component::ParentDir)) {
            return err(libc::EINVAL);
        }
        let folder = absolute.parent().unwrap_or(Path::new("/"));
        let mut links = 0;
        let dir = self.walk(self.root.clone(), folder, true, &mut links)?;
        if !dir.borrow().is_dir() {
            return err(libc::ENOTDIR);
        }
        Ok((dir, name))
    }

    fn entry(dir: &Node, name: &str) -> Option<Node> {
        match &dir.borrow().content {
            Content::Dir { entries, .. } => entries.get(name).cloned(),
            _ => None,
        }
    }

    fn insert(dir: &Node, name: String, node: Node) {
        let mut d = dir.borrow_mut();
        d.mtime_ns = now_ns();
        d.ctime_ns = d.mtime_ns;
        if let Content::Dir { entries, .. } = &mut d.content {
            entries.insert(name, node);
        }
    }

    fn take(dir: &Node, name: &str) -> Option<Node> {
        let mut d = dir.borrow_mut();
        d.mtime_ns = now_ns();
        d.ctime_ns = d.mtime_ns;
        match &mut d.content {
            Content::Dir { entries, .. } => entries.remove(name),
            _ => None,
        }
    }

    /// The absolute path of the folder `node`, found by walking up its parents.
    fn path_of(&self, node: &Node) -> PathBuf {
        let mut names = Vec::new();
        let mut cur = node.clone();
        for _ in 0..4096 {
            if Rc::ptr_eq(&cur, &self.root) {
                break;
            }
            let parent = match &cur.borrow().content {
                Content::Dir { parent, .. } => parent.upgrade(),
                _ => None,
            };
            let Some(parent) = parent else { break };
            if let Content::Dir { entries, .. } = &parent.borrow().content {
                if let Some((name, _)) = entries.iter().find(|(_, n)| Rc::ptr_eq(n, &cur)) {
                    names.push(name.clone());
                }
            }
            cur = parent;
        }
        let mut out = PathBuf::from("/");
        for name in names.iter().rev() {
            out.push(name);
        }
        out
    }

    /// Whether `node` is `ancestor` or inside it.
    fn is_within(node: &Node, ancestor: &Node) -> bool {
        let mut cur = node.clone();
        for _ in 0..4096 {
            if Rc::ptr_eq(&cur, ancestor) {
                return true;
            }
            let parent = match &cur.borrow().content {
                Content::Dir { parent, .. } => parent.upgrade(),
                _ => None,
            };
            match parent {
                Some(p) if !Rc::ptr_eq(&p, &cur) => cur = p,
                _ => return false,
            }
        }
        false
    }
}

/// An open file of a [`MemoryFs`].
struct MemFile {
    node: Node,
    /// Shared by descriptors made with `dup`.
    pos: Rc<Cell<u64>>,
    read: bool,
    write: bool,
    append: bool,
}

impl FileHandle for MemFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.read {
            return err(libc::EBADF);
        }
        let mut n = self.node.borrow_mut();
        let data = match &n.content {
            Content::File(d) => d,
            Content::Dir { .. } => return err(libc::EISDIR),
            Content::Link(_) => return err(libc::EINVAL),
        };
        let start = (self.pos.get() as usize).min(data.len());
        let count = buf.len().min(data.len() - start);
        buf[..count].copy_from_slice(&data[start..start + count]);
        self.pos.set((start + count) as u64);
        n.atime_ns = now_ns();
        Ok(count)
    }
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.write {
            return err(libc::EBADF);
        }
        let mut n = self.node.borrow_mut();
        let data = match &mut n.content {
            Content::File(d) => d,
            _ => return err(libc::EISDIR),
        };
        let start = if self.append { data.len() } else { self.pos.get() as usize };
        if data.len() < start + buf.len() {
            data.resize(start + buf.len(), 0);
        }
        data[start..start + buf.len()].copy_from_slice(buf);
        self.pos.set((start + buf.len()) as u64);
        n.mtime_ns = now_ns();
        n.ctime_ns = n.mtime_ns;
        Ok(buf.len())
    }
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        let len = self.node.borrow().metadata().size as i128;
        let at = match pos {
            io::SeekFrom::Start(p) => p as i128,
            io::SeekFrom::Current(d) => self.pos.get() as i128 + d as i128,
            io::SeekFrom::End(d) => len + d as i128,
        };
        if at < 0 {
            return err(libc::EINVAL);
        }
        self.pos.set(at as u64);
        Ok(at as u64)
    }
    fn set_len(&mut self, len: u64) -> io::Result<()> {
        if !self.write {
            return err(libc::EINVAL);
        }
        let mut n = self.node.borrow_mut();
        match &mut n.content {
            Content::File(d) => d.resize(len as usize, 0),
            _ => return err(libc::EINVAL),
        }
        n.mtime_ns = now_ns();
        Ok(())
    }
    fn metadata(&self) -> io::Result<Metadata> {
        Ok(self.node.borrow().metadata())
    }
    fn try_clone(&self) -> io::Result<Box<dyn FileHandle>> {
        Ok(Box::new(MemFile {
            node: self.node.clone(),
            pos: self.pos.clone(),
            read: self.read,
            write: self.write,
            append: self.append,
        }))
    }
    fn set_mode(&mut self, mode: u32) -> io::Result<()> {
        let mut n = self.node.borrow_mut();
        n.mode = (n.mode & S_IFMT) | (mode & 0o7777);
        Ok(())
    }
}

impl FileSystem for MemoryFs {
    fn open(&self, path: &Path, o: &OpenOptions) -> io::Result<Box<dyn FileHandle>> {
        let node = match self.lookup(path, true) {
            Ok(_) if o.create_new => return err(libc::EEXIST),
            Ok(node) => node,
            Err(e) if o.create && e.raw_os_error() == Some(libc::ENOENT) => {
                let (dir, name) = self.parent_of(path)?;
                if let Some(existing) = MemoryFs::entry(&dir, &name) {
                    // A dangling link: create what it points to.
                    let target = match &existing.borrow().content {
                        Content::Link(t) => t.clone(),
                        _ => return err(libc::EEXIST),
                    };
                    let folder = self.path_of(&dir);
                    return self.open(&folder.join(target), o);
                }
                let node = self.new_node(S_IFREG | (o.mode & 0o7777 & !UMASK), Content::File(Vec::new()));
                MemoryFs::insert(&dir, name, node.clone());
                node
            }
            Err(e) => return Err(e),
        };
        let is_dir = node.borrow().is_dir();
        if is_dir && (o.write || o.append) {
            return err(libc::EISDIR);
        }
        if o.truncate && (o.write || o.append) {
            let mut n = node.borrow_mut();
            if let Content::File(d) = &mut n.content {
                d.clear();
            }
            n.mtime_ns = now_ns();
        }
        Ok(Box::new(MemFile {
            node,
            pos: Rc::new(Cell::new(0)),
            read: o.read,
            write: o.write || o.append,
            append: o.append,
        }))
    }
    fn metadata(&self, path: &Path, follow_symlinks: bool) -> io::Result<Metadata> {
        Ok(self.lookup(path, follow_symlinks)?.borrow().metadata())
    }
    fn read_dir(&self, path: &Path) -> io::Result<Vec<DirEntry>> {
        let node = self.lookup(path, true)?;
        let n = node.borrow();
        let Content::Dir { entries, .. } = &n.content else { return err(libc::ENOTDIR) };
        Ok(entries
            .iter()
            .map(|(name, child)| {
                let c = child.borrow();
                DirEntry { name: name.clone(), ino: c.ino, file_type: c.mode & S_IFMT }
            })
            .collect())
    }
    fn create_dir(&self, path: &Path, mode: u32) -> io::Result<()> {
        let (dir, name) = match self.parent_of(path) {
            Err(e) if e.raw_os_error() == Some(libc::EBUSY) => return err(libc::EEXIST),
            other => other?,
        };
        if MemoryFs::entry(&dir, &name).is_some() {
            return err(libc::EEXIST);
        }
        let node = self.new_node(
            S_IFDIR | (mode & 0o7777 & !UMASK),
            Content::Dir { entries: BTreeMap::new(), parent: Rc::downgrade(&dir) },
        );
        MemoryFs::insert(&dir, name, node);
        dir.borrow_mut().nlink += 1;
        Ok(())
    }
    fn remove_dir(&self, path: &Path) -> io::Result<()> {
        let (dir, name) = self.parent_of(path)?;
        let Some(node) = MemoryFs::entry(&dir, &name) else { return err(libc::ENOENT) };
        match &node.borrow().content {
            Content::Dir { entries, .. } if !entries.is_empty() => return err(libc::ENOTEMPTY),
            Content::Dir { .. } => {}
            _ => return err(libc::ENOTDIR),
        }
        MemoryFs::take(&dir, &name);
        dir.borrow_mut().nlink -= 1;
        Ok(())
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        let (dir, name) = self.parent_of(path)?;
        let Some(node) = MemoryFs::entry(&dir, &name) else { return err(libc::ENOENT) };
        if node.borrow().is_dir() {
            return err(libc::EISDIR);
        }
        MemoryFs::take(&dir, &name);
        let mut n = node.borrow_mut();
        n.nlink = n.nlink.saturating_sub(1);
        n.ctime_ns = now_ns();
        Ok(())
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let (src_dir, src_name) = self.parent_of(from)?;
        let Some(node) = MemoryFs::entry(&src_dir, &src_name) else { return err(libc::ENOENT) };
        let (dst_dir, dst_name) = self.parent_of(to)?;
        let moving_dir = node.borrow().is_dir();
        if moving_dir && MemoryFs::is_within(&dst_dir, &node) {
            return err(libc::EINVAL);
        }
        if let Some(existing) = MemoryFs::entry(&dst_dir, &dst_name) {
            if Rc::ptr_eq(&existing, &node) {
                return Ok(());
            }
            let e = existing.borrow();
            match (&e.content, moving_dir) {
                (Content::Dir { entries, .. }, true) if !entries.is_empty() => return err(libc::ENOTEMPTY),
                (Content::Dir { .. }, true) => {}
                (Content::Dir { .. }, false) => return err(libc::EISDIR),
                (_, true) => return err(libc::ENOTDIR),
                _ => {}
            }
        }
        MemoryFs::take(&src_dir, &src_name);
        if let Some(old) = MemoryFs::take(&dst_dir, &dst_name) {
            let mut o = old.borrow_mut();
            o.nlink = o.nlink.saturating_sub(1);
        }
        if moving_dir {
            if let Content::Dir { parent, .. } = &mut node.borrow_mut().content {
                *parent = Rc::downgrade(&dst_dir);
            }
        }
        MemoryFs::insert(&dst_dir, dst_name, node.clone());
        node.borrow_mut().ctime_ns = now_ns();
        Ok(())
    }
    fn symlink(&self, target: &Path, link: &Path) -> io::Result<()> {
        let (dir, name) = self.parent_of(link)?;
        if MemoryFs::entry(&dir, &name).is_some() {
            return err(libc::EEXIST);
        }
        let node = self.new_node(S_IFLNK | 0o777, Content::Link(target.to_path_buf()));
        MemoryFs::insert(&dir, name, node);
        Ok(())
    }
    fn hard_link(&self, target: &Path, link: &Path) -> io::Result<()> {
        let node = self.lookup(target, false)?;
        if node.borrow().is_dir() {
            return err(libc::EPERM);
        }
        let (dir, name) = self.parent_of(link)?;
        if MemoryFs::entry(&dir, &name).is_some() {
            return err(libc::EEXIST);
        }
        node.borrow_mut().nlink += 1;
        MemoryFs::insert(&dir, name, node);
        Ok(())
    }
    fn read_link(&self, path: &Path) -> io::Result<PathBuf> {
        let node = self.lookup(path, false)?;
        let n = node.borrow();
        match &n.content {
            Content::Link(t) => Ok(t.clone()),
            _ => err(libc::EINVAL),
        }
    }
    fn set_mode(&self, path: &Path, mode: u32, follow_symlinks: bool) -> io::Result<()> {
        let node = self.lookup(path, follow_symlinks)?;
        let mut n = node.borrow_mut();
        if !follow_symlinks && matches!(n.content, Content::Link(_)) {
            return err(libc::EOPNOTSUPP);
        }
        n.mode = (n.mode & S_IFMT) | (mode & 0o7777);
        n.ctime_ns = now_ns();
        Ok(())
    }
    fn set_times(&self, path: &Path, atime_ns: i128, mtime_ns: i128, follow_symlinks: bool) -> io::Result<()> {
        let node = self.lookup(path, follow_symlinks)?;
        let mut n = node.borrow_mut();
        n.atime_ns = atime_ns;
        n.mtime_ns = mtime_ns;
        n.ctime_ns = now_ns();
        Ok(())
    }
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        let node = self.lookup(path, true)?;
        if node.borrow().is_dir() {
            return Ok(self.path_of(&node));
        }
        // A file: its folder's path and the name it was reached by.
        let absolute = self.absolute(path);
        let parent = self.lookup(absolute.parent().unwrap_or(Path::new("/")), true)?;
        let mut out = self.path_of(&parent);
        if let Content::Dir { entries, .. } = &parent.borrow().content {
            if let Some((name, _)) = entries.iter().find(|(_, n)| Rc::ptr_eq(n, &node)) {
                out.push(name);
                return Ok(out);
            }
        }
        Ok(absolute)
    }
    fn current_dir(&self) -> io::Result<PathBuf> {
        Ok(self.cwd.borrow().clone())
    }
    fn set_current_dir(&self, path: &Path) -> io::Result<()> {
        let node = self.lookup(path, true)?;
        if !node.borrow().is_dir() {
            return err(libc::ENOTDIR);
        }
        *self.cwd.borrow_mut() = self.path_of(&node);
        Ok(())
    }
}
