# Subclasses of tuple, list, dict (namedtuples too) are subscriptable as their base is.
import collections
Group = collections.namedtuple('Group', 'key group')
A = Group[int, list[int]]
print(A, A.__origin__ is Group, A.__parameters__, A.__args__, type(A(1, [2])), A(1, [2]))
class L(list): pass
class D(dict): pass
print(L[int], D[str, int], L[int]([1]))
class Plain: pass
try: Plain[int]
except TypeError as e: print(e)
