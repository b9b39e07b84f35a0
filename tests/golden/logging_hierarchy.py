import logging, sys
class Sink:
    def __init__(self, tag): self.tag = tag
    def write(self, s): sys.stdout.write('[%s] %s' % (self.tag, s))
    def flush(self): pass
def handler(tag, level=logging.NOTSET, fmt='%(name)s:%(levelname)s:%(message)s'):
    h = logging.StreamHandler(Sink(tag)); h.setLevel(level); h.setFormatter(logging.Formatter(fmt)); return h
root = logging.getLogger()
root.addHandler(handler('root'))
c = logging.getLogger('a.b.c')
md = logging.getLogger().manager.loggerDict
print(sorted(md), type(md['a']).__name__, type(md['a.b']).__name__)
print(c.parent is root)
b = logging.getLogger('a.b')
print(c.parent is b, b.parent is root, type(md['a']).__name__)
a = logging.getLogger('a')
print(b.parent is a, c.parent is b, a.parent is root)
x = logging.getLogger('a.b.c.d.e')
print(x.parent is c)
d = logging.getLogger('a.b.c.d')
print(x.parent is d, d.parent is c)
b.addHandler(handler('b', logging.ERROR))
c.warning('to c')
c.error('to c err')
b.propagate = False
c.error('no root')
b.propagate = True
c.setLevel(logging.ERROR)
c.warning('dropped'); print(c.getEffectiveLevel(), d.getEffectiveLevel(), b.getEffectiveLevel())
c.setLevel(logging.NOTSET)
b.disabled = True
c.warning('c still works'); b.warning('b disabled')
b.disabled = False
logging.disable(logging.WARNING)
c.warning('disabled globally'); c.error('error passes')
print(c.isEnabledFor(logging.WARNING), c.isEnabledFor(logging.ERROR), root.manager.disable)
logging.disable(logging.NOTSET)
c.warning('back')
logging.disable()
print(root.manager.disable); logging.disable(0)
# filters on logger and handler
class OnlyOdd(logging.Filter):
    def filter(self, record): return record.args[0] % 2 == 1
f = OnlyOdd()
c.addFilter(f)
for i in range(3): c.warning('n=%d', i)
c.removeFilter(f)
c.addFilter(lambda r: 'keep' in r.msg)
c.warning('drop me'); c.warning('keep me')
c.filters.clear()
# handler filter + name
h = handler('named'); h.name = 'nm'
print(h.name, h.get_name(), logging._handlers.get('nm') is h)
h.addFilter(logging.Filter('a.b.c.d'))
root.addHandler(h)
c.warning('not for named'); d.warning('for named')
root.removeHandler(h); h.close(); print('nm' in logging._handlers)
# hasHandlers
lone = logging.getLogger('lone'); lone.propagate = False
print(lone.hasHandlers(), c.hasHandlers())
sys.stderr = sys.stdout
lone.warning('last resort'); lone.info('not shown')
logging.lastResort = None
lone.warning('none'); lone.warning('none again')
# logger class
class MyLogger(logging.Logger): pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('mine')).__name__, logging.getLoggerClass() is MyLogger)
logging.setLoggerClass(logging.Logger)
try: logging.setLoggerClass(int)
except TypeError as e: print(e)
print(logging.getLogger('a') is a, logging.getLogger('') is root, logging.getLogger('root') is root, logging.getLogger(None) is root)
try: logging.getLogger(3)
except TypeError as e: print(e)
print(root, a, logging.getLogger('mine'))
print(logging.root is root, root.name, root.level, logging.Logger.root is root, a.manager is root.manager)
print(a.getChild('b') is b, a.getChild('b.c') is c)
r = logging.makeLogRecord({'msg': 'made %s', 'args': ('x',), 'levelno': 40})
print(r.getMessage(), r.levelno, r.name, r.levelname)
try: c.warning('m', extra={'message': 1})
except KeyError as e: print(repr(e))
try: c.warning('m', extra={'name': 1})
except KeyError as e: print(repr(e))
root.handlers[0].setFormatter(logging.Formatter('%(user)s %(message)s'))
c.warning('with extra', extra={'user': 'bob'})
