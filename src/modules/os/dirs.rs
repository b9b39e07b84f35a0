//! The `posix` functions on folders: `listdir`, `scandir` (with its
//! `DirEntry` objects), `mkdir`, `rmdir`, `getcwd`, `chdir`.

use crate::vm::types::Exc;
use super::args::{self, parse, Sig};
use super::files::{metadata, no_dir_fd, path_error, stat_value};
use super::path_arg::{self, PathArg, Target};
use crate::objects::{add_method, native};
use crate::system::{self, fs::Metadata, fs::S_IFDIR, fs::S_IFLNK, fs::S_IFMT, fs::S_IFREG};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::rc::Rc;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("listdir", listdir),
    ("scandir", scandir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
];

/// The folder a listing function was given (`.` when none), and its entries.
fn list(interp: &mut Interp, name: &str, arg: Option<&Value>) -> PyResult<(PathArg, Vec<crate::system::fs::DirEntry>)> {
    let target = match arg {
        Some(v) => path_arg::convert(interp, name, "path", v, path_arg::PATH_FD_OR_NONE)?,
        None => None,
    };
    let dir = match target {
        None => PathArg::from_text("."),
        Some(Target::Path(p)) => p,
        Some(Target::Fd(_)) => {
            return Err(interp.new_error(Exc::NotImplementedError, format!("{name}: listing a descriptor is not supported")));
        }
    };
    system::check_path(interp, &dir.path, false)?;
    let fs = system::file_system(interp);
    let entries = fs.read_dir(&dir.path).map_err(|e| path_error(interp, &e, &dir))?;
    Ok((dir, entries))
}

fn listdir(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("listdir", &["path"], 0, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let (dir, entries) = list(interp, "listdir", p.get(0))?;
    let names = entries.iter().map(|e| path_arg::name_value(&path_arg::entry_bytes(&e.name), dir.bytes)).collect();
    Ok(Value::list(names))
}

/// One entry of `os.scandir`.
pub struct DirEntry {
    name: Value,
    path: Value,
    full: PathBuf,
    ino: u64,
    file_type: u32,
    stat: RefCell<Option<Metadata>>,
    lstat: RefCell<Option<Metadata>>,
}

impl NativeObject for DirEntry {
    fn type_name(&self) -> &str {
        "DirEntry"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The iterator `os.scandir` returns.
pub struct ScandirIterator {
    entries: RefCell<Vec<Rc<DirEntry>>>,
    next: Cell<usize>,
}

impl NativeObject for ScandirIterator {
    fn type_name(&self) -> &str {
        "ScandirIterator"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn scandir(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("scandir", &["path"], 0, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let (dir, entries) = list(interp, "scandir", p.get(0))?;
    let mut prefix = dir.path.as_os_str().as_bytes().to_vec();
    if !prefix.ends_with(b"/") {
        prefix.push(b'/');
    }
    let made = entries
        .into_iter()
        .map(|e| {
            let mut full = prefix.clone();
            full.extend_from_slice(&path_arg::entry_bytes(&e.name));
            Rc::new(DirEntry {
                name: path_arg::name_value(&path_arg::entry_bytes(&e.name), dir.bytes),
                path: path_arg::name_value(&full, dir.bytes),
                full: PathBuf::from(std::ffi::OsStr::from_bytes(&full)),
                ino: e.ino,
                file_type: e.file_type,
                stat: RefCell::new(None),
                lstat: RefCell::new(None),
            })
        })
        .collect();
    Ok(Value::native(Rc::new(ScandirIterator { entries: RefCell::new(made), next: Cell::new(0) })))
}

/// Makes the classes of `DirEntry` and `ScandirIterator`, returning `DirEntry`'s.
pub fn register_classes(interp: &mut Interp) -> Value {
    let object = interp.types.object.clone();
    let entry = crate::vm::types::native_class(interp, "DirEntry", &object, "posix");
    for (name, getter) in [("name", entry_name as NativeFn), ("path", entry_path as NativeFn)] {
        let prop = Descriptor::Property { fget: native(name, getter), fset: Value::None, fdel: Value::None, doc: Value::None };
        entry.dict.borrow_mut().set_str(name, Value::Descriptor(Rc::new(prop)));
    }
    add_method(&entry, "inode", entry_inode);
    add_method(&entry, "is_dir", entry_is_dir);
    add_method(&entry, "is_file", entry_is_file);
    add_method(&entry, "is_symlink", entry_is_symlink);
    add_method(&entry, "stat", entry_stat);
    add_method(&entry, "__fspath__", entry_path);
    add_method(&entry, "__repr__", entry_repr);
    entry.dict.borrow_mut().set_str("__new__", native("__new__", no_new));
    let it = crate::vm::types::native_class(interp, "ScandirIterator", &object, "posix");
    add_method(&it, "__iter__", iter_self);
    add_method(&it, "__next__", iter_next);
    add_method(&it, "close", iter_close);
    add_method(&it, "__enter__", iter_self);
    add_method(&it, "__exit__", iter_exit);
    Value::Class(entry)
}

fn no_new(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.type_error("cannot create 'posix.DirEntry' instances"))
}

fn this<T: NativeObject>(interp: &mut Interp, args: &[Value], what: &str) -> PyResult<Rc<T>> {
    if let Some(Value::Native(n)) = args.first() {
        if let Some(e) = downcast_rc::<T>(n) {
            return Ok(e);
        }
    }
    Err(interp.type_error(format!("descriptor requires a '{what}' object")))
}

fn entry(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<DirEntry>> {
    this::<DirEntry>(interp, args, "posix.DirEntry")
}

fn entry_name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(entry(interp, args)?.name.clone())
}

fn entry_path(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(entry(interp, args)?.path.clone())
}

fn entry_inode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(entry(interp, args)?.ino as i64))
}

fn entry_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let e = entry(interp, args)?;
    let r = interp.repr(&e.name)?;
    Ok(Value::string(format!("<DirEntry {r}>")))
}

/// The entry's metadata, cached (of the link itself unless `follow`).
fn entry_metadata(interp: &mut Interp, e: &DirEntry, follow: bool) -> PyResult<Metadata> {
    let cache = if follow && e.file_type == S_IFLNK { &e.stat } else { &e.lstat };
    if let Some(m) = *cache.borrow() {
        return Ok(m);
    }
    let arg = PathArg { path: e.full.clone(), shown: e.path.clone(), bytes: false };
    let m = metadata(interp, &arg, follow && e.file_type == S_IFLNK)?;
    *cache.borrow_mut() = Some(m);
    Ok(m)
}

fn follow_arg(interp: &mut Interp, name: &'static str, args: &[Value], kwargs: KwArgs) -> PyResult<bool> {
    let sig = Sig { name, pos: &[], required: 0, kwonly: &["follow_symlinks"] };
    let p = parse(interp, &sig, &args[1.min(args.len())..], kwargs)?;
    args::flag(interp, p.get(0), true)
}

/// Whether the entry (or its target) has the file type `kind`.
fn entry_is(interp: &mut Interp, args: &[Value], kwargs: KwArgs, name: &'static str, kind: u32) -> PyResult<Value> {
    let e = entry(interp, args)?;
    let follow = follow_arg(interp, name, args, kwargs)?;
    if e.file_type != 0 && (e.file_type != S_IFLNK || !follow) {
        return Ok(Value::Bool(e.file_type == kind));
    }
    match entry_metadata(interp, &e, follow) {
        Ok(m) => Ok(Value::Bool(m.mode & S_IFMT == kind)),
        Err(err) if interp.is_exc(&err, Exc::FileNotFoundError) => Ok(Value::Bool(false)),
        Err(err) => Err(err),
    }
}

fn entry_is_dir(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    entry_is(interp, args, kwargs, "is_dir", S_IFDIR)
}

fn entry_is_file(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    entry_is(interp, args, kwargs, "is_file", S_IFREG)
}

fn entry_is_symlink(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let e = entry(interp, args)?;
    crate::objects::check_args(interp, "is_symlink", &args[1..], 0, 0)?;
    let _ = kwargs;
    if e.file_type != 0 {
        return Ok(Value::Bool(e.file_type == S_IFLNK));
    }
    match entry_metadata(interp, &e, false) {
        Ok(m) => Ok(Value::Bool(m.mode & S_IFMT == S_IFLNK)),
        Err(err) if interp.is_exc(&err, Exc::FileNotFoundError) => Ok(Value::Bool(false)),
        Err(err) => Err(err),
    }
}

fn entry_stat(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let e = entry(interp, args)?;
    let follow = follow_arg(interp, "stat", args, kwargs)?;
    let m = entry_metadata(interp, &e, follow)?;
    Ok(stat_value(interp, &m))
}

fn iter_self(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    this::<ScandirIterator>(interp, args, "posix.ScandirIterator")?;
    Ok(args[0].clone())
}

fn iter_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let it = this::<ScandirIterator>(interp, args, "posix.ScandirIterator")?;
    let i = it.next.get();
    let next = it.entries.borrow().get(i).cloned();
    match next {
        Some(e) => {
            it.next.set(i + 1);
            Ok(Value::native(e))
        }
        None => {
            it.entries.borrow_mut().clear();
            Err(interp.stop_iteration(Value::None))
        }
    }
}

fn iter_close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let it = this::<ScandirIterator>(interp, args, "posix.ScandirIterator")?;
    it.entries.borrow_mut().clear();
    it.next.set(0);
    Ok(Value::None)
}

fn iter_exit(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    iter_close(interp, &args[..1.min(args.len())], kwargs)?;
    Ok(Value::Bool(false))
}

fn mkdir(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("mkdir", &["path", "mode"], 1, &["dir_fd"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let path = path_arg::path(interp, "mkdir", "path", p.req(0))?;
    let mode = match p.get(1) {
        Some(v) => args::int(interp, v)? as u32,
        None => 0o777,
    };
    no_dir_fd(interp, "mkdir", p.get(2))?;
    system::check_entry(interp, &path.path, true)?;
    let fs = system::file_system(interp);
    fs.create_dir(&path.path, mode).map_err(|e| path_error(interp, &e, &path))?;
    Ok(Value::None)
}

fn rmdir(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("rmdir", &["path"], 1, &["dir_fd"]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let path = path_arg::path(interp, "rmdir", "path", p.req(0))?;
    no_dir_fd(interp, "rmdir", p.get(1))?;
    system::check_entry(interp, &path.path, true)?;
    let fs = system::file_system(interp);
    fs.remove_dir(&path.path).map_err(|e| path_error(interp, &e, &path))?;
    Ok(Value::None)
}

fn cwd(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Vec<u8>> {
    crate::objects::no_kwargs(interp, &format!("posix.{name}"), kwargs)?;
    crate::objects::check_args(interp, &format!("posix.{name}"), args, 0, 0)?;
    system::check_fs(interp, false)?;
    let fs = system::file_system(interp);
    let dir = fs.current_dir().map_err(|e| system::os_error(interp, &e, None, None))?;
    system::check_path(interp, &dir, false)?;
    Ok(dir.as_os_str().as_bytes().to_vec())
}

fn getcwd(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let dir = cwd(interp, "getcwd", args, kwargs)?;
    Ok(path_arg::name_value(&dir, false))
}

fn getcwdb(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let dir = cwd(interp, "getcwdb", args, kwargs)?;
    Ok(Value::bytes(dir))
}

fn chdir(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const SIG: Sig = Sig::new("chdir", &["path"], 1, &[]);
    let p = parse(interp, &SIG, args, kwargs)?;
    let path = match path_arg::path_or_fd(interp, "chdir", "path", p.req(0))? {
        Target::Path(p) => p,
        Target::Fd(fd) => {
            return Err(system::os_error_errno(interp, libc::ENOTDIR, Some(Value::Int(fd as i64)), None));
        }
    };
    system::check_path(interp, &path.path, false)?;
    let fs = system::file_system(interp);
    fs.set_current_dir(&path.path).map_err(|e| path_error(interp, &e, &path))?;
    Ok(Value::None)
}
