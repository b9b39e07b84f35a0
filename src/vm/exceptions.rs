//! Exception objects: creating them from Rust, matching `except` clauses,
//! and printing tracebacks in CPython's format.

mod carets;
mod wide;

pub use carets::Style;

use crate::vm::types::Exc;
use crate::compile::bytecode::Code;
use crate::syntax::diag::SyntaxError;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// A new instance of exception class `class` with `args`.
    pub(crate) fn new_exception(&mut self, class: Rc<Class>, args: Vec<Value>) -> Value {
        let exc = ExcData { args, cause: Value::None, context: Value::None, ..Default::default() };
        Value::Instance(Instance::new(
            class,
            Rc::new(RefCell::new(crate::vm::dict::Dict::new())),
            Some(Box::new(RefCell::new(exc))),
            None,
        ))
    }

    /// An exception of a builtin class with a message.
    pub(crate) fn new_error(&mut self, kind: Exc, msg: impl Into<String>) -> Value {
        let class = self.types.exc(kind);
        self.new_exception(class, vec![Value::string(msg.into())])
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error(Exc::TypeError, msg)
    }
    pub fn value_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error(Exc::ValueError, msg)
    }
    pub(crate) fn index_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error(Exc::IndexError, msg)
    }
    pub(crate) fn attribute_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error(Exc::AttributeError, msg)
    }
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error(Exc::RuntimeError, msg)
    }
    pub(crate) fn zero_division(&mut self, msg: impl Into<String>) -> Value {
        self.new_error(Exc::ZeroDivisionError, msg)
    }
    pub(crate) fn overflow_error(&mut self, msg: impl Into<String>) -> Value {
        self.new_error(Exc::OverflowError, msg)
    }
    pub(crate) fn memory_error(&mut self) -> Value {
        let class = self.types.exc(Exc::MemoryError);
        self.new_exception(class, vec![])
    }
    pub(crate) fn key_error(&mut self, key: Value) -> Value {
        let class = self.types.exc(Exc::KeyError);
        self.new_exception(class, vec![key])
    }
    pub(crate) fn stop_iteration(&mut self, value: Value) -> Value {
        let class = self.types.exc(Exc::StopIteration);
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(class, args)
    }

    /// Whether `v` is an instance of a builtin exception class (or a subclass).
    pub(crate) fn is_exc(&self, v: &Value, kind: Exc) -> bool {
        match v {
            Value::Instance(i) => is_subclass(&i.class, &self.types.exceptions[kind as usize]),
            _ => false,
        }
    }

    /// The exception class of `v` if it is an exception class or instance.
    pub(crate) fn exception_class_of(&self, v: &Value) -> Option<Rc<Class>> {
        match v {
            Value::Class(c) if c.kind == ClassKind::Exception => Some(c.clone()),
            Value::Instance(i) if i.exc.is_some() => Some(i.class.clone()),
            _ => None,
        }
    }

    /// `except typ` matching: typ is a class or a tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let class = match exc {
            Value::Instance(i) => i.class.clone(),
            _ => return Ok(false),
        };
        match typ {
            Value::Class(c) if c.kind == ClassKind::Exception => Ok(is_subclass(&class, c)),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Turns a raised value (a class or instance) into an exception instance.
    pub(crate) fn normalize_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            Value::Class(c) if c.kind == ClassKind::Exception => self.call_value(v.clone(), vec![], vec![]),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// A SyntaxError instance for a front-end error, carrying its rendering.
    pub(crate) fn syntax_error_value(&mut self, e: &SyntaxError, filename: &str, source: &str) -> Value {
        let kind = match e.kind {
            crate::syntax::diag::SyntaxErrorKind::SyntaxError => Exc::SyntaxError,
            crate::syntax::diag::SyntaxErrorKind::IndentationError => Exc::IndentationError,
            crate::syntax::diag::SyntaxErrorKind::TabError => Exc::TabError,
        };
        let class = self.types.exc(kind);
        let exc = self.new_exception(class, vec![Value::str(&e.msg)]);
        let (line, col) = e.line_col(source);
        if let Value::Instance(i) = &exc {
            let mut d = i.dict.borrow_mut();
            d.set_str("msg", Value::str(&e.msg));
            d.set_str("filename", Value::str(filename));
            d.set_str("lineno", Value::Int(line as i64));
            d.set_str("offset", Value::Int(col as i64));
            let text = source.split('\n').nth(line - 1).unwrap_or("");
            d.set_str("text", Value::string(format!("{text}\n")));
            let end = SyntaxError::new("", crate::syntax::ast::Span::new(e.span.end as usize, e.span.end as usize));
            let (end_line, end_col) = end.line_col(source);
            d.set_str("end_lineno", Value::Int(end_line as i64));
            d.set_str("end_offset", Value::Int(end_col as i64));
            d.set_str("print_file_and_line", Value::None);
            d.set_str("__rendered__", Value::string(e.render(filename, source)));
        }
        exc
    }

    /// The `str()` of an exception, as CPython prints it after the type name.
    pub(crate) fn exception_str(&mut self, exc: &Value) -> String {
        self.to_str(exc).unwrap_or_else(|_| "<exception str() failed>".into())
    }

    /// An exception with its chain, as CPython's `traceback.format_exception` formats it.
    pub(crate) fn format_exception(&mut self, exc: &Value) -> String {
        self.format_exception_as(exc, Style::Module)
    }

    /// An exception group alone (its traceback, message and boxed
    /// sub-exceptions, without the group's own cause or context), as the
    /// `traceback` module formats it.
    pub(crate) fn format_group_only(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = exc.ptr().into_iter().collect();
        let mut ctx = GroupContext::default();
        self.format_exception_group(exc, &mut out, &mut seen, Style::Module, &mut ctx);
        out
    }

    /// The source line of instruction `pc` of `code` as the `traceback`
    /// module shows it (stripped), and the PEP 657 caret line under it.
    pub(crate) fn source_and_carets(code: &Code, pc: usize) -> (String, Option<String>) {
        carets::source_and_carets(&code.source.text, code.line_at(pc), code.span_at(pc), Style::Module)
    }

    /// An exception with its chain, in the given CPython formatter's style.
    pub(crate) fn format_exception_as(&mut self, exc: &Value, style: Style) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        let mut ctx = GroupContext::default();
        self.format_exception_chain(exc, &mut out, &mut seen, style, &mut ctx);
        out
    }

    fn format_exception_chain(
        &mut self,
        exc: &Value,
        out: &mut String,
        seen: &mut Vec<usize>,
        style: Style,
        ctx: &mut GroupContext,
    ) {
        let Value::Instance(inst) = exc else { return };
        seen.push(Rc::as_ptr(inst) as usize);
        if let Some(data) = &inst.exc {
            let (cause, context, suppress) = {
                let d = data.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            let unseen = |v: &Value, seen: &Vec<usize>| match v {
                Value::Instance(i) => !seen.contains(&(Rc::as_ptr(i) as usize)),
                _ => false,
            };
            if unseen(&cause, seen) {
                self.format_exception_chain(&cause, out, seen, style, ctx);
                ctx.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            } else if !suppress && unseen(&context, seen) {
                self.format_exception_chain(&context, out, seen, style, ctx);
                ctx.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
            }
        }
        if self.is_exc(exc, Exc::BaseExceptionGroup) {
            self.format_exception_group(exc, out, seen, style, ctx);
            return;
        }
        let stack = self.format_stack(exc, style);
        if !stack.is_empty() {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            ctx.emit(out, &stack, '|');
        }
        let last = self.format_exception_only(exc, style);
        ctx.emit(out, &last, '|');
    }

    /// An exception group as CPython 3.11 prints one: its own traceback, then each
    /// sub-exception (with its chain) in a numbered box, nested groups indented further.
    fn format_exception_group(
        &mut self,
        exc: &Value,
        out: &mut String,
        seen: &mut Vec<usize>,
        style: Style,
        ctx: &mut GroupContext,
    ) {
        const MAX_WIDTH: usize = 15;
        const MAX_DEPTH: usize = 10;
        if ctx.depth > MAX_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_DEPTH})\n"), '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let stack = self.format_stack(exc, style);
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", margin);
            ctx.emit(out, &stack, '|');
        }
        let last = self.format_exception_only(exc, style);
        ctx.emit(out, &last, '|');
        let subs = match self.get_attr(exc, "exceptions") {
            Ok(Value::Tuple(t)) => t.to_vec(),
            Ok(Value::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        let n = subs.len().min(MAX_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last_one = i == n - 1;
            if last_one {
                // The closing line may be written by a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!("{}{corner}+---------------- {title} ----------------\n", ctx.indent()));
            ctx.depth += 1;
            if truncated {
                let remaining = subs.len() - MAX_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {remaining} more exception{s}\n"), '|');
            } else {
                self.format_exception_chain(&subs[i], out, seen, style, ctx);
            }
            if last_one && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The entries of an exception's traceback (without the "Traceback" header).
    fn format_stack(&mut self, exc: &Value, style: Style) -> String {
        let Value::Instance(inst) = exc else { return String::new() };
        let mut out = String::new();
        if let Some(data) = &inst.exc {
            let tb = crate::objects::traceback::current_entries(&data.borrow());
            if !tb.is_empty() {
                // Like CPython, a run of more than RECURSIVE_CUTOFF identical
                // entries (same file, line and function) is shown as its first
                // three and a "[Previous line repeated N more times]" note.
                const RECURSIVE_CUTOFF: usize = 3;
                let repeated = |out: &mut String, count: usize| {
                    if count > RECURSIVE_CUTOFF {
                        let n = count - RECURSIVE_CUTOFF;
                        let s = if n > 1 { "s" } else { "" };
                        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
                    }
                };
                let mut last: Option<(&str, u32, &str)> = None;
                let mut count = 0;
                for entry in tb.iter().rev() {
                    let (code, pc) = (&entry.code, &entry.pc);
                    let line = code.line_at(*pc as usize);
                    let key = (&*code.source.name, line, &*code.name);
                    if last != Some(key) {
                        repeated(&mut out, count);
                        last = Some(key);
                        count = 0;
                    }
                    count += 1;
                    if count > RECURSIVE_CUTOFF {
                        continue;
                    }
                    out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.source.name, line, code.name));
                    // Like CPython, no source line for `<stdin>` or `<string>` (nothing to read back);
                    // the library built into coil (`<stdlib>/...`) shows its lines as files do.
                    if code.source.name.starts_with('<') && !code.source.name.starts_with("<stdlib>/") {
                        continue;
                    }
                    let span = code.span_at(*pc as usize);
                    let (text, carets) = carets::source_and_carets(&code.source.text, line, span, style);
                    if !text.is_empty() {
                        out.push_str(&format!("    {text}\n"));
                    }
                    if let Some(carets) = carets {
                        out.push_str(&carets);
                        out.push('\n');
                    }
                }
                repeated(&mut out, count);
            }
        }
        out
    }

    /// An exception's final line(s): `Type: message` (or a SyntaxError's rendering).
    fn format_exception_only(&mut self, exc: &Value, style: Style) -> String {
        let Value::Instance(inst) = exc else { return String::new() };
        let mut out = String::new();
        let rendered = inst.dict.borrow().get_str("__rendered__").cloned();
        if let Some(Value::Str(r)) = rendered {
            out.push_str(r.as_str());
            return out;
        }
        let class = &inst.class;
        let mut name = class.qualname.to_string();
        if !matches!(class.module.as_ref(), "builtins" | "__main__") {
            name = format!("{}.{}", class.module, name);
        }
        let mut msg = self.exception_str(exc);
        // CPython 3.11 adds suggestions only in the interpreter's printer, not in the `traceback` module.
        if Rc::ptr_eq(class, &self.types.exceptions[Exc::NameError as usize]) && style == Style::Printer {
            if let Some(s) = self.name_error_suggestion(inst, &msg) {
                msg.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        out
    }

    /// CPython's "Did you mean" for a NameError: the closest name among the
    /// innermost frame's locals, then its module's globals, then builtins.
    /// (Locals are approximated by the code's variable names.)
    fn name_error_suggestion(&mut self, inst: &Instance, msg: &str) -> Option<String> {
        let name = msg.strip_prefix("name '")?.strip_suffix("' is not defined")?.to_string();
        let code = inst.exc.as_ref()?.borrow().traceback.first()?.code.clone();
        let module_dict = self.modules.values().find_map(|m| match m {
            Value::Module(m)
                if m.dict.borrow().get_str("__file__").and_then(|f| f.as_str().map(|f| f == code.source.name))
                    == Some(true) =>
            {
                Some(m.dict.clone())
            }
            _ => None,
        });
        let keys = |d: &Rc<RefCell<crate::vm::dict::Dict>>| -> Vec<String> {
            d.borrow().keys().filter_map(|k| k.as_str().map(String::from)).collect()
        };
        let globals = module_dict.as_ref().map(keys).unwrap_or_default();
        let locals: Vec<String> = if code.flags & crate::compile::bytecode::flags::NAMESPACE == 0 {
            code.varnames
                .iter()
                .chain(code.cellvars.iter())
                .chain(code.freevars.iter())
                .map(|s| s.to_string())
                .collect()
        } else {
            globals.clone()
        };
        let builtins = keys(&self.builtins.clone());
        [locals, globals, builtins].iter().find_map(|names| best_suggestion(names, &name))
    }

    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    /// Prints an uncaught exception to `sys.stderr` (as CPython's interpreter does).
    pub(crate) fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception_as(exc, Style::Printer);
        self.write_sys_stderr(&text);
    }
}

/// Whether `class` is `base` or inherits from it.
pub fn is_subclass(class: &Rc<Class>, base: &Rc<Class>) -> bool {
    Rc::ptr_eq(class, base) || class.mro.iter().any(|c| Rc::ptr_eq(c, base))
}

/// The exception data of an exception instance.
pub fn exc_data(v: &Value) -> Option<&RefCell<ExcData>> {
    match v {
        Value::Instance(i) => i.exc.as_deref(),
        _ => None,
    }
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// CPython's `calculate_suggestions`: the candidate closest to `name`.
fn best_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= 750 {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (Python/suggestions.c), giving up above `max_cost`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (0..a.len()).map(|i| (i + 1) * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// Where the printer is inside exception groups (CPython's `_ExceptionPrintContext`).
#[derive(Default)]
struct GroupContext {
    depth: usize,
    /// The last sub-exception's box still needs its closing line.
    need_close: bool,
}

impl GroupContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line behind the group margin when inside a group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}
