//! Code generation for `match` statements (structural pattern matching).
//!
//! Each case works on a copy of the subject; its pattern's code consumes that
//! copy. Captured values are not stored as they are found: they stay on the
//! stack, under the values the pattern is still working on, and are stored
//! only once the whole pattern has matched, so a case that fails binds
//! nothing. A failure jumps to a "fail-pop" label that pops however many
//! values are on the stack at that point and then goes on with the next case.
//! The subject is popped before a case body runs, so `break`, `continue` and
//! `return` in a body have nothing to unwind.

use super::bytecode::Instr;
use super::codegen::{error, Compiler, Const, Ctx, Label, R};
use crate::objects::format::{bytes_repr, float_repr, py_str_repr};
use crate::syntax::ast::*;
use num_bigint::BigInt;

/// The state of the pattern being compiled.
struct PatCtx {
    /// Names captured so far; their values are on the stack, the first name's on top of the others.
    stores: Vec<String>,
    /// Whether an irrefutable pattern (a capture or `_`) may appear here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n values and falls through to `fail_pop[n - 1]`; `fail_pop[0]` is the exit.
    fail_pop: Vec<Label>,
    /// How many values above the captured ones the pattern is working on.
    on_top: usize,
    /// The last pattern entered: where compile errors point (as CPython reports them).
    loc: Span,
}

impl PatCtx {
    fn new(allow_irrefutable: bool, loc: Span) -> PatCtx {
        PatCtx { stores: Vec::new(), allow_irrefutable, fail_pop: Vec::new(), on_top: 0, loc }
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase], s: &'a Stmt) -> R<()> {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        // A final `case _:` needs neither a copy of the subject nor a test.
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let tested = n - usize::from(has_default);
        for (i, case) in cases[..tested].iter().enumerate() {
            let last = i + 1 == tested;
            self.at(case.pattern.span);
            if !last {
                self.emit(Instr::Dup);
            }
            let mut pc = PatCtx::new(case.guard.is_some() || i + 1 == n, case.pattern.span);
            self.pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.name_op(name, Ctx::Store)?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            if !last {
                self.emit(Instr::Pop);
            }
            self.stmts(&case.body)?;
            self.at(s.span);
            self.emit_jump(Instr::Jump, end);
            self.at(case.pattern.span);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = &cases[n - 1];
            self.at(case.pattern.span);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `pops` values and fails.
    fn fail_label(&mut self, pc: &mut PatCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
        pc.fail_pop[pops]
    }

    /// Emits a jump (built by `make`) to the failure exit, popping what the pattern has pushed.
    fn jump_to_fail(&mut self, pc: &mut PatCtx, make: fn(u32) -> Instr) {
        let label = self.fail_label(pc, pc.on_top + pc.stores.len());
        self.emit_jump(make, label);
    }

    /// Emits the fail-pop labels: `fail_pop[n]: Pop` down to `fail_pop[0]`, where code continues.
    fn emit_fail_pops(&mut self, pc: &mut PatCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((&exit, pops)) = labels.split_first() else { return };
        for &label in pops.iter().rev() {
            self.bind(label);
            self.emit(Instr::Pop);
        }
        self.bind(exit);
    }

    /// Moves the top of the stack `n - 1` places down.
    fn rotate(&mut self, n: usize) {
        match n {
            0 | 1 => {}
            2 => self.emit(Instr::Rot2),
            3 => self.emit(Instr::Rot3),
            4 => self.emit(Instr::Rot4),
            _ => self.emit(Instr::RotN(n as u32)),
        }
    }

    /// Keeps the value on top for storing in `name` once the pattern matched (`None`: drops it).
    fn capture(&mut self, name: Option<&str>, pc: &mut PatCtx) -> R<()> {
        let Some(name) = name else {
            self.emit(Instr::Pop);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == name) {
            return error(format!("multiple assignments to name '{name}' in pattern"), pc.loc);
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// A pattern nested in another: captures and `_` are always allowed there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Matches the value on top of the stack (consuming it) against `p`.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatCtx) -> R<()> {
        pc.loc = p.span;
        self.at(p.span);
        match &p.kind {
            PatternKind::Value(value) => {
                if LiteralKey::of(value).is_none() && !matches!(value.kind, ExprKind::Attribute { .. }) {
                    return error("patterns may only match literals and attribute lookups", p.span);
                }
                self.expr(value)?;
                self.at(p.span);
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::Singleton(c) => {
                self.load_const(match c {
                    Constant::True => Const::Bool(true),
                    Constant::False => Const::Bool(false),
                    _ => Const::None,
                });
                self.emit(Instr::CompareOp(CmpOp::Is));
                self.jump_to_fail(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::Sequence(items) => self.sequence_pattern(p, items, pc),
            PatternKind::Star(name) => self.capture(name.as_deref(), pc),
            PatternKind::Mapping { keys, patterns, rest } => self.mapping_pattern(p, keys, patterns, rest, pc),
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc)
            }
            PatternKind::As { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    return match name {
                        Some(n) => error(format!("name capture '{n}' makes remaining patterns unreachable"), p.span),
                        None => error("wildcard makes remaining patterns unreachable", p.span),
                    };
                }
                self.capture(name.as_deref(), pc)
            }
            PatternKind::As { pattern: Some(inner), name } => {
                // Match a copy, then keep the original for the name.
                pc.on_top += 1;
                self.emit(Instr::Dup);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.capture(name.as_deref(), pc)
            }
            PatternKind::Or(alts) => self.or_pattern(alts, pc),
        }
    }

    fn sequence_pattern(&mut self, p: &'a Pattern, items: &'a [Pattern], pc: &mut PatCtx) -> R<()> {
        let size = items.len();
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if let PatternKind::Star(_) = item.kind {
                if star.is_some() {
                    return error("multiple starred names in sequence pattern", p.span);
                }
                star = Some(i);
            }
        }
        // Keep the subject on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        let min_len = match star {
            None => Some((size, CmpOp::Eq)),
            Some(_) if size > 1 => Some((size - 1, CmpOp::GtE)),
            Some(_) => None,
        };
        if let Some((len, op)) = min_len {
            self.emit(Instr::GetLen);
            self.load_const(Const::Int(BigInt::from(len)));
            self.emit(Instr::CompareOp(op));
            self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if items.iter().all(Pattern::is_any_wildcard) {
            self.emit(Instr::Pop);
            return Ok(());
        }
        match star {
            // `[a, *_, b]`: index the subject instead of unpacking all of it.
            Some(i) if items[i].is_any_wildcard() => self.sequence_by_index(items, i, pc),
            _ => self.sequence_by_unpacking(p, items, star, pc),
        }
    }

    fn sequence_by_unpacking(
        &mut self,
        p: &'a Pattern,
        items: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatCtx,
    ) -> R<()> {
        let size = items.len();
        match star {
            None => self.emit(Instr::UnpackSequence(size as u32)),
            Some(i) => {
                let after = size - i - 1;
                if i > u16::MAX as usize || after > u16::MAX as usize {
                    return error("too many expressions in star-unpacking sequence pattern", p.span);
                }
                self.emit(Instr::UnpackEx { before: i as u16, after: after as u16 });
            }
        }
        pc.on_top += size;
        for item in items {
            pc.on_top -= 1;
            self.subpattern(item, pc)?;
        }
        Ok(())
    }

    fn sequence_by_index(&mut self, items: &'a [Pattern], star: usize, pc: &mut PatCtx) -> R<()> {
        let size = items.len() as i64;
        pc.on_top += 1;
        for (i, item) in items.iter().enumerate() {
            if item.is_any_wildcard() {
                continue;
            }
            let i = i as i64;
            let index = if i < star as i64 { i } else { i - size };
            self.emit(Instr::Dup);
            self.load_const(Const::Int(BigInt::from(index)));
            self.emit(Instr::BinarySubscr);
            self.subpattern(item, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::Pop);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: &'a Option<String>,
        pc: &mut PatCtx,
    ) -> R<()> {
        let size = keys.len();
        // Keep the subject on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::Pop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Const::Int(BigInt::from(size)));
            self.emit(Instr::CompareOp(CmpOp::GtE));
            self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        }
        let mut seen: Vec<LiteralKey> = Vec::new();
        for key in keys {
            if let Some(lit) = LiteralKey::of(key) {
                if seen.iter().any(|s| s.same(&lit)) {
                    return error(format!("mapping pattern checks duplicate key ({})", lit.repr()), pc.loc);
                }
                seen.push(lit);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return error("mapping pattern keys may only match literals and attribute lookups", pc.loc);
            }
            self.expr(key)?;
        }
        self.at(p.span);
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        // The tuple of keys and the tuple of values (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Instr::Dup);
        self.load_const(Const::None);
        self.emit(Instr::CompareOp(CmpOp::IsNot));
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top = pc.on_top + size - 1;
        for item in patterns {
            pc.on_top -= 1;
            self.subpattern(item, pc)?;
        }
        // What follows consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                self.at(p.span);
                self.emit(Instr::CopyDictWithout);
                self.capture(Some(name), pc)
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
                Ok(())
            }
        }
    }

    fn class_pattern(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatCtx,
    ) -> R<()> {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if let Some(j) = kwd_attrs[i + 1..].iter().position(|a| a == attr) {
                let at = kwd_patterns.get(i + 1 + j).map_or(p.span, |q| q.span);
                return error(format!("attribute name repeated in class pattern: {attr}"), at);
            }
        }
        self.expr(cls)?;
        self.load_const(Const::Tuple(kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect()));
        self.at(p.span);
        self.emit(Instr::MatchClass(patterns.len() as u32));
        self.emit(Instr::Dup);
        self.load_const(Const::None);
        self.emit(Instr::CompareOp(CmpOp::IsNot));
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail(pc, Instr::PopJumpIfFalse);
        let count = patterns.len() + kwd_patterns.len();
        self.emit(Instr::UnpackSequence(count as u32));
        pc.on_top = pc.on_top + count - 1;
        for item in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if item.is_wildcard() {
                self.emit(Instr::Pop);
                continue;
            }
            self.subpattern(item, pc)?;
        }
        Ok(())
    }

    /// `a | b | ...`: every alternative must bind the same names; they are left
    /// on the stack in the order the first alternative captured them.
    fn or_pattern(&mut self, alts: &'a [Pattern], pc: &mut PatCtx) -> R<()> {
        let end = self.new_label();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = std::mem::take(&mut pc.on_top);
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            pc.stores.clear();
            pc.on_top = 0;
            // Only the last alternative may be irrefutable, and only when the whole pattern may be.
            pc.allow_irrefutable = i + 1 == alts.len() && outer_allow;
            self.emit(Instr::Dup);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => self.align_captures(names, pc)?,
            }
            self.emit_jump(Instr::Jump, end);
            self.emit_fail_pops(pc);
        }
        let control = control.unwrap_or_default();
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: drop the subject and fail.
        self.emit(Instr::Pop);
        self.jump_to_fail(pc, Instr::Jump);
        self.bind(end);
        // Move the new captures under the subject, what is on top and the earlier captures.
        let depth = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(depth);
            if pc.stores.contains(&name) {
                return error(format!("multiple assignments to name '{name}' in pattern"), pc.loc);
            }
            pc.stores.push(name);
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    /// Reorders the captures of an alternative of an or-pattern (on the stack and in
    /// `pc.stores`) to the order of the first alternative's, `control`.
    fn align_captures(&mut self, control: &[String], pc: &mut PatCtx) -> R<()> {
        let loc = pc.loc;
        let differ = || error("alternative patterns bind different names", loc);
        if control.len() != pc.stores.len() {
            return differ();
        }
        for want in (0..control.len()).rev() {
            let Some(have) = pc.stores.iter().position(|s| *s == control[want]) else {
                return differ();
            };
            if have == want {
                continue;
            }
            // Move the top `have + 1` captures down so that this one lands at `want`.
            let moved: Vec<String> = pc.stores.drain(..=have).collect();
            let tail = pc.stores.split_off(want - have);
            pc.stores.extend(moved);
            pc.stores.extend(tail);
            for _ in 0..=have {
                self.rotate(want + 1);
            }
        }
        Ok(())
    }
}

/// A literal mapping-pattern key, for the compile-time duplicate check.
enum LiteralKey {
    None,
    /// An int or bool, with its repr: `1` and `True` are the same key.
    Int(BigInt, String),
    /// A float: `1.0` is the same key as `1`.
    Float(f64),
    /// A complex number: `0j` is the same key as `0`.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
}

impl LiteralKey {
    fn of(e: &Expr) -> Option<LiteralKey> {
        let (negative, c) = match &e.kind {
            // A complex literal `real +- imag j`, valued as the run-time sum.
            ExprKind::BinOp { left, op, right } => {
                let ExprKind::Constant(Constant::Imaginary(im)) = right.kind else { return None };
                let re = match LiteralKey::of(left)? {
                    LiteralKey::Int(i, _) => num_traits::ToPrimitive::to_f64(&i)?,
                    LiteralKey::Float(f) => f,
                    _ => return None,
                };
                return Some(match op {
                    BinOp::Sub => LiteralKey::Complex(re - 0.0, 0.0 - im),
                    _ => LiteralKey::Complex(re + 0.0, 0.0 + im),
                });
            }
            ExprKind::Constant(c) => (false, c),
            ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
                ExprKind::Constant(c) => (true, c),
                _ => return None,
            },
            _ => return None,
        };
        Some(match c {
            Constant::None => LiteralKey::None,
            Constant::True => LiteralKey::Int(BigInt::from(1), "True".to_string()),
            Constant::False => LiteralKey::Int(BigInt::from(0), "False".to_string()),
            Constant::Int(digits) => {
                let i = digits.parse::<BigInt>().ok()?;
                let i = if negative { -i } else { i };
                let text = i.to_string();
                LiteralKey::Int(i, text)
            }
            Constant::Float(f) => LiteralKey::Float(if negative { -f } else { *f }),
            Constant::Imaginary(f) if negative => LiteralKey::Complex(-0.0, -f),
            Constant::Imaginary(f) => LiteralKey::Complex(0.0, *f),
            Constant::Str(s) => LiteralKey::Str(s.clone()),
            Constant::Bytes(b) => LiteralKey::Bytes(b.clone()),
            Constant::Ellipsis => return None,
        })
    }

    fn same(&self, other: &LiteralKey) -> bool {
        let int_float = |i: &BigInt, f: f64| {
            f.is_finite() && f.fract() == 0.0 && format!("{f:.0}").parse::<BigInt>().is_ok_and(|g| g == *i)
        };
        match (self, other) {
            (LiteralKey::None, LiteralKey::None) => true,
            (LiteralKey::Int(a, _), LiteralKey::Int(b, _)) => a == b,
            (LiteralKey::Float(a), LiteralKey::Float(b)) => a == b,
            (LiteralKey::Int(i, _), LiteralKey::Float(f)) | (LiteralKey::Float(f), LiteralKey::Int(i, _)) => {
                int_float(i, *f)
            }
            (LiteralKey::Complex(a, b), LiteralKey::Complex(c, d)) => a == c && b == d,
            (LiteralKey::Complex(re, im), other) | (other, LiteralKey::Complex(re, im)) => {
                *im == 0.0 && LiteralKey::Float(*re).same(other)
            }
            (LiteralKey::Str(a), LiteralKey::Str(b)) => a == b,
            (LiteralKey::Bytes(a), LiteralKey::Bytes(b)) => a == b,
            _ => false,
        }
    }

    fn repr(&self) -> String {
        match self {
            LiteralKey::None => "None".to_string(),
            LiteralKey::Int(_, text) => text.clone(),
            LiteralKey::Float(f) => float_repr(*f),
            LiteralKey::Complex(re, im) => crate::objects::format::complex_repr(*re, *im),
            LiteralKey::Str(s) => py_str_repr(s),
            LiteralKey::Bytes(b) => bytes_repr(b),
        }
    }
}
