//! `from __future__ import ...`: which features a module turns on, checked as
//! CPython checks them (known feature names, only at the top of the file).

use crate::syntax::ast::*;
use crate::syntax::diag::SyntaxError;

/// Every feature name CPython 3.11 knows; all but `annotations` change nothing here.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The future features of a module.
#[derive(Debug, Clone, Copy, Default)]
pub struct Future {
    /// `annotations`: annotations are stored as strings, never evaluated.
    pub annotations: bool,
    /// Byte offset of the last future import allowed at the top; a later one is an error.
    pub last: Option<u32>,
}

impl Future {
    /// Reads the future imports at the top of `module` (after an optional docstring).
    pub fn of(module: &Module) -> Result<Future, SyntaxError> {
        let mut future = Future::default();
        let mut body = &module.body[..];
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(_)), .. }), .. }) =
            body.first()
        {
            body = &body[1..];
        }
        for s in body {
            let StmtKind::ImportFrom { module: Some(m), names, level: 0 } = &s.kind else { break };
            if m != "__future__" {
                break;
            }
            for alias in names {
                match alias.name.as_str() {
                    "annotations" => future.annotations = true,
                    "braces" => return Err(SyntaxError::new("not a chance", at_start(s))),
                    name if FEATURES.contains(&name) => {}
                    name => {
                        return Err(SyntaxError::new(format!("future feature {name} is not defined"), at_start(s)));
                    }
                }
            }
            future.last = Some(s.span.start);
        }
        Ok(future)
    }

    /// Whether the statement at `span` may be a `from __future__ import`.
    pub fn allows(&self, span: Span) -> bool {
        self.last.is_some_and(|last| span.start <= last)
    }
}

/// The position CPython reports for a bad feature name: the start of the statement.
fn at_start(s: &Stmt) -> Span {
    Span { start: s.span.start, end: s.span.start }
}
