//! What the interpreter does with an exception that has nowhere to go, as
//! CPython does: one that ended the program (or a REPL input) goes to
//! `sys.excepthook`; one raised where it cannot propagate (a `__del__` method,
//! a weak-reference, `gc` or atexit callback, a warning turned into an error
//! in a finalizer) goes to `sys.unraisablehook`. The default hooks, which
//! `modules::sys_hooks` installs, print without a call.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The default hooks (to tell them from replacements without a call) and the
/// record class a replaced unraisable hook receives.
#[derive(Default)]
pub struct SysHooks {
    pub excepthook: Option<Value>,
    pub unraisablehook: Option<Value>,
    /// `sys.UnraisableHookArgs`.
    pub args_class: Option<Rc<Class>>,
    /// Set once the interpreter has begun to shut down (`sys.is_finalizing()`).
    pub finalizing: bool,
}

/// What an unraisable exception was raised in, for the "Exception ignored in" line.
pub enum Culprit<'a> {
    /// An object, shown by its repr (and passed to a replaced hook as `object`).
    Object(Value),
    /// An object that no longer exists, shown by a description made when it died.
    Gone(&'a str),
}

/// `sys.<name>` as it stands (None when the attribute was deleted).
fn sys_attr(interp: &Interp, name: &str) -> Option<Value> {
    match interp.modules.get("sys") {
        Some(Value::Module(m)) => m.dict.borrow().get_str(name).cloned(),
        _ => None,
    }
}

/// Whether `hook` is the default installed under `which`.
fn is_default(interp: &mut Interp, hook: &Value, which: fn(&SysHooks) -> &Option<Value>) -> bool {
    let defaults = interp.extensions.get_or_default::<SysHooks>();
    which(defaults).as_ref().is_some_and(|d| d.is(hook))
}

/// The traceback object of an exception (None for a non-exception).
fn traceback_value(exc: &Value) -> Value {
    crate::vm::exceptions::exc_data(exc).map_or(Value::None, crate::objects::traceback::traceback_of)
}

impl Interp {
    /// Reports an exception that ended the program (or a REPL input) through
    /// `sys.excepthook`: printed with its traceback by the default hook; a
    /// replaced hook is called with (type, value, traceback), and if it fails
    /// both exceptions are printed, as CPython does.
    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    pub(crate) fn report_uncaught(&mut self, exc: &Value) {
        let Some(hook) = sys_attr(self, "excepthook") else {
            self.write_sys_stderr("sys.excepthook is missing\n");
            self.print_exception(exc);
            return;
        };
        if is_default(self, &hook, |d| &d.excepthook) {
            self.print_exception(exc);
            return;
        }
        let args = vec![Value::Class(self.type_of(exc)), exc.clone(), traceback_value(exc)];
        if let Err(e) = self.call_value(hook, args, vec![]) {
            if self.is_exc(&e, crate::vm::types::Exc::SystemExit) {
                return;
            }
            self.write_sys_stderr("Error in sys.excepthook:\n");
            self.print_exception(&e);
            self.write_sys_stderr("\nOriginal exception was:\n");
            self.print_exception(exc);
        }
    }

    /// Reports `exc`, raised where it cannot propagate, through
    /// `sys.unraisablehook`: the default prints "Exception ignored in: ..."
    /// (or `err_msg`) and the exception with its traceback to `sys.stderr`.
    pub(crate) fn write_unraisable(&mut self, exc: &Value, err_msg: Option<&str>, culprit: Culprit) {
        let hook = sys_attr(self, "unraisablehook");
        let custom = hook.as_ref().filter(|h| !is_default(self, h, |d| &d.unraisablehook)).cloned();
        let Some(hook) = custom else {
            write_default(self, exc, err_msg, &culprit);
            return;
        };
        let (err_msg, object) = match culprit {
            Culprit::Object(v) => (err_msg.map_or(Value::None, Value::str), v),
            Culprit::Gone(shown) => {
                let msg = format!("{}: {shown}", err_msg.unwrap_or("Exception ignored in"));
                (Value::string(msg), Value::None)
            }
        };
        let values = vec![Value::Class(self.type_of(exc)), exc.clone(), traceback_value(exc), err_msg, object];
        let Some(class) = self.extensions.get_or_default::<SysHooks>().args_class.clone() else { return };
        let args = self.new_instance_with_base(&class, Value::tuple(values));
        if let Err(e) = self.call_value(hook.clone(), vec![args], vec![]) {
            write_default(self, &e, Some("Exception ignored in sys.unraisablehook"), &Culprit::Object(hook));
        }
    }
}

impl Interp {
    /// Writes `text` to `sys.stderr` as the language sees it (a replacement
    /// such as a StringIO gets it; None drops it), or to the interpreter's own
    /// error stream when `sys` has no `stderr` or writing to it fails.
    pub(crate) fn write_sys_stderr(&mut self, text: &str) {
        let _ = std::io::Write::flush(&mut self.stdout);
        let stderr = match self.modules.get("sys") {
            Some(Value::Module(m)) => m.dict.borrow().get_str("stderr").cloned(),
            _ => None,
        };
        match stderr {
            Some(Value::None) => {}
            Some(f) => {
                let written = self.get_attr(&f, "write").and_then(|w| self.call_value(w, vec![Value::str(text)], vec![]));
                if written.is_err() {
                    self.write_stderr(text);
                }
            }
            None => self.write_stderr(text),
        }
    }
}

/// CPython's default unraisable report: the culprit line, then the exception.
pub fn write_default(interp: &mut Interp, exc: &Value, err_msg: Option<&str>, culprit: &Culprit) {
    let head = err_msg.unwrap_or("Exception ignored in");
    let mut text = match culprit {
        Culprit::Object(v) if v.is_none() => match err_msg {
            Some(m) => format!("{m}:\n"),
            None => String::new(),
        },
        Culprit::Object(v) => {
            let shown = interp.repr(v).unwrap_or_else(|_| "<object repr() failed>".into());
            format!("{head}: {shown}\n")
        }
        Culprit::Gone(shown) => format!("{head}: {shown}\n"),
    };
    text.push_str(&interp.format_exception(exc));
    interp.write_sys_stderr(&text);
}
