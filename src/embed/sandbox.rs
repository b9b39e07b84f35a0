//! Leaving out what touches the host: modules (native, embedded or on disk)
//! outside an allow-list, and builtins such as `input`.

use crate::embed::Interpreter;

/// Modules that come with another one: allowing the key allows the values.
const COMPANIONS: &[(&str, &[&str])] = &[("asyncio", &["_asyncio"])];

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
