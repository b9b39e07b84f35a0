//! PEP 657 error locations: the line CPython 3.11 prints under a traceback entry's
//! source line to mark the expression that failed.
//!
//! The span of the failing instruction is marked with `^`. When the span lies on one
//! line and is, on its own, a binary operation or a subscript, the operands are marked
//! with `~` and the operator (or the `[index]`) with `^`: like CPython, this is found
//! by parsing the marked text. A span continuing on later lines is marked to the end
//! of the shown line. Nothing is printed when a plain `^` span would cover the whole
//! shown line.
//!
//! CPython 3.11 has two implementations that differ in corner cases, and both are
//! followed: the interpreter's printer for uncaught exceptions (Python/traceback.c,
//! [`Style::Printer`]) and the `traceback` module ([`Style::Module`]), used by
//! `traceback.format_exc()` and friends. The printer keeps trailing blanks on the
//! source line and finds a binary operator differently after a parenthesis. Both
//! count East Asian wide characters as two columns.

use super::wide::is_wide;
use crate::syntax::ast::{ExprKind, Span, StmtKind};

/// Which of CPython's two traceback formatters to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The interpreter's printer of uncaught exceptions.
    Printer,
    /// The `traceback` module.
    Module,
}

/// The source line of a traceback entry as `style` shows it (without the four-space
/// indent or newline), and the caret line under it (with its indent, without newline).
pub(super) fn source_and_carets(text: &str, line: u32, span: Option<Span>, style: Style) -> (String, Option<String>) {
    let Some((line_start, raw)) = line_bounds(text, line) else { return (String::new(), None) };
    let shown = match style {
        Style::Printer => raw.trim_start_matches([' ', '\t', '\x0c']).to_string(),
        Style::Module => raw.trim_matches(py_isspace).to_string(),
    };
    if shown.is_empty() {
        return (shown, None);
    }
    let carets = span.and_then(|span| {
        // Columns (UTF-8 bytes into the line) of the span; it must start on this line.
        let start = (span.start as usize).checked_sub(line_start)?;
        if start > raw.len() || span.end <= span.start {
            return None;
        }
        let end = span.end as usize - line_start;
        let (end, same_line) = if end <= raw.len() { (end, true) } else { (0, false) };
        match style {
            Style::Printer => printer_carets(raw, start, end, same_line),
            Style::Module => module_carets(raw, start, end, same_line),
        }
    });
    (shown, carets)
}

/// The start byte offset and text (without newline or `\r`) of 1-based line `line`.
fn line_bounds(text: &str, line: u32) -> Option<(usize, &str)> {
    let mut start = 0;
    for _ in 1..line {
        start += text.get(start..)?.find('\n')? + 1;
    }
    let rest = text.get(start..)?;
    let raw = rest.split('\n').next().unwrap_or("");
    Some((start, raw.strip_suffix('\r').unwrap_or(raw)))
}

/// Python's `str.isspace`.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The blanks Python/traceback.c skips in a source line.
fn c_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// Characters in the first `offset` bytes of `s` (`_PyPegen_byte_offset_to_character_offset`;
/// a cut character counts as one, as decoding with "replace" does).
fn byte_to_char(s: &str, offset: usize) -> usize {
    let bytes = &s.as_bytes()[..offset.min(s.len())];
    String::from_utf8_lossy(bytes).chars().count()
}

/// The operands and operator of a one-line span that is a binary operation or a
/// subscript on its own, as byte offsets into `segment`.
enum Shape {
    /// `left_end`: end of the left operand; `right_start`: start of the right one.
    BinOp { left_end: usize, right_start: usize },
    /// `value_end`: end of the subscripted value; `index_end`: end of the index.
    Subscript { value_end: usize, index_end: usize },
}

/// Parses `segment` as CPython does (a module of one expression statement).
fn shape(segment: &str) -> Option<Shape> {
    let module = crate::syntax::parser::parse_module(segment).ok()?;
    let [stmt] = &module.body[..] else { return None };
    let StmtKind::Expr(e) = &stmt.kind else { return None };
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            Some(Shape::BinOp { left_end: left.span.end as usize, right_start: right.span.start as usize })
        }
        ExprKind::Subscript { value, index } => {
            Some(Shape::Subscript { value_end: value.span.end as usize, index_end: index.span.end as usize })
        }
        _ => None,
    }
}

/// Python/traceback.c: `start`/`end` are byte columns in `line`.
fn printer_carets(line: &str, start: usize, end: usize, same_line: bool) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let start = byte_to_char(line, start);
    let mut end = byte_to_char(line, end);
    // Character offsets (into the line) of the operator part, when there is one.
    let mut anchors: Option<(usize, usize)> = None;
    if same_line {
        let segment: String = chars[start.min(end)..end].iter().collect();
        anchors = printer_anchors(&segment)
            .map(|(l, r)| (byte_to_char(&segment, l) + start, byte_to_char(&segment, r) + start));
    } else {
        // Marked to the last non-blank of the line. (CPython scans the UTF-8 bytes from
        // the character count, which differs on non-ASCII lines; so does this.)
        let bytes = line.as_bytes();
        let last = (0..chars.len()).rev().find(|&i| !c_blank(bytes[i]));
        end = last.map_or(0, |i| i + 1);
    }
    let indent = chars.iter().take_while(|&&c| matches!(c, ' ' | '\t' | '\x0c')).count();
    if end.wrapping_sub(start) == chars.len() - indent && anchors.is_none() {
        return None;
    }
    // Offsets become display columns (wide characters take two) before printing.
    let width = |offset: usize| display_width(&chars, offset) as isize;
    let (start, end) = (width(start), width(end));
    let anchors = anchors.map(|(l, r)| (width(l), width(r)));
    let mut out = String::new();
    // Column k (1-based, counted from where the shown line starts, minus its indent of 4).
    let first = indent as isize - 3;
    for k in first..=end {
        let c = if k <= start {
            ' '
        } else if anchors.is_some_and(|(l, r)| l < k && k <= r) {
            '^'
        } else if anchors.is_some() {
            '~'
        } else {
            '^'
        };
        out.push(c);
    }
    Some(out)
}

/// Python/traceback.c's `extract_anchors_from_expr`: byte offsets into `segment`.
fn printer_anchors(segment: &str) -> Option<(usize, usize)> {
    let s = segment.as_bytes();
    match shape(segment)? {
        Shape::BinOp { left_end, right_start } => {
            let right_start = right_start.min(s.len());
            let mut found = None;
            let mut i = left_end;
            while i < right_start {
                if c_blank(s[i]) {
                    i += 1;
                    continue;
                }
                let two = i + 1 < right_start && !c_blank(s[i + 1]);
                found = Some((i, if two { i + 2 } else { i + 1 }));
                // A closing parenthesis of the left operand: the operator comes later.
                if i + 1 < right_start && s[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found
        }
        Shape::Subscript { value_end, index_end } => {
            let mut left = value_end;
            let mut right = index_end + 1;
            while left < s.len() && s[left] != b'[' {
                left += 1;
            }
            while right < s.len() && s[right] != b']' {
                right += 1;
            }
            if right < s.len() {
                right += 1;
            }
            Some((left, right))
        }
    }
}

/// `traceback._display_width`: columns of the first `offset` characters of `s`.
/// (The printer's `_PyPegen_calculate_display_width` looks only at those characters
/// for its ASCII shortcut; the result is the same.)
fn display_width(s: &[char], offset: usize) -> usize {
    if s.iter().all(char::is_ascii) {
        return offset;
    }
    s[..offset.min(s.len())].iter().map(|&c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// `traceback.StackSummary.format_frame_summary`: `start`/`end` are byte columns in `raw`.
fn module_carets(raw: &str, start: usize, end: usize, same_line: bool) -> Option<String> {
    // The module works on the line as linecache returns it: with its newline.
    let line = format!("{raw}\n");
    let chars: Vec<char> = line.chars().collect();
    let stripped_len = line.trim_matches(py_isspace).chars().count();
    let stripped_characters = chars.len() - stripped_len;
    let start = byte_to_char(&line, start);
    let mut end = byte_to_char(&line, end);
    let segment: Vec<char> = chars[start.min(end).min(chars.len())..end.min(chars.len())].to_vec();
    let mut anchors = None;
    if same_line {
        anchors = module_anchors(&segment);
    } else {
        end = line.trim_end_matches(py_isspace).chars().count();
    }
    let operator_part = anchors.is_some_and(|(l, r)| r > l);
    if !((end as isize - start as isize) < stripped_len as isize || operator_part) {
        return None;
    }
    let dp_start = display_width(&chars, start) as isize + 1;
    let dp_end = display_width(&chars, end) as isize + 1;
    let mut out = String::from("    ");
    let repeat = |out: &mut String, c: char, n: isize| out.extend(std::iter::repeat_n(c, n.max(0) as usize));
    repeat(&mut out, ' ', dp_start - stripped_characters as isize);
    match anchors {
        Some((l, r)) => {
            let dp_left = display_width(&segment, l) as isize;
            let dp_right = display_width(&segment, r) as isize;
            repeat(&mut out, '~', dp_left);
            repeat(&mut out, '^', dp_right - dp_left);
            repeat(&mut out, '~', dp_end - dp_start - dp_right);
        }
        None => repeat(&mut out, '^', dp_end - dp_start),
    }
    Some(out)
}

/// `traceback._extract_caret_anchors_from_line_segment`: character offsets into `segment`.
/// (Like the module, it mixes byte and character offsets on non-ASCII text.)
fn module_anchors(segment: &[char]) -> Option<(usize, usize)> {
    let text: String = segment.iter().collect();
    let normalize = |offset: usize| byte_to_char(&text, offset);
    let at = |i: usize| segment.get(i).copied();
    match shape(&text)? {
        Shape::BinOp { left_end, right_start } => {
            let op_start = normalize(left_end);
            let op_end = normalize(right_start);
            let op_start = op_start.min(segment.len());
            let op = &segment[op_start..op_end.clamp(op_start, segment.len())];
            let op_offset = op.iter().take_while(|&&c| py_isspace(c)).count();
            let mut left = left_end + op_offset;
            let mut right = left + 1;
            if op_offset + 1 < op.len() && !py_isspace(op[op_offset + 1]) {
                right += 1;
            }
            while at(left).is_some_and(|c| py_isspace(c) || c == ')' || c == '#') {
                left += 1;
                right += 1;
            }
            Some((normalize(left), normalize(right)))
        }
        Shape::Subscript { value_end, index_end } => {
            let mut left = normalize(value_end);
            let mut right = normalize(index_end + 1);
            while at(left).is_some_and(|c| c != '[') {
                left += 1;
            }
            while at(right).is_some_and(|c| c != ']') {
                right += 1;
            }
            if right < segment.len() {
                right += 1;
            }
            Some((left, right))
        }
    }
}
