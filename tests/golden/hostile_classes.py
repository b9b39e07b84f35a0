# One program per hostile class of issue 19 whose outcome shows in the output:
# sizes, huge ints and ranges, callbacks that mutate, async generator misuse.
import asyncio
import math
import sys


def attempt(label, f):
    try:
        r = f()
    except BaseException as e:  # noqa: BLE001 - the exception type is the point
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r if not isinstance(r, (str, bytes, list)) or len(r) < 50 else len(r))


# Sizes a script controls: MemoryError or OverflowError, never an abort, and O(1) when empty.
attempt("zfill", lambda: "a".zfill(10**12))
attempt("bzfill", lambda: b"1".zfill(10**12))
attempt("ljust", lambda: "x".ljust(2**63))
attempt("expandtabs", lambda: "\t".expandtabs(10**12))
attempt("list-range", lambda: list(range(10**12)))
attempt("shift", lambda: 1 << 2**64)
attempt("empty-repeat", lambda: ([] * 10**12, "" * 10**12, () * 10**12, b"" * 10**12))
attempt("chr", lambda: chr(2**63))
attempt("int-base", lambda: int("1", 2**63))
attempt("recursionlimit", lambda: sys.setrecursionlimit(-1))
attempt("recursionlimit-big", lambda: sys.setrecursionlimit(2**70))

# Ranges over any ints.
big = range(10**30)
attempt("range-index", lambda: big[10**29])
attempt("range-neg", lambda: big[-1])
attempt("range-in", lambda: (10**29 in big, -1 in big, True in range(3), 2.0 in range(3)))
attempt("range-len", lambda: len(big))
attempt("range-len-i64", lambda: len(range(-2**63, 2**63 - 1)))
attempt("range-slice", lambda: big[10**29 :: 10**28])
attempt("range-count", lambda: (big.count(5), big.index(10**29 + 7)))
attempt("range-rev", lambda: list(reversed(range(2**63 - 3, 2**63 + 2))))
attempt("range-eq", lambda: (range(0) == range(5, 2), {range(3): 1}[range(0, 3)]))

# Numbers: linear gcd/lcm folds, big powers, float keys.
attempt("lcm", lambda: math.lcm(*range(1, 3000)) % 1000003)
attempt("gcd", lambda: math.gcd(2**200 * 3, 6, 9))
attempt("comb-overflow", lambda: math.comb(2**70, 2**69))
attempt("perm-overflow", lambda: math.perm(2**70, 2**69))
attempt("float-keys", lambda: len({i + 0.5: i for i in range(50000)}))


# A list whose index callback clears it, and an __eq__ that empties it.
class Clearing:
    def __init__(self, target):
        self.target = target

    def __index__(self):
        self.target.clear()
        return 0

    def __eq__(self, other):
        self.target.clear()
        return False


victim = [1, 2, 3]
attempt("index-clears", lambda: victim[Clearing(victim)])
victim = [1, 2, 3]
attempt("setitem-clears", lambda: victim.__setitem__(Clearing(victim), 5))
victim = [1, 2, 3]
attempt("pop-clears", lambda: victim.pop(Clearing(victim)))
victim = [1, 2, 3]
attempt("remove-clears", lambda: victim.remove(Clearing(victim)))


# An async generator refuses a second operation while one is in progress.
async def agen():
    try:
        yield 1
        await asyncio.sleep(0.01)
        yield 2
    finally:
        await asyncio.sleep(0)


async def main():
    g = agen()
    await g.__anext__()
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    for label, op in [("anext", g.__anext__), ("athrow", lambda: g.athrow(ValueError)), ("aclose", g.aclose)]:
        try:
            await op()
        except RuntimeError as e:
            print(label, e)
    print("first", await first, g.ag_running)
    await g.aclose()


asyncio.run(main())
