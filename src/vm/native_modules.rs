//! Native modules built on first import. Building every native module when an
//! interpreter starts cost half of `coil -c pass` (their functions, classes
//! and signatures) for modules most scripts never import; instead the library
//! layer lists each group of natives with the function that builds it, and
//! the import system builds a group the first time one of its names is
//! imported (or `importlib` asks for it). A built group stays as it was first
//! built: deleting it from `sys.modules` and importing it again gives the same
//! module back, as CPython does for its built-in modules.

use crate::vm::interp::Interp;
use crate::vm::value::Value;

/// Native modules built together, on the first import of any of them.
pub struct NativeGroup {
    /// The modules the group puts into `Interp::modules`.
    pub names: &'static [&'static str],
    /// Builds the modules (and declares their natives' signatures).
    pub build: fn(&mut Interp),
}

impl Interp {
    /// Makes each group's modules importable without building them yet.
    pub(crate) fn add_native_groups(&mut self, groups: &'static [NativeGroup]) {
        for group in groups {
            for name in group.names {
                self.lazy_natives.insert(name, group);
            }
        }
    }

    /// Builds the group that makes the native module `name` if it is still
    /// waiting; true when it did. A sandbox may have left only some of a
    /// group's names importable: the others are built but not kept.
    pub(crate) fn build_native(&mut self, name: &str) -> bool {
        let Some(group) = self.lazy_natives.get(name).copied() else { return false };
        let allowed: Vec<&'static str> =
            group.names.iter().copied().filter(|n| self.lazy_natives.contains_key(n)).collect();
        for n in group.names {
            self.lazy_natives.remove(n);
        }
        (group.build)(self);
        for n in group.names.iter().filter(|n| !allowed.contains(n)) {
            self.modules.remove(*n);
        }
        let built: Vec<(String, Value)> =
            allowed.iter().filter_map(|n| Some((n.to_string(), self.modules.get(*n)?.clone()))).collect();
        crate::vm::import::remember_natives(self, built);
        true
    }

    /// The native module `name`, built if it was waiting (None when it is not
    /// a native module, or a sandbox left it out).
    pub(crate) fn native_module(&mut self, name: &str) -> Option<Value> {
        self.build_native(name);
        self.modules.get(name).cloned()
    }

    /// Whether `name` is a native module, built or not.
    pub(crate) fn is_native_module(&mut self, name: &str) -> bool {
        self.lazy_natives.contains_key(name) || crate::vm::import::is_remembered_native(self, name)
    }

    /// Builds every native module still waiting (for tools that walk them all).
    pub fn build_all_natives(&mut self) {
        let mut names: Vec<&'static str> = self.lazy_natives.keys().copied().collect();
        names.sort_unstable();
        for name in names {
            self.build_native(name);
        }
    }

    /// The names of every native module, built or not, sorted
    /// (`sys.builtin_module_names`).
    pub(crate) fn native_module_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.lazy_natives.keys().map(|n| n.to_string()).collect();
        names.extend(self.modules.iter().filter_map(|(name, m)| match m {
            Value::Module(m) if m.dict.borrow().get_str("__file__").is_none() => Some(name.clone()),
            _ => None,
        }));
        names.sort();
        names.dedup();
        names
    }
}
