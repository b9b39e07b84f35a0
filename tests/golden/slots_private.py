# Private names in __slots__ are mangled as CPython does (`__s` in class C is `_C__s`).
class MySet:
    __slots__ = ['__s', 'plain', '__dunder__']
    def __init__(self):
        self.__s = {1}
        self.plain = 2
        self.__dunder__ = 3
    def get(self):
        return self.__s
m = MySet()
print(m.get(), m.plain, m.__dunder__, m._MySet__s)
try:
    m.__s = 5
except AttributeError as e:
    print(e)
try:
    m.other = 1
except AttributeError as e:
    print(e)
class _Under:
    __slots__ = ('__x',)
    def __init__(self): self.__x = 1
print(_Under()._Under__x)
