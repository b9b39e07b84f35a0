//! Installs the REPL's builtins (`help`, `exit`, `quit`, `copyright`,
//! `credits`, `license`), written in Python in `site.py`.

use crate::vm::interp::Interp;
use crate::vm::value::Value;

/// The module's name in `sys.modules`.
pub const MODULE: &str = "_coil_site";

/// The module's source, run once per session.
const SOURCE: &str = include_str!("site.py");

/// Runs `site.py` as the module [`MODULE`] and calls its `install()`.
/// Errors are printed; the REPL works without these names.
pub fn install(interp: &mut Interp) {
    let module = interp.new_module(MODULE, None);
    interp.modules.insert(MODULE.into(), Value::Module(module.clone()));
    let ran = interp
        .compile_source(SOURCE, "<coil site>")
        .and_then(|code| interp.run_code_in(&code, module.dict.clone()))
        .and_then(|_| {
            let install = module.dict.borrow().get_str("install").cloned().unwrap_or(Value::None);
            interp.call_value(install, vec![], vec![])
        });
    if let Err(e) = ran {
        interp.print_exception(&e);
    }
}
