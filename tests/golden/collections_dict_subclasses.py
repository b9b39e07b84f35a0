# defaultdict, OrderedDict and Counter are real dict subclasses; UserDict,
# UserList and UserString wrap a builtin value.
import copy
import json
from collections import (Counter, OrderedDict, UserDict, UserList,
                         UserString, defaultdict)


def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


for kind in (OrderedDict, defaultdict, Counter):
    print(kind.__name__, kind.__mro__, issubclass(kind, dict),
          isinstance(kind(), dict))

# json sees them as dicts
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])))
print(json.dumps(Counter('abracadabra'), sort_keys=True))
dd = defaultdict(list)
dd['x'].append(1)
print(json.dumps({'outer': dd}))

# -- OrderedDict ---------------------------------------------------------
od = OrderedDict.fromkeys('abcde', 0)
print(od, repr(OrderedDict()))
od.move_to_end('b')
od.move_to_end('d', last=False)
print(list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
print(od.keys() == {'a', 'c', 'e'}, od.keys() & {'a', 'z'})
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == {'a': 1, 'b': 2})
print(x | {'c': 3}, type(x | {'c': 3}).__name__, {'c': 3} | x)
x |= {'z': 0}
print(x, x.copy(), copy.copy(x), copy.deepcopy(x))
print(x.setdefault('q', 5), x.pop('a'), x.pop('nope', 'dflt'), x)
x['b'] = 20
print(x, json.dumps(x))
attempt('move missing', lambda: OrderedDict().move_to_end('k'))
attempt('popitem empty', lambda: OrderedDict().popitem())
attempt('too many', lambda: OrderedDict(1, 2))
attempt('update too many', lambda: OrderedDict().update(1, 2))

# -- defaultdict -----------------------------------------------------------
d = defaultdict(list, {'a': [1]})
d['b'].append(2)
d['c']
print(d, d.default_factory, isinstance(d, dict))
print(d.get('zz'), 'zz' in d, d.__missing__('w'), sorted(d))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))
n = defaultdict()
print(n, n.default_factory)
attempt('no factory', lambda: n['k'])
attempt('bad factory', lambda: defaultdict(1))
c2 = d.copy()
print(type(c2).__name__, c2.default_factory, c2 == d, c2 is d)
print(copy.copy(d), copy.deepcopy(d))
merged = d | {'z': [0]}
print(merged, type(merged).__name__, merged.default_factory)
print({'z': [0]} | d)
d.default_factory = set
d['s'].add(1)
print(d)

# -- Counter ---------------------------------------------------------------
c = Counter('abracadabra')
print(c, c['a'], c['zzz'], 'zzz' in c)
print(c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()))
c.subtract('aab')
c.subtract({'r': 5})
print(c)
c.update({'r': 10}, q=1)
c.update(['x', 'x'])
print(c)
p = Counter(a=3, b=1, c=-2)
q = Counter(a=1, b=2, d=4)
print(p + q, p - q, p | q, p & q, +p, -p)
r = Counter(a=3, b=1)
r += Counter(b=-5, e=2)
print(r)
r -= Counter(a=1)
r |= Counter(a=9)
r &= Counter(a=4, e=1)
print(r)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1),
      Counter(a=2) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=1))
print(Counter(a=1) == {'a': 1}, Counter(a=0) == {}, Counter(a=1) | {'b': 2})
attempt('lt dict', lambda: Counter() < {})
attempt('add dict', lambda: Counter() + {})
attempt('fromkeys', lambda: Counter.fromkeys('ab'))
del c['nope']
print(Counter(), repr(Counter({'b': 1, 'a': 3})), copy.copy(Counter(a=2)))

# -- UserDict --------------------------------------------------------------
class Loud(UserDict):
    def __missing__(self, key):
        return key * 2

u = UserDict({'a': 1}, b=2)
print(u, len(u), list(u), 'a' in u, u.get('z'), isinstance(u, dict))
print(u | {'c': 3}, {'c': 3} | u, type(u | {}).__name__)
u |= {'d': 4}
del u['a']
print(u, u.copy(), UserDict.fromkeys('xy', 0), u.data)
L = Loud(k=1)
print(L['k'], L['ab'], L.get('ab'), type(L.copy()).__name__)
attempt('missing', lambda: u['nope'])

# -- UserList --------------------------------------------------------------
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul[0], ul + [9], [9] + ul, ul * 2)
print(ul == [0, 1, 2, 3], ul < [5], ul == UserList([0, 1, 2, 3]))
ul.extend(UserList([7]))
ul.insert(0, -1)
ul += (8,)
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(1), len(ul), 2 in ul)
print(list(reversed(ul)), ul.copy(), isinstance(ul, list), ul.data)
attempt('remove', lambda: ul.remove(99))

# -- UserString ------------------------------------------------------------
s = UserString('Hello')
print(s, repr(s), s.upper(), type(s.upper()).__name__, s.find('l'), s.split('l'))
print(s + '!', '>' + s, s * 2, s[1:3], type(s[1]).__name__, s == 'Hello', 'ell' in s)
print(hash(s) == hash('Hello'), int(UserString('7')), float(UserString('1.5')))
print(s.format(), type(s.format()).__name__, s.join('ab'), s.center(9, '*'))
print(s.replace(UserString('l'), 'L'), sorted([UserString('b'), UserString('a')]))
print(UserString(42), UserString('%s!') % 'hi', s.startswith('He'), isinstance(s, str))
