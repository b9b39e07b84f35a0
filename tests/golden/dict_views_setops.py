d = {1: "a", 2: "b", 3: "c"}
e = {2: "b", 4: "d"}
print(d.keys() & {1, 5}, {} .keys() & {1})
print(d.keys() | [9], d.keys() - e.keys(), d.keys() ^ e.keys())
print([2, 7] & d.keys() if False else {2, 7} & d.keys(), (2, 7) | d.keys())
print(d.items() & e.items(), sorted(d.items() - {(1, "a")}))
print(d.keys() == {1, 2, 3}, d.keys() == {1}, d.keys() != {1}, d.keys() == [1, 2, 3])
print(d.keys() <= {1, 2, 3, 4}, d.keys() < {1, 2, 3}, d.keys() >= {1}, {1} < d.keys())
print(d.items() == {(1, "a"), (2, "b"), (3, "c")}, d.keys() == e.keys(), {2: 0}.keys() <= d.keys())
print(d.keys().isdisjoint([7, 8]), d.keys().isdisjoint({1}), d.items().isdisjoint([(1, "a")]))
print(d.values() == d.values())
for expr in ["d.values() & {1}", "d.keys() & 1", "{1: []}.items() & {(1, 2)}", "d.keys() < [1]", "d.keys().isdisjoint(1)"]:
    try:
        print(eval(expr))
    except Exception as ex:
        print(type(ex).__name__, ex)
