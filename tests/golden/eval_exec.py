x = 10
print(eval("x + 1"), eval("  x * 2"), eval("[i * i for i in range(4)]"))
exec("y = x + 5")
print(y)
def f(a):
    b = 3
    print(eval("a + b"), eval("x"))
    exec("c = a * 2")
    print(a)
f(4)
g = {}
exec("def h(n):\n    return n + 1\nz = h(1)", g)
print(g["z"], sorted(k for k in g if not k.startswith("__")))
print(eval("q + 1", {"q": 41}), eval("q", {"q": 1}, {"q": 2}))
for src in ["x = 1", "1 +"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
try:
    exec("raise ValueError('boom')")
except ValueError as e:
    print("caught", e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
class C:
    v = 7
    w = eval("v * 2")
print(C.w)
print(list(map(eval, ["1+1", "2*3"])))
exec("print('hi from exec')")
print(eval("x", None, {"x": 99}))
