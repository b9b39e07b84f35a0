"""Looking inside pickles: the table of opcodes, genops() to walk one,
dis() to print it and optimize() to drop the memo entries nobody reads.

This is a small version: the opcode table carries names, codes, argument
formats and protocols, without the stack-effect descriptions.
"""

import codecs
import io
import pickle
import sys
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


def _exact(stream, n, what):
    data = stream.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain"
                         % (n, what, len(data)))
    return data


def _line(stream, what):
    data = stream.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def read_uint1(f):
    return _exact(f, 1, 'uint1')[0]


def read_uint2(f):
    return int.from_bytes(_exact(f, 2, 'uint2'), 'little')


def read_int4(f):
    return int.from_bytes(_exact(f, 4, 'int4'), 'little', signed=True)


def read_uint4(f):
    return int.from_bytes(_exact(f, 4, 'uint4'), 'little')


def read_uint8(f):
    return int.from_bytes(_exact(f, 8, 'uint8'), 'little')


def _sized(prefix_reader, what):
    def reader(f):
        n = prefix_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        return _exact(f, n, what)
    return reader


def read_long1(f):
    return int.from_bytes(_sized(read_uint1, 'long1')(f), 'little', signed=True)


def read_long4(f):
    return int.from_bytes(_sized(read_int4, 'long4')(f), 'little', signed=True)


def read_string1(f):
    return _sized(read_uint1, 'string1')(f).decode('latin-1')


def read_string4(f):
    return _sized(read_int4, 'string4')(f).decode('latin-1')


def read_bytes1(f):
    return _sized(read_uint1, 'bytes1')(f)


def read_bytes4(f):
    return _sized(read_uint4, 'bytes4')(f)


def read_bytes8(f):
    return _sized(read_uint8, 'bytes8')(f)


def read_bytearray8(f):
    return bytearray(_sized(read_uint8, 'bytearray8')(f))


def read_unicodestring1(f):
    return str(_sized(read_uint1, 'unicodestring1')(f), 'utf-8', 'surrogatepass')


def read_unicodestring4(f):
    return str(_sized(read_uint4, 'unicodestring4')(f), 'utf-8', 'surrogatepass')


def read_unicodestring8(f):
    return str(_sized(read_uint8, 'unicodestring8')(f), 'utf-8', 'surrogatepass')


def read_float8(f):
    return _unpack('>d', _exact(f, 8, 'float8'))[0]


def read_floatnl(f):
    return float(_line(f, 'floatnl').decode('ascii'))


def read_decimalnl_short(f):
    text = _line(f, 'decimalnl_short')
    if text == b'00':
        return False
    if text == b'01':
        return True
    return int(text.decode('ascii'))


def read_decimalnl_long(f):
    text = _line(f, 'decimalnl_long')
    if text.endswith(b'L'):
        text = text[:-1]
    return int(text.decode('ascii'))


def read_stringnl(f):
    text = _line(f, 'stringnl')
    if len(text) < 2 or text[:1] not in (b'"', b"'") or text[-1:] != text[:1]:
        raise ValueError("no string quotes around %r" % text)
    return codecs.decode(pickle._unescape_bytes(text[1:-1]), 'latin-1')


def read_stringnl_noescape(f):
    return _line(f, 'stringnl_noescape').decode('utf-8')


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def read_unicodestringnl(f):
    return str(_line(f, 'unicodestringnl'), 'raw-unicode-escape')


class ArgumentDescriptor:
    """How an opcode's argument is stored: name, size n (or one of the
    negative markers above) and the function reading it."""
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc=''):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc

    def __repr__(self):
        return self.name


def _arg(name, n, reader):
    return ArgumentDescriptor(name, n, reader)


uint1 = _arg('uint1', 1, read_uint1)
uint2 = _arg('uint2', 2, read_uint2)
int4 = _arg('int4', 4, read_int4)
uint4 = _arg('uint4', 4, read_uint4)
uint8 = _arg('uint8', 8, read_uint8)
long1 = _arg('long1', TAKEN_FROM_ARGUMENT1, read_long1)
long4 = _arg('long4', TAKEN_FROM_ARGUMENT4, read_long4)
string1 = _arg('string1', TAKEN_FROM_ARGUMENT1, read_string1)
string4 = _arg('string4', TAKEN_FROM_ARGUMENT4, read_string4)
bytes1 = _arg('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1)
bytes4 = _arg('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4)
bytes8 = _arg('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8)
bytearray8 = _arg('bytearray8', TAKEN_FROM_ARGUMENT8U, read_bytearray8)
unicodestring1 = _arg('unicodestring1', TAKEN_FROM_ARGUMENT1, read_unicodestring1)
unicodestring4 = _arg('unicodestring4', TAKEN_FROM_ARGUMENT4U, read_unicodestring4)
unicodestring8 = _arg('unicodestring8', TAKEN_FROM_ARGUMENT8U, read_unicodestring8)
float8 = _arg('float8', 8, read_float8)
floatnl = _arg('floatnl', UP_TO_NEWLINE, read_floatnl)
decimalnl_short = _arg('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short)
decimalnl_long = _arg('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long)
stringnl = _arg('stringnl', UP_TO_NEWLINE, read_stringnl)
stringnl_noescape = _arg('stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape)
stringnl_noescape_pair = _arg('stringnl_noescape_pair', UP_TO_NEWLINE,
                              read_stringnl_noescape_pair)
unicodestringnl = _arg('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl)


class OpcodeInfo:
    """One opcode: its name, its one-character code, its argument
    descriptor (or None) and the first protocol that has it."""
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto,
                 doc=''):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc

    def __repr__(self):
        return '<OpcodeInfo %s %r>' % (self.name, self.code)


# name, argument, protocol (the code is pickle's constant of that name)
_TABLE = [
    ('INT', decimalnl_short, 0), ('BININT', int4, 1), ('BININT1', uint1, 1),
    ('BININT2', uint2, 1), ('LONG', decimalnl_long, 0), ('LONG1', long1, 2),
    ('LONG4', long4, 2), ('STRING', stringnl, 0), ('BINSTRING', string4, 1),
    ('SHORT_BINSTRING', string1, 1), ('BINBYTES', bytes4, 3),
    ('SHORT_BINBYTES', bytes1, 3), ('BINBYTES8', bytes8, 4),
    ('BYTEARRAY8', bytearray8, 5), ('NEXT_BUFFER', None, 5),
    ('READONLY_BUFFER', None, 5), ('NONE', None, 0), ('NEWTRUE', None, 2),
    ('NEWFALSE', None, 2), ('UNICODE', unicodestringnl, 0),
    ('SHORT_BINUNICODE', unicodestring1, 4),
    ('BINUNICODE', unicodestring4, 1), ('BINUNICODE8', unicodestring8, 4),
    ('FLOAT', floatnl, 0), ('BINFLOAT', float8, 1),
    ('EMPTY_LIST', None, 1), ('APPEND', None, 0), ('APPENDS', None, 1),
    ('LIST', None, 0), ('EMPTY_TUPLE', None, 1), ('TUPLE', None, 0),
    ('TUPLE1', None, 2), ('TUPLE2', None, 2), ('TUPLE3', None, 2),
    ('EMPTY_DICT', None, 1), ('DICT', None, 0), ('SETITEM', None, 0),
    ('SETITEMS', None, 1), ('EMPTY_SET', None, 4), ('ADDITEMS', None, 4),
    ('FROZENSET', None, 4), ('POP', None, 0), ('DUP', None, 0),
    ('MARK', None, 0), ('POP_MARK', None, 1), ('GET', decimalnl_short, 0),
    ('BINGET', uint1, 1), ('LONG_BINGET', uint4, 1),
    ('PUT', decimalnl_short, 0), ('BINPUT', uint1, 1),
    ('LONG_BINPUT', uint4, 1), ('MEMOIZE', None, 4), ('EXT1', uint1, 2),
    ('EXT2', uint2, 2), ('EXT4', int4, 2),
    ('GLOBAL', stringnl_noescape_pair, 0), ('STACK_GLOBAL', None, 4),
    ('REDUCE', None, 0), ('BUILD', None, 0),
    ('INST', stringnl_noescape_pair, 0), ('OBJ', None, 1),
    ('NEWOBJ', None, 2), ('NEWOBJ_EX', None, 4), ('PROTO', uint1, 2),
    ('STOP', None, 0), ('FRAME', uint8, 4),
    ('PERSID', stringnl_noescape, 0), ('BINPERSID', None, 1),
]

opcodes = [OpcodeInfo(name, getattr(pickle, name).decode('latin-1')
                      if name not in ('TRUE', 'FALSE') else None,
                      arg, [], [], proto)
           for name, arg, proto in _TABLE]
code2op = {op.code: op for op in opcodes}


def _stream(pickled):
    if isinstance(pickled, (bytes, bytearray, memoryview)):
        return io.BytesIO(pickled)
    return pickled


def _walk(pickled, with_end):
    stream = _stream(pickled)
    tell = getattr(stream, 'tell', None)
    while True:
        pos = tell() if tell is not None else None
        code = stream.read(1)
        op = code2op.get(code.decode('latin-1'))
        if op is None:
            if code == b'':
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown"
                             % ("<unknown>" if pos is None else pos, code))
        arg = None if op.arg is None else op.arg.reader(stream)
        if with_end:
            yield op, arg, pos, (tell() if tell is not None else None)
        else:
            yield op, arg, pos
        if code == b'.':
            return


def genops(pickle):
    """Yields (opcode, argument, position) for every opcode of the pickle
    (bytes or a file), up to and including STOP."""
    return _walk(pickle, False)


# opcodes with a payload that may go outside frames: size of their header
_BIG_PAYLOADS = {'BINBYTES': 5, 'BINBYTES8': 9, 'BINUNICODE': 5,
                 'BINUNICODE8': 9, 'BYTEARRAY8': 9}


def optimize(p):
    """The same pickle without the memo writes nobody reads, and with the
    remaining memo entries renumbered (and the frames rebuilt)."""
    ops = list(_walk(p, True))
    proto = 0
    puts = {}
    read = set()
    stored = set()
    for index, (op, arg, pos, end) in enumerate(ops):
        if op.name == 'PROTO':
            proto = max(proto, arg)
        proto = max(proto, op.proto)
        if op.name in ('PUT', 'BINPUT', 'LONG_BINPUT'):
            puts[index] = arg
            stored.add(arg)
        elif op.name == 'MEMOIZE':
            # the unpickler stores at the memo's current size
            puts[index] = len(stored)
            stored.add(len(stored))
        elif op.name in ('GET', 'BINGET', 'LONG_BINGET'):
            read.add(arg)
    sink = io.BytesIO()
    out = pickle._Output(sink.write)
    fake = pickle.Pickler(io.BytesIO(), proto)
    fake.proto = proto
    fake.bin = proto >= 1
    renumber = {}
    data = bytes(p) if isinstance(p, (bytes, bytearray, memoryview)) else None
    if data is None:
        raise TypeError("optimize() needs the pickle as bytes")
    for index, (op, arg, pos, end) in enumerate(ops):
        name = op.name
        if name == 'FRAME':
            continue
        if index in puts:
            key = puts[index]
            if key not in read:
                continue
            renumber[key] = len(renumber)
            if proto >= 4:
                out.write(pickle.MEMOIZE)
            else:
                new = renumber[key]
                if not fake.bin:
                    out.write(pickle.PUT + repr(new).encode('ascii') + b'\n')
                elif new < 256:
                    out.write(pickle.BINPUT + bytes((new,)))
                else:
                    out.write(pickle.LONG_BINPUT + new.to_bytes(4, 'little'))
            continue
        if name in ('GET', 'BINGET', 'LONG_BINGET'):
            out.write(fake._memo_get(renumber[arg]))
            continue
        head = _BIG_PAYLOADS.get(name)
        if head is not None and end - pos >= pickle._FRAME_TARGET:
            out.write_big(data[pos:pos + head], data[pos + head:end])
            continue
        out.write(data[pos:end])
        if name == 'PROTO' and proto >= 4:
            out.flush_frame()
            out.start_framing()
        out.maybe_flush()
    out.stop_framing()
    return sink.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Prints the opcodes of the pickle, one a line, indented by the depth
    of MARKs; checks the memo use and the MARK nesting on the way."""
    if memo is None:
        memo = {}
    marks = []
    depth = 0
    highest = 0
    errormsg = None
    for op, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        code = repr(op.code)[1:-1]
        indent = indentlevel * ' ' * len(marks)
        highest = max(highest, op.proto)
        if op.name == 'MARK':
            marks.append(pos)
        elif op.name in ('POP_MARK', 'APPENDS', 'SETITEMS', 'ADDITEMS',
                         'FROZENSET', 'TUPLE', 'LIST', 'DICT', 'INST', 'OBJ'):
            if not marks:
                errormsg = "no MARK exists on stack"
            else:
                arg = "(MARK at %d)" % marks.pop() if arg is None else arg
        if op.name in ('PUT', 'BINPUT', 'LONG_BINPUT'):
            if arg in memo:
                errormsg = "memo key %r already defined" % arg
            memo[arg] = True
        elif op.name == 'MEMOIZE':
            arg = "(as %d)" % len(memo)
            memo[len(memo)] = True
        elif op.name in ('GET', 'BINGET', 'LONG_BINGET'):
            if arg not in memo:
                errormsg = "memo key %r has never been stored into" % arg
        if arg is not None:
            shown = arg if isinstance(arg, str) and arg.startswith('(') else repr(arg)
            if op.name in ('PROTO', 'FRAME', 'BININT', 'BININT1', 'BININT2',
                           'INT', 'LONG', 'LONG1', 'LONG4'):
                shown = str(arg)
            line = "%-4s %s%-10s %s" % (code, indent, op.name, shown)
        else:
            line = "%-4s %s%s" % (code, indent, op.name)
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
    if marks:
        raise ValueError("stack not empty after STOP: %r" % marks)
    print("highest protocol among opcodes =", highest, file=out)


def _main(argv):
    for name in argv:
        with open(name, 'rb') as f:
            dis(f)


if __name__ == "__main__":
    _main(sys.argv[1:])
