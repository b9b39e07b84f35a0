//! The dispatch loop. Calls, returns, yields and exceptions between language
//! frames never recurse on the Rust stack: the running frame is swapped with
//! its caller on `self.frames`. Rust re-enters the loop only through
//! `run_frame`, whose base frame hands its outcome back to Rust.

use crate::vm::types::Exc;
use crate::compile::bytecode::{format_value, make_function, raise, Code, Instr};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::frame::{Block, Frame, ReturnTo};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// How a frame started from Rust stopped.
pub enum Outcome {
    Return(Value),
    Yield(Value),
}

/// Maximum nesting of dispatch loops started from Rust (builtins calling back into the language).
pub(crate) const MAX_NATIVE_DEPTH: usize = 400;

impl Interp {
    /// Runs a frame whose `return_to` is `Native` until it returns, and gives its value.
    pub(crate) fn run_frame(&mut self, f: Box<Frame>) -> PyResult<Value> {
        match self.execute(f)? {
            Outcome::Return(v) | Outcome::Yield(v) => Ok(v),
        }
    }

    /// Runs a frame started from Rust until it returns or (for a generator frame) yields.
    pub(crate) fn execute(&mut self, f: Box<Frame>) -> PyResult<Outcome> {
        self.execute_from(f, None)
    }

    /// Runs a frame from Rust after raising `exc` at its current instruction.
    pub(crate) fn execute_with_exception(&mut self, f: Box<Frame>, exc: Value) -> PyResult<Outcome> {
        self.execute_from(f, Some(exc))
    }

    fn execute_from(&mut self, mut f: Box<Frame>, mut pending: Option<Value>) -> PyResult<Outcome> {
        if self.native_depth >= MAX_NATIVE_DEPTH
            || self.frames.len() + 1 >= self.recursion_limit
            || crate::vm::stack_guard::exhausted()
        {
            self.suspend_or_drop(f, true);
            return Err(self.recursion_error());
        }
        self.limits.fuel -= 1;
        if self.limits.fuel < 0 {
            if let Some(e) = self.check_limits() {
                self.suspend_or_drop(f, true);
                return Err(e);
            }
        }
        f.return_to = ReturnTo::Native;
        self.native_depth += 1;
        let base = self.frames.len();
        // The running frame is swapped in and out of this one box, so its
        // address names the loop's running frame until the loop ends.
        self.loops.push((&f as *const Box<Frame>, base));
        let result = loop {
            if let Some(exc) = pending.take() {
                // Raised at the suspension point: the traceback names the yield's line.
                let r = self.unwind(&mut f, exc);
                if let Err(exc) = r {
                    break Err(exc);
                }
            }
            match self.run_inner(&mut f) {
                Ok(outcome) => break Ok(outcome),
                Err(exc) => {
                    if let Err(exc) = self.unwind(&mut f, exc) {
                        break Err(exc);
                    }
                }
            }
        };
        debug_assert_eq!(self.frames.len(), base);
        self.loops.pop();
        self.native_depth -= 1;
        match &result {
            Ok(Outcome::Yield(_)) => self.suspend_or_drop(f, false),
            _ => self.suspend_or_drop(f, true),
        }
        result
    }

    /// Puts a generator frame back into its generator, or recycles a finished frame.
    fn suspend_or_drop(&mut self, f: Box<Frame>, finished: bool) {
        if let Some(gen) = f.generator.as_ref().and_then(|g| g.upgrade()) {
            gen.running.set(false);
            if finished {
                gen.finished.set(true);
            } else {
                *gen.frame.borrow_mut() = Some(f);
                return;
            }
        }
        self.recycle_frame(f);
    }

    /// The exception being handled by the running frame or its callers
    /// (through native calls too, as CPython's per-thread state does).
    pub(crate) fn current_handled(&self, f: &Frame) -> Value {
        if !f.handled.is_none() {
            return f.handled.clone();
        }
        if self.loops.len() <= 1 {
            for fr in self.frames.iter().rev() {
                if !fr.handled.is_none() {
                    return fr.handled.clone();
                }
            }
            return Value::None;
        }
        for &fr in self.frame_chain(Some(f)).iter().skip(1) {
            // SAFETY: `frame_chain` gives frames that stay put while this runs.
            let fr = unsafe { &*fr };
            if !fr.handled.is_none() {
                return fr.handled.clone();
            }
        }
        Value::None
    }

    /// The language frames from the running one (`current`, or the innermost
    /// loop's when None) out to the first: each dispatch loop's suspended
    /// callers, then the frame that called into Rust to start the loop, and
    /// so on outwards — what `f_back` follows, as CPython links frames across
    /// calls through C. The pointers are valid until the VM runs again.
    pub(crate) fn frame_chain(&self, current: Option<&Frame>) -> Vec<*const Frame> {
        let mut chain: Vec<*const Frame> = Vec::with_capacity(self.frames.len() + self.loops.len() + 1);
        let mut top = self.frames.len();
        for (i, &(held, base)) in self.loops.iter().enumerate().rev() {
            let running: *const Frame = match current {
                Some(f) if i + 1 == self.loops.len() => f,
                // SAFETY: `held` points at the running-frame box of a dispatch loop
                // that is still active (popped before that loop returns); the loop
                // is suspended in a call into Rust and does not touch it meanwhile.
                _ => unsafe { &**held as *const Frame },
            };
            chain.push(running);
            let base = base.min(top);
            chain.extend(self.frames[base..top].iter().rev().map(|f| &**f as *const Frame));
            top = base;
        }
        if self.loops.is_empty() {
            if let Some(f) = current {
                chain.push(f);
            }
        }
        chain.extend(self.frames[..top].iter().rev().map(|f| &**f as *const Frame));
        chain
    }

    /// Finds a handler for `exc` in `f` or its callers (down to the Rust-started base).
    /// On success `f` is the frame to continue in; otherwise the exception escapes the base.
    fn unwind(&mut self, f: &mut Box<Frame>, exc: Value) -> Result<(), Value> {
        // Chain the exception being handled as the context of a new one.
        if let Some(data) = crate::vm::exceptions::exc_data(&exc) {
            let handled = self.current_handled(f);
            let mut d = data.borrow_mut();
            if d.context.is_none() && !handled.is_none() && !handled.is(&exc) {
                d.context = handled;
            }
        }
        let mut exc = exc;
        loop {
            if let Some(data) = crate::vm::exceptions::exc_data(&exc) {
                let mut d = data.borrow_mut();
                if d.traceback.last().map(|t| t.frame_id) != Some(f.id) {
                    let (code, pc, frame_id, globals) = (f.code.clone(), f.pc.saturating_sub(1) as u32, f.id, f.globals.clone());
                    d.traceback.push(crate::vm::object::TbEntry { code, pc, frame_id, globals });
                }
            }
            while let Some(block) = f.blocks.pop() {
                match block {
                    // A crossed host limit is uncatchable: skip except/finally/with handlers.
                    Block::Except { .. } if self.limits.tripped.is_some() => {}
                    Block::Except { handler, depth } => {
                        f.slots.truncate(f.nlocals + depth as usize);
                        let prev = std::mem::replace(&mut f.handled, exc.clone());
                        f.blocks.push(Block::InHandler { prev });
                        f.push(exc);
                        f.pc = handler as usize;
                        return Ok(());
                    }
                    Block::InHandler { prev } => f.handled = prev,
                }
            }
            // No handler here: the frame is finished.
            if let Some(gen) = f.generator.as_ref().and_then(|g| g.upgrade()) {
                gen.running.set(false);
                gen.finished.set(true);
                if self.is_exc(&exc, Exc::StopIteration)
                    || (gen.kind == GenKind::AsyncGenerator && self.is_exc(&exc, Exc::StopAsyncIteration))
                {
                    let what = match gen.kind {
                        GenKind::Generator => "generator raised StopIteration",
                        GenKind::Coroutine => "coroutine raised StopIteration",
                        GenKind::AsyncGenerator => "async generator raised StopAsyncIteration",
                    };
                    let new = self.runtime_error(what);
                    if let Some(d) = crate::vm::exceptions::exc_data(&new) {
                        d.borrow_mut().cause = exc.clone();
                        d.borrow_mut().context = exc.clone();
                    }
                    exc = new;
                }
            }
            if let ReturnTo::Native = f.return_to {
                return Err(exc);
            }
            let caller = self.frames.pop().expect("caller frame");
            let dead = std::mem::replace(f, caller);
            self.recycle_frame(dead);
        }
    }

    /// Pushes `callee` as the running frame, with the current one as its caller.
    #[inline(always)]
    pub(crate) fn push_frame(&mut self, f: &mut Box<Frame>, callee: Box<Frame>) -> PyResult<()> {
        self.limits.fuel -= 1;
        if self.frames.len() + 1 >= self.recursion_limit || self.limits.fuel < 0 {
            return self.push_frame_checked(f, callee);
        }
        let caller = std::mem::replace(f, callee);
        crate::vm::frame::push_fast(&mut self.frames, caller);
        Ok(())
    }

    /// `push_frame` when the depth or a host limit needs checking.
    #[inline(never)]
    fn push_frame_checked(&mut self, f: &mut Box<Frame>, callee: Box<Frame>) -> PyResult<()> {
        // The running frame counts too: `frames` holds only its callers.
        if self.frames.len() + 1 >= self.recursion_limit {
            self.recycle_frame(callee);
            return Err(self.recursion_error());
        }
        if let Some(e) = self.check_limits() {
            self.recycle_frame(callee);
            return Err(e);
        }
        let caller = std::mem::replace(f, callee);
        self.frames.push(caller);
        Ok(())
    }

    /// Delivers a frame's return value to its caller. Returns `Some` when the frame was
    /// started from Rust.
    #[inline]
    fn do_return(&mut self, f: &mut Box<Frame>, v: Value) -> PyResult<Option<Outcome>> {
        if f.generator.is_none() && matches!(f.return_to, ReturnTo::Caller) {
            // The common case: a plain call returns its value to the calling frame.
            self.resume_caller(f);
            f.push(v);
            return Ok(None);
        }
        if let Some(gen) = f.generator.as_ref().and_then(|g| g.upgrade()) {
            gen.running.set(false);
            gen.finished.set(true);
        }
        let return_to = std::mem::replace(&mut f.return_to, ReturnTo::Caller);
        match return_to {
            ReturnTo::Native => {
                f.return_to = ReturnTo::Native;
                return Ok(Some(Outcome::Return(v)));
            }
            _ => self.resume_caller(f),
        }
        match return_to {
            ReturnTo::Caller => f.push(v),
            ReturnTo::Init(obj) => {
                if !v.is_none() {
                    let t = self.type_name(&v);
                    return Err(self.type_error(format!("__init__() should return None, not '{t}'")));
                }
                f.push(obj);
            }
            ReturnTo::ForIter => {
                f.pop_discard();
                if let Instr::ForIter(target) = f.code.instrs[f.pc - 1] {
                    f.pc = target as usize;
                }
            }
            ReturnTo::YieldFrom => {
                f.pop_discard();
                f.push(v);
            }
            ReturnTo::Native => {}
        }
        Ok(None)
    }

    /// Makes the caller of the finished frame `f` the running frame again.
    #[inline(always)]
    fn resume_caller(&mut self, f: &mut Box<Frame>) {
        let caller = self.frames.pop().expect("caller frame");
        let dead = std::mem::replace(f, caller);
        self.recycle_frame(dead);
    }

    /// Suspends generator frames up the delegation chain after a yield of `v`.
    fn do_yield(&mut self, f: &mut Box<Frame>, v: Value) -> PyResult<Option<Outcome>> {
        loop {
            match f.return_to {
                ReturnTo::Native => return Ok(Some(Outcome::Yield(v))),
                ReturnTo::ForIter => {
                    self.suspend_top(f);
                    f.push(v);
                    return Ok(None);
                }
                ReturnTo::YieldFrom => {
                    self.suspend_top(f);
                    f.pc -= 1;
                }
                _ => return Err(self.runtime_error("yield from a frame that is not a generator")),
            }
        }
    }

    /// Moves the running generator frame back into its generator and resumes its caller.
    fn suspend_top(&mut self, f: &mut Box<Frame>) {
        let caller = self.frames.pop().expect("caller frame");
        let me = std::mem::replace(f, caller);
        if let Some(gen) = me.generator.as_ref().and_then(|g| g.upgrade()) {
            gen.running.set(false);
            *gen.frame.borrow_mut() = Some(me);
        }
    }

    /// Resumes generator `gen` as the running frame with `sent` (or starts it).
    pub(crate) fn resume_generator_in_loop(
        &mut self,
        f: &mut Box<Frame>,
        gen: &Rc<Generator>,
        sent: Value,
        return_to: ReturnTo,
    ) -> PyResult<()> {
        let mut g = self.take_generator_frame(gen, &sent)?;
        g.return_to = return_to;
        if gen.started.replace(true) {
            g.push(sent);
        }
        gen.running.set(true);
        self.push_frame(f, g)
    }

    /// Takes a generator's suspended frame, with CPython's errors when it cannot run.
    pub(crate) fn take_generator_frame(&mut self, gen: &Rc<Generator>, sent: &Value) -> PyResult<Box<Frame>> {
        if gen.running.get() {
            let what = match gen.kind {
                GenKind::Coroutine => "coroutine already executing",
                GenKind::AsyncGenerator => "anext(): asynchronous generator is already running",
                GenKind::Generator => "generator already executing",
            };
            return Err(self.value_error(what));
        }
        if !gen.started.get() && !sent.is_none() {
            let what = match gen.kind {
                GenKind::Coroutine => "can't send non-None value to a just-started coroutine",
                GenKind::AsyncGenerator => "can't send non-None value to a just-started async generator",
                GenKind::Generator => "can't send non-None value to a just-started generator",
            };
            return Err(self.type_error(what));
        }
        let frame = gen.frame.borrow_mut().take();
        match frame {
            Some(fr) => Ok(fr),
            None => {
                if gen.kind == GenKind::Coroutine {
                    Err(self.runtime_error("cannot reuse already awaited coroutine"))
                } else {
                    Err(self.stop_iteration(Value::None))
                }
            }
        }
    }

    /// Executes instructions of `f` (switching frames on calls and returns) until the
    /// Rust-started base frame returns or yields, or an exception is raised.
    fn run_inner(&mut self, f: &mut Box<Frame>) -> PyResult<Outcome> {
        // The outer loop runs once per frame switch, so the instruction slice of the
        // running code stays in a register in the inner loop.
        'frame: loop {
            // SAFETY: the running frame holds its `Rc<Code>` and never changes it while it
            // runs; every switch of the running frame (call, return, yield, unwind) leaves
            // this loop through `continue 'frame` or a return, so the reference is never
            // used after the frame that keeps the code alive stops running.
            let code: &Code = unsafe { &*Rc::as_ptr(&f.code) };
            let instrs: &[Instr] = &code.instrs;
            if code.name_keys.get().is_none() {
                self.name_key(code, 0);
            }
            let keys: &[Value] = code.name_keys.get().map(|k| k.as_slice()).unwrap_or(&[]);
            loop {
                debug_assert!(f.pc < instrs.len());
                // SAFETY: every code object ends in a Return and every jump target is an
                // index the compiler produced from the same code, so pc stays in range.
                let instr = unsafe { *instrs.get_unchecked(f.pc) };
                f.pc += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::Pop => {
                        f.pop_discard();
                    }
                    Instr::Dup => {
                        let v = f.top().clone();
                        f.push(v);
                    }
                    Instr::DupTwo => {
                        let a = f.peek(1).clone();
                        let b = f.peek(0).clone();
                        f.push(a);
                        f.push(b);
                    }
                    Instr::Rot2 => {
                        let n = f.slots.len();
                        f.slots.swap(n - 1, n - 2);
                    }
                    Instr::Rot3 => {
                        let v = f.pop();
                        let n = f.slots.len();
                        f.slots.insert(n - 2, v);
                    }
                    Instr::LoadConst(i) => {
                        let v = f.code.consts[i as usize].fast_clone();
                        f.push(v);
                    }
                    Instr::LoadFast(i) => {
                        let v = self.load_local(f, i)?;
                        f.push(v);
                    }
                    Instr::StoreFast(i) => {
                        let v = f.pop();
                        f.store_local(i as usize, v);
                    }
                    Instr::LoadFastFast(a, b) => {
                        let v = self.load_local(f, a)?;
                        f.push(v);
                        skip_fused(f, instr);
                        let v = self.load_local(f, b)?;
                        f.push(v);
                    }
                    Instr::LoadFastConst(a, c) => {
                        let v = self.load_local(f, a)?;
                        f.push(v);
                        let v = f.code.consts[c as usize].fast_clone();
                        f.push(v);
                        skip_fused(f, instr);
                    }
                    Instr::StoreFastLoadFast(a, b) => {
                        let v = f.pop();
                        f.store_local(a as usize, v);
                        skip_fused(f, instr);
                        let v = self.load_local(f, b)?;
                        f.push(v);
                    }
                    Instr::LoadFastAttr(a, n) => {
                        if let Some(inst) = plain_for_load(&f.slots[a as usize]) {
                            let hint = &f.code.attr_hints[n as usize];
                            let found = inst.dict.borrow().get_key_hinted(&keys[n as usize], hint).cloned();
                            if let Some(v) = found {
                                f.push(v);
                                skip_fused(f, instr);
                                continue;
                            }
                        }
                        // Not a plain instance attribute: the LoadAttr that follows does the work.
                        let v = self.load_local(f, a)?;
                        f.push(v);
                    }
                    Instr::FastStoreAttr(a, b, n) => {
                        if let Some(inst) = instance_for_store(&f.slots[b as usize]) {
                            let v = &f.slots[a as usize];
                            if !matches!(v, Value::Undefined) {
                                let v = v.fast_clone();
                                let hint = &f.code.attr_hints[n as usize];
                                if self.store_instance_attr(inst, &keys[n as usize], v, hint).is_ok() {
                                    skip_fused(f, instr);
                                    continue;
                                }
                            }
                        }
                        // Not a plain instance: the StoreAttr that follows does the work.
                        let v = self.load_local(f, a)?;
                        f.push(v);
                        to_last_fused(f, instr);
                        let v = self.load_local(f, b)?;
                        f.push(v);
                    }
                    Instr::StoreAttrOfFast(a, n) => {
                        if instance_for_store(&f.slots[a as usize]).is_some() {
                            let v = f.pop();
                            let Value::Instance(inst) = &f.slots[a as usize] else { unreachable!() };
                            let hint = &f.code.attr_hints[n as usize];
                            match self.store_instance_attr(inst, &keys[n as usize], v, hint) {
                                Ok(()) => {
                                    skip_fused(f, instr);
                                    continue;
                                }
                                Err(v) => f.push(v),
                            }
                        }
                        // Not a plain instance: the StoreAttr that follows does the work.
                        let v = self.load_local(f, a)?;
                        f.push(v);
                    }
                    Instr::FastConstOp(a, c, op) => {
                        if let Some(v) = arith_fast(op, &f.slots[a as usize], &f.code.consts[c as usize]) {
                            f.push(v);
                            skip_fused(f, instr);
                            continue;
                        }
                        let v = self.load_local(f, a)?;
                        f.push(v);
                        let v = f.code.consts[c as usize].fast_clone();
                        f.push(v);
                        to_last_fused(f, instr);
                    }
                    Instr::FastFastOp(a, b, op) => {
                        if let Some(v) = arith_fast(op, &f.slots[a as usize], &f.slots[b as usize]) {
                            f.push(v);
                            skip_fused(f, instr);
                            continue;
                        }
                        let v = self.load_local(f, a)?;
                        f.push(v);
                        to_last_fused(f, instr);
                        let v = self.load_local(f, b)?;
                        f.push(v);
                    }
                    Instr::ConstOp(c, op) => {
                        if let Some(v) = arith_fast(op, f.top(), &f.code.consts[c as usize]) {
                            f.replace_top_immediate(v);
                            skip_fused(f, instr);
                            continue;
                        }
                        let v = f.code.consts[c as usize].fast_clone();
                        f.push(v);
                    }
                    Instr::ConstCmp(c, op) => {
                        if let (Value::Int(x), Value::Int(y)) = (f.top(), &f.code.consts[c as usize]) {
                            if let Some(r) = int_compare(op, *x, *y) {
                                skip_fused(f, instr);
                                match jump_after_compare(instrs, f.pc, r) {
                                    Some(pc) => {
                                        f.pop_discard();
                                        f.pc = pc;
                                    }
                                    None => f.replace_top_immediate(Value::Bool(r)),
                                }
                                continue;
                            }
                        }
                        let v = f.code.consts[c as usize].fast_clone();
                        f.push(v);
                    }
                    Instr::FastConstCmp(a, c, op) => {
                        if let (Value::Int(x), Value::Int(y)) = (&f.slots[a as usize], &f.code.consts[c as usize]) {
                            if let Some(r) = int_compare(op, *x, *y) {
                                skip_fused(f, instr);
                                match jump_after_compare(instrs, f.pc, r) {
                                    Some(pc) => f.pc = pc,
                                    None => f.push(Value::Bool(r)),
                                }
                                continue;
                            }
                        }
                        let v = self.load_local(f, a)?;
                        f.push(v);
                        let v = f.code.consts[c as usize].fast_clone();
                        f.push(v);
                        to_last_fused(f, instr);
                    }
                    Instr::LoadDeref(i) => {
                        let v = f.cells[i as usize].borrow().clone();
                        if let Value::Undefined = v {
                            return Err(self.unbound_deref(f, i));
                        }
                        f.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = f.pop();
                        *f.cells[i as usize].borrow_mut() = v;
                    }
                    Instr::LoadGlobal(i) => {
                        let v = self.load_global(f, i)?;
                        f.push(v);
                    }
                    Instr::StoreGlobal(i) => {
                        let v = f.pop();
                        if let Err(v) = store_global_cached(f, i, v) {
                            f.globals.borrow_mut().set_str_value(&keys[i as usize], v);
                        }
                    }
                    Instr::LoadName(i) => {
                        if matches!(&f.namespace, Some(ns) if Rc::ptr_eq(ns, &f.globals)) {
                            // Module level: the namespace is the globals, so the cached global lookup applies.
                            let v = self.load_global(f, i)?;
                            f.push(v);
                            continue;
                        }
                        let key = &keys[i as usize];
                        if f.mapping.is_some() {
                            let v = self.load_from_mapping(f, i)?;
                            f.push(v);
                            continue;
                        }
                        let found = f.namespace.as_ref().and_then(|ns| ns.borrow().get_key(key).cloned());
                        let v = match found {
                            Some(v) => v,
                            None => self.load_global(f, i)?,
                        };
                        f.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = f.pop();
                        let key = &keys[i as usize];
                        match &f.namespace {
                            Some(ns) if Rc::ptr_eq(ns, &f.globals) => {
                                // Module level: store through the cached global position.
                                if let Err(v) = store_global_cached(f, i, v) {
                                    ns.borrow_mut().set_str_value(key, v);
                                }
                            }
                            Some(_) if f.mapping.is_some() => {
                                let m = f.mapping.as_deref().cloned().unwrap_or(Value::None);
                                self.set_item(&m, key.clone(), v)?;
                            }
                            Some(ns) => ns.borrow_mut().set_str_value(key, v),
                            None => f.globals.borrow_mut().set_str_value(key, v),
                        }
                    }
                    Instr::LoadAttr(i) => {
                        let obj = f.pop();
                        if let Some(inst) = plain_for_load(&obj) {
                            let hint = &f.code.attr_hints[i as usize];
                            let found = inst.dict.borrow().get_key_hinted(&keys[i as usize], hint).cloned();
                            if let Some(v) = found {
                                f.push(v);
                                continue;
                            }
                        }
                        let name = f.code.names[i as usize].clone();
                        let v = self.get_attr(&obj, &name)?;
                        f.push(v);
                    }
                    Instr::StoreAttr(i) => {
                        let obj = f.pop();
                        let mut v = f.pop();
                        if let Some(inst) = instance_for_store(&obj) {
                            let hint = &f.code.attr_hints[i as usize];
                            match self.store_instance_attr(inst, &keys[i as usize], v, hint) {
                                Ok(()) => continue,
                                Err(back) => v = back,
                            }
                        }
                        let name = f.code.names[i as usize].clone();
                        self.set_attr(&obj, &name, v)?;
                    }
                    Instr::LoadMethod(i) => {
                        let obj = f.pop();
                        if let Some(inst) = plain_for_load(&obj) {
                            let key = &keys[i as usize];
                            if inst.dict.borrow().get_key(key).is_none() {
                                let hint = &f.code.attr_hints[i as usize];
                                let own = inst.class.dict.borrow().get_key_hinted(key, hint).cloned();
                                let found = match own {
                                    Some(m) => Some(m),
                                    None => self.class_lookup_key(&inst.class, key),
                                };
                                // A function, or a native method of a class such as `random.Random`:
                                // called with the instance first, as `load_method` gives it.
                                let method = match &found {
                                    Some(Value::Function(_)) => true,
                                    Some(m @ Value::Builtin(_)) => {
                                        !self.stored_builtin_function(&inst.class, &f.code.names[i as usize], m)
                                    }
                                    _ => false,
                                };
                                if let (true, Some(m)) = (method, found) {
                                    f.push(m);
                                    f.push(obj);
                                    continue;
                                }
                            }
                        }
                        if !matches!(
                            obj,
                            Value::Instance(_) | Value::Class(_) | Value::Module(_) | Value::Descriptor(_)
                        ) && !matches!(&obj, Value::Native(n) if n.attr_slot().is_some()) {
                            // A method of a builtin type: look it up by the interned name.
                            let cls = self.type_of(&obj);
                            let hint = &f.code.attr_hints[i as usize];
                            let found = cls.dict.borrow().get_key_hinted(&keys[i as usize], hint).cloned();
                            if let Some(m @ Value::Builtin(_)) = found {
                                f.push(m);
                                f.push(obj);
                                continue;
                            }
                        }
                        let name = f.code.names[i as usize].clone();
                        let (meth, receiver) = self.load_method(&obj, &name)?;
                        f.push(meth);
                        f.push(receiver);
                    }
                    Instr::BuildSlice(2) if matches!(instrs.get(f.pc), Some(Instr::BinarySubscr)) => {
                        // `seq[a:b]`: sliced at once, without a slice object, when it can be.
                        if let Some(v) = crate::vm::protocol::slice_fast(f.peek(2), f.peek(1), f.peek(0)) {
                            f.pop_discard();
                            f.pop_discard();
                            f.pop_discard();
                            f.push(v);
                            f.pc += 1;
                            continue;
                        }
                        if let Some(outcome) = self.exec_cold(f, instr)? {
                            return Ok(outcome);
                        }
                        continue 'frame;
                    }
                    Instr::BinarySubscr => {
                        let k = f.pop();
                        let c = f.pop();
                        let v = self.get_item(&c, &k)?;
                        f.push(v);
                    }
                    Instr::StoreSubscr => {
                        let k = f.pop();
                        let c = f.pop();
                        let v = f.pop();
                        self.set_item(&c, k, v)?;
                    }
                    Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                        if let Some(v) = arith_fast(op, f.peek(1), f.peek(0)) {
                            // Floats and ints own nothing: overwrite without drop glue.
                            f.replace_top_two_ints(v);
                            continue;
                        }
                        let b = f.pop();
                        let a = f.pop();
                        let v = if matches!(instr, Instr::InplaceOp(_)) {
                            self.inplace_op(op, &a, &b)?
                        } else {
                            self.binary_op(op, &a, &b)?
                        };
                        f.push(v);
                    }
                    Instr::UnaryOp(op) => {
                        let a = f.pop();
                        let v = self.unary_op(op, &a)?;
                        f.push(v);
                    }
                    Instr::CompareOp(op) => {
                        if let Some((x, y)) = f.top_two_ints() {
                            if let Some(r) = int_compare(op, x, y) {
                                match jump_after_compare(instrs, f.pc, r) {
                                    Some(pc) => {
                                        f.drop_top_two_ints();
                                        f.pc = pc;
                                    }
                                    None => f.replace_top_two_ints(Value::Bool(r)),
                                }
                                continue;
                            }
                        }
                        if let Some(r) = compare_fast(op, f.peek(1), f.peek(0)) {
                            f.pop_discard();
                            f.pop_discard();
                            match jump_after_compare(instrs, f.pc, r) {
                                Some(pc) => f.pc = pc,
                                None => f.push(Value::Bool(r)),
                            }
                            continue;
                        }
                        let b = f.pop();
                        let a = f.pop();
                        let v = match (&a, &b, op) {
                            (Value::Int(x), Value::Int(y), _) => Value::Bool(match op {
                                CmpOp::Lt => x < y,
                                CmpOp::LtE => x <= y,
                                CmpOp::Gt => x > y,
                                CmpOp::GtE => x >= y,
                                CmpOp::Eq | CmpOp::Is => x == y,
                                CmpOp::NotEq | CmpOp::IsNot => x != y,
                                _ => self.compare_op(op, &a, &b)?.truthy_fast().unwrap_or(false),
                            }),
                            _ => self.compare_op(op, &a, &b)?,
                        };
                        f.push(v);
                    }
                    Instr::FormatValue(flags) => {
                        use format_value::{CONVERSION, CONV_NONE, HAS_SPEC, JOINED};
                        const PLAIN_JOINED: u32 = CONV_NONE | JOINED;
                        match (flags, f.top()) {
                            // `{s}` of a str is the str itself; a plain int joined by
                            // BuildString is written there.
                            (CONV_NONE | PLAIN_JOINED, Value::Str(_)) | (PLAIN_JOINED, Value::Int(_)) => continue,
                            _ => {}
                        }
                        let spec = if flags & HAS_SPEC != 0 { Some(f.pop()) } else { None };
                        let v = f.pop();
                        let s = self.format_value(&v, flags & CONVERSION, spec.as_ref())?;
                        f.push(s);
                    }
                    Instr::BuildString(n) => {
                        let start = f.slots.len() - n as usize;
                        let parts = &f.slots[start..];
                        let len = parts.iter().map(|p| p.as_str().map_or(20, str::len)).sum();
                        let mut s = String::with_capacity(len);
                        for p in parts {
                            match p {
                                Value::Int(i) => {
                                    use std::fmt::Write;
                                    let _ = write!(s, "{i}");
                                }
                                _ => s.push_str(p.as_str().unwrap_or("")),
                            }
                        }
                        f.slots.truncate(start);
                        f.push(Value::string(s));
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = f.pop();
                        let exact = match &seq {
                            Value::Tuple(t) if t.len() == n as usize => {
                                for item in t.iter().rev() {
                                    f.push(item.fast_clone());
                                }
                                true
                            }
                            Value::List(l) if l.borrow().len() == n as usize => {
                                for item in l.borrow().iter().rev() {
                                    f.push(item.fast_clone());
                                }
                                true
                            }
                            _ => false,
                        };
                        if exact {
                            continue;
                        }
                        let items = self.unpack(&seq, n as usize)?;
                        for item in items.into_iter().rev() {
                            f.push(item);
                        }
                    }
                    Instr::MapAdd(i) => {
                        let v = f.pop();
                        let k = f.pop();
                        let k = self.hash_key(k)?;
                        if let Value::Dict(d) = f.peek(i as usize - 1).clone() {
                            self.dict_set(&d, k, v)?;
                        }
                    }
                    Instr::BuildTuple(n) => {
                        let items = f.pop_n(n as usize);
                        f.push(Value::tuple(items));
                    }
                    Instr::BuildList(n) => {
                        let items = f.pop_n(n as usize);
                        f.push(Value::list(items));
                    }
                    Instr::ListAppend(i) => {
                        let v = f.pop();
                        if let Value::List(l) = f.peek(i as usize - 1) {
                            l.borrow_mut().push(v);
                        }
                    }
                    Instr::Jump(t) => {
                        if (t as usize) < f.pc {
                            self.limits.fuel -= (f.pc - t as usize) as i64;
                            if self.limits.fuel < 0 {
                                if let Some(e) = self.check_limits() {
                                    return Err(e);
                                }
                            }
                            if crate::vm::safepoint::pending() {
                                crate::vm::safepoint::run(self);
                            }
                        }
                        if (t as usize) < f.pc && self.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
                            self.interrupt.store(false, std::sync::atomic::Ordering::Relaxed);
                            self.interrupted(Some(f))?;
                        }
                        f.pc = t as usize;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        if let Some(b) = f.pop_bool() {
                            if !b {
                                f.pc = t as usize;
                            }
                            continue;
                        }
                        let v = f.pop();
                        let b = match v.truthy_fast() {
                            Some(b) => b,
                            None => self.truthy(&v)?,
                        };
                        if !b {
                            f.pc = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        if let Some(b) = f.pop_bool() {
                            if b {
                                f.pc = t as usize;
                            }
                            continue;
                        }
                        let v = f.pop();
                        let b = match v.truthy_fast() {
                            Some(b) => b,
                            None => self.truthy(&v)?,
                        };
                        if b {
                            f.pc = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = f.top().clone();
                        if !self.truthy(&v)? {
                            f.pc = t as usize;
                        } else {
                            f.pop_discard();
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = f.top().clone();
                        if self.truthy(&v)? {
                            f.pc = t as usize;
                        } else {
                            f.pop_discard();
                        }
                    }
                    Instr::GetIter => {
                        let v = f.pop();
                        let it = self.get_iter(&v)?;
                        f.push(it);
                    }
                    Instr::ForIter(target) => {
                        if let Value::Iterator(state) = f.top() {
                            match next_range_or_list(state) {
                                Some(Some(v)) => {
                                    f.push(v);
                                    continue;
                                }
                                Some(None) => {
                                    f.pop_discard();
                                    f.pc = target as usize;
                                    continue;
                                }
                                None => {}
                            }
                        }
                        let it = f.top().clone();
                        if let Value::Generator(gen) = &it {
                            if gen.kind == GenKind::Generator {
                                if gen.finished.get() {
                                    f.pop_discard();
                                    f.pc = target as usize;
                                } else {
                                    self.resume_generator_in_loop(f, gen, Value::None, ReturnTo::ForIter)?;
                                }
                                continue 'frame;
                            }
                        }
                        match self.iter_step(&it)? {
                            Some(v) => f.push(v),
                            None => {
                                f.pop_discard();
                                f.pc = target as usize;
                            }
                        }
                    }
                    Instr::MakeFunction(flags) => {
                        let code = f.pop();
                        let closure = if flags & make_function::CLOSURE != 0 { f.pop() } else { Value::None };
                        let annotations =
                            if flags & make_function::ANNOTATIONS != 0 { f.pop() } else { Value::None };
                        let kwdefaults = if flags & make_function::KWDEFAULTS != 0 { f.pop() } else { Value::None };
                        let defaults = if flags & make_function::DEFAULTS != 0 { f.pop() } else { Value::None };
                        let func = self.make_function(f, code, defaults, kwdefaults, annotations, closure);
                        f.push(func);
                    }
                    Instr::Call(n) => {
                        let n = n as usize;
                        let callee_at = f.slots.len() - n - 1;
                        match self.try_push_function_frame(f, callee_at, n) {
                            Some(r) => r?,
                            None => self.call_from_stack(f, n, None, false)?,
                        }
                        continue 'frame;
                    }
                    Instr::CallKw(n) => {
                        let names = f.pop();
                        let n = n as usize;
                        self.call_from_stack(f, n, Some(names), false)?;
                        continue 'frame;
                    }
                    Instr::CallMethod(n) => {
                        let n = n as usize;
                        // `meth self a1..an` with a receiver: a plain call with n + 1 arguments.
                        if !matches!(f.peek(n), Value::Undefined) {
                            let callee_at = f.slots.len() - n - 2;
                            if let Some(r) = self.try_push_function_frame(f, callee_at, n + 1) {
                                r?;
                                continue 'frame;
                            }
                        }
                        self.call_from_stack(f, n, None, true)?;
                        continue 'frame;
                    }
                    Instr::CallMethodKw(n) => {
                        let names = f.pop();
                        let n = n as usize;
                        self.call_from_stack(f, n, Some(names), true)?;
                        continue 'frame;
                    }
                    Instr::Return | Instr::ReturnFast(_) | Instr::ReturnConst(_) => {
                        let v = match instr {
                            Instr::ReturnFast(a) => {
                                skip_fused(f, instr);
                                self.load_local(f, a)?
                            }
                            Instr::ReturnConst(c) => {
                                skip_fused(f, instr);
                                f.code.consts[c as usize].fast_clone()
                            }
                            _ => f.pop(),
                        };
                        // What died in this frame is finalized while it still runs
                        // (a warning a destructor issues names this frame's line).
                        if crate::vm::safepoint::pending() {
                            crate::vm::safepoint::run(self);
                        }
                        if let Some(outcome) = self.do_return(f, v)? {
                            return Ok(outcome);
                        }
                        continue 'frame;
                    }
                    Instr::SetupExcept(target) => {
                        let depth = f.stack_len() as u32;
                        f.blocks.push(Block::Except { handler: target, depth });
                    }
                    Instr::PopBlock => {
                        f.blocks.pop();
                    }
                    Instr::PopExcept => {
                        if let Some(Block::InHandler { prev }) = f.blocks.pop() {
                            f.handled = prev;
                        }
                    }
                    Instr::CheckExcMatch => {
                        let typ = f.pop();
                        let exc = f.top().clone();
                        let m = self.exception_matches(&exc, &typ)?;
                        f.push(Value::Bool(m));
                    }
                    Instr::Raise(n) => return Err(self.do_raise(f, n)?),
                    Instr::Reraise => {
                        let exc = f.pop();
                        return Err(exc);
                    }
                    Instr::YieldValue => {
                        let v = f.pop();
                        let v = self.wrap_async_gen_yield(f, v);
                        if let Some(outcome) = self.do_yield(f, v)? {
                            return Ok(outcome);
                        }
                        continue 'frame;
                    }
                    Instr::YieldFrom => {
                        let sent = f.pop();
                        let sub = f.top().clone();
                        if let Value::Generator(gen) = &sub {
                            if gen.finished.get() && gen.kind == GenKind::Generator {
                                f.pop_discard();
                                f.push(Value::None);
                                continue;
                            }
                            self.resume_generator_in_loop(f, gen, sent, ReturnTo::YieldFrom)?;
                            continue 'frame;
                        }
                        match self.send_native(&sub, sent)? {
                            Outcome::Yield(v) => {
                                f.pc -= 1;
                                if let Some(outcome) = self.do_yield(f, v)? {
                                    return Ok(outcome);
                                }
                                continue 'frame;
                            }
                            Outcome::Return(v) => {
                                f.pop_discard();
                                f.push(v);
                            }
                        }
                    }
                    _ => {
                        if let Some(outcome) = self.exec_cold(f, instr)? {
                            return Ok(outcome);
                        }
                        continue 'frame;
                    }
                }
            }
        }
    }

    /// The value of local slot `i`; UnboundLocalError when it is unset.
    #[inline(always)]
    fn load_local(&mut self, f: &Frame, i: impl Into<u32>) -> PyResult<Value> {
        let i = i.into() as usize;
        match &f.slots[i] {
            Value::Undefined => Err(self.unbound_local(f, i)),
            v => Ok(v.fast_clone()),
        }
    }

    #[cold]
    fn unbound_local(&mut self, f: &Frame, i: usize) -> Value {
        let name = f.code.varnames[i].clone();
        self.new_error(
            Exc::UnboundLocalError,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    pub(crate) fn unbound_deref(&mut self, f: &Frame, i: u32) -> Value {
        let i = i as usize;
        let name = if i < f.code.cellvars.len() {
            f.code.cellvars[i].clone()
        } else {
            f.code.freevars[i - f.code.cellvars.len()].clone()
        };
        if i < f.code.cellvars.len() {
            self.new_error(
                Exc::UnboundLocalError,
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            )
        } else {
            self.new_error(
                Exc::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        }
    }

    /// The value of global (or builtin) `names[i]`, through the per-name position cache.
    #[inline(always)]
    pub(crate) fn load_global(&mut self, f: &Frame, i: u32) -> PyResult<Value> {
        let e = f.code.global_cache[i as usize].get();
        if e.globals == Rc::as_ptr(&f.globals) as usize {
            // SAFETY: shared reads of the namespaces between instructions; no borrow of
            // them (mutable or not) is held across instructions.
            let globals = unsafe { &*f.globals.as_ptr() };
            if e.globals_layout == globals.layout() {
                if !e.in_builtins {
                    if let Some(v) = globals.value_at(e.pos as usize) {
                        return Ok(v.fast_clone());
                    }
                } else {
                    let builtins = unsafe { &*self.builtins.as_ptr() };
                    if e.builtins_layout == builtins.layout() {
                        if let Some(v) = builtins.value_at(e.pos as usize) {
                            return Ok(v.fast_clone());
                        }
                    }
                }
            }
        }
        self.load_global_slow(f, i)
    }

    /// `load_global` on a cache miss: look the name up and cache its position.
    #[inline(never)]
    fn load_global_slow(&mut self, f: &Frame, i: u32) -> PyResult<Value> {
        let globals = f.globals.borrow();
        let builtins = self.builtins.borrow();
        let gaddr = Rc::as_ptr(&f.globals) as usize;
        let key = match f.code.name_keys.get() {
            Some(keys) => keys[i as usize].clone(),
            None => Value::str(&f.code.names[i as usize]),
        };
        let (pos, in_builtins) = match globals.position_of_key(&key) {
            Some(p) => (Some(p), false),
            None => (builtins.position_of_key(&key), true),
        };
        if let Some(pos) = pos {
            let v = if in_builtins { builtins.value_at(pos) } else { globals.value_at(pos) }
                .cloned()
                .unwrap_or(Value::None);
            if let (Some(slot), Ok(pos)) = (f.code.global_cache.get(i as usize), u32::try_from(pos)) {
                slot.set(crate::compile::bytecode::GlobalCacheEntry {
                    globals: gaddr,
                    globals_layout: globals.layout(),
                    builtins_layout: builtins.layout(),
                    pos,
                    in_builtins,
                });
            }
            return Ok(v);
        }
        drop(globals);
        drop(builtins);
        let name = f.code.names[i as usize].clone();
        Err(self.new_error(Exc::NameError, format!("name '{name}' is not defined")))
    }

    /// Builds the exception for `Raise(form)`.
    fn do_raise(&mut self, f: &Frame, form: u32) -> PyResult<Value> {
        let f_slots_pop = |k: usize| -> Vec<Value> { f.slots[f.slots.len() - k..].to_vec() };
        match form {
            raise::RERAISE => {
                let h = self.current_handled(f);
                if h.is_none() {
                    return Err(self.runtime_error("No active exception to reraise"));
                }
                Ok(h)
            }
            raise::EXC => {
                let v = f_slots_pop(1).remove(0);
                self.normalize_exception(v)
            }
            raise::EXC_FROM => {
                let vs = f_slots_pop(2);
                let exc = self.normalize_exception(vs[0].clone())?;
                let cause = match &vs[1] {
                    Value::None => Value::None,
                    c => match self.normalize_exception(c.clone()) {
                        Ok(c) => c,
                        Err(_) => return Err(self.type_error("exception causes must derive from BaseException")),
                    },
                };
                if let Some(d) = crate::vm::exceptions::exc_data(&exc) {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Ok(exc)
            }
            _ => Err(self.new_error(Exc::SystemError, format!("Raise with unknown form {form}"))),
        }
    }
}

/// Moves pc past every instruction the superinstruction `instr` stands for (pc is
/// already past `instr` itself).
#[inline(always)]
fn skip_fused(f: &mut Frame, instr: Instr) {
    f.pc += instr.width() - 1;
}

/// Moves pc to the last instruction the superinstruction `instr` stands for, which then
/// runs as itself on the operands `instr` pushed.
#[inline(always)]
fn to_last_fused(f: &mut Frame, instr: Instr) {
    f.pc += instr.width() - 2;
}

/// The next item of a range or list iterator (`Some(None)` when exhausted), or None
/// for other iterators. Mirrors the fast paths of `native_next`.
#[inline(always)]
fn next_range_or_list(state: &std::cell::RefCell<NativeIter>) -> Option<Option<Value>> {
    let mut st = state.borrow_mut();
    match &mut *st {
        NativeIter::Range { next, stop, step } => {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                *next = v.saturating_add(*step);
                return Some(Some(Value::Int(v)));
            }
            Some(None)
        }
        NativeIter::Seq { seq: Value::List(l), index } => {
            let l = l.borrow();
            if let Some(v) = l.get(*index) {
                *index += 1;
                return Some(Some(v.fast_clone()));
            }
            drop(l);
            st.exhaust();
            Some(None)
        }
        _ => None,
    }
}

/// Stores `v` as global `names[i]` at its cached position; gives `v` back when the
/// cache does not apply.
#[inline(always)]
fn store_global_cached(f: &Frame, i: u32, v: Value) -> Result<(), Value> {
    let e = f.code.global_cache[i as usize].get();
    if e.globals == Rc::as_ptr(&f.globals) as usize && !e.in_builtins {
        let mut globals = f.globals.borrow_mut();
        if e.globals_layout == globals.layout() {
            return globals.set_value_at(e.pos as usize, v);
        }
    }
    Err(v)
}

/// `x op y` for two ints (without overflow) or floats (or a float and an int),
/// which need neither the language nor an error.
#[inline(always)]
fn arith_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => return crate::vm::ops::int_fast(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
        _ => return None,
    };
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mult => Some(Value::Float(x * y)),
        BinOp::Div if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// When the instruction at `pc` is a conditional jump, where the compare result `r`
/// sends control: a comparison fused with its jump pushes no bool.
#[inline(always)]
fn jump_after_compare(instrs: &[Instr], pc: usize, r: bool) -> Option<usize> {
    match instrs.get(pc) {
        Some(Instr::PopJumpIfFalse(t)) => Some(if r { pc + 1 } else { *t as usize }),
        Some(Instr::PopJumpIfTrue(t)) => Some(if r { *t as usize } else { pc + 1 }),
        _ => None,
    }
}

/// The instance when `v` is one whose attributes are read straight from its dict
/// (its class has no descriptors).
#[inline(always)]
fn plain_for_load(v: &Value) -> Option<&Rc<Instance>> {
    match v {
        Value::Instance(inst) if inst.class.flags.get() & crate::vm::types::HAS_DESCRIPTORS == 0 => Some(inst),
        _ => None,
    }
}

/// The instance when `v` is one whose attributes are stored straight into its dict
/// (no descriptors or `__setattr__`, not an exception), perhaps with `__slots__`
/// limiting the names (see `Interp::store_instance_attr`).
#[inline(always)]
fn instance_for_store(v: &Value) -> Option<&Rc<Instance>> {
    use crate::vm::types::{HAS_DESCRIPTORS, HAS_SETATTR};
    match v {
        Value::Instance(inst) if inst.class.flags.get() & (HAS_DESCRIPTORS | HAS_SETATTR) == 0 && inst.exc.is_none() => {
            Some(inst)
        }
        _ => None,
    }
}

/// A comparison that runs no language code and needs no interpreter: identity of
/// any two values, and ordering or equality of two floats or two strs.
#[inline(always)]
fn compare_fast(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (op, a, b) {
        (CmpOp::Is, _, _) => Some(a.is(b)),
        (CmpOp::IsNot, _, _) => Some(!a.is(b)),
        (_, Value::Float(x), Value::Float(y)) => ordered_compare(op, x, y),
        (CmpOp::Eq, Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        (CmpOp::NotEq, Value::Str(x), Value::Str(y)) => Some(!Rc::ptr_eq(x, y) && x.as_str() != y.as_str()),
        _ => None,
    }
}

/// An ordering or equality comparison of two ints (None for `is`, `in`, ...).
#[inline(always)]
fn int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    ordered_compare(op, &x, &y)
}

/// An ordering or equality comparison of two numbers of one primitive type
/// (None for `is`, `in`, ...).
#[inline(always)]
fn ordered_compare<T: PartialOrd>(op: CmpOp, x: &T, y: &T) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

impl Value {
    /// Truthiness without calling into the language, when the type allows it.
    #[inline]
    pub(crate) fn truthy_fast(&self) -> Option<bool> {
        Some(match self {
            Value::Bool(b) => *b,
            Value::None => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            _ => return None,
        })
    }
}
