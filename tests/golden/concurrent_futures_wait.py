# concurrent.futures.wait / as_completed over calls that block in natives
# (time.sleep, hashing, zlib): coil runs those on worker threads.
import concurrent.futures as cf
import hashlib
import time
import zlib

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    start = time.monotonic()
    sleeps = [ex.submit(time.sleep, 0.2) for _ in range(4)]
    done, not_done = cf.wait(sleeps)
    # Four 0.2 s sleeps at once take about 0.2 s, not 0.8 s.
    print(len(done), len(not_done), time.monotonic() - start < 0.6)

    slow = ex.submit(time.sleep, 0.5)
    quick = ex.submit(time.sleep, 0.01)
    done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError")
    print(slow.result(), slow.done())

    fs = [ex.submit(time.sleep, 0.05), ex.submit(int, "x"), ex.submit(time.sleep, 0.3)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(fs[1] in done, fs[2] in not_done)

    try:
        for f in cf.as_completed([ex.submit(time.sleep, 0.5)], timeout=0.05):
            pass
    except cf.TimeoutError as e:
        print("as_completed:", e)

    order = []
    fs = [ex.submit(time.sleep, d) for d in (0.3, 0.02)]
    for f in cf.as_completed(fs):
        order.append(fs.index(f))
    print(order)

    try:
        ex.submit(time.sleep, -1).result()
    except ValueError as e:
        print("ValueError", e)

    h = ex.submit(hashlib.sha256, b"abc" * 1000).result()
    print(h.hexdigest() == hashlib.sha256(b"abc" * 1000).hexdigest(), h.name)
    m = hashlib.md5(b"a")
    ex.submit(m.update, b"bc").result()
    print(m.hexdigest() == hashlib.md5(b"abc").hexdigest())
    packed = ex.submit(zlib.compress, b"spam" * 500, 9).result()
    print(ex.submit(zlib.decompress, packed).result() == b"spam" * 500)
    try:
        ex.submit(zlib.decompress, b"not zlib").result()
    except zlib.error as e:
        print("zlib.error", e)

    calls = []
    f = ex.submit(time.sleep, 0.05)
    f.add_done_callback(lambda fut: calls.append(fut.exception()))
    print(list(ex.map(time.sleep, [0.01, 0.01])))
    ex.shutdown(wait=True)
    print(f.done(), calls)

# max_workers=1: offloaded calls run one after another, queued ones can be cancelled.
with cf.ThreadPoolExecutor(max_workers=1) as one:
    start = time.monotonic()
    fs = [one.submit(time.sleep, 0.1) for _ in range(3)]
    print(fs[2].cancel(), fs[2].cancelled())
    cf.wait(fs[:2])
    print(time.monotonic() - start >= 0.19, [f.done() for f in fs])
    r, w = __import__("os").pipe()
    for i in range(5):
        one.submit(__import__("os").write, w, bytes([65 + i]))
print(__import__("os").read(r, 10))
