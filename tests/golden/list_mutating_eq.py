# An __eq__ (or sort key) that changes the list being searched: the search reads
# the list afresh at each step, as CPython does, and never fails otherwise.
class Clear:
    def __init__(self, l, result):
        self.l, self.result = l, result
    def __eq__(self, o):
        self.l.clear()
        return self.result
    def __repr__(self):
        return "Clear"

def run(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

for result in (True, False):
    l = [1, 2, 3]
    run(f"in {result}", lambda: (Clear(l, result) in l, l))
    l = [1, 2, 3]
    run(f"remove {result}", lambda: (l.remove(Clear(l, result)), l))
    l = [1, 2, 3]
    run(f"index {result}", lambda: (l.index(Clear(l, result)), l))
    l = [1, 2, 3]
    run(f"index bounds {result}", lambda: (l.index(Clear(l, result), -2, 10), l))
    l = [1, 2, 3]
    run(f"count {result}", lambda: (l.count(Clear(l, result)), l))
    l = [1, 2, 3]
    run(f"tuple {result}", lambda: ((Clear(l, result),) == (1,), l))
    l = [1, 2, 3]
    run(f"list == {result}", lambda: ([Clear(l, result), 5] == l, l))

# The list items' own __eq__ changing the list.
class Grow:
    def __init__(self, l):
        self.l = l
    def __eq__(self, o):
        if len(self.l) < 10:
            self.l.append(0)
        return False
l = []
l.extend([Grow(l), Grow(l)])
print(9 in l, len(l), l.count(9), len(l))
class Shrink:
    def __init__(self, l):
        self.l = l
    def __eq__(self, o):
        if self.l:
            self.l.pop()
        return False
l = []
l.extend([Shrink(l) for _ in range(6)])
print(l.count(1), len(l))
l = []
l.extend([Shrink(l) for _ in range(6)])
run("remove shrink", lambda: l.remove(1))
print(len(l))

# Sorting with a key function that changes the list.
l = [3, 1, 2]
def appends(x):
    l.append(x)
    return x
run("sort append", lambda: l.sort(key=appends))
print(l)
l = [3, 1, 2]
def clears(x):
    l.clear()
    return x
run("sort clear", lambda: l.sort(key=clears))
print(l)
l = [3, 1, 2]
def fails(x):
    raise KeyError(x)
run("sort raises", lambda: l.sort(key=fails))
print(l)
