# Sequence and mapping patterns: which subjects they accept, lengths, stars,
# `**rest`, key lookups, and the dict-like and list-like collections.
from collections import OrderedDict, defaultdict, Counter, deque


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [x, *middle, y] if len(middle) > 2:
            return f"long: {x!r} .. {y!r} ({len(middle)} between)"
        case [*_, "end"]:
            return "ends with 'end'"
        case ["start", *tail]:
            return f"start then {tail}"
        case [_, _, *_]:
            return "three or four"
        case _:
            return "not a sequence"


subjects = [[], (), [1], (2,), range(3, 4), [1, 2], (1, 2), range(2), [1, 2, 3, 4, 5],
            ("x", "end"), ["start", 1, 2], [1, 2, 3], "ab", "a", b"ab", bytearray(b"ab") if False else b"",
            {"a": 1}, {1, 2}, 5, None, iter([1, 2]), deque([1, 2]), deque([1, 2, 3, 4, 5, 6])]
for s in subjects:
    print(type(s).__name__, seq(s))

# Star captures are lists, whatever the sequence type.
match (1, 2, 3):
    case (first, *rest):
        print(first, rest, type(rest).__name__)
match range(5):
    case [*init, last]:
        print(init, last)
match "abc":
    case [*chars]:
        print("a str is a sequence?", chars)
    case str(s):
        print("a str is not a sequence pattern subject:", s)

# `*_` with indexing only reads the needed items, even of a huge range.
match range(10 ** 12):
    case [first, second, *_, last]:
        print(first, second, last)

# Open sequence patterns at the top of a case.
match [1, 2, 3]:
    case 1, *rest:
        print("open sequence", rest)
match (4,):
    case x,:
        print("open single", x)


def mapping(v):
    match v:
        case {}:
            if not v:
                return "empty mapping"
            return f"some mapping of {len(v)}"


def mapping2(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "user", "name": str(name), **rest} if rest:
            return f"user {name} with {sorted(rest)}"
        case {"type": "user", "name": name}:
            return f"plain user {name}"
        case {1: one, 2.5: two, None: n, False: t, -3: m3, b"k": bk}:
            return f"odd keys {one} {two} {n} {t} {m3} {bk}"
        case {**everything} if len(everything) == 1:
            return f"single entry {everything}"
        case {}:
            return "another mapping"
        case _:
            return "not a mapping"


for m in [{}, {"a": 1}, [("a", 1)], "abc"]:
    print(mapping(m))
for m in [{"type": "point", "x": 1, "y": 2, "color": "red"}, {"type": "user", "name": "ann", "age": 3, "id": 7},
          {"type": "user", "name": "bob"}, {"type": "user", "name": 5},
          {1: "i", 2.5: "f", None: "n", 1.0: "dup", 0: "t", -3: "m", b"k": "b"},
          {"only": 1}, {"a": 1, "b": 2}, [1], OrderedDict(type="point", x=0, y=0), defaultdict(int, only=3),
          Counter("aab")]:
    print(mapping2(m))

# **rest is a new dict without the matched keys, in the original order.
d = {"b": 2, "a": 1, "c": 3}
match d:
    case {"a": _, **rest}:
        print(rest, rest is d)
match d:
    case {**everything}:
        print(everything, everything == d, everything is d)


# Keys can be dotted names; values are looked up with get, so defaultdict does not grow.
class K:
    A = "a"
    B = "b"


match {"a": 1, "b": 2}:
    case {K.A: 1, K.B: b}:
        print("dotted keys", b)
dd = defaultdict(list)
match dd:
    case {"missing": _}:
        print("found")
    case _:
        print("not found, still", dict(dd))

# A repeated key found at run time is a ValueError; the length check comes first.
for subject in [{"a": 1}, {"a": 1, "b": 2}]:
    try:
        match subject:
            case {K.A: 1, K.A: 2}:
                print("matched")
            case _:
                print("no match")
    except ValueError as e:
        print("ValueError:", e)

# Unhashable keys are TypeErrors.
class L:
    KEY = [1]


try:
    match {"a": 1}:
        case {L.KEY: _}:
            pass
except TypeError as e:
    print("TypeError:", e)


# Sequence elements compared with == (1 == 1.0 == True), singletons with `is`.
match [1.0, True]:
    case [1, 1]:
        print("numbers compare by value")
match [1, 0]:
    case [True, False]:
        print("wrong")
    case [1, False]:
        print("wrong too")
    case [1, 0]:
        print("True and False match only themselves")
