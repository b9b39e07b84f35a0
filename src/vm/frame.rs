//! Frames: the heap-allocated activation record of a code object. Locals and
//! the value stack share one vector; a frame can be suspended (generators,
//! coroutines) by moving its box out of the interpreter's frame stack.

use crate::compile::bytecode::Code;
use crate::vm::dict::Dict;
use crate::vm::object::Generator;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// An entry of a frame's block stack.
#[derive(Clone)]
pub enum Block {
    /// A `try` body: on an exception, cut the stack to `depth` and jump to `handler`.
    Except { handler: u32, depth: u32 },
    /// Inside an except handler: `prev` is the exception handled before it.
    InHandler { prev: Value },
}

/// What happens to the value a frame returns (or yields), in its caller.
#[derive(Clone)]
pub enum ReturnTo {
    /// Push the result on the caller's stack.
    Caller,
    /// A generator resumed by the caller's `ForIter`: yield pushes the value,
    /// return ends the loop.
    ForIter,
    /// A sub-generator resumed by the caller's `YieldFrom`.
    YieldFrom,
    /// The frame was started from Rust (`Interp::run_frame`): hand the outcome back.
    Native,
    /// An `__init__` call made while constructing an object: push this object instead.
    Init(Value),
}

/// An activation record.
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    /// Locals in `slots[..nlocals]`, then the value stack.
    pub slots: Vec<Value>,
    pub nlocals: usize,
    /// Cell variables then free variables.
    pub cells: Vec<Rc<RefCell<Value>>>,
    pub blocks: Vec<Block>,
    pub globals: Rc<RefCell<Dict>>,
    /// The namespace of a module or class body.
    pub namespace: Option<Rc<RefCell<Dict>>>,
    /// A class body's namespace when `__prepare__` returned a mapping other than a
    /// dict: names are stored and read through its `__setitem__` / `__getitem__`.
    pub mapping: Option<Box<Value>>,
    /// The exception being handled in this frame (None outside handlers).
    pub handled: Value,
    pub return_to: ReturnTo,
    /// The generator that owns this frame, for generator-like code.
    pub generator: Option<Weak<Generator>>,
    /// Unique id, to tell frames apart in tracebacks.
    pub id: u64,
}

/// `Vec::push` with the growth out of line: the dispatch loop pushes constantly and
/// the standard push is not always inlined there.
#[inline(always)]
pub fn push_fast<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        grow_one(v);
    }
    // SAFETY: there is room for one more item (ensured just above).
    unsafe {
        let len = v.len();
        v.as_mut_ptr().add(len).write(x);
        v.set_len(len + 1);
    }
}

#[cold]
#[inline(never)]
fn grow_one<T>(v: &mut Vec<T>) {
    v.reserve(1);
}

impl Frame {
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        push_fast(&mut self.slots, v);
    }
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        // A match, not `unwrap_or(Value::None)`: that default would be built and dropped
        // (out of line) on every pop.
        match self.slots.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }
    /// Pops the top value and drops it.
    #[inline(always)]
    pub fn pop_discard(&mut self) {
        let v = self.pop();
        crate::vm::value::discard(v);
    }
    /// Stores `v` in local slot `i`, dropping the value it held.
    #[inline(always)]
    pub fn store_local(&mut self, i: usize, v: Value) {
        let old = std::mem::replace(&mut self.slots[i], v);
        crate::vm::value::discard(old);
    }
    #[inline(always)]
    pub fn top(&self) -> &Value {
        self.slots.last().unwrap_or(&Value::None)
    }
    /// The value `n` slots below the top (0 is the top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.slots.len();
        &self.slots[len - 1 - n]
    }
    pub fn stack_len(&self) -> usize {
        self.slots.len() - self.nlocals
    }
    /// Pops the top `n` values, in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.slots.len() - n;
        self.slots.split_off(at)
    }
    /// The top two stack values when both are small ints.
    #[inline(always)]
    pub fn top_two_ints(&self) -> Option<(i64, i64)> {
        let n = self.slots.len();
        match (&self.slots[n - 2], &self.slots[n - 1]) {
            (Value::Int(x), Value::Int(y)) => Some((*x, *y)),
            _ => None,
        }
    }

    /// Replaces the top two values, known to be ints or floats, by `v` without
    /// running drop glue for them.
    #[inline(always)]
    pub fn replace_top_two_ints(&mut self, v: Value) {
        let n = self.slots.len();
        debug_assert!(self.slots[n - 1].is_immediate() && self.slots[n - 2].is_immediate());
        // SAFETY: both slots hold an int or float, which own nothing, so forgetting them
        // leaks nothing; slot n-2 is overwritten in place and the length shrinks by one.
        unsafe {
            self.slots.set_len(n - 1);
            std::ptr::write(self.slots.as_mut_ptr().add(n - 2), v);
        }
    }

    /// Replaces the top value, known to be an int or float, by `v` without drop glue.
    #[inline(always)]
    pub fn replace_top_immediate(&mut self, v: Value) {
        let n = self.slots.len();
        debug_assert!(self.slots[n - 1].is_immediate());
        // SAFETY: the slot holds an int or float, which owns nothing; it is overwritten in place.
        unsafe { std::ptr::write(self.slots.as_mut_ptr().add(n - 1), v) };
    }

    /// Drops the top two values, known to be ints (see `top_two_ints`).
    #[inline(always)]
    pub fn drop_top_two_ints(&mut self) {
        let n = self.slots.len();
        debug_assert!(self.slots[n - 1].is_immediate() && self.slots[n - 2].is_immediate());
        // SAFETY: both slots hold `Value::Int`, which owns nothing.
        unsafe { self.slots.set_len(n - 2) };
    }

    /// Pops the top value if it is a bool.
    #[inline(always)]
    pub fn pop_bool(&mut self) -> Option<bool> {
        let n = self.slots.len();
        if let Value::Bool(b) = self.slots[n - 1] {
            // SAFETY: a bool owns nothing; dropping the slot by shrinking is a no-op.
            unsafe { self.slots.set_len(n - 1) };
            return Some(b);
        }
        None
    }

    /// The line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }
}
