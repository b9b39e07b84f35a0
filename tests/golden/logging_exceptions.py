import logging, sys
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def take(self):
        t = ''.join(self.parts); self.parts = []; return t.replace(__file__, 'FILE')
sink = Sink()
h = logging.StreamHandler(sink)
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log = logging.getLogger('exc'); log.addHandler(h); log.propagate = False
def boom(x):
    return 10 // x
try:
    boom(0)
except ZeroDivisionError:
    log.exception('failed %s', 'here')
print(sink.take())
try:
    boom(0)
except ZeroDivisionError as e:
    err = e
    log.error('with instance', exc_info=err)
    log.error('with tuple', exc_info=sys.exc_info())
    log.warning('no exc', exc_info=False)
print(sink.take())
log.error('outside handler', exc_info=True)
print(sink.take())
def f():
    log.warning('stacked', stack_info=True)
def g(): f()
g()
t = sink.take()
print(t.splitlines()[0]); print(t.splitlines()[1])
print([l for l in t.splitlines() if l.startswith('  File')])
def levels():
    log.warning('lvl2', stack_info=False, stacklevel=2)
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(message)s'))
def caller(): levels()
caller()
print(sink.take())
# exc_text caching
class CountFmt(logging.Formatter):
    n = 0
    def formatException(self, ei):
        CountFmt.n += 1
        return 'EXC<%s>' % ei[1]
h.setFormatter(CountFmt('%(message)s'))
h2 = logging.StreamHandler(sink); h2.setFormatter(CountFmt('second %(message)s'))
log.addHandler(h2)
try: raise KeyError('k')
except KeyError: log.exception('two handlers')
print(sink.take(), CountFmt.n)
log.removeHandler(h2)
# handleError
sys.stderr = sink
log.warning('bad %d', 'x')
log.warning('two %s %s', 1)
out = sink.take()
lines = out.splitlines()
print([l for l in lines if not l.startswith(' ')])
logging.raiseExceptions = False
log.warning('bad %d', 'x')
print(repr(sink.take()))
logging.raiseExceptions = True
sys.stderr = sys.__stderr__ if hasattr(sys, '__stderr__') else sys.stdout
