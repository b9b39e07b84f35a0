//! Code generation for statements: assignments, control flow, exception
//! handling, `with`, imports, and the unwinding done by `break`, `continue`
//! and `return` when they leave protected blocks.

use super::bytecode::{await_site, raise, Instr};
use super::codegen::{error, Block, Compiler, Const, Ctx, R};
use super::scopes::ScopeKind;
use crate::syntax::ast::*;

/// What an expression is, for "cannot assign to ..." messages.
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        _ => "expression",
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        let saved = (self.unit.offset, self.unit.loc);
        self.at(s.span);
        let r = self.stmt_kind(s);
        (self.unit.offset, self.unit.loc) = saved;
        r
    }

    fn stmt_kind(&mut self, s: &'a Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(fd) => self.function_def(fd, s.span),
            StmtKind::ClassDef(cd) => self.class_def(cd, s.span),
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), s),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value } => {
                self.ann_assign(s, target, annotation, value.as_ref())
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                self.for_stmt(target, iter, body, orelse, *is_async)
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let orelse_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, orelse_label)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump, end);
                }
                self.bind(orelse_label);
                self.stmts(orelse)?;
                self.bind(end);
                Ok(())
            }
            StmtKind::With { items, body, is_async } => self.with_stmt(items, body, *is_async, s),
            StmtKind::Raise { exc, cause } => {
                let mut n = raise::RERAISE;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = raise::EXC;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = raise::EXC_FROM;
                    }
                }
                self.at(s.span);
                self.emit(Instr::Raise(n));
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Assert { test, msg } => {
                let ok = self.new_label();
                self.jump_if(test, true, ok)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(raise::EXC));
                self.bind(ok);
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Const::Int(0.into()));
                    let fromlist = if a.asname.is_some() { Const::Tuple(Vec::new()) } else { Const::None };
                    self.load_const(fromlist);
                    let i = self.name_index(&a.name);
                    self.emit(Instr::ImportName(i));
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.name_op(bound, Ctx::Store)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, level } => {
                if *level == 0 && module.as_deref() == Some("__future__") && !self.future.allows(s.span) {
                    return error("from __future__ imports must occur at the beginning of the file", s.span);
                }
                self.load_const(Const::Int((*level).into()));
                let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
                self.load_const(Const::Tuple(fromlist));
                let i = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(i));
                if names.iter().any(|a| a.name == "*") {
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for a in names {
                    let i = self.name_index(&a.name);
                    self.emit(Instr::ImportFrom(i));
                    self.name_op(a.asname.as_deref().unwrap_or(&a.name), Ctx::Store)?;
                }
                self.emit(Instr::Pop);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if self.interactive && self.scope().kind == ScopeKind::Module {
                    self.expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.expr(e)?;
                    self.emit(Instr::Pop);
                }
                Ok(())
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, s),
            StmtKind::Break => self.break_continue(true, s),
            StmtKind::Continue => self.break_continue(false, s),
        }
    }

    /// Store the value on top of the stack into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> R<()> {
        let saved = (self.unit.offset, self.unit.loc);
        let r = self.store_target_kind(t);
        (self.unit.offset, self.unit.loc) = saved;
        r
    }

    fn store_target_kind(&mut self, t: &'a Expr) -> R<()> {
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let loc = self.attr_loc(t.span, t, attr);
                self.at(loc);
                let i = self.attr_index(attr);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.at(t.span);
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let stars: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                self.at(t.span);
                match stars[..] {
                    [] => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                    [i] => {
                        let after = elts.len() - i - 1;
                        if i > u16::MAX as usize || after > u16::MAX as usize {
                            return error("too many expressions in star-unpacking assignment", t.span);
                        }
                        self.emit(Instr::UnpackEx { before: i as u16, after: after as u16 });
                    }
                    _ => return error("multiple starred expressions in assignment", t.span),
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => error("starred assignment target must be in a list or tuple", t.span),
            _ => error(format!("cannot assign to {}", describe(t)), t.span),
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> R<()> {
        let saved = (self.unit.offset, self.unit.loc);
        let r = self.delete_target_kind(t);
        (self.unit.offset, self.unit.loc) = saved;
        r
    }

    fn delete_target_kind(&mut self, t: &'a Expr) -> R<()> {
        self.at(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let loc = self.attr_loc(t.span, t, attr);
                self.at(loc);
                let i = self.attr_index(attr);
                self.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(|e| self.delete_target(e)),
            _ => error(format!("cannot delete {}", describe(t)), t.span),
        }
    }

    /// `target op= value`: the operator is positioned at the whole statement, the load
    /// and store of an attribute or item at the target, as CPython does.
    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R<()> {
        let stmt_loc = self.unit.loc;
        match &target.kind {
            ExprKind::Name(n) => {
                self.at(target.span);
                self.name_op(n, Ctx::Load)?;
                self.expr(value)?;
                self.unit.loc = stmt_loc;
                self.emit(Instr::InplaceOp(op));
                self.at(target.span);
                self.name_op(n, Ctx::Store)
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                let i = self.attr_index(attr);
                let loc = self.attr_loc(target.span, target, attr);
                self.at(loc);
                self.emit(Instr::Dup);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.unit.loc = stmt_loc;
                self.emit(Instr::InplaceOp(op));
                self.at(loc);
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.at(target.span);
                self.emit(Instr::DupTwo);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.unit.loc = stmt_loc;
                self.emit(Instr::InplaceOp(op));
                self.unit.loc = target.span;
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            _ => {
                error(format!("'{}' is an illegal expression for augmented assignment", describe(target)), target.span)
            }
        }
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
    ) -> R<()> {
        let (start, stmt_loc) = (self.unit.offset, self.unit.loc);
        let top = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.unit.offset = start;
        if is_async {
            let handler = self.new_label();
            self.emit(Instr::GetAIter);
            self.bind(top);
            self.emit_jump(Instr::SetupExcept, handler);
            self.emit(Instr::GetANext);
            self.await_top(await_site::ANEXT);
            self.emit(Instr::PopBlock);
            self.store_target(target)?;
            self.loop_body(body, top, end, true)?;
            self.at_last_instruction();
            self.emit_jump(Instr::Jump, top);
            self.bind(handler);
            (self.unit.offset, self.unit.loc) = (start, stmt_loc);
            self.emit_jump(Instr::EndAsyncFor, orelse_label);
        } else {
            self.emit(Instr::GetIter);
            self.bind(top);
            self.emit_jump(Instr::ForIter, orelse_label);
            self.store_target(target)?;
            self.loop_body(body, top, end, true)?;
            self.at_last_instruction();
            self.emit_jump(Instr::Jump, top);
        }
        self.bind(orelse_label);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Positions the next instruction where the last one is: a `for` loop's
    /// jump back belongs to the body's last line, as in CPython (so Ctrl-C,
    /// checked on that jump, reports the line that was running).
    fn at_last_instruction(&mut self) {
        if let (Some(&offset), Some(&loc)) = (self.unit.offsets.last(), self.unit.spans.last()) {
            (self.unit.offset, self.unit.loc) = (offset, loc);
        }
    }

    fn loop_body(
        &mut self,
        body: &'a [Stmt],
        top: super::codegen::Label,
        end: super::codegen::Label,
        has_iter: bool,
    ) -> R<()> {
        self.unit.blocks.push(Block::Loop { top, end, has_iter });
        let r = self.stmts(body);
        self.unit.blocks.pop();
        r
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R<()> {
        let top = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.jump_if(test, false, orelse_label)?;
        self.loop_body(body, top, end, false)?;
        self.emit_jump(Instr::Jump, top);
        self.bind(orelse_label);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool, s: &'a Stmt) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context)?;
        self.at(s.span);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_top(await_site::AENTER);
        } else {
            self.emit(Instr::BeforeWith);
        }
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.emit(Instr::Pop),
        }
        self.emit_jump(Instr::SetupExcept, handler);
        self.unit.blocks.push(Block::With { is_async });
        let r = if rest.is_empty() { self.stmts(body) } else { self.with_stmt(rest, body, is_async, s) };
        self.unit.blocks.pop();
        r?;
        self.at(s.span);
        self.emit(Instr::PopBlock);
        self.exit_with(is_async);
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_top(await_site::AEXIT);
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// `exit ->`: call the exit function with three Nones (awaiting it for `async with`).
    fn exit_with(&mut self, is_async: bool) {
        if is_async {
            self.load_const(Const::None);
            self.emit(Instr::Dup);
            self.emit(Instr::Dup);
            self.emit(Instr::Call(3));
            self.await_top(await_site::AEXIT);
            self.emit(Instr::Pop);
        } else {
            self.emit(Instr::ExitWith);
        }
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R<()> {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let start = self.unit.offset;
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupExcept, handler);
        self.unit.blocks.push(Block::FinallyTry { body: finalbody });
        let r = if handlers.is_empty() {
            self.stmts(body).and_then(|_| self.stmts(orelse))
        } else {
            self.try_except(body, handlers, orelse)
        };
        self.unit.blocks.pop();
        r?;
        self.unit.offset = start;
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        self.unit.blocks.push(Block::FinallyEnd);
        let r = self.stmts(finalbody);
        self.unit.blocks.pop();
        r?;
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> R<()> {
        if handlers.iter().any(|h| h.star) {
            if let Some(h) = handlers.iter().find(|h| !h.star) {
                return error("cannot have both 'except' and 'except*' on the same 'try'", h.span);
            }
            return self.try_except_star(body, handlers, orelse);
        }
        let end = self.protected_body(body, orelse)?;
        let mut has_bare = false;
        for h in handlers {
            self.at(h.span);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.at(h.span);
                    self.emit(Instr::CheckExcMatch);
                    self.emit_jump(Instr::PopJumpIfFalse, next);
                }
                None => has_bare = true,
            }
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store)?,
                None => self.emit(Instr::Pop),
            }
            self.unit.blocks.push(Block::ExceptHandler { name: h.name.as_deref() });
            let r = self.stmts(&h.body);
            self.unit.blocks.pop();
            r?;
            self.at(h.span);
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.clear_name(n)?;
            }
            self.emit_jump(Instr::Jump, end);
            self.bind(next);
            if has_bare {
                break;
            }
        }
        if !has_bare {
            self.emit(Instr::Reraise);
        }
        self.bind(end);
        Ok(())
    }

    /// `SetupExcept(H) body PopBlock orelse Jump(END) H:` — the part every try/except
    /// shares; returns the END label, with the handler label bound where code continues.
    fn protected_body(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> R<super::codegen::Label> {
        let start = self.unit.offset;
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupExcept, handler);
        self.unit.blocks.push(Block::TryExcept);
        let r = self.stmts(body);
        self.unit.blocks.pop();
        r?;
        self.unit.offset = start;
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        Ok(end)
    }

    /// `try ... except* T ...`: the caught exception becomes a state list S (built by the
    /// builtin `__eg_begin__`); each clause asks `__eg_match__(S, T)` for the part of the group
    /// it handles, exceptions raised by clause bodies are recorded with `__eg_raised__(S, exc)`,
    /// and `__eg_finish__(S)` re-raises what is left, as CPython does.
    fn try_except_star(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> R<()> {
        let end = self.protected_body(body, orelse)?;
        // [exc] -> [S]
        let begin = self.name_index("__eg_begin__");
        self.emit(Instr::LoadGlobal(begin));
        self.emit(Instr::Rot2);
        self.emit(Instr::Call(1));
        for h in handlers {
            self.at(h.span);
            let skip = self.new_label();
            let next = self.new_label();
            let matcher = self.name_index("__eg_match__");
            // [S] -> [S, match]
            self.emit(Instr::Dup);
            self.emit(Instr::LoadGlobal(matcher));
            self.emit(Instr::Rot2);
            if let Some(t) = &h.typ {
                self.expr(t)?;
            }
            self.at(h.span);
            self.emit(Instr::Call(2));
            self.emit(Instr::Dup);
            self.load_const(Const::None);
            self.emit(Instr::CompareOp(crate::syntax::ast::CmpOp::IsNot));
            self.emit_jump(Instr::PopJumpIfFalse, skip);
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store)?,
                None => self.emit(Instr::Pop),
            }
            // The clause body, with exceptions it raises recorded in S.
            let raised = self.new_label();
            self.emit_jump(Instr::SetupExcept, raised);
            self.unit.blocks.push(Block::ExceptStar);
            let r = self.stmts(&h.body);
            self.unit.blocks.pop();
            r?;
            self.at(h.span);
            self.emit(Instr::PopBlock);
            self.emit_jump(Instr::Jump, next);
            self.bind(raised);
            // [S, exc2] -> [S]
            let record = self.name_index("__eg_raised__");
            self.emit(Instr::Rot2);
            self.emit(Instr::Dup);
            self.emit(Instr::Rot3);
            self.emit(Instr::Rot2);
            self.emit(Instr::LoadGlobal(record));
            self.emit(Instr::Rot3);
            self.emit(Instr::Call(2));
            self.emit(Instr::Pop);
            self.emit(Instr::PopExcept);
            self.bind(next);
            if let Some(n) = &h.name {
                self.clear_name(n)?;
            }
            let after = self.new_label();
            self.emit_jump(Instr::Jump, after);
            self.bind(skip);
            self.emit(Instr::Pop);
            self.bind(after);
        }
        // [S] -> raise what is left, or fall through.
        let finish = self.name_index("__eg_finish__");
        self.emit(Instr::LoadGlobal(finish));
        self.emit(Instr::Rot2);
        self.emit(Instr::Call(1));
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` at the end of `except E as name`.
    fn clear_name(&mut self, name: &str) -> R<()> {
        self.load_const(Const::None);
        self.name_op(name, Ctx::Store)?;
        self.name_op(name, Ctx::Del)
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>, s: &'a Stmt) -> R<()> {
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        self.unit.offset = s.span.start;
        self.unwind(0, true)?;
        self.unit.offset = s.span.start;
        self.emit(Instr::Return);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, s: &'a Stmt) -> R<()> {
        let found = self.unit.blocks.iter().rposition(|b| matches!(b, Block::Loop { .. }));
        let (depth, Some(Block::Loop { top, end, has_iter })) =
            (found, found.and_then(|i| self.unit.blocks.get(i).cloned()))
        else {
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return error(msg, s.span);
        };
        self.unwind(depth.unwrap_or(0) + 1, false)?;
        self.unit.offset = s.span.start;
        if is_break {
            if has_iter {
                self.emit(Instr::Pop);
            }
            self.emit_jump(Instr::Jump, end);
        } else {
            self.emit_jump(Instr::Jump, top);
        }
        Ok(())
    }

    /// Emit the cleanup for leaving blocks `blocks[depth..]`, innermost first.
    /// `preserve_tos`: a return value on top of the stack must survive.
    fn unwind(&mut self, depth: usize, preserve_tos: bool) -> R<()> {
        let mut i = self.unit.blocks.len();
        while i > depth {
            i -= 1;
            let block = self.unit.blocks[i].clone();
            match block {
                Block::Loop { has_iter, .. } => {
                    if has_iter {
                        self.pop_under(preserve_tos);
                    }
                }
                Block::TryExcept => self.emit(Instr::PopBlock),
                Block::ExceptHandler { name } => {
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name {
                        self.clear_name(n)?;
                    }
                }
                Block::FinallyTry { body } => {
                    self.emit(Instr::PopBlock);
                    let saved = self.unit.blocks.split_off(i);
                    if preserve_tos {
                        self.unit.blocks.push(Block::PopValue);
                    }
                    let r = self.stmts(body);
                    self.unit.blocks.truncate(i);
                    self.unit.blocks.extend(saved);
                    r?;
                }
                Block::FinallyEnd => {
                    self.emit(Instr::PopExcept);
                    self.pop_under(preserve_tos);
                }
                Block::With { is_async } => {
                    self.emit(Instr::PopBlock);
                    if preserve_tos {
                        self.emit(Instr::Rot2);
                    }
                    self.exit_with(is_async);
                }
                Block::PopValue => self.pop_under(preserve_tos),
                Block::ExceptStar => {
                    let at = self.unit.offset as usize;
                    return error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        Span::new(at, at + 1),
                    );
                }
            }
        }
        Ok(())
    }

    /// Pop the value on top of the stack, or the one below it when `preserve_tos`.
    fn pop_under(&mut self, preserve_tos: bool) {
        if preserve_tos {
            self.emit(Instr::Rot2);
        }
        self.emit(Instr::Pop);
    }
}
