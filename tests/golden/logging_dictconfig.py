import logging, logging.config, logging.handlers, sys
class Sink:
    def __init__(self, tag='out'): self.tag = tag
    def write(self, s): sys.stdout.write('<%s> %s' % (self.tag, s))
    def flush(self): pass
OUT = Sink()
class Upper(logging.Formatter):
    def format(self, record): return logging.Formatter.format(self, record).upper()
def make_formatter(prefix, fmt):
    return logging.Formatter(prefix + fmt)
class LevelBelow:
    def __init__(self, level): self.level = logging._checkLevel(level) if isinstance(level, str) else level
    def filter(self, record): return record.levelno < self.level
config = {
    'version': 1,
    'formatters': {
        'plain': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'brace': {'format': '{levelname}|{name}|{message}', 'style': '{'},
        'upper': {'class': '__main__.Upper', 'format': '%(message)s'},
        'custom': {'()': make_formatter, 'prefix': '>> ', 'fmt': '%(message)s'},
        'novalidate': {'format': 'static', 'validate': False},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'below_error': {'()': '__main__.LevelBelow', 'level': 'ERROR'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT', 'formatter': 'plain', 'level': 'DEBUG'},
        'braced': {'class': 'logging.StreamHandler', 'stream': 'cfg://objects.sink', 'formatter': 'brace', 'filters': ['below_error']},
        'shout': {'()': logging.StreamHandler, 'stream': OUT, 'formatter': 'upper', '.': {'marker': 'set-by-dot'}},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'console', 'flushLevel': 50},
        'fact': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT', 'formatter': 'custom', 'filters': ['only_app']},
    },
    'objects': {'sink': Sink('cfg')},
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['console', 'braced'], 'propagate': False},
        'app.db': {'level': 'DEBUG', 'handlers': ['shout']},
        'mem': {'handlers': ['buffer'], 'propagate': False, 'level': 'DEBUG'},
    },
    'root': {'level': 'WARNING', 'handlers': ['fact']},
}
old = logging.getLogger('old.one')
logging.config.dictConfig(config)
print(sorted(config['formatters']), type(config['formatters']['plain']).__name__)
app = logging.getLogger('app'); db = logging.getLogger('app.db')
app.debug('hidden'); app.info('info'); app.error('error')
db.debug('db debug'); db.warning('db warn')
print(old.disabled, app.disabled, db.propagate, logging._handlers['shout'].marker)
logging.getLogger('other').warning('to root, filtered')
logging.getLogger('app.x').warning('app.x goes to app handlers')
mem = logging.getLogger('mem')
mem.info('m1'); print('buffered'); mem.info('m2'); mem.info('m3'); mem.critical('m4')
print(sorted(logging._handlers))
print(logging._handlers['console'].level, logging._handlers['braced'].filters[0].level)
logging.config.dictConfig({'version': 1, 'incremental': True, 'handlers': {'console': {'level': 'ERROR'}}, 'loggers': {'app': {'level': 'DEBUG'}}})
app.debug('debug after incremental')
app.error('error after incremental')
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT', 'formatter': 'f'}}, 'formatters': {'f': {'format': 'NEW %(name)s %(message)s'}}, 'root': {'handlers': ['h'], 'level': 'DEBUG'}})
print(app.disabled, old.disabled, [type(h).__name__ for h in app.handlers])
old.info('old logger back')
print(logging.config.valid_ident('abc'))
try: logging.config.valid_ident('a b')
except ValueError as e: print(e)
errors = [
 {},
 {'version': 2},
 {'version': 1, 'formatters': {'f': {'format': 'bad', 'style': '%'}}},
 {'version': 1, 'handlers': {'h': {'class': 'logging.Nope'}}},
 {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
 {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'BOGUS'}}},
 {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['nf']}}},
 {'version': 1, 'loggers': {'x': {'handlers': ['nh']}}},
 {'version': 1, 'root': {'level': 'BOGUS'}},
 {'version': 1, 'loggers': {'x': {'level': 'BOGUS'}}},
 {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bogus': 1}}},
 {'version': 1, 'filters': {'f': {'()': 'nope.x'}}},
 {'version': 1, 'incremental': True, 'handlers': {'zz': {'level': 'INFO'}}},
 {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'cfg://nothing'}}},
 {'version': 1, 'handlers': {'h': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'zz'}}},
]
for t in errors:
    try:
        logging.config.dictConfig(t); print('ok')
    except Exception as e:
        print(type(e).__name__, e, '|', type(e.__cause__).__name__, e.__cause__)
