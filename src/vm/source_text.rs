//! Source files and bytes made into text for the compiler (PEP 263, see
//! `syntax::source`), with decoding errors raised as the SyntaxError CPython
//! raises for each.

use crate::objects::codecs::names::{lookup, Codec};
use crate::syntax::source::{decode, CodecFailure, Origin, SourceError};
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::types::Exc;
use crate::vm::value::Value;

impl Interp {
    /// The text of source `bytes` from `filename` (`given`: the path as the
    /// command line gave it), or the SyntaxError decoding it raises.
    pub(crate) fn decode_source(
        &mut self,
        bytes: &[u8],
        origin: Origin,
        filename: &str,
        given: &str,
    ) -> PyResult<String> {
        let mut run_codec = |name: &str, data: &[u8]| -> Result<String, CodecFailure> {
            let Some(codec) = lookup(name) else { return Err(CodecFailure::Unknown) };
            // A script file is read line by line, which the UTF-16 and UTF-32
            // codecs cannot do: CPython reports those as an encoding problem.
            let wide = matches!(
                codec,
                Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be | Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be
            );
            if origin == Origin::File && wide {
                return Err(CodecFailure::Failed(String::new()));
            }
            crate::objects::codecs::methods::decode_bytes(self, data, name, "strict").map_err(|e| {
                let msg = self.exception_str(&e);
                CodecFailure::Failed(msg)
            })
        };
        let result = decode(bytes, origin, given, &mut run_codec);
        result.map_err(|e| self.source_error_value(e, filename))
    }

    /// The SyntaxError for a decoding error, rendered as CPython prints it.
    pub(crate) fn source_error_value(&mut self, error: SourceError, filename: &str) -> Value {
        let (msg, lineno, text, rendered) = match error {
            SourceError::At { error, text } => return self.syntax_error_value(&error, filename, &text),
            SourceError::Bare(msg) => (msg, None, None, String::new()),
            SourceError::LineZero(msg) => (msg, Some(0), None, format!("  File \"{filename}\", line 0\n")),
            SourceError::Null { line, text } => {
                let shown = text.trim();
                let mut rendered = format!("  File \"{filename}\", line {line}\n");
                if !shown.is_empty() {
                    rendered.push_str(&format!("    {shown}\n"));
                }
                ("source code cannot contain null bytes".to_string(), Some(line as i64), Some(text), rendered)
            }
        };
        let class = self.types.exc(Exc::SyntaxError);
        let exc = self.new_exception(class, vec![Value::str(&msg)]);
        if let Value::Instance(i) = &exc {
            let mut d = i.dict.borrow_mut();
            let int_or_none = |n: Option<i64>| n.map_or(Value::None, Value::Int);
            d.set_str("msg", Value::str(&msg));
            let file = if lineno.is_some() { Value::str(filename) } else { Value::None };
            d.set_str("filename", file);
            d.set_str("lineno", int_or_none(lineno));
            d.set_str("offset", int_or_none(lineno.map(|_| -1)));
            d.set_str("text", text.map_or(Value::None, Value::string));
            d.set_str("end_lineno", Value::None);
            d.set_str("end_offset", Value::None);
            d.set_str("print_file_and_line", Value::None);
            d.set_str("__rendered__", Value::string(format!("{rendered}SyntaxError: {msg}\n")));
        }
        exc
    }
}
