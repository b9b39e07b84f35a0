# The first coil program: functions, f-strings, a class and a generator.
def greet(name):
    return f"Hello, {name}!"


class Counter:
    def __init__(self):
        self.count = 0

    def tick(self):
        self.count += 1
        return self.count


def squares(n):
    for i in range(n):
        yield i * i


print(greet("world"))
c = Counter()
print([c.tick() for _ in range(3)], list(squares(5)))
