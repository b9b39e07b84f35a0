# Instances with __eq__/__hash__ as dict keys and set members: equal objects are the same key.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"V({self.x}, {self.y})"
d = {V(1, 2): "a"}
print(d[V(1, 2)], V(1, 2) in d, V(2, 1) in d, d.get(V(1, 2)))
d[V(1, 2)] = "b"
print(len(d), d)
s = {V(0, 0), V(0, 0), V(1, 1)}
print(len(s), V(1, 1) in s, V(5, 5) in s)
class Str:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s == o
    def __hash__(self):
        return hash(self.s)
print({"key": 1}.get(Str("key")), Str("k") in {"k"}, {Str("k"): 1}.get("k"))
calls = []
class Loud:
    def __eq__(self, o):
        calls.append("eq")
        return True
    def __hash__(self):
        return 7
k1, k2 = Loud(), Loud()
print({k1: 1}[k2], len({k1, k2}), calls.count("eq") >= 1)
print(list({V(1, 1): 0, V(1, 1): 1}.items()), (V(3, 3), 1) in {(V(3, 3), 1)})
