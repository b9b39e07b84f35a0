# Uncaught KeyError with a tuple key, raised inside a method.
class Registry:
    def __init__(self):
        self.items = {("a", 1): "first"}
    def lookup(self, key):
        return self.items[key]
r = Registry()
print(r.lookup(("a", 1)))
print(r.lookup(("b", 2)))
