# Argument errors of asyncio's natives moved to declared signatures: the
# methods of Event, Queue, the event loop, futures, tasks and handles, and
# the module's functions (Python functions in CPython, named as those).
import asyncio


def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


loop = asyncio.new_event_loop()
fut = loop.create_future()
handle = loop.call_later(10, print)
calls = [
    ("Event.clear arg", lambda: asyncio.Event().clear(1)),
    ("Event.is_set kw", lambda: asyncio.Event().is_set(x=1)),
    ("Queue.put none", lambda: asyncio.Queue().put()),
    ("Queue.put_nowait many", lambda: asyncio.Queue().put_nowait(1, 2)),
    ("Queue.qsize arg", lambda: asyncio.Queue().qsize(1)),
    ("loop.call_soon none", lambda: loop.call_soon()),
    ("loop.call_soon bad kw", lambda: loop.call_soon(print, ctx=None)),
    ("loop.call_later one", lambda: loop.call_later(1)),
    ("loop.time arg", lambda: loop.time(1)),
    ("loop.is_closed kw", lambda: loop.is_closed(x=1)),
    ("loop.run_until_complete none", lambda: loop.run_until_complete()),
    ("loop.create_task none", lambda: loop.create_task()),
    ("future.set_result none", lambda: fut.set_result()),
    ("future.done arg", lambda: fut.done(1)),
    ("future.add_done_callback bad kw", lambda: fut.add_done_callback(print, ctx=None)),
    ("future.cancel many", lambda: fut.cancel(1, 2)),
    ("handle.cancel arg", lambda: handle.cancel(1)),
    ("handle.when kw", lambda: handle.when(x=1)),
    ("sleep bad kw", lambda: asyncio.sleep(x=1)),
    ("sleep none", lambda: asyncio.sleep()),
    ("gather bad kw", lambda: asyncio.gather(ret=1)),
    ("ensure_future none", lambda: asyncio.ensure_future()),
    ("iscoroutine many", lambda: asyncio.iscoroutine(1, 2)),
    ("set_event_loop none", lambda: asyncio.set_event_loop()),
    ("get_running_loop arg", lambda: asyncio.get_running_loop(1)),
]
for label, thunk in calls:
    attempt(label, thunk)
handle.cancel()
loop.close()
print(asyncio.Future.set_result.__text_signature__, asyncio.Future.cancel.__text_signature__)
