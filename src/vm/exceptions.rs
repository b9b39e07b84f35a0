//! Exception objects: creating them from Rust, matching `except` clauses,
//! and printing tracebacks in CPython's format.

use crate::syntax::diag::SyntaxError;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// A new instance of exception class `class` with `args`.
    pub fn new_exception(&mut self, class: Rc<Class>, args: Vec<Value>) -> Value {
        let exc = ExcData { args, cause: Value::None, context: Value::None, ..Default::default() };
        Value::Instance(Rc::new(Instance {
            class,
            dict: Rc::new(RefCell::new(crate::vm::dict::Dict::new())),
            exc: Some(RefCell::new(exc)),
        }))
    }

    /// An exception of the named builtin class with a message.
    pub fn new_error(&mut self, class_name: &str, msg: impl Into<String>) -> Value {
        let class = self.types.exc(class_name);
        self.new_exception(class, vec![Value::string(msg.into())])
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error("IndexError", msg)
    }
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error("AttributeError", msg)
    }
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error("RuntimeError", msg)
    }
    pub fn zero_division(&mut self, msg: impl Into<String>) -> Value {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error("OverflowError", msg)
    }
    pub fn memory_error(&mut self) -> Value {
        let class = self.types.exc("MemoryError");
        self.new_exception(class, vec![])
    }
    pub fn key_error(&mut self, key: Value) -> Value {
        let class = self.types.exc("KeyError");
        self.new_exception(class, vec![key])
    }
    pub fn stop_iteration(&mut self, value: Value) -> Value {
        let class = self.types.exc("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(class, args)
    }

    /// Whether `v` is an instance of the named builtin exception class (or a subclass).
    pub fn is_exc(&self, v: &Value, class_name: &str) -> bool {
        match (v, self.types.exceptions.get(class_name)) {
            (Value::Instance(i), Some(c)) => is_subclass(&i.class, c),
            _ => false,
        }
    }

    /// The exception class of `v` if it is an exception class or instance.
    pub fn exception_class_of(&self, v: &Value) -> Option<Rc<Class>> {
        match v {
            Value::Class(c) if c.kind == ClassKind::Exception => Some(c.clone()),
            Value::Instance(i) if i.exc.is_some() => Some(i.class.clone()),
            _ => None,
        }
    }

    /// `except typ` matching: typ is a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let class = match exc {
            Value::Instance(i) => i.class.clone(),
            _ => return Ok(false),
        };
        match typ {
            Value::Class(c) if c.kind == ClassKind::Exception => Ok(is_subclass(&class, c)),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Turns a raised value (a class or instance) into an exception instance.
    pub fn normalize_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            Value::Class(c) if c.kind == ClassKind::Exception => self.call_value(v.clone(), vec![], vec![]),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// A SyntaxError instance for a front-end error, carrying its rendering.
    pub fn syntax_error_value(&mut self, e: &SyntaxError, filename: &str, source: &str) -> Value {
        let class = self.types.exc(e.type_name());
        let exc = self.new_exception(class, vec![Value::str(&e.msg)]);
        let (line, col) = e.line_col(source);
        if let Value::Instance(i) = &exc {
            let mut d = i.dict.borrow_mut();
            d.set_str("msg", Value::str(&e.msg));
            d.set_str("filename", Value::str(filename));
            d.set_str("lineno", Value::Int(line as i64));
            d.set_str("offset", Value::Int(col as i64));
            let text = source.split('\n').nth(line - 1).unwrap_or("");
            d.set_str("text", Value::str(text));
            d.set_str("__rendered__", Value::string(e.render(filename, source)));
        }
        exc
    }

    /// The `str()` of an exception, as CPython prints it after the type name.
    pub fn exception_str(&mut self, exc: &Value) -> String {
        self.to_str(exc).unwrap_or_else(|_| "<exception str() failed>".into())
    }

    /// The lines CPython prints for an uncaught exception, with its chain.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let Value::Instance(inst) = exc else { return };
        seen.push(Rc::as_ptr(inst) as usize);
        if let Some(data) = &inst.exc {
            let (cause, context, suppress) = {
                let d = data.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            let unseen = |v: &Value, seen: &Vec<usize>| match v {
                Value::Instance(i) => !seen.contains(&(Rc::as_ptr(i) as usize)),
                _ => false,
            };
            if unseen(&cause, seen) {
                self.format_exception_chain(&cause, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if !suppress && unseen(&context, seen) {
                self.format_exception_chain(&context, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        out.push_str(&self.format_single_exception(exc));
    }

    /// One exception's traceback and final line.
    pub fn format_single_exception(&mut self, exc: &Value) -> String {
        let Value::Instance(inst) = exc else { return String::new() };
        let mut out = String::new();
        if let Some(data) = &inst.exc {
            let tb = data.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for (code, pc, _) in tb.iter().rev() {
                    let line = code.line_at(*pc as usize);
                    out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.source.name, line, code.name));
                    let text = code.source.line_text(line).trim();
                    if !text.is_empty() {
                        out.push_str(&format!("    {text}\n"));
                    }
                }
            }
        }
        let rendered = inst.dict.borrow().get_str("__rendered__").cloned();
        if let Some(Value::Str(r)) = rendered {
            out.push_str(r.as_str());
            return out;
        }
        let class = &inst.class;
        let mut name = class.qualname.to_string();
        if !matches!(class.module.as_ref(), "builtins" | "__main__") {
            name = format!("{}.{}", class.module, name);
        }
        let msg = self.exception_str(exc);
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        out
    }

    /// Prints an uncaught exception to stderr.
    pub fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception(exc);
        self.write_stderr(&text);
    }
}

/// Whether `class` is `base` or inherits from it.
pub fn is_subclass(class: &Rc<Class>, base: &Rc<Class>) -> bool {
    Rc::ptr_eq(class, base) || class.mro.iter().any(|c| Rc::ptr_eq(c, base))
}

/// The exception data of an exception instance.
pub fn exc_data(v: &Value) -> Option<&RefCell<ExcData>> {
    match v {
        Value::Instance(i) => i.exc.as_ref(),
        _ => None,
    }
}
