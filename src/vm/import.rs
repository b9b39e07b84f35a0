//! The import system: modules from the script's folder and `sys.path`,
//! packages (folders with `__init__.py`), the embedded stdlib, and native modules.

use crate::syntax::source::Origin;
use crate::vm::types::Exc;
use crate::vm::frame::Frame;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// Where a module's source was found.
enum Found {
    /// A file on disk; its bytes are decoded (PEP 263) when it is loaded.
    File { path: String, is_package: bool, bytes: Vec<u8> },
    Embedded { is_package: bool, text: &'static str },
    /// A namespace package (PEP 420): folders named like it, none with an `__init__.py`.
    Namespace { dirs: Vec<String> },
}

impl Interp {
    /// `ImportName`: imports `name` (relative to the frame's package when `level` > 0).
    pub(crate) fn import_name(&mut self, f: &Frame, name: &str, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let package = if level > 0 { package_of(&f.globals.borrow()) } else { String::new() };
        let full = self.resolve_name(name, &package, level)?;
        let leaf = self.import_module(&full)?;
        if fromlist.is_none() && level == 0 {
            let top = full.split('.').next().unwrap_or(&full).to_string();
            return Ok(self.modules.get(&top).cloned().unwrap_or(leaf));
        }
        Ok(leaf)
    }

    /// The absolute name of `name` imported at `level` from `package`.
    pub(crate) fn resolve_name(&mut self, name: &str, package: &str, level: usize) -> PyResult<String> {
        if level == 0 {
            return Ok(name.to_string());
        }
        if package.is_empty() {
            return Err(self.new_error(Exc::ImportError, "attempted relative import with no known parent package"));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error(Exc::ImportError, "attempted relative import beyond top-level package"));
        }
        parts.truncate(parts.len() - (level - 1));
        let mut base = parts.join(".");
        if !name.is_empty() {
            base.push('.');
            base.push_str(name);
        }
        Ok(base)
    }

    /// Imports a dotted module name, importing its parent packages first.
    pub(crate) fn import_module(&mut self, full: &str) -> PyResult<Value> {
        sync_modules(self);
        if let Some(m) = self.modules.get(full) {
            if m.is_none() {
                let exc = self.new_error(Exc::ModuleNotFoundError, format!("import of {full} halted; None in sys.modules"));
                if let Value::Instance(i) = &exc {
                    i.dict.borrow_mut().set_str("name", Value::str(full));
                }
                return Err(exc);
            }
            return Ok(m.clone());
        }
        if self.build_native(full) {
            sync_modules(self);
            if let Some(m) = self.modules.get(full) {
                return Ok(m.clone());
            }
        }
        let mut parent_path: Option<Vec<String>> = None;
        if let Some(i) = full.rfind('.') {
            let parent = self.import_module(&full[..i])?;
            if let Some(m) = self.modules.get(full) {
                return Ok(m.clone());
            }
            if let Value::Module(pm) = &parent {
                parent_path = package_dirs(&pm.dict.borrow());
                if parent_path.is_none() && !self.stdlib.contains_key(full) {
                    return Err(self.module_not_found(full, Some(&full[..i])));
                }
            }
        }
        let Some(found) = self.find_module(full, parent_path.as_deref()) else {
            return Err(self.module_not_found(full, None));
        };
        let (file, is_package, text): (String, bool, String) = match found {
            Found::File { path, is_package, bytes } => {
                let text = self.decode_source(&bytes, Origin::Bytes, &path, &path)?;
                (path, is_package, text)
            }
            Found::Embedded { is_package, text } => (embedded_file(full, is_package), is_package, text.to_string()),
            Found::Namespace { dirs } => return self.load_namespace(full, dirs),
        };
        let code = self.compile_module_cached(full, &text, &file)?;
        let module = self.new_module(full, Some(&file));
        {
            let mut d = module.dict.borrow_mut();
            if is_package {
                let dir =
                    std::path::Path::new(&file).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
                d.set_str("__path__", Value::list(vec![Value::string(dir)]));
                d.set_str("__package__", Value::str(full));
            } else {
                let pkg = full.rfind('.').map(|i| &full[..i]).unwrap_or("");
                d.set_str("__package__", Value::str(pkg));
            }
        }
        self.describe_module(&module, full, &file, is_package)?;
        let value = Value::Module(module.clone());
        self.modules.insert(full.to_string(), value.clone());
        if let Err(e) = self.run_code_in(&code, module.dict.clone()) {
            self.forget_module(full);
            return Err(e);
        }
        // Bind the submodule as an attribute of its parent package.
        if let Some(i) = full.rfind('.') {
            if let Some(Value::Module(pm)) = self.modules.get(&full[..i]) {
                pm.dict.borrow_mut().set_str(&full[i + 1..], value.clone());
            }
        }
        sync_modules(self);
        Ok(self.modules.get(full).cloned().unwrap_or(value))
    }

    /// `coil -m NAME`: the source and file name of the module to run as `__main__`
    /// (a package's `__main__` submodule), with its parent packages imported, and
    /// the package `__main__` belongs to. Err is the message CPython prints.
    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    pub(crate) fn find_main_module(&mut self, name: &str) -> Result<(String, String, String), Result<String, Value>> {
        let mut parent_path = None;
        if let Some(i) = name.rfind('.') {
            match self.import_module(&name[..i]) {
                Ok(Value::Module(pm)) => {
                    parent_path = package_dirs(&pm.dict.borrow());
                }
                Ok(_) => {}
                Err(e) => return Err(Err(e)),
            }
        }
        let Some(found) = self.find_module(name, parent_path.as_deref()) else {
            return Err(Ok(format!("No module named {name}")));
        };
        let (file, is_package, text) = match found {
            Found::File { path, is_package, bytes } => match self.decode_source(&bytes, Origin::Bytes, &path, &path) {
                Ok(text) => (path, is_package, text),
                Err(e) => return Err(Err(e)),
            },
            Found::Embedded { is_package, text } => (embedded_file(name, is_package), is_package, text.to_string()),
            Found::Namespace { .. } => {
                return Err(Ok(format!("No module named {name}.__main__; '{name}' is a package and cannot be directly executed")))
            }
        };
        if is_package {
            if let Err(e) = self.import_module(name) {
                return Err(Err(e));
            }
            let main = format!("{name}.__main__");
            return match self.find_main_module(&main) {
                Err(Ok(_)) => Err(Ok(format!(
                    "No module named {main}; '{name}' is a package and cannot be directly executed"
                ))),
                other => other,
            };
        }
        let package = name.rfind('.').map(|i| name[..i].to_string()).unwrap_or_default();
        Ok((text, file, package))
    }

    /// Makes the namespace package `full` over the folders `dirs` (it has no code).
    fn load_namespace(&mut self, full: &str, dirs: Vec<String>) -> PyResult<Value> {
        let module = self.new_module(full, None);
        let path = Value::list(dirs.into_iter().map(Value::string).collect());
        {
            let mut d = module.dict.borrow_mut();
            d.set_str("__file__", Value::None);
            d.set_str("__path__", path.clone());
            d.set_str("__package__", Value::str(full));
        }
        if let Some(maker) = self.extensions.get_or_default::<SpecMaker>().0.clone() {
            let spec = self.call_value(maker, vec![Value::str(full), Value::None, path], Vec::new())?;
            let loader = self.get_attr(&spec, "loader")?;
            let mut d = module.dict.borrow_mut();
            d.set_str("__spec__", spec);
            d.set_str("__loader__", loader);
        }
        let value = Value::Module(module);
        self.modules.insert(full.to_string(), value.clone());
        if let Some(i) = full.rfind('.') {
            if let Some(Value::Module(pm)) = self.modules.get(&full[..i]) {
                pm.dict.borrow_mut().set_str(&full[i + 1..], value.clone());
            }
        }
        sync_modules(self);
        Ok(value)
    }

    /// Gives a module about to run its `__spec__` and `__loader__`, made by the
    /// function `importlib.machinery` registered (`_imp.set_spec_maker`); until
    /// that module is imported, modules have neither.
    fn describe_module(&mut self, module: &Rc<Module>, full: &str, file: &str, is_package: bool) -> PyResult<()> {
        let Some(maker) = self.extensions.get_or_default::<SpecMaker>().0.clone() else { return Ok(()) };
        let args = vec![Value::str(full), Value::str(file), Value::Bool(is_package)];
        let spec = self.call_value(maker, args, Vec::new())?;
        let loader = self.get_attr(&spec, "loader")?;
        let mut d = module.dict.borrow_mut();
        d.set_str("__spec__", spec);
        d.set_str("__loader__", loader);
        Ok(())
    }

    /// Removes a module whose import failed, from the interpreter and `sys.modules`.
    fn forget_module(&mut self, full: &str) {
        self.modules.remove(full);
        if let Some(Value::Module(sys)) = self.modules.get("sys") {
            if let Some(Value::Dict(d)) = sys.dict.borrow().get_str("modules") {
                d.borrow_mut().remove_str(full);
            }
        }
    }

    /// Whether `e` is the ModuleNotFoundError for `name` itself (not for a
    /// module that `name`'s own code imports).
    pub(crate) fn is_missing_module(&self, e: &Value, name: &str) -> bool {
        if !self.is_exc(e, Exc::ModuleNotFoundError) {
            return false;
        }
        match e {
            Value::Instance(i) => i.dict.borrow().get_str("name").and_then(|n| n.as_str().map(|s| s == name)).unwrap_or(false),
            _ => false,
        }
    }

    fn module_not_found(&mut self, full: &str, parent: Option<&str>) -> Value {
        let msg = match parent {
            Some(p) => format!("No module named '{full}'; '{p}' is not a package"),
            None => format!("No module named '{full}'"),
        };
        let exc = self.new_error(Exc::ModuleNotFoundError, msg);
        if let Value::Instance(i) = &exc {
            i.dict.borrow_mut().set_str("name", Value::str(full));
        }
        exc
    }

    /// The folders top-level imports search: `sys.path` as the script left it
    /// (its str entries; `''` is the working directory). A host that gave the
    /// interpreter no folder (an embedding, a sandbox) keeps disk imports off,
    /// whatever a script puts in `sys.path`.
    fn search_path(&self) -> Vec<String> {
        if self.path.is_empty() {
            return Vec::new();
        }
        if let Some(Value::Module(sys)) = self.modules.get("sys") {
            if let Some(Value::List(entries)) = sys.dict.borrow().get_str("path") {
                let entries = entries.borrow();
                return entries
                    .iter()
                    .filter_map(|v| v.as_str())
                    .map(|d| if d.is_empty() { working_dir() } else { d.to_string() })
                    .collect();
            }
        }
        self.path.clone()
    }

    /// Searches the package folder (for submodules), the path, then the embedded stdlib.
    fn find_module(&self, full: &str, parent_dirs: Option<&[String]>) -> Option<Found> {
        let last = full.rsplit('.').next().unwrap_or(full);
        let dirs: Vec<String> = match parent_dirs {
            // A host that gave no folder keeps the disk out, whatever `__path__` says.
            Some(_) if self.path.is_empty() => Vec::new(),
            Some(d) => d.to_vec(),
            // A submodule of a plain module (`typing.io`) can only be an embedded one.
            None if full.contains('.') => Vec::new(),
            None => self.search_path(),
        };
        // Folders without `__init__.py` make a namespace package, unless a regular
        // package or module of that name is found anywhere (as CPython's PathFinder).
        let mut portions = Vec::new();
        for dir in dirs {
            // An embedded package's own folder: its submodules come from the embedded
            // library, ahead of folders added to its `__path__` after it.
            if dir.starts_with("<stdlib>") {
                if let Some((is_package, text)) = self.stdlib.get(full) {
                    return Some(Found::Embedded { is_package: *is_package, text });
                }
                continue;
            }
            let base = std::path::Path::new(&dir);
            let pkg_init = base.join(last).join("__init__.py");
            if let Ok(bytes) = std::fs::read(&pkg_init) {
                return Some(Found::File { path: pkg_init.to_string_lossy().to_string(), is_package: true, bytes });
            }
            let file = base.join(format!("{last}.py"));
            if let Ok(bytes) = std::fs::read(&file) {
                return Some(Found::File { path: file.to_string_lossy().to_string(), is_package: false, bytes });
            }
            let folder = base.join(last);
            if folder.is_dir() {
                portions.push(folder.to_string_lossy().to_string());
            }
        }
        if let Some((is_package, text)) = self.stdlib.get(full) {
            return Some(Found::Embedded { is_package: *is_package, text });
        }
        (!portions.is_empty()).then_some(Found::Namespace { dirs: portions })
    }

    /// `ImportFrom`: an attribute of the module, or its submodule.
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Value::Module(m) = module {
            if let Some(v) = m.dict.borrow().get_str(name) {
                return Ok(v.clone());
            }
            // PEP 562: the module's own `__getattr__` may supply the name.
            let hook = m.dict.borrow().get_str("__getattr__").cloned();
            if let Some(hook) = hook {
                match self.call_value(hook, vec![Value::str(name)], vec![]) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.is_exc(&e, Exc::AttributeError) => {}
                    Err(e) => return Err(e),
                }
            }
            let sub = format!("{}.{}", m.name, name);
            let is_pkg = m.dict.borrow().get_str("__path__").is_some();
            if is_pkg || self.stdlib.contains_key(sub.as_str()) {
                match self.import_module(&sub) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.is_missing_module(&e, &sub) => {}
                    Err(e) => return Err(e),
                }
            }
            // A module-level `__getattr__` (PEP 562) may still provide the name.
            let hook = m.dict.borrow().get_str("__getattr__").cloned();
            if let Some(hook) = hook {
                match self.call_value(hook, vec![Value::str(name)], Vec::new()) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.is_exc(&e, Exc::AttributeError) => {}
                    Err(e) => return Err(e),
                }
            }
            let mname = m.name.clone();
            let file = m.dict.borrow().get_str("__file__").and_then(|f| f.as_str().map(String::from));
            let loc = file.map(|f| format!(" ({f})")).unwrap_or_else(|| " (unknown location)".into());
            return Err(self.new_error(Exc::ImportError, format!("cannot import name '{name}' from '{mname}'{loc}")));
        }
        self.get_attr(module, name)
    }

    /// `from m import *`: public names (or `__all__`) into `ns`.
    pub(crate) fn import_star(&mut self, module: &Value, ns: &Rc<std::cell::RefCell<crate::vm::dict::Dict>>) -> PyResult<()> {
        let Value::Module(m) = module else { return Ok(()) };
        let all = m.dict.borrow().get_str("__all__").cloned();
        let names: Vec<String> = match all {
            Some(all) => self.collect_iterable(&all)?.iter().filter_map(|v| v.as_str().map(String::from)).collect(),
            None => m
                .dict
                .borrow()
                .keys()
                .filter_map(|k| k.as_str().map(String::from))
                .filter(|k| !k.starts_with('_'))
                .collect(),
        };
        for n in names {
            let v = self.import_from(module, &n)?;
            ns.borrow_mut().set_str(&n, v);
        }
        Ok(())
    }
}

/// What `sync_modules` remembers between calls: the names it has seen in
/// `sys.modules` (so a name that disappeared from there was deleted by the
/// script), and the native modules, which have no source to load again.
#[derive(Default)]
struct Mirror {
    seen: std::collections::HashSet<String>,
    natives: Option<std::collections::HashMap<String, Value>>,
}

/// Records the native modules loaded so far (those without a `__file__`: the
/// eagerly built natives and the host's), once: what `sync_modules` restores.
fn snapshot_natives(interp: &mut Interp) {
    if interp.extensions.get_or_default::<Mirror>().natives.is_some() {
        return;
    }
    let natives = interp
        .modules
        .iter()
        .filter(|(_, v)| match v {
            Value::Module(m) => m.dict.borrow().get_str("__file__").is_none(),
            _ => false,
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    interp.extensions.get_or_default::<Mirror>().natives = Some(natives);
}

/// Adds natives built on first import to the ones `sync_modules` restores.
pub(crate) fn remember_natives(interp: &mut Interp, built: Vec<(String, Value)>) {
    snapshot_natives(interp);
    if let Some(natives) = &mut interp.extensions.get_or_default::<Mirror>().natives {
        natives.extend(built);
    }
}

/// Whether `name` is a native module already built.
pub(crate) fn is_remembered_native(interp: &mut Interp, name: &str) -> bool {
    snapshot_natives(interp);
    interp.extensions.get_or_default::<Mirror>().natives.as_ref().is_some_and(|n| n.contains_key(name))
}

/// Keeps the interpreter's loaded modules and `sys.modules` in step (cheap
/// enough to call on every import). `sys.modules` wins: a module a script put
/// there is importable, one it replaced is replaced, one it deleted is loaded
/// again on the next import (a native module deleted there comes back as it
/// was first registered, even when the script had blocked it with None).
pub fn sync_modules(interp: &mut Interp) {
    let Some(Value::Module(m)) = interp.modules.get("sys").cloned() else { return };
    let existing = m.dict.borrow().get_str("modules").cloned();
    let dict = match existing {
        Some(Value::Dict(d)) => d,
        _ => {
            let v = Value::dict(crate::vm::dict::Dict::new());
            m.dict.borrow_mut().set_str("modules", v.clone());
            match v {
                Value::Dict(d) => d,
                _ => return,
            }
        }
    };
    snapshot_natives(interp);
    let mut mirror = std::mem::take(interp.extensions.get_or_default::<Mirror>());
    let natives = mirror.natives.as_ref().expect("set by snapshot_natives");
    let deleted: Vec<String> =
        mirror.seen.iter().filter(|n| dict.borrow().get_str(n).is_none()).cloned().collect();
    for name in &deleted {
        match natives.get(name.as_str()) {
            Some(native) => {
                interp.modules.insert(name.clone(), native.clone());
            }
            None => {
                interp.modules.remove(name);
            }
        }
        mirror.seen.remove(name);
    }
    // Entries the script added or replaced.
    let changed: Vec<(String, Value)> = dict
        .borrow()
        .iter()
        .filter_map(|(k, v)| {
            let name = k.as_str()?;
            let same = match (interp.modules.get(name), v) {
                (Some(Value::Module(a)), Value::Module(b)) => Rc::ptr_eq(a, b),
                _ => false,
            };
            (!same).then(|| (name.to_string(), v.clone()))
        })
        .collect();
    for (name, module) in changed {
        mirror.seen.insert(name.clone());
        interp.modules.insert(name, module);
    }
    if dict.borrow().len() != interp.modules.len() {
        let mut d = dict.borrow_mut();
        let mut names: Vec<&String> = interp.modules.keys().filter(|n| d.get_str(n).is_none()).collect();
        names.sort();
        for name in names {
            d.set_str(name, interp.modules[name].clone());
            mirror.seen.insert(name.clone());
        }
    }
    *interp.extensions.get_or_default::<Mirror>() = mirror;
}

/// The working directory, which an empty `sys.path` entry stands for (absolute,
/// so modules found there get absolute file names, as in CPython).
fn working_dir() -> String {
    std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_else(|_| ".".to_string())
}

/// The folders of a package's `__path__` (a list of folders; a str is one folder).
fn package_dirs(globals: &crate::vm::dict::Dict) -> Option<Vec<String>> {
    match globals.get_str("__path__")? {
        Value::Str(s) => Some(vec![s.as_str().to_string()]),
        Value::List(l) => Some(l.borrow().iter().filter_map(|v| v.as_str().map(String::from)).collect()),
        Value::Tuple(t) => Some(t.0.iter().filter_map(|v| v.as_str().map(String::from)).collect()),
        _ => None,
    }
}

/// The package a module namespace belongs to (for relative imports): its
/// `__package__`, else its `__name__` when it is a package, else the parent of
/// its `__name__`.
pub(crate) fn package_of(globals: &crate::vm::dict::Dict) -> String {
    if let Some(Value::Str(p)) = globals.get_str("__package__") {
        return p.as_str().to_string();
    }
    let name = globals.get_str("__name__").and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    if globals.get_str("__path__").is_some() {
        return name;
    }
    match name.rfind('.') {
        Some(i) => name[..i].to_string(),
        None => String::new(),
    }
}

/// The functions of `_imp`, the native side of the `importlib` package.
pub const IMP_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("find_source", imp_find_source),
    ("set_spec_maker", imp_set_spec_maker),
    ("_override_frozen_modules_for_tests", imp_override_frozen),
    ("is_builtin", imp_is_builtin),
    ("create_builtin", imp_create_builtin),
];

/// `_imp.is_builtin(name)`: 1 when `name` is a module written in Rust (built
/// yet or not), else 0.
fn imp_is_builtin(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            let t = interp.type_name(v);
            return Err(interp.type_error(format!("is_builtin() argument must be str, not {t}")));
        }
        None => return Err(interp.type_error("is_builtin() takes exactly one argument (0 given)")),
    };
    let builtin = interp.is_native_module(&name);
    Ok(Value::Int(i64::from(builtin)))
}

/// `_imp.create_builtin(spec)`: the module written in Rust that `spec.name`
/// names, built if it was not yet.
fn imp_create_builtin(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let Some(spec) = args.first().cloned() else {
        return Err(interp.type_error("create_builtin() takes exactly one argument (0 given)"));
    };
    let name_value = interp.get_attr(&spec, "name")?;
    let Some(name) = name_value.as_str().map(String::from) else {
        return Err(interp.type_error("spec name must be string"));
    };
    match interp.native_module(&name) {
        Some(m) => Ok(m),
        None => Err(interp.new_error(Exc::ImportError, format!("no built-in module named {name}"))),
    }
}

/// `_imp._override_frozen_modules_for_tests(flag)`: CPython's switch between
/// frozen and source copies of its startup modules. coil freezes none (its
/// embedded modules are compiled from source like any other), so there is
/// nothing to switch.
fn imp_override_frozen(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::check_args(interp, "_override_frozen_modules_for_tests", args, 1, 1)?;
    interp.index_value(&args[0])?;
    Ok(Value::None)
}

/// The function that makes the `__spec__` of each module the import statement loads.
#[derive(Default)]
struct SpecMaker(Option<Value>);

/// The file name a module of the embedded library is known by: `<stdlib>/json/__init__.py`
/// for the package `json`, `<stdlib>/json/decoder.py` for `json.decoder`.
fn embedded_file(name: &str, is_package: bool) -> String {
    format!("<stdlib>/{}{}.py", name.replace('.', "/"), if is_package { "/__init__" } else { "" })
}

/// `_imp.set_spec_maker(fn)`: `fn(name, filename, is_package)` makes the spec of
/// each module loaded from source from now on (None stops it).
fn imp_set_spec_maker(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let maker = args.first().cloned().filter(|v| !v.is_none());
    interp.extensions.get_or_default::<SpecMaker>().0 = maker;
    Ok(Value::None)
}

/// `_imp.find_source(name, path=None)`: `(filename, source, is_package)` for the
/// module the import statement would load for `name` (searching the folders in
/// `path`, else the parent package's `__path__` or `sys.path`, then the embedded
/// stdlib), or None.
fn imp_find_source(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let Some(name) = args.first().and_then(|v| v.as_str().map(String::from)) else {
        return Err(interp.type_error("find_source() argument 1 must be str"));
    };
    let dirs: Option<Vec<String>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(interp.collect_iterable(v)?.iter().filter_map(|d| d.as_str().map(String::from)).collect()),
    };
    sync_modules(interp);
    let dirs = match dirs {
        Some(d) => Some(d),
        None => match name.rfind('.') {
            Some(i) => match interp.modules.get(&name[..i]) {
                Some(Value::Module(pm)) => package_dirs(&pm.dict.borrow()),
                _ => None,
            },
            None => None,
        },
    };
    let found = match &dirs {
        Some(dirs) => interp.find_module(&name, Some(dirs)),
        None => interp.find_module(&name, None),
    };
    Ok(match found {
        None => Value::None,
        Some(Found::File { path, is_package, bytes }) => {
            let text = interp.decode_source(&bytes, Origin::Bytes, &path, &path)?;
            Value::tuple(vec![Value::string(path), Value::string(text), Value::Bool(is_package)])
        }
        Some(Found::Embedded { is_package, text }) => {
            let file = embedded_file(&name, is_package);
            Value::tuple(vec![Value::string(file), Value::str(text), Value::Bool(is_package)])
        }
        // A namespace package: no file, no source, and its folders in place of the flag.
        Some(Found::Namespace { dirs }) => {
            Value::tuple(vec![Value::None, Value::None, Value::list(dirs.into_iter().map(Value::string).collect())])
        }
    })
}
