//! The front end: source text to AST. Lexer (logos), layout (NEWLINE/INDENT/DEDENT,
//! bracket joining, f-string parts), the lalrpop parser and syntax diagnostics.

pub(crate) mod actions;
pub mod ast;
pub mod charnames;
pub mod diag;
pub mod fstring;
mod hints;
pub mod layout;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod source;
pub mod token;
