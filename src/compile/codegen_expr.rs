//! Code generation for expressions: constants (with the little folding we do),
//! operators, conditional jumps, calls, displays, comprehensions, f-strings.

use super::bytecode::{await_site, call_ex, format_value, Instr};
use super::codegen::{error, Compiler, Const, Ctx, Label, R};
use super::codegen_stmt::describe;
use crate::syntax::ast::*;
use num_bigint::BigInt;
/// Fx-hashed: small sets of identifiers.
type HashSet<K> = std::collections::HashSet<K, crate::vm::dict::FxBuild>;

/// The constant an expression folds to: literals, `-<number>`, and tuples of constants.
fn const_of(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => Const::None,
            Constant::True => Const::Bool(true),
            Constant::False => Const::Bool(false),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int(digits) => Const::Int(digits.parse::<BigInt>().ok()?),
            Constant::Float(f) => Const::Float(*f),
            Constant::Imaginary(f) => Const::Complex(0.0, *f),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
        }),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
            ExprKind::Constant(Constant::Int(digits)) => Some(Const::Int(-digits.parse::<BigInt>().ok()?)),
            ExprKind::Constant(Constant::Float(f)) => Some(Const::Float(-f)),
            ExprKind::Constant(Constant::Imaginary(f)) => Some(Const::Complex(-0.0, -f)),
            _ => None,
        },
        ExprKind::Tuple(items) => Some(Const::Tuple(items.iter().map(const_of).collect::<Option<_>>()?)),
        _ => None,
    }
}

/// Python truthiness of a literal, when known at compile time.
fn const_truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Constant(Constant::True) => Some(true),
        ExprKind::Constant(Constant::False | Constant::None) => Some(false),
        ExprKind::Constant(Constant::Int(d)) => Some(d.chars().any(|c| c != '0')),
        _ => None,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

impl<'a> Compiler<'a> {
    /// Compile an expression, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &'a Expr) -> R<()> {
        let saved = (self.unit.offset, self.unit.loc);
        self.at(e.span);
        let r = self.expr_kind(e);
        (self.unit.offset, self.unit.loc) = saved;
        r
    }

    fn expr_kind(&mut self, e: &'a Expr) -> R<()> {
        if let Some(c) = const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = if *op == BoolOpKind::And { Instr::JumpIfFalseOrPop } else { Instr::JumpIfTrueOrPop };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                match &target.kind {
                    ExprKind::Name(n) => self.name_op(n, Ctx::Store)?,
                    _ => {
                        let msg = format!("cannot use assignment expressions with {}", describe(target));
                        return error(msg, target.span);
                    }
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Instr::UnaryOp(*op));
            }
            ExprKind::Lambda { params, body } => self.lambda(e, params, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(else_label);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(items) => self.sequence_display(items, Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate)?,
            ExprKind::List(items) => {
                self.sequence_display(items, Instr::BuildList, Instr::ListAppend, Instr::ListExtend)?
            }
            ExprKind::Tuple(items) => {
                if items.iter().any(is_starred) {
                    self.sequence_display(items, Instr::BuildList, Instr::ListAppend, Instr::ListExtend)?;
                    self.emit(Instr::ListToTuple);
                } else {
                    self.sequence_display(items, Instr::BuildTuple, Instr::ListAppend, Instr::ListExtend)?;
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, elt, None)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, key, Some(value))?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.await_top(await_site::AWAIT);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords, e.span)?,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => return error("invalid constant", e.span),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let loc = self.attr_loc(e.span, e, attr);
                self.at(loc);
                let i = self.attr_index(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => return error("can't use starred expression here", e.span),
            ExprKind::Name(n) => self.name_op(n, Ctx::Load)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    /// Jump to `label` when `e` is truthy (`cond`) / falsy (`!cond`); fall through otherwise.
    /// The jumps are positioned where the enclosing statement or expression is, except
    /// after a comparison: as in CPython, the comparison's position then stays in effect
    /// for the rest of the enclosing statement (an `assert` raises there).
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, label: Label) -> R<()> {
        if let Some(truth) = const_truth(e) {
            if truth == cond {
                self.emit_jump(Instr::Jump, label);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, !cond, label),
            ExprKind::IfExp { test, body, orelse } => {
                // Each branch jumps on its own truth (as CPython compiles it).
                let else_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.jump_if(body, cond, label)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(else_label);
                self.jump_if(orelse, cond, label)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                // `and` jumping on false / `or` jumping on true: every operand may jump directly.
                let direct = (*op == BoolOpKind::And) != cond;
                let skip = self.new_label();
                let last = values.len() - 1;
                for (i, v) in values.iter().enumerate() {
                    if direct || i == last {
                        self.jump_if(v, cond, label)?;
                    } else {
                        self.jump_if(v, !cond, skip)?;
                    }
                }
                self.bind(skip);
                Ok(())
            }
            _ => {
                self.expr(e)?;
                if let ExprKind::Compare { .. } = e.kind {
                    self.at(e.span);
                }
                self.emit_jump(if cond { Instr::PopJumpIfTrue } else { Instr::PopJumpIfFalse }, label);
                Ok(())
            }
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr]) -> R<()> {
        self.expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&comparators[i])?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
                self.emit(Instr::CompareOp(ops[i]));
                self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit(Instr::CompareOp(ops[i]));
            }
        }
        if n > 1 {
            self.emit_jump(Instr::Jump, end);
            self.bind(cleanup);
            self.emit(Instr::Rot2);
            self.emit(Instr::Pop);
            self.bind(end);
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], span: Span) -> R<()> {
        let has_star = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if let (ExprKind::Attribute { value, attr }, false) = (&func.kind, has_star) {
            self.expr(value)?;
            let meth = self.attr_loc(func.span, func, attr);
            self.at(meth);
            let i = self.attr_index(attr);
            self.emit(Instr::LoadMethod(i));
            let call = self.attr_loc(span, func, attr);
            self.at(call);
            for a in args {
                self.expr(a)?;
            }
            let n = (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::CallMethod(n));
            } else {
                self.keyword_values(keywords)?;
                self.at(call);
                self.emit(Instr::CallMethodKw(n));
            }
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(0, args, keywords, span)
    }

    /// Push keyword values then the tuple of their names (no `**` allowed here).
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> R<()> {
        let mut names = Vec::new();
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Const::Str(k.arg.clone().unwrap_or_default()));
        }
        self.load_const(Const::Tuple(names));
        Ok(())
    }

    /// Arguments and the call instruction, with the callable and `pushed` positional
    /// arguments already on the stack.
    pub(super) fn call_args(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword], span: Span) -> R<()> {
        let mut seen = HashSet::default();
        for k in keywords {
            if let Some(name) = &k.arg {
                if !seen.insert(name.as_str()) {
                    return error(format!("keyword argument repeated: {name}"), k.value.span);
                }
            }
        }
        let has_star = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            self.at(span);
            let n = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                self.keyword_values(keywords)?;
                self.at(span);
                self.emit(Instr::CallKw(n));
            }
            return Ok(());
        }
        if let ([Expr { kind: ExprKind::Starred(inner), .. }], 0) = (args, pushed) {
            // `f(*it)`: CallEx takes the iterable itself (and names f if it is not one).
            self.expr(inner)?;
        } else if args.iter().any(is_starred) {
            let leading = args.iter().take_while(|a| !is_starred(a)).count();
            for a in &args[..leading] {
                self.expr(a)?;
            }
            self.emit(Instr::BuildList(pushed + leading as u32));
            for a in &args[leading..] {
                match &a.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        } else {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Instr::BuildTuple(pushed + args.len() as u32));
        }
        if keywords.is_empty() {
            self.at(span);
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.clone()));
                    self.expr(&k.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.at(span);
        self.emit(Instr::CallEx(call_ex::KWARGS));
        Ok(())
    }

    /// A list, set or tuple display. Without starred items: `<items> build(n)`; with them,
    /// the leading plain items are built, then the rest added one by one (`add`/`update` with depth 1).
    fn sequence_display(
        &mut self,
        items: &'a [Expr],
        build: fn(u32) -> Instr,
        add: fn(u32) -> Instr,
        update: fn(u32) -> Instr,
    ) -> R<()> {
        let leading = items.iter().take_while(|a| !is_starred(a)).count();
        for item in &items[..leading] {
            self.expr(item)?;
        }
        self.emit(build(leading as u32));
        for item in &items[leading..] {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(update(1));
                }
                _ => {
                    self.expr(item)?;
                    self.emit(add(1));
                }
            }
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R<()> {
        let leading = keys.iter().take_while(|k| k.is_some()).count().min(values.len());
        for (k, v) in keys.iter().zip(values).take(leading) {
            if let Some(k) = k {
                self.expr(k)?;
            }
            self.expr(v)?;
        }
        self.emit(Instr::BuildMap(leading as u32));
        for (k, v) in keys.iter().zip(values).skip(leading) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    /// Push one str per f-string part (adjacent literals merged); returns how many.
    /// An f-string (or a nested format spec): its parts, joined by BuildString when
    /// there are several. A field joined that way may leave a plain int unformatted
    /// (FormatValue flag JOINED): BuildString writes its digits straight into the result.
    fn fstring(&mut self, parts: &'a [FStringPart]) -> R<()> {
        let mut formats = Vec::new();
        match self.fstring_parts(parts, &mut formats)? {
            0 => self.load_const(Const::Str(String::new())),
            1 => {}
            n => {
                for pc in formats {
                    if let Instr::FormatValue(flags) = &mut self.unit.instrs[pc] {
                        *flags |= format_value::JOINED;
                    }
                }
                self.emit(Instr::BuildString(n));
            }
        }
        Ok(())
    }

    /// Emits the parts of an f-string; returns how many values they push, and records
    /// where its FormatValue instructions are in `formats`.
    fn fstring_parts(&mut self, parts: &'a [FStringPart], formats: &mut Vec<usize>) -> R<u32> {
        let mut count = 0;
        let mut pending = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(s) => pending.push_str(s),
                FStringPart::Value { value, conversion, format_spec, debug_text } => {
                    if let Some(t) = debug_text {
                        pending.push_str(t);
                    }
                    if !pending.is_empty() {
                        self.load_const(Const::Str(std::mem::take(&mut pending)));
                        count += 1;
                    }
                    self.expr(value)?;
                    use format_value::*;
                    let mut flags = match conversion {
                        None if debug_text.is_some() && format_spec.is_none() => CONV_REPR,
                        None => CONV_NONE,
                        Some('s') => CONV_STR,
                        Some('r') => CONV_REPR,
                        Some('a') => CONV_ASCII,
                        Some(c) => return error(format!("f-string: invalid conversion character '{c}'"), value.span),
                    };
                    if let Some(spec) = format_spec {
                        self.fstring(spec)?;
                        flags |= HAS_SPEC;
                    }
                    formats.push(self.unit.instrs.len());
                    self.emit(Instr::FormatValue(flags));
                    count += 1;
                }
            }
        }
        if !pending.is_empty() {
            self.load_const(Const::Str(pending));
            count += 1;
        }
        Ok(count)
    }
}
