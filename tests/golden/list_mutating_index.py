class I:
    def __init__(self, l): self.l = l
    def __index__(self):
        self.l.clear()
        return 0
tests = [
 "l = [1,2,3]; print(l[I(l)])",
 "l = [1,2,3]; l[I(l)] = 5; print(l)",
 "l = [1,2,3]; l[I(l)] += 5; print(l)",
 "l = [1,2,3]; del l[I(l)]; print(l)",
 "l = [1,2,3]; print(l.pop(I(l)))",
 "l = [1,2,3]; print(l[I(l):2])",
 "l = [1,2,3]; l[I(l):2] = [9]; print(l)",
 "l = [1,2,3]; del l[I(l):2]; print(l)",
 "l = [1,2,3]; l.insert(I(l), 7); print(l)",
 "l = [1,2,3,4]; print(l[::I(l) or 1])",
 "l = [3,1,2]; l.sort(key=lambda x: l.clear() or x); print(l)",
 "l = [1,2,3]; print(l.index(2, I(l)))",
]
for t in tests:
    try:
        exec(t)
    except Exception as e:
        print(type(e).__name__, e)
more = [
 "l = [1,2,3,4,5]; l[I(l):5:2] = []; print(l)",
 "l = [1,2,3,4,5]; del l[::I(l) or 2]; print(l)",
 "l = [1,2,3,4,5]; print(l[I(l)::-1])",
 "l = [1,2,3]; print(l.pop(-1), l.pop(I(l)) if l else 'empty')",
]
for t in more:
    try:
        exec(t)
    except Exception as e:
        print(type(e).__name__, e)
