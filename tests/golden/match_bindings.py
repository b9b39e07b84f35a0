# Or-patterns, as-patterns, guards, when names get bound, and match inside
# functions, closures, class bodies, loops, generators and coroutines.
import asyncio


def alt(v):
    match v:
        case [x, 1] | [1, x]:
            return f"pair with a one, other {x}"
        case (a, b, "ab") | (b, a, "ba"):
            return f"a={a} b={b}"
        case {"p": p, "q": q} | [q, p, "map-like"]:
            return f"p={p} q={q}"
        case 1 | 2 | 3:
            return "small"
        case (4 | 5) as n:
            return f"four or five: {n}"
        case [(6 | 7) as first, *rest] as whole:
            return f"first={first} rest={rest} whole={whole}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "other"


for v in [[7, 1], [1, 8], (1, 2, "ab"), (1, 2, "ba"), {"p": 1, "q": 2}, [3, 4, "map-like"], 2, 5, [6, 0, 0], [7],
          "s", b"b", 9.5]:
    print(repr(v), "->", alt(v))


# A failed pattern binds nothing; a matched pattern binds even when the guard fails.
def bindings():
    match [1, 2]:
        case [p, 3]:
            pass
        case [g, h] if g > h:
            pass
        case _:
            pass
    try:
        print("p =", p)
    except NameError as e:
        print("NameError:", e)
    print("g, h =", g, h)


try:
    bindings()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

match (10, 20):
    case (first, 99):
        pass
    case _:
        pass
try:
    print(first)
except NameError as e:
    print("NameError:", e)


# Guards run in order, see the captures, and can use walrus.
calls = []


def logged(tag, result):
    calls.append(tag)
    return result


match 5:
    case int(n) if logged("first", n > 10):
        print("big")
    case int(n) if logged("second", (half := n // 2) > 1):
        print("n =", n, "half =", half)
print(calls)


# Nested patterns.
def tree_sum(t):
    match t:
        case None:
            return 0
        case (left, value, right):
            return tree_sum(left) + value + tree_sum(right)
        case [[a, b], [c, d]]:
            return a + b + c + d
        case {"node": {"value": v, "kids": [*kids]}}:
            return v + sum(tree_sum(k) for k in kids)
        case int(n):
            return n


print(tree_sum(((None, 1, None), 2, (None, 3, (None, 4, None)))))
print(tree_sum([[1, 2], [3, 4]]))
print(tree_sum({"node": {"value": 10, "kids": [1, 2, {"node": {"value": 5, "kids": []}}]}}))


# break, continue and return inside case bodies.
def scan(items):
    out = []
    for item in items:
        match item:
            case "stop":
                break
            case "skip":
                continue
            case ("ret", value):
                return out, value
            case _:
                out.append(item)
        out.append("|")
    return out, None


print(scan([1, "skip", 2, "stop", 3]))
print(scan([1, ("ret", 42), 3]))
i = 0
while True:
    i += 1
    match i:
        case 1 | 2:
            continue
        case 5:
            break
    print("loop", i)


# Closures and class bodies.
def outer(v):
    match v:
        case [x, y]:
            return lambda: x * y
    return lambda: None


print(outer([6, 7])())


class Config:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, **others}:
            pass
    extra = others


print(Config.mode, Config.extra)


# Generators and coroutines.
def gen(items):
    for it in items:
        match it:
            case [a, b]:
                yield a + b
            case x:
                yield x


print(list(gen([[1, 2], 5, (3, 4)])))


async def classify(v):
    await asyncio.sleep(0)
    match await asyncio.sleep(0, result=v):
        case {"ok": value}:
            return f"ok {value}"
        case {"error": msg}:
            return f"error {msg}"


async def main():
    print(await classify({"ok": 1}), await classify({"error": "bad"}))


asyncio.run(main())


# The subject is evaluated once; a tuple subject.
def subject():
    calls.append("subject")
    return 3


calls.clear()
match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three")
print(calls)

a, b = 1, "x"
match a, b:
    case (1, "y"):
        print("no")
    case 1, str() as s:
        print("tuple subject", s)
match *[1, 2], 3:
    case [*init, last]:
        print(init, last)

# Nested match statements and a match with no matching case.
for v in [(1, "a"), (2, "b"), (3, "c")]:
    match v:
        case (n, tag) if n < 3:
            match tag:
                case "a":
                    print("one-a")
                case _:
                    print("small", tag)
match 0:
    case 1:
        print("unreachable")
print("done")
