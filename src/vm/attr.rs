//! Attribute access: the type of a value, lookups along the MRO, binding of
//! methods, properties, class/static methods, `super`, and `__getattr__`.

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types;
use crate::vm::value::Value;
use std::cell::Cell;
use std::rc::Rc;

impl Interp {
    /// Whether `v` is an instance of `cls` or of one of its subclasses.
    pub(crate) fn is_instance_of(&self, v: &Value, cls: &Rc<Class>) -> bool {
        crate::vm::exceptions::is_subclass(&self.type_of(v), cls)
    }

    /// The class of any value.
    pub(crate) fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::Undefined | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::MemoryView(_) => t.memoryview.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Module(_) => t.module.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Iterator(it) => {
                let name = iterator_type_name(&it.borrow());
                self.native_classes.get(name).cloned().unwrap_or_else(|| t.iterator.clone())
            }
            Value::Descriptor(d) => match **d {
                Descriptor::Property { .. } => t.property.clone(),
                Descriptor::ClassMethod(_) => t.classmethod.clone(),
                Descriptor::StaticMethod(_) => t.staticmethod.clone(),
                Descriptor::Super { .. } => t.super_.clone(),
            },
            Value::Native(n) => self.native_class(n.as_ref().as_ref()),
        }
    }

    /// The class of a runtime object, by its type name.
    fn native_class(&self, n: &dyn NativeObject) -> Rc<Class> {
        self.native_classes.get(n.type_name()).cloned().unwrap_or_else(|| self.types.object.clone())
    }

    /// The type name used in messages (`'int' object is not callable`).
    pub(crate) fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iterator(it) => iterator_type_name(&it.borrow()).into(),
            Value::Native(n) => n.type_name().to_string(),
            _ => self.type_of(v).name.to_string(),
        }
    }

    /// Looks up a str key (with its cached hash) in `cls` and its MRO.
    #[inline]
    pub(crate) fn class_lookup_key(&self, cls: &Rc<Class>, key: &Value) -> Option<Value> {
        let Value::Str(name) = key else { return None };
        if let Some(found) = self.lookup_cache.get(cls, name, self.class_epoch) {
            return found;
        }
        let found = Self::mro_lookup_key(cls, key);
        self.lookup_cache.put(cls, name, self.class_epoch, &found);
        found
    }

    /// `class_lookup_key` without the cache: the first class of the MRO whose dict has `key`.
    fn mro_lookup_key(cls: &Rc<Class>, key: &Value) -> Option<Value> {
        if let Some(v) = cls.dict.borrow().get_key(key) {
            return Some(v.clone());
        }
        for c in cls.mro.iter() {
            if let Some(v) = c.dict.borrow().get_key(key) {
                return Some(v.clone());
            }
        }
        None
    }

    /// `__init__` of `cls` (through its MRO), cached on the class.
    #[inline(always)]
    pub(crate) fn class_init(&mut self, cls: &Rc<Class>) -> Option<Value> {
        if let Some((epoch, init)) = &*cls.init_cache.borrow() {
            if *epoch == self.class_epoch {
                return init.clone();
            }
        }
        self.class_init_slow(cls)
    }

    /// `class_init` on a cache miss: look `__init__` up and cache it.
    #[inline(never)]
    fn class_init_slow(&mut self, cls: &Rc<Class>) -> Option<Value> {
        let key = self.keys.init.clone();
        let init = self.class_lookup_key(cls, &key);
        *cls.init_cache.borrow_mut() = Some((self.class_epoch, init.clone()));
        init
    }

    /// The interned str value of `code.names[i]`.
    #[inline]
    pub(crate) fn name_key(&mut self, code: &crate::compile::bytecode::Code, i: u32) -> Value {
        if let Some(keys) = code.name_keys.get() {
            return keys.get(i as usize).cloned().unwrap_or(Value::None);
        }
        let keys: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        let k = keys.get(i as usize).cloned().unwrap_or(Value::None);
        let _ = code.name_keys.set(keys);
        k
    }

    /// Looks `name` up in `cls` and its MRO.
    pub(crate) fn class_lookup(&self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        let hash = crate::vm::dict::str_hash(name);
        if let Some(v) = cls.dict.borrow().get_str_hashed(name, hash) {
            return Some(v.clone());
        }
        for c in cls.mro.iter() {
            if let Some(v) = c.dict.borrow().get_str_hashed(name, hash) {
                return Some(v.clone());
            }
        }
        None
    }

    /// A special method of `obj`'s type, bound to `obj` (None when absent).
    pub(crate) fn lookup_special(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let cls = self.type_of(obj);
        let attr = self.class_lookup(&cls, name)?;
        Some(self.bind(attr, obj, &cls))
    }

    /// Whether the native `attr`, found as `name` on an instance of `cls`, is a
    /// plain function a class statement stored (`isclose = math.isclose`, `f = len`):
    /// CPython's builtin functions are not descriptors, so it stays unbound. The
    /// natives of builtin and native classes are their methods and bind.
    pub(crate) fn stored_builtin_function(&self, cls: &Rc<Class>, name: &str, attr: &Value) -> bool {
        let Value::Builtin(b) = attr else { return false };
        let Some(sig) = b.sig.as_ref().filter(|_| b.bound.is_none()) else { return false };
        let plain = match sig.qual().rsplit_once('.') {
            None => true,
            Some((module, _)) => self.modules.contains_key(module),
        };
        plain
            && std::iter::once(cls)
                .chain(cls.mro.iter())
                .find(|c| c.dict.borrow().get_str(name).is_some())
                .is_some_and(|c| c.kind == ClassKind::Object)
    }

    /// Binds a class attribute found on `cls` to the instance `obj`.
    fn bind(&mut self, attr: Value, obj: &Value, cls: &Rc<Class>) -> Value {
        match &attr {
            Value::Function(_) | Value::Builtin(_) => {
                BoundMethod::value(BoundMethod { func: attr.clone(), receiver: obj.clone() })
            }
            Value::Descriptor(d) => match &**d {
                Descriptor::ClassMethod(f) => {
                    BoundMethod::value(BoundMethod { func: f.clone(), receiver: Value::Class(cls.clone()) })
                }
                Descriptor::StaticMethod(f) => f.clone(),
                _ => attr.clone(),
            },
            _ => attr,
        }
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.get_attr_generic(obj, name, true)
    }

    /// `obj.name`; with `full` false, `object.__getattribute__(obj, name)`: the lookup
    /// without the class's own `__getattribute__` and `__getattr__` (which CPython
    /// calls only after `__getattribute__` failed).
    pub(crate) fn get_attr_generic(&mut self, obj: &Value, name: &str, full: bool) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name, full),
            Value::Class(cls) => self.class_getattr(cls, name, full),
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get_str(name) {
                    return Ok(v.clone());
                }
                if name == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                if name == "__class__" {
                    return Ok(Value::Class(self.type_of(obj)));
                }
                if name == "__annotations__" {
                    return Ok(crate::objects::annotations::own_annotations(self, &m.dict));
                }
                // PEP 562: a module's own `__getattr__` supplies missing attributes.
                let hook = m.dict.borrow().get_str("__getattr__").cloned();
                if let Some(hook) = hook {
                    return self.call_value(hook, vec![Value::str(name)], vec![]);
                }
                let mname = m.name.clone();
                Err(self.attribute_error(format!("module '{mname}' has no attribute '{name}'")))
            }
            Value::Descriptor(d) => {
                if let Descriptor::Super { cls, obj: inner } = &**d {
                    return self.super_getattr(cls, inner, name);
                }
                self.builtin_getattr(obj, name)
            }
            _ => self.builtin_getattr(obj, name),
        }
    }

    /// `obj.name` where `cls` (the type of `obj`) defines `__getattribute__`: that method,
    /// then `__getattr__` when it raises AttributeError.
    fn hooked_getattr(&mut self, obj: &Value, cls: &Rc<Class>, name: &str) -> PyResult<Value> {
        let hook = match self.class_lookup(cls, "__getattribute__") {
            Some(f @ Value::Function(_)) => f,
            _ => return self.get_attr_generic_unhooked(obj, name),
        };
        match self.call_value(hook, vec![obj.clone(), Value::str(name)], vec![]) {
            Err(e) if cls.flags.get() & types::HAS_GETATTR != 0 && self.is_exc(&e, Exc::AttributeError) => {
                match self.class_lookup(cls, "__getattr__") {
                    Some(getattr) => self.call_value(getattr, vec![obj.clone(), Value::str(name)], vec![]),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// `get_attr` for a value whose class's `__getattribute__` is not a language
    /// function: the generic lookup, then `__getattr__`.
    fn get_attr_generic_unhooked(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let cls = self.type_of(obj);
        match self.get_attr_generic(obj, name, false) {
            Err(e) if cls.flags.get() & types::HAS_GETATTR != 0 && self.is_exc(&e, Exc::AttributeError) => {
                match self.class_lookup(&cls, "__getattr__") {
                    Some(getattr) => self.call_value(getattr, vec![obj.clone(), Value::str(name)], vec![]),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    fn instance_getattr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &str, full: bool) -> PyResult<Value> {
        let cls = inst.class.clone();
        if cls.flags.get() & types::HAS_DESCRIPTORS != 0 {
            // (HAS_GETATTRIBUTE comes with HAS_DESCRIPTORS, which keeps this test off the common path.)
            if full && cls.flags.get() & types::HAS_GETATTRIBUTE != 0 {
                return self.hooked_getattr(obj, &cls, name);
            }
            match self.class_lookup(&cls, name) {
                Some(Value::Descriptor(d)) => {
                    if let Descriptor::Property { fget, .. } = &*d {
                        if fget.is_none() {
                            return Err(self
                                .attribute_error(format!("property '{name}' of '{}' object has no getter", cls.name)));
                        }
                        return self.call_value(fget.clone(), vec![obj.clone()], vec![]);
                    }
                }
                // A data descriptor (with __set__ or __delete__) wins over the instance dict.
                Some(desc @ Value::Instance(_))
                    if self.lookup_special(&desc, "__set__").is_some()
                        || self.lookup_special(&desc, "__delete__").is_some() =>
                {
                    return self.descriptor_get(&desc, obj.clone(), &cls);
                }
                _ => {}
            }
        }
        if let Some(v) = inst.dict.borrow().get_str(name) {
            return Ok(v.clone());
        }
        if let Some(attr) = self.class_lookup(&cls, name) {
            if matches!(attr, Value::Instance(_)) && cls.flags.get() & types::HAS_DESCRIPTORS != 0 {
                return self.descriptor_get(&attr, obj.clone(), &cls);
            }
            if self.stored_builtin_function(&cls, name, &attr) {
                return Ok(attr);
            }
            return Ok(self.bind(attr, obj, &cls));
        }
        if let Some(v) = self.special_instance_attr(obj, inst, name) {
            return Ok(v);
        }
        // The data attributes of a builtin subclass's value (`.real`, `.imag`, `.numerator`).
        if let Some(base) = inst.base.clone() {
            if let Value::Module(m) = &base {
                if let Some(v) = m.dict.borrow().get_str(name) {
                    return Ok(v.clone());
                }
            }
            if let Some(v) = crate::objects::attrs::data_attr(self, &base, name)? {
                if name != "__class__" {
                    return Ok(v);
                }
            }
        }
        if full && cls.flags.get() & types::HAS_GETATTR != 0 {
            if let Some(getattr) = self.class_lookup(&cls, "__getattr__") {
                return self.call_value(getattr, vec![obj.clone(), Value::str(name)], vec![]);
            }
        }
        Err(self.attribute_error(format!("'{}' object has no attribute '{name}'", cls.name)))
    }

    /// `desc.__get__(obj, cls)` for a user-defined descriptor, or `desc` itself without `__get__`.
    fn descriptor_get(&mut self, desc: &Value, obj: Value, cls: &Rc<Class>) -> PyResult<Value> {
        match self.lookup_special(desc, "__get__") {
            Some(get) => self.call_value(get, vec![obj, Value::Class(cls.clone())], vec![]),
            None => Ok(desc.clone()),
        }
    }

    /// Attributes every instance has: `__class__`, `__dict__`, and exception fields.
    fn special_instance_attr(&mut self, _obj: &Value, inst: &Rc<Instance>, name: &str) -> Option<Value> {
        match name {
            "__class__" => return Some(Value::Class(inst.class.clone())),
            "__dict__" if inst.class.flags.get() & types::HAS_SLOTS == 0 => {
                return Some(Value::Dict(inst.dict.clone()))
            }
            "__weakref__" if inst.class.flags.get() & types::HAS_SLOTS == 0 || types::slots_include(&inst.class, name) => {
                let addr = Rc::as_ptr(inst) as *const u8 as usize;
                let first = crate::vm::weakref::refs_to(addr).first().map(crate::vm::weakref::visible);
                return Some(first.unwrap_or(Value::None));
            }
            _ => {}
        }
        if name == "__traceback__" {
            return Some(crate::objects::traceback::traceback_of(inst.exc.as_ref()?));
        }
        let exc = inst.exc.as_ref()?.borrow();
        Some(match name {
            "args" => Value::tuple(exc.args.clone()),
            "__cause__" => exc.cause.clone(),
            "__context__" => exc.context.clone(),
            "__suppress_context__" => Value::Bool(exc.suppress_context),
            "value" if self.is_exc(_obj, Exc::StopIteration) => exc.args.first().cloned().unwrap_or(Value::None),
            "exceptions" if self.is_exc(_obj, Exc::BaseExceptionGroup) => exc.args.get(1).cloned().unwrap_or(Value::None),
            "message" if self.is_exc(_obj, Exc::BaseExceptionGroup) => exc.args.first().cloned().unwrap_or(Value::None),
            // An ImportError raised by the import system (not built by its `__init__`).
            "msg" if self.is_exc(_obj, Exc::ImportError) => match exc.args.as_slice() {
                [m] => m.clone(),
                _ => Value::None,
            },
            "name" | "path" if self.is_exc(_obj, Exc::ImportError) => Value::None,
            _ => return None,
        })
    }

    /// `cls.name`: data descriptors of the metaclass, the attributes every class has,
    /// the class's MRO, then the metaclass's other attributes (bound to the class) and
    /// its `__getattr__`.
    fn class_getattr(&mut self, cls: &Rc<Class>, name: &str, full: bool) -> PyResult<Value> {
        let meta_attr = match &cls.meta {
            Some(m) if full && m.flags.get() & types::HAS_GETATTRIBUTE != 0 => {
                let meta = m.clone();
                return self.hooked_getattr(&Value::Class(cls.clone()), &meta, name);
            }
            Some(m) => self.class_lookup(m, name),
            None => None,
        };
        if let Some(ma) = &meta_attr {
            if let Some(v) = self.meta_data_get(ma, cls, name)? {
                return Ok(v);
            }
        }
        if name == "__annotations__" && cls.kind != ClassKind::Builtin {
            return Ok(crate::objects::annotations::own_annotations(self, &cls.dict));
        }
        if let Some(v) = self.class_special_attr(cls, name) {
            return Ok(v);
        }
        if let Some(attr) = self.class_lookup(cls, name) {
            if types::user_descriptor(&attr) {
                if let Some(get) = self.lookup_special(&attr, "__get__") {
                    return self.call_value(get, vec![Value::None, Value::Class(cls.clone())], vec![]);
                }
            }
            return Ok(match &attr {
                Value::Descriptor(d) => match &**d {
                    Descriptor::ClassMethod(f) => BoundMethod::value(BoundMethod {
                        func: f.clone(),
                        receiver: Value::Class(cls.clone()),
                    }),
                    Descriptor::StaticMethod(f) => f.clone(),
                    _ => attr.clone(),
                },
                _ => attr,
            });
        }
        // Attributes of the metaclass (`type`'s methods such as `C.mro()`).
        let meta = self.type_of(&Value::Class(cls.clone()));
        let found = match meta_attr {
            Some(a) => Some(a),
            None if cls.meta.is_none() => self.class_lookup(&meta, name),
            None => None,
        };
        if let Some(attr) = found {
            if types::user_descriptor(&attr) {
                if let Some(get) = self.lookup_special(&attr, "__get__") {
                    return self.call_value(get, vec![Value::Class(cls.clone()), Value::Class(meta)], vec![]);
                }
            }
            return Ok(self.bind(attr, &Value::Class(cls.clone()), &meta));
        }
        if full && cls.meta.is_some() {
            if let Some(getattr @ Value::Function(_)) = self.class_lookup(&meta, "__getattr__") {
                return self.call_value(getattr, vec![Value::Class(cls.clone()), Value::str(name)], vec![]);
            }
        }
        Err(self.attribute_error(format!("type object '{}' has no attribute '{name}'", cls.name)))
    }

    /// A data descriptor found on the metaclass (a property, or an object with `__set__`
    /// or `__delete__`), read for the class `cls`.
    fn meta_data_get(&mut self, attr: &Value, cls: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        match attr {
            Value::Descriptor(d) => {
                if let Descriptor::Property { fget, .. } = &**d {
                    if fget.is_none() {
                        let m = self.type_name(&Value::Class(cls.clone()));
                        return Err(self.attribute_error(format!("property '{name}' of '{m}' object has no getter")));
                    }
                    return self.call_value(fget.clone(), vec![Value::Class(cls.clone())], vec![]).map(Some);
                }
                Ok(None)
            }
            Value::Instance(_)
                if self.lookup_special(attr, "__set__").is_some() || self.lookup_special(attr, "__delete__").is_some() =>
            {
                let meta = self.type_of(&Value::Class(cls.clone()));
                match self.lookup_special(attr, "__get__") {
                    Some(get) => {
                        self.call_value(get, vec![Value::Class(cls.clone()), Value::Class(meta)], vec![]).map(Some)
                    }
                    None => Ok(Some(attr.clone())),
                }
            }
            _ => Ok(None),
        }
    }

    /// The attributes `type` defines for every class (`__name__`, `__mro__`, ...).
    fn class_special_attr(&mut self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        Some(match name {
            "__name__" => Value::str(&cls.current_name()),
            "__qualname__" => Value::str(&cls.current_qualname()),
            "__module__" => match cls.dict.borrow().get_str("__module__") {
                Some(m) => m.clone(),
                None => Value::str(&cls.module),
            },
            "__doc__" => cls.dict.borrow().get_str("__doc__").cloned().unwrap_or(Value::None),
            "__mro__" => {
                let mut items = vec![Value::Class(cls.clone())];
                items.extend(cls.mro.iter().map(|c| Value::Class(c.clone())));
                Value::tuple(items)
            }
            "__bases__" => Value::tuple(cls.bases.iter().map(|c| Value::Class(c.clone())).collect()),
            "__base__" => cls.bases.first().map(|c| Value::Class(c.clone())).unwrap_or(Value::None),
            "__dict__" => {
                // The caller may change the class through its dict.
                self.class_epoch += 1;
                Value::Dict(cls.dict.clone())
            }
            "__class__" => Value::Class(self.type_of(&Value::Class(cls.clone()))),
            _ => return None,
        })
    }

    fn super_getattr(&mut self, cls: &Rc<Class>, obj: &Value, name: &str) -> PyResult<Value> {
        let (start_cls, is_class) = match obj {
            // `super(C, D)` with D a subclass of C; a class that is an instance of a
            // metaclass C (`super().__init__` in a metaclass method) looks in its metaclass.
            Value::Class(c) if crate::vm::exceptions::is_subclass(c, cls) => (c.clone(), true),
            _ => (self.type_of(obj), false),
        };
        if let Some(attr) = super_find(&start_cls, cls, name) {
                return Ok(match &attr {
                    Value::Function(_) | Value::Builtin(_) if !is_class => {
                        BoundMethod::value(BoundMethod { func: attr.clone(), receiver: obj.clone() })
                    }
                    Value::Descriptor(d) => match &**d {
                        Descriptor::ClassMethod(f) => {
                            let recv = if is_class { obj.clone() } else { Value::Class(start_cls.clone()) };
                            BoundMethod::value(BoundMethod { func: f.clone(), receiver: recv })
                        }
                        Descriptor::StaticMethod(f) => f.clone(),
                        Descriptor::Property { fget, .. } if !is_class => {
                            return self.call_value(fget.clone(), vec![obj.clone()], vec![]);
                        }
                        _ => attr.clone(),
                    },
                    // A user descriptor: `__get__(obj, type)`, or `(None, cls)` for a class.
                    Value::Instance(_) => match self.lookup_special(&attr, "__get__") {
                        Some(get) => {
                            let owner = if is_class { obj.clone() } else { Value::Class(start_cls.clone()) };
                            let inst = if is_class { Value::None } else { obj.clone() };
                            return self.call_value(get, vec![inst, owner], vec![]);
                        }
                        None => attr.clone(),
                    },
                    _ => attr,
                });
        }
        Err(self.attribute_error(format!("'super' object has no attribute '{name}'")))
    }

    /// Attributes of builtin values: methods from the type's dict, then a few data attributes.
    fn builtin_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if let Value::Native(n) = obj {
            if let Some(slot) = n.attr_slot() {
                if let Some(v) = native_own_attr(&***n, name) {
                    return Ok(v);
                }
                if name == "__dict__" {
                    return Ok(native_attr_dict(slot));
                }
            }
        }
        let cls = self.type_of(obj);
        if let Some(attr) = self.class_lookup(&cls, name) {
            if let Value::Descriptor(d) = &attr {
                if let Descriptor::Property { fget, .. } = &**d {
                    return self.call_value(fget.clone(), vec![obj.clone()], vec![]);
                }
            }
            return Ok(self.bind(attr, obj, &cls));
        }
        if let Some(v) = crate::objects::attrs::data_attr(self, obj, name)? {
            return Ok(v);
        }
        let t = self.type_name(obj);
        Err(self.attribute_error(format!("'{t}' object has no attribute '{name}'")))
    }

    /// Whether the `__slots__` declared along the MRO allow an attribute
    /// `name` (it is a slot, or one of them is `__dict__`).
    fn slots_allow(&self, cls: &Rc<Class>, name: &str) -> bool {
        let names = |v: &Value, hit: &dyn Fn(&str) -> bool| match v {
            Value::Str(s) => hit(s.as_str()),
            Value::Tuple(t) => t.iter().any(|v| v.as_str().is_some_and(hit)),
            Value::List(l) => l.borrow().iter().any(|v| v.as_str().is_some_and(hit)),
            Value::Dict(d) => d.borrow().keys().any(|v| v.as_str().is_some_and(hit)),
            _ => false,
        };
        std::iter::once(cls).chain(cls.mro.iter()).any(|c| match c.dict.borrow().get_str("__slots__") {
            Some(v) => names(v, &|s| s == "__dict__" || types::slot_is(&c.name, s, name)),
            None => false,
        })
    }

    /// `inst.key = v` for an instance whose class has no data descriptors or
    /// `__setattr__` (the attribute instructions' fast path; `key` is an interned
    /// str): into its dict, when the class's `__slots__` allow the name. Gives `v`
    /// back when they do not, for `set_attr` to raise.
    #[inline(always)]
    pub(crate) fn store_instance_attr(&self, inst: &Instance, key: &Value, v: Value, hint: &Cell<u32>) -> Result<(), Value> {
        if inst.class.flags.get() & types::HAS_SLOTS == 0 {
            inst.dict.borrow_mut().set_key_hinted(key, v, hint);
            return Ok(());
        }
        self.store_slot(inst, key, v, hint)
    }

    /// `store_instance_attr` for a slotted instance: a slot already holding a value
    /// was allowed when it was first set.
    #[inline(never)]
    fn store_slot(&self, inst: &Instance, key: &Value, v: Value, hint: &Cell<u32>) -> Result<(), Value> {
        let mut dict = inst.dict.borrow_mut();
        let allowed = dict.get_key_hinted(key, hint).is_some()
            || key.as_str().is_some_and(|name| self.slots_allow(&inst.class, name));
        if !allowed {
            return Err(v);
        }
        dict.set_key_hinted(key, v, hint);
        Ok(())
    }

    /// The generic attribute store of an instance (what `object.__setattr__` does):
    /// data descriptors and properties first, then exception fields, `__slots__`
    /// and the instance dict.
    pub(crate) fn instance_setattr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &str, v: Value) -> PyResult<()> {
        let cls = inst.class.clone();
        if cls.flags.get() & types::HAS_DESCRIPTORS != 0 {
            if let Some(desc @ Value::Instance(_)) = self.class_lookup(&cls, name) {
                        if let Some(set) = self.lookup_special(&desc, "__set__") {
                            self.call_value(set, vec![obj.clone(), v], vec![])?;
                            return Ok(());
                        }
                    }
                    if let Some(Value::Descriptor(d)) = self.class_lookup(&cls, name) {
                        if let Descriptor::Property { fset, .. } = &*d {
                            if fset.is_none() {
                                return Err(self.attribute_error(format!(
                                    "property '{name}' of '{}' object has no setter",
                                    cls.name
                                )));
                            }
                            self.call_value(fset.clone(), vec![obj.clone(), v], vec![])?;
                            return Ok(());
                        }
                    }
                }
                if let Some(exc) = &inst.exc {
                    let mut e = exc.borrow_mut();
                    match name {
                        "__cause__" => {
                            e.cause = v;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.context = v;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            e.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        "__traceback__" => {
                            drop(e);
                            return crate::objects::traceback::set_traceback(self, exc, &v);
                        }
                        "args" => {
                            drop(e);
                            let items = self.collect_iterable(&v)?;
                            exc.borrow_mut().args = items;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if cls.flags.get() & types::HAS_SLOTS != 0 && !self.slots_allow(&cls, name) {
                    return Err(self.attribute_error(format!("'{}' object has no attribute '{name}'", cls.name)));
                }
        let key = self.intern(name);
        inst.dict.borrow_mut().set_str_value(&key, v);
        Ok(())
    }

    /// `obj.name = v`.
    pub(crate) fn set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                if cls.flags.get() & types::HAS_SETATTR != 0 {
                    if let Some(setattr) = self.class_lookup(&cls, "__setattr__") {
                        if !matches!(setattr, Value::Builtin(_)) {
                            self.call_value(setattr, vec![obj.clone(), Value::str(name), v], vec![])?;
                            return Ok(());
                        }
                    }
                }
                self.instance_setattr(obj, inst, name, v)
            }
            Value::Class(cls) => self.set_class_attr(cls, name, v, true),
            Value::Module(m) => {
                m.dict.borrow_mut().set_str(name, v);
                Ok(())
            }
            Value::Function(func) => crate::objects::functions::set_function_attr(self, func, name, v),
            Value::Cell(cell) => crate::objects::functions::set_cell_attr(self, cell, name, v),
            // The parts of numbers exist but cannot be assigned.
            Value::Complex(_) if matches!(name, "real" | "imag") => Err(self.attribute_error("readonly attribute")),
            Value::Float(_) if matches!(name, "real" | "imag") => {
                Err(self.attribute_error(format!("attribute '{name}' of 'float' objects is not writable")))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                if matches!(name, "real" | "imag" | "numerator" | "denominator") =>
            {
                Err(self.attribute_error(format!("attribute '{name}' of 'int' objects is not writable")))
            }
            Value::Native(_) => {
                // A native type's properties: a setter when it has one, else CPython's getset message.
                let cls = self.type_of(obj);
                if let Some(Value::Descriptor(d)) = self.class_lookup(&cls, name) {
                    if let Descriptor::Property { fset, .. } = &*d {
                        let t = self.type_name(obj);
                        if fset.is_none() {
                            return Err(self.attribute_error(format!("attribute '{name}' of '{t}' objects is not writable")));
                        }
                        self.call_value(fset.clone(), vec![obj.clone(), v], vec![])?;
                        return Ok(());
                    }
                }
                // Native objects with a `__dict__` of their own take any other attribute.
                if let Value::Native(n) = obj {
                    if let Some(slot) = n.attr_slot() {
                        if let Value::Dict(d) = native_attr_dict(slot) {
                            d.borrow_mut().set_str(name, v);
                            return Ok(());
                        }
                    }
                }
                let t = self.type_name(obj);
                Err(self.attribute_error(format!("'{t}' object has no attribute '{name}'")))
            }
            _ => {
                let t = self.type_name(obj);
                Err(self.attribute_error(format!("'{t}' object has no attribute '{name}'")))
            }
        }
    }

    /// `cls.name = v`: through the metaclass's `__setattr__` (when `hook`) or data
    /// descriptor, else into the class's dict.
    pub(crate) fn set_class_attr(&mut self, cls: &Rc<Class>, name: &str, v: Value, hook: bool) -> PyResult<()> {
        if let Some(meta) = cls.meta.clone() {
            if hook {
                if let Some(setattr @ Value::Function(_)) = self.class_lookup(&meta, "__setattr__") {
                    let args = vec![Value::Class(cls.clone()), Value::str(name), v];
                    return crate::objects::metaclass::guarded(self, |i| i.call_value(setattr, args, vec![]).map(|_| ()));
                }
            }
            match self.class_lookup(&meta, name) {
                Some(Value::Descriptor(d)) => {
                    if let Descriptor::Property { fset, .. } = &*d {
                        if fset.is_none() {
                            let m = meta.name.clone();
                            return Err(self.attribute_error(format!("property '{name}' of '{m}' object has no setter")));
                        }
                        self.call_value(fset.clone(), vec![Value::Class(cls.clone()), v], vec![])?;
                        return Ok(());
                    }
                }
                Some(desc @ Value::Instance(_)) => {
                    if let Some(set) = self.lookup_special(&desc, "__set__") {
                        self.call_value(set, vec![Value::Class(cls.clone()), v], vec![])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if cls.kind == ClassKind::Builtin {
            let n = cls.name.clone();
            return Err(self.type_error(format!("cannot set '{name}' attribute of immutable type '{n}'")));
        }
        if name == "__name__" || name == "__qualname__" {
            let Value::Str(s) = &v else {
                let (n, t) = (cls.current_name(), self.type_name(&v));
                return Err(self.type_error(format!("can only assign string to {n}.{name}, not '{t}'")));
            };
            let (mut n, mut q) = (cls.current_name(), cls.current_qualname());
            if name == "__name__" {
                n = s.as_str().into();
            } else {
                q = s.as_str().into();
            }
            *cls.renamed.borrow_mut() = Some((n, q));
            return Ok(());
        }
        let key = self.intern(name);
        let refresh = types::affects_flags(name, &v) || cls.dict.borrow().get_str(name).is_some_and(types::is_descriptor);
        cls.dict.borrow_mut().set_str_value(&key, v);
        if refresh {
            types::refresh_flags(cls);
        }
        self.class_epoch += 1;
        Ok(())
    }

    /// `del obj.name`.
    pub(crate) fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            // A class's own `__delattr__` (object's is the plain deletion below).
            if let Some(hook) = self.class_lookup(&inst.class, "__delattr__") {
                if !matches!(hook, Value::Builtin(_)) {
                    self.call_value(hook, vec![obj.clone(), Value::str(name)], vec![])?;
                    return Ok(());
                }
            }
        }
        self.del_attr_plain(obj, name)
    }

    /// `object.__delattr__`: deletion without consulting a class's `__delattr__`.
    pub(crate) fn del_attr_plain(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                if let Some(desc @ Value::Instance(_)) = self.class_lookup(&inst.class, name) {
                    if let Some(del) = self.lookup_special(&desc, "__delete__") {
                        self.call_value(del, vec![obj.clone()], vec![])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Descriptor(d)) = self.class_lookup(&inst.class, name) {
                    if let Descriptor::Property { fdel, .. } = &*d {
                        if !fdel.is_none() {
                            self.call_value(fdel.clone(), vec![obj.clone()], vec![])?;
                            return Ok(());
                        }
                    }
                }
                inst.dict.borrow_mut().remove_str(name).is_some()
            }
            Value::Class(cls) => {
                if let Some(meta) = &cls.meta {
                    if let Some(hook @ Value::Function(_)) = self.class_lookup(meta, "__delattr__") {
                        let args = vec![obj.clone(), Value::str(name)];
                        return crate::objects::metaclass::guarded(self, |i| i.call_value(hook, args, vec![]).map(|_| ()));
                    }
                    if let Some(Value::Descriptor(d)) = self.class_lookup(meta, name) {
                        if let Descriptor::Property { fdel, .. } = &*d {
                            if fdel.is_none() {
                                let m = meta.name.clone();
                                return Err(self.attribute_error(format!("property '{name}' of '{m}' object has no deleter")));
                            }
                            self.call_value(fdel.clone(), vec![obj.clone()], vec![])?;
                            return Ok(());
                        }
                    }
                }
                let r = cls.dict.borrow_mut().remove_str(name).is_some();
                types::refresh_flags(cls);
                self.class_epoch += 1;
                r
            }
            Value::Module(m) => {
                let removed = m.dict.borrow_mut().remove_str(name).is_some();
                if !removed && name == "__annotations__" {
                    return Err(self.attribute_error("__annotations__"));
                }
                removed
            }
            Value::Function(func) => return crate::objects::functions::del_function_attr(self, func, name),
            Value::Native(n) => match n.attr_slot().map(|s| s.borrow().clone()) {
                Some(Value::Dict(d)) => d.borrow_mut().remove_str(name).is_some(),
                _ => false,
            },
            Value::Cell(cell) => return crate::objects::functions::set_cell_attr(self, cell, name, Value::Undefined),
            _ => false,
        };
        if removed {
            return Ok(());
        }
        let t = self.type_name(obj);
        Err(self.attribute_error(format!("'{t}' object has no attribute '{name}'")))
    }

    /// For `LoadMethod`: an unbound function and its receiver when possible, else the
    /// attribute and `Undefined`.
    #[inline]
    pub(crate) fn load_method(&mut self, obj: &Value, name: &str) -> PyResult<(Value, Value)> {
        match obj {
            Value::Instance(inst) => {
                let cls = &inst.class;
                if cls.flags.get() & types::HAS_DESCRIPTORS == 0 && inst.dict.borrow().get_str(name).is_none() {
                    if let Some(attr) = self.class_lookup(cls, name) {
                        let method = match attr {
                            Value::Function(_) => true,
                            Value::Builtin(_) => !self.stored_builtin_function(cls, name, &attr),
                            _ => false,
                        };
                        if method {
                            return Ok((attr, obj.clone()));
                        }
                    }
                }
            }
            Value::Descriptor(d) => {
                // `super().name(...)` on an instance: the function and the instance, unbound.
                if let Descriptor::Super { cls, obj: inner @ Value::Instance(i) } = &**d {
                    if let Some(func @ Value::Function(_)) = super_find(&i.class, cls, name) {
                        return Ok((func, inner.clone()));
                    }
                }
            }
            Value::Class(_) | Value::Module(_) => {}
            Value::Native(n) if native_own_attr(&***n, name).is_some() => {}
            _ => {
                let cls = self.type_of(obj);
                if let Some(attr @ Value::Builtin(_)) = self.class_lookup(&cls, name) {
                    return Ok((attr, obj.clone()));
                }
            }
        }
        Ok((self.get_attr(obj, name)?, Value::Undefined))
    }
}

/// The dict in a native object's attribute slot, made on first use.
fn native_attr_dict(slot: &std::cell::RefCell<Value>) -> Value {
    let mut v = slot.borrow_mut();
    if !matches!(*v, Value::Dict(_)) {
        *v = Value::dict(crate::vm::dict::Dict::new());
    }
    v.clone()
}

/// What `super(cls, x).name` finds: `name` in the first class after `cls` in the MRO
/// of `start` (x's type, or x itself when it is a class).
fn super_find(start: &Rc<Class>, cls: &Rc<Class>, name: &str) -> Option<Value> {
    let hash = crate::vm::dict::str_hash(name);
    std::iter::once(start)
        .chain(start.mro.iter())
        .skip_while(|c| !Rc::ptr_eq(c, cls))
        .skip(1)
        .find_map(|c| c.dict.borrow().get_str_hashed(name, hash).cloned())
}

impl NativeIter {
    /// Marks the iterator finished; it keeps its type.
    pub fn exhaust(&mut self) {
        let name = iterator_type_name(self);
        *self = NativeIter::Exhausted(name);
    }
}

/// CPython's type name for a builtin iterator.
pub fn iterator_type_name(it: &NativeIter) -> &'static str {
    match it {
        NativeIter::Seq { seq: Value::List(_), .. } => "list_iterator",
        NativeIter::Seq { seq: Value::Tuple(_), .. } => "tuple_iterator",
        NativeIter::Seq { seq: Value::Str(s), .. } if s.is_ascii() => "str_ascii_iterator",
        NativeIter::Seq { seq: Value::Str(_), .. } => "str_iterator",
        NativeIter::Seq { seq: Value::Bytes(_), .. } => "bytes_iterator",
        NativeIter::Seq { seq: Value::ByteArray(_), .. } => "bytearray_iterator",
        NativeIter::Seq { seq: Value::MemoryView(_), .. } => "memory_iterator",
        NativeIter::Seq { .. } => "iterator",
        NativeIter::Range { .. } => "range_iterator",
        NativeIter::DictIter { kind: DictViewKind::Keys, .. } => "dict_keyiterator",
        NativeIter::DictIter { kind: DictViewKind::Values, .. } => "dict_valueiterator",
        NativeIter::DictIter { kind: DictViewKind::Items, .. } => "dict_itemiterator",
        NativeIter::Enumerate { .. } => "enumerate",
        NativeIter::Zip { .. } => "zip",
        NativeIter::Map { .. } => "map",
        NativeIter::Filter { .. } => "filter",
        NativeIter::Reversed { .. } => "list_reverseiterator",
        NativeIter::Values { .. } => "set_iterator",
        NativeIter::Callable { .. } => "callable_iterator",
        NativeIter::Exhausted(name) => name,
    }
}
