# Uncaught ZeroDivisionError deep in a call chain, after some output.
def ratio(a, b):
    return a / b
def average(xs):
    return ratio(sum(xs), len(xs))
print(average([1, 2, 3]))
print(7 // 2, 7 % 3)
print(average([]))
print("not reached")
