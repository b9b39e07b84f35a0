//! The semantic checks and node builders that the grammar actions call:
//! assignment and deletion targets, parameter lists, call arguments,
//! comprehensions, `if`/`elif` chains, decorators and `async`.

use super::ast::*;
use super::diag::SyntaxError;
use super::token::Token;
use lalrpop_util::ParseError;

/// The error type of fallible grammar actions.
pub(crate) type PError = ParseError<usize, Token, SyntaxError>;

/// Wraps a semantic error for a fallible grammar action.
pub(crate) fn user(error: SyntaxError) -> PError {
    ParseError::User { error }
}

/// A statement spanning `l..r`.
pub(crate) fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt { kind, span: Span::new(l, r) }
}

/// An expression spanning `l..r`.
pub(crate) fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr { kind, span: Span::new(l, r) }
}

/// `a` stays `a`; `a,` and `a, b` become tuples.
pub(crate) fn tuple_or_single(mut v: Vec<Expr>, comma: bool, l: usize, r: usize) -> Expr {
    if v.len() == 1 && !comma {
        if let Some(e) = v.pop() {
            return e;
        }
    }
    expr(ExprKind::Tuple(v), l, r)
}

/// A flat `and`/`or` chain.
pub(crate) fn bool_op(op: BoolOpKind, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

/// A binary operation.
pub(crate) fn bin_op(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    expr(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, l, r)
}

/// A unary operation.
pub(crate) fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    expr(ExprKind::UnaryOp { op, operand: Box::new(operand) }, l, r)
}

/// `( ... )` holding one or more elements: a parenthesized expression or a tuple.
pub(crate) fn parenthesized(v: Vec<Expr>, comma: bool, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    let e = tuple_or_single(v, comma, l, r);
    if let ExprKind::Starred(_) = e.kind {
        return Err(SyntaxError::new("cannot use starred expression here", e.span));
    }
    Ok(e)
}

/// Which display a comprehension builds.
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// A comprehension or generator expression; its element may not be starred.
pub(crate) fn comprehension(
    kind: CompKind,
    elt: Expr,
    value: Option<Expr>,
    generators: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred(_) = elt.kind {
        return Err(SyntaxError::new("iterable unpacking cannot be used in comprehension", elt.span));
    }
    let elt = Box::new(elt);
    let kind = match (kind, value) {
        (CompKind::Dict, Some(value)) => ExprKind::DictComp { key: elt, value: Box::new(value), generators },
        (CompKind::List, _) => ExprKind::ListComp { elt, generators },
        (CompKind::Set, _) => ExprKind::SetComp { elt, generators },
        _ => ExprKind::GeneratorExp { elt, generators },
    };
    Ok(expr(kind, l, r))
}

/// One argument of a call, before ordering checks.
pub(crate) enum Argument {
    /// A positional argument, possibly `*iterable`.
    Positional(Expr),
    /// `name=value`, or `**mapping` when the name is `None`.
    Keyword(Option<String>, Expr),
}

/// Splits call arguments into positional and keyword lists, checking their order.
pub(crate) fn call_args(items: Vec<Argument>) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let (mut args, mut keywords) = (Vec::new(), Vec::<Keyword>::new());
    for item in items {
        match item {
            Argument::Positional(e) => {
                let starred = matches!(e.kind, ExprKind::Starred(_));
                let after_unpack = keywords.iter().any(|k| k.arg.is_none());
                let msg = match (starred, after_unpack, keywords.is_empty()) {
                    (true, true, _) => Some("iterable argument unpacking follows keyword argument unpacking"),
                    (false, true, _) => Some("positional argument follows keyword argument unpacking"),
                    (false, false, false) => Some("positional argument follows keyword argument"),
                    _ => None,
                };
                if let Some(msg) = msg {
                    return Err(SyntaxError::new(msg, e.span));
                }
                args.push(e);
            }
            Argument::Keyword(arg, value) => keywords.push(Keyword { arg, value }),
        }
    }
    Ok((args, keywords))
}

/// One item of a parameter list, before ordering checks.
pub(crate) enum ParamItem {
    Plain(Param),
    Slash(Span),
    Star(Span, Option<Param>),
    DoubleStar(Param),
}

/// Assembles a parameter list, enforcing Python's ordering rules.
pub(crate) fn build_params(items: Vec<ParamItem>) -> Result<Params, SyntaxError> {
    let mut p = Params::default();
    let (mut star, mut slash, mut default) = (None::<Span>, false, false);
    let mut names: Vec<String> = Vec::new();
    for item in items {
        let span = match &item {
            ParamItem::Plain(q) | ParamItem::DoubleStar(q) => q.span,
            ParamItem::Slash(s) | ParamItem::Star(s, _) => *s,
        };
        let err = |msg: &str| Err(SyntaxError::new(msg, span));
        if p.kwarg.is_some() {
            return err("arguments cannot follow var-keyword argument");
        }
        if let ParamItem::Plain(q) | ParamItem::Star(_, Some(q)) | ParamItem::DoubleStar(q) = &item {
            if names.contains(&q.name) {
                return err(&format!("duplicate argument '{}' in function definition", q.name));
            }
            names.push(q.name.clone());
        }
        match item {
            ParamItem::Plain(q) if star.is_some() => p.kwonly.push(q),
            ParamItem::Plain(q) => {
                if q.default.is_some() {
                    default = true;
                } else if default {
                    return err("non-default argument follows default argument");
                }
                p.args.push(q);
            }
            ParamItem::Slash(_) => {
                if star.is_some() {
                    return err("/ must be ahead of *");
                }
                if slash {
                    return err("/ may appear only once");
                }
                if p.args.is_empty() {
                    return err("at least one argument must precede /");
                }
                slash = true;
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::Star(s, q) => {
                if star.is_some() {
                    return err("* argument may appear only once");
                }
                if q.as_ref().is_some_and(|q| q.default.is_some()) {
                    return err("var-positional argument cannot have default value");
                }
                star = Some(s);
                p.vararg = q;
            }
            ParamItem::DoubleStar(q) => {
                if q.default.is_some() {
                    return err("var-keyword argument cannot have default value");
                }
                p.kwarg = Some(q);
            }
        }
    }
    if let Some(s) = star {
        if p.vararg.is_none() && p.kwonly.is_empty() {
            return Err(SyntaxError::new("named arguments must follow bare *", s));
        }
    }
    Ok(p)
}

/// Where an assignment target appears (for error messages).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetCtx {
    /// `=`.
    Assign,
    /// `for` loops, comprehensions and `with ... as`.
    For,
    Del,
}

/// What CPython calls an expression in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Starred(_) => "starred",
        _ => "expression",
    }
}

/// Checks that `e` can be assigned to (or deleted, for [`TargetCtx::Del`]).
pub(crate) fn check_target(e: &Expr, ctx: TargetCtx) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        if ctx != TargetCtx::Del {
            return Err(SyntaxError::new("starred assignment target must be in a list or tuple", e.span));
        }
    }
    check_nested(e, ctx, true)
}

fn check_nested(e: &Expr, ctx: TargetCtx, top: bool) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let stars = items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count();
            if stars > 1 && ctx != TargetCtx::Del {
                return Err(SyntaxError::new("multiple starred expressions in assignment", e.span));
            }
            items.iter().try_for_each(|i| check_nested(i, ctx, false))
        }
        ExprKind::Starred(inner) if ctx != TargetCtx::Del => check_nested(inner, ctx, false),
        _ => {
            let what = describe(e);
            let msg = match ctx {
                TargetCtx::Del => format!("cannot delete {what}"),
                TargetCtx::Assign if top && !matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) => {
                    format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
                }
                _ if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) => {
                    "assignment to yield expression not possible".to_string()
                }
                _ => format!("cannot assign to {what}"),
            };
            Err(SyntaxError::new(msg, e.span))
        }
    }
}

/// `t1 = t2 = ... = value`.
pub(crate) fn assign(first: Expr, mut rest: Vec<Expr>) -> Result<StmtKind, SyntaxError> {
    let value = rest.pop().unwrap_or_else(|| expr(ExprKind::Constant(Constant::None), 0, 0));
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    for t in &targets {
        check_target(t, TargetCtx::Assign)?;
    }
    Ok(StmtKind::Assign { targets, value })
}

/// `target op= value`, whose target must be a name, attribute or subscript.
pub(crate) fn aug_assign(target: Expr, op: BinOp, value: Expr) -> Result<StmtKind, SyntaxError> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(StmtKind::AugAssign { target, op, value })
        }
        _ => {
            let msg = format!("'{}' is an illegal expression for augmented assignment", aug_describe(&target));
            Err(SyntaxError::new(msg, target.span))
        }
    }
}

fn aug_describe(e: &Expr) -> &'static str {
    match e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => describe(e),
    }
}

/// `target: annotation [= value]`, whose target must be a single target.
pub(crate) fn ann_assign(target: Expr, annotation: Expr, value: Option<Expr>) -> Result<StmtKind, SyntaxError> {
    let msg = match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            return Ok(StmtKind::AnnAssign { target, annotation, value });
        }
        ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
        ExprKind::List(_) => "only single target (not list) can be annotated",
        _ => "illegal target for annotation",
    };
    Err(SyntaxError::new(msg, target.span))
}

/// `del a, b`: every target must be deletable.
pub(crate) fn delete(targets: Vec<Expr>) -> Result<StmtKind, SyntaxError> {
    for t in &targets {
        check_target(t, TargetCtx::Del)?;
    }
    Ok(StmtKind::Delete(targets))
}

/// The end offset of the last statement among `bodies`.
pub(crate) fn body_end(bodies: &[&Vec<Stmt>]) -> usize {
    bodies.iter().filter_map(|b| b.last()).map(|s| s.span.end as usize).max().unwrap_or(0)
}

/// Builds `if / elif ... / else` as nested `If` statements.
pub(crate) fn if_chain(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    mut orelse: Vec<Stmt>,
) -> Stmt {
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let r = body_end(&[&ebody, &orelse]);
        orelse = vec![stmt(StmtKind::If { test: etest, body: ebody, orelse }, el, r)];
    }
    let r = body_end(&[&body, &orelse]);
    stmt(StmtKind::If { test, body, orelse }, l, r)
}

/// Marks a `for`, `with` or `def` as `async`, starting its span at the keyword.
pub(crate) fn make_async(mut s: Stmt, l: usize) -> Stmt {
    match &mut s.kind {
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        StmtKind::FunctionDef(f) => f.is_async = true,
        _ => {}
    }
    s.span.start = l as u32;
    s
}

/// Attaches decorators to a function or class definition.
pub(crate) fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}

// ---------------------------------------------------------------- patterns (match statements)

/// A pattern spanning `l..r`.
pub(crate) fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern { kind, span: Span::new(l, r) }
}

/// A bare name in a pattern: `_` is the wildcard, any other name a capture.
pub(crate) fn capture_pattern(name: String, l: usize, r: usize) -> Pattern {
    let name = (name != "_").then_some(name);
    pattern(PatternKind::As { pattern: None, name }, l, r)
}

/// `*name` in a sequence pattern; `*_` captures nothing.
pub(crate) fn star_pattern(name: String, l: usize, r: usize) -> Pattern {
    pattern(PatternKind::Star((name != "_").then_some(name)), l, r)
}

/// `p as name`; `name` (spanning `nl..r`) may not be `_`.
pub(crate) fn as_pattern(p: Pattern, name: String, l: usize, nl: usize, r: usize) -> Result<Pattern, SyntaxError> {
    if name == "_" {
        return Err(SyntaxError::new("cannot use '_' as a target", Span::new(nl, r)));
    }
    Ok(pattern(PatternKind::As { pattern: Some(Box::new(p)), name: Some(name) }, l, r))
}

/// The target of `**rest` in a mapping pattern (`_` is not allowed there).
pub(crate) fn double_star_target(name: String, l: usize, r: usize) -> Result<String, SyntaxError> {
    if name == "_" {
        return Err(SyntaxError::new("invalid syntax", Span::new(l, r)));
    }
    Ok(name)
}

/// `real + imag` or `real - imag` in a pattern: a complex literal, the only
/// sum a pattern may hold (a real number, then an imaginary one).
pub(crate) fn complex_literal(real: Expr, op: BinOp, imag: Expr, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    let unsigned = match &real.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => &real,
    };
    if matches!(unsigned.kind, ExprKind::Constant(Constant::Imaginary(_))) {
        return Err(SyntaxError::new("real number required in complex literal", unsigned.span));
    }
    if !matches!(imag.kind, ExprKind::Constant(Constant::Imaginary(_))) {
        return Err(SyntaxError::new("imaginary number required in complex literal", imag.span));
    }
    Ok(bin_op(real, op, imag, l, r))
}

/// The name starting a dotted name or a class in a pattern: not `_`, which is
/// the wildcard there (the error points at what follows it, as CPython's does).
pub(crate) fn name_or_attr(src: &str, name: String, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    if name == "_" {
        let next = src[r..].find(|c: char| !c.is_whitespace() && c != '\\').map_or(r, |i| r + i);
        return Err(SyntaxError::new("invalid syntax", Span::new(next, next + 1)));
    }
    Ok(expr(ExprKind::Name(name), l, r))
}

/// One argument of a class pattern, before ordering checks.
pub(crate) enum ClassArg {
    Positional(Pattern),
    /// `attr=pattern`.
    Keyword(String, Pattern),
}

/// `Cls(args)`: positional sub-patterns must come before keyword ones.
pub(crate) fn class_pattern(cls: Expr, args: Vec<ClassArg>, l: usize, r: usize) -> Result<Pattern, SyntaxError> {
    let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
    let mut misplaced: Option<Span> = None;
    let mut run_closed = false;
    for arg in args {
        match arg {
            ClassArg::Positional(p) if !kwd_attrs.is_empty() => {
                if !run_closed {
                    misplaced = Some(misplaced.map_or(p.span, |s| s.to(p.span)));
                }
            }
            ClassArg::Positional(p) => patterns.push(p),
            ClassArg::Keyword(name, p) => {
                run_closed |= misplaced.is_some();
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    if let Some(span) = misplaced {
        return Err(SyntaxError::new("positional patterns follow keyword patterns", span));
    }
    Ok(pattern(PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns }, l, r))
}

/// `{key: pattern, ..., **rest}`.
pub(crate) fn mapping_pattern(items: Vec<(Expr, Pattern)>, rest: Option<String>, l: usize, r: usize) -> Pattern {
    let (keys, patterns) = items.into_iter().unzip();
    pattern(PatternKind::Mapping { keys, patterns, rest }, l, r)
}

/// A sequence pattern from its elements.
pub(crate) fn sequence_pattern(items: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    pattern(PatternKind::Sequence(items), l, r)
}
