# Uncaught NameError from a typo inside a function.
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl
print("start")
print(compute([1, 2]))
