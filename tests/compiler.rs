//! Compiler tests: disassembly snapshots (key opcodes in order), scope
//! classification, code object metadata, and compile-time SyntaxErrors.

use coil::compile::bytecode::{flags, Code, Instr, SourceFile};
use coil::compile::{compile_interactive, compile_module};
use coil::syntax::parser::parse_module;
use std::rc::Rc;

fn source(src: &str) -> Rc<SourceFile> {
    Rc::new(SourceFile::new("<test>", src))
}

fn compile(src: &str) -> Rc<Code> {
    let module = parse_module(src).unwrap_or_else(|e| panic!("parse error {}: {src}", e.msg));
    compile_module(&module, source(src)).unwrap_or_else(|e| panic!("compile error {}: {src}", e.msg))
}

fn compile_repl(src: &str) -> Rc<Code> {
    let module = parse_module(src).unwrap_or_else(|e| panic!("parse error {}: {src}", e.msg));
    compile_interactive(&module, source(src), false).unwrap_or_else(|e| panic!("compile error {}: {src}", e.msg))
}

/// The SyntaxError message for `src`, from the parser or the compiler (some checks,
/// like duplicate parameters, are made by whichever layer sees them first).
fn compile_err(src: &str) -> String {
    let module = match parse_module(src) {
        Ok(m) => m,
        Err(e) => return e.msg,
    };
    match compile_module(&module, source(src)) {
        Ok(_) => panic!("expected a SyntaxError for {src:?}"),
        Err(e) => e.msg,
    }
}

/// The nested code object with this qualname (depth-first).
fn find(code: &Rc<Code>, qualname: &str) -> Rc<Code> {
    fn walk(code: &Rc<Code>, q: &str) -> Option<Rc<Code>> {
        if &*code.qualname == q {
            return Some(code.clone());
        }
        code.consts.iter().filter_map(|c| c.as_code()).find_map(|c| walk(c, q))
    }
    walk(code, qualname).unwrap_or_else(|| panic!("no code {qualname} in\n{}", code.disassemble()))
}

/// One line per instruction of this code object only: `Instr  (operand)`.
fn listing(code: &Code) -> Vec<String> {
    let dis = code.disassemble();
    dis.lines()
        .skip(1)
        .take(code.instrs.len())
        .map(|l| {
            let l = l.get(12..).unwrap_or("").trim().to_string();
            l
        })
        .collect()
}

/// Assert that instructions containing each needle appear in this order (gaps allowed).
fn assert_in_order(code: &Code, needles: &[&str]) {
    let lines = listing(code);
    let mut pos = 0;
    for needle in needles {
        match lines[pos..].iter().position(|l| l.contains(needle)) {
            Some(i) => pos += i + 1,
            None => panic!("{needle:?} not found in order in:\n{}", lines.join("\n")),
        }
    }
}

fn names(v: &[Rc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

#[test]
fn module_assign_and_return() {
    let code = compile("x = 1\ny = x + 2\n");
    assert_eq!(&*code.name, "<module>");
    assert_eq!(code.flags & flags::NAMESPACE, flags::NAMESPACE);
    assert_in_order(
        &code,
        &[
            "LoadConst(0)  (1)",
            "StoreName(0)  (x)",
            "LoadName(0)  (x)",
            "LoadConst(1)  (2)",
            "BinaryOp(Add)",
            "StoreName(1)  (y)",
            "LoadConst(2)  (None)",
            "Return",
        ],
    );
    assert_eq!(code.instrs.last(), Some(&Instr::Return));
}

#[test]
fn constants_are_deduplicated_and_folded() {
    let code = compile("a = 1\nb = 1\nc = -5\nd = (1, 2, (3, -4.5))\ne = 1.0\nf = True\n");
    let reprs: Vec<String> = code.consts.iter().map(|c| c.debug_repr()).collect();
    assert_eq!(reprs, ["1", "-5", "(1, 2, (3, -4.5))", "1.0", "True", "None"]);
    assert!(!code.instrs.iter().any(|i| matches!(i, Instr::UnaryOp(_) | Instr::BuildTuple(_))));
}

#[test]
fn function_locals_globals_and_varnames() {
    let src = "g = 0\ndef f(a, b=2, /, c=3, *args, d, e=5, **kw):\n    x = a + g\n    return x\n";
    let code = compile(src);
    assert_in_order(&code, &["LoadConst", "LoadConst", "BuildTuple(2)", "LoadConst", "LoadConst", "BuildMap(1)"]);
    assert_in_order(&code, &["MakeFunction(3)", "StoreName(1)  (f)"]);
    let f = find(&code, "f");
    assert_eq!(names(&f.varnames), ["a", "b", "c", "d", "e", "args", "kw", "x"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert_eq!(f.flags, flags::VARARGS | flags::VARKEYWORDS);
    assert_in_order(
        &f,
        &["LoadFast(0)  (a)", "LoadGlobal(0)  (g)", "BinaryOp(Add)", "StoreFast(7)  (x)", "LoadFast(7)  (x)", "Return"],
    );
    assert_eq!(f.first_offset, src.find("def").unwrap() as u32);
}

#[test]
fn closures_cells_and_free_vars() {
    let src = "def outer(a):\n    b = 1\n    def inner():\n        return a + b\n    return inner\n";
    let code = compile(src);
    let outer = find(&code, "outer");
    assert_eq!(names(&outer.cellvars), ["a", "b"]);
    assert_eq!(outer.cell_params, [Some(0), None]);
    assert_eq!(names(&outer.varnames), ["a", "inner"]);
    assert_in_order(
        &outer,
        &["StoreDeref(1)  (b)", "LoadClosure(0)  (a)", "LoadClosure(1)  (b)", "BuildTuple(2)", "MakeFunction(8)"],
    );
    let inner = find(&code, "outer.<locals>.inner");
    assert_eq!(&*inner.name, "inner");
    assert_eq!(names(&inner.freevars), ["a", "b"]);
    assert_in_order(&inner, &["LoadDeref(0)  (a)", "LoadDeref(1)  (b)", "BinaryOp(Add)", "Return"]);
}

#[test]
fn global_and_nonlocal_declarations() {
    let src = "def f():\n    global g\n    g = 1\n    n = 0\n    def h():\n        nonlocal n\n        n += 1\n    return h\n";
    let code = compile(src);
    let f = find(&code, "f");
    assert_in_order(&f, &["StoreGlobal(0)  (g)", "StoreDeref(0)  (n)"]);
    let h = find(&code, "f.<locals>.h");
    assert_in_order(&h, &["LoadDeref(0)  (n)", "InplaceOp(Add)", "StoreDeref(0)  (n)"]);
}

#[test]
fn class_body_and_methods() {
    let src = "class C(B, metaclass=M):\n    \"doc\"\n    x = 1\n    def m(self):\n        return super().m()\n";
    let code = compile(src);
    assert_in_order(
        &code,
        &[
            "LoadBuildClass",
            "MakeFunction(0)",
            "LoadConst(1)  (\"C\")",
            "LoadName(0)  (B)",
            "LoadName(1)  (M)",
            "(\"metaclass\")",
            "CallKw(4)",
            "StoreName(2)  (C)",
        ],
    );
    let body = find(&code, "C");
    assert_eq!(body.flags, flags::NAMESPACE);
    assert_eq!(names(&body.cellvars), ["__class__"]);
    assert_in_order(
        &body,
        &[
            "LoadName(0)  (__name__)",
            "StoreName(1)  (__module__)",
            "LoadConst(0)  (\"C\")",
            "StoreName(2)  (__qualname__)",
            "(\"doc\")",
            "StoreName(3)  (__doc__)",
            "StoreName(4)  (x)",
            "LoadClosure(0)  (__class__)",
            "MakeFunction(8)",
            "StoreName(5)  (m)",
            "LoadClosure(0)  (__class__)",
            "Return",
        ],
    );
    let m = find(&code, "C.m");
    assert_eq!(names(&m.freevars), ["__class__"]);
    assert_in_order(&m, &["LoadGlobal(0)  (super)", "Call(0)", "LoadMethod(1)  (m)", "CallMethod(0)"]);
}

#[test]
fn class_free_variables_use_load_class_deref() {
    let src = "def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def g(self):\n            return x\n    return C\n";
    let code = compile(src);
    let c = find(&code, "f.<locals>.C");
    assert_eq!(names(&c.freevars), ["x"]);
    assert!(c.instrs.iter().any(|i| matches!(i, Instr::StoreName(_))));
    let g = find(&code, "f.<locals>.C.g");
    assert_eq!(names(&g.freevars), ["x"]);
    assert_in_order(&g, &["LoadDeref(0)  (x)"]);
    let src2 = "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n";
    let c2 = find(&compile(src2), "f.<locals>.C");
    assert!(c2.instrs.iter().any(|i| matches!(i, Instr::LoadClassDeref { .. })));
}

#[test]
fn calls_method_calls_and_star_args() {
    let code = compile("f(1, k=2)\no.m(1, 2)\no.m(x=1)\nf(*a, b, **k)\ng(*a)\n");
    assert_in_order(
        &code,
        &[
            "LoadName(0)  (f)",
            "LoadConst",
            "LoadConst",
            "(\"k\")",
            "CallKw(2)",
            "Pop",
            "LoadName(1)  (o)",
            "LoadMethod(2)  (m)",
            "CallMethod(2)",
            "LoadMethod(2)  (m)",
            "(\"x\")",
            "CallMethodKw(1)",
            "LoadName(0)  (f)",
            "BuildList(0)",
            "LoadName(3)  (a)",
            "ListExtend(1)",
            "LoadName(4)  (b)",
            "ListAppend(1)",
            "ListToTuple",
            "BuildMap(0)",
            "LoadName(5)  (k)",
            "DictMerge(1)",
            "CallEx(1)",
            // `g(*a)`: the iterable goes to CallEx as it is.
            "LoadName(6)  (g)",
            "LoadName(3)  (a)",
            "CallEx(0)",
        ],
    );
}

#[test]
fn displays_with_stars() {
    let code = compile("a = [1, *b]\nc = (x, *y)\nd = {1, *s}\ne = {1: 2, **m, 3: x}\n");
    assert_in_order(
        &code,
        &[
            "BuildList(1)",
            "ListExtend(1)",
            "BuildList(1)",
            "ListExtend(1)",
            "ListToTuple",
            "BuildSet(1)",
            "SetUpdate(1)",
            "BuildMap(1)",
            "DictUpdate(1)",
            "MapAdd(1)",
        ],
    );
}

#[test]
fn chained_comparison_and_boolops() {
    let code = compile("r = a < b < c\ns = a and b or c\n");
    assert_in_order(
        &code,
        &[
            "LoadName(0)  (a)",
            "LoadName(1)  (b)",
            "Dup",
            "Rot3",
            "CompareOp(Lt)",
            "JumpIfFalseOrPop",
            "LoadName(2)  (c)",
            "CompareOp(Lt)",
            "Jump",
            "Rot2",
            "Pop",
            "StoreName(3)  (r)",
            "JumpIfFalseOrPop",
            "JumpIfTrueOrPop",
            "StoreName(4)  (s)",
        ],
    );
}

#[test]
fn unpacking_and_aug_assign() {
    let code = compile("a, (b, c) = t\nx, *y, z = t\no.a += 1\nd[k] -= 2\ndel a, o.a, d[k]\n");
    assert_in_order(
        &code,
        &[
            "UnpackSequence(2)",
            "StoreName",
            "UnpackSequence(2)",
            "UnpackEx { before: 1, after: 1 }",
            "Dup",
            "LoadAttr",
            "InplaceOp(Add)",
            "Rot2",
            "StoreAttr",
            "DupTwo",
            "BinarySubscr",
            "InplaceOp(Sub)",
            "Rot3",
            "StoreSubscr",
            "DeleteName",
            "DeleteAttr",
            "DeleteSubscr",
        ],
    );
}

#[test]
fn loops_with_else_break_continue() {
    let code = compile("for i in x:\n    if i: break\n    continue\nelse:\n    y = 1\nwhile c:\n    break\n");
    let l = listing(&code);
    let for_iter = l.iter().position(|s| s.starts_with("ForIter")).unwrap();
    assert!(l[for_iter - 1].starts_with("GetIter"));
    assert_in_order(&code, &["GetIter", "ForIter", "StoreName", "PopJumpIfFalse", "Pop", "Jump", "Jump", "Jump"]);
    // The ForIter exit goes to the else clause; break (Pop; Jump) skips it.
    let Instr::ForIter(exit) = code.instrs[for_iter] else { panic!() };
    assert!(matches!(code.instrs[exit as usize], Instr::LoadConst(_)));
}

#[test]
fn try_except_finally_shape() {
    let src = "try:\n    f()\nexcept E as e:\n    g(e)\nexcept:\n    h()\nelse:\n    i()\nfinally:\n    j()\n";
    let code = compile(src);
    assert_in_order(
        &code,
        &[
            "SetupExcept",
            "SetupExcept",
            "(f)",
            "PopBlock",
            "(i)",
            "Jump",
            "(E)",
            "CheckExcMatch",
            "PopJumpIfFalse",
            "StoreName(3)  (e)",
            "(g)",
            "PopExcept",
            "LoadConst",
            "StoreName(3)  (e)",
            "DeleteName(3)  (e)",
            "Jump",
            "Pop",
            "(h)",
            "PopExcept",
            "Jump",
            "PopBlock",
            "(j)",
            "Jump",
            "(j)",
            "Reraise",
        ],
    );
}

#[test]
fn return_inside_finally_and_with_unwinds() {
    let src = "def f():\n    with m() as v:\n        try:\n            return 1\n        finally:\n            g()\n";
    let f = find(&compile(src), "f");
    assert_in_order(
        &f,
        &[
            "BeforeWith",
            "StoreFast",
            "SetupExcept",
            "SetupExcept",
            "LoadConst",
            "PopBlock",
            "(g)",
            "Pop",
            "PopBlock",
            "Rot2",
            "ExitWith",
            "Return",
        ],
    );
    assert_in_order(&f, &["WithExceptStart", "PopJumpIfTrue", "Reraise", "Pop", "PopExcept", "Pop"]);
}

#[test]
fn break_from_for_inside_try_pops_block_and_iterator() {
    let f = find(
        &compile("def f():\n    for x in y:\n        try:\n            break\n        except E:\n            pass\n"),
        "f",
    );
    assert_in_order(&f, &["ForIter", "SetupExcept", "PopBlock", "Pop", "Jump"]);
}

#[test]
fn comprehensions() {
    let code = compile("a = [x * 2 for x in y if x]\nb = {k: v for k, v in d}\ng = (i for i in r for j in i)\n");
    assert_in_order(&code, &["MakeFunction(0)", "LoadName", "GetIter", "Call(1)", "StoreName"]);
    let lc = find(&code, "<listcomp>");
    assert_eq!(names(&lc.varnames), [".0", "x"]);
    assert_eq!(lc.argcount, 1);
    assert_in_order(
        &lc,
        &[
            "BuildList(0)",
            "LoadFast(0)  (.0)",
            "ForIter",
            "StoreFast(1)  (x)",
            "PopJumpIfFalse",
            "ListAppend(2)",
            "Jump",
            "Return",
        ],
    );
    let dc = find(&code, "<dictcomp>");
    assert_in_order(&dc, &["BuildMap(0)", "ForIter", "UnpackSequence(2)", "MapAdd(2)"]);
    let ge = find(&code, "<genexpr>");
    assert_eq!(ge.flags & flags::GENERATOR, flags::GENERATOR);
    assert_in_order(
        &ge,
        &["ForIter", "GetIter", "ForIter", "YieldValue", "Pop", "Jump", "Jump", "LoadConst", "Return"],
    );
}

#[test]
fn comprehension_qualnames_and_closures() {
    let code = compile("def f(n):\n    return [lambda: n * i for i in range(n)]\n");
    let lc = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(names(&lc.cellvars), ["i"]);
    assert_eq!(names(&lc.freevars), ["n"]);
    let lam = find(&code, "f.<locals>.<listcomp>.<lambda>");
    assert_eq!(names(&lam.freevars), ["i", "n"]);
}

#[test]
fn walrus_in_comprehension_binds_in_function() {
    let code = compile("def f(xs):\n    ys = [y := x for x in xs]\n    return y\n");
    let f = find(&code, "f");
    assert_eq!(names(&f.cellvars), ["y"]);
    let lc = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(names(&lc.freevars), ["y"]);
    assert_in_order(&lc, &["Dup", "StoreDeref"]);
    let m = compile("[y := x for x in xs]\nprint(y)\n");
    let lc = find(&m, "<listcomp>");
    assert_in_order(&lc, &["Dup", "StoreGlobal"]);
}

#[test]
fn generators_and_coroutines() {
    let src =
        "def g():\n    x = yield 1\n    yield from h()\nasync def c():\n    await d()\nasync def ag():\n    yield 1\n";
    let code = compile(src);
    let g = find(&code, "g");
    assert_eq!(g.flags, flags::GENERATOR);
    assert_in_order(&g, &["LoadConst", "YieldValue", "StoreFast", "GetYieldFromIter", "LoadConst", "YieldFrom", "Pop"]);
    let c = find(&code, "c");
    assert_eq!(c.flags, flags::COROUTINE);
    assert_in_order(&c, &["LoadGlobal", "Call(0)", "GetAwaitable", "LoadConst(0)  (None)", "YieldFrom"]);
    assert_eq!(find(&code, "ag").flags, flags::ASYNC_GENERATOR);
}

#[test]
fn async_for_and_async_with() {
    let src = "async def f():\n    async for x in a:\n        pass\n    else:\n        e()\n    async with m as v:\n        pass\n";
    let f = find(&compile(src), "f");
    assert_in_order(
        &f,
        &[
            "GetAIter",
            "SetupExcept",
            "GetANext",
            "GetAwaitable",
            "YieldFrom",
            "PopBlock",
            "StoreFast",
            "Jump",
            "EndAsyncFor",
            "(e)",
            "BeforeAsyncWith",
            "GetAwaitable",
            "YieldFrom",
            "StoreFast",
            "SetupExcept",
            "PopBlock",
            "Call(3)",
            "GetAwaitable",
            "YieldFrom",
            "WithExceptStart",
            "GetAwaitable",
            "YieldFrom",
            "PopJumpIfTrue",
            "Reraise",
        ],
    );
}

#[test]
fn async_comprehension_is_awaited() {
    let src = "async def f():\n    return [x async for x in a]\n";
    let code = compile(src);
    let lc = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(lc.flags & flags::COROUTINE, flags::COROUTINE);
    assert_in_order(&lc, &["SetupExcept", "GetANext", "YieldFrom", "PopBlock", "ListAppend(2)", "EndAsyncFor"]);
    assert_in_order(&find(&code, "f"), &["GetAIter", "Call(1)", "GetAwaitable", "YieldFrom", "Return"]);
}

#[test]
fn fstrings() {
    let code = compile("s = f\"a{x!r:>{w}}b{y}\"\nt = f\"{z}\"\n");
    assert_in_order(
        &code,
        &[
            "(\"a\")",
            "LoadName(0)  (x)",
            "(\">\")",
            "LoadName(1)  (w)",
            // Flag 8: a BuildString joins the field, so a plain int may stay unformatted.
            "FormatValue(8)",
            "BuildString(2)",
            "FormatValue(14)",
            "(\"b\")",
            "LoadName(2)  (y)",
            "FormatValue(8)",
            "BuildString(4)",
            "StoreName",
            "LoadName(4)  (z)",
            "FormatValue(0)",
            "StoreName",
        ],
    );
}

#[test]
fn imports() {
    let code = compile("import a.b.c\nimport a.b as d\nfrom .m import x, y as z\nfrom . import w\nfrom q import *\n");
    assert_in_order(
        &code,
        &[
            "LoadConst(0)  (0)",
            "LoadConst(1)  (None)",
            "ImportName(0)  (a.b.c)",
            "StoreName(1)  (a)",
            "LoadConst(2)  (())",
            "ImportName(2)  (a.b)",
            "StoreName(3)  (d)",
            "LoadConst(3)  (1)",
            "(\"x\", \"y\")",
            "ImportName(4)  (m)",
            "ImportFrom(5)  (x)",
            "StoreName(5)  (x)",
            "ImportFrom(6)  (y)",
            "StoreName(7)  (z)",
            "Pop",
            "ImportName(8)  ()",
            "ImportFrom(9)  (w)",
            "ImportName(10)  (q)",
            "ImportStar",
        ],
    );
}

#[test]
fn decorators_lambda_assert_raise() {
    let code = compile("@d1\n@d2\ndef f(): pass\ng = lambda a, b=1: a\nassert x, 'm'\nraise E from c\n");
    assert_in_order(
        &code,
        &["LoadName(0)  (d1)", "LoadName(1)  (d2)", "MakeFunction(0)", "Call(1)", "Call(1)", "StoreName(2)  (f)"],
    );
    assert_in_order(&code, &["BuildTuple(1)", "MakeFunction(1)", "StoreName"]);
    assert_in_order(&code, &["PopJumpIfTrue", "LoadAssertionError", "(\"m\")", "Call(1)", "Raise(1)", "Raise(2)"]);
    let lam = find(&code, "<lambda>");
    assert_in_order(&lam, &["LoadFast(0)  (a)", "Return"]);
}

#[test]
fn offsets_point_at_the_call_line() {
    let src = "x = 1\ny = f(\n  x,\n  2)\n";
    let code = compile(src);
    let pc = code.instrs.iter().position(|i| matches!(i, Instr::Call(_))).unwrap();
    assert_eq!(code.line_at(pc), 2);
    assert_eq!(code.positions.table().offsets.len(), code.instrs.len());
}

#[test]
fn interactive_prints_and_allows_await() {
    let code = compile_repl("1 + 1\nawait x\n");
    assert_in_order(&code, &["BinaryOp(Add)", "PrintExpr", "GetAwaitable", "YieldFrom", "PrintExpr"]);
    assert_eq!(code.flags & flags::COROUTINE, flags::COROUTINE);
    let plain = compile_repl("x = 1\n");
    assert_eq!(plain.flags & flags::COROUTINE, 0);
}

#[test]
fn deeply_nested_functions() {
    let mut src = String::new();
    // 99 levels: CPython (and coil's layout pass) allow at most 100 levels of indentation.
    for i in 0..99 {
        src.push_str(&format!("{}def f{i}():\n", " ".repeat(i)));
    }
    src.push_str(&format!("{}return 1\n", " ".repeat(99)));
    let handle = std::thread::Builder::new().stack_size(8 << 20).spawn(move || compile(&src).consts.len()).unwrap();
    assert!(handle.join().unwrap() > 0);
}

#[test]
fn syntax_errors() {
    let cases = [
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"),
        ("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"),
        ("def f(x):\n    global x\n", "name 'x' is parameter and global"),
        ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
        ("return 1\n", "'return' outside function"),
        ("class C:\n    return\n", "'return' outside function"),
        ("yield 1\n", "'yield' outside function"),
        ("await x\n", "'await' outside function"),
        ("def f():\n    await x\n", "'await' outside async function"),
        ("break\n", "'break' outside loop"),
        ("continue\n", "'continue' not properly in loop"),
        ("for x in y:\n    def f():\n        break\n", "'break' outside loop"),
        ("while x:\n    pass\nelse:\n    continue\n", "'continue' not properly in loop"),
        ("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition"),
        ("lambda a, *a: 0\n", "duplicate argument 'a' in function definition"),
        ("def f():\n    from m import *\n", "import * only allowed at module level"),
        ("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator"),
        ("[(yield x) for x in y]\n", "'yield' inside list comprehension"),
        ("def f():\n    async with x:\n        pass\n", "'async with' outside async function"),
        (
            "def f():\n    return [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
        ),
        ("f(a=1, a=2)\n", "keyword argument repeated: a"),
        (
            "class C:\n    [y := 1 for x in z]\n",
            "assignment expression within a comprehension cannot be used in a class body",
        ),
    ];
    for (src, msg) in cases {
        assert_eq!(compile_err(src), msg, "for {src:?}");
    }
}

#[test]
fn error_spans_point_at_the_statement() {
    let src = "x = 1\nbreak\n";
    let module = parse_module(src).unwrap();
    let e = compile_module(&module, source(src)).unwrap_err();
    assert_eq!(e.line_col(src), (2, 1));
}

#[test]
fn match_statement_syntax_errors() {
    // (source, message, line, column) as CPython 3.11 reports them.
    let cases = [
        ("match x:\n  case y: pass\n  case 1: pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 8),
        ("match x:\n  case _: pass\n  case 1: pass\n", "wildcard makes remaining patterns unreachable", 2, 8),
        ("match x:\n  case [a, a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 12),
        ("match x:\n  case 1 | a: pass\n", "alternative patterns bind different names", 2, 12),
        ("match x:\n  case a | 1: pass\n", "name capture 'a' makes remaining patterns unreachable", 2, 8),
        ("match x:\n  case [a] | [b]: pass\n", "alternative patterns bind different names", 2, 15),
        ("match x:\n  case {'a': 1, 'a': 2}: pass\n", "mapping pattern checks duplicate key ('a')", 2, 8),
        ("match x:\n  case {1: _, 1.0: _}: pass\n", "mapping pattern checks duplicate key (1.0)", 2, 8),
        ("match x:\n  case {True: _, 1: _}: pass\n", "mapping pattern checks duplicate key (1)", 2, 8),
        ("match x:\n  case {-0: _, 0: _}: pass\n", "mapping pattern checks duplicate key (0)", 2, 8),
        ("match x:\n  case {b'k': _, None: _, b'k': _}: pass\n", "mapping pattern checks duplicate key (b'k')", 2, 8),
        ("match x:\n  case C(a=1, a=2): pass\n", "attribute name repeated in class pattern: a", 2, 17),
        ("match x:\n  case f'x': pass\n", "patterns may only match literals and attribute lookups", 2, 8),
        (
            "match x:\n  case {'a': 1, f'b': 2}: pass\n",
            "mapping pattern keys may only match literals and attribute lookups",
            2,
            8,
        ),
        ("match x:\n  case [*a, *b]: pass\n", "multiple starred names in sequence pattern", 2, 8),
        (
            "match x:\n  case (y as z) as w: pass\n  case 2: pass\n",
            "name capture 'y' makes remaining patterns unreachable",
            2,
            9,
        ),
        ("match x:\n  case (a, a) | (a, a): pass\n", "multiple assignments to name 'a' in pattern", 2, 12),
        ("match x:\n  case {'k': a, **a}: pass\n", "multiple assignments to name 'a' in pattern", 2, 14),
        ("match x:\n  case [a, (b | a)]: pass\n", "name capture 'b' makes remaining patterns unreachable", 2, 13),
        ("match x:\n  case (a, b) | (b, c): pass\n", "alternative patterns bind different names", 2, 21),
        ("match x:\n  case [a, *a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 12),
        ("match x:\n  case C(x=a, y=a): pass\n", "multiple assignments to name 'a' in pattern", 2, 17),
        ("match x:\n  case _ | 1: pass\n", "wildcard makes remaining patterns unreachable", 2, 8),
        (
            "match x:\n  case 1 | (_ as y): pass\n  case 2: pass\n",
            "wildcard makes remaining patterns unreachable",
            2,
            13,
        ),
        (
            "match x:\n  case y if y: pass\n  case z: pass\n  case 3: pass\n",
            "name capture 'z' makes remaining patterns unreachable",
            3,
            8,
        ),
        ("match x:\n  case {0.5: _, -0.5: _, 0.50: _}: pass\n", "mapping pattern checks duplicate key (0.5)", 2, 8),
    ];
    for (src, msg, line, col) in cases {
        let module = parse_module(src).unwrap_or_else(|e| panic!("parse error {}: {src:?}", e.msg));
        let err = compile_module(&module, source(src)).expect_err(src);
        assert_eq!((err.msg.as_str(), err.line_col(src)), (msg, (line, col)), "for {src:?}");
    }
}

#[test]
fn match_statement_shape() {
    // Captures are stored only after the whole pattern matched; the subject is
    // copied for every case but the last and popped before a body runs.
    let code = compile("match v:\n    case [a, *b] if a:\n        x = 1\n    case {'k': c, **d}:\n        pass\n    case P(e, f=g) | (e, g):\n        pass\n    case _:\n        pass\n");
    assert_in_order(
        &code,
        &[
            "LoadName(0)",
            "Dup",
            "MatchSequence",
            "GetLen",
            "UnpackEx",
            "StoreName",
            "StoreName",
            "PopJumpIfFalse",
            "Pop",
            "StoreName",
            "Jump",
            "Pop",
            "Dup",
            "MatchMapping",
            "MatchKeys",
            "CopyDictWithout",
            "StoreName",
            "StoreName",
            "Pop",
            "Jump",
            "MatchClass",
            "UnpackSequence",
            "Jump",
            "MatchSequence",
            "Rot2",
            "Jump",
            "StoreName",
            "StoreName",
            "Jump",
        ],
    );
}

/// The compile-time error's message and 1-based line and column for `src`.
fn compile_err_at(src: &str) -> (String, usize, usize) {
    let module = parse_module(src).unwrap_or_else(|e| panic!("parse error {}: {src}", e.msg));
    match compile_module(&module, source(src)) {
        Ok(_) => panic!("expected a SyntaxError for {src:?}"),
        Err(e) => {
            let (line, col) = e.line_col(src);
            (e.msg, line, col)
        }
    }
}

/// `depth` statements from `header(i)` nested one in another, then `pass`,
/// then `footer(i)` lines from the innermost out.
fn nested(depth: usize, header: impl Fn(usize) -> String, footer: impl Fn(usize) -> Option<String>) -> String {
    let mut lines: Vec<String> = (0..depth).map(|i| format!("{}{}", " ".repeat(i), header(i))).collect();
    lines.push(format!("{}pass", " ".repeat(depth)));
    lines.extend((0..depth).rev().filter_map(|i| footer(i).map(|f| format!("{}{f}", " ".repeat(i)))));
    lines.join("\n") + "\n"
}

#[test]
fn too_many_statically_nested_blocks() {
    // CPython 3.11 allows 20 nested blocks per code unit; the 21st is reported
    // at the statement (or except clause) that opens it.
    let msg = "too many statically nested blocks".to_string();
    for header in ["for x in y:", "while x:", "with a as b:"] {
        compile(&nested(20, |_| header.to_string(), |_| None));
        assert_eq!(compile_err_at(&nested(21, |_| header.to_string(), |_| None)), (msg.clone(), 21, 21));
    }
    // `if` opens no block.
    compile(&nested(30, |_| "if x:".to_string(), |_| None));
    // A try's handler runs two blocks deep: 20 `try`s fail at the innermost handler.
    let tries = |n| nested(n, |_| "try:".to_string(), |_| Some("except E: pass".to_string()));
    compile(&tries(19));
    assert_eq!(compile_err_at(&tries(20)), (msg.clone(), 22, 20));
    let finallies = |n| nested(n, |_| "try:".to_string(), |_| Some("finally: pass".to_string()));
    compile(&finallies(20));
    assert_eq!(compile_err_at(&finallies(21)), (msg.clone(), 21, 21));
    // A function body starts again from zero.
    let mut src = String::new();
    for i in 0..15 {
        src += &format!("{}for x in y:\n", " ".repeat(i));
    }
    src += &format!("{}def f():\n", " ".repeat(15));
    for i in 0..15 {
        src += &format!("{}for x in y:\n", " ".repeat(16 + i));
    }
    src += &format!("{}pass\n", " ".repeat(31));
    compile(&src);
}
