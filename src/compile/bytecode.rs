//! The instruction set and code objects. Each opcode is documented on one line
//! with its stack effect, written `before -> after` with the top of stack last.
//! Jump targets are absolute instruction indexes.

use crate::syntax::ast::{BinOp, CmpOp, Span, UnaryOp};
use crate::vm::value::Value;
use std::cell::Cell;
use std::fmt::Write;
use std::rc::Rc;

/// One VM instruction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    /// Does nothing.
    Nop,
    /// `a ->`
    Pop,
    /// `a -> a a`
    Dup,
    /// `a b -> a b a b`
    DupTwo,
    /// `a b -> b a`
    Rot2,
    /// `a b c -> c a b`
    Rot3,
    /// `a b c d -> d a b c`
    Rot4,

    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> locals[i]`; UnboundLocalError when unset.
    LoadFast(u32),
    /// `v ->` locals[i] = v
    StoreFast(u32),
    /// locals[i] = unset; UnboundLocalError when already unset.
    DeleteFast(u32),
    /// `-> cells[i].get()`; cells are the code's cellvars followed by its freevars.
    LoadDeref(u32),
    /// `v ->` cells[i].set(v)
    StoreDeref(u32),
    /// cells[i].set(unset); a later read is an UnboundLocalError or NameError.
    DeleteDeref(u32),
    /// `-> cells[i]` (the cell itself, to build a closure tuple).
    LoadClosure(u32),
    /// In a class body: `-> ns[names[name]]` if present, else cells[cell].get().
    LoadClassDeref { name: u16, cell: u16 },
    /// `-> globals[names[i]]`, falling back to builtins; NameError when missing.
    LoadGlobal(u32),
    /// `v ->` globals[names[i]] = v
    StoreGlobal(u32),
    /// del globals[names[i]]; NameError when missing.
    DeleteGlobal(u32),
    /// Module and class bodies: locals namespace, then globals, then builtins.
    LoadName(u32),
    /// `v ->` ns[names[i]] = v, in the locals namespace (the globals when there is none).
    StoreName(u32),
    /// del ns[names[i]] in the locals namespace (or globals); NameError when missing.
    DeleteName(u32),

    /// `obj -> obj.names[i]`
    LoadAttr(u32),
    /// `v obj ->` obj.names[i] = v
    StoreAttr(u32),
    /// `obj ->` del obj.names[i]
    DeleteAttr(u32),
    /// `obj -> meth self` when names[i] is a plain function found on the type,
    /// else `obj -> attr NULL`. Paired with `CallMethod`.
    LoadMethod(u32),
    /// `c k -> c[k]`
    BinarySubscr,
    /// `v c k ->` c[k] = v
    StoreSubscr,
    /// `c k ->` del c[k]
    DeleteSubscr,
    /// `lo hi -> slice(lo, hi)` (n == 2) or `lo hi step -> slice(...)` (n == 3)
    BuildSlice(u32),

    /// `a b -> a op b`
    BinaryOp(BinOp),
    /// `a b -> a op= b` (tries `__iop__` first, then falls back to `op`)
    InplaceOp(BinOp),
    /// `a -> op a`
    UnaryOp(UnaryOp),
    /// `a b -> a op b` for every comparison, `is`, `is not`, `in`, `not in`.
    CompareOp(CmpOp),

    /// Superinstructions, written by `peephole::fuse` over the first of the instructions
    /// they stand for; those instructions stay in place after it (jumps may land on them)
    /// and are skipped when the superinstruction runs. The arithmetic and comparison forms
    /// only take the int/float fast path themselves: otherwise they push the operands and
    /// continue with the original operator instruction (BinaryOp, InplaceOp, CompareOp),
    /// whose `op` they copy.
    /// `LoadFast(a); LoadFast(b)`
    LoadFastFast(u16, u16),
    /// `LoadFast(local); LoadConst(cst)`
    LoadFastConst(u16, u16),
    /// `LoadFast(local); LoadAttr(name)`
    LoadFastAttr(u16, u16),
    /// `LoadFast(local); LoadConst(cst); BinaryOp(op)`
    FastConstOp(u16, u16, BinOp),
    /// `LoadFast(a); LoadFast(b); BinaryOp(op)`
    FastFastOp(u16, u16, BinOp),
    /// `LoadFast(local); LoadConst(cst); CompareOp(op)`
    FastConstCmp(u16, u16, CmpOp),
    /// `LoadConst(cst); BinaryOp(op)`
    ConstOp(u16, BinOp),
    /// `LoadConst(cst); CompareOp(op)`
    ConstCmp(u16, CmpOp),
    /// `StoreFast(store); LoadFast(load)`
    StoreFastLoadFast(u16, u16),
    /// `LoadFast(value); LoadFast(obj); StoreAttr(name)`: `obj.name = value`
    FastStoreAttr(u16, u16, u16),
    /// `LoadFast(obj); StoreAttr(name)`: `obj.name = <top of stack>`
    StoreAttrOfFast(u16, u16),
    /// Fused `LoadFast(a); Return`.
    ReturnFast(u32),
    /// Fused `LoadConst(c); Return`.
    ReturnConst(u32),

    /// `a1..an -> (a1, ..., an)`
    BuildTuple(u32),
    /// `a1..an -> [a1, ..., an]`
    BuildList(u32),
    /// `a1..an -> {a1, ..., an}`
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> {k1: v1, ...}`
    BuildMap(u32),
    /// `s1..sn -> s1 + ... + sn` (all str; used by f-strings)
    BuildString(u32),
    /// `list .. (i-1 items) .. v -> list ..` appends v to the list `i` slots down (after popping v).
    ListAppend(u32),
    /// `set .. v -> set ..` as ListAppend.
    SetAdd(u32),
    /// `dict .. k v -> dict ..` dict[k] = v, the dict `i` slots down after popping k and v.
    MapAdd(u32),
    /// `list .. it -> list ..` list.extend(it), the list `i` slots down after popping it.
    ListExtend(u32),
    /// `set .. it -> set ..`
    SetUpdate(u32),
    /// `dict .. m -> dict ..` dict.update(m) (`{**m}`)
    DictUpdate(u32),
    /// `dict .. m -> dict ..` as DictUpdate, but a repeated key is a TypeError (`f(**m)`).
    DictMerge(u32),
    /// `list -> tuple`
    ListToTuple,
    /// `seq -> vn .. v1` (v1 on top); ValueError when the length differs.
    UnpackSequence(u32),
    /// `seq -> after.. [star list] before..` for `a, *b, c = seq`: first value on top.
    UnpackEx { before: u16, after: u16 },
    /// `v [spec] -> str`: flags (see [`format_value`]) & CONVERSION is the conversion
    /// (CONV_NONE, CONV_STR, CONV_REPR, CONV_ASCII); HAS_SPEC means a format spec string
    /// is on top of the value; JOINED means a BuildString consumes the result, so a plain
    /// int may stay on the stack as it is.
    FormatValue(u32),

    /// Jump to the target.
    Jump(u32),
    /// `v ->` jump when v is false.
    PopJumpIfFalse(u32),
    /// `v ->` jump when v is true.
    PopJumpIfTrue(u32),
    /// `v -> v` and jump when v is false, else `v ->`.
    JumpIfFalseOrPop(u32),
    /// `v -> v` and jump when v is true, else `v ->`.
    JumpIfTrueOrPop(u32),
    /// `obj -> iter(obj)`
    GetIter,
    /// `it -> it next(it)`, or `it ->` and jump to the target when exhausted.
    ForIter(u32),

    /// `[defaults] [kwdefaults] [annotations] [closure] code -> function`. flags (see [`make_function`]):
    /// DEFAULTS a tuple, KWDEFAULTS a dict, CLOSURE a tuple of cells; pushed in that order.
    MakeFunction(u32),
    /// `f a1..an -> f(a1..an)`
    Call(u32),
    /// `f a1..an names -> f(...)` where `names` is a tuple of str naming the last len(names) args.
    CallKw(u32),
    /// `f args -> f(*args)` (flags 0) or `f args kwargs -> f(*args, **kwargs)` (flags
    /// [`call_ex::KWARGS`]); args is a tuple, kwargs a dict.
    CallEx(u32),
    /// `meth self_or_NULL a1..an -> meth(self?, a1..an)` after LoadMethod.
    CallMethod(u32),
    /// `meth self_or_NULL a1..an names -> ...` as CallMethod with keyword names like CallKw.
    CallMethodKw(u32),
    /// `v ->` return v from the frame.
    Return,
    /// `-> __build_class__`; called as `__build_class__(body_fn, name, *bases, **kw)`.
    /// A class body code returns its `__class__` cell (or None).
    LoadBuildClass,
    /// `->`: gives the module or class namespace an empty `__annotations__` dict unless it has one.
    SetupAnnotations,

    /// Push an exception handler: if an exception is raised before the matching PopBlock,
    /// the stack is cut back to its height here, the exception is pushed, and control
    /// jumps to the target with the exception as the "currently handled" one.
    SetupExcept(u32),
    /// Pop the innermost handler pushed by SetupExcept.
    PopBlock,
    /// Leave an except handler: restore the previously handled exception.
    PopExcept,
    /// `exc type -> exc bool`: does exc match type (a class or tuple of classes)?
    CheckExcMatch,
    /// Forms (see [`raise`]): RERAISE re-raises the handled exception; EXC `exc ->` raises exc;
    /// EXC_FROM `exc cause ->` raises exc from cause.
    Raise(u32),
    /// `exc ->` raise exc again, keeping its traceback (end of a handler that did not match, finally).
    Reraise,
    /// `mgr -> exit enter_result`: calls `mgr.__enter__()`, keeps bound `mgr.__exit__`.
    BeforeWith,
    /// `exit ->` calls `exit(None, None, None)` and discards the result.
    ExitWith,
    /// `exit exc -> exit exc result` calls `exit(type(exc), exc, tb)`.
    WithExceptStart,
    /// `-> AssertionError`
    LoadAssertionError,

    /// `v -> sent`: yield v from this generator frame; resumes with the sent value pushed.
    YieldValue,
    /// `it -> it'`: iter() for `yield from` (a generator or coroutine passes through).
    GetYieldFromIter,
    /// `obj -> awaitable`: a coroutine, or `obj.__await__()`; TypeError otherwise,
    /// whose message names the site (one of [`await_site`]).
    GetAwaitable(u32),
    /// `sub v -> sub` while sub yields (this frame yields the same values and re-runs
    /// this instruction on resume), then `sub v -> result` when sub returns.
    YieldFrom,
    /// `mgr -> aexit awaitable` for `async with`: binds `mgr.__aexit__`, calls `__aenter__`.
    BeforeAsyncWith,
    /// `aiter -> aiter awaitable`: `type(aiter).__anext__(aiter)` for async for.
    GetANext,
    /// `obj -> obj.__aiter__()`
    GetAIter,
    /// Handler of `async for` (and async comprehensions), reached through the SetupExcept
    /// around `GetANext; GetAwaitable; LoadConst None; YieldFrom`: `aiter exc ->`.
    /// If exc is a StopAsyncIteration: leave the handler as PopExcept does (restore the
    /// previously handled exception), pop exc and aiter, and jump to the target (the loop's
    /// `else`/exit). Otherwise re-raise exc (as Reraise).
    EndAsyncFor(u32),

    /// `level fromlist -> module`: import names[i].
    ImportName(u32),
    /// `module -> module module.names[i]` (falls back to importing a submodule).
    ImportFrom(u32),
    /// `module ->` copy its public names into the current namespace.
    ImportStar,
    /// `v ->` REPL echo: print repr(v) unless None, and bind it to `_`.
    PrintExpr,

    /// `subj -> subj bool`: can subj match a sequence pattern (list, tuple, range, deque; never str or bytes)?
    MatchSequence,
    /// `subj -> subj bool`: can subj match a mapping pattern (dict and the dict-like collections)?
    MatchMapping,
    /// `subj -> subj len(subj)`
    GetLen,
    /// `subj keys -> subj keys values`: the values of the keys (a tuple) in the mapping subj, as a
    /// tuple, or None when one is missing; ValueError when a key repeats.
    MatchKeys,
    /// `subj keys -> rest`: a new dict of subj's items without the keys (a tuple), for `**rest`.
    CopyDictWithout,
    /// `subj cls names -> attrs`: when subj is an instance of cls, the values of the first n names of
    /// `cls.__match_args__` then of the attributes `names` (a tuple), as a tuple; None when subj is
    /// not an instance or lacks one of the attributes.
    MatchClass(u32),
    /// `a1 .. a(n-1) v -> v a1 .. a(n-1)`: moves the top value n-1 places down.
    RotN(u32),
}

/// Operand flags of `MakeFunction`: which optional values are on the stack below the code.
pub mod make_function {
    /// A tuple of positional parameter defaults.
    pub const DEFAULTS: u32 = 1;
    /// A dict of keyword-only parameter defaults.
    pub const KWDEFAULTS: u32 = 2;
    /// A dict of parameter and return annotations (`__annotations__`).
    pub const ANNOTATIONS: u32 = 4;
    /// A tuple of the cells of the function's free variables.
    pub const CLOSURE: u32 = 8;
}

/// Operand flags of `FormatValue`.
pub mod format_value {
    /// The bits holding the conversion: one of the `CONV_*` values.
    pub const CONVERSION: u32 = 3;
    /// No conversion: `{v}`.
    pub const CONV_NONE: u32 = 0;
    /// `{v!s}`: str(v).
    pub const CONV_STR: u32 = 1;
    /// `{v!r}`: repr(v).
    pub const CONV_REPR: u32 = 2;
    /// `{v!a}`: ascii(v).
    pub const CONV_ASCII: u32 = 3;
    /// A format spec string is on top of the value.
    pub const HAS_SPEC: u32 = 4;
    /// A BuildString consumes the result: a plain int may stay on the stack as it is.
    pub const JOINED: u32 = 8;
}

/// Operand flags of `CallEx`.
pub mod call_ex {
    /// A dict of keyword arguments is on top of the positional arguments tuple.
    pub const KWARGS: u32 = 1;
}

/// Operand of `Raise`: the form of the `raise` statement.
pub mod raise {
    /// Bare `raise`: re-raise the exception being handled.
    pub const RERAISE: u32 = 0;
    /// `raise exc`
    pub const EXC: u32 = 1;
    /// `raise exc from cause`
    pub const EXC_FROM: u32 = 2;
}

/// Flags of a code object.
pub mod flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    pub const COROUTINE: u32 = 8;
    pub const ASYNC_GENERATOR: u32 = 16;
    /// Module or class body: names go through a namespace dict (LoadName / StoreName).
    pub const NAMESPACE: u32 = 32;
    /// A function-like scope inside another one (CPython's CO_NESTED).
    pub const NESTED: u32 = 64;
    /// Compiled under `from __future__ import annotations`.
    pub const FUTURE_ANNOTATIONS: u32 = 128;
}

/// A source file, kept for tracebacks and error messages.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Byte offset of the start of each line after the first, made on first use.
    line_starts: std::cell::OnceCell<Vec<u32>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile { name: name.into(), text: text.into(), line_starts: Default::default() }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        let starts = self.line_starts.get_or_init(|| {
            memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1).collect()
        });
        let offset = offset.min(self.text.len() as u32);
        starts.partition_point(|&start| start <= offset) as u32 + 1
    }
}

/// Where each instruction of a code object comes from in the source.
#[derive(Debug, Default)]
pub struct PositionTable {
    /// For each instruction, the byte offset in the source it came from.
    pub offsets: Vec<u32>,
    /// For each instruction, the source span of the expression or statement it runs:
    /// what a traceback marks under the source line (CPython's column positions).
    pub spans: Vec<Span>,
}

/// A code object's [`PositionTable`]; code read from the code cache keeps it
/// encoded until a traceback or a line number needs it.
#[derive(Debug)]
pub struct Positions {
    table: std::cell::OnceCell<PositionTable>,
    encoded: Box<[u8]>,
}

impl Positions {
    /// Positions from the compiler.
    pub fn new(table: PositionTable) -> Positions {
        Positions { table: table.into(), encoded: Box::default() }
    }

    /// Positions in the code cache's encoding, decoded on first use.
    pub fn encoded(bytes: &[u8]) -> Positions {
        Positions { table: Default::default(), encoded: bytes.into() }
    }

    /// The table (empty if the encoded form was damaged).
    pub fn table(&self) -> &PositionTable {
        self.table.get_or_init(|| super::code_codec::decode_positions(&self.encoded).unwrap_or_default())
    }
}

/// A compiled function, module or class body.
#[derive(Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub source: Rc<SourceFile>,
    pub instrs: Vec<Instr>,
    /// Where in the source each instruction comes from.
    pub positions: Positions,
    /// Byte offset of the `def` (or the module start), for the first line.
    pub first_offset: u32,
    pub consts: Vec<Value>,
    /// Global, attribute and namespace names.
    pub names: Vec<Rc<str>>,
    /// Local slot names; parameters first, in order: positional, keyword-only, *args, **kwargs.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar, the local slot of the parameter it is copied from at entry.
    pub cell_params: Vec<Option<u32>>,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Per-name cache of global lookups (one entry per `names` element).
    pub global_cache: Box<[Cell<GlobalCacheEntry>]>,
    /// Per-name position hints for attribute lookups in instance and class dicts.
    pub attr_hints: Box<[Cell<u32>]>,
    /// `names` as interned str values (with cached hashes), filled on first use.
    pub name_keys: std::cell::OnceCell<Vec<Value>>,
}

/// A cached global or builtin lookup: the entry's position, valid while both
/// dicts keep their layouts (replacing a value does not change a layout).
#[derive(Debug, Clone, Copy, Default)]
pub struct GlobalCacheEntry {
    /// Address of the globals dict the entry is for (0: nothing cached).
    pub globals: usize,
    pub globals_layout: u64,
    pub builtins_layout: u64,
    /// Position in the globals (`in_builtins` false) or the builtins.
    pub pos: u32,
    pub in_builtins: bool,
}

impl GlobalCacheEntry {
    /// An empty cache for `n` names.
    pub fn table(n: usize) -> Box<[Cell<GlobalCacheEntry>]> {
        (0..n).map(|_| Cell::new(GlobalCacheEntry::default())).collect()
    }
}

impl Code {
    pub fn is_generator_like(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }
    /// The line of instruction `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        let off = self.positions.table().offsets.get(pc).copied().unwrap_or(self.first_offset);
        self.source.line_of(off)
    }
    /// The source span of instruction `pc`, if recorded.
    pub fn span_at(&self, pc: usize) -> Option<Span> {
        self.positions.table().spans.get(pc).copied()
    }
    /// A readable listing of this code object and the code objects nested in it.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out);
        out
    }

    fn disassemble_into(&self, out: &mut String) {
        let _ = writeln!(out, "Disassembly of <code {}>:", self.qualname);
        let mut last_line = 0;
        for (pc, instr) in self.instrs.iter().enumerate() {
            let instr = &instr.unfused();
            let line = self.line_at(pc);
            let line_col = if line != last_line { format!("{line:>4}") } else { "    ".to_string() };
            last_line = line;
            let detail = self.describe_operand(instr);
            let _ = writeln!(out, "{line_col} {pc:>6} {instr:?}{detail}");
        }
        for c in &self.consts {
            if let Some(code) = c.as_code() {
                out.push('\n');
                code.disassemble_into(out);
            }
        }
    }

    fn describe_operand(&self, instr: &Instr) -> String {
        let name = |i: &u32| self.names.get(*i as usize).map(|n| n.to_string()).unwrap_or_default();
        match instr {
            Instr::LoadConst(i) => format!("  ({})", self.consts[*i as usize].debug_repr()),
            Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
                format!("  ({})", self.varnames.get(*i as usize).map(|n| n.to_string()).unwrap_or_default())
            }
            Instr::LoadDeref(i) | Instr::StoreDeref(i) | Instr::DeleteDeref(i) | Instr::LoadClosure(i) => {
                let i = *i as usize;
                let n = if i < self.cellvars.len() {
                    self.cellvars[i].to_string()
                } else {
                    self.freevars.get(i - self.cellvars.len()).map(|n| n.to_string()).unwrap_or_default()
                };
                format!("  ({n})")
            }
            Instr::LoadGlobal(i)
            | Instr::StoreGlobal(i)
            | Instr::DeleteGlobal(i)
            | Instr::LoadName(i)
            | Instr::StoreName(i)
            | Instr::DeleteName(i)
            | Instr::LoadAttr(i)
            | Instr::StoreAttr(i)
            | Instr::DeleteAttr(i)
            | Instr::LoadMethod(i)
            | Instr::ImportName(i)
            | Instr::ImportFrom(i) => format!("  ({})", name(i)),
            Instr::MakeFunction(flags) => {
                use make_function::*;
                describe_flags(*flags, &[(DEFAULTS, "defaults"), (KWDEFAULTS, "kwdefaults"), (ANNOTATIONS, "annotations"), (CLOSURE, "closure")])
            }
            Instr::FormatValue(flags) => {
                use format_value::*;
                let conv = match flags & CONVERSION {
                    CONV_STR => Some("!s"),
                    CONV_REPR => Some("!r"),
                    CONV_ASCII => Some("!a"),
                    _ => None,
                };
                let names = [(CONVERSION, conv.unwrap_or_default()), (HAS_SPEC, "spec"), (JOINED, "joined")];
                describe_flags(*flags, &names)
            }
            Instr::CallEx(flags) => describe_flags(*flags, &[(call_ex::KWARGS, "kwargs")]),
            Instr::Raise(form) => match *form {
                raise::RERAISE => "  (reraise)".to_string(),
                raise::EXC => "  (exc)".to_string(),
                raise::EXC_FROM => "  (exc from cause)".to_string(),
                _ => String::new(),
            },
            _ => String::new(),
        }
    }
}

/// `  (a, b)` naming the set bits of `flags`, or nothing when none is set.
fn describe_flags(flags: u32, names: &[(u32, &str)]) -> String {
    let set: Vec<&str> = names.iter().filter(|(bits, _)| flags & bits != 0).map(|(_, n)| *n).collect();
    if set.is_empty() {
        String::new()
    } else {
        format!("  ({})", set.join(", "))
    }
}

impl Instr {
    /// How many instruction slots this instruction stands for: 1 for a plain instruction,
    /// the length of the fused run for a superinstruction (see `peephole`), whose hidden
    /// originals follow it. Constant for each opcode, so it folds away where the opcode
    /// is known.
    #[inline(always)]
    pub const fn width(self) -> usize {
        match self {
            Instr::FastConstOp(..) | Instr::FastFastOp(..) | Instr::FastConstCmp(..) | Instr::FastStoreAttr(..) => 3,
            Instr::LoadFastFast(..)
            | Instr::LoadFastConst(..)
            | Instr::LoadFastAttr(..)
            | Instr::ConstOp(..)
            | Instr::ConstCmp(..)
            | Instr::StoreFastLoadFast(..)
            | Instr::StoreAttrOfFast(..)
            | Instr::ReturnFast(_)
            | Instr::ReturnConst(_) => 2,
            _ => 1,
        }
    }

    /// The plain instruction a superinstruction was written over (see `peephole`).
    pub fn unfused(self) -> Instr {
        match self {
            Instr::LoadFastFast(a, _)
            | Instr::LoadFastConst(a, _)
            | Instr::LoadFastAttr(a, _)
            | Instr::FastConstOp(a, _, _)
            | Instr::FastFastOp(a, _, _)
            | Instr::FastConstCmp(a, _, _)
            | Instr::FastStoreAttr(a, _, _)
            | Instr::StoreAttrOfFast(a, _) => Instr::LoadFast(a as u32),
            Instr::ConstOp(c, _) | Instr::ConstCmp(c, _) => Instr::LoadConst(c as u32),
            Instr::StoreFastLoadFast(a, _) => Instr::StoreFast(a as u32),
            Instr::ReturnFast(a) => Instr::LoadFast(a),
            Instr::ReturnConst(c) => Instr::LoadConst(c),
            other => other,
        }
    }
}

/// Where `GetAwaitable` finds its operand, for the TypeError of a value that is
/// not awaitable (CPython's GET_AWAITABLE oparg).
pub mod await_site {
    /// An `await` expression.
    pub const AWAIT: u32 = 0;
    /// What `__aenter__` returned (`async with`).
    pub const AENTER: u32 = 1;
    /// What `__aexit__` returned (`async with`).
    pub const AEXIT: u32 = 2;
    /// What `__anext__` returned (`async for`).
    pub const ANEXT: u32 = 3;
}
