# random: seeded draws must equal CPython's (MT19937 + random.py algorithms).
import random

for s in [0, 1, 42, -7, 2**64 + 5, 3.5, "hello", b"bytes"]:
    random.seed(s)
    print("seed", repr(s))
    print(" random", random.random(), random.random())
    print(" bits", random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
    print(" randrange", [random.randrange(10) for _ in range(6)], random.randrange(-5, 17), random.randrange(3, 100, 7), random.randrange(100, 3, -9))
    print(" big", random.randrange(10**30), random.randint(-2**62, 2**62))
    print(" randint", [random.randint(1, 6) for _ in range(10)])
    print(" choice", "".join(random.choice("abcdefg") for _ in range(8)), random.choice(range(1000, 2000, 3)))
    deck = list(range(15))
    random.shuffle(deck)
    print(" shuffle", deck)
    print(" sample pool", random.sample(range(30), 5), random.sample("abcdefghij", 4))
    print(" sample set", random.sample(range(10**6), 6), random.sample(range(1000), 3))
    print(" sample counts", random.sample(["x", "y", "z"], k=4, counts=[3, 1, 5]))
    print(" choices", random.choices("abc", k=5), random.choices(range(5), [5, 1, 1, 1, 10], k=6))
    print(" cum", random.choices(range(4), cum_weights=[1, 5, 5, 10], k=6))
    print(" uniform", random.uniform(1, 10), random.uniform(2.5, -1))
    print(" gauss", random.gauss(), random.gauss(10, 2), random.normalvariate(5, 0.5))
    print(" other", random.triangular(0, 10, 2), random.expovariate(1.5), random.gammavariate(2.5, 2.0))
    print(" more", random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(1.0, 4.0))
    print(" bytes", random.randbytes(6))

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print("setstate restores:", a == [random.random() for _ in range(3)])

r = random.Random(2024)
random.seed(2024)
print("Random(2024) matches seed(2024):", r.random() == random.random(), r.randint(1, 99) == random.randint(1, 99))
print(r.sample(range(50), 4), r.choice(["red", "green", "blue"]))

# reseeding resets the generator
random.seed(11)
first = [random.randint(0, 100) for _ in range(5)]
random.seed(11)
print(first, first == [random.randint(0, 100) for _ in range(5)])
