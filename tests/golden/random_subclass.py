# Subclassing random.Random: which methods the others are built on, seeding
# through __init__, SystemRandom's stateless behaviour, pickling and copying.
import copy
import pickle
import random


class Plain(random.Random):
    pass


p = Plain(3)
print(p.random() == random.Random(3).random())
p.seed(42)
print([p.randint(1, 100) for _ in range(5)])
print(p.choice("abcdefgh"), p.sample(range(50), 4), p.uniform(1, 2))
xs = list(range(10))
p.shuffle(xs)
print(xs)
print(p.gauss(0, 1), p.gauss(0, 1), p.choices("xyz", k=4))
p.label = "mine"
print(p.label, type(p).__name__, isinstance(p, random.Random), p._randbelow.__name__)


class OnlyRandom(random.Random):
    """Supplies random() only: _randbelow must use random(), not getrandbits()."""

    calls = 0

    def random(self):
        OnlyRandom.calls += 1
        return 0.625


r = OnlyRandom(1)
print(OnlyRandom._randbelow.__name__)
print(r.randrange(10), r.randint(1, 8), r.choice("abcdefgh"), r.uniform(0, 4))
ys = list(range(6))
r.shuffle(ys)
print(ys, r.sample(range(20), 3), r.choices([1, 2, 3], k=2))
print(r.expovariate(2.0), r.triangular(), r.getrandbits(8) < 256)
print("random() calls:", OnlyRandom.calls)


class OnlyBits(random.Random):
    """Supplies getrandbits() only: random() stays the twister's."""

    def getrandbits(self, k):
        print("getrandbits", k)
        return 1


b = OnlyBits(5)
print(OnlyBits._randbelow.__name__)
print(b.randrange(10), b.randint(1, 6), b.choice("abc"))
print(b.random() == random.Random(5).random(), b.randbytes(2))


class Both(random.Random):
    def random(self):
        return 0.5

    def getrandbits(self, k):
        return 1


print(Both._randbelow.__name__, Both().randrange(1000))


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print("seed called with", a)
        super().seed(a, version)


s = Seeded(7)
print(s.random() == random.Random(7).random(), s.gauss_next)


class WithArgs(random.Random):
    def __init__(self, x, tag, *, extra=None):
        super().__init__(x)
        self.tag = tag
        self.extra = extra


w = WithArgs(11, "t", extra=[1])
print(w.tag, w.extra, w.random() == random.Random(11).random())
print([w.randrange(0, 100, 7) for _ in range(4)])


class NoArgs(random.Random):
    def __init__(self, newarg=None):
        random.Random.__init__(self)
        self.newarg = newarg


print(NoArgs(newarg=1).newarg)

# An instance attribute replaces the method for the others.
g = random.Random(0)
g.random = [0.1, 0.2, 0.3, 0.4].pop
print(g.uniform(0, 10), g.expovariate(1.0))

# SystemRandom: entropy, no state.
sr = random.SystemRandom()
print(isinstance(sr, random.Random), type(sr.random()).__name__, 0.0 <= sr.random() < 1.0)
print(sr.getrandbits(0), 0 <= sr.getrandbits(7) < 128, sr.getrandbits(200).bit_length() <= 200)
print(len(sr.randbytes(9)), type(sr.randbytes(3)).__name__, sr.seed(123), sr.seed("x", version=1))
print(1 <= sr.randint(1, 6) <= 6, sr.choice([4, 4, 4]), sorted(sr.sample(range(5), 5)))
for f in (sr.getstate, lambda: sr.setstate(None), lambda: pickle.dumps(sr)):
    try:
        f()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    sr.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)

# Pickling and copying keep the state.
q = Plain(21)
q.random()
q2 = copy.copy(q)
print(q2.random() == q.random(), type(q2).__name__)
try:
    copy.copy(WithArgs(1, "w"))  # __reduce__ calls the class without arguments
except TypeError as e:
    print("TypeError:", e)
r0 = random.Random(8)
r1 = pickle.loads(pickle.dumps(r0))
print(r1.random() == r0.random(), r0.__reduce__()[0].__name__, r0.__reduce__()[1])

# Constants and errors.
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF, random.Random.VERSION)
for f in (lambda: random.Random(1, 2), lambda: random.Random(y=1), lambda: random.Random.random(3)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
