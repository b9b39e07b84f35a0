import logging, sys
class Sink:
    def write(self, s): sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self): pass
sink = Sink()
sys.stderr = sink
for kw in [dict(foo=1, bar=2), dict(stream=sink, filename='x'), dict(handlers=[], stream=sink), dict(handlers=[], filename='x'), dict(style='x'), dict(format='nofields'), dict(level='NOPE')]:
    try:
        logging.basicConfig(force=True, **kw)
        print('ok', kw)
    except Exception as e: print(type(e).__name__, e)
    print(len(logging.root.handlers))
logging.basicConfig(force=True, stream=sink, level='INFO', format='{levelname}|{name}|{message}', style='{')
logging.info('info %s', 1); logging.debug('nope'); logging.warning('w'); logging.error('e'); logging.critical('c'); logging.log(25, 'l25'); logging.fatal('fatal')
try: 1/0
except ZeroDivisionError: logging.exception('exc')
logging.basicConfig(stream=sink, format='IGNORED %(message)s')
logging.info('still braces')
h = logging.StreamHandler(sink); h.setFormatter(logging.Formatter('custom: %(message)s'))
h2 = logging.StreamHandler(sink)
logging.basicConfig(force=True, handlers=[h, h2], format='$levelname $message', style='$', level=logging.DEBUG)
logging.debug('two handlers')
print(logging.root.level, logging.root.handlers == [h, h2])
# record factory
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    r = old(*args, **kwargs); r.custom_attr = 'CA'; return r
logging.setLogRecordFactory(factory)
logging.basicConfig(force=True, stream=sink, format='%(custom_attr)s %(message)s')
logging.warning('factory')
logging.setLogRecordFactory(old)
# adapters
logging.basicConfig(force=True, stream=sink, format='%(levelname)s %(ctx)s %(message)s')
base = logging.getLogger('ad')
ad = logging.LoggerAdapter(base, {'ctx': 'C1'})
ad.warning('hello %s', 'there'); ad.info('hidden'); ad.error('err'); ad.critical('crit'); ad.log(30, 'log')
try: raise ValueError('v')
except ValueError: ad.exception('adapter exc')
ad.warning('override?', extra={'ctx': 'C2'})
print(ad, ad.name, ad.manager is base.manager, ad.isEnabledFor(10), ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.DEBUG); ad.debug('debug now'); print(base.level)
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['ctx'], msg), kwargs
p = Prefix(base, {'ctx': 'P'})
p.warning('prefixed', extra={'ctx': 'X'})
print(logging.LoggerAdapter(base).extra)
print(logging.LoggerAdapter[int] is not None)
