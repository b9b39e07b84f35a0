//! Code generation core: code units under construction, constants and names,
//! labels and jumps, name resolution, and building function, class and
//! comprehension code objects. Statements are in `codegen_stmt.rs`,
//! expressions in `codegen_expr.rs`.

use super::bytecode::{await_site, flags, make_function, Code, GlobalCacheEntry, Instr, PositionTable, Positions, SourceFile};
use super::future::Future;
use super::scopes::{NameScope, Scope, ScopeKind, SymbolTable};
use crate::syntax::ast::*;
use crate::syntax::diag::SyntaxError;
use crate::vm::value::Value;
use num_bigint::BigInt;
/// Fx-hashed: the compiler's maps are small and keyed by identifiers.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::vm::dict::FxBuild>;
use std::rc::Rc;

pub(super) type R<T> = Result<T, SyntaxError>;

/// Compile a module with an already built symbol table.
pub(super) fn compile(
    module: &Module,
    table: &SymbolTable,
    source: Rc<SourceFile>,
    interactive: bool,
    future: Future,
) -> R<Rc<Code>> {
    let mut c = Compiler { table, source, interactive, future, unit: Unit::new(0, 0), outer: Vec::new() };
    c.setup_annotations(&module.body);
    let mut body = &module.body[..];
    // A module's docstring becomes its `__doc__` (not in interactive input).
    if let (false, Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(doc)), .. }), span })) =
        (interactive, body.first())
    {
        c.unit.offset = span.start;
        c.load_const(Const::Str(doc.clone()));
        let i = c.name_index("__doc__");
        c.emit(Instr::StoreName(i));
        body = &body[1..];
    }
    c.stmts(body)?;
    c.unit.offset = module.body.last().map(|s| s.span.start).unwrap_or(0);
    c.load_const(Const::None);
    c.emit(Instr::Return);
    Ok(c.finish_unit())
}

/// Compile the single expression statement of `module` into code returning its value (`eval`).
pub(super) fn compile_eval(module: &Module, table: &SymbolTable, source: Rc<SourceFile>) -> R<Rc<Code>> {
    let e = match module.body.as_slice() {
        [Stmt { kind: StmtKind::Expr(e), .. }] => e,
        [first, ..] => return error("invalid syntax", first.span),
        [] => return error("invalid syntax", Span { start: 0, end: 0 }),
    };
    let future = Future::default();
    let mut c = Compiler { table, source, interactive: false, future, unit: Unit::new(0, 0), outer: Vec::new() };
    c.at(e.span);
    c.expr(e)?;
    c.emit(Instr::Return);
    Ok(c.finish_unit())
}

/// A compile-time constant; converted to a `Value` when the code object is finished.
#[derive(Debug, Clone)]
pub(super) enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
    Code(Rc<Code>),
}

/// Identity of a constant for deduplication (type-sensitive: `1`, `1.0` and `True` differ).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
}

impl Const {
    fn key(&self) -> Option<ConstKey> {
        Some(match self {
            Const::None => ConstKey::None,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(i) => ConstKey::Int(i.to_string()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Tuple(items) => ConstKey::Tuple(items.iter().map(|c| c.key()).collect::<Option<_>>()?),
            Const::Code(_) => return None,
        })
    }

    fn into_value(self) -> Value {
        match self {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(b),
            Const::Int(i) => Value::bigint(i),
            Const::Float(f) => Value::Float(f),
            Const::Complex(re, im) => Value::complex(re, im),
            Const::Str(s) => Value::str(&s),
            Const::Bytes(b) => Value::bytes(b),
            Const::Ellipsis => Value::Ellipsis,
            Const::Tuple(items) => Value::tuple(items.into_iter().map(Const::into_value).collect()),
            Const::Code(c) => Value::code(c),
        }
    }
}

/// A jump target, resolved to an instruction index when the unit is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Label(u32);

/// An enclosing construct that `break`, `continue` and `return` must unwind.
#[derive(Debug, Clone)]
pub(super) enum Block<'a> {
    /// A loop; `has_iter` when its iterator is on the stack (for / async for).
    Loop { top: Label, end: Label, has_iter: bool },
    /// A try body protected by SetupExcept.
    TryExcept,
    /// An except clause body (the handled exception is active).
    ExceptHandler { name: Option<&'a str> },
    /// The protected part of a try/finally; unwinding runs a copy of the final body.
    FinallyTry { body: &'a [Stmt] },
    /// A final body on the exception path: the exception is on the stack and being handled.
    FinallyEnd,
    /// A with body: the exit function is on the stack.
    With { is_async: bool },
    /// A value (a pending return value) sits on the stack while a final body is inlined.
    PopValue,
    /// An `except*` clause body: break, continue and return may not leave it.
    ExceptStar,
}

/// A code object under construction.
pub(super) struct Unit<'a> {
    pub(super) scope: usize,
    pub(super) instrs: Vec<Instr>,
    pub(super) offsets: Vec<u32>,
    /// Byte offset recorded for the next emitted instruction (its line).
    pub(super) offset: u32,
    /// For each instruction, the source span a traceback marks with carets.
    pub(super) spans: Vec<Span>,
    /// Span recorded for the next emitted instruction.
    pub(super) loc: Span,
    pub(super) first_offset: u32,
    consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<Rc<str>>,
    name_map: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    /// Instructions whose jump operand is still a label number.
    jumps: Vec<usize>,
    pub(super) blocks: Vec<Block<'a>>,
}

impl<'a> Unit<'a> {
    fn new(scope: usize, first_offset: u32) -> Unit<'a> {
        Unit {
            scope,
            instrs: Vec::new(),
            offsets: Vec::new(),
            offset: first_offset,
            spans: Vec::new(),
            loc: Span { start: first_offset, end: first_offset },
            first_offset,
            consts: Vec::new(),
            const_map: HashMap::default(),
            names: Vec::new(),
            name_map: HashMap::default(),
            labels: Vec::new(),
            jumps: Vec::new(),
            blocks: Vec::new(),
        }
    }
}

/// The code generator: the unit being compiled and the units enclosing it.
pub(super) struct Compiler<'a> {
    pub(super) table: &'a SymbolTable,
    pub(super) source: Rc<SourceFile>,
    pub(super) interactive: bool,
    /// The module's `from __future__` features.
    pub(super) future: Future,
    pub(super) unit: Unit<'a>,
    pub(super) outer: Vec<Unit<'a>>,
}

/// Whether a name is being loaded, stored or deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    Load,
    Store,
    Del,
}

pub(super) fn error<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(SyntaxError::new(msg, span))
}

fn jump_target(instr: &mut Instr) -> Option<&mut u32> {
    match instr {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupExcept(t)
        | Instr::EndAsyncFor(t) => Some(t),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn scope(&self) -> &'a Scope {
        &self.table.scopes[self.unit.scope]
    }

    pub(super) fn emit(&mut self, instr: Instr) {
        self.unit.instrs.push(instr);
        self.unit.offsets.push(self.unit.offset);
        self.unit.spans.push(self.unit.loc);
    }

    /// Positions the next instructions at `span`: its start gives their line, the whole
    /// span is what a traceback marks.
    pub(super) fn at(&mut self, span: Span) {
        self.unit.offset = span.start;
        self.unit.loc = span;
    }

    pub(super) fn new_label(&mut self) -> Label {
        self.unit.labels.push(None);
        Label(self.unit.labels.len() as u32 - 1)
    }

    pub(super) fn bind(&mut self, label: Label) {
        self.unit.labels[label.0 as usize] = Some(self.unit.instrs.len() as u32);
    }

    /// Emit a jump-like instruction (`make` builds it from its target) to `label`.
    pub(super) fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.unit.jumps.push(self.unit.instrs.len());
        self.emit(make(label.0));
    }

    pub(super) fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Instr::LoadConst(i));
    }

    pub(super) fn const_index(&mut self, c: Const) -> u32 {
        let key = c.key();
        if let Some(i) = key.as_ref().and_then(|k| self.unit.const_map.get(k)) {
            return *i;
        }
        let i = self.unit.consts.len() as u32;
        self.unit.consts.push(c);
        if let Some(k) = key {
            self.unit.const_map.insert(k, i);
        }
        i
    }

    /// The name-table index of an attribute name, mangled inside a class (`self.__x`).
    pub(super) fn attr_index(&mut self, attr: &str) -> u32 {
        let scope = self.scope();
        self.name_index(&scope.mangle(attr))
    }

    pub(super) fn name_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.unit.name_map.get(name) {
            return *i;
        }
        let i = self.unit.names.len() as u32;
        self.unit.names.push(name.into());
        self.unit.name_map.insert(name.to_string(), i);
        i
    }

    /// Index into the frame's cell array (cellvars, then freevars) of the current unit.
    fn cell_index(&self, name: &str) -> Option<u32> {
        let s = self.scope();
        if let Some(i) = s.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        s.freevars.iter().position(|n| n == name).map(|i| (s.cellvars.len() + i) as u32)
    }

    fn internal(&self, what: &str) -> SyntaxError {
        let at = self.unit.offset as usize;
        SyntaxError::new(format!("internal compiler error: {what}"), Span::new(at, at))
    }

    /// Load, store or delete a variable, choosing the instruction by its scope.
    pub(super) fn name_op(&mut self, name: &str, ctx: Ctx) -> R<()> {
        let scope = self.scope();
        let name = &*scope.key(name);
        let ns = scope.lookup(name);
        let function_like = scope.kind.is_function_like();
        let instr = match ns {
            NameScope::GlobalExplicit => {
                let i = self.name_index(name);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            NameScope::Free | NameScope::Cell => {
                let cell = self.cell_index(name).ok_or_else(|| self.internal(&format!("no cell for '{name}'")))?;
                match ctx {
                    Ctx::Load if !function_like => {
                        Instr::LoadClassDeref { name: self.name_index(name) as u16, cell: cell as u16 }
                    }
                    Ctx::Load => Instr::LoadDeref(cell),
                    Ctx::Store => Instr::StoreDeref(cell),
                    Ctx::Del => Instr::DeleteDeref(cell),
                }
            }
            NameScope::Local if function_like => {
                let slot = scope.varnames.iter().position(|n| n == name);
                let slot = slot.ok_or_else(|| self.internal(&format!("no slot for '{name}'")))? as u32;
                match ctx {
                    Ctx::Load => Instr::LoadFast(slot),
                    Ctx::Store => Instr::StoreFast(slot),
                    Ctx::Del => Instr::DeleteFast(slot),
                }
            }
            NameScope::GlobalImplicit if function_like => {
                let i = self.name_index(name);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            NameScope::Local | NameScope::GlobalImplicit => {
                let i = self.name_index(name);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Start compiling the body of the scope created by `node`.
    pub(super) fn enter_scope<T>(&mut self, node: &T, first_offset: u32) -> R<usize> {
        let id = self.table.scope_of(node).ok_or_else(|| self.internal("scope not found"))?;
        let unit = Unit::new(id, first_offset);
        self.outer.push(std::mem::replace(&mut self.unit, unit));
        Ok(id)
    }

    /// Whether control can reach the end of the current instructions.
    pub(super) fn falls_through(&self) -> bool {
        let end = self.unit.instrs.len() as u32;
        let last_terminates =
            matches!(self.unit.instrs.last(), Some(Instr::Return | Instr::Raise(_) | Instr::Reraise | Instr::Jump(_)));
        !last_terminates || self.unit.labels.contains(&Some(end))
    }

    /// Finish the current unit into a code object and return to the enclosing unit.
    pub(super) fn finish_unit(&mut self) -> Rc<Code> {
        let outer = self.outer.pop();
        let mut unit = match outer {
            Some(o) => std::mem::replace(&mut self.unit, o),
            None => std::mem::replace(&mut self.unit, Unit::new(0, 0)),
        };
        for &pc in &unit.jumps {
            if let Some(t) = jump_target(&mut unit.instrs[pc]) {
                *t = unit.labels.get(*t as usize).copied().flatten().unwrap_or(0);
            }
        }
        super::peephole::fuse(&mut unit.instrs);
        // The per-instruction position tables live as long as the code: no spare capacity.
        unit.offsets.shrink_to_fit();
        unit.spans.shrink_to_fit();
        let names_len = unit.names.len();
        let s = &self.table.scopes[unit.scope];
        let cell_params = s.cellvars.iter().map(|c| s.params.iter().position(|p| p == c).map(|i| i as u32)).collect();
        let strs = |v: &[String]| v.iter().map(|n| Rc::from(n.as_str())).collect::<Vec<Rc<str>>>();
        Rc::new(Code {
            name: s.name.as_str().into(),
            qualname: s.qualname.as_str().into(),
            source: self.source.clone(),
            instrs: unit.instrs,
            positions: Positions::new(PositionTable { offsets: unit.offsets, spans: unit.spans }),
            first_offset: unit.first_offset,
            consts: unit.consts.into_iter().map(Const::into_value).collect(),
            names: unit.names,
            varnames: strs(&s.varnames),
            cellvars: strs(&s.cellvars),
            freevars: strs(&s.freevars),
            cell_params,
            argcount: s.argcount,
            posonlyargcount: s.posonlyargcount,
            kwonlyargcount: s.kwonlyargcount,
            flags: s.code_flags() | if self.future.annotations { flags::FUTURE_ANNOTATIONS } else { 0 },
            global_cache: GlobalCacheEntry::table(names_len),
            attr_hints: (0..names_len).map(|_| std::cell::Cell::new(0)).collect(),
            name_keys: Default::default(),
        })
    }

    /// `[closure] LoadConst code; MakeFunction(flags)` for a finished nested code object.
    pub(super) fn make_function(&mut self, code: Rc<Code>, mut flags: u32) -> R<()> {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let i = self.cell_index(name).ok_or_else(|| self.internal(&format!("no closure cell '{name}'")))?;
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= make_function::CLOSURE;
        }
        self.load_const(Const::Code(code));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// Evaluate defaults and keyword-only defaults; returns the MakeFunction flags.
    fn defaults(&mut self, params: &'a Params) -> R<u32> {
        let mut flags = 0;
        let positional: Vec<&Expr> =
            params.posonly.iter().chain(&params.args).filter_map(|p| p.default.as_ref()).collect();
        if !positional.is_empty() {
            for d in &positional {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(positional.len() as u32));
            flags |= make_function::DEFAULTS;
        }
        let kw: Vec<&Param> = params.kwonly.iter().filter(|p| p.default.is_some()).collect();
        if !kw.is_empty() {
            for p in &kw {
                self.load_const(Const::Str(p.name.clone()));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `def` / `async def`: decorators, defaults, closure, MakeFunction, decorator calls, store.
    pub(super) fn function_def(&mut self, fd: &'a FunctionDef, span: Span) -> R<()> {
        for d in &fd.decorators {
            self.expr(d)?;
        }
        self.unit.offset = span.start;
        let mut flags = self.defaults(&fd.params)?;
        flags |= self.function_annotations(&fd.params, fd.returns.as_ref())?;
        self.enter_scope(fd, span.start)?;
        // co_firstlineno is the line of the first decorator.
        self.unit.first_offset = fd.decorators.first().map_or(span.start, |d| d.span.start);
        let (body, doc) = match fd.body.first() {
            Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(doc)), .. }), .. }) => {
                (&fd.body[1..], Some(doc))
            }
            _ => (&fd.body[..], None),
        };
        self.stmts(body)?;
        if self.falls_through() {
            if let Some(last) = fd.body.last() {
                self.unit.offset = last.span.start;
            }
            self.load_const(Const::None);
            self.emit(Instr::Return);
        }
        let code = self.finish_unit();
        self.unit.offset = span.start;
        self.make_function(code, flags)?;
        if let Some(doc) = doc {
            // `f.__doc__ = doc` before the decorators see the function.
            self.emit(Instr::Dup);
            self.load_const(Const::Str(doc.clone()));
            self.emit(Instr::Rot2);
            let i = self.name_index("__doc__");
            self.emit(Instr::StoreAttr(i));
        }
        self.apply_decorators(&fd.decorators);
        self.at(span);
        self.name_op(&fd.name, Ctx::Store)
    }

    /// The position of an operation on attribute `attr` of `target` (an attribute
    /// expression) when CPython would give it `span`: when the attribute name ends on a
    /// later line than `span` starts, the position starts at the name instead (CPython
    /// counts the name's characters back from its end, as done here).
    pub(super) fn attr_loc(&self, span: Span, target: &Expr, attr: &str) -> Span {
        let end = target.span.end as usize;
        let text = &self.source.text;
        let Some(between) = text.get(span.start as usize..end) else { return span };
        if !between.contains('\n') {
            return span;
        }
        let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let start = end.saturating_sub(attr.chars().count()).max(line_start);
        Span { start: start as u32, end: span.end.max(start as u32) }
    }

    /// Calls the decorators on the value on top, the innermost first, each positioned at
    /// its decorator expression (as CPython's tracebacks show a failing decorator).
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            self.at(d.span);
            self.emit(Instr::Call(1));
        }
    }

    /// `lambda params: body`.
    pub(super) fn lambda(&mut self, e: &'a Expr, params: &'a Params, body: &'a Expr) -> R<()> {
        let flags = self.defaults(params)?;
        self.enter_scope(e, e.span.start)?;
        self.expr(body)?;
        self.emit(Instr::Return);
        let code = self.finish_unit();
        self.make_function(code, flags)
    }

    /// `class Name(bases, **keywords): body`.
    pub(super) fn class_def(&mut self, cd: &'a ClassDef, span: Span) -> R<()> {
        for d in &cd.decorators {
            self.expr(d)?;
        }
        self.unit.offset = span.start;
        self.emit(Instr::LoadBuildClass);
        let id = self.enter_scope(cd, span.start)?;
        self.unit.first_offset = cd.decorators.first().map_or(span.start, |d| d.span.start);
        let scope = &self.table.scopes[id];
        let module = self.name_index("__name__");
        self.emit(Instr::LoadName(module));
        let i = self.name_index("__module__");
        self.emit(Instr::StoreName(i));
        self.load_const(Const::Str(scope.qualname.clone()));
        let i = self.name_index("__qualname__");
        self.emit(Instr::StoreName(i));
        self.setup_annotations(&cd.body);
        let mut body = &cd.body[..];
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(doc)), .. }), span }) =
            body.first()
        {
            self.unit.offset = span.start;
            self.load_const(Const::Str(doc.clone()));
            let i = self.name_index("__doc__");
            self.emit(Instr::StoreName(i));
            body = &body[1..];
        }
        self.stmts(body)?;
        if let Some(last) = cd.body.last() {
            self.unit.offset = last.span.start;
        }
        if scope.needs_class_cell {
            let i = self.cell_index("__class__").ok_or_else(|| self.internal("no __class__ cell"))?;
            self.emit(Instr::LoadClosure(i));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::Return);
        let code = self.finish_unit();
        self.unit.offset = span.start;
        self.make_function(code, 0)?;
        self.load_const(Const::Str(cd.name.clone()));
        self.call_args(2, &cd.bases, &cd.keywords, span)?;
        self.apply_decorators(&cd.decorators);
        self.at(span);
        self.name_op(&cd.name, Ctx::Store)
    }

    /// A list/set/dict comprehension or generator expression: a nested code object
    /// called with the iterator of the outermost `for`.
    pub(super) fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        let Some(first) = generators.first() else {
            return error("comprehension without a 'for' clause", e.span);
        };
        let id = self.enter_scope(e, e.span.start)?;
        self.at(e.span);
        let scope = &self.table.scopes[id];
        let kind = match scope.kind {
            ScopeKind::Comprehension(k) => k,
            _ => return Err(self.internal("not a comprehension scope")),
        };
        use super::scopes::ComprehensionKind as K;
        match kind {
            K::List => self.emit(Instr::BuildList(0)),
            K::Set => self.emit(Instr::BuildSet(0)),
            K::Dict => self.emit(Instr::BuildMap(0)),
            K::Generator => {}
        }
        self.comp_loop(kind, generators, 0, elt, value)?;
        if kind == K::Generator {
            self.load_const(Const::None);
        }
        self.emit(Instr::Return);
        let code = self.finish_unit();
        self.make_function(code, 0)?;
        self.expr(&first.iter)?;
        self.at(e.span);
        self.emit(if first.is_async { Instr::GetAIter } else { Instr::GetIter });
        self.emit(Instr::Call(1));
        if scope.is_coroutine && kind != K::Generator {
            self.await_top(await_site::AWAIT);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        kind: super::scopes::ComprehensionKind,
        gens: &'a [Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        use super::scopes::ComprehensionKind as K;
        let g = &gens[i];
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Instr::GetAIter } else { Instr::GetIter });
        }
        let top = self.new_label();
        let end = self.new_label();
        let handler = self.new_label();
        self.bind(top);
        if g.is_async {
            self.emit_jump(Instr::SetupExcept, handler);
            self.emit(Instr::GetANext);
            self.await_top(await_site::ANEXT);
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            self.expr(elt)?;
            match (kind, value) {
                (K::List, _) => self.emit(Instr::ListAppend(depth)),
                (K::Set, _) => self.emit(Instr::SetAdd(depth)),
                (K::Dict, Some(v)) => {
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                (K::Dict, None) => return Err(self.internal("dict comprehension without value")),
                (K::Generator, _) => {
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit_jump(Instr::Jump, top);
        if g.is_async {
            self.bind(handler);
            self.emit_jump(Instr::EndAsyncFor, end);
        }
        self.bind(end);
        Ok(())
    }

    /// `awaitable -> result`: `GetAwaitable; LoadConst None; YieldFrom`; `site`
    /// says where the awaitable came from (one of `bytecode::await_site`).
    pub(super) fn await_top(&mut self, site: u32) {
        self.emit(Instr::GetAwaitable(site));
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
    }
}
