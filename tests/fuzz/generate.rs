//! A generator of random programs: after [`hostile::PRELUDE`], statements that
//! call builtins and methods of the core types with hostile arguments, each in
//! its own `try` so that one exception does not end the run.

use crate::hostile;
use crate::rng::Rng;

/// Receivers whose methods are called.
const RECEIVERS: &[&str] = &[
    "'hello world'",
    "'x' * 1000",
    "S('abc')",
    "b'abc\\xff'",
    "bytearray(b'xyz')",
    "victim",
    "L([1, 2])",
    "[3, 'a', None]",
    "vdict",
    "D(a=1)",
    "dict.fromkeys(range(5))",
    "vset",
    "frozenset([1, 2])",
    "(1, 2, 3)",
    "7",
    "2**100",
    "-2**63",
    "I(5)",
    "1.5",
    "float('nan')",
    "1j",
    "range(10)",
    "memoryview(b'abcd')",
    "Evil()",
    "iter([1, 2, 3])",
    "(x for x in victim)",
    "slice(1, Evil(), Huge())",
    "type",
    "object",
];

/// Builtins called as functions (space-separated).
const BUILTINS: &str =
    "abs all any ascii bin bool bytearray bytes callable chr complex dict divmod enumerate filter float \
    format frozenset getattr hasattr hash hex id int isinstance issubclass iter len list map max min \
    next oct ord pow range repr reversed round set setattr slice sorted str sum tuple type zip vars dir \
    delattr memoryview super print";

/// A random hostile argument expression.
fn arg(rng: &mut Rng) -> String {
    if rng.one_in(4) {
        rng.pick(RECEIVERS).to_string()
    } else {
        hostile::value(rng).to_string()
    }
}

/// Calls `callee` with none to three hostile arguments in turn, so that most
/// methods get a call with the number of arguments they take.
fn call_each_arity(rng: &mut Rng, callee: &str) -> String {
    let tuples: Vec<String> = (0..4).map(|n| (0..n).map(|_| arg(rng) + ", ").collect()).collect();
    let kw = if rng.one_in(5) { format!(", {}", args_kw(rng)) } else { String::new() };
    format!(
        "_f = {callee}\nfor _a in (({}), ({}), ({}), ({})):\n    try:\n        _f(*_a{kw})\n    except Exception:\n        pass",
        tuples[0], tuples[1], tuples[2], tuples[3]
    )
}

fn args_kw(rng: &mut Rng) -> String {
    format!("{}={}", rng.pick(&["key", "sep", "start", "end", "default", "reverse", "maxsplit"]), arg(rng))
}

/// One statement: a method picked by index from `dir()` of the receiver or a
/// builtin, called with each arity; an operator; a subscript; or a hostile snippet.
fn statement(rng: &mut Rng) -> String {
    match rng.below(7) {
        0..=2 => {
            let receiver = rng.pick(RECEIVERS);
            let pick =
                format!("_r = {receiver}\n_n = [n for n in dir(_r) if not n.startswith('__') or n in DUNDERS]\n",);
            let index = rng.below(1000);
            pick + &call_each_arity(rng, &format!("getattr(_r, _n[{index} % len(_n)])"))
        }
        3 => {
            let names: Vec<&str> = BUILTINS.split_whitespace().collect();
            let name = *rng.pick(&names);
            call_each_arity(rng, name)
        }
        4 => format!(
            "{} {} {}",
            arg(rng),
            rng.pick(&["+", "*", "%", "//", "**", "<<", ">>", "&", "==", "<", "in", "@"]),
            arg(rng)
        ),
        5 => format!("{}[{}:{}:{}]", rng.pick(RECEIVERS), arg(rng), arg(rng), arg(rng)),
        _ => rng.pick(hostile::SNIPPETS).to_string(),
    }
}

/// A complete random program.
pub fn program(rng: &mut Rng) -> Vec<u8> {
    let mut out = String::from(hostile::PRELUDE);
    out += "DUNDERS = {'__getitem__', '__setitem__', '__delitem__', '__contains__', '__mul__', '__mod__', '__format__', '__reduce_ex__', '__init__', '__iadd__', '__imul__', '__getattribute__'}\n";
    for _ in 0..1 + rng.below(12) {
        out += "try:\n";
        for line in statement(rng).lines() {
            out += &format!("    {line}\n");
        }
        out += "except Exception:\n    pass\n";
    }
    out.into_bytes()
}
