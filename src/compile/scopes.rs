//! Scope analysis: one symbol table per module, class, function, lambda and
//! comprehension, classifying every name as local, global, free or cell by
//! Python's rules, plus the generator/coroutine facts the code generator needs.
//! Also reports the compile-time errors that depend on where a statement sits
//! (`return` outside a function, `break` outside a loop, bad `global`, ...).

use crate::compile::bytecode::flags;
use crate::syntax::ast::*;
use crate::syntax::diag::SyntaxError;
use std::borrow::Cow;
/// Fx-hashed: the compiler's maps are small and keyed by identifiers.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::vm::dict::FxBuild>;
/// Fx-hashed, as the maps.
type HashSet<K> = std::collections::HashSet<K, crate::vm::dict::FxBuild>;

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
const DEF_COMP_ITER: u8 = 32;
const DEF_ANNOT: u8 = 64;
/// A class-local name that a method also uses as a free variable of an enclosing function.
const DEF_FREE_CLASS: u8 = 128;
const DEF_BOUND: u8 = DEF_LOCAL | DEF_PARAM;

type R<T> = Result<T, SyntaxError>;

/// Which kind of comprehension a comprehension scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    fn scope_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        }
    }
    fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// The kind of block a scope belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(ComprehensionKind),
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: names live in fast slots and cells.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

/// How a name is resolved in one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    /// Bound in this scope (a fast slot in functions, the namespace in module/class bodies).
    Local,
    /// Declared `global` (or a comprehension walrus target at module level).
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function (or declared `nonlocal`): a cell from the closure.
    Free,
    /// Local here and used by a nested scope: stored in a cell.
    Cell,
}

/// The symbol table of one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `f`, `C`, `<lambda>`, `<listcomp>`, `<module>`, ...
    pub name: String,
    /// CPython's `__qualname__`: `C.method`, `outer.<locals>.inner`.
    pub qualname: String,
    pub children: Vec<usize>,
    /// `async def`.
    pub is_async: bool,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// Comprehensions and the interactive module: contains `await`, `async for`, `async with`
    /// or an async comprehension, so the code is a coroutine.
    pub is_coroutine: bool,
    /// A class whose methods use `super` or `__class__`: the body has a `__class__` cell.
    pub needs_class_cell: bool,
    /// Inside a function-like scope, directly or not (CPython's CO_NESTED for functions).
    pub nested: bool,
    /// Parameter names in slot order: positional (incl. positional-only), keyword-only, `*args`, `**kwargs`.
    pub params: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Local slot names (function-like scopes): parameters first, then other non-cell locals.
    pub varnames: Vec<String>,
    /// Sorted names of this scope's cells.
    pub cellvars: Vec<String>,
    /// Sorted names this scope receives from its closure.
    pub freevars: Vec<String>,
    symbols: HashMap<String, u8>,
    order: Vec<String>,
    resolved: HashMap<String, NameScope>,
    /// The name of the innermost enclosing class (this scope's own name for a class):
    /// `__spam` names inside it are mangled to `_Class__spam`.
    pub private: Option<String>,
    /// Spans of `return <value>` statements (an error in an async generator).
    return_values: Vec<Span>,
    /// Where each `nonlocal` name was declared, for error messages.
    decl_spans: HashMap<String, Span>,
    /// Names bound only by value-less annotations (`y: int`): no slot unless used,
    /// as CPython leaves them out of `co_varnames`.
    annotated_only: HashSet<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, qualname: String) -> Scope {
        Scope {
            kind,
            name,
            qualname,
            children: Vec::new(),
            is_async: false,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            nested: false,
            params: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkeywords: false,
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            symbols: HashMap::default(),
            order: Vec::new(),
            resolved: HashMap::default(),
            private: None,
            return_values: Vec::new(),
            decl_spans: HashMap::default(),
            annotated_only: HashSet::default(),
        }
    }

    /// CPython's private name mangling: inside class `C`, an identifier `__spam`
    /// (two leading underscores, not ending in two) stands for `_C__spam`. Used
    /// directly for attribute names.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        match &self.private {
            Some(class) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
                let class = class.trim_start_matches('_');
                if class.is_empty() {
                    Cow::Borrowed(name)
                } else {
                    Cow::Owned(format!("_{class}{name}"))
                }
            }
            _ => Cow::Borrowed(name),
        }
    }

    /// The symbol-table key of a variable name: mangled, except a parameter's
    /// name (mangling it everywhere in the function changes nothing but
    /// keyword arguments, which coil matches by the name as written).
    pub fn key<'n>(&self, name: &'n str) -> Cow<'n, str> {
        if self.private.is_none() || self.params.iter().any(|p| p == name) {
            return Cow::Borrowed(name);
        }
        self.mangle(name)
    }

    /// How `name` resolves here; names never mentioned are implicit globals.
    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved.get(&*self.key(name)).copied().unwrap_or(NameScope::GlobalImplicit)
    }

    /// The code flags implied by this scope (NAMESPACE, VARARGS, GENERATOR, COROUTINE, ...).
    pub fn code_flags(&self) -> u32 {
        let mut f = 0;
        if self.has_varargs {
            f |= flags::VARARGS;
        }
        if self.has_varkeywords {
            f |= flags::VARKEYWORDS;
        }
        if self.nested && self.kind.is_function_like() {
            f |= flags::NESTED;
        }
        match self.kind {
            ScopeKind::Module => {
                f |= flags::NAMESPACE;
                if self.is_coroutine {
                    f |= flags::COROUTINE;
                }
            }
            ScopeKind::Class => f |= flags::NAMESPACE,
            ScopeKind::Function | ScopeKind::Lambda => {
                f |= match (self.is_async, self.is_generator) {
                    (true, true) => flags::ASYNC_GENERATOR,
                    (true, false) => flags::COROUTINE,
                    (false, true) => flags::GENERATOR,
                    (false, false) => 0,
                };
            }
            ScopeKind::Comprehension(ComprehensionKind::Generator) => {
                f |= if self.is_coroutine { flags::ASYNC_GENERATOR } else { flags::GENERATOR };
            }
            ScopeKind::Comprehension(_) => {
                if self.is_coroutine {
                    f |= flags::COROUTINE;
                }
            }
        }
        f
    }

    fn flags_of(&self, name: &str) -> u8 {
        self.symbols.get(&*self.key(name)).copied().unwrap_or(0)
    }

    fn add_flags(&mut self, name: &str, flag: u8) {
        let name = &*self.key(name).into_owned();
        if flag & DEF_LOCAL != 0 {
            self.annotated_only.remove(name);
        }
        match self.symbols.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.symbols.insert(name.to_string(), flag);
                self.order.push(name.to_string());
            }
        }
    }

    /// May `await` and friends appear directly in this scope?
    fn allows_await(&self, top_level_await: bool) -> bool {
        match self.kind {
            ScopeKind::Function => self.is_async,
            ScopeKind::Module => top_level_await,
            _ => false,
        }
    }
}

/// All scopes of a module; scope 0 is the module itself.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// Analyze a module. With `top_level_await` (the REPL), `await`, `async for`,
    /// `async with` and async comprehensions are allowed at module level.
    pub fn build(module: &Module, top_level_await: bool, future_annotations: bool) -> R<SymbolTable> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>".into(), "<module>".into())],
            by_node: HashMap::default(),
            stack: vec![0],
            loops: vec![0],
            top_level_await,
            future_annotations,
        };
        b.stmts(&module.body)?;
        let mut table = SymbolTable { scopes: b.scopes, by_node: b.by_node };
        table.analyze(0, &HashSet::default(), &HashSet::default())?;
        table.finish_names();
        Ok(table)
    }

    /// The scope created by an AST node (a `FunctionDef`, `ClassDef`, or a lambda / comprehension `Expr`).
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    fn analyze(&mut self, id: usize, bound: &HashSet<String>, global: &HashSet<String>) -> R<HashSet<String>> {
        let mut bound = bound.clone();
        let mut global = global.clone();
        let mut local = HashSet::default();
        let mut free = HashSet::default();
        let kind = self.scopes[id].kind;
        let names = self.scopes[id].order.clone();
        for name in &names {
            let f = self.scopes[id].flags_of(name);
            let ns = if f & DEF_GLOBAL != 0 {
                global.insert(name.clone());
                bound.remove(name);
                NameScope::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    let span = self.scopes[id].decl_spans.get(name).copied().unwrap_or_default();
                    return Err(SyntaxError::new(format!("no binding for nonlocal '{name}' found"), span));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if f & DEF_BOUND != 0 {
                local.insert(name.clone());
                global.remove(name);
                NameScope::Local
            } else if kind != ScopeKind::Module && bound.contains(name) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            self.scopes[id].resolved.insert(name.clone(), ns);
        }
        let newbound: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::default(),
            ScopeKind::Class => {
                let mut nb = bound.clone();
                nb.insert("__class__".to_string());
                nb
            }
            _ => bound.union(&local).cloned().collect(),
        };
        let mut newfree = HashSet::default();
        for child in self.scopes[id].children.clone() {
            newfree.extend(self.analyze(child, &newbound, &global)?);
        }
        let scope = &mut self.scopes[id];
        if kind.is_function_like() {
            for name in &local {
                if newfree.remove(name) {
                    scope.resolved.insert(name.clone(), NameScope::Cell);
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            scope.needs_class_cell = true;
        }
        for name in &newfree {
            if scope.symbols.contains_key(name) {
                if kind == ScopeKind::Class {
                    scope.add_flags(name, DEF_FREE_CLASS);
                }
            } else if bound.contains(name) {
                scope.add_flags(name, 0);
                scope.resolved.insert(name.clone(), NameScope::Free);
            }
        }
        free.extend(newfree);
        Ok(free)
    }

    /// Fill varnames, cellvars, freevars from the resolved names.
    fn finish_names(&mut self) {
        for scope in &mut self.scopes {
            let mut cells = Vec::new();
            let mut frees = Vec::new();
            let mut vars = scope.params.clone();
            for name in &scope.order {
                let f = scope.flags_of(name);
                match scope.lookup(name) {
                    NameScope::Cell => cells.push(name.clone()),
                    NameScope::Free => frees.push(name.clone()),
                    NameScope::Local if scope.annotated_only.contains(name) && f & USE == 0 => {}
                    NameScope::Local if scope.kind.is_function_like() && f & DEF_PARAM == 0 => vars.push(name.clone()),
                    _ => {}
                }
                if f & DEF_FREE_CLASS != 0 {
                    frees.push(name.clone());
                }
            }
            if scope.needs_class_cell {
                cells.push("__class__".to_string());
            }
            cells.sort();
            frees.sort();
            frees.dedup();
            scope.cellvars = cells;
            scope.freevars = frees;
            if scope.kind.is_function_like() {
                scope.varnames = vars;
            }
        }
    }
}

/// The first pass: walks the AST, records name uses and definitions per scope.
struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    /// The scopes being visited, innermost last.
    stack: Vec<usize>,
    /// Loop nesting depth in each scope of `stack`.
    loops: Vec<u32>,
    top_level_await: bool,
    /// `from __future__ import annotations`: annotations are never evaluated.
    future_annotations: bool,
}

/// `__debug__` is a constant: binding or deleting it is a SyntaxError, as in CPython.
fn not_debug(name: &str, span: Span, verb: &str) -> R<()> {
    if name == "__debug__" {
        return err(format!("cannot {verb} __debug__"), span);
    }
    Ok(())
}

/// Checks the names a `del` target removes.
fn check_delete(t: &Expr) -> R<()> {
    match &t.kind {
        ExprKind::Name(n) => not_debug(n, t.span, "delete"),
        ExprKind::Attribute { attr, .. } => not_debug(attr, t.span, "delete"),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(check_delete),
        _ => Ok(()),
    }
}

fn err<T>(msg: impl Into<String>, span: Span) -> R<T> {
    Err(SyntaxError::new(msg, span))
}

impl Builder {
    fn cur_id(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id]
    }

    fn add(&mut self, name: &str, flag: u8) {
        self.cur().add_flags(name, flag);
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: usize) -> usize {
        let parent = self.cur_id();
        let p = &self.scopes[parent];
        let qualname = match p.kind {
            ScopeKind::Module => name.to_string(),
            _ if p.flags_of(name) & DEF_GLOBAL != 0 && matches!(kind, ScopeKind::Function | ScopeKind::Class) => {
                name.to_string()
            }
            ScopeKind::Class | ScopeKind::Comprehension(_) => format!("{}.{}", p.qualname, name),
            _ => format!("{}.<locals>.{}", p.qualname, name),
        };
        let private = if kind == ScopeKind::Class { Some(name.to_string()) } else { p.private.clone() };
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name.to_string(), qualname);
        scope.private = private;
        scope.nested = p.nested || p.kind.is_function_like();
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node, id);
        self.stack.push(id);
        self.loops.push(0);
        id
    }

    fn leave(&mut self) -> R<()> {
        let id = self.cur_id();
        let s = &self.scopes[id];
        if s.is_async && s.is_generator {
            if let Some(&span) = s.return_values.first() {
                return err("'return' with value in async generator", span);
            }
        }
        self.stack.pop();
        self.loops.pop();
        Ok(())
    }

    fn params(&mut self, params: &Params, span: Span) -> R<()> {
        let scope = self.cur();
        scope.posonlyargcount = params.posonly.len() as u32;
        scope.argcount = (params.posonly.len() + params.args.len()) as u32;
        scope.kwonlyargcount = params.kwonly.len() as u32;
        scope.has_varargs = params.vararg.is_some();
        scope.has_varkeywords = params.kwarg.is_some();
        let ordered =
            params.posonly.iter().chain(&params.args).chain(&params.kwonly).chain(&params.vararg).chain(&params.kwarg);
        for p in ordered {
            if scope.symbols.contains_key(&p.name) {
                let at = if p.span == Span::default() { span } else { p.span };
                return err(format!("duplicate argument '{}' in function definition", p.name), at);
            }
            not_debug(&p.name, if p.span == Span::default() { span } else { p.span }, "assign to")?;
            scope.params.push(p.name.clone());
            scope.add_flags(&p.name, DEF_PARAM);
        }
        Ok(())
    }

    /// Defaults are evaluated in the enclosing scope; annotations are never evaluated.
    fn param_defaults(&mut self, params: &Params) -> R<()> {
        let all = params.posonly.iter().chain(&params.args).chain(&params.kwonly);
        for d in all.filter_map(|p| p.default.as_ref()) {
            self.expr(d)?;
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn in_loop_body(&mut self, body: &[Stmt]) -> R<()> {
        if let Some(d) = self.loops.last_mut() {
            *d += 1;
        }
        let r = self.stmts(body);
        if let Some(d) = self.loops.last_mut() {
            *d = d.saturating_sub(1);
        }
        r
    }

    fn check_async(&mut self, what: &str, span: Span) -> R<()> {
        let tla = self.top_level_await;
        let scope = self.cur();
        if !scope.allows_await(tla) {
            return err(format!("'{what}' outside async function"), span);
        }
        scope.is_coroutine = true;
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(fd) => {
                self.exprs(&fd.decorators)?;
                self.param_defaults(&fd.params)?;
                if !self.future_annotations {
                    let p = &fd.params;
                    let params = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
                    for a in params.filter_map(|p| p.annotation.as_ref()).chain(&fd.returns) {
                        self.expr(a)?;
                    }
                }
                self.add(&fd.name, DEF_LOCAL);
                self.enter(ScopeKind::Function, &fd.name, &**fd as *const FunctionDef as usize);
                self.cur().is_async = fd.is_async;
                self.params(&fd.params, s.span)?;
                self.stmts(&fd.body)?;
                self.leave()
            }
            StmtKind::ClassDef(cd) => {
                self.exprs(&cd.decorators)?;
                self.exprs(&cd.bases)?;
                for k in &cd.keywords {
                    self.expr(&k.value)?;
                }
                self.add(&cd.name, DEF_LOCAL);
                self.enter(ScopeKind::Class, &cd.name, &**cd as *const ClassDef as usize);
                self.stmts(&cd.body)?;
                self.leave()
            }
            StmtKind::Return(value) => {
                if !self.cur().kind.is_function_like() {
                    return err("'return' outside function", s.span);
                }
                if let Some(v) = value {
                    self.cur().return_values.push(s.span);
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::Delete(targets) => {
                targets.iter().try_for_each(check_delete)?;
                targets.iter().try_for_each(|t| self.target(t, DEF_LOCAL))
            }
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.target(t, DEF_LOCAL))?;
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target, DEF_LOCAL)?;
                self.expr(value)
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                // Annotations are evaluated in module and class bodies only.
                if !self.future_annotations && !self.cur().kind.is_function_like() {
                    self.expr(annotation)?;
                }
                if let ExprKind::Name(n) = &target.kind {
                    let f = self.cur().flags_of(n);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 {
                        let which = if f & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return err(format!("annotated name '{n}' can't be {which}"), target.span);
                    }
                    self.add(n, DEF_LOCAL | DEF_ANNOT);
                    if f & DEF_LOCAL == 0 && value.is_none() {
                        let key = self.cur().key(n).into_owned();
                        self.cur().annotated_only.insert(key);
                    }
                } else {
                    self.target(target, DEF_LOCAL)?;
                }
                value.iter().try_for_each(|v| self.expr(v))
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    self.check_async("async for", s.span)?;
                }
                self.target(target, DEF_LOCAL)?;
                self.expr(iter)?;
                self.in_loop_body(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.in_loop_body(body)?;
                self.stmts(orelse)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    self.check_async("async with", s.span)?;
                }
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t, DEF_LOCAL)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).try_for_each(|e| self.expr(e)),
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for (i, h) in handlers.iter().enumerate() {
                    if h.typ.is_none() && i + 1 < handlers.len() {
                        return err("default 'except:' must be last", h.span);
                    }
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        not_debug(n, h.span, "assign to")?;
                        self.add(n, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a.asname.as_deref().unwrap_or_else(|| a.name.split('.').next().unwrap_or(&a.name));
                    not_debug(bound, a.span, "assign to")?;
                    self.add(bound, DEF_LOCAL);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur_id() != 0 {
                            return err("import * only allowed at module level", s.span);
                        }
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    not_debug(bound, a.span, "assign to")?;
                    self.add(bound, DEF_LOCAL);
                }
                Ok(())
            }
            StmtKind::Global(names) => self.declare(names, DEF_GLOBAL, s.span),
            StmtKind::Nonlocal(names) => {
                if self.cur_id() == 0 {
                    return err("nonlocal declaration not allowed at module level", s.span);
                }
                self.declare(names, DEF_NONLOCAL, s.span)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass => Ok(()),
            StmtKind::Break => {
                if self.loops.last().copied().unwrap_or(0) == 0 {
                    return err("'break' outside loop", s.span);
                }
                Ok(())
            }
            StmtKind::Continue => {
                if self.loops.last().copied().unwrap_or(0) == 0 {
                    return err("'continue' not properly in loop", s.span);
                }
                Ok(())
            }
        }
    }

    /// A pattern of a match statement: captures bind names; values, class names and
    /// mapping keys are loads.
    fn pattern(&mut self, p: &Pattern) -> R<()> {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter().try_for_each(|q| self.pattern(q)),
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|q| self.pattern(q))?;
                if let Some(n) = rest {
                    self.add(n, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|q| self.pattern(q))
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
                Ok(())
            }
        }
    }

    fn declare(&mut self, names: &[String], flag: u8, span: Span) -> R<()> {
        let (what, other, other_what) =
            if flag == DEF_GLOBAL { ("global", DEF_NONLOCAL, "nonlocal") } else { ("nonlocal", DEF_GLOBAL, "global") };
        for name in names {
            let cur = self.cur().flags_of(name);
            let msg = if cur & DEF_PARAM != 0 {
                Some(format!("name '{name}' is parameter and {what}"))
            } else if cur & USE != 0 {
                Some(format!("name '{name}' is used prior to {what} declaration"))
            } else if cur & DEF_ANNOT != 0 {
                Some(format!("annotated name '{name}' can't be {what}"))
            } else if cur & DEF_LOCAL != 0 {
                Some(format!("name '{name}' is assigned to before {what} declaration"))
            } else if cur & other != 0 {
                Some(if flag == DEF_GLOBAL {
                    format!("name '{name}' is nonlocal and global")
                } else {
                    format!("name '{name}' is nonlocal and {other_what}")
                })
            } else {
                None
            };
            if let Some(m) = msg {
                return err(m, span);
            }
            self.add(name, flag);
            let key = self.cur().key(name).into_owned();
            self.cur().decl_spans.insert(key, span);
        }
        Ok(())
    }

    /// A binding target: names get `flag`; attribute and subscript targets are loads.
    fn target(&mut self, t: &Expr, flag: u8) -> R<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                not_debug(n, t.span, "assign to")?;
                self.add(n, flag);
                Ok(())
            }
            ExprKind::Attribute { attr, .. } => {
                not_debug(attr, t.span, "assign to")?;
                self.expr(t)
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(|e| self.target(e, flag)),
            ExprKind::Starred(inner) => self.target(inner, flag),
            _ => self.expr(t),
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> R<()> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, USE);
                if n == "super" && self.cur().kind.is_function_like() {
                    self.add("__class__", USE);
                }
                Ok(())
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.walrus_target(target)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                self.enter(ScopeKind::Lambda, "<lambda>", e as *const Expr as usize);
                self.params(params, e.span)?;
                self.expr(body)?;
                self.leave()
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Set(es) | ExprKind::List(es) | ExprKind::Tuple(es) => self.exprs(es),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, ComprehensionKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, ComprehensionKind::Set, generators, elt, None)
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, ComprehensionKind::Dict, generators, key, Some(value))
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, ComprehensionKind::Generator, generators, elt, None)
            }
            ExprKind::Await(v) => {
                let tla = self.top_level_await;
                let scope = self.cur();
                match scope.kind {
                    ScopeKind::Module if tla => scope.is_coroutine = true,
                    ScopeKind::Module | ScopeKind::Class => return err("'await' outside function", e.span),
                    ScopeKind::Function if scope.is_async => {}
                    ScopeKind::Function | ScopeKind::Lambda => return err("'await' outside async function", e.span),
                    ScopeKind::Comprehension(_) => scope.is_coroutine = true,
                }
                self.expr(v)
            }
            ExprKind::Yield(v) => {
                self.yield_here(e.span)?;
                v.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(e.span)?;
                if self.cur().is_async {
                    return err("'yield from' inside async function", e.span);
                }
                self.expr(v)
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    not_debug(k.arg.as_deref().unwrap_or(""), k.value.span, "assign to")?;
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                lower.iter().chain(upper).chain(step).try_for_each(|x| self.expr(x))
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> R<()> {
        for p in parts {
            if let FStringPart::Value { value, format_spec, .. } = p {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, span: Span) -> R<()> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => err("'yield' outside function", span),
            ScopeKind::Comprehension(k) => err(format!("'yield' inside {}", k.description()), span),
            _ => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    /// `name := value`: inside comprehensions the name binds in the nearest enclosing
    /// function (or module) scope.
    fn walrus_target(&mut self, target: &Expr) -> R<()> {
        let name = match &target.kind {
            ExprKind::Name(n) => n,
            _ => return self.target(target, DEF_LOCAL),
        };
        if !matches!(self.cur().kind, ScopeKind::Comprehension(_)) {
            self.add(name, DEF_LOCAL);
            return Ok(());
        }
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &mut self.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.flags_of(name) & DEF_COMP_ITER != 0 {
                        let msg =
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                        return err(msg, target.span);
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let global = scope.flags_of(name) & DEF_GLOBAL != 0;
                    scope.add_flags(name, DEF_LOCAL);
                    self.add(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
                    return Ok(());
                }
                ScopeKind::Module => {
                    scope.add_flags(name, DEF_GLOBAL);
                    self.add(name, DEF_GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => {
                    return err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    )
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R<()> {
        let Some(first) = generators.first() else {
            return err("comprehension without a 'for' clause", e.span);
        };
        self.expr(&first.iter)?;
        let id = self.enter(ScopeKind::Comprehension(kind), kind.scope_name(), e as *const Expr as usize);
        {
            let scope = &mut self.scopes[id];
            scope.add_flags(".0", DEF_PARAM);
            scope.params.push(".0".into());
            scope.argcount = 1;
            scope.is_generator = kind == ComprehensionKind::Generator;
        }
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target, DEF_LOCAL | DEF_COMP_ITER)?;
            self.exprs(&g.ifs)?;
        }
        self.expr(elt)?;
        if let Some(v) = value {
            self.expr(v)?;
        }
        let is_async = self.scopes[id].is_coroutine && kind != ComprehensionKind::Generator;
        self.leave()?;
        if is_async {
            let tla = self.top_level_await;
            let parent = self.cur();
            if !matches!(parent.kind, ScopeKind::Comprehension(_)) && !parent.allows_await(tla) {
                return err("asynchronous comprehension outside of an asynchronous function", e.span);
            }
            parent.is_coroutine = true;
        }
        Ok(())
    }
}
