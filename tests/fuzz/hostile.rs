//! Hostile material for the mutators and the generator: values that sit on
//! the edges of Rust's integer types or ask for huge allocations, and
//! snippets whose dunder methods call back into the interpreter while a
//! native method is working on a container.

use crate::rng::Rng;
use std::sync::atomic::{AtomicBool, Ordering};

/// Expressions for hostile values, used as literals and as arguments.
pub const VALUES: &[&str] = &[
    "0",
    "-1",
    "1",
    "2**31",
    "2**32",
    "2**63",
    "-2**63",
    "2**63-1",
    "2**64",
    "2**64-1",
    "-2**64",
    "10**12",
    "10**19",
    "10**100",
    "float('nan')",
    "float('inf')",
    "-float('inf')",
    "-0.0",
    "1e308",
    "5e-324",
    "True",
    "None",
    "''",
    "'x'",
    "'\\udcff'",
    "'\\U0010ffff'",
    "'x' * 100000",
    "b''",
    "b'\\xff\\x00'",
    "bytearray(b'ab')",
    "[]",
    "[1, 2, 3]",
    "{}",
    "{1: 2}",
    "set()",
    "(1,)",
    "slice(None, None, -1)",
    "slice(2**63, -2**63, 2**64)",
    "range(10**12)",
    "range(-2**63, 2**63, 2**62)",
    "object()",
    "Evil()",
    "Huge()",
    "L([3, 1, 2])",
    "D(a=1)",
    "S('abc')",
    "I(7)",
    "victim",
    "vdict",
    "lambda *a, **k: victim.clear()",
    "iter(victim)",
    "memoryview(b'abc')",
    "complex(1, float('nan'))",
];

/// Text marking inputs that hit known, not yet fixed, hangs: the interpreter
/// target skips them unless `COIL_FUZZ_KNOWN=1`. Empty: every class found so
/// far is fixed (and has a test in tests/embed_native_work.rs).
pub const KNOWN_HANGS: &[&str] = &[];

/// Values left out unless `COIL_FUZZ_KNOWN=1`, for known hangs. Empty, as above.
const KNOWN_VALUES: &[&str] = &[];

/// Whether known hangs are included (`COIL_FUZZ_KNOWN=1`).
pub static INCLUDE_KNOWN: AtomicBool = AtomicBool::new(false);

/// A random hostile value.
pub fn value(rng: &mut Rng) -> &'static str {
    loop {
        let v = *rng.pick(VALUES);
        if INCLUDE_KNOWN.load(Ordering::Relaxed) || !KNOWN_VALUES.contains(&v) {
            return v;
        }
    }
}

/// Definitions every generated program (and every hostile snippet) relies on.
pub const PRELUDE: &str = r#"victim = [1, 2, 3, 4]
vdict = {1: 'a', 2: 'b'}
vset = {1, 2, 3}
class Evil:
    def __index__(self):
        victim.clear(); vdict.clear(); vset.clear()
        return 2**63
    def __int__(self):
        return 2**64
    def __float__(self):
        return float('nan')
    def __eq__(self, other):
        victim.append(self); vdict.clear()
        return True
    def __lt__(self, other):
        victim.reverse()
        return NotImplemented
    def __hash__(self):
        vdict[len(vdict) + 100] = 1
        return -1
    def __len__(self):
        victim.clear()
        return 2**62
    def __iter__(self):
        victim.clear()
        return iter([1, 2])
    def __bool__(self):
        vdict.clear()
        return True
    def __str__(self):
        return 'evil'
    def __repr__(self):
        return repr(victim)
    def __format__(self, spec):
        victim.clear()
        return spec
    def __getitem__(self, i):
        victim.pop() if victim else None
        return i
class Huge:
    def __index__(self):
        return 10**30
    def __len__(self):
        return 10**30
    def __hash__(self):
        return 2**64
class L(list):
    def __len__(self):
        return -1
    def __iter__(self):
        self.clear()
        return iter([9])
    def __getitem__(self, i):
        self.append(i)
        return 0
class D(dict):
    def __getitem__(self, k):
        self.clear()
        return k
    def keys(self):
        self.clear()
        return ['a', 'b']
    def __iter__(self):
        self[object()] = 1
        return iter([])
class S(str):
    def __str__(self):
        return 42
    def __hash__(self):
        return 0
    def __eq__(self, o):
        return True
class I(int):
    def __index__(self):
        return 2**70
    def __int__(self):
        return -1
"#;

/// Statements that have crashed interpreters before; each runs after [`PRELUDE`].
pub const SNIPPETS: &[&str] = &[
    "[] * 10**12",
    "[0] * 2**62",
    "'x' * 2**62",
    "'x'.ljust(2**63)",
    "'x'.center(10**12)",
    "'x'.zfill(2**62)",
    "b'x' * 2**62",
    "bytearray(10**12)",
    "'%*d' % (2**62, 1)",
    "'{:>{}}'.format(1, 2**62)",
    "f'{1:{2**63}}'",
    "(1).to_bytes(2**62, 'big')",
    "int('9' * 5000)",
    "10 ** 10 ** 10",
    "1 << 2**62",
    "2**63 >> 2**64",
    "victim[Evil():Evil()]",
    "victim.index(Evil())",
    "victim.count(Evil())",
    "victim.remove(Evil())",
    "victim.sort(key=lambda x: victim.clear())",
    "sorted(victim, key=lambda x: victim.append(1))",
    "vdict[Evil()] = Evil()",
    "Evil() in vdict",
    "vset.add(Evil())",
    "Evil() in victim",
    "victim.insert(Evil(), 1)",
    "victim[Evil()] = 1",
    "del victim[Evil()]",
    "'abc'[Evil()]",
    "'abc'[Huge():]",
    "b'abc' * Huge()",
    "range(Huge())[Evil()]",
    "list(range(10**12))",
    "a = []; a.append(a); repr(a)",
    "d = {}; d[1] = d; repr(d); d == d",
    "a = []; a.append(a); a == a",
    "x = []\nfor i in range(10**5):\n    x = [x]\nrepr(x)",
    "x = []\nfor i in range(10**5):\n    x = [x]\nx == x",
    "x = ()\nfor i in range(10**5):\n    x = (x,)\nhash(x)",
    "def f(): return f()\nf()",
    "class R:\n    def __repr__(self): return repr(self)\nrepr(R())",
    "class R:\n    def __eq__(self, o): return self == o\nR() == R()",
    "class R:\n    def __len__(self): return len(self)\nlen(R())",
    "class R:\n    def __getattr__(self, n): return getattr(self, n)\nR().x",
    "sorted([3, 1, 2], key=lambda x: sorted([1], key=lambda y: victim.sort()))",
    "list(map(lambda x: victim.extend(victim), victim))",
    "victim.extend(Evil())",
    "victim.extend(x for x in victim)",
    "L([1, 2]).sort()",
    "sum(L([1, 2]))",
    "dict(D(a=1))",
    "{**D(a=1)}",
    "S('a') in {'a': 1}",
    "'x'.join(L(['a']))",
    "[1, 2, 3][I(1)]",
    "'abc'.split(S(','))",
    "max(victim, key=lambda x: victim.clear())",
    "import asyncio\nasync def a(): return await b_task\nasync def b(): return await a_task\nasync def m():\n    global a_task, b_task\n    a_task = asyncio.ensure_future(a())\n    b_task = asyncio.ensure_future(b())\n    await asyncio.gather(a_task, b_task)\nasyncio.run(m())",
    "import asyncio\nasync def s(): return await s()\nasyncio.run(s())",
    "async def g():\n    yield 1\nx = g()\nx.asend(None).send(None)",
    "def g():\n    yield from g()\nlist(g())",
    "g = (x for x in [1])\ng.gi_frame\nnext(g); next(g, None)",
    "def gen():\n    x = yield\n    g.send(1)\ng = gen(); next(g); g.send(2)",
    "import json\njson.dumps(victim + [victim])",
    "import re\nre.compile('(a*)*b').match('a' * 30)",
    "import math\nmath.factorial(10**6)",
    "import math\nmath.comb(10**12, 10**6)",
    "format(1.5, '.2147483648f')",
    "'%.2147483648f' % 1.5",
    "round(1.5, 2**63)",
    "round(10**100, -2**63)",
    "int.from_bytes(b'\\xff' * 100, 'little', signed=True) >> -1",
    "pow(2, -1, 0)",
    "pow(10**100, 10**100, 10**100 + 1)",
    "divmod(-2**63, -1)",
    "(-2**63) // -1",
    "abs(-2**63)",
    "hash(float('nan'))",
    "'%c' % 0x110000",
    "chr(2**63)",
    "bytes([256])",
    "bytes(-1)",
    "'a'.encode('utf-16').decode('utf-32')",
    "str(b'\\xff', 'utf-8', 'surrogateescape').encode('utf-8')",
    "memoryview(bytearray(b'abc')).cast('Q')",
    "exec('x = 1\\n' * 10000)",
    "eval('(' * 500 + ')' * 500)",
    "compile('[' * 1000 + ']' * 1000, 'x', 'eval')",
    "eval('-' * 100000 + '1')",
    "eval('not ' * 100000 + '1')",
    "type('X', (list, dict), {})",
    "class M(type):\n    def __mro__(self): return ()\nclass X(metaclass=M): pass",
    "object.__new__(int)",
    "int.__new__(str)",
    "list.__init__(victim, Evil())",
    "dict.__setitem__(vdict, Evil(), 1)",
    "str.join(S('x'), victim)",
    "super(int, 1).__repr__()",
    "setattr(list, 'x', 1)",
    "import sys\nsys.setrecursionlimit(10**9)\ndef f(n): return f(n + 1)\nf(0)",
    "import sys\nsys.setrecursionlimit(2**63)",
    "import gc\ngc.get_referrers(victim)",
    "import weakref\nclass W: pass\nw = W(); r = weakref.ref(w, lambda r: victim.clear()); del w",
    "del __builtins__.len",
    "import builtins\nbuiltins.len = None\nlen([])",
];
