# ExitStack inside a with statement: an exception raised by a callback has
# the exception in flight as its __context__, re-linked through the chain.
from contextlib import ExitStack, AsyncExitStack
import asyncio


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return " <- ".join(out)


def raiser(exc):
    def cb(*a):
        raise exc
    return cb


# an exception in a callback replaces the one in flight
def raiser(exc):
    def cb(*a):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("second")))
        stack.push(raiser(KeyError("first")))
        stack.callback(print, "before raise")
        raise ValueError("body")
except Exception as e:
    print("final:", chain(e))


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("only")))
        raise ValueError("body2")
except Exception as e:
    print("final:", chain(e))


async def main():
    try:
        async with AsyncExitStack() as stack:
            stack.push(raiser(IndexError("second")))

            async def araise(*a):
                raise KeyError("first")

            stack.push_async_exit(araise)
            raise ValueError("body")
    except Exception as e:
        print("async final:", chain(e))


asyncio.run(main())
