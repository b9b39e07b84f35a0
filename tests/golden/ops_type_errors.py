def t1():
    x = 1
    x += 'a'
def t2():
    x = 1.5
    x &= 2
def t3(): return 1.5 & 2
def t4(): return True @ 1
def t5(): return 1 @ 2
def t6(): return 2 << 1.0
def t7():
    x = [1]
    x += 3
def t8():
    s = 'a'
    s += 1
def t9():
    x = None
    x -= 1
def t10(): return 1 | 2.0
for f in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
for a, b in [(1.5, "ab"), ("ab", 1.5), (None, [1]), ((1,), "x"), ("x", "y")]:
    try:
        print(a * b)
    except TypeError as e:
        print(e)
