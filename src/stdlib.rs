//! Modules written in coil itself, embedded in the binary from stdlib/.

use crate::vm::interp::Interp;

/// (dotted name, is a package, source) of every embedded module.
const MODULES: &[(&str, bool, &str)] = &[];

/// Makes the embedded modules importable.
pub fn register(interp: &mut Interp) {
    for (name, is_package, text) in MODULES {
        interp.stdlib.insert(name, (*is_package, text));
    }
}
