import asyncio
def show(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", repr(e), [repr(x) for x in getattr(e, "exceptions", [])])

def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
show(a)

def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("V", repr(e))
show(b)

def c():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked ->", repr(e))
show(c)

def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
show(d)

def e():
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
show(e)

def g():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
show(g)

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
    except* (ValueError, OSError) as e:
        print("both", repr(e))
show(h)
def i():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
show(i)


async def fail(n, exc):
    await asyncio.sleep(0.01 * n)
    raise exc

async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            tg.create_task(fail(2, ValueError("bad value")))
            tg.create_task(fail(3, KeyError("missing")))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])
    print("after")

asyncio.run(main())

def nested():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [TypeError(i)])
        except* TypeError as e:
            print("loop", i, repr(e))
nested()
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled V")
except* OSError as e:
    print("outer handled", repr(e))
