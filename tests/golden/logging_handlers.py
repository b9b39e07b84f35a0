import logging, sys
import logging.handlers as H
class Sink:
    def write(self, s): sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self): pass
class Q(list):
    def put_nowait(self, x): self.append(x)
target = logging.StreamHandler(Sink()); target.setFormatter(logging.Formatter('T %(levelname)s %(message)s'))
mh = H.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger('mem'); log.addHandler(mh); log.propagate = False; log.setLevel(logging.DEBUG)
log.info('one'); log.info('two'); print('buffered', len(mh.buffer))
log.info('three'); print('after capacity', len(mh.buffer))
log.info('four'); log.error('five'); print('after error', len(mh.buffer))
log.debug('six'); mh.close(); print('closed', len(mh.buffer), mh.target)
log.removeHandler(mh)
mh2 = H.MemoryHandler(10, flushOnClose=False, target=target); log.addHandler(mh2)
log.info('kept'); mh2.close(); print('not flushed on close', len(mh2.buffer))
log.removeHandler(mh2)
mh3 = H.MemoryHandler(10); log.addHandler(mh3); log.critical('no target'); print(len(mh3.buffer)); mh3.setTarget(target); mh3.flush(); log.removeHandler(mh3)
bh = H.BufferingHandler(2); log.addHandler(bh); log.info('a'); print(len(bh.buffer)); log.info('b'); print(len(bh.buffer)); log.removeHandler(bh)
print(mh, bh, H.MemoryHandler(3).flushLevel, H.BufferingHandler(5).capacity)
q = Q(); qh = H.QueueHandler(q); qh.setFormatter(logging.Formatter('%(name)s|%(message)s'))
log.addHandler(qh)
log.warning('queued %s', 42, stack_info=False)
try: 1/0
except ZeroDivisionError: log.exception('queued exc')
r = q[0]
print(r.msg, r.args, r.exc_info, r.exc_text, r.stack_info, r.message, r.levelname)
print(q[1].msg.splitlines()[0], q[1].msg.splitlines()[-1], q[1].exc_info)
lst = H.QueueListener(q, target)
for rec in q: lst.handle(rec)
lst2 = H.QueueListener(q, target, respect_handler_level=True); target.setLevel(logging.ERROR)
for rec in q: lst2.handle(rec)
print(H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.SYSLOG_UDP_PORT)
for w in ['S','M','H','D','W0','W6','midnight']:
    try:
        t = H.TimedRotatingFileHandler('/tmp/never-created.log', delay=True, when=w); print(w, t.when, t.interval, t.suffix)
    except Exception as e: print(w, type(e).__name__, e)
for w in ['W7','X', 'W']:
    try: H.TimedRotatingFileHandler('/tmp/never-created.log', delay=True, when=w)
    except Exception as e: print(type(e).__name__, e)
