from graphlib import TopologicalSorter, CycleError

ts = TopologicalSorter()
ts.add("D", "B", "C")
ts.add("C", "A")
ts.add("B", "A")
print(list(ts.static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))

ts = TopologicalSorter({"x": ["y", "z"], "y": ["z"]})
ts.prepare()
while ts:
    ready = ts.get_ready()
    print("ready", ready, ts.is_active())
    ts.done(*ready)
print(bool(ts))

for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [3], 3: [4], 4: [2]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))

ts = TopologicalSorter({1: [2]})
for call in [ts.get_ready, ts.is_active, lambda: ts.done(1)]:
    try:
        call()
    except ValueError as e:
        print(e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add(3), lambda: ts.done(9), lambda: ts.done(1)]:
    try:
        call()
    except ValueError as e:
        print(e)
print(ts.get_ready())
ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print(e)
print(ts.get_ready(), ts.get_ready())
print(TopologicalSorter[int])
