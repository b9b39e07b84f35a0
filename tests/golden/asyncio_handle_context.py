# Handles: call_soon / call_later / call_at / call_soon_threadsafe run their
# callback in a copy of the context current when they were scheduled (or in
# the context= given); Handle / TimerHandle classes, reprs and attributes;
# the slow-callback warning of debug mode.
import asyncio, contextvars, logging, os, re, time

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

var = contextvars.ContextVar("var", default="default")


def report(tag):
    print(tag, var.get())
    var.set("changed by " + tag)


def clean(text):
    text = text.replace(HERE, "")
    return re.sub(r"when=[0-9.e+]+", "when=T", re.sub(r"took [0-9.]+ seconds", "took N seconds", text))


async def main():
    loop = asyncio.get_running_loop()
    var.set("at schedule")
    loop.call_soon(report, "soon")
    loop.call_later(0.001, report, "later")
    loop.call_at(loop.time() + 0.002, report, "at")
    loop.call_soon_threadsafe(report, "threadsafe")
    var.set("after schedule")
    ctx = contextvars.Context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(report, "given", context=ctx)
    loop.call_later(0, report, "given later", context=ctx)
    await asyncio.sleep(0.01)
    print("main still sees", var.get(), "; ctx has", ctx[var])

    h = loop.call_soon(print, 1)
    th = loop.call_later(10, print, "x")
    print(type(h) is asyncio.Handle, type(th) is asyncio.TimerHandle, isinstance(th, asyncio.Handle))
    print(asyncio.TimerHandle.__mro__, asyncio.Handle.__module__)
    print(clean(repr(h)), clean(repr(th)))
    print(h._callback, h._args, h._loop is loop, type(h._context).__name__)
    print(th.when() == th._when, th.cancelled())
    th.cancel()
    h.cancel()
    print(clean(repr(h)), clean(repr(th)), th.cancelled(), h._callback, h._args)

    def fn(a, b=2):
        pass
    h = loop.call_soon(fn, "s", [1, 2])
    print(clean(repr(h)))
    h.cancel()

    # Built directly, as the loop does.
    ctx2 = contextvars.copy_context()
    made = asyncio.Handle(report, ("built",), loop, ctx2)
    print(clean(repr(made)), made._context is ctx2)
    made._run()
    print("ctx2 now", ctx2[var], "; main", var.get())
    tm = asyncio.TimerHandle(123.5, report, ("timer",), loop)
    print(clean(repr(tm)), tm.when())

    # An exception in a callback goes to the exception handler, with the handle.
    def bad():
        raise KeyError("k")
    got = []
    loop.set_exception_handler(lambda l, c: got.append((c["message"], type(c["exception"]).__name__, repr(c["handle"]))))
    loop.call_soon(bad)
    await asyncio.sleep(0)
    print(clean(str(got)))
    loop.set_exception_handler(None)


asyncio.run(main())


# Debug mode: callbacks slower than slow_callback_duration are logged.
class Collect(logging.Handler):
    def emit(self, record):
        print("LOG", record.levelname, record.name, clean(record.getMessage()))


logging.getLogger("asyncio").addHandler(Collect())


def slow():
    time.sleep(0.06)


async def debug_main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.slow_callback_duration = 0.05
    print(loop.slow_callback_duration)
    loop.call_soon(slow)
    loop.call_soon(print, "fast one")
    await asyncio.sleep(0.1)
    loop.set_debug(False)
    loop.call_soon(slow)
    await asyncio.sleep(0.1)
    print("no report when debug is off")


asyncio.run(debug_main(), debug=True)
print(asyncio.new_event_loop().slow_callback_duration)
