//! `repr()`, `str()` and `format()` of every value, with cycle detection for
//! containers and `__repr__` / `__str__` / `__format__` of user classes.

use crate::vm::types::Exc;
use crate::objects::format;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

impl Interp {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Undefined => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.bigint_to_string(b)?,
            Value::Float(f) => format::float_repr(*f),
            Value::Complex(c) => format::complex_repr(c.re, c.im),
            Value::Str(s) => format::py_str_repr(s.as_str()),
            Value::Bytes(b) => format::bytes_repr(b),
            Value::ByteArray(b) => format!("bytearray({})", crate::objects::bytearray::bytearray_repr(&b.data.borrow())),
            Value::MemoryView(m) => {
                let state = if m.live().is_some() { "" } else { "released " };
                format!("<{state}memory at {:#x}>", v.ptr().unwrap_or(0))
            }
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => {
                return self.container_repr(v)
            }
            Value::Range(r) => crate::objects::range::repr(r),
            Value::Slice(s) => {
                let (a, b, c) = (self.repr(&s.start)?, self.repr(&s.stop)?, self.repr(&s.step)?);
                format!("slice({a}, {b}, {c})")
            }
            Value::Function(func) => format!("<function {} at {:#x}>", func.qualname.borrow(), v.ptr().unwrap_or(0)),
            Value::Builtin(b) => match &b.bound {
                Some(recv) => {
                    let t = self.type_name(recv);
                    format!("<built-in method {} of {t} object at {:#x}>", b.name, recv.ptr().unwrap_or(0))
                }
                // A native standing for a builtin type's method: CPython's method descriptor.
                None => match b.sig.as_ref().and_then(|sig| sig.qual().rsplit_once('.')) {
                    Some((owner, name)) if matches!(self.builtins.borrow().get_str(owner), Some(Value::Class(_))) => {
                        let kind = if name.starts_with("__") && name.ends_with("__") { "slot wrapper" } else { "method" };
                        format!("<{kind} '{name}' of '{owner}' objects>")
                    }
                    _ => format!("<built-in function {}>", b.name),
                },
            },
            Value::BoundMethod(m) if let Value::Builtin(b) = &m.func => {
                let t = self.type_name(&m.receiver);
                let at = m.receiver.ptr().unwrap_or(0);
                if b.name.starts_with("__") && b.name.ends_with("__") {
                    format!("<method-wrapper '{}' of {t} object at {at:#x}>", b.name)
                } else {
                    format!("<built-in method {} of {t} object at {at:#x}>", b.name)
                }
            }
            Value::BoundMethod(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    Value::Builtin(b) => b.name.to_string(),
                    _ => "?".into(),
                };
                let recv = self.repr(&m.receiver)?;
                format!("<bound method {name} of {recv}>")
            }
            Value::Class(c) if c.meta.is_some() => return self.meta_repr(v),
            Value::Class(c) => crate::objects::metaclass::class_repr(c),
            Value::Module(m) => {
                let file = m.dict.borrow().get_str("__file__").and_then(|f| f.as_str().map(String::from));
                let loader = m.dict.borrow().get_str("__loader__").filter(|l| !l.is_none()).cloned();
                match (file, loader) {
                    (Some(f), _) => format!("<module '{}' from '{f}'>", m.name),
                    // A module without a file (a namespace package) shows its loader.
                    (None, Some(loader)) if m.dict.borrow().get_str("__file__").is_some() => {
                        format!("<module '{}' ({})>", m.name, self.repr(&loader)?)
                    }
                    (None, _) => format!("<module '{}' (built-in)>", m.name),
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.ptr().unwrap_or(0),
                c.source.name,
                c.source.line_of(c.first_offset)
            ),
            Value::Cell(c) => crate::objects::functions::cell_repr(self, c),
            Value::Generator(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{kind} object {} at {:#x}>", g.qualname(), v.ptr().unwrap_or(0))
            }
            Value::Iterator(_) => {
                let t = self.type_name(v);
                format!("<{t} object at {:#x}>", v.ptr().unwrap_or(0))
            }
            Value::Descriptor(d) => match &**d {
                Descriptor::Super { cls, .. } => format!("<super: <class '{}'>, <{} object>>", cls.name, cls.name),
                _ => {
                    let t = self.type_name(v);
                    format!("<{t} object at {:#x}>", v.ptr().unwrap_or(0))
                }
            },
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                if let Some(m) = self.class_lookup(&cls, "__repr__") {
                    if !crate::objects::classes::is_object_repr(&m) {
                        let r = self.call_value(m, vec![v.clone()], vec![])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => {
                                let t = self.type_name(&other);
                                Err(self.type_error(format!("__repr__ returned non-string (type {t})")))
                            }
                        };
                    }
                }
                if inst.exc.is_some() {
                    return self.exception_repr(v);
                }
                self.object_repr(v)?
            }
            Value::Native(_) if crate::objects::dict::as_view(v).is_some() => {
                let name = self.type_name(v);
                let it = self.get_iter(v)?;
                let mut items = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    items.push(x);
                }
                format!("{name}({})", self.repr(&Value::list(items))?)
            }
            Value::Native(_) => {
                if let Some(m) = self.lookup_special(v, "__repr__") {
                    let r = self.call_value(m, vec![], vec![])?;
                    return self.to_str(&r);
                }
                let t = self.type_name(v);
                format!("<{t} object at {:#x}>", v.ptr().unwrap_or(0))
            }
        })
    }

    /// `<__main__.C object at 0x...>`.
    pub(crate) fn object_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.type_of(v);
        let name = if cls.module.as_ref() == "builtins" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        Ok(format!("<{name} object at {:#x}>", v.ptr().unwrap_or(0)))
    }

    /// `ValueError('msg')`.
    pub(crate) fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.type_of(v);
        let args = crate::vm::exceptions::exc_data(v).map(|d| d.borrow().args.clone()).unwrap_or_default();
        let inner = if args.len() == 1 {
            self.repr(&args[0])?
        } else {
            let t = self.repr(&Value::tuple(args))?;
            t[1..t.len() - 1].trim_end_matches(',').to_string()
        };
        Ok(format!("{}({inner})", cls.name))
    }

    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        let id = v.ptr().unwrap_or(0);
        if self.repr_stack.contains(&id) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                Value::Tuple(_) => "(...)",
                _ => "{...}",
            }
            .into());
        }
        if self.repr_stack.len() > 200 {
            return Err(self
                .new_error(Exc::RecursionError, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        self.repr_stack.push(id);
        let r = self.container_repr_inner(v);
        self.repr_stack.pop();
        r
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        let join = |me: &mut Interp, items: &[Value]| -> PyResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for it in items {
                parts.push(me.repr(it)?);
            }
            Ok(parts.join(", "))
        };
        Ok(match v {
            Value::List(l) => {
                let items = l.borrow().clone();
                format!("[{}]", join(self, &items)?)
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    format!("({})", join(self, t)?)
                }
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                let mut parts = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = crate::objects::set::iteration_order(&s.borrow());
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", join(self, &items)?)
                }
            }
            Value::FrozenSet(s) => {
                let items = crate::objects::set::iteration_order(s);
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", join(self, &items)?)
                }
            }
            _ => String::new(),
        })
    }

    /// Decimal digits of a big integer, refusing absurd sizes as CPython does.
    pub(crate) fn bigint_to_string(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        // CPython limits int -> str conversion (`sys.set_int_max_str_digits`).
        let limit = super::max_str_digits();
        if limit > 0 && super::surely_too_many_digits(b.bits(), limit) {
            return Err(self.value_error(super::int_to_str_limit_error()));
        }
        let text = b.to_string();
        if limit > 0 && text.trim_start_matches('-').len() > limit {
            return Err(self.value_error(super::int_to_str_limit_error()));
        }
        Ok(text)
    }

    /// `repr(cls)` for a class whose metaclass may define `__repr__`.
    fn meta_repr(&mut self, v: &Value) -> PyResult<String> {
        let Some(m) = self.lookup_special(v, "__repr__") else { return Ok(String::new()) };
        let r = crate::objects::metaclass::guarded(self, |interp| interp.call_value(m, vec![], vec![]))?;
        match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => {
                let t = self.type_name(&other);
                Err(self.type_error(format!("__repr__ returned non-string (type {t})")))
            }
        }
    }

    /// `str(v)`.
    #[allow(clippy::wrong_self_convention)] // `str()` of a value, computed by the interpreter
    pub(crate) fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Class(c) if c.meta.is_some() => {
                let Some(m) = self.lookup_special(v, "__str__") else { return self.repr(v) };
                if matches!(&m, Value::BoundMethod(b) if crate::objects::classes::is_object_str(&b.func)) {
                    return self.repr(v);
                }
                let r = self.call_value(m, vec![], vec![])?;
                match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => {
                        let t = self.type_name(&other);
                        Err(self.type_error(format!("__str__ returned non-string (type {t})")))
                    }
                }
            }
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                if let Some(m) = self.class_lookup(&cls, "__str__") {
                    if !crate::objects::classes::is_object_str(&m) {
                        let r = self.call_value(m, vec![v.clone()], vec![])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => {
                                let t = self.type_name(&other);
                                Err(self.type_error(format!("__str__ returned non-string (type {t})")))
                            }
                        };
                    }
                }
                if let Some(data) = &inst.exc {
                    let args = data.borrow().args.clone();
                    let is_key_error = self.is_exc(v, Exc::KeyError);
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&args[0]),
                        1 => self.to_str(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)` with an optional conversion first: one of the `CONV_*` values of
    /// `bytecode::format_value`, as in f-strings.
    #[inline]
    pub(crate) fn format_value(&mut self, v: &Value, conversion: u32, spec: Option<&Value>) -> PyResult<Value> {
        // Fast paths: `{s}` of a str is the str itself; `{i}` of an int is its digits.
        use crate::compile::bytecode::format_value::{CONV_NONE, CONV_STR};
        if spec.is_none() && matches!(conversion, CONV_NONE | CONV_STR) {
            match v {
                Value::Str(_) => return Ok(v.clone()),
                Value::Int(i) => return Ok(Value::string(i.to_string())),
                _ => {}
            }
        }
        self.format_value_general(v, conversion, spec)
    }

    #[inline(never)]
    fn format_value_general(&mut self, v: &Value, conversion: u32, spec: Option<&Value>) -> PyResult<Value> {
        use crate::compile::bytecode::format_value::{CONV_ASCII, CONV_REPR, CONV_STR};
        let converted;
        let v = match conversion {
            CONV_STR => {
                converted = Value::string(self.to_str(v)?);
                &converted
            }
            CONV_REPR => {
                converted = Value::string(self.repr(v)?);
                &converted
            }
            CONV_ASCII => {
                let r = self.repr(v)?;
                converted = Value::string(ascii_escape(&r));
                &converted
            }
            _ => v,
        };
        let spec = spec.and_then(|s| s.as_str()).unwrap_or("");
        if spec.is_empty() {
            if let Value::Str(_) = v {
                return Ok(v.clone());
            }
            if !matches!(v, Value::Instance(_)) {
                return Ok(Value::string(self.to_str(v)?));
            }
        }
        Ok(Value::string(self.format_with_spec(v, spec)?))
    }

    /// `format(v, spec)`.
    pub(crate) fn format_with_spec(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let tname = self.type_name(v);
        let parsed = |me: &mut Interp| {
            crate::objects::format::spec::FormatSpec::parse_for(spec, &tname).map_err(|e| me.value_error(e))
        };
        let result = match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let s = parsed(self)?;
                let b = crate::vm::ops::to_bigint(v).unwrap_or_default();
                crate::objects::format::spec::format_int(&b, &s)
            }
            Value::Float(f) => {
                let s = parsed(self)?;
                crate::objects::format::spec::format_float(*f, &s)
            }
            Value::Complex(c) => {
                if spec.is_empty() {
                    return self.to_str(v);
                }
                let s = parsed(self)?;
                crate::objects::format::spec::format_complex(c.re, c.im, &s)
            }
            Value::Str(st) => {
                let s = parsed(self)?;
                crate::objects::format::spec::format_str(st.as_str(), &s)
            }
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__format__") {
                    if !matches!(&m, Value::BoundMethod(b) if matches!(&b.func, Value::Builtin(_))) {
                        let r = self.call_value(m, vec![Value::str(spec)], vec![])?;
                        return self.to_str(&r);
                    }
                }
                if let Some(base) = v.builtin_value_of_instance() {
                    if !spec.is_empty() {
                        let base = base.clone();
                        return self.format_with_spec(&base, spec);
                    }
                }
                if !spec.is_empty() {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("unsupported format string passed to {t}.__format__")));
                }
                return self.to_str(v);
            }
            _ => {
                if !spec.is_empty() {
                    let t = self.type_name(v);
                    return Err(self.type_error(format!("unsupported format string passed to {t}.__format__")));
                }
                return self.to_str(v);
            }
        };
        result.map_err(|e| self.value_error(e))
    }
}

/// `ascii()`: non-ASCII characters of a repr escaped as \x, \u or \U.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = crate::codepoint::code_point(c);
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
