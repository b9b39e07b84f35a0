# A class defining __eq__ without __hash__ gets __hash__ = None (only at class creation).
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash() == 1, NoHash.__hash__ is None, "__hash__" in NoHash.__dict__)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class Sub(NoHash):
    pass
try:
    hash(Sub())
except TypeError as e:
    print("TypeError:", e)
class Rehash(NoHash):
    def __hash__(self):
        return 7
print(hash(Rehash()))
class Later:
    pass
Later.__eq__ = lambda self, o: True
later = Later()
print(hash(later) == hash(later), Later.__hash__ is None)
class Both:
    def __eq__(self, o): return False
    def __hash__(self): return 3
print(hash(Both()))
class Exp(Exception):
    def __eq__(self, o): return True
try:
    {Exp(): 1}
except TypeError as e:
    print("TypeError:", e)
print(vars(NoHash).get("__hash__", "absent"))
