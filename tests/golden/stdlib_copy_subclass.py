import copy

# subclasses of builtins
class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
m2 = copy.deepcopy(ml)
print(type(m2).__name__, m2, m2.tag, m2[1] is ml[1])
m3 = copy.copy(ml)
print(type(m3).__name__, m3, m3[1] is ml[1])
class MyDict(dict):
    pass
md = MyDict()
md["k"] = [1]
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2["k"] is md["k"])
class MyInt(int):
    pass
mi = copy.copy(MyInt(7))
print(type(mi).__name__, mi)

