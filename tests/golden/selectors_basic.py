# selectors over pipes: registration, lookups, errors, select() readiness.
import os
import selectors

r, w = os.pipe()
NAMES = {r: "R", w: "W"}


def show(value):
    text = str(value)
    for fd, name in NAMES.items():
        text = text.replace(f"fileobj={fd},", f"fileobj={name},").replace(f"fd={fd},", f"fd={name},")
    return text


def err(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        text = str(e)
        if not text.startswith("Invalid events"):
            for fd, name in NAMES.items():
                text = text.replace(str(fd), name)
        print("  ", type(e).__name__, text)
    else:
        print("   no error")


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "<Wrapped>"


class BadFileno:
    def fileno(self):
        return "three"

    def __repr__(self):
        return "<BadFileno>"


print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey._fields)
print(issubclass(selectors.SelectSelector, selectors.BaseSelector),
      issubclass(selectors.PollSelector, selectors.BaseSelector),
      issubclass(selectors.DefaultSelector, selectors.BaseSelector))
print(sorted(selectors.BaseSelector.__abstractmethods__))
err(selectors.BaseSelector)

for label, cls in (("select", selectors.SelectSelector), ("poll", selectors.PollSelector),
                   ("default", selectors.DefaultSelector)):
    print("--", label)
    sel = cls()
    key = sel.register(r, selectors.EVENT_READ, "reader")
    print(show(key), isinstance(key, selectors.SelectorKey), isinstance(key, tuple))
    print("register errors:")
    err(sel.register, r, selectors.EVENT_READ)
    err(sel.register, w, 0)
    err(sel.register, w, 4)
    err(sel.register, w, selectors.EVENT_WRITE | 8)
    err(sel.register, "a", 1)
    err(sel.register, -5, 1)
    err(sel.register, 2.5, 1)
    err(sel.register, BadFileno(), 1)
    err(sel.register, Wrapped(r), 2)
    print("lookups:")
    mapping = sel.get_map()
    print(len(mapping), [NAMES[fd] for fd in mapping], r in mapping, w in mapping)
    print(show(mapping[r]), mapping.get(w), mapping[Wrapped(r)] is key)
    err(mapping.__getitem__, w)
    err(sel.get_key, w)
    err(sel.unregister, w)
    err(sel.modify, w, 1)
    def drop(m, fd):
        del m[fd]
    try:
        drop(mapping, r)
    except TypeError:
        print("   read-only mapping")
    print(sel.get_key(Wrapped(r)) is key, bool(mapping))
    print("select, nothing ready:", sel.select(0))
    wkey = sel.register(Wrapped(w), selectors.EVENT_WRITE)
    print(show(wkey)[:40])
    print([(NAMES[k.fd], ev) for k, ev in sel.select(0)])
    print([(NAMES[k.fd], ev) for k, ev in sel.select(-3)])
    print([(NAMES[k.fd], ev) for k, ev in sel.select(0.01)])
    os.write(w, b"ping")
    print(sorted((NAMES[k.fd], ev, k.data) for k, ev in sel.select(0)))
    print(sorted((NAMES[k.fd], ev) for k, ev in sel.select(None)))
    print(os.read(r, 10))
    print("modify:")
    same = sel.modify(r, selectors.EVENT_READ, "reader")
    print(same is sel.get_key(r))
    changed = sel.modify(r, selectors.EVENT_READ, "other")
    print(show(changed), changed is key)
    both = sel.modify(r, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
    print(show(both))
    print(sorted((NAMES[k.fd], ev) for k, ev in sel.select(0)))
    print(show(sel.unregister(Wrapped(w)).events), len(mapping))
    print("unregister:", show(sel.unregister(r)), len(mapping), list(mapping))
    sel.register(r, selectors.EVENT_READ)
    sel.close()
    print("closed:", sel.get_map(), len(mapping), list(mapping))
    err(sel.get_key, r)
    err(mapping.__getitem__, r)

print("-- context manager")
with selectors.DefaultSelector() as sel:
    sel.register(w, selectors.EVENT_WRITE, 42)
    print([(NAMES[k.fd], ev, k.data) for k, ev in sel.select(1)])
print(sel.get_map())

print("-- closed descriptor found by identity")
r2, w2 = os.pipe()
class Closable:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        if self.fd is None:
            raise ValueError("I/O operation on closed file")
        return self.fd
    def close(self):
        os.close(self.fd)
        self.fd = None
    def __repr__(self):
        return "<Closable>"
obj = Closable(r2)
for cls in (selectors.SelectSelector, selectors.PollSelector):
    sel = cls()
    k = sel.register(obj, selectors.EVENT_READ, "c")
    saved = obj.fd
    obj.fd = None
    print(sel.get_key(obj) is k, sel.unregister(obj) is k, len(sel.get_map()))
    err(sel.unregister, obj)
    obj.fd = saved
obj.close()
os.close(w2)

print("-- hang-up on a pipe")
r3, w3 = os.pipe()
os.close(w3)
for cls in (selectors.SelectSelector, selectors.PollSelector):
    with cls() as sel:
        sel.register(r3, selectors.EVENT_READ)
        print(cls.__name__, [ev for k, ev in sel.select(0)])
os.close(r3)
os.close(r)
os.close(w)
