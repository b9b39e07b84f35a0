//! The compiler: scope analysis and code generation from the AST to bytecode.

pub mod bytecode;
pub mod code_codec;
mod codegen;
mod codegen_annot;
mod codegen_expr;
mod codegen_match;
mod codegen_stmt;
mod future;
mod nesting;
mod peephole;
pub mod scopes;
mod unparse;

use crate::syntax::ast;
use crate::syntax::diag::SyntaxError;
use bytecode::{Code, SourceFile};
use std::rc::Rc;

/// Compile a module to its code object (`<module>`, flags NAMESPACE).
pub fn compile_module(module: &ast::Module, source: Rc<SourceFile>) -> Result<Rc<Code>, SyntaxError> {
    compile_module_inheriting(module, source, false)
}

/// [`compile_module`] for `exec` and `compile`, which may inherit `from __future__ import
/// annotations` from the code that calls them (`future_annotations`).
pub fn compile_module_inheriting(
    module: &ast::Module,
    source: Rc<SourceFile>,
    future_annotations: bool,
) -> Result<Rc<Code>, SyntaxError> {
    let mut future = future::Future::of(module)?;
    future.annotations |= future_annotations;
    let table = scopes::SymbolTable::build(module, false, future.annotations)?;
    nesting::check(&module.body)?;
    codegen::compile(module, &table, source, false, future)
}

/// Compile the source of `eval`: a module whose body is one expression statement, into
/// code that returns the expression's value.
pub fn compile_eval(module: &ast::Module, source: Rc<SourceFile>) -> Result<Rc<Code>, SyntaxError> {
    let table = scopes::SymbolTable::build(module, false, false)?;
    codegen::compile_eval(module, &table, source)
}

/// Compile one REPL input (or `compile(..., 'single')`): like [`compile_module`], but top-level expression statements
/// end with `PrintExpr`, and top-level `await` (also `async for` / `async with`) is allowed;
/// when present, the module code gets the COROUTINE flag and must be run as a coroutine.
/// `future_annotations`: an earlier input turned on `from __future__ import annotations`.
pub fn compile_interactive(
    module: &ast::Module,
    source: Rc<SourceFile>,
    future_annotations: bool,
) -> Result<Rc<Code>, SyntaxError> {
    let mut future = future::Future::of(module)?;
    future.annotations |= future_annotations;
    let table = scopes::SymbolTable::build(module, true, future.annotations)?;
    nesting::check(&module.body)?;
    codegen::compile(module, &table, source, true, future)
}
