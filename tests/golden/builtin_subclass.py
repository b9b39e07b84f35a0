# Subclasses of builtin types: int, list, str, dict (with __missing__).
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi).__name__, isinstance(mi, int), type(mi + 1).__name__)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), ml[1:3])
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", len(MyStr("abc")))
class MyDict(dict):
    def __missing__(self, k):
        return f"missing {k}"
md = MyDict(a=1)
print(md["a"], md["zz"], len(md))
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}C"
c = Celsius(21.5)
print(c, c + 1, isinstance(c, float), repr(c))
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
st = Stack()
st.push(1).push(2)
print(st, len(st), st.pop(), st == [1], type(st).__name__)
class Tup(tuple):
    @property
    def first(self):
        return self[0]
print(Tup((7, 8)).first, Tup([1]) + (2,), len(Tup("abc")))
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
cn = Cnt()
for ch in "abca":
    cn[ch] += 1
print(cn, sorted(cn.items()))
