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
            check_stringified(e)?;
            self.load_const(Const::Str(unparse::annotation(e)));
            Ok(())
        } else if let ExprKind::Starred(value) = &e.kind {
            // `*args: *Ts` stores the one item the starred value unpacks to.
            self.expr(value)?;
            self.emit(Instr::UnpackSequence(1));
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
    pub(super) fn ann_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R<()> {
        if self.future.annotations {
            check_stringified(annotation)?;
        }
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

/// Under the future import, an annotation may not hold `yield`, `await` or `:=`
/// (CPython's symbol table rejects them): the first one found, as a SyntaxError.
fn check_stringified(e: &Expr) -> R<()> {
    let what = match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some("yield expression"),
        ExprKind::Await(_) => Some("await expression"),
        ExprKind::NamedExpr { .. } => Some("named expression"),
        _ => None,
    };
    if let Some(what) = what {
        return super::codegen::error(format!("'{what}' can not be used within an annotation"), e.span);
    }
    let mut result = Ok(());
    each_child(e, &mut |child| {
        if result.is_ok() {
            result = check_stringified(child);
        }
    });
    result
}

/// Calls `f` on each direct subexpression of `e` evaluated in the annotation's scope.
fn each_child<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    let comps = |gens: &'e [Comprehension], f: &mut dyn FnMut(&'e Expr)| {
        for g in gens {
            f(&g.target);
            f(&g.iter);
            g.ifs.iter().for_each(&mut *f);
        }
    };
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        // A lambda's body is its own scope, where `yield` is allowed: only its defaults count.
        ExprKind::Lambda { params, .. } => {
            let all = params.posonly.iter().chain(&params.args).chain(&params.kwonly);
            all.filter_map(|p| p.default.as_ref()).for_each(f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(body);
            f(test);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => items.iter().for_each(f),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            comps(generators, f);
        }
        ExprKind::DictComp { key, value, generators } => {
            f(key);
            f(value);
            comps(generators, f);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => f(v),
        ExprKind::Yield(v) => v.iter().for_each(|v| f(v)),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FString(parts) => fstring_children(parts, f),
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
    }
}

fn fstring_children<'e>(parts: &'e [FStringPart], f: &mut dyn FnMut(&'e Expr)) {
    for part in parts {
        if let FStringPart::Value { value, format_spec, .. } = part {
            f(value);
            if let Some(spec) = format_spec {
                fstring_children(spec, f);
            }
        }
    }
}
