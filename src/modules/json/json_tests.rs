//! Property tests of the encoder and the scanner with a real interpreter:
//! any string survives quoting and scanning (and is pure ASCII when asked),
//! and any tree of JSON values is written as a simple model writer writes it
//! and read back to a tree that is written the same way.

use super::{decode, encode};
use crate::vm::dict::Dict;
use crate::vm::value::Value;
use proptest::prelude::*;
use proptest::test_runner::Config;

#[derive(Clone, Debug)]
enum Tree {
    Null,
    Bool(bool),
    Int(i64),
    /// A float written with few digits, so the model's text is easy to predict.
    Half(i32),
    Str(String),
    List(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

fn tree() -> impl Strategy<Value = Tree> {
    let leaf = prop_oneof![
        Just(Tree::Null),
        any::<bool>().prop_map(Tree::Bool),
        any::<i64>().prop_map(Tree::Int),
        (-1000i32..1000).prop_map(Tree::Half),
        any::<String>().prop_map(Tree::Str),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Tree::List),
            proptest::collection::vec(("[a-z\u{e9}\u{1d11e}\"\\\\\n]{0,4}", inner), 0..5).prop_map(|pairs| {
                // Later duplicates replace earlier ones in a dict: keep keys unique.
                let mut seen = std::collections::HashSet::new();
                Tree::Object(pairs.into_iter().filter(|(k, _)| seen.insert(k.clone())).collect())
            }),
        ]
    })
}

fn to_value(t: &Tree) -> Value {
    match t {
        Tree::Null => Value::None,
        Tree::Bool(b) => Value::Bool(*b),
        Tree::Int(i) => Value::Int(*i),
        Tree::Half(h) => Value::Float(*h as f64 + 0.5),
        Tree::Str(s) => Value::str(s),
        Tree::List(items) => Value::list(items.iter().map(to_value).collect()),
        Tree::Object(pairs) => {
            let mut d = Dict::new();
            for (k, v) in pairs {
                d.set_str(k, to_value(v));
            }
            Value::dict(d)
        }
    }
}

/// The model: compact JSON with CPython's separators, ASCII only.
fn model(t: &Tree, out: &mut String) {
    match t {
        Tree::Null => out.push_str("null"),
        Tree::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Tree::Int(i) => out.push_str(&i.to_string()),
        Tree::Half(h) => out.push_str(&format!("{:?}", *h as f64 + 0.5)),
        Tree::Str(s) => model_str(s, out),
        Tree::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                model(item, out);
            }
            out.push(']');
        }
        Tree::Object(pairs) => {
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                model_str(k, out);
                out.push_str(": ");
                model(v, out);
            }
            out.push('}');
        }
    }
}

fn model_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
        }
    }
    out.push('"');
}

fn options() -> encode::Options {
    encode::Options {
        skipkeys: false,
        ensure_ascii: true,
        check_circular: true,
        allow_nan: true,
        sort_keys: false,
        indent: None,
        item_separator: ", ".into(),
        key_separator: ": ".into(),
        default: None,
        quote: None,
        python_path: false,
    }
}

fn hooks() -> decode::Hooks {
    decode::Hooks {
        strict: true,
        object_hook: None,
        object_pairs_hook: None,
        parse_float: None,
        parse_int: None,
        parse_constant: None,
        error_class: Value::None,
    }
}

fn config() -> Config {
    Config { cases: 128, failure_persistence: None, ..Config::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_string_survives_quoting_and_scanning(s in any::<String>(), ascii in any::<bool>()) {
        let mut interp = crate::new_interp();
        let mut quoted = String::new();
        encode::write_str(&mut quoted, &s, ascii);
        prop_assert!(!ascii || quoted.is_ascii());
        let doc = Value::str(&quoted);
        let h = hooks();
        let mut scanner = decode::Scanner::new(&interp, &quoted, &doc, &h);
        let (text, end) = scanner.string_text(&mut interp, 1).map_err(|_| TestCaseError::fail("scan failed"))?;
        prop_assert_eq!(text.as_ref(), s.as_str());
        prop_assert_eq!(end, quoted.len());
    }

    #[test]
    fn trees_are_written_as_the_model_and_read_back(t in tree()) {
        let mut interp = crate::new_interp();
        let opts = options();
        let mut enc = encode::Encoder::new(&interp, &opts);
        enc.encode(&mut interp, to_value(&t)).map_err(|_| TestCaseError::fail("encode failed"))?;
        let mut expected = String::new();
        model(&t, &mut expected);
        prop_assert_eq!(&enc.out, &expected);

        let doc = Value::str(&enc.out);
        let h = hooks();
        let mut scanner = decode::Scanner::new(&interp, &enc.out, &doc, &h);
        let (back, end) = scanner.scan(&mut interp, 0).map_err(|_| TestCaseError::fail("scan failed"))?;
        prop_assert_eq!(end, enc.out.len());
        let mut again = encode::Encoder::new(&interp, &opts);
        again.encode(&mut interp, back).map_err(|_| TestCaseError::fail("re-encode failed"))?;
        prop_assert_eq!(&again.out, &expected);
    }
}
