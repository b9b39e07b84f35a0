class D:
    def __get__(self, o, t=None):
        return ("got", o is not None, t.__name__)
class A:
    x = D()
class B(A):
    def f(self):
        return super().x
    @classmethod
    def g(cls):
        return super().x
print(B().f(), B.g())
