import sched

clock = [0.0]
log = []

def now():
    return clock[0]

def sleep(t):
    log.append(("sleep", t))
    clock[0] += t

def act(name, **kw):
    log.append((name, clock[0], kw))

s = sched.scheduler(now, sleep)
e1 = s.enter(5, 2, act, ("five-low",))
e2 = s.enter(5, 1, act, ("five-high",))
e3 = s.enterabs(2, 1, act, argument=("two",), kwargs={"k": 1})
e4 = s.enter(7, 1, act, ("seven",))
print(e3._replace(action=None))
print([ev.argument for ev in s.queue], s.empty())
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print("ValueError", e)
print(s.run(blocking=False), log)
s.run()
print(log, s.empty(), s.run(blocking=False))
print(sched.Event._fields, sched.__all__)
print(e1 < e2, e2 < e1, sched.Event(1, 1, 0, None, (), {}) < sched.Event(1, 2, 1, None, (), {}))
