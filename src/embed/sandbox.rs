//! Leaving out what touches the host: modules (native, embedded or on disk)
//! outside an allow-list, builtins such as `input`, and the policy of what
//! scripts may reach through `os` and `open` (files, environment, processes),
//! with the file system they see.

use crate::embed::Interpreter;
use crate::system::fs::FileSystem;
use crate::system::policy::Policy;
use std::rc::Rc;

/// Modules that come with another one: allowing the key allows the values.
const COMPANIONS: &[(&str, &[&str])] = &[
    ("asyncio", &["_asyncio"]),
    ("os", &["posix", "posixpath", "genericpath", "stat", "abc", "_abc", "_collections_abc"]),
];

/// Whether the dotted module `name` is allowed by `allowed` (a package allows its submodules).
fn is_allowed(name: &str, allowed: &[String]) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    name == "__main__" || allowed.iter().any(|a| a == name || a == top)
}

impl Interpreter {
    /// Keeps only the listed modules importable (plus what they need, e.g.
    /// `_asyncio` for `asyncio`) and turns off imports from the file system.
    /// Modules registered by the host later stay importable.
    ///
    /// ```
    /// let mut interp = coil::Interpreter::new();
    /// interp.allow_modules(&["math", "asyncio"]);
    /// let err = interp.run("import time", "<sandbox>").unwrap_err();
    /// assert_eq!(err.type_name, "ModuleNotFoundError");
    /// interp.run("import math, asyncio", "<sandbox>").unwrap();
    /// ```
    pub fn allow_modules(&mut self, names: &[&str]) {
        let mut allowed: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        for (name, extra) in COMPANIONS {
            if names.contains(name) {
                allowed.extend(extra.iter().map(|s| s.to_string()));
            }
        }
        let interp = &mut self.interp;
        interp.modules.retain(|name, _| is_allowed(name, &allowed));
        interp.lazy_natives.retain(|name, _| is_allowed(name, &allowed));
        interp.stdlib.retain(|name, _| is_allowed(name, &allowed));
        interp.path.clear();
        if let Some(crate::vm::value::Value::Module(sys)) = interp.modules.get("sys").cloned() {
            sys.dict.borrow_mut().remove_str("modules");
        }
        crate::vm::import::sync_modules(interp);
    }

    /// Removes builtins (for instance `input`, `exit`) from every namespace.
    pub fn remove_builtins(&mut self, names: &[&str]) {
        let mut b = self.interp.builtins.borrow_mut();
        for name in names {
            b.remove_str(name);
        }
    }
}

impl Interpreter {
    /// Sets what scripts may touch: the file system (none, read-only or
    /// read-write, and the folders it is limited to), the environment, and
    /// processes. A refused operation raises `PermissionError` in the script.
    /// A new interpreter allows everything, as the `coil` command does.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("coil_policy_doc");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let mut interp = coil::Interpreter::new();
    /// interp.set_policy(coil::Policy {
    ///     fs: coil::FsAccess::ReadOnly,
    ///     roots: Some(vec![dir.clone()]),
    ///     ..coil::Policy::none()
    /// });
    /// let code = format!("import os\nos.listdir({:?})", dir.to_str().unwrap());
    /// interp.run(&code, "<sandbox>").unwrap();
    /// let err = interp.run("import os\nos.listdir('/')", "<sandbox>").unwrap_err();
    /// assert_eq!(err.type_name, "PermissionError");
    /// let err = interp.run("import os\nos.environ['HOME']", "<sandbox>").unwrap_err();
    /// assert_eq!(err.type_name, "PermissionError");
    /// ```
    pub fn set_policy(&mut self, policy: Policy) {
        crate::system::system(&mut self.interp).policy = policy;
    }

    /// The policy in force.
    pub fn policy(&mut self) -> Policy {
        crate::system::system(&mut self.interp).policy.clone()
    }

    /// Makes scripts use `fs` as their file system (`open`, `os`, ...) instead of
    /// the host's, for instance a [`crate::MemoryFs`]. The policy still applies on
    /// top of it.
    pub fn set_file_system(&mut self, fs: Rc<dyn FileSystem>) {
        crate::system::system(&mut self.interp).fs = fs;
    }
}
