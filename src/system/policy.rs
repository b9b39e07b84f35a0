//! What scripts may touch: the policy an embedding host sets per interpreter
//! (the `coil` command allows everything). Every path operation asks
//! [`Policy::check_path`] first; a denied one raises `PermissionError`.

use crate::system::fs::FileSystem;
use std::path::{Component, Path, PathBuf};

/// How much of the file system scripts may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsAccess {
    /// No file system at all.
    None,
    /// Reading files and listing folders, nothing that changes them.
    ReadOnly,
    /// Reading and changing.
    ReadWrite,
}

/// The capabilities scripts of one interpreter have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// File-system access.
    pub fs: FsAccess,
    /// The folders file-system access is limited to (`None`: anywhere). A path is
    /// inside a folder when it is, after resolving `..` and symbolic links.
    pub roots: Option<Vec<PathBuf>>,
    /// Reading and changing environment variables (`os.environ`, `os.getenv`).
    pub environment: bool,
    /// Starting and signalling processes (`subprocess`, `os.kill`).
    pub processes: bool,
    /// Opening network connections.
    pub network: bool,
}

impl Default for Policy {
    /// Full access, as the `coil` command has.
    fn default() -> Self {
        Policy::full()
    }
}

/// Why an operation was refused: the text of the `PermissionError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Denied(pub String);

impl Policy {
    /// Everything allowed.
    pub fn full() -> Policy {
        Policy { fs: FsAccess::ReadWrite, roots: None, environment: true, processes: true, network: true }
    }

    /// Nothing allowed.
    pub fn none() -> Policy {
        Policy { fs: FsAccess::None, roots: None, environment: false, processes: false, network: false }
    }

    /// Whether `path` may be used, for writing when `write` is set. `fs` resolves
    /// links and the current folder.
    pub fn check_path(&self, fs: &dyn FileSystem, path: &Path, write: bool) -> Result<(), Denied> {
        match self.fs {
            FsAccess::None => return Err(Denied("file system access is not allowed".into())),
            FsAccess::ReadOnly if write => return Err(Denied("the file system is read-only".into())),
            _ => {}
        }
        let Some(roots) = &self.roots else { return Ok(()) };
        let resolved = resolve(fs, path);
        let inside = roots.iter().any(|root| {
            resolved.starts_with(resolve(fs, root))
        });
        if inside {
            Ok(())
        } else {
            Err(Denied(format!("access to '{}' is outside the allowed folders", path.display())))
        }
    }

    /// Like [`Policy::check_path`] for an operation on the entry `path` names
    /// itself, not what a link there points to (`lstat`, `remove`, `rename`,
    /// `readlink`): its folder is resolved, its last name kept.
    pub fn check_entry(&self, fs: &dyn FileSystem, path: &Path, write: bool) -> Result<(), Denied> {
        let last = path.components().next_back();
        match (path.parent(), last) {
            (Some(parent), Some(Component::Normal(name))) => {
                if self.roots.is_none() {
                    return self.check_path(fs, path, write);
                }
                self.check_fs(write)?;
                let parent = if parent.as_os_str().is_empty() { Path::new(".") } else { parent };
                let entry = resolve(fs, parent).join(name);
                let roots = self.roots.as_deref().unwrap_or(&[]);
                if roots.iter().any(|root| entry.starts_with(resolve(fs, root))) {
                    Ok(())
                } else {
                    Err(Denied(format!("access to '{}' is outside the allowed folders", path.display())))
                }
            }
            _ => self.check_path(fs, path, write),
        }
    }

    /// Whether the file system may be used at all (for reading when `write` is false).
    pub fn check_fs(&self, write: bool) -> Result<(), Denied> {
        match self.fs {
            FsAccess::None => Err(Denied("file system access is not allowed".into())),
            FsAccess::ReadOnly if write => Err(Denied("the file system is read-only".into())),
            _ => Ok(()),
        }
    }

    /// Whether environment variables may be read or changed.
    pub fn check_environment(&self) -> Result<(), Denied> {
        if self.environment {
            Ok(())
        } else {
            Err(Denied("access to the environment is not allowed".into()))
        }
    }

    /// Whether processes may be started or signalled.
    pub fn check_processes(&self) -> Result<(), Denied> {
        if self.processes {
            Ok(())
        } else {
            Err(Denied("starting or signalling processes is not allowed".into()))
        }
    }

    /// Whether network connections may be opened.
    pub fn check_network(&self) -> Result<(), Denied> {
        if self.network {
            Ok(())
        } else {
            Err(Denied("network access is not allowed".into()))
        }
    }
}

/// `path` made absolute with every symbolic link and `..` resolved, one
/// component at a time as the kernel walks it, so that `link/..` and dangling
/// links end where the operating system would go. Components that do not exist
/// yet are kept as written.
pub fn resolve(fs: &dyn FileSystem, path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        fs.current_dir().unwrap_or_else(|_| PathBuf::from("/")).join(path)
    };
    resolve_from(fs, PathBuf::from("/"), &absolute, 0)
}

/// Links followed before giving up, as the kernel's ELOOP limit.
const MAX_LINKS: usize = 40;

fn resolve_from(fs: &dyn FileSystem, mut current: PathBuf, path: &Path, depth: usize) -> PathBuf {
    for component in path.components() {
        match component {
            Component::RootDir | Component::Prefix(_) => current = PathBuf::from("/"),
            Component::CurDir => {}
            Component::ParentDir => {
                current.pop();
            }
            Component::Normal(name) => {
                let next = current.join(name);
                let is_link = fs.metadata(&next, false).map(|m| m.is_symlink()).unwrap_or(false);
                match fs.read_link(&next) {
                    Ok(target) if is_link && depth < MAX_LINKS => {
                        // A link (maybe dangling) goes where its target goes, from its folder.
                        current = resolve_from(fs, current, &target, depth + 1);
                    }
                    _ => current = next,
                }
            }
        }
    }
    current
}
