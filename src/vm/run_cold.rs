//! The less frequent instructions, kept out of the hot dispatch loop so that
//! its code stays small: containers, unpacking, formatting, `with`, async
//! protocols, imports and the pattern tests of `match` statements.

use crate::vm::types::Exc;
use crate::compile::bytecode::{call_ex, Instr};
use crate::vm::frame::{Block, Frame};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::rc::Rc;

impl Interp {
    /// Executes one cold instruction; `Some` when the Rust-started base frame finished.
    #[inline(never)]
    pub(crate) fn exec_cold(&mut self, f: &mut Box<Frame>, instr: Instr) -> PyResult<Option<Outcome>> {
        match instr {
            Instr::Rot4 => {
                let v = f.pop();
                let n = f.slots.len();
                f.slots.insert(n - 3, v);
            }
            Instr::DeleteFast(i) => {
                if let Value::Undefined = f.slots[i as usize] {
                    let name = f.code.varnames[i as usize].clone();
                    return Err(self.new_error(
                        Exc::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                f.slots[i as usize] = Value::Undefined;
                crate::vm::safepoint::run(self);
            }
            Instr::DeleteDeref(i) => {
                *f.cells[i as usize].borrow_mut() = Value::Undefined;
                crate::vm::safepoint::run(self);
            }
            Instr::LoadClosure(i) => {
                let c = f.cells[i as usize].clone();
                f.push(Value::Cell(c));
            }
            Instr::LoadClassDeref { name, cell } => {
                let key = f.code.names[name as usize].clone();
                let found = match f.mapping.as_deref().cloned() {
                    Some(m) => self.mapping_get(&m, &key)?,
                    None => f.namespace.as_ref().and_then(|ns| ns.borrow().get_str(&key).cloned()),
                };
                let v = match found {
                    Some(v) => v,
                    None => {
                        let v = f.cells[cell as usize].borrow().clone();
                        if let Value::Undefined = v {
                            return Err(self.unbound_deref(f, cell as u32));
                        }
                        v
                    }
                };
                f.push(v);
            }
            Instr::DeleteGlobal(i) => {
                let name = f.code.names[i as usize].clone();
                if f.globals.borrow_mut().remove_str(&name).is_none() {
                    return Err(self.new_error(Exc::NameError, format!("name '{name}' is not defined")));
                }
                crate::vm::safepoint::run(self);
            }
            Instr::DeleteName(i) => {
                let name = f.code.names[i as usize].clone();
                if let Some(m) = f.mapping.as_deref().cloned() {
                    let key = self.intern(&name);
                    if let Err(e) = self.del_item(&m, &key) {
                        if self.is_exc(&e, Exc::KeyError) {
                            return Err(self.new_error(Exc::NameError, format!("name '{name}' is not defined")));
                        }
                        return Err(e);
                    }
                    drop(m);
                    crate::vm::safepoint::run(self);
                    return Ok(None);
                }
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                if ns.borrow_mut().remove_str(&name).is_none() {
                    return Err(self.new_error(Exc::NameError, format!("name '{name}' is not defined")));
                }
                crate::vm::safepoint::run(self);
            }
            Instr::DeleteAttr(i) => {
                let obj = f.pop();
                let name = f.code.names[i as usize].clone();
                self.del_attr(&obj, &name)?;
                drop(obj);
                crate::vm::safepoint::run(self);
            }
            Instr::DeleteSubscr => {
                let k = f.pop();
                let c = f.pop();
                self.del_item(&c, &k)?;
                drop((c, k));
                crate::vm::safepoint::run(self);
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { f.pop() } else { Value::None };
                let stop = f.pop();
                let start = f.pop();
                f.push(Value::Slice(Rc::new(SliceObj { start, stop, step })));
            }
            Instr::BuildSet(n) => {
                let items = f.pop_n(n as usize);
                let set = self.set_from_values(items)?;
                f.push(Value::set(set));
            }
            Instr::BuildMap(n) => {
                let items = f.pop_n(2 * n as usize);
                let d = std::cell::RefCell::new(crate::vm::dict::Dict::new());
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    let k = self.hash_key(k)?;
                    self.dict_set(&d, k, v)?;
                }
                f.push(Value::dict(d.into_inner()));
            }
            Instr::SetAdd(i) => {
                let v = f.pop();
                let k = self.hash_key(v)?;
                if let Value::Set(s) = f.peek(i as usize - 1).clone() {
                    self.set_add(&s, k)?;
                }
            }
            Instr::ListExtend(i) => {
                let it = f.pop();
                let items = match self.collect_iterable(&it) {
                    Err(_) if !self.is_iterable(&it) => {
                        let t = self.type_name(&it);
                        return Err(self.type_error(format!("Value after * must be an iterable, not {t}")));
                    }
                    r => r?,
                };
                if let Value::List(l) = f.peek(i as usize - 1) {
                    l.borrow_mut().extend(items);
                }
            }
            Instr::SetUpdate(i) => {
                let it = f.pop();
                let items = self.collect_iterable(&it)?;
                let target = f.peek(i as usize - 1).clone();
                for item in items {
                    let k = self.hash_key(item)?;
                    if let Value::Set(s) = &target {
                        self.set_add(s, k)?;
                    }
                }
            }
            Instr::DictUpdate(i) => {
                let m = f.pop();
                let target = f.peek(i as usize - 1).clone();
                self.dict_update_from(&target, &m, None)?;
            }
            Instr::DictMerge(i) => {
                // `f(**m)`: below the keyword dict are the positional arguments, then f.
                let m = f.pop();
                let target = f.peek(i as usize - 1).clone();
                let callee = f.peek(i as usize + 1).clone();
                self.dict_update_from(&target, &m, Some(&callee))?;
            }
            Instr::ListToTuple => {
                let l = f.pop();
                let items = match &l {
                    Value::List(l) => l.borrow().clone(),
                    _ => vec![],
                };
                f.push(Value::tuple(items));
            }
            Instr::UnpackEx { before, after } => {
                let seq = f.pop();
                let items = self.collect_iterable(&seq)?;
                let (before, after) = (before as usize, after as usize);
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for item in tail.into_iter().rev() {
                    f.push(item);
                }
                f.push(Value::list(middle));
                for item in items.into_iter().rev() {
                    f.push(item);
                }
            }
            Instr::CallEx(flags) => {
                let kwargs = if flags & call_ex::KWARGS != 0 { f.pop() } else { Value::None };
                let args = f.pop();
                let callee = f.pop();
                let args = self.star_args(&callee, args)?;
                let kwargs = self.kwargs_from_dict(&kwargs)?;
                self.call_in_loop(f, callee, args, kwargs)?;
            }
            Instr::LoadBuildClass => {
                let v = self.builtins.borrow().get_str("__build_class__").cloned().unwrap_or(Value::None);
                f.push(v);
            }
            Instr::SetupAnnotations => {
                // A class body whose namespace is the mapping `__prepare__` returned.
                if let Some(mapping) = f.mapping.as_deref().cloned() {
                    let key = self.intern("__annotations__");
                    if !self.contains(&mapping, &key)? {
                        self.set_item(&mapping, key, Value::dict(Default::default()))?;
                    }
                    return Ok(None);
                }
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                if ns.borrow().get_str("__annotations__").is_none() {
                    let key = self.intern("__annotations__");
                    ns.borrow_mut().set_str_value(&key, Value::dict(Default::default()));
                }
            }
            Instr::BeforeWith => {
                let mgr = f.pop();
                let (enter, exit) = self.context_manager(&mgr, "__enter__", "__exit__", "")?;
                f.push(exit);
                let r = self.call_value(enter, vec![], vec![])?;
                f.push(r);
            }
            Instr::ExitWith => {
                let exit = f.pop();
                // What died in the block is finalized inside it (a warning about
                // a coroutine never awaited meets the block's warning filters).
                if crate::vm::safepoint::pending() {
                    crate::vm::safepoint::run(self);
                }
                self.call_value(exit, vec![Value::None, Value::None, Value::None], vec![])?;
            }
            Instr::WithExceptStart => {
                let exc = f.peek(0).clone();
                let exit = f.peek(1).clone();
                let typ = match &exc {
                    Value::Instance(i) => Value::Class(i.class.clone()),
                    _ => Value::None,
                };
                // Called as a frame of this one, so that `__exit__` sees the exception as
                // the one being handled (`sys.exc_info()`, `__context__` of new ones).
                let tb = crate::vm::exceptions::exc_data(&exc).map_or(Value::None, crate::objects::traceback::traceback_of);
                self.call_in_loop(f, exit, vec![typ, exc, tb], vec![])?;
            }
            Instr::LoadAssertionError => {
                f.push(Value::Class(self.types.exc(Exc::AssertionError)));
            }
            Instr::GetYieldFromIter => {
                let v = f.pop();
                let it = match &v {
                    Value::Generator(g) if g.kind == GenKind::Coroutine => {
                        if f.code.flags & crate::compile::bytecode::flags::COROUTINE == 0 {
                            return Err(
                                self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator")
                            );
                        }
                        v.clone()
                    }
                    Value::Generator(_) => v.clone(),
                    _ => self.get_iter(&v)?,
                };
                f.push(it);
            }
            Instr::GetAwaitable(site) => {
                let v = f.pop();
                let a = self.get_awaitable_at(&v, site)?;
                f.push(a);
            }
            Instr::BeforeAsyncWith => {
                let mgr = f.pop();
                let (aenter, aexit) = self.context_manager(&mgr, "__aenter__", "__aexit__", "asynchronous ")?;
                f.push(aexit);
                let r = self.call_value(aenter, vec![], vec![])?;
                f.push(r);
            }
            Instr::GetAIter => {
                let v = f.pop();
                let it = self.get_aiter(&v)?;
                f.push(it);
            }
            Instr::GetANext => {
                let it = f.top().clone();
                let a = self.get_anext(&it)?;
                f.push(a);
            }
            Instr::EndAsyncFor(target) => {
                let exc = f.pop();
                if self.is_exc(&exc, Exc::StopAsyncIteration) {
                    if let Some(Block::InHandler { prev }) = f.blocks.pop() {
                        f.handled = prev;
                    }
                    f.pop_discard();
                    f.pc = target as usize;
                } else {
                    return Err(exc);
                }
            }
            Instr::ImportName(i) => {
                let fromlist = f.pop();
                let level = f.pop();
                let name = f.code.names[i as usize].clone();
                let m = self.import_name(f, &name, &fromlist, &level)?;
                f.push(m);
            }
            Instr::ImportFrom(i) => {
                let module = f.top().clone();
                let name = f.code.names[i as usize].clone();
                let v = self.import_from(&module, &name)?;
                f.push(v);
            }
            Instr::ImportStar => {
                let module = f.pop();
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                self.import_star(&module, &ns)?;
            }
            Instr::PrintExpr => {
                let v = f.pop();
                let hook = match self.modules.get("sys") {
                    Some(Value::Module(m)) => m.dict.borrow().get_str("displayhook").cloned(),
                    _ => None,
                };
                let Some(hook) = hook else { return Err(self.runtime_error("lost sys.displayhook")) };
                self.call_value(hook, vec![v], vec![])?;
            }
            Instr::MatchSequence => {
                let r = self.match_sequence(f.top());
                f.push(Value::Bool(r));
            }
            Instr::MatchMapping => {
                let r = self.match_mapping(f.top());
                f.push(Value::Bool(r));
            }
            Instr::GetLen => {
                let v = f.top().clone();
                let n = self.len_of(&v)?;
                f.push(Value::Int(n as i64));
            }
            Instr::MatchKeys => {
                let keys = f.peek(0).clone();
                let subj = f.peek(1).clone();
                let values = self.match_keys(&subj, &keys)?;
                f.push(values);
            }
            Instr::CopyDictWithout => {
                let keys = f.pop();
                let subj = f.pop();
                let rest = self.copy_dict_without(&subj, &keys)?;
                f.push(rest);
            }
            Instr::MatchClass(nargs) => {
                let names = f.pop();
                let cls = f.pop();
                let subj = f.pop();
                let attrs = self.match_class(&subj, &cls, &names, nargs as usize)?;
                f.push(attrs);
            }
            Instr::RotN(n) => {
                let v = f.pop();
                let at = f.slots.len().saturating_sub((n as usize).saturating_sub(1));
                f.slots.insert(at, v);
            }

            // Run by the dispatch loop in `run_inner`, which never hands them here. Listed
            // so that this match stays exhaustive: a new opcode must be handled somewhere.
            Instr::Nop
            | Instr::Pop
            | Instr::Dup
            | Instr::DupTwo
            | Instr::Rot2
            | Instr::Rot3
            | Instr::LoadConst(_)
            | Instr::LoadFast(_)
            | Instr::StoreFast(_)
            | Instr::LoadDeref(_)
            | Instr::StoreDeref(_)
            | Instr::LoadGlobal(_)
            | Instr::StoreGlobal(_)
            | Instr::LoadName(_)
            | Instr::StoreName(_)
            | Instr::LoadAttr(_)
            | Instr::StoreAttr(_)
            | Instr::LoadMethod(_)
            | Instr::BinarySubscr
            | Instr::StoreSubscr
            | Instr::BinaryOp(_)
            | Instr::InplaceOp(_)
            | Instr::UnaryOp(_)
            | Instr::CompareOp(_)
            | Instr::LoadFastFast(..)
            | Instr::LoadFastConst(..)
            | Instr::LoadFastAttr(..)
            | Instr::FastConstOp(..)
            | Instr::FastFastOp(..)
            | Instr::FastConstCmp(..)
            | Instr::ConstOp(..)
            | Instr::ConstCmp(..)
            | Instr::StoreFastLoadFast(..)
            | Instr::FastStoreAttr(..)
            | Instr::StoreAttrOfFast(..)
            | Instr::ReturnFast(_)
            | Instr::ReturnConst(_)
            | Instr::BuildTuple(_)
            | Instr::BuildList(_)
            | Instr::BuildString(_)
            | Instr::ListAppend(_)
            | Instr::MapAdd(_)
            | Instr::UnpackSequence(_)
            | Instr::FormatValue(_)
            | Instr::Jump(_)
            | Instr::PopJumpIfFalse(_)
            | Instr::PopJumpIfTrue(_)
            | Instr::JumpIfFalseOrPop(_)
            | Instr::JumpIfTrueOrPop(_)
            | Instr::GetIter
            | Instr::ForIter(_)
            | Instr::MakeFunction(_)
            | Instr::Call(_)
            | Instr::CallKw(_)
            | Instr::CallMethod(_)
            | Instr::CallMethodKw(_)
            | Instr::Return
            | Instr::SetupExcept(_)
            | Instr::PopBlock
            | Instr::PopExcept
            | Instr::CheckExcMatch
            | Instr::Raise(_)
            | Instr::Reraise
            | Instr::YieldValue
            | Instr::YieldFrom => return Err(self.hot_opcode_in_cold_path(instr)),
        }
        Ok(None)
    }

    /// The error for an opcode of the dispatch loop that reached `exec_cold`: an
    /// interpreter bug, reported as an exception rather than a panic.
    #[cold]
    /// `mapping[name]` for a class body with a custom namespace; None on KeyError.
    pub(crate) fn mapping_get(&mut self, m: &Value, name: &str) -> PyResult<Option<Value>> {
        let key = self.intern(name);
        match self.get_item(m, &key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_exc(&e, Exc::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `LoadName` in a class body with a custom namespace: the mapping, then globals
    /// and builtins.
    #[inline(never)]
    pub(crate) fn load_from_mapping(&mut self, f: &mut Box<Frame>, i: u32) -> PyResult<Value> {
        let m = f.mapping.as_deref().cloned().unwrap_or(Value::None);
        let name = f.code.names[i as usize].clone();
        match self.mapping_get(&m, &name)? {
            Some(v) => Ok(v),
            None => self.load_global(f, i),
        }
    }

    fn hot_opcode_in_cold_path(&mut self, instr: Instr) -> Value {
        self.new_error(Exc::SystemError, format!("opcode {instr:?} reached the cold path"))
    }
}

impl Interp {
    /// The bound enter and exit methods of a `with` (or `async with`) manager,
    /// or CPython's TypeError naming what it lacks.
    fn context_manager(&mut self, mgr: &Value, enter: &str, exit: &str, kind: &str) -> PyResult<(Value, Value)> {
        let Some(enter) = self.lookup_special(mgr, enter) else {
            let t = self.type_name(mgr);
            return Err(self.type_error(format!("'{t}' object does not support the {kind}context manager protocol")));
        };
        let Some(exit_method) = self.lookup_special(mgr, exit) else {
            let t = self.type_name(mgr);
            let msg = format!("'{t}' object does not support the {kind}context manager protocol (missed {exit} method)");
            return Err(self.type_error(msg));
        };
        Ok((enter, exit_method))
    }
}
