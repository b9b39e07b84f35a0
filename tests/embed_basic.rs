//! Embedding API: running source and files, eval, calls, imports, conversions,
//! native functions and modules, host objects, output capture and errors.

use coil::{Error, ErrorKind, Exception, Interpreter, NativeObject, Raw, Value};
use num_bigint::BigInt;
use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

#[test]
fn run_keeps_main_namespace_between_runs() {
    let mut interp = Interpreter::new();
    let out = interp.capture_output();
    interp.run("x = 20\n", "<a>").unwrap();
    interp.run("print(x + 22)\n", "<b>").unwrap();
    assert_eq!(out.take(), "42\n");
}

#[test]
fn run_file_and_import_from_its_folder() {
    let dir = std::env::temp_dir().join(format!("coil_embed_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("helper.py"), "def triple(x):\n    return 3 * x\n").unwrap();
    std::fs::write(dir.join("main.py"), "import helper\nresult = helper.triple(14)\n").unwrap();
    let mut interp = Interpreter::new();
    interp.run_file(dir.join("main.py")).unwrap();
    assert_eq!(interp.get_global::<i64>("result").unwrap(), 42);
    let m = interp.import("helper").unwrap();
    let triple = interp_attr(&mut interp, &m, "triple");
    assert_eq!(interp.call::<i64>(triple, (2,)).unwrap(), 6);
    let _ = std::fs::remove_dir_all(&dir);
}

fn interp_attr(interp: &mut Interpreter, v: &Value, name: &str) -> Value {
    interp.raw().get_attr(v, name).unwrap()
}

#[test]
fn eval_expressions_of_many_types() {
    let mut interp = Interpreter::new();
    assert_eq!(interp.eval::<i64>("6 * 7").unwrap(), 42);
    assert_eq!(interp.eval::<f64>("1 / 4").unwrap(), 0.25);
    assert!(interp.eval::<bool>("3 > 2").unwrap());
    assert_eq!(interp.eval::<String>("'a' * 3").unwrap(), "aaa");
    assert_eq!(interp.eval::<()>("None").unwrap(), ());
    assert_eq!(interp.eval::<Option<i64>>("None").unwrap(), None);
    assert_eq!(interp.eval::<Vec<i64>>("[1, 2, 3]").unwrap(), vec![1, 2, 3]);
    assert_eq!(interp.eval::<(i64, String)>("(1, 'x')").unwrap(), (1, "x".to_string()));
    let big: BigInt = interp.eval("2 ** 100").unwrap();
    assert_eq!(big.to_string(), "1267650600228229401496703205376");
    let m: HashMap<String, i64> = interp.eval("{'a': 1, 'b': 2}").unwrap();
    assert_eq!(m["b"], 2);
    interp.run("y = 5\n", "<m>").unwrap();
    assert_eq!(interp.eval::<i64>("y + 1").unwrap(), 6);
}

#[test]
fn eval_errors_are_typed() {
    let mut interp = Interpreter::new();
    let e = interp.eval::<i64>("1 +").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Syntax);
    let e = interp.eval::<i64>("1 / 0").unwrap_err();
    assert_eq!((e.kind(), e.type_name.as_str()), (ErrorKind::Exception, "ZeroDivisionError"));
    let e = interp.eval::<i64>("'x'").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conversion);
    assert_eq!(e.message, "expected int, got str");
    let e = interp.eval::<u8>("300").unwrap_err();
    assert_eq!(e.type_name, "OverflowError");
}

#[test]
fn rust_values_round_trip() {
    let mut interp = Interpreter::new();
    let mut map = BTreeMap::new();
    map.insert("k".to_string(), vec![(1i64, 2.5f64)]);
    let v = interp.to_value(map.clone()).unwrap();
    assert_eq!(interp.repr(&v), "{'k': [(1, 2.5)]}");
    let back: BTreeMap<String, Vec<(i64, f64)>> = interp.convert(&v).unwrap();
    assert_eq!(back, map);
    let big: BigInt = BigInt::from(u64::MAX) * 4u32;
    let v = interp.to_value(big.clone()).unwrap();
    assert_eq!(interp.repr(&v), "73786976294838206460");
    assert_eq!(interp.convert::<BigInt>(&v).unwrap(), big);
    let v = interp.to_value(u128::MAX).unwrap();
    assert_eq!(interp.convert::<u128>(&v).unwrap(), u128::MAX);
    let v = interp.to_value((Some(1u8), None::<String>, true, ())).unwrap();
    assert_eq!(interp.repr(&v), "(1, None, True, None)");
}

#[test]
fn call_by_name_value_and_keywords() {
    let mut interp = Interpreter::new();
    interp.run("def f(a, b=2, *, c=3):\n    return a * 100 + b * 10 + c\n", "<f>").unwrap();
    assert_eq!(interp.call::<i64>("f", (1,)).unwrap(), 123);
    assert_eq!(interp.call_kw::<i64>("f", (1, 5), [("c", 9)]).unwrap(), 159);
    let f: Value = interp.get_global("f").unwrap();
    assert_eq!(interp.call::<i64>(&f, (4, 4,)).unwrap(), 443);
    assert_eq!(interp.call::<f64>("math.sqrt", (16,)).unwrap(), 4.0);
    assert_eq!(interp.call::<i64>("len", (vec![1, 2, 3],)).unwrap(), 3);
    let e = interp.call::<i64>("f", ()).unwrap_err();
    assert_eq!(e.type_name, "TypeError");
    assert!(e.message.contains("missing 1 required positional argument"), "{}", e.message);
    let e = interp.call::<i64>("nope", ()).unwrap_err();
    assert_eq!(e.type_name, "NameError");
}

#[test]
fn native_functions_with_typed_arguments() {
    let mut interp = Interpreter::new();
    interp.register_fn("add", |a: i64, b: i64| a + b);
    interp.register_fn("greet", |name: String, excl: Option<bool>| {
        format!("hello {name}{}", if excl.unwrap_or(false) { "!" } else { "" })
    });
    interp.register_fn("checked_div", |a: i64, b: i64| -> Result<i64, Exception> {
        if b == 0 {
            Err(Exception::new("ZeroDivisionError", "no zero please"))
        } else {
            Ok(a / b)
        }
    });
    assert_eq!(interp.eval::<i64>("add(2, 40)").unwrap(), 42);
    assert_eq!(interp.eval::<String>("greet('ann')").unwrap(), "hello ann");
    assert_eq!(interp.eval::<String>("greet('bob', True)").unwrap(), "hello bob!");
    let e = interp.eval::<i64>("add(1, 'x')").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: add() argument 2 must be int, not str");
    let e = interp.eval::<i64>("add(1)").unwrap_err();
    assert_eq!(e.message, "add() takes exactly 2 arguments (1 given)");
    let e = interp.eval::<i64>("add(1, b=2)").unwrap_err();
    assert_eq!(e.message, "add() takes no keyword arguments");
    let e = interp.eval::<i64>("checked_div(1, 0)").unwrap_err();
    assert_eq!(e.to_string(), "ZeroDivisionError: no zero please");
    // Scripts can catch what natives raise, and see them as callables.
    let out = interp.capture_output();
    interp
        .run(
            "try:\n    add('a', 1)\nexcept TypeError as e:\n    print('caught', e)\nprint(callable(add), add)\n",
            "<t>",
        )
        .unwrap();
    assert_eq!(out.take(), "caught add() argument 1 must be int, not str\nTrue <built-in function add>\n");
}

#[test]
fn closures_capture_host_state() {
    let mut interp = Interpreter::new();
    let log = Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = log.clone();
    interp.register_fn("log", move |s: String| sink.borrow_mut().push(s));
    interp.run("for i in range(3):\n    log(f'line {i}')\n", "<log>").unwrap();
    assert_eq!(*log.borrow(), vec!["line 0", "line 1", "line 2"]);
}

#[test]
fn raw_functions_see_keywords() {
    let mut interp = Interpreter::new();
    interp.register_fn(
        "kw_names",
        Raw(|_: &mut coil::Context, args: &[Value], kwargs: coil::KwArgs| {
            let names: Vec<Value> = kwargs.iter().map(|(k, _)| Value::str(k)).collect();
            Ok(Value::tuple(vec![Value::Int(args.len() as i64), Value::list(names)]))
        }),
    );
    let (n, names): (i64, Vec<String>) = interp.eval("kw_names(1, 2, x=3, y=4)").unwrap();
    assert_eq!((n, names), (2, vec!["x".to_string(), "y".to_string()]));
}

#[test]
fn a_panicking_host_function_raises_system_error() {
    let mut interp = Interpreter::new();
    interp.register_fn("explode", |n: i64| -> i64 {
        if n > 0 {
            panic!("host bug {n}");
        }
        n
    });
    let caught: String = interp
        .eval("explode(3)")
        .map(|_: i64| String::new())
        .unwrap_or_else(|e| format!("{}: {}", e.type_name, e.message));
    assert_eq!(caught, "SystemError: native function explode() panicked: host bug 3");
    // The interpreter is still usable afterwards.
    let v: i64 = interp.eval("explode(0) + 1").unwrap();
    assert_eq!(v, 1);
}

#[test]
fn native_modules_are_importable() {
    let mut interp = Interpreter::new();
    interp
        .module("host")
        .function("double", |x: f64| x * 2.0)
        .value("NAME", "coil-host")
        .value("LIMITS", vec![1, 2, 3])
        .register()
        .unwrap();
    let out = interp.capture_output();
    interp.run("import host\nfrom host import double\nprint(host.NAME, double(1.5), host.LIMITS)\n", "<m>").unwrap();
    assert_eq!(out.take(), "coil-host 3.0 [1, 2, 3]\n");
}

/// A host object scripts can hold and give back.
struct Account {
    owner: String,
    balance: std::cell::Cell<i64>,
}

impl NativeObject for Account {
    fn type_name(&self) -> &str {
        "Account"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[test]
fn host_objects_pass_through_scripts() {
    let mut interp = Interpreter::new();
    interp.register_fn("open_account", |owner: String| Rc::new(Account { owner, balance: Default::default() }));
    interp.register_fn("deposit", |acct: Rc<Account>, n: i64| {
        acct.balance.set(acct.balance.get() + n);
        acct.balance.get()
    });
    interp.run("a = open_account('ann')\ndeposit(a, 10)\ndeposit(a, 5)\nkind = type(a).__name__\n", "<acct>").unwrap();
    let acct: Rc<Account> = interp.get_global("a").unwrap();
    assert_eq!((acct.owner.as_str(), acct.balance.get()), ("ann", 15));
    assert_eq!(interp.get_global::<String>("kind").unwrap(), "Account");
    let e = interp.eval::<i64>("deposit(3, 1)").unwrap_err();
    assert_eq!(e.message, "deposit() argument 1 must be Account, not int");
}

#[test]
fn output_and_errors_can_be_captured() {
    let mut interp = Interpreter::new();
    let out = interp.capture_output();
    let err_out = interp.capture_stderr();
    interp.run("import sys\nprint('out')\nsys.stderr.write('err\\n')\n", "<io>").unwrap();
    assert_eq!(out.take(), "out\n");
    assert_eq!(err_out.take(), "err\n");
    let e: Error = interp.run("def f():\n    return {}['missing']\nf()\n", "app.py").unwrap_err();
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("KeyError", "'missing'"));
    assert_eq!(
        e.traceback,
        "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    return {}['missing']\n           ~~^^^^^^^^^^^\nKeyError: 'missing'\n"
    );
    let e = interp.run("import sys\nsys.exit(3)\n", "<exit>").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exit);
}

#[test]
fn a_sandboxed_script_cannot_reach_the_disk_through_sys_path() {
    let dir = std::env::temp_dir().join(format!("coil_sandbox_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("secret_mod.py"), "VALUE = 1\n").unwrap();
    let mut interp = Interpreter::new();
    interp.allow_modules(&["sys"]);
    let dir_text = dir.to_string_lossy().to_string();
    interp.set_global("folder", dir_text).unwrap();
    let err = interp.run("import sys\nsys.path.insert(0, folder)\nimport secret_mod\n", "<sandbox>").unwrap_err();
    assert_eq!(err.type_name, "ModuleNotFoundError");
    std::fs::remove_dir_all(&dir).ok();
}
