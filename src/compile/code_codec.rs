//! Code objects to bytes and back: the format of the compiled-code cache.
//!
//! A code object is written field by field with LEB128 integers; nested code
//! objects (functions, classes) are written inside their parent's constants.
//! The source text is not written: the reader is given the [`SourceFile`] the
//! code was compiled from, since offsets and spans point into it. Reading
//! checks every length and tag and returns None on anything malformed; it
//! never trusts a count to size an allocation before the bytes are there.

use super::bytecode::{Code, GlobalCacheEntry, Instr, PositionTable, Positions, SourceFile};
use crate::syntax::ast::{BinOp, CmpOp, Span, UnaryOp};
use crate::vm::value::Value;
use num_bigint::BigInt;
use std::rc::Rc;

/// The bytes of `code` and the code objects nested in it.
pub fn encode(code: &Code) -> Vec<u8> {
    let mut body = Writer::default();
    put_code(&mut body, code);
    let mut w = Writer::default();
    w.uint(body.strings.len() as u64);
    for s in &body.strings {
        w.bytes(s.as_bytes());
    }
    w.out.extend_from_slice(&body.out);
    w.out
}

/// The code object `bytes` hold, tied to `source`; None when the bytes are malformed.
pub fn decode(bytes: &[u8], source: &Rc<SourceFile>) -> Option<Rc<Code>> {
    let mut r = Reader { bytes, pos: 0, strings: Vec::new() };
    r.strings = r.list(|r| std::str::from_utf8(r.bytes()?).ok().map(Rc::from))?;
    let code = get_code(&mut r, source, 0)?;
    (r.pos == bytes.len()).then_some(code)
}

/// How deep code objects may nest in a cache file (the compiler's own nesting limit is lower).
const MAX_NESTING: u32 = 200;

/// An output buffer, and the strings its names refer to (each written once,
/// in a table before the code).
#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    strings: Vec<Rc<str>>,
    string_index: std::collections::HashMap<Rc<str>, u32>,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }
    fn uint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.out.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.out.push(n as u8);
    }
    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.out.extend_from_slice(b);
    }
    /// A string, as its index in the string table.
    fn str(&mut self, s: &str) {
        let i = match self.string_index.get(s) {
            Some(&i) => i,
            None => {
                let i = self.strings.len() as u32;
                let s: Rc<str> = Rc::from(s);
                self.strings.push(s.clone());
                self.string_index.insert(s, i);
                i
            }
        };
        self.uint(i.into());
    }
}

/// A bounds-checked cursor over the input, with the string table read first.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    strings: Vec<Rc<str>>,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
    fn uint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }
    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }
    /// A count of items that each take at least one more byte of input.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.bytes.len() - self.pos).then_some(n)
    }
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.count()?;
        let b = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Some(b)
    }
    /// A string of the string table.
    fn str(&mut self) -> Option<Rc<str>> {
        let i = usize::try_from(self.uint()?).ok()?;
        self.strings.get(i).cloned()
    }
    fn f64(&mut self) -> Option<f64> {
        let b = self.bytes.get(self.pos..self.pos + 8)?;
        self.pos += 8;
        Some(f64::from_le_bytes(b.try_into().ok()?))
    }
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.count()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }
}

/// An instruction operand.
trait Operand: Sized {
    fn put(self, w: &mut Writer);
    fn get(r: &mut Reader) -> Option<Self>;
}

impl Operand for u32 {
    fn put(self, w: &mut Writer) {
        w.uint(self.into());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.u32()
    }
}

impl Operand for u16 {
    fn put(self, w: &mut Writer) {
        w.uint(self.into());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        u16::try_from(r.uint()?).ok()
    }
}

/// Operators, written as their position in a table in declaration order.
macro_rules! operator_operand {
    ($ty:ident, $table:ident, [$($v:ident),* $(,)?]) => {
        const $table: &[$ty] = &[$($ty::$v),*];
        impl Operand for $ty {
            fn put(self, w: &mut Writer) {
                w.byte(self as u8);
            }
            fn get(r: &mut Reader) -> Option<Self> {
                $table.get(usize::from(r.byte()?)).copied()
            }
        }
    };
}

operator_operand!(
    BinOp,
    BIN_OPS,
    [Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv]
);
operator_operand!(UnaryOp, UNARY_OPS, [Invert, Not, UAdd, USub]);
operator_operand!(CmpOp, CMP_OPS, [Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn]);

/// Writes and reads instructions as a tag byte (the variant's position in the
/// list) followed by the operands. The list must name every variant of
/// [`Instr`]: writing matches on all of them.
macro_rules! instr_codec {
    ($($name:ident $(($($f:ident: $t:ty),*))? $({$($sf:ident: $st:ty),*})?),* $(,)?) => {
        /// The tag of each instruction variant.
        #[derive(Clone, Copy)]
        enum Tag { $($name),* }

        /// Every tag, in tag order.
        const TAGS: &[Tag] = &[$(Tag::$name),*];

        fn put_instr(w: &mut Writer, instr: Instr) {
            match instr {
                $(Instr::$name $(($($f),*))? $({$($sf),*})? => {
                    w.byte(Tag::$name as u8);
                    $($($f.put(w);)*)?
                    $($($sf.put(w);)*)?
                })*
            }
        }

        fn get_instr(r: &mut Reader) -> Option<Instr> {
            let tag = *TAGS.get(usize::from(r.byte()?))?;
            Some(match tag {
                $(Tag::$name => Instr::$name $(($(<$t as Operand>::get(r)?),*))? $({$($sf: <$st as Operand>::get(r)?),*})?,)*
            })
        }
    };
}

instr_codec!(
    Nop, Pop, Dup, DupTwo, Rot2, Rot3, Rot4, LoadConst(a: u32), LoadFast(a: u32), StoreFast(a: u32),
    DeleteFast(a: u32), LoadDeref(a: u32), StoreDeref(a: u32), DeleteDeref(a: u32), LoadClosure(a: u32),
    LoadClassDeref { name: u16, cell: u16 }, LoadGlobal(a: u32), StoreGlobal(a: u32), DeleteGlobal(a: u32),
    LoadName(a: u32), StoreName(a: u32), DeleteName(a: u32), LoadAttr(a: u32), StoreAttr(a: u32),
    DeleteAttr(a: u32), LoadMethod(a: u32), BinarySubscr, StoreSubscr, DeleteSubscr, BuildSlice(a: u32),
    BinaryOp(a: BinOp), InplaceOp(a: BinOp), UnaryOp(a: UnaryOp), CompareOp(a: CmpOp),
    LoadFastFast(a: u16, b: u16), LoadFastConst(a: u16, b: u16), LoadFastAttr(a: u16, b: u16),
    FastConstOp(a: u16, b: u16, c: BinOp), FastFastOp(a: u16, b: u16, c: BinOp),
    FastConstCmp(a: u16, b: u16, c: CmpOp), ConstOp(a: u16, b: BinOp), ConstCmp(a: u16, b: CmpOp),
    StoreFastLoadFast(a: u16, b: u16), FastStoreAttr(a: u16, b: u16, c: u16), StoreAttrOfFast(a: u16, b: u16),
    ReturnFast(a: u32), ReturnConst(a: u32), BuildTuple(a: u32), BuildList(a: u32), BuildSet(a: u32),
    BuildMap(a: u32), BuildString(a: u32), ListAppend(a: u32), SetAdd(a: u32), MapAdd(a: u32),
    ListExtend(a: u32), SetUpdate(a: u32), DictUpdate(a: u32), DictMerge(a: u32), ListToTuple,
    UnpackSequence(a: u32), UnpackEx { before: u16, after: u16 }, FormatValue(a: u32), Jump(a: u32),
    PopJumpIfFalse(a: u32), PopJumpIfTrue(a: u32), JumpIfFalseOrPop(a: u32), JumpIfTrueOrPop(a: u32),
    GetIter, ForIter(a: u32), MakeFunction(a: u32), Call(a: u32), CallKw(a: u32), CallEx(a: u32),
    CallMethod(a: u32), CallMethodKw(a: u32), Return, LoadBuildClass, SetupAnnotations, SetupExcept(a: u32),
    PopBlock, PopExcept, CheckExcMatch, Raise(a: u32), Reraise, BeforeWith, ExitWith, WithExceptStart,
    LoadAssertionError, YieldValue, GetYieldFromIter, GetAwaitable(a: u32), YieldFrom, BeforeAsyncWith, GetANext,
    GetAIter, EndAsyncFor(a: u32), ImportName(a: u32), ImportFrom(a: u32), ImportStar, PrintExpr,
    MatchSequence, MatchMapping, GetLen, MatchKeys, CopyDictWithout, MatchClass(a: u32), RotN(a: u32),
);

/// Tags of constants.
mod const_tag {
    pub const NONE: u8 = 0;
    pub const TRUE: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const INT: u8 = 3;
    pub const BIG_INT: u8 = 4;
    pub const FLOAT: u8 = 5;
    pub const COMPLEX: u8 = 6;
    pub const STR: u8 = 7;
    pub const BYTES: u8 = 8;
    pub const ELLIPSIS: u8 = 9;
    pub const TUPLE: u8 = 10;
    pub const CODE: u8 = 11;
}

/// Writes a constant: the kinds of value the compiler puts in `consts`.
fn put_const(w: &mut Writer, v: &Value) {
    use const_tag::*;
    match v {
        Value::None => w.byte(NONE),
        Value::Bool(true) => w.byte(TRUE),
        Value::Bool(false) => w.byte(FALSE),
        Value::Int(i) => {
            w.byte(INT);
            w.uint(((*i << 1) ^ (*i >> 63)) as u64);
        }
        Value::BigInt(b) => {
            w.byte(BIG_INT);
            w.bytes(&b.to_signed_bytes_le());
        }
        Value::Float(f) => {
            w.byte(FLOAT);
            w.out.extend_from_slice(&f.to_le_bytes());
        }
        Value::Complex(z) => {
            w.byte(COMPLEX);
            w.out.extend_from_slice(&z.re.to_le_bytes());
            w.out.extend_from_slice(&z.im.to_le_bytes());
        }
        Value::Str(s) => {
            w.byte(STR);
            w.str(s.as_str());
        }
        Value::Bytes(b) => {
            w.byte(BYTES);
            w.bytes(b);
        }
        Value::Ellipsis => w.byte(ELLIPSIS),
        Value::Tuple(t) => {
            w.byte(TUPLE);
            w.uint(t.len() as u64);
            for item in t.iter() {
                put_const(w, item);
            }
        }
        Value::Code(c) => {
            w.byte(CODE);
            put_code(w, c);
        }
        // The compiler makes no other constant; writing None keeps the format total.
        _ => w.byte(NONE),
    }
}

fn get_const(r: &mut Reader, source: &Rc<SourceFile>, depth: u32) -> Option<Value> {
    use const_tag::*;
    Some(match r.byte()? {
        NONE => Value::None,
        TRUE => Value::Bool(true),
        FALSE => Value::Bool(false),
        INT => {
            let z = r.uint()?;
            Value::Int(((z >> 1) as i64) ^ -((z & 1) as i64))
        }
        BIG_INT => Value::bigint(BigInt::from_signed_bytes_le(r.bytes()?)),
        FLOAT => Value::Float(r.f64()?),
        COMPLEX => Value::complex(r.f64()?, r.f64()?),
        STR => Value::str(&r.str()?),
        BYTES => Value::bytes(r.bytes()?.to_vec()),
        ELLIPSIS => Value::Ellipsis,
        TUPLE => Value::tuple(r.list(|r| get_const(r, source, depth))?),
        CODE => Value::code(get_code(r, source, depth + 1)?),
        _ => return None,
    })
}

fn put_names(w: &mut Writer, names: &[Rc<str>]) {
    w.uint(names.len() as u64);
    for n in names {
        w.str(n);
    }
}

fn get_names(r: &mut Reader) -> Option<Vec<Rc<str>>> {
    r.list(Reader::str)
}

/// The position table as (offset, span start - offset, span end - span start) per
/// instruction, the differences zigzag-coded: most are a byte or two.
fn encode_positions(table: &PositionTable) -> Vec<u8> {
    let mut w = Writer { out: Vec::with_capacity(table.offsets.len() * 4), ..Writer::default() };
    let zigzag = |d: i64| ((d << 1) ^ (d >> 63)) as u64;
    w.uint(table.offsets.len() as u64);
    w.uint(table.spans.len() as u64);
    for (i, &offset) in table.offsets.iter().enumerate() {
        let span = table.spans.get(i).copied().unwrap_or(Span { start: offset, end: offset });
        w.uint(offset.into());
        w.uint(zigzag(i64::from(span.start) - i64::from(offset)));
        w.uint(zigzag(i64::from(span.end) - i64::from(span.start)));
    }
    w.out
}

/// The position table [`encode_positions`] wrote; None when the bytes are malformed.
pub fn decode_positions(bytes: &[u8]) -> Option<PositionTable> {
    let mut r = Reader { bytes, pos: 0, strings: Vec::new() };
    let unzigzag = |z: u64| ((z >> 1) as i64) ^ -((z & 1) as i64);
    let shift = |base: u32, z: u64| u32::try_from(i64::from(base) + unzigzag(z)).ok();
    let (n, spans) = (r.count()?, r.uint()?);
    let mut table = PositionTable { offsets: Vec::with_capacity(n), spans: Vec::with_capacity(n) };
    for _ in 0..n {
        let offset = r.u32()?;
        let start = shift(offset, r.uint()?)?;
        let end = shift(start, r.uint()?)?;
        table.offsets.push(offset);
        table.spans.push(Span { start, end });
    }
    // The compiler records a span for every instruction; keep the table exactly as it was.
    table.spans.truncate(usize::try_from(spans).ok()?);
    (r.pos == bytes.len()).then_some(table)
}

fn put_code(w: &mut Writer, c: &Code) {
    w.str(&c.name);
    w.str(&c.qualname);
    for n in [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.first_offset] {
        w.uint(n.into());
    }
    w.uint(c.instrs.len() as u64);
    for &instr in &c.instrs {
        put_instr(w, instr);
    }
    w.bytes(&encode_positions(c.positions.table()));
    w.uint(c.consts.len() as u64);
    for v in &c.consts {
        put_const(w, v);
    }
    put_names(w, &c.names);
    put_names(w, &c.varnames);
    put_names(w, &c.cellvars);
    put_names(w, &c.freevars);
    w.uint(c.cell_params.len() as u64);
    for p in &c.cell_params {
        w.uint(p.map_or(0, |i| u64::from(i) + 1));
    }
}

fn get_code(r: &mut Reader, source: &Rc<SourceFile>, depth: u32) -> Option<Rc<Code>> {
    if depth > MAX_NESTING {
        return None;
    }
    let name = r.str()?;
    let qualname = r.str()?;
    let (argcount, posonlyargcount, kwonlyargcount, flags, first_offset) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?, r.u32()?);
    let instrs = r.list(get_instr)?;
    let positions = Positions::encoded(r.bytes()?);
    let consts = r.list(|r| get_const(r, source, depth))?;
    let names = get_names(r)?;
    let varnames = get_names(r)?;
    let cellvars = get_names(r)?;
    let freevars = get_names(r)?;
    let cell_params = r.list(|r| Some(r.u32()?.checked_sub(1)))?;
    let names_len = names.len();
    Some(Rc::new(Code {
        name,
        qualname,
        source: source.clone(),
        instrs,
        positions,
        first_offset,
        consts,
        names,
        varnames,
        cellvars,
        freevars,
        cell_params,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        flags,
        global_cache: GlobalCacheEntry::table(names_len),
        attr_hints: (0..names_len).map(|_| std::cell::Cell::new(0)).collect(),
        name_keys: Default::default(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(text: &str) -> Rc<Code> {
        let source = Rc::new(SourceFile::new("<test>", text));
        let module = crate::syntax::parser::parse_module(text).expect("parses");
        crate::compile::compile_module(&module, source).expect("compiles")
    }

    #[test]
    fn operator_tables_follow_declaration_order() {
        assert!(BIN_OPS.iter().enumerate().all(|(i, op)| *op as usize == i));
        assert!(UNARY_OPS.iter().enumerate().all(|(i, op)| *op as usize == i));
        assert!(CMP_OPS.iter().enumerate().all(|(i, op)| *op as usize == i));
    }

    #[test]
    fn round_trip_keeps_every_field() {
        let text = "import os\nx = (1, -2, 2**80, -3**70, 1.5, 2j, 'é', b'\\x00', ..., None, True, False)\n\
                    class C:\n    async def m(self, a, /, b=1, *c, d, **e):\n        def inner(): return a + d\n        \
                    return [i async for i in inner()] if a else {k: v for k, v in e.items()}\n\
                    match x:\n    case (1, *rest) if rest: pass\n";
        let code = compile(text);
        let bytes = encode(&code);
        let back = decode(&bytes, &code.source).expect("decodes");
        assert_eq!(code.disassemble(), back.disassemble());
        assert_eq!(encode(&back), bytes);
    }

    #[test]
    fn malformed_bytes_are_refused_not_trusted() {
        let code = compile("def f(x):\n    return x * 2\nprint(f(3))\n");
        let bytes = encode(&code);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut], &code.source).is_none(), "a prefix of {cut} bytes decoded");
        }
        let mut huge = bytes.clone();
        huge.splice(0..0, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
        assert!(decode(&huge, &code.source).is_none());
    }
}
