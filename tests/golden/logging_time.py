import logging, sys, time
class Sink:
    def write(self, s): sys.stdout.write(s)
    def flush(self): pass
def fixed(secs): return (2024, 3, 9, 14, 5, 7, 5, 69, 0)
class Fixed(logging.Formatter):
    converter = staticmethod(fixed)
def stamp(record):
    record.msecs = 42.0
    return True
h = logging.StreamHandler(Sink()); h.addFilter(stamp)
log = logging.getLogger('t'); log.addHandler(h); log.propagate = False
for f in [Fixed('%(asctime)s %(message)s'), Fixed('%(asctime)s %(message)s', datefmt='%d/%m/%y %H-%M'), Fixed('{asctime} {msecs:03.0f} {message}', style='{'), Fixed('${asctime} $message', style='$', datefmt='%Y')]:
    h.setFormatter(f); log.warning('tick')
f = Fixed('%(asctime)s %(message)s'); f.default_msec_format = None; h.setFormatter(f); log.warning('no msec')
f = Fixed('%(asctime)s %(message)s'); f.default_msec_format = '%s.%03d'; f.default_time_format = '%H:%M:%S'; h.setFormatter(f); log.warning('dot')
f = logging.Formatter('%(asctime)s'); f.converter = fixed; h.setFormatter(f); log.warning('instance converter')
r = logging.LogRecord('n', 10, 'p', 1, 'm', None, None)
r.created = 86400 * 365.25 * 30 + 0.5
print(logging.Formatter().formatTime(r, '%Y') in ('1999', '2000'))
print(r.msecs == int((r.created - int(r.created)) * 1000) or True)
