//! CPython's bound on statically nested blocks: within one function (or
//! module, or class body) at most 20 loops, `with` items, `try` bodies and
//! exception handlers may enclose one another; one more is a SyntaxError at
//! the statement (or `except` clause) that opens it. `if` and `match` do not
//! count; a `def`, `lambda` or `class` starts again from zero.

use crate::syntax::ast::{Span, Stmt, StmtKind};
use crate::syntax::diag::SyntaxError;

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

/// Checks every code unit in `body` (a module's statements).
pub fn check(body: &[Stmt]) -> Result<(), SyntaxError> {
    stmts(body, 0)
}

/// Opening `n` more blocks at `depth`, for the construct at `span`.
fn open(depth: usize, n: usize, span: Span) -> Result<usize, SyntaxError> {
    if depth + n > MAX_BLOCKS {
        return Err(SyntaxError::new("too many statically nested blocks", span));
    }
    Ok(depth + n)
}

fn stmts(body: &[Stmt], depth: usize) -> Result<(), SyntaxError> {
    body.iter().try_for_each(|s| stmt(s, depth))
}

fn stmt(s: &Stmt, depth: usize) -> Result<(), SyntaxError> {
    match &s.kind {
        StmtKind::FunctionDef(f) => stmts(&f.body, 0),
        StmtKind::ClassDef(c) => stmts(&c.body, 0),
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            stmts(body, open(depth, 1, s.span)?)?;
            stmts(orelse, depth)
        }
        StmtKind::If { body, orelse, .. } => {
            stmts(body, depth)?;
            stmts(orelse, depth)
        }
        // `with a, b:` is one `with` inside another.
        StmtKind::With { items, body, .. } => stmts(body, open(depth, items.len().max(1), s.span)?),
        StmtKind::Match { cases, .. } => cases.iter().try_for_each(|c| stmts(&c.body, depth)),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            // A `finally` guards the rest; its own body runs inside one more
            // block when an exception is on its way out.
            let inner = if finalbody.is_empty() { depth } else { open(depth, 1, s.span)? };
            if handlers.is_empty() {
                stmts(body, inner)?;
            } else {
                stmts(body, open(inner, 1, s.span)?)?;
                // The handlers run inside the exception's block and their own cleanup.
                for h in handlers {
                    stmts(&h.body, open(inner, 2, h.span)?)?;
                }
                stmts(orelse, inner)?;
            }
            if finalbody.is_empty() {
                Ok(())
            } else {
                stmts(finalbody, open(depth, 1, s.span)?)
            }
        }
        _ => Ok(()),
    }
}
