import logging, sys
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def text(self): return ''.join(self.parts)
sys.stderr = sys.stdout
logging.warning('hello %s', 'world')
logging.info('hidden')
logging.error('err %d', 5)
logging.getLogger('a.b').warning('child')
print(logging.getLogger('a.b'), logging.getLogger(), logging.getLogger('a'))
print(logging.getLevelName(5), logging.getLevelName('INFO'), logging.getLevelName('FOO'), logging.getLevelName(20.0))
for v in ['FOO', 1.5, None]:
    try: logging.getLogger().setLevel(v)
    except Exception as e: print(type(e).__name__, e)
print(logging.getLevelNamesMapping())
r = logging.LogRecord('n', 10, '/a/b.py', 3, 'm %s', (1,), None)
print(r, list(r.__dict__.keys()))
print(r.getMessage(), r.filename, r.module, r.levelname, r.processName, r.threadName, r.funcName, r.exc_text)
r = logging.LogRecord('n', 10, 'b', 3, 'm %(a)s', ({'a':1},), None); print(r.args, r.getMessage())
r = logging.LogRecord('n', 10, 'b', 3, 'm %s', ({},), None); print(r.args, r.getMessage())
s = Sink()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(levelname)-8s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(message)s'))
lg = logging.getLogger('app'); lg.addHandler(h); lg.setLevel('DEBUG'); lg.propagate = False
def fn(): lg.debug('dbg %s', [1]); lg.info('inf'); lg.critical('crit'); lg.log(25, 'custom'); lg.fatal('fatal')
fn()
logging.addLevelName(25, 'NOTICE')
lg.log(25, 'custom2')
print(s.text(), end='')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
try: lg.log('x', 'y')
except TypeError as e: print(e)
print(lg.getEffectiveLevel(), lg.isEnabledFor(5), lg.hasHandlers(), lg.getChild('x').name, logging.getLogger().getChild('z').name)
