//! The collector's bookkeeping: `Node`, a registered container held weakly;
//! `Strong`, the same held strongly while a collection looks at it; and
//! `NodeList`, a generation's nodes in fixed-size chunks, so that a generation
//! grows and is compacted without ever copying itself into a buffer twice its
//! size (the peak memory of a program with many live objects stays close to
//! what the objects need).

use crate::vm::dict::Dict;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A registered container: a weak pointer to its allocation (which it keeps
/// until the entry is dropped, so addresses stay unique while registered).
pub enum Node {
    Instance(Weak<Instance>),
    Dict(Weak<RefCell<Dict>>),
    List(Weak<ListObj>),
    Tuple(Weak<TupleObj>),
    Set(Weak<RefCell<SetData>>),
    Function(Weak<Function>),
    Cell(Weak<RefCell<Value>>),
    BoundMethod(Weak<BoundMethod>),
    Generator(Weak<Generator>),
    Class(Weak<Class>),
    Native(Weak<dyn NativeObject>),
}

/// A registered container held strongly while a collection looks at it.
pub enum Strong {
    Instance(Rc<Instance>),
    Dict(Rc<RefCell<Dict>>),
    List(Rc<ListObj>),
    Tuple(Rc<TupleObj>),
    Set(Rc<RefCell<SetData>>),
    Function(Rc<Function>),
    Cell(Rc<RefCell<Value>>),
    BoundMethod(Rc<BoundMethod>),
    Generator(Rc<Generator>),
    Class(Rc<Class>),
    Native(Rc<dyn NativeObject>),
}

impl Node {
    pub fn strong_count(&self) -> usize {
        match self {
            Node::Instance(w) => w.strong_count(),
            Node::Dict(w) => w.strong_count(),
            Node::List(w) => w.strong_count(),
            Node::Tuple(w) => w.strong_count(),
            Node::Set(w) => w.strong_count(),
            Node::Function(w) => w.strong_count(),
            Node::Cell(w) => w.strong_count(),
            Node::BoundMethod(w) => w.strong_count(),
            Node::Generator(w) => w.strong_count(),
            Node::Class(w) => w.strong_count(),
            Node::Native(w) => w.strong_count(),
        }
    }

    /// The object's address: what traversals report for a reference to it.
    pub fn addr(&self) -> usize {
        match self {
            Node::Instance(w) => w.as_ptr() as *const u8 as usize,
            Node::Dict(w) => w.as_ptr() as *const u8 as usize,
            Node::List(w) => w.as_ptr() as *const u8 as usize,
            Node::Tuple(w) => w.as_ptr() as *const u8 as usize,
            Node::Set(w) => w.as_ptr() as *const u8 as usize,
            Node::Function(w) => w.as_ptr() as *const u8 as usize,
            Node::Cell(w) => w.as_ptr() as *const u8 as usize,
            Node::BoundMethod(w) => w.as_ptr() as *const u8 as usize,
            Node::Generator(w) => w.as_ptr() as *const u8 as usize,
            Node::Class(w) => w.as_ptr() as *const u8 as usize,
            Node::Native(w) => w.as_ptr() as *const u8 as usize,
        }
    }

    pub fn upgrade(&self) -> Option<Strong> {
        Some(match self {
            Node::Instance(w) => Strong::Instance(w.upgrade()?),
            Node::Dict(w) => Strong::Dict(w.upgrade()?),
            Node::List(w) => Strong::List(w.upgrade()?),
            Node::Tuple(w) => Strong::Tuple(w.upgrade()?),
            Node::Set(w) => Strong::Set(w.upgrade()?),
            Node::Function(w) => Strong::Function(w.upgrade()?),
            Node::Cell(w) => Strong::Cell(w.upgrade()?),
            Node::BoundMethod(w) => Strong::BoundMethod(w.upgrade()?),
            Node::Generator(w) => Strong::Generator(w.upgrade()?),
            Node::Class(w) => Strong::Class(w.upgrade()?),
            Node::Native(w) => Strong::Native(w.upgrade()?),
        })
    }
}

impl Strong {
    /// The registrable object `v` is, held strongly.
    pub fn of(v: &Value) -> Option<Strong> {
        Some(match v {
            Value::Instance(r) => Strong::Instance(r.clone()),
            Value::Dict(r) => Strong::Dict(r.clone()),
            Value::List(r) => Strong::List(r.clone()),
            Value::Tuple(r) => Strong::Tuple(r.clone()),
            Value::Set(r) => Strong::Set(r.clone()),
            Value::Function(r) => Strong::Function(r.clone()),
            Value::Cell(r) => Strong::Cell(r.clone()),
            Value::BoundMethod(r) => Strong::BoundMethod(r.clone()),
            Value::Generator(r) => Strong::Generator(r.clone()),
            Value::Class(r) => Strong::Class(r.clone()),
            Value::Native(r) => Strong::Native((**r).clone()),
            _ => return None,
        })
    }

    /// The object as a language value (for `gc.get_objects` and finalizers).
    pub fn to_value(&self) -> Value {
        match self {
            Strong::Instance(r) => Value::Instance(r.clone()),
            Strong::Dict(r) => Value::Dict(r.clone()),
            Strong::List(r) => Value::List(r.clone()),
            Strong::Tuple(r) => Value::Tuple(r.clone()),
            Strong::Set(r) => Value::Set(r.clone()),
            Strong::Function(r) => Value::Function(r.clone()),
            Strong::Cell(r) => Value::Cell(r.clone()),
            Strong::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Strong::Generator(r) => Value::Generator(r.clone()),
            Strong::Class(r) => Value::Class(r.clone()),
            Strong::Native(r) => Value::native(r.clone()),
        }
    }
}

/// Nodes per chunk of a `NodeList` (24 bytes each: 96 KiB per chunk).
const CHUNK: usize = 4096;

/// A generation's nodes, in chunks of `CHUNK` (all full but the last).
#[derive(Default)]
pub struct NodeList {
    chunks: Vec<Vec<Node>>,
    len: usize,
}

impl NodeList {
    pub const fn new() -> NodeList {
        NodeList { chunks: Vec::new(), len: 0 }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn push(&mut self, node: Node) {
        match self.chunks.last_mut() {
            Some(c) if c.len() < CHUNK => c.push(node),
            _ => {
                let mut c = Vec::with_capacity(CHUNK);
                c.push(node);
                self.chunks.push(c);
            }
        }
        self.len += 1;
    }

    /// The node at `i` (`i < len`).
    pub fn get(&self, i: usize) -> &Node {
        &self.chunks[i / CHUNK][i % CHUNK]
    }

    pub fn iter(&self) -> impl Iterator<Item = &Node> {
        self.chunks.iter().flatten()
    }

    /// Moves every node of `other` to the end of this list; `other` keeps one
    /// empty chunk's room, for reuse.
    pub fn append(&mut self, other: &mut NodeList) {
        if self.is_empty() && self.chunks.is_empty() {
            std::mem::swap(self, other);
            return;
        }
        let mut chunks = std::mem::take(&mut other.chunks);
        other.len = 0;
        for chunk in chunks.iter_mut() {
            for n in chunk.drain(..) {
                self.push(n);
            }
        }
        chunks.truncate(1);
        other.chunks = chunks;
    }

    /// Keeps the nodes for which `keep(index, node)` is true, in order: each
    /// chunk is compacted in place, then the chunks are packed again (so all but
    /// the last are full) when there is more than one.
    pub fn retain_indexed(&mut self, mut keep: impl FnMut(usize, &Node) -> bool) {
        let mut i = 0;
        for chunk in self.chunks.iter_mut() {
            chunk.retain(|n| {
                let k = keep(i, n);
                i += 1;
                k
            });
        }
        if self.chunks.len() <= 1 {
            self.len = self.chunks.first().map_or(0, Vec::len);
            return;
        }
        let old = std::mem::take(&mut self.chunks);
        self.len = 0;
        for chunk in old {
            for n in chunk {
                self.push(n);
            }
        }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Node) -> bool) {
        self.retain_indexed(|_, n| keep(n));
    }

    /// Removes the node at `i`, putting the last node in its place.
    pub fn swap_remove(&mut self, i: usize) {
        let Some(last_chunk) = self.chunks.last_mut() else { return };
        let last = last_chunk.pop();
        if last_chunk.is_empty() {
            self.chunks.pop();
        }
        self.len -= 1;
        if let Some(last) = last {
            if i < self.len {
                self.chunks[i / CHUNK][i % CHUNK] = last;
            }
        }
    }
}
