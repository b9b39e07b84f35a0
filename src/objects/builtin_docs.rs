//! The first lines of CPython 3.11's docstrings of the builtin functions: the
//! `__doc__` of each (shown by `help()`). Only the functions in `builtins`
//! carry one; other natives' `__doc__` is None.

use crate::vm::interp::Interp;
use crate::vm::object::BuiltinFunction;
use crate::vm::value::Value;
use std::rc::Rc;

/// `(name, first line of its docstring)`, sorted by name.
const DOCS: &[(&str, &str)] = &[
    ("__import__", "Import a module."),
    ("abs", "Return the absolute value of the argument."),
    ("aiter", "Return an AsyncIterator for an AsyncIterable object."),
    ("all", "Return True if bool(x) is True for all values x in the iterable."),
    ("anext", "async anext(aiterator[, default])"),
    ("any", "Return True if bool(x) is True for any x in the iterable."),
    ("ascii", "Return an ASCII-only representation of an object."),
    ("bin", "Return the binary representation of an integer."),
    ("breakpoint", "breakpoint(*args, **kws)"),
    ("callable", "Return whether the object is callable (i.e., some kind of function)."),
    ("chr", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."),
    ("compile", "Compile source into a code object that can be executed by exec() or eval()."),
    ("delattr", "Deletes the named attribute from the given object."),
    ("dir", "dir([object]) -> list of strings"),
    ("divmod", "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."),
    ("eval", "Evaluate the given source in the context of globals and locals."),
    ("exec", "Execute the given source in the context of globals and locals."),
    ("format", "Return value.__format__(format_spec)"),
    ("getattr", "getattr(object, name[, default]) -> value"),
    ("globals", "Return the dictionary containing the current scope's global variables."),
    ("hasattr", "Return whether the object has an attribute with the given name."),
    ("hash", "Return the hash value for the given object."),
    ("hex", "Return the hexadecimal representation of an integer."),
    ("id", "Return the identity of an object."),
    ("input", "Read a string from standard input.  The trailing newline is stripped."),
    ("isinstance", "Return whether an object is an instance of a class or of a subclass thereof."),
    ("issubclass", "Return whether 'cls' is derived from another class or is the same class."),
    ("iter", "iter(iterable) -> iterator"),
    ("len", "Return the number of items in a container."),
    ("locals", "Return a dictionary containing the current scope's local variables."),
    ("max", "max(iterable, *[, default=obj, key=func]) -> value"),
    ("min", "min(iterable, *[, default=obj, key=func]) -> value"),
    ("next", "next(iterator[, default])"),
    ("oct", "Return the octal representation of an integer."),
    ("open", "Open file and return a stream.  Raise OSError upon failure."),
    ("ord", "Return the Unicode code point for a one-character string."),
    ("pow", "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"),
    ("print", "Prints the values to a stream, or to sys.stdout by default."),
    ("repr", "Return the canonical string representation of the object."),
    ("round", "Round a number to a given precision in decimal digits."),
    ("setattr", "Sets the named attribute on the given object to the specified value."),
    ("sorted", "Return a new list containing all items from the iterable in ascending order."),
    ("sum", "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"),
    ("vars", "vars([object]) -> dictionary"),
];

/// The docstring of `f` when it is the builtin function of its name in `builtins`.
pub fn doc(interp: &Interp, f: &Rc<BuiltinFunction>) -> Option<&'static str> {
    let i = DOCS.binary_search_by(|(name, _)| (*name).cmp(f.name.as_ref())).ok()?;
    match interp.builtins.borrow().get_str(&f.name) {
        Some(Value::Builtin(b)) if Rc::ptr_eq(b, f) => Some(DOCS[i].1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorted_for_binary_search() {
        assert!(super::DOCS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
