//! Annotations, compiled as CPython 3.11 does: a function's parameter and return
//! annotations become its `__annotations__` dict at definition time; annotated
//! names in a module or class body are recorded in the namespace's
//! `__annotations__`; under `from __future__ import annotations` every
//! annotation is stored as its source text instead of being evaluated.

use super::bytecode::{make_function, Instr};
use super::codegen::{Compiler, Const, R};
use super::scopes::ScopeKind;
use super::unparse;
use crate::syntax::ast::*;

/// Whether `body` holds an annotated assignment where CPython's SETUP_ANNOTATIONS
/// looks for one: in the statements and in the blocks of compound statements
/// (not in `match` cases, nor in nested functions and classes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// `SetupAnnotations` at the start of a module or class body that has annotations.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
    }

    /// Pushes one annotation: its value, or its text under the future import.
    fn annotation(&mut self, e: &'a Expr) -> R<()> {
        if self.future.annotations {
            self.load_const(Const::Str(unparse::annotation(e)));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// Builds the `__annotations__` dict of a function being defined, in CPython's
    /// order (parameters, positional-only ones, `*args`, keyword-only ones, `**kw`,
    /// `return`); returns the MakeFunction flag for it (0 when there are none).
    pub(super) fn function_annotations(&mut self, params: &'a Params, returns: Option<&'a Expr>) -> R<u32> {
        let ordered = params.args.iter().chain(&params.posonly).chain(&params.vararg).chain(&params.kwonly);
        let mut entries: Vec<(String, &'a Expr)> =
            ordered.chain(&params.kwarg).filter_map(|p| Some((p.name.clone(), p.annotation.as_ref()?))).collect();
        if let Some(r) = returns {
            entries.push(("return".into(), r));
        }
        if entries.is_empty() {
            return Ok(0);
        }
        let saved = (self.unit.offset, self.unit.loc);
        let n = entries.len() as u32;
        for (name, e) in entries {
            let key = self.scope().mangle(&name).into_owned();
            self.load_const(Const::Str(key));
            self.annotation(e)?;
        }
        (self.unit.offset, self.unit.loc) = saved;
        self.emit(Instr::BuildMap(n));
        Ok(make_function::ANNOTATIONS)
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(&mut self, s: &'a Stmt, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>) -> R<()> {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let in_namespace = matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class);
        // A parenthesized name, `(x): int`, is not a simple target: nothing is recorded.
        let parenthesized = self.source.text.as_bytes().get(s.span.start as usize) == Some(&b'(');
        match &target.kind {
            ExprKind::Name(name) if !parenthesized => {
                if in_namespace {
                    self.annotation(annotation)?;
                    self.at(s.span);
                    let i = self.name_index("__annotations__");
                    self.emit(Instr::LoadName(i));
                    let key = self.scope().mangle(name).into_owned();
                    self.load_const(Const::Str(key));
                    self.emit(Instr::StoreSubscr);
                }
                return Ok(());
            }
            // Without a value, the object (and the subscript) of the target is still evaluated.
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.emit(Instr::Pop);
            }
            ExprKind::Subscript { value: obj, index } if value.is_none() => {
                self.expr(obj)?;
                self.emit(Instr::Pop);
                self.subscript_parts(index)?;
            }
            _ => {}
        }
        if in_namespace && !self.future.annotations {
            self.expr(annotation)?;
            self.emit(Instr::Pop);
        }
        Ok(())
    }

    /// Evaluates and drops the parts of a subscript (the bounds of slices, the items of a tuple).
    fn subscript_parts(&mut self, index: &'a Expr) -> R<()> {
        match &index.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                    self.emit(Instr::Pop);
                }
            }
            ExprKind::Tuple(items) => {
                for item in items {
                    self.subscript_parts(item)?;
                }
            }
            _ => {
                self.expr(index)?;
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }
}
