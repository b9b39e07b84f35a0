import queue
import time

print(queue.__all__)
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait("x")
print(q.get_nowait(), q.get(), q.get(), q.get(block=False) if not q.empty() else "empty")
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty again")
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("timed out", time.monotonic() - t0 >= 0.04)
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put(3, block=True, timeout=-0.5)
except ValueError as e:
    print(type(e).__name__, e)
print(b.unfinished_tasks)
b.task_done(); b.task_done()
try:
    b.task_done()
except ValueError as e:
    print(type(e).__name__, e)
b.join()
print("joined")

l = queue.LifoQueue()
for c in "abc":
    l.put(c)
print([l.get() for _ in range(3)])

p = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    p.put(item)
print([p.get_nowait() for _ in range(4)])

s = queue.SimpleQueue()
s.put(1); s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue timed out")

class Bounded(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop()

bq = Bounded()
bq.put(1); bq.put(2)
print(bq.get(), bq.get(), bq.queue)
print(queue.Queue[int], issubclass(queue.Full, Exception))
