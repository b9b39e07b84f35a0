//! Tab completion in the manner of CPython's `rlcompleter`: keywords and the
//! names in scope (the `__main__` namespace and builtins), or, after a dot, the
//! attributes of the object before it. Beyond rlcompleter: inside a call's
//! parentheses, the keyword arguments the function takes (`name=`), and after
//! `d[` or `d['`, the keys of a dict. The object is looked up only when it is a
//! plain dotted name (`os.path`), never by evaluating arbitrary code.

use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Python 3.11's keywords (`keyword.kwlist`).
pub(super) const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Completions for the text before the cursor: where the replaced word starts
/// and the sorted candidates that replace it.
pub fn complete(interp: &mut Interp, globals: &Rc<RefCell<Dict>>, before: &str) -> (usize, Vec<String>) {
    if let Some(found) = dict_keys(interp, globals, before) {
        return found;
    }
    let word = trailing_dotted(before);
    let start = before.len() - word.len();
    match word.rfind('.') {
        Some(dot) => {
            let words = attribute_matches(interp, globals, &word[..dot], &word[dot + 1..]);
            (start + dot + 1, words)
        }
        None => {
            let mut words = keyword_arguments(interp, globals, &before[..start], word);
            words.extend(global_matches(interp, globals, word));
            (start, words)
        }
    }
}

/// The dotted name that ends `text` (`os.path` in `x = os.path`), possibly empty.
fn trailing_dotted(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_name_char(*c) || *c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// After `d[` or `d['ke`: the keys of the dict `d` (str keys after a quote,
/// any key's repr without one), each with the closing quote and bracket.
fn dict_keys(interp: &mut Interp, globals: &Rc<RefCell<Dict>>, before: &str) -> Option<(usize, Vec<String>)> {
    let open = before.rfind('[')?;
    let inside = &before[open + 1..];
    let quote = inside.chars().next().filter(|c| matches!(c, '\'' | '"'));
    let prefix = quote.map_or(inside, |q| &inside[q.len_utf8()..]);
    if prefix.contains(['\'', '"', ']', '[', ',', '\\']) || (quote.is_none() && !prefix.is_empty()) {
        return None;
    }
    let base = trailing_dotted(&before[..open]);
    if base.is_empty() {
        return None;
    }
    let Value::Dict(dict) = lookup_dotted(interp, globals, base)? else { return None };
    let keys: Vec<Value> = dict.borrow().keys().cloned().collect();
    let mut words = Vec::new();
    for key in keys {
        match quote {
            Some(q) => {
                if let Some(k) = key.as_str().filter(|k| k.starts_with(prefix) && !k.contains([q, '\\', '\n'])) {
                    words.push(format!("{k}{q}]"));
                }
            }
            None if matches!(key, Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::None) => {
                if let Ok(text) = interp.repr(&key) {
                    words.push(format!("{text}]"));
                }
            }
            None => {}
        }
    }
    words.sort();
    let start = open + 1 + quote.map_or(0, char::len_utf8);
    Some((start, words))
}

/// Inside `f(...`, where a keyword argument may start: the parameters of `f`
/// that take a keyword and start with `prefix`, as `name=`.
fn keyword_arguments(interp: &mut Interp, globals: &Rc<RefCell<Dict>>, before: &str, prefix: &str) -> Vec<String> {
    let text = before.trim_end();
    if !(text.ends_with('(') || text.ends_with(',')) {
        return Vec::new();
    }
    let Some(open) = unclosed_paren(text) else { return Vec::new() };
    let callee = trailing_dotted(text[..open].trim_end());
    if callee.is_empty() {
        return Vec::new();
    }
    let Some(func) = lookup_dotted(interp, globals, callee) else { return Vec::new() };
    let helper = match interp.modules.get(super::site::MODULE) {
        Some(Value::Module(m)) => m.dict.borrow().get_str("keyword_names").cloned(),
        _ => None,
    };
    let Some(helper) = helper else { return Vec::new() };
    let Ok(Value::List(names)) = interp.call_value(helper, vec![func], vec![]) else { return Vec::new() };
    let names: Vec<String> = names.borrow().iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    names.into_iter().filter(|n| n.starts_with(prefix)).map(|n| n + "=").collect()
}

/// The index of the last `(` in `text` that is not closed (ignoring strings).
fn unclosed_paren(text: &str) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '{') => open.push(if c == '(' { i } else { usize::MAX }),
            (None, ')' | ']' | '}') => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop().filter(|&i| i != usize::MAX)
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_identifier(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') && s.chars().all(is_name_char)
}

/// Keywords, then names in `__main__` and builtins, that start with `prefix`.
fn global_matches(interp: &mut Interp, globals: &Rc<RefCell<Dict>>, prefix: &str) -> Vec<String> {
    if prefix.is_empty() {
        return Vec::new();
    }
    let mut words: Vec<String> = KEYWORDS.iter().filter(|k| k.starts_with(prefix)).map(|k| keyword_text(k)).collect();
    let mut names: Vec<(String, Value)> = Vec::new();
    for dict in [globals.clone(), interp.builtins.clone()] {
        for (k, v) in dict.borrow().iter() {
            if let Some(name) = k.as_str().filter(|n| n.starts_with(prefix) && !KEYWORDS.contains(n)) {
                names.push((name.to_string(), v.clone()));
            }
        }
    }
    for (name, value) in names {
        words.push(with_paren(interp, name, &value));
    }
    words.sort();
    words.dedup();
    words
}

/// What rlcompleter inserts for a keyword: a space after most, a colon after `try`/`finally`.
fn keyword_text(k: &str) -> String {
    match k {
        "try" | "finally" => format!("{k}:"),
        "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
        _ => format!("{k} "),
    }
}

/// Attributes of the object named by `base` that start with `prefix`; private
/// names only when the prefix asks for them.
fn attribute_matches(interp: &mut Interp, globals: &Rc<RefCell<Dict>>, base: &str, prefix: &str) -> Vec<String> {
    let Some(obj) = lookup_dotted(interp, globals, base) else { return Vec::new() };
    let Some(dir) = interp.builtins.borrow().get_str("dir").cloned() else { return Vec::new() };
    let Ok(Value::List(list)) = interp.call_value(dir, vec![obj.clone()], vec![]) else { return Vec::new() };
    let names: Vec<String> = list.borrow().iter().filter_map(|v| v.as_str().map(str::to_string)).collect();
    let mut words = Vec::new();
    for name in names {
        let hidden = match prefix {
            "" => name.starts_with('_'),
            "_" => name.starts_with("__"),
            _ => false,
        };
        if hidden || !name.starts_with(prefix) {
            continue;
        }
        let text = match interp.get_attr(&obj, &name) {
            Ok(value) => with_paren(interp, name, &value),
            Err(_) => name,
        };
        words.push(text);
    }
    words.sort();
    words
}

/// The value of a dotted name such as `os.path`, looked up in `globals` then builtins.
fn lookup_dotted(interp: &mut Interp, globals: &Rc<RefCell<Dict>>, dotted: &str) -> Option<Value> {
    let mut parts = dotted.split('.');
    let first = parts.next().filter(|p| is_identifier(p))?;
    let found = globals.borrow().get_str(first).cloned();
    let mut value = match found {
        Some(v) => v,
        None => interp.builtins.borrow().get_str(first).cloned()?,
    };
    for part in parts {
        if !is_identifier(part) {
            return None;
        }
        value = interp.get_attr(&value, part).ok()?;
    }
    Some(value)
}

/// `name(` for callables (as rlcompleter does), `name` otherwise.
fn with_paren(interp: &mut Interp, name: String, value: &Value) -> String {
    let callable = interp.builtins.borrow().get_str("callable").cloned();
    let is_callable =
        callable.is_some_and(|f| matches!(interp.call_value(f, vec![value.clone()], vec![]), Ok(Value::Bool(true))));
    if is_callable {
        name + "("
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::complete;

    fn run(source: &str, before: &str) -> (usize, Vec<String>) {
        let mut interp = crate::new_interp();
        crate::repl::site::install(&mut interp);
        let module = interp.new_module("__main__", None);
        let code = interp.compile_source(source, "<test>").expect("compiles");
        let _ = interp.run_code_in(&code, module.dict.clone());
        complete(&mut interp, &module.dict, before)
    }

    #[test]
    fn names_keywords_and_builtins() {
        let (start, words) = run("whale = 1\n", "x = wh");
        assert_eq!(start, 4);
        assert_eq!(words, vec!["whale", "while "]);
        let (_, words) = run("", "pri");
        assert_eq!(words, vec!["print("]);
    }

    #[test]
    fn attributes_of_dotted_names() {
        let src = "class P:\n    def area(self): pass\nclass Q:\n    p = P()\n    _hidden = 2\nq = Q()\n";
        let (start, words) = run(src, "q.p.ar");
        assert_eq!(start, 4);
        assert_eq!(words, vec!["area("]);
        let (_, words) = run(src, "q.");
        assert_eq!(words, vec!["p"]);
        let (_, words) = run(src, "q._h");
        assert_eq!(words, vec!["_hidden"]);
    }

    #[test]
    fn keyword_arguments_inside_a_call() {
        let src = "def area(width, height=1, *, unit='m'): pass\n";
        let (start, words) = run(src, "area(3, he");
        assert_eq!(start, 8);
        assert_eq!(words, vec!["height=", "help(", "hex("]);
        let (_, words) = run(src, "area(");
        assert_eq!(words, vec!["width=", "height=", "unit="]);
        let (_, words) = run(src, "area(x) + (");
        assert!(words.is_empty());
    }

    #[test]
    fn keys_of_a_dict() {
        let src = "d = {'alpha': 1, 'beta': 2, 3: 4}\n";
        let (start, words) = run(src, "d['al");
        assert_eq!(start, 3);
        assert_eq!(words, vec!["alpha']"]);
        let (start, words) = run(src, "x = d[");
        assert_eq!(start, 6);
        assert_eq!(words, vec!["'alpha']", "'beta']", "3]"]);
        let (_, words) = run(src, "d[\"b");
        assert_eq!(words, vec!["beta\"]"]);
    }

    #[test]
    fn no_evaluation_of_calls() {
        let (_, words) = run("def f(): return 1\n", "f().");
        assert!(words.is_empty());
        let (_, words) = run("", "1.");
        assert!(words.is_empty());
    }
}
