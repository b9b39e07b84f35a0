# Unbounded recursion ends in RecursionError, not a crash.
def down(n):
    return down(n + 1) + 1
def safe():
    try:
        down(0)
    except RecursionError as e:
        return str(e)
print(safe())
print(safe())
down(0)
