//! Expressions back to source text, as CPython's AST unparser writes them: the
//! strings that `from __future__ import annotations` stores as annotations
//! (`List[int]`, `int | None`, `'a'`), with CPython's spacing and only the
//! parentheses that precedence needs.

use crate::objects::format::{bytes_repr, float_repr, py_str_repr};
use crate::syntax::ast::*;

/// Precedence levels, lowest first (CPython's `PR_*`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The source text of an annotation: `e` written at the level of a test.
pub(super) fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn join(out: &mut String, items: &[Expr], level: u8) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", ARITH),
        BinOp::Sub => ("-", ARITH),
        BinOp::Mult => ("*", TERM),
        BinOp::MatMult => ("@", TERM),
        BinOp::Div => ("/", TERM),
        BinOp::Mod => ("%", TERM),
        BinOp::FloorDiv => ("//", TERM),
        BinOp::Pow => ("**", POWER),
        BinOp::LShift => ("<<", SHIFT),
        BinOp::RShift => (">>", SHIFT),
        BinOp::BitOr => ("|", BOR),
        BinOp::BitXor => ("^", BXOR),
        BinOp::BitAnd => ("&", BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

/// The text of a constant: its repr (`inf` is written `1e309`, as CPython does).
fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(digits) => out.push_str(digits),
        Constant::Float(f) if f.is_infinite() => out.push_str(if *f > 0.0 { "1e309" } else { "-1e309" }),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Imaginary(f) if f.is_infinite() => out.push_str("1e309j"),
        Constant::Imaginary(f) => out.push_str(&crate::objects::format::complex_repr(0.0, *f)),
        Constant::Str(s) => out.push_str(&py_str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (word, pr) = match op {
                BoolOpKind::And => (" and ", AND),
                BoolOpKind::Or => (" or ", OR),
            };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(word);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > TUPLE);
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
            close(out, level > TUPLE);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = binop(*op);
            let rassoc = u8::from(*op == BinOp::Pow);
            open(out, level > pr);
            expr(out, left, pr + rassoc);
            out.push(' ');
            out.push_str(text);
            out.push(' ');
            expr(out, right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            open(out, level > pr);
            out.push_str(text);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda { params, body } => {
            open(out, level > TEST);
            out.push_str("lambda");
            let mut text = String::new();
            self::params(&mut text, params);
            // CPython writes a space only before positional parameters (`lambda*a: 0`).
            if !params.posonly.is_empty() || !params.args.is_empty() {
                out.push(' ');
            }
            out.push_str(&text);
            out.push_str(": ");
            expr(out, body, TEST);
            close(out, level > TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > TEST);
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            close(out, level > TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) if items.is_empty() => out.push_str("{*()}"),
        ExprKind::Set(items) => {
            out.push('{');
            join(out, items, TEST);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await(value) => {
            open(out, level > AWAIT);
            out.push_str("await ");
            expr(out, value, ATOM);
            close(out, level > AWAIT);
        }
        ExprKind::Yield(None) => out.push_str("(yield)"),
        ExprKind::Yield(Some(value)) => {
            out.push_str("(yield ");
            expr(out, value, TEST);
            out.push(')');
        }
        ExprKind::YieldFrom(value) => {
            out.push_str("(yield from ");
            expr(out, value, TEST);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            open(out, level > CMP);
            expr(out, left, CMP + 1);
            for (op, right) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                expr(out, right, CMP + 1);
            }
            close(out, level > CMP);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, ATOM);
            if let ([only @ Expr { kind: ExprKind::GeneratorExp { .. }, .. }], []) = (&args[..], &keywords[..]) {
                expr(out, only, TEST);
                return;
            }
            out.push('(');
            join(out, args, TEST);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, TEST);
            }
            out.push(')');
        }
        ExprKind::FString(parts) => {
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push('f');
            out.push_str(&py_str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, ATOM);
            // `1 .real`: a space keeps the dot from reading as a decimal point.
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            expr(out, value, ATOM);
            out.push('[');
            match &index.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    join(out, items, TEST);
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                // `x[*a]` is a one-item tuple.
                ExprKind::Starred(_) => {
                    expr(out, index, TEST);
                    out.push(',');
                }
                _ => expr(out, index, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred(value) => {
            out.push('*');
            expr(out, value, BOR);
        }
        ExprKind::Name(name) => out.push_str(name),
        ExprKind::List(items) => {
            out.push('[');
            join(out, items, TEST);
            out.push(']');
        }
        ExprKind::Tuple(items) if items.is_empty() => out.push_str("()"),
        ExprKind::Tuple(items) => {
            open(out, level > TUPLE);
            join(out, items, TEST);
            if items.len() == 1 {
                out.push(',');
            }
            close(out, level > TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, TEST + 1);
        }
    }
}

/// A lambda's parameters: `x, /, y=1, *args, z, **kw`.
fn params(out: &mut String, p: &Params) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(", ");
        }
    };
    let positional: Vec<&Param> = p.posonly.iter().chain(&p.args).collect();
    for (i, param) in positional.iter().enumerate() {
        sep(out);
        out.push_str(&param.name);
        if let Some(d) = &param.default {
            out.push('=');
            expr(out, d, TEST);
        }
        if i + 1 == p.posonly.len() {
            out.push_str(", /");
        }
    }
    if p.vararg.is_some() || !p.kwonly.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &p.vararg {
            out.push_str(&v.name);
        }
    }
    for param in &p.kwonly {
        sep(out);
        out.push_str(&param.name);
        if let Some(d) = &param.default {
            out.push('=');
            expr(out, d, TEST);
        }
    }
    if let Some(k) = &p.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name);
    }
}

/// The text inside an f-string's quotes: literal text with braces doubled, and
/// `{expr!c:spec}` for each replacement field.
fn fstring_body(out: &mut String, parts: &[FStringPart]) {
    for part in parts {
        match part {
            FStringPart::Literal(text) => out.push_str(&text.replace('{', "{{").replace('}', "}}")),
            FStringPart::Value { value, conversion, format_spec, debug_text } => {
                if let Some(text) = debug_text {
                    out.push_str(&text.replace('{', "{{").replace('}', "}}"));
                }
                let mut inner = String::new();
                expr(&mut inner, value, TEST + 1);
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                let conversion = match (conversion, debug_text, format_spec) {
                    (None, Some(_), None) => Some('r'),
                    _ => *conversion,
                };
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(c);
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    fstring_body(out, spec);
                }
                out.push('}');
            }
        }
    }
}
