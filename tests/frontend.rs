//! Integration tests for the front end: lexer, layout, parser, f-strings,
//! literal decoding, syntax errors and robustness against hostile input.

use coil::syntax::ast::*;
use coil::syntax::diag::SyntaxErrorKind;
use coil::syntax::layout::{Mode, Tokens};
use coil::syntax::lexer::Lexer;
use coil::syntax::parser::{is_incomplete, parse_expression, parse_module};
use coil::syntax::token::Token;

// ------------------------------------------------------------------ AST dumper
//
// Prints the AST in the same notation as a small script over CPython's `ast`
// module, which is how the expected strings below were checked.

mod dump {
    use super::*;

    pub fn q(s: &str) -> String {
        s.chars()
            .map(|c| {
                if (c.is_ascii_alphanumeric()) || " _.".contains(c) {
                    c.to_string()
                } else {
                    format!("\\u{{{:x}}}", c as u32)
                }
            })
            .collect()
    }

    pub struct D<'a> {
        pub src: Option<&'a str>,
    }

    impl D<'_> {
        fn pos(&self, off: u32) -> (usize, usize) {
            let src = self.src.unwrap();
            let before = &src.as_bytes()[..off as usize];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            (line, off as usize - start)
        }
        fn sp(&self, s: Span) -> String {
            if self.src.is_none() {
                return String::new();
            }
            let (a, b) = self.pos(s.start);
            let (c, d) = self.pos(s.end);
            format!("@{a}:{b}-{c}:{d}")
        }
        fn opt(&self, e: &Option<impl std::borrow::Borrow<Expr>>) -> String {
            match e {
                None => "None".into(),
                Some(e) => self.e(e.borrow()),
            }
        }
        fn lst(&self, v: &[Expr]) -> String {
            format!("[{}]", v.iter().map(|x| self.e(x)).collect::<Vec<_>>().join(", "))
        }
        fn konst(&self, c: &Constant) -> String {
            match c {
                Constant::None => "None".into(),
                Constant::True => "True".into(),
                Constant::False => "False".into(),
                Constant::Ellipsis => "Ellipsis".into(),
                Constant::Int(s) => format!("Int({s})"),
                Constant::Float(f) => format!("Float({:016x})", f.to_bits()),
                Constant::Imaginary(f) => format!("Imaginary({:016x})", f.to_bits()),
                Constant::Str(s) => format!("Str({})", q(s)),
                Constant::Bytes(b) => format!("Bytes({})", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
            }
        }
        fn fparts(&self, parts: &[FStringPart]) -> String {
            let mut out: Vec<String> = Vec::new();
            let mut lit = String::new();
            for p in parts {
                match p {
                    FStringPart::Literal(s) => lit.push_str(s),
                    FStringPart::Value { value, conversion, format_spec, debug_text } => {
                        if let Some(d) = debug_text {
                            lit.push_str(d);
                        }
                        if !lit.is_empty() {
                            out.push(format!("Lit({})", q(&lit)));
                            lit.clear();
                        }
                        let conv = conversion.map_or("None".to_string(), |c| c.to_string());
                        let spec = format_spec.as_ref().map_or("None".to_string(), |s| self.fparts(s));
                        out.push(format!("Val({}, {conv}, {spec})", self.e(value)));
                    }
                }
            }
            if !lit.is_empty() {
                out.push(format!("Lit({})", q(&lit)));
            }
            format!("[{}]", out.join(", "))
        }
        fn comp(&self, c: &[Comprehension]) -> String {
            format!(
                "[{}]",
                c.iter()
                    .map(|c| format!(
                        "comp({}, {}, {}, {})",
                        self.e(&c.target),
                        self.e(&c.iter),
                        self.lst(&c.ifs),
                        if c.is_async { "True" } else { "False" }
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        fn kws(&self, k: &[Keyword]) -> String {
            format!(
                "[{}]",
                k.iter()
                    .map(|k| format!("kw({}, {})", k.arg.as_deref().unwrap_or("**"), self.e(&k.value)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        fn p(&self, p: &Param) -> String {
            format!("p({}, {}, {}){}", p.name, self.opt(&p.annotation), self.opt(&p.default), self.sp(p.span))
        }
        fn ps(&self, v: &[Param]) -> String {
            v.iter().map(|x| self.p(x)).collect::<Vec<_>>().join(", ")
        }
        fn params(&self, p: &Params) -> String {
            format!(
                "params([{}], [{}], {}, [{}], {})",
                self.ps(&p.posonly),
                self.ps(&p.args),
                p.vararg.as_ref().map_or("None".into(), |x| self.p(x)),
                self.ps(&p.kwonly),
                p.kwarg.as_ref().map_or("None".into(), |x| self.p(x))
            )
        }
        pub fn e(&self, x: &Expr) -> String {
            let s = self.sp(x.span);
            let body = match &x.kind {
                ExprKind::Name(n) => format!("Name({n})"),
                ExprKind::Constant(c) => format!("Const({})", self.konst(c)),
                ExprKind::BinOp { left, op, right } => format!("BinOp({op:?}, {}, {})", self.e(left), self.e(right)),
                ExprKind::UnaryOp { op, operand } => format!("UnaryOp({op:?}, {})", self.e(operand)),
                ExprKind::BoolOp { op, values } => format!("BoolOp({op:?}, {})", self.lst(values)),
                ExprKind::Compare { left, ops, comparators } => format!(
                    "Compare({}, [{}], {})",
                    self.e(left),
                    ops.iter().map(|o| format!("{o:?}")).collect::<Vec<_>>().join(", "),
                    self.lst(comparators)
                ),
                ExprKind::Call { func, args, keywords } => {
                    format!("Call({}, {}, {})", self.e(func), self.lst(args), self.kws(keywords))
                }
                ExprKind::Attribute { value, attr } => format!("Attribute({}, {attr})", self.e(value)),
                ExprKind::Subscript { value, index } => format!("Subscript({}, {})", self.e(value), self.e(index)),
                ExprKind::Starred(v) => format!("Starred({})", self.e(v)),
                ExprKind::List(v) => format!("List({})", self.lst(v)),
                ExprKind::Tuple(v) => format!("Tuple({})", self.lst(v)),
                ExprKind::Set(v) => format!("Set({})", self.lst(v)),
                ExprKind::Dict { keys, values } => format!(
                    "Dict([{}])",
                    keys.iter()
                        .zip(values)
                        .map(|(k, v)| format!("{}: {}", k.as_ref().map_or("**".into(), |k| self.e(k)), self.e(v)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                ExprKind::Lambda { params, body } => format!("Lambda({}, {})", self.params(params), self.e(body)),
                ExprKind::IfExp { test, body, orelse } => {
                    format!("IfExp({}, {}, {})", self.e(test), self.e(body), self.e(orelse))
                }
                ExprKind::NamedExpr { target, value } => format!("NamedExpr({}, {})", self.e(target), self.e(value)),
                ExprKind::ListComp { elt, generators } => {
                    format!("ListComp({}, {})", self.e(elt), self.comp(generators))
                }
                ExprKind::SetComp { elt, generators } => format!("SetComp({}, {})", self.e(elt), self.comp(generators)),
                ExprKind::GeneratorExp { elt, generators } => {
                    format!("GeneratorExp({}, {})", self.e(elt), self.comp(generators))
                }
                ExprKind::DictComp { key, value, generators } => {
                    format!("DictComp({}, {}, {})", self.e(key), self.e(value), self.comp(generators))
                }
                ExprKind::Await(v) => format!("Await({})", self.e(v)),
                ExprKind::Yield(v) => format!("Yield({})", self.opt(v)),
                ExprKind::YieldFrom(v) => format!("YieldFrom({})", self.e(v)),
                ExprKind::FString(parts) => format!("FString({})", self.fparts(parts)),
                ExprKind::Slice { lower, upper, step } => {
                    format!("Slice({}, {}, {})", self.opt(lower), self.opt(upper), self.opt(step))
                }
            };
            body + &s
        }
        pub fn body(&self, b: &[Stmt]) -> String {
            format!("[{}]", b.iter().map(|x| self.st(x)).collect::<Vec<_>>().join(", "))
        }
        fn alias(&self, a: &[Alias]) -> String {
            format!(
                "[{}]",
                a.iter()
                    .map(|a| format!("alias({}, {}){}", a.name, a.asname.as_deref().unwrap_or("None"), self.sp(a.span)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        fn pats(&self, v: &[Pattern]) -> String {
            format!("[{}]", v.iter().map(|p| self.pat(p)).collect::<Vec<_>>().join(", "))
        }
        fn pat(&self, p: &Pattern) -> String {
            let name = |n: &Option<String>| n.clone().unwrap_or_else(|| "None".into());
            let body = match &p.kind {
                PatternKind::Value(e) => format!("MatchValue({})", self.e(e)),
                PatternKind::Singleton(c) => format!("MatchSingleton({})", self.konst(c)),
                PatternKind::Sequence(v) => format!("MatchSequence({})", self.pats(v)),
                PatternKind::Star(n) => format!("MatchStar({})", name(n)),
                PatternKind::Mapping { keys, patterns, rest } => {
                    format!("MatchMapping({}, {}, {})", self.lst(keys), self.pats(patterns), name(rest))
                }
                PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => format!(
                    "MatchClass({}, {}, [{}], {})",
                    self.e(cls),
                    self.pats(patterns),
                    kwd_attrs.join(", "),
                    self.pats(kwd_patterns)
                ),
                PatternKind::As { pattern, name: n } => {
                    let inner = pattern.as_ref().map_or_else(|| "None".to_string(), |q| self.pat(q));
                    format!("MatchAs({inner}, {})", name(n))
                }
                PatternKind::Or(v) => format!("MatchOr({})", self.pats(v)),
            };
            body + &self.sp(p.span)
        }
        pub fn st(&self, x: &Stmt) -> String {
            let s = self.sp(x.span);
            let tf = |b: bool| if b { "True" } else { "False" };
            let body = match &x.kind {
                StmtKind::FunctionDef(f) => format!(
                    "FunctionDef({}, {}, {}, {}, {}, {})",
                    f.name,
                    self.params(&f.params),
                    self.body(&f.body),
                    self.lst(&f.decorators),
                    self.opt(&f.returns),
                    tf(f.is_async)
                ),
                StmtKind::ClassDef(c) => format!(
                    "ClassDef({}, {}, {}, {}, {})",
                    c.name,
                    self.lst(&c.bases),
                    self.kws(&c.keywords),
                    self.body(&c.body),
                    self.lst(&c.decorators)
                ),
                StmtKind::Return(v) => format!("Return({})", self.opt(v)),
                StmtKind::Delete(v) => format!("Delete({})", self.lst(v)),
                StmtKind::Assign { targets, value } => format!("Assign({}, {})", self.lst(targets), self.e(value)),
                StmtKind::AugAssign { target, op, value } => {
                    format!("AugAssign({}, {op:?}, {})", self.e(target), self.e(value))
                }
                StmtKind::AnnAssign { target, annotation, value } => {
                    format!("AnnAssign({}, {}, {})", self.e(target), self.e(annotation), self.opt(value))
                }
                StmtKind::For { target, iter, body, orelse, is_async } => format!(
                    "For({}, {}, {}, {}, {})",
                    self.e(target),
                    self.e(iter),
                    self.body(body),
                    self.body(orelse),
                    tf(*is_async)
                ),
                StmtKind::While { test, body, orelse } => {
                    format!("While({}, {}, {})", self.e(test), self.body(body), self.body(orelse))
                }
                StmtKind::If { test, body, orelse } => {
                    format!("If({}, {}, {})", self.e(test), self.body(body), self.body(orelse))
                }
                StmtKind::With { items, body, is_async } => format!(
                    "With([{}], {}, {})",
                    items
                        .iter()
                        .map(|i| format!("item({}, {})", self.e(&i.context), self.opt(&i.target)))
                        .collect::<Vec<_>>()
                        .join(", "),
                    self.body(body),
                    tf(*is_async)
                ),
                StmtKind::Raise { exc, cause } => format!("Raise({}, {})", self.opt(exc), self.opt(cause)),
                StmtKind::Try { body, handlers, orelse, finalbody } => format!(
                    "Try({}, [{}], {}, {})",
                    self.body(body),
                    handlers
                        .iter()
                        .map(|h| format!(
                            "handler({}, {}, {}){}",
                            self.opt(&h.typ),
                            h.name.as_deref().unwrap_or("None"),
                            self.body(&h.body),
                            self.sp(h.span)
                        ))
                        .collect::<Vec<_>>()
                        .join(", "),
                    self.body(orelse),
                    self.body(finalbody)
                ),
                StmtKind::Assert { test, msg } => format!("Assert({}, {})", self.e(test), self.opt(msg)),
                StmtKind::Import(a) => format!("Import({})", self.alias(a)),
                StmtKind::ImportFrom { module, names, level } => {
                    format!("ImportFrom({}, {}, {level})", module.as_deref().unwrap_or("None"), self.alias(names))
                }
                StmtKind::Global(n) => format!("Global([{}])", n.join(", ")),
                StmtKind::Nonlocal(n) => format!("Nonlocal([{}])", n.join(", ")),
                StmtKind::Expr(e) => format!("Expr({})", self.e(e)),
                StmtKind::Match { subject, cases } => format!(
                    "Match({}, [{}])",
                    self.e(subject),
                    cases
                        .iter()
                        .map(|c| format!(
                            "match_case({}, {}, {})",
                            self.pat(&c.pattern),
                            self.opt(&c.guard),
                            self.body(&c.body)
                        ))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                StmtKind::Pass => "Pass".into(),
                StmtKind::Break => "Break".into(),
                StmtKind::Continue => "Continue".into(),
            };
            body + &s
        }
    }
}

fn module(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => dump::D { src: None }.body(&m.body),
        Err(e) => panic!("{src:?} failed: {} at {:?}", e.msg, e.line_col(src)),
    }
}

fn module_spans(src: &str) -> String {
    let m = parse_module(src).expect("parses");
    dump::D { src: Some(src) }.body(&m.body)
}

fn expr(src: &str) -> String {
    match parse_expression(src) {
        Ok(e) => dump::D { src: None }.e(&e),
        Err(e) => panic!("{src:?} failed: {}", e.msg),
    }
}

/// The error's type, message, line and column for `src`.
fn error(src: &str) -> (SyntaxErrorKind, String, usize, usize) {
    match parse_module(src) {
        Ok(_) => panic!("{src:?} parsed"),
        Err(e) => {
            let (line, col) = e.line_col(src);
            (e.kind, e.msg, line, col)
        }
    }
}

fn syntax_error(src: &str, msg: &str, line: usize, col: usize) {
    assert_eq!(error(src), (SyntaxErrorKind::SyntaxError, msg.to_string(), line, col), "{src:?}");
}

fn indentation_error(src: &str, msg: &str, line: usize, col: usize) {
    assert_eq!(error(src), (SyntaxErrorKind::IndentationError, msg.to_string(), line, col), "{src:?}");
}

// ------------------------------------------------------------------ lexer

fn lex(src: &str) -> Vec<(Token, &str)> {
    Lexer::new(src).map(|t| t.expect("lexes")).map(|(s, t, e)| (t, &src[s..e])).collect()
}

#[test]
fn lexer_tokens_and_spans() {
    use Token::*;
    assert_eq!(
        lex("x = a.b(1, 'c') # note\n"),
        vec![
            (Name, "x"),
            (Assign, "="),
            (Name, "a"),
            (Dot, "."),
            (Name, "b"),
            (LParen, "("),
            (Number, "1"),
            (Comma, ","),
            (String, "'c'"),
            (RParen, ")"),
            (Newline, "\n"),
        ]
    );
    assert_eq!(
        lex("**= ** // //= -> := ... != <= >>= @"),
        vec![
            (DoubleStarEqual, "**="),
            (DoubleStar, "**"),
            (DoubleSlash, "//"),
            (DoubleSlashEqual, "//="),
            (Arrow, "->"),
            (Walrus, ":="),
            (Ellipsis, "..."),
            (NotEqual, "!="),
            (LessEqual, "<="),
            (RShiftEqual, ">>="),
            (At, "@"),
        ]
    );
    assert_eq!(lex("if iffy elif_ None"), vec![(If, "if"), (Name, "iffy"), (Name, "elif_"), (None, "None")]);
    assert_eq!(lex("héllo _x1"), vec![(Name, "héllo"), (Name, "_x1")]);
}

#[test]
fn lexer_numbers_and_strings() {
    use Token::*;
    let nums = "1 1_000 0x_ff 0o17 0b1010 1.5 .5 5. 1e21 1.5e-7 1E+3";
    assert!(lex(nums).iter().all(|&(t, _)| t == Number));
    assert_eq!(lex(nums).len(), 11);
    let strings = r#"rb'a\'' f"x" '''a'b''' B"" Rb'' u'x'"#;
    assert_eq!(
        lex(strings).iter().map(|t| t.1).collect::<Vec<_>>(),
        vec![r"rb'a\''", r#"f"x""#, "'''a'b'''", r#"B"""#, "Rb''", "u'x'"]
    );
    // A backslash-newline joins lines and is skipped.
    assert_eq!(lex("a \\\n b"), vec![(Name, "a"), (Name, "b")]);
    // `1if` is a number followed by a keyword, as in CPython.
    assert_eq!(lex("1if"), vec![(Number, "1"), (If, "if")]);
}

#[test]
fn lexer_errors() {
    let first_err = |src: &str| Lexer::new(src).find_map(Result::err).map(|e| e.msg);
    assert_eq!(first_err("x = 'abc\n").as_deref(), Some("unterminated string literal (detected at line 1)"));
    assert_eq!(
        first_err("x = '''a\n\nb").as_deref(),
        Some("unterminated triple-quoted string literal (detected at line 3)")
    );
    assert_eq!(first_err("1a").as_deref(), Some("invalid decimal literal"));
    assert_eq!(first_err("0x1g").as_deref(), Some("invalid hexadecimal literal"));
    assert_eq!(first_err("$").as_deref(), Some("invalid syntax"));
    assert_eq!(first_err("€ = 1").as_deref(), Some("invalid character '€' (U+20AC)"));
    assert_eq!(first_err("a \\ b").as_deref(), Some("unexpected character after line continuation character"));
}

// ------------------------------------------------------------------ layout

fn layout(src: &str) -> String {
    Tokens::new(src, 0, src.len(), Mode::Module)
        .map(|t| t.expect("lays out"))
        .map(|(s, t, e)| match t {
            Token::Newline => "NL".to_string(),
            Token::Indent => "IN".to_string(),
            Token::Dedent => "DE".to_string(),
            Token::StartModule => "START".to_string(),
            _ => src[s..e].to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn layout_indent_dedent_newline() {
    assert_eq!(layout("x = 1\n"), "START x = 1 NL");
    assert_eq!(layout("x = 1"), "START x = 1 NL");
    assert_eq!(
        layout("if a:\n    b\n\n    # c\n    if d:\n        e\nf\n"),
        "START if a : NL IN b NL if d : NL IN e NL DE DE f NL"
    );
    assert_eq!(layout("def f():\n\tif x:\n\t\treturn\n"), "START def f ( ) : NL IN if x : NL IN return NL DE DE");
    // Newlines inside brackets and after backslashes are joined.
    assert_eq!(layout("x = (1,\n  2)\ny = [\n]\nz = 1 + \\\n  2\n"), "START x = ( 1 , 2 ) NL y = [ ] NL z = 1 + 2 NL");
    // Blank lines and comment-only lines produce nothing.
    assert_eq!(layout("\n\n# c\n   \n  # d\nx\n"), "START x NL");
    // `with (a as b, c):` loses its parentheses; `with (a, b) as c:` keeps them.
    assert_eq!(layout("with (a as b, c): pass\n"), "START with a as b , c : pass NL");
    assert_eq!(layout("with (a, b) as c: pass\n"), "START with ( a , b ) as c : pass NL");
}

#[test]
fn layout_errors() {
    indentation_error("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 4);
    indentation_error("x\n  y\n", "unexpected indent", 2, 2);
    indentation_error("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 1);
    indentation_error("if x:\n", "expected an indented block after 'if' statement on line 1", 1, 6);
    indentation_error("def f():\nreturn\n", "expected an indented block after function definition on line 1", 2, 1);
    indentation_error("class A:\nx\n", "expected an indented block after class definition on line 1", 2, 1);
    indentation_error("for x in y:\nx\n", "expected an indented block after 'for' statement on line 1", 2, 1);
    indentation_error("while x:\nx\n", "expected an indented block after 'while' statement on line 1", 2, 1);
    indentation_error("with x:\nx\n", "expected an indented block after 'with' statement on line 1", 2, 1);
    indentation_error("try:\nx\n", "expected an indented block after 'try' statement on line 1", 2, 1);
    let msg = "expected an indented block after 'except' statement on line 3";
    indentation_error("try:\n  x\nexcept E as e:\nx\n", msg, 4, 1);
    let msg = "expected an indented block after 'finally' statement on line 3";
    indentation_error("try:\n  x\nfinally:\nx\n", msg, 4, 1);
    indentation_error("if x:\n  y\nelif z:\nx\n", "expected an indented block after 'elif' statement on line 3", 4, 1);
    indentation_error("if x:\n  y\nelse:\nx\n", "expected an indented block after 'else' statement on line 3", 4, 1);
    let msg = "expected an indented block after 'for' statement on line 2";
    indentation_error("async def f():\n  async for x in y:\n  x\n", msg, 3, 3);
    syntax_error("x = (1,\n", "'(' was never closed", 1, 5);
    syntax_error("x = (1,\n[2,\n", "'[' was never closed", 2, 1);
    syntax_error("x = [1, 2\ny = 3\n", "'[' was never closed", 1, 5);
    syntax_error("x = )\n", "unmatched ')'", 1, 5);
    syntax_error("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6);
    let msg = "closing parenthesis ']' does not match opening parenthesis '(' on line 1";
    syntax_error("x = (1,\n2]\n", msg, 2, 2);
    syntax_error("x = \\\n", "unexpected EOF while parsing", 1, 6);
}

// ------------------------------------------------------------------ parser: statements

#[test]
fn parse_assignments() {
    assert_eq!(module("a = b = 1"), "[Assign([Name(a), Name(b)], Const(Int(1)))]");
    assert_eq!(module("a, b = 1, 2"), "[Assign([Tuple([Name(a), Name(b)])], Tuple([Const(Int(1)), Const(Int(2))]))]");
    assert_eq!(
        module("(a, b) = [c, d] = x"),
        "[Assign([Tuple([Name(a), Name(b)]), List([Name(c), Name(d)])], Name(x))]"
    );
    assert_eq!(module("a, *b = x"), "[Assign([Tuple([Name(a), Starred(Name(b))])], Name(x))]");
    assert_eq!(module("a.b[c] = x,"), "[Assign([Subscript(Attribute(Name(a), b), Name(c))], Tuple([Name(x)]))]");
    assert_eq!(module("x = yield"), "[Assign([Name(x)], Yield(None))]");
    assert_eq!(module("x = yield from y"), "[Assign([Name(x)], YieldFrom(Name(y)))]");
    assert_eq!(module("x: int = 1"), "[AnnAssign(Name(x), Name(int), Const(Int(1)))]");
    assert_eq!(module("x.y: List[int]"), "[AnnAssign(Attribute(Name(x), y), Subscript(Name(List), Name(int)), None)]");
    let ops = [
        ("+=", "Add"),
        ("-=", "Sub"),
        ("*=", "Mult"),
        ("@=", "MatMult"),
        ("/=", "Div"),
        ("//=", "FloorDiv"),
        ("%=", "Mod"),
        ("&=", "BitAnd"),
        ("|=", "BitOr"),
        ("^=", "BitXor"),
        ("<<=", "LShift"),
        (">>=", "RShift"),
        ("**=", "Pow"),
    ];
    for (op, name) in ops {
        assert_eq!(module(&format!("x {op} 2")), format!("[AugAssign(Name(x), {name}, Const(Int(2)))]"));
    }
}

#[test]
fn parse_simple_statements() {
    assert_eq!(module("pass; break; continue;"), "[Pass, Break, Continue]");
    assert_eq!(module("del a, b[1]"), "[Delete([Name(a), Subscript(Name(b), Const(Int(1)))])]");
    assert_eq!(module("return"), "[Return(None)]");
    assert_eq!(module("return 1, *rest"), "[Return(Tuple([Const(Int(1)), Starred(Name(rest))]))]");
    assert_eq!(module("raise"), "[Raise(None, None)]");
    assert_eq!(module("raise E(1) from e"), "[Raise(Call(Name(E), [Const(Int(1))], []), Name(e))]");
    assert_eq!(module("global a, b\nnonlocal c"), "[Global([a, b]), Nonlocal([c])]");
    assert_eq!(module("assert x, 'm'"), "[Assert(Name(x), Const(Str(m)))]");
    assert_eq!(module("import a.b.c as d, e"), "[Import([alias(a.b.c, d), alias(e, None)])]");
    assert_eq!(module("from ..a.b import (c as d, e,)"), "[ImportFrom(a.b, [alias(c, d), alias(e, None)], 2)]");
    assert_eq!(module("from ... import *"), "[ImportFrom(None, [alias(*, None)], 3)]");
    assert_eq!(module("from .... import x"), "[ImportFrom(None, [alias(x, None)], 4)]");
    assert_eq!(module("yield x"), "[Expr(Yield(Name(x)))]");
}

#[test]
fn parse_compound_statements() {
    assert_eq!(
        module("if a:\n    x\nelif b:\n    y\nelse:\n    z\n"),
        "[If(Name(a), [Expr(Name(x))], [If(Name(b), [Expr(Name(y))], [Expr(Name(z))])])]"
    );
    assert_eq!(module("if x: pass\n"), "[If(Name(x), [Pass], [])]");
    assert_eq!(
        module("if (n := 10) > 5: pass"),
        "[If(Compare(NamedExpr(Name(n), Const(Int(10))), [Gt], [Const(Int(5))]), [Pass], [])]"
    );
    assert_eq!(module("while x: a; b\nelse: c"), "[While(Name(x), [Expr(Name(a)), Expr(Name(b))], [Expr(Name(c))])]");
    assert_eq!(
        module("for i, (j, *k) in x, y:\n    pass\nelse:\n    pass"),
        "[For(Tuple([Name(i), Tuple([Name(j), Starred(Name(k))])]), Tuple([Name(x), Name(y)]), [Pass], [Pass], False)]"
    );
    assert_eq!(
        module("try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n"),
        "[Try([Expr(Name(a))], [handler(Tuple([Name(A), Name(B)]), e, [Expr(Name(b))]), \
         handler(Name(C), None, [Expr(Name(c))]), handler(None, None, [Expr(Name(d))])], \
         [Expr(Name(e))], [Expr(Name(f))])]"
    );
    assert_eq!(module("try: a\nfinally: b"), "[Try([Expr(Name(a))], [], [], [Expr(Name(b))])]");
    assert_eq!(module("with a as b, c: pass"), "[With([item(Name(a), Name(b)), item(Name(c), None)], [Pass], False)]");
    assert_eq!(
        module("with (\n  open(x) as f,\n  open(y) as g,\n):\n  pass"),
        "[With([item(Call(Name(open), [Name(x)], []), Name(f)), item(Call(Name(open), [Name(y)], []), Name(g))], \
         [Pass], False)]"
    );
    assert_eq!(module("with (a, b) as c: pass"), "[With([item(Tuple([Name(a), Name(b)]), Name(c))], [Pass], False)]");
    assert_eq!(
        module("class A(B, metaclass=M, **kw):\n  x = 1"),
        "[ClassDef(A, [Name(B)], [kw(metaclass, Name(M)), kw(**, Name(kw))], [Assign([Name(x)], Const(Int(1)))], [])]"
    );
    assert_eq!(module("@d\nclass A: pass"), "[ClassDef(A, [], [], [Pass], [Name(d)])]");
}

#[test]
fn parse_match_statements() {
    assert_eq!(
        module("match x:\n    case 1 | -2 | 'a' 'b' | b'' if y:\n        pass\n    case None:\n        pass\n"),
        "[Match(Name(x), [match_case(MatchOr([MatchValue(Const(Int(1))), MatchValue(UnaryOp(USub, \
         Const(Int(2)))), MatchValue(Const(Str(ab))), MatchValue(Const(Bytes()))]), Name(y), [Pass]), \
         match_case(MatchSingleton(None), None, [Pass])])]"
    );
    assert_eq!(
        module("match a, *b:\n case [x, *rest] | (x, *rest) | x, *rest: pass\n case (): pass\n case [*_]: pass\n"),
        "[Match(Tuple([Name(a), Starred(Name(b))]), \
         [match_case(MatchSequence([MatchOr([MatchSequence([MatchAs(None, x), MatchStar(rest)]), \
         MatchSequence([MatchAs(None, x), MatchStar(rest)]), MatchAs(None, x)]), MatchStar(rest)]), None, \
         [Pass]), match_case(MatchSequence([]), None, [Pass]), match_case(MatchSequence([MatchStar(None)]), \
         None, [Pass])])]"
    );
    assert_eq!(
        module("match x:\n case {'k': v, C.k: 1, **kw}: pass\n case {}: pass\n case {**r}: pass\n"),
        "[Match(Name(x), [match_case(MatchMapping([Const(Str(k)), Attribute(Name(C), k)], [MatchAs(None, v), \
         MatchValue(Const(Int(1)))], kw), None, [Pass]), match_case(MatchMapping([], [], None), None, [Pass]), \
         match_case(MatchMapping([], [], r), None, [Pass])])]"
    );
    assert_eq!(
        module("match x:\n case a.b.C(1, y, z=_, w=[q]) as obj: pass\n case C(): pass\n"),
        "[Match(Name(x), [match_case(MatchAs(MatchClass(Attribute(Attribute(Name(a), b), C), \
         [MatchValue(Const(Int(1))), MatchAs(None, y)], [z, w], [MatchAs(None, None), \
         MatchSequence([MatchAs(None, q)])]), obj), None, [Pass]), match_case(MatchClass(Name(C), [], [], []), \
         None, [Pass])])]"
    );
    assert_eq!(
        module("match x:\n case (y): pass\n case _: pass\n"),
        "[Match(Name(x), [match_case(MatchAs(None, y), None, [Pass]), match_case(MatchAs(None, None), None, \
         [Pass])])]"
    );
    assert_eq!(
        module("match (yield):\n case True | False: pass\n"),
        "[Match(Yield(None), [match_case(MatchOr([MatchSingleton(True), MatchSingleton(False)]), None, [Pass])])]"
    );
}

#[test]
fn match_and_case_stay_names_elsewhere() {
    assert_eq!(
        module("match = case = 1\nmatch(x)\ncase[0]: int\nx.match(case)\n"),
        "[Assign([Name(match), Name(case)], Const(Int(1))), Expr(Call(Name(match), [Name(x)], [])), \
         AnnAssign(Subscript(Name(case), Const(Int(0))), Name(int), None), Expr(Call(Attribute(Name(x), match), \
         [Name(case)], []))]"
    );
    assert_eq!(
        module("match:int\nmatch.case\nmatch, case = case, match\n"),
        "[AnnAssign(Name(match), Name(int), None), Expr(Attribute(Name(match), case)), \
         Assign([Tuple([Name(match), Name(case)])], Tuple([Name(case), Name(match)]))]"
    );
    assert_eq!(module("if case:\n  case\n"), "[If(Name(case), [Expr(Name(case))], [])]");
    assert_eq!(
        module("match x:\n case case: case = match\n"),
        "[Match(Name(x), [match_case(MatchAs(None, case), None, [Assign([Name(case)], Name(match))])])]"
    );
}

#[test]
fn match_layout_tokens() {
    let kinds = |src: &str| -> Vec<Token> {
        Tokens::new(src, 0, src.len(), Mode::Module)
            .map(|t| t.expect("lays out").1)
            .filter(|t| matches!(t, Token::Name | Token::Match | Token::Case))
            .collect()
    };
    use Token::{Case as C, Match as M, Name as N};
    assert_eq!(kinds("match x:\n  case 1:\n    case\n  case match:\n    match\nmatch\n"), [M, N, C, N, C, N, N, N]);
    assert_eq!(kinds("match = 1\nmatch(x)\nmatch x\ncase y:\n"), [N, N, N, M, N, N, N]);
    assert_eq!(kinds("if x:\n    match [y]:\n        case [z]: pass\n    case = 1\n"), [N, M, N, C, N, N]);
}

#[test]
fn match_syntax_errors() {
    syntax_error("match x\n", "expected ':'", 1, 8);
    syntax_error("match x:\n  case 1\n", "expected ':'", 2, 9);
    syntax_error("match x:\n    pass\n", "invalid syntax", 2, 5);
    syntax_error("match:\n    case 1: pass\n", "invalid syntax", 1, 7);
    syntax_error("case x:\n    pass\n", "invalid syntax", 1, 6);
    syntax_error("match x: case 1: pass\n", "invalid syntax", 1, 10);
    indentation_error("match x:\n", "expected an indented block after 'match' statement on line 1", 1, 9);
    indentation_error(
        "match x:\n case 1:\n pass\n",
        "expected an indented block after 'case' statement on line 2",
        3,
        2,
    );
    syntax_error("match x:\n case {a: 1}: pass\n", "invalid syntax", 2, 9);
    syntax_error("match x:\n case C(a=1, 2, 3, b=2, 4): pass\n", "positional patterns follow keyword patterns", 2, 14);
    syntax_error("match x:\n case 1 + 2: pass\n", "imaginary number required in complex literal", 2, 11);
    syntax_error("match x:\n case -1 - 2: pass\n", "imaginary number required in complex literal", 2, 12);
    syntax_error("match x:\n case {**_}: pass\n", "invalid syntax", 2, 10);
    syntax_error("match x:\n case 1 as _: pass\n", "cannot use '_' as a target", 2, 12);
    syntax_error("match x:\n case *a: pass\n", "invalid syntax", 2, 9);
    syntax_error("match x:\n case -a: pass\n", "invalid syntax", 2, 8);
    syntax_error("match x:\n case {**r, 'a': 1}: pass\n", "invalid syntax", 2, 13);
    syntax_error("match x:\n case 1 as y.z: pass\n", "invalid syntax", 2, 13);
    syntax_error("match x:\n case x.y(z=1, *a): pass\n", "invalid syntax", 2, 16);
    syntax_error("match *a:\n case 1: pass\n", "invalid syntax", 1, 9);
    syntax_error("match x:\n case _.x: pass\n", "invalid syntax", 2, 8);
    syntax_error("match x:\n case _(): pass\n", "invalid syntax", 2, 8);
    syntax_error("match x:\n case [1, 2\n", "'[' was never closed", 2, 7);
}

#[test]
fn parse_function_definitions() {
    assert_eq!(
        module("@dec\n@mod.dec(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> bool:\n    return a"),
        "[FunctionDef(f, params([p(a, None, None), p(b, Name(int), Const(Int(1)))], [p(c, None, Const(Int(2)))], \
         p(args, Name(str), None), [p(d, None, None), p(e, None, Const(Int(3)))], p(kw, None, None)), \
         [Return(Name(a))], [Name(dec), Call(Attribute(Name(mod), dec), [Const(Int(1))], [])], Name(bool), False)]"
    );
    assert_eq!(
        module("def f(*, a, b=1,): pass"),
        "[FunctionDef(f, params([], [], None, [p(a, None, None), p(b, None, Const(Int(1)))], None), [Pass], [], \
         None, False)]"
    );
    assert_eq!(
        module("async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass"),
        "[FunctionDef(f, params([], [], None, [], None), [Expr(Await(Name(x))), For(Name(a), Name(b), [Pass], [], True), \
         With([item(Name(c), Name(d))], [Pass], True)], [], None, True)]"
    );
    assert_eq!(
        module("@d\nasync def f(): pass"),
        "[FunctionDef(f, params([], [], None, [], None), [Pass], [Name(d)], None, True)]"
    );
}

// ------------------------------------------------------------------ parser: expressions

#[test]
fn parse_precedence() {
    assert_eq!(expr("-2**2"), "UnaryOp(USub, BinOp(Pow, Const(Int(2)), Const(Int(2))))");
    assert_eq!(expr("2**-1"), "BinOp(Pow, Const(Int(2)), UnaryOp(USub, Const(Int(1))))");
    assert_eq!(expr("a**b**c"), "BinOp(Pow, Name(a), BinOp(Pow, Name(b), Name(c)))");
    assert_eq!(expr("a - b - c"), "BinOp(Sub, BinOp(Sub, Name(a), Name(b)), Name(c))");
    assert_eq!(
        expr("a | b ^ c & d << e + f * g"),
        "BinOp(BitOr, Name(a), BinOp(BitXor, Name(b), BinOp(BitAnd, Name(c), BinOp(LShift, Name(d), \
         BinOp(Add, Name(e), BinOp(Mult, Name(f), Name(g)))))))"
    );
    assert_eq!(
        expr("a @ b // c % d / e"),
        "BinOp(Div, BinOp(Mod, BinOp(FloorDiv, BinOp(MatMult, Name(a), Name(b)), Name(c)), Name(d)), Name(e))"
    );
    assert_eq!(expr("~-+a"), "UnaryOp(Invert, UnaryOp(USub, UnaryOp(UAdd, Name(a))))");
    assert_eq!(
        expr("not a or b and not c"),
        "BoolOp(Or, [UnaryOp(Not, Name(a)), BoolOp(And, [Name(b), UnaryOp(Not, Name(c))])])"
    );
    assert_eq!(expr("a or b or c"), "BoolOp(Or, [Name(a), Name(b), Name(c)])");
    assert_eq!(
        expr("a < b <= c == d != e > f >= g in h not in i is j is not k"),
        "Compare(Name(a), [Lt, LtE, Eq, NotEq, Gt, GtE, In, NotIn, Is, IsNot], [Name(b), Name(c), Name(d), Name(e), \
         Name(f), Name(g), Name(h), Name(i), Name(j), Name(k)])"
    );
    assert_eq!(expr("a if b else c if d else e"), "IfExp(Name(b), Name(a), IfExp(Name(d), Name(c), Name(e)))");
    assert_eq!(expr("await a ** 2"), "BinOp(Pow, Await(Name(a)), Const(Int(2)))");
    assert_eq!(
        expr("lambda: x if y else z"),
        "Lambda(params([], [], None, [], None), IfExp(Name(y), Name(x), Name(z)))"
    );
}

#[test]
fn parse_lambda_parameters() {
    assert_eq!(
        expr("lambda a, b=1, /, c=2, *d, e, f=3, **g: 0"),
        "Lambda(params([p(a, None, None), p(b, None, Const(Int(1)))], [p(c, None, Const(Int(2)))], p(d, None, None), \
         [p(e, None, None), p(f, None, Const(Int(3)))], p(g, None, None)), Const(Int(0)))"
    );
    assert_eq!(expr("lambda *, k: k"), "Lambda(params([], [], None, [p(k, None, None)], None), Name(k))");
}

#[test]
fn parse_primaries() {
    assert_eq!(
        expr("f(a, *b, c=1, **d)"),
        "Call(Name(f), [Name(a), Starred(Name(b))], [kw(c, Const(Int(1))), kw(**, Name(d))])"
    );
    assert_eq!(
        expr("f(x for x in y)"),
        "Call(Name(f), [GeneratorExp(Name(x), [comp(Name(x), Name(y), [], False)])], [])"
    );
    assert_eq!(expr("f(a := 1)"), "Call(Name(f), [NamedExpr(Name(a), Const(Int(1)))], [])");
    assert_eq!(expr("f(a,)"), "Call(Name(f), [Name(a)], [])");
    assert_eq!(expr("a.b.c"), "Attribute(Attribute(Name(a), b), c)");
    assert_eq!(expr("a[1:2]"), "Subscript(Name(a), Slice(Const(Int(1)), Const(Int(2)), None))");
    assert_eq!(expr("a[::2]"), "Subscript(Name(a), Slice(None, None, Const(Int(2))))");
    assert_eq!(expr("a[:]"), "Subscript(Name(a), Slice(None, None, None))");
    assert_eq!(
        expr("a[1:2, 3]"),
        "Subscript(Name(a), Tuple([Slice(Const(Int(1)), Const(Int(2)), None), Const(Int(3))]))"
    );
    assert_eq!(expr("a[1,]"), "Subscript(Name(a), Tuple([Const(Int(1))]))");
    // As CPython: `a[*b]` subscripts with the tuple `(*b,)` (PEP 646).
    assert_eq!(expr("a[*b]"), "Subscript(Name(a), Tuple([Starred(Name(b))]))");
}

#[test]
fn parse_atoms_and_displays() {
    assert_eq!(expr("..., None, True, False"), "Tuple([Const(Ellipsis), Const(None), Const(True), Const(False)])");
    assert_eq!(expr("()"), "Tuple([])");
    assert_eq!(expr("(1,)"), "Tuple([Const(Int(1))])");
    assert_eq!(expr("(1)"), "Const(Int(1))");
    assert_eq!(expr("(yield)"), "Yield(None)");
    assert_eq!(expr("[]"), "List([])");
    assert_eq!(expr("[1, *a,]"), "List([Const(Int(1)), Starred(Name(a))])");
    assert_eq!(expr("{}"), "Dict([])");
    assert_eq!(expr("{1: 2, **m}"), "Dict([Const(Int(1)): Const(Int(2)), **: Name(m)])");
    assert_eq!(expr("{1, *s}"), "Set([Const(Int(1)), Starred(Name(s))])");
    assert_eq!(
        expr("[x for x in y if x if z for w in x]"),
        "ListComp(Name(x), [comp(Name(x), Name(y), [Name(x), Name(z)], False), comp(Name(w), Name(x), [], False)])"
    );
    assert_eq!(expr("{x for x, in y}"), "SetComp(Name(x), [comp(Tuple([Name(x)]), Name(y), [], False)])");
    assert_eq!(
        expr("{k: v for k, v in d}"),
        "DictComp(Name(k), Name(v), [comp(Tuple([Name(k), Name(v)]), Name(d), [], False)])"
    );
    assert_eq!(expr("(x async for x in y)"), "GeneratorExp(Name(x), [comp(Name(x), Name(y), [], True)])");
    assert_eq!(
        expr("[y for x in z if (y := f(x))]"),
        "ListComp(Name(y), [comp(Name(x), Name(z), [NamedExpr(Name(y), Call(Name(f), [Name(x)], []))], False)])"
    );
    assert_eq!(expr("1, 2"), "Tuple([Const(Int(1)), Const(Int(2))])");
    assert_eq!(expr("*a, b"), "Tuple([Starred(Name(a)), Name(b)])");
}

#[test]
fn parse_spans_match_cpython() {
    // Positions as line:col-line:col, columns in bytes from 0, as CPython reports them.
    assert_eq!(
        module_spans("x = f(a)[1].b\n"),
        "[Assign([Name(x)@1:0-1:1], Attribute(Subscript(Call(Name(f)@1:4-1:5, [Name(a)@1:6-1:7], [])@1:4-1:8, \
         Const(Int(1))@1:9-1:10)@1:4-1:11, b)@1:4-1:13)@1:0-1:13]"
    );
    assert_eq!(
        module_spans("if a:\n    b = 1\nelif c:\n    pass\n\n"),
        "[If(Name(a)@1:3-1:4, [Assign([Name(b)@2:4-2:5], Const(Int(1))@2:8-2:9)@2:4-2:9], \
         [If(Name(c)@3:5-3:6, [Pass@4:4-4:8], [])@3:0-4:8])@1:0-4:8]"
    );
    assert_eq!(
        module_spans("f(x for x in y)"),
        "[Expr(Call(Name(f)@1:0-1:1, [GeneratorExp(Name(x)@1:2-1:3, [comp(Name(x)@1:8-1:9, Name(y)@1:13-1:14, [], \
         False)])@1:1-1:15], [])@1:0-1:15)@1:0-1:15]"
    );
    assert_eq!(module_spans("(a, b)"), "[Expr(Tuple([Name(a)@1:1-1:2, Name(b)@1:4-1:5])@1:0-1:6)@1:0-1:6]");
    assert_eq!(
        module_spans("é = 'ü' + x"),
        "[Assign([Name(é)@1:0-1:2], BinOp(Add, Const(Str(\\u{fc}))@1:5-1:9, Name(x)@1:12-1:13)@1:5-1:13)@1:0-1:13]"
    );
}

// ------------------------------------------------------------------ literals

#[test]
fn number_literals() {
    assert_eq!(expr("0"), "Const(Int(0))");
    assert_eq!(expr("000"), "Const(Int(0))");
    assert_eq!(expr("1_000_000"), "Const(Int(1000000))");
    assert_eq!(expr("0xff"), "Const(Int(255))");
    assert_eq!(expr("0o17"), "Const(Int(15))");
    assert_eq!(expr("0B1010"), "Const(Int(10))");
    assert_eq!(expr("0xFFFF_FFFF_FFFF_FFFF_FFFF"), "Const(Int(1208925819614629174706175))");
    assert_eq!(expr("123456789012345678901234567890"), "Const(Int(123456789012345678901234567890))");
    let float = |s: &str| match parse_expression(s).map(|e| e.kind) {
        Ok(ExprKind::Constant(Constant::Float(f))) => f,
        other => panic!("{s}: {other:?}"),
    };
    assert_eq!(float("1e21"), 1e21);
    assert_eq!(float("1.5e-7"), 1.5e-7);
    assert_eq!(float(".5"), 0.5);
    assert_eq!(float("5."), 5.0);
    assert_eq!(float("1_0.2_5"), 10.25);
    assert_eq!(float("1e400"), f64::INFINITY);
    let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    syntax_error("x = 09\n", msg, 1, 5);
    syntax_error("x = 1a\n", "invalid decimal literal", 1, 5);
}

#[test]
fn imaginary_literals() {
    let imag = |s: &str| match parse_expression(s).map(|e| e.kind) {
        Ok(ExprKind::Constant(Constant::Imaginary(f))) => f,
        other => panic!("{s}: {other:?}"),
    };
    assert_eq!(imag("1j"), 1.0);
    assert_eq!(imag("2.5J"), 2.5);
    assert_eq!(imag("1e3j"), 1000.0);
    assert_eq!(imag("09j"), 9.0);
    assert_eq!(imag("1_0.5_0j"), 10.5);
    assert_eq!(imag(".5j"), 0.5);
    assert_eq!(imag("1e400j"), f64::INFINITY);
    assert_eq!(lex("1j 1.5J 1e3j"), vec![(Token::Number, "1j"), (Token::Number, "1.5J"), (Token::Number, "1e3j")]);
    // The caret goes under the last character of the number, as in CPython.
    syntax_error("x = 12jx\n", "invalid imaginary literal", 1, 7);
    syntax_error("x = 0x1j\n", "invalid hexadecimal literal", 1, 7);
    syntax_error("x = 12x\n", "invalid decimal literal", 1, 6);
    syntax_error("x = 1_j\n", "invalid decimal literal", 1, 6);
    syntax_error("match x:\n case 1j + 2j: pass\n", "real number required in complex literal", 2, 7);
}

fn string(src: &str) -> String {
    match parse_expression(src).map(|e| e.kind) {
        Ok(ExprKind::Constant(Constant::Str(s))) => s,
        other => panic!("{src}: {other:?}"),
    }
}

fn bytes(src: &str) -> Vec<u8> {
    match parse_expression(src).map(|e| e.kind) {
        Ok(ExprKind::Constant(Constant::Bytes(b))) => b,
        other => panic!("{src}: {other:?}"),
    }
}

#[test]
fn string_literals() {
    assert_eq!(string(r#"'a\n\t\\\'\"\r\0\a\b\f\v'"#), "a\n\t\\'\"\r\0\x07\x08\x0c\x0b");
    assert_eq!(string(r"'\x41\101\u00e9\U0001F600'"), "AAé😀");
    assert_eq!(string(r"'\q'"), "\\q");
    assert_eq!(string(r"r'\n\''"), "\\n\\'");
    assert_eq!(string(r"R'a\b'"), "a\\b");
    assert_eq!(string("u'x' \"y\" '''z'''"), "xyz");
    assert_eq!(string("'''a\nb'''"), "a\nb");
    assert_eq!(string("'''a\r\nb'''"), "a\nb");
    assert_eq!(string("'a\\\nb'"), "ab");
    assert_eq!(string("(\n 'a'\n 'b'\n)"), "ab");
    assert_eq!(bytes(r"b'a\x80\n\u1234'"), b"a\x80\n\\u1234");
    assert_eq!(bytes(r"rb'\x'"), b"\\x");
    assert_eq!(bytes(r"BR'a' b'b'"), b"ab");
    syntax_error("x = 'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 5);
    syntax_error("x = b'\u{e9}'\n", "bytes can only contain ASCII literal characters", 1, 5);
    let codec = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
    syntax_error("x = '\\x4'\n", &format!("{codec} 0-2: truncated \\xXX escape"), 1, 6);
    syntax_error("x = b'\\x4'\n", "(value error) invalid \\x escape at position 0", 1, 7);
    assert_eq!(string(r"'\N{EM DASH}\N{latin small letter a}\N{LF}'"), "\u{2014}a\n");
    assert_eq!(string(r"'\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}'"), "\u{ac01}\u{4e00}");
    assert_eq!(string(r"r'\N{DASH}'"), "\\N{DASH}");
    assert_eq!(bytes(r"b'\N{DASH}'"), b"\\N{DASH}");
    syntax_error("x = '\u{e9}\\N{DASH}'\n", &format!("{codec} 10-17: unknown Unicode character name"), 1, 7);
    syntax_error("x = '\\N{EM'\n", &format!("{codec} 0-4: malformed \\N character escape"), 1, 6);
    syntax_error("x = '\\N{hangul syllable gag}'\n", &format!("{codec} 0-22: unknown Unicode character name"), 1, 6);
}

// ------------------------------------------------------------------ f-strings

#[test]
fn fstrings() {
    assert_eq!(expr("f'a{b}c'"), "FString([Lit(a), Val(Name(b), None, None), Lit(c)])");
    assert_eq!(expr("f'{{x}}'"), "FString([Lit(\\u{7b}x\\u{7d})])");
    assert_eq!(expr("f''"), "FString([])");
    assert_eq!(expr("f'{a!r:>{w}}'"), "FString([Val(Name(a), r, [Lit(\\u{3e}), Val(Name(w), None, None)])])");
    assert_eq!(expr("f'{a:%H:%M}'"), "FString([Val(Name(a), None, [Lit(\\u{25}H\\u{3a}\\u{25}M)])])");
    assert_eq!(expr("'x' f'{a}' 'y'"), "FString([Lit(x), Val(Name(a), None, None), Lit(y)])");
    assert_eq!(
        expr("f'{a[\"k\"]} {b!s} {c!a}'"),
        "FString([Val(Subscript(Name(a), Const(Str(k))), None, None), Lit( ), Val(Name(b), s, None), Lit( ), \
         Val(Name(c), a, None)])"
    );
    assert_eq!(
        expr("f'{a == b} {a != b} {x:=10}'"),
        "FString([Val(Compare(Name(a), [Eq], [Name(b)]), None, None), Lit( ), \
         Val(Compare(Name(a), [NotEq], [Name(b)]), None, None), Lit( ), Val(Name(x), None, [Lit(\\u{3d}10)])])"
    );
    assert_eq!(expr("f'''{\na\n+ b}'''"), "FString([Val(BinOp(Add, Name(a), Name(b)), None, None)])");
    assert_eq!(expr("rf'\\n{a}'"), "FString([Lit(\\u{5c}n), Val(Name(a), None, None)])");
    assert_eq!(expr("f'\\n{a}'"), "FString([Lit(\\u{a}), Val(Name(a), None, None)])");
    assert_eq!(expr("f'{f\"{a}\"}'"), "FString([Val(FString([Val(Name(a), None, None)]), None, None)])");
}

#[test]
fn fstring_debug_form() {
    let e = parse_expression("f'{x = }{y=!s}{z=:>4}'").expect("parses");
    let ExprKind::FString(parts) = e.kind else { panic!("not an f-string") };
    let summary: Vec<_> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Value { conversion, debug_text, format_spec, .. } => {
                (debug_text.clone(), *conversion, format_spec.is_some())
            }
            FStringPart::Literal(s) => panic!("unexpected literal {s:?}"),
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (Some("x = ".to_string()), Some('r'), false),
            (Some("y=".to_string()), Some('s'), false),
            (Some("z=".to_string()), None, true),
        ]
    );
}

#[test]
fn fstring_spans_are_real_positions() {
    let src = "x = f'ab{ value + 1 }'";
    let m = parse_module(src).expect("parses");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else { panic!("not an assignment") };
    let ExprKind::FString(parts) = &value.kind else { panic!("not an f-string") };
    let FStringPart::Value { value, .. } = &parts[1] else { panic!("no value") };
    assert_eq!(&src[value.span.start as usize..value.span.end as usize], "value + 1");
}

#[test]
fn fstring_errors() {
    syntax_error("x = f'{'\n", "f-string: expecting '}'", 1, 8);
    syntax_error("x = f'{}'\n", "f-string: empty expression not allowed", 1, 8);
    syntax_error("x = f'{x!z}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 10);
    syntax_error("x = f'}'\n", "f-string: single '}' is not allowed", 1, 7);
    syntax_error("x = f'{a b}'\n", "f-string: invalid syntax", 1, 10);
    syntax_error("x = f'{#}'\n", "f-string expression part cannot include '#'", 1, 8);
    syntax_error("x = f'{a:{b:{c:{d}}}}'\n", "f-string: expressions nested too deeply", 1, 13);
}

// ------------------------------------------------------------------ syntax errors

#[test]
fn conformance_syntax_error_file() {
    let src = "# A syntax error is reported with its line before anything runs.\n\
               print(\"this must not print\")\n\n\ndef broken(:\n    pass\n";
    let err = parse_module(src).expect_err("must fail");
    assert_eq!(
        err.render("syntax_error.py", src),
        "  File \"syntax_error.py\", line 5\n    def broken(:\n               ^\nSyntaxError: invalid syntax\n"
    );
}

#[test]
fn rendering_matches_cpython() {
    let render = |src: &str| parse_module(src).expect_err("must fail").render("f.py", src);
    assert_eq!(
        render("x = 1 abc\n"),
        "  File \"f.py\", line 1\n    x = 1 abc\n          ^^^\nSyntaxError: invalid syntax\n"
    );
    assert_eq!(render("x = 1 +"), "  File \"f.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n");
    assert_eq!(render("x\n  y\n"), "  File \"f.py\", line 2\n    y\nIndentationError: unexpected indent\n");
    assert_eq!(
        render("if x:\n    a\n  b\n"),
        "  File \"f.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"
    );
    assert_eq!(
        render("if x:\n"),
        "  File \"f.py\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n"
    );
}

#[test]
fn parser_errors() {
    syntax_error("def f(:\n    pass\n", "invalid syntax", 1, 7);
    syntax_error("x = 1 +\n", "invalid syntax", 1, 8);
    syntax_error("x = 1 2\n", "invalid syntax", 1, 7);
    syntax_error("if x\n    pass\n", "expected ':'", 1, 5);
    syntax_error("def f()\n    pass\n", "expected ':'", 1, 8);
    syntax_error("x = 1 if 2\n", "expected 'else' after 'if' expression", 1, 11);
    syntax_error("try:\n  pass\nelse:\n  pass\n", "expected 'except' or 'finally' block", 3, 1);
    syntax_error("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
    syntax_error("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
    syntax_error("for 1 in x: pass\n", "cannot assign to literal", 1, 5);
    syntax_error("with a as 1: pass\n", "cannot assign to literal", 1, 11);
    syntax_error("x = yield = 1\n", "assignment to yield expression not possible", 1, 5);
    syntax_error("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1);
    syntax_error("*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1);
    syntax_error("del f()\n", "cannot delete function call", 1, 5);
    syntax_error("x + 1 += 2\n", "'expression' is an illegal expression for augmented assignment", 1, 1);
    syntax_error("a, b: int\n", "only single target (not tuple) can be annotated", 1, 1);
    syntax_error("print((*a))\n", "cannot use starred expression here", 1, 8);
    syntax_error("[*x for x in y]\n", "iterable unpacking cannot be used in comprehension", 1, 2);
    syntax_error("f(**x, *y)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8);
    syntax_error("f(a=1, b)\n", "positional argument follows keyword argument", 1, 8);
    syntax_error("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12);
    syntax_error("def f(*, **k): pass\n", "named arguments must follow bare *", 1, 7);
    syntax_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10);
    syntax_error("def f(/, a): pass\n", "at least one argument must precede /", 1, 7);
    syntax_error("def f(**k, a): pass\n", "arguments cannot follow var-keyword argument", 1, 12);
    syntax_error("x := 1\n", "invalid syntax", 1, 3);
    syntax_error("[i for i in x if i := 2]\n", "invalid syntax", 1, 20);
    syntax_error("else:\n  pass\n", "invalid syntax", 1, 1);
}

#[test]
fn incomplete_input() {
    for src in [
        "x = (1,",
        "x = '''abc",
        "x = 1 + \\",
        "if x:",
        "if x:\n    pass",
        "if x:\n    pass\n",
        "def f():\n    return 1\n",
        "@dec",
        "class A:",
        "for x in y:\n  if x:\n    pass\n",
        "match x:",
        "match x:\n  case 1:",
        "match x:\n  case 1:\n    pass\n",
        "print('a',",
    ] {
        assert!(is_incomplete(src), "{src:?} should be incomplete");
    }
    for src in ["", "x = 1", "x = 1\n", "if x:\n    pass\n\n", "if x: pass\n\n", "x = )", "x = 1 +", "print('a"] {
        assert!(!is_incomplete(src), "{src:?} should be complete");
    }
}

// ------------------------------------------------------------------ robustness

/// A tiny deterministic xorshift generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PROGRAM: &str = r#"
import os.path as p
from .. import (a, b)

@decorator(1, key="v")
class Shape(Base, metaclass=Meta):
    """A docstring."""
    sides: int = 0

    def __init__(self, *args, scale=1.0, **kw) -> None:
        super().__init__(*args, **kw)
        self.points = [(x, y) for x in range(3) if x for y in "ab"]
        self.table = {k: v for k, v in kw.items()}

    async def run(self, /, n, *, limit=10):
        async with self.lock as l, other:
            async for item in self.source(n):
                await item
        return n ** -2, *self.points

def gen(a, b=2):
    x = yield a
    yield from range(b)
    try:
        assert a, f"bad {a!r:>{b}} {a=}"
    except (ValueError, TypeError) as e:
        raise RuntimeError("x") from e
    except Exception:
        pass
    else:
        del a
    finally:
        global g
    while (n := len(b)) > 1 and not b:
        b = b[1:-1:2] if b else lambda q, *r, **s: q
        continue
    with (open(p) as f, open(q) as g):
        lines = f.read().split("\n")
    for i, *rest in enumerate(lines):
        if i < 0: break
        elif i == 1: pass
        else: i += 1; i <<= 2
    match lines, *rest:
        case [("a" | -1 | None) as first, *_], {"k": v, **kw} if v:
            match = case = first
        case Point(x, y=[0, y]) | p.Q(y, x):
            pass
        case _:
            case(match)
    return {**kw, 'a': 1, 'b': [1, 2, 3,]}
"#;

fn survives(src: &str) {
    // Either result is fine; only a panic or a stack overflow fails the test.
    let _ = parse_module(src);
    let _ = parse_expression(src);
    let _ = is_incomplete(src);
}

#[test]
fn sample_program_parses() {
    let m = parse_module(PROGRAM).expect("sample program parses");
    assert_eq!(m.body.len(), 4);
}

#[test]
fn truncated_prefixes_do_not_panic() {
    for (i, _) in PROGRAM.char_indices() {
        survives(&PROGRAM[..i]);
    }
}

#[test]
fn shuffled_lines_do_not_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let lines: Vec<&str> = PROGRAM.lines().collect();
    for _ in 0..300 {
        let mut shuffled = lines.clone();
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, rng.below(i + 1));
        }
        shuffled.truncate(1 + rng.below(lines.len()));
        survives(&shuffled.join("\n"));
    }
}

#[test]
fn random_bytes_do_not_panic() {
    let mut rng = Rng(12345);
    for _ in 0..2000 {
        let len = rng.below(120);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        survives(&String::from_utf8_lossy(&bytes));
        let printable: String = bytes.iter().map(|b| if b % 97 == 96 { '\n' } else { (b % 97 + 32) as char }).collect();
        survives(&printable);
    }
}

#[test]
fn random_token_soup_does_not_panic() {
    const SOUP: &[&str] = &[
        "x",
        "1",
        "0x1f",
        "1.5e3",
        "'s'",
        "f'{a}'",
        "b''",
        "'''t'''",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        ";",
        ".",
        "...",
        "=",
        ":=",
        "+",
        "-",
        "*",
        "**",
        "/",
        "//",
        "%",
        "@",
        "<<",
        "|",
        "&",
        "^",
        "~",
        "<",
        "==",
        "!=",
        "->",
        "+=",
        "if",
        "else",
        "elif",
        "for",
        "in",
        "not",
        "is",
        "and",
        "or",
        "lambda",
        "def",
        "class",
        "return",
        "yield",
        "from",
        "import",
        "as",
        "with",
        "async",
        "await",
        "try",
        "except",
        "finally",
        "while",
        "pass",
        "del",
        "global",
        "raise",
        "\n",
        "\n    ",
        "\n  ",
        "\\\n",
        "#c\n",
        "f'{",
        "}'",
        "None",
        "match",
        "case",
        "_",
        "match x:\n  ",
        "\n  case ",
        "\n    case [",
    ];
    let mut rng = Rng(777);
    for _ in 0..3000 {
        let n = 1 + rng.below(40);
        let src: Vec<&str> = (0..n).map(|_| SOUP[rng.below(SOUP.len())]).collect();
        survives(&src.join(" "));
        survives(&src.concat());
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 100_000;
    let parens = "(".repeat(n);
    let err = parse_module(&parens).expect_err("too deep");
    assert_eq!(err.msg, "too many nested parentheses");
    assert_eq!(err.line_col(&parens), (1, 201));
    assert!(parse_module(&format!("x = {}1{}", "(".repeat(199), ")".repeat(199))).is_ok());
    for src in [
        format!("x = {}1", "-".repeat(n)),
        format!("x = {}1", "not ".repeat(n)),
        format!("x = 1{}", "+1".repeat(n)),
        format!("x = a{}", ".b".repeat(n)),
        format!("x = a{}", "()".repeat(n)),
        format!("x = a{}", "[0]".repeat(n)),
        format!("x = a{}", "**a".repeat(n)),
        format!("x = a{}", " if a else a".repeat(n)),
        format!("x = {}1", "lambda a, b=1: ".repeat(n)),
        format!("x = {}1", "await ".repeat(n)),
        format!("if a: pass\n{}", "elif b: pass\n".repeat(n)),
        (0..150).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>(),
    ] {
        assert!(parse_module(&src).is_err());
        let _ = is_incomplete(&src);
    }
    assert!(parse_module(&format!("x = 1{}", "+1".repeat(500))).is_ok());
    // An or-pattern is flat, however long; its guard is an ordinary expression.
    let alternatives: Vec<String> = (0..3000).map(|i| format!("-{i}")).collect();
    let src = format!("match x:\n case {}: pass\n", alternatives.join(" | "));
    assert!(parse_module(&src).is_ok());
    let src = format!("match x:\n case 1 if {}: pass\n", alternatives.join(" | "));
    assert_eq!(parse_module(&src).expect_err("too deep").msg, "expression too deeply nested");
    let src = format!("match x:\n case {}x{}: pass\n", "[".repeat(199), "]".repeat(199));
    assert!(parse_module(&src).is_ok());
}

#[test]
fn very_long_lines_work() {
    let src = format!("x = '{}'", "a".repeat(5_000_000));
    let m = parse_module(&src).expect("5 MB string literal");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else { panic!("not an assignment") };
    assert!(matches!(&value.kind, ExprKind::Constant(Constant::Str(s)) if s.len() == 5_000_000));
    let src = format!("x = [{}]", "1234, ".repeat(850_000));
    assert!(src.len() >= 5_000_000);
    let m = parse_module(&src).expect("5 MB list display");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else { panic!("not an assignment") };
    assert!(matches!(&value.kind, ExprKind::List(v) if v.len() == 850_000));
}

#[test]
fn tabs_and_spaces_mixed_inconsistently() {
    // CPython 3.11's verdicts: a TabError at the start of the line (no caret),
    // whenever the indentation compares differently with a tab as 8 columns or as 1.
    let tab = |src: &str, line: usize| {
        let msg = "inconsistent use of tabs and spaces in indentation".to_string();
        assert_eq!(error(src), (SyntaxErrorKind::TabError, msg, line, 1), "{src:?}");
    };
    tab("if x:\n\tpass\n        pass\n", 3);
    tab("if x:\n        pass\n\tpass\n", 3);
    tab("if x:\n    if y:\n\tpass\n", 3);
    tab("if x:\n\tif y:\n\t        pass\n\t\tpass\n", 4);
    tab("if x:\n  \tpass\n\t  pass\n", 3);
    tab("def f():\n\tif x:\n\t\tpass\n        return 1\n", 4);
    tab("if x:\n    pass\n\tfoo(\n", 3);
    // Consistent mixes, and blank or comment lines, are fine.
    module("if x:\n\tpass\nelse:\n        pass\n");
    module("if x:\n        pass\n\t\n");
    module("if x:\n\tpass\n        # c\n");
    // A dedent to no outer level is found before a missing block.
    indentation_error("if x:\n    if y:\n  pass\n", "unindent does not match any outer indentation level", 3, 7);
}

#[test]
fn cpython_places_the_errors_of_mutated_programs() {
    // Each verdict (message, line, column) is CPython 3.11's.
    // A tokenizer error later in the input replaces the parser's error ...
    syntax_error(
        "try:\n    x = (1 2)\nexcept: pass\ny = 'open\n",
        "unterminated string literal (detected at line 4)",
        4,
        5,
    );
    syntax_error(
        "def f():\n    x = 1 +\nz = (]\n",
        "closing parenthesis ']' does not match opening parenthesis '('",
        3,
        6,
    );
    // ... but not a dedent to no outer level, nor mixed tabs, nor a stray character.
    syntax_error("x = 1 +\nif x:\n        a\n    b\n", "invalid syntax", 1, 8);
    syntax_error("x = [pass\ny = 2\n!\n", "invalid syntax", 1, 6);
    // An unclosed bracket wins over an error on a later line, even past a stray character.
    syntax_error("x = (1,\n$\n", "'(' was never closed", 1, 5);
    // An unexpected indent is found before a bad token on the same line.
    indentation_error("x = 1\n 'abc\n", "unexpected indent", 2, 1);
    // DEDENT tokens sit one column left of the line's first token.
    syntax_error("def f():\n    try:\n        x\nexcept E:\n    pass\n", "expected 'except' or 'finally' block", 4, 0);
    indentation_error(
        "if a:\n    if b:\n        for c in d:\n    out = []\n",
        "expected an indented block after 'for' statement on line 3",
        4,
        4,
    );
    let no_body = "expected an indented block after 'for' statement on line 2";
    indentation_error("for a in b:\n    for c in d:\nout = []\n", no_body, 3, 0);
    indentation_error("for a in b:\n    for c in d:\n    out = []\n", no_body, 3, 5);
    // At the end of input, at the end of the last line.
    syntax_error("try:\n    f.a = 1\n    print('x')\n", "expected 'except' or 'finally' block", 3, 15);
    syntax_error("try: f()\n  except E: pass\n", "expected 'except' or 'finally' block", 2, 2);
    syntax_error("print(1 \\ .a)\n", "unexpected character after line continuation character", 1, 10);
    // Which headers insist on their ':'.
    syntax_error("def f() y:\n  pass\n", "expected ':'", 1, 9);
    syntax_error("def f() -> int y:\n pass\n", "expected ':'", 1, 16);
    syntax_error("class A(B) y:\n  pass\n", "invalid syntax", 1, 12);
    syntax_error("try:\n  pass\nexcept E as e;\n  pass\n", "invalid syntax", 3, 14);
    syntax_error("def f 1 (x):\n  pass\n", "expected '('", 1, 7);
    // The comma hint needs a whole expression after the first operand.
    syntax_error("f(a lambda , b)\n", "invalid syntax", 1, 5);
    syntax_error("f(a.b 'x')\n", "invalid syntax. Perhaps you forgot a comma?", 1, 3);
    syntax_error("f(o  not None, 1)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 3);
    // Format characters are not printable.
    syntax_error("x\u{feff}=1\n", "invalid non-printable character U+FEFF", 1, 2);
    syntax_error("\u{feff}print(1)\n", "invalid non-printable character U+FEFF", 1, 1);
}
