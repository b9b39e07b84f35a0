import logging, sys
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def take(self):
        t = ''.join(self.parts); self.parts = []; return t
for fmt, style in [("%(message)s",'%'),("hello",'%'),("{message}",'{'),("{x",'{'),("{message!z}",'{'),("{}",'{'),("${message}",'$'),("$message",'$'),("msg",'$'),("{message:>>5}",'{'),("%(message)","%"),("{0}",'{'),("{a.b}",'{'),("{a[0]}",'{'),("%(x)z",'%'),("", '%'),("",'{'),("",'$'),("%(message)5.3s",'%'),("{message:d}",'{'),("{message:x<5y}",'{'), ("{message}{",'{'),("$",'$'),("$$",'$'),("${message",'$'), ('%(asctime)s', '%'), ('{asctime}','{'), ('${asctime}','$'),('{asctime!r:20}','{'), ('$asctime', '$')]:
    try:
        f = logging.Formatter(fmt, style=style)
        print(repr(fmt), style, 'ok', f.usesTime())
    except Exception as e:
        print(repr(fmt), style, type(e).__name__, e)
for fmt in ["{a b}", "{!r}", "{1a}", "{a-b}", "{a:{b}}", "{a:<{w}}", "{a!r}", "{a!s:>10}", "{a:+08.3f}", "{a:,}", "{a:_x}", "{a:#x}","{a:10.5}", "{a:=10}", "{a:z}", "{a:%}", "{a:n}","{a:c}", "{a:e}","{a:ss}", "{a:>}", "{a:0<}", "{a:-}", "{a:.}", "{a:.5s}", "}", "{{x}}", "{{x}} {a}", "{a} }", "{a[x}", "{a:X}", "{a:.{p}f}", "{a:{x y}}"]:
    try:
        f = logging.Formatter(fmt, style='{')
        print(repr(fmt), 'ok')
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ["%(a)s", "%(a)-5s", "%(a)#5.2f", "%(a)+d", "%(a) d", "%(a)*d", "%(a)%", "%%", "%s", "%(a)s %s", "%(a)5ls", "%(a)c","%(a)r", "%(a)5", "abc %(a)s def", "%(a b)s", "%()s", "%(a.b)s", "%(a)5.*f", "%(a)5ls %(b)d"]:
    try:
        f = logging.Formatter(fmt, style='%')
        print(repr(fmt), 'ok')
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ["$a", "${a}", "$1", "${1}", "$a$", "$ a", "${a b}", "${}", "$$a", "$a $$", "$_x", "${A1}"]:
    try:
        f = logging.Formatter(fmt, style='$')
        print(repr(fmt), 'ok')
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try: logging.Formatter('x', style='x')
except Exception as e: print(type(e).__name__, e)
r = logging.LogRecord('my.name', 20, '/x/mod.py', 42, 'value=%d', (7,), None, 'func')
r.created = 1700000000.25; r.msecs = 250.0
for fmt, style in [('%(levelname)s %(name)s %(message)s', '%'), ('{levelname:>8} {name!r} {message}', '{'), ('$levelname $name ${message}', '$'), ('%(custom)s %(message)s', '%'), ('{custom} {message}', '{'), ('${custom} ${message}', '$')]:
    f = logging.Formatter(fmt, style=style, defaults={'custom': 'DEF'})
    print(f.format(r))
f = logging.Formatter('%(missing)s')
try: f.format(r)
except Exception as e: print(type(e).__name__, e)
f = logging.Formatter('{missing}', style='{')
try: f.format(r)
except Exception as e: print(type(e).__name__, e)
f = logging.Formatter('$missing', style='$')
try: f.format(r)
except Exception as e: print(type(e).__name__, e)
f = logging.Formatter('%(message)s', validate=False); print(f.format(r))
f = logging.Formatter('no fields', validate=False); print(f.format(r))
bf = logging.BufferingFormatter(logging.Formatter('[%(message)s]'))
print(repr(bf.format([])), repr(bf.format([r, r])))
class BF(logging.BufferingFormatter):
    def formatHeader(self, records): return 'H%d:' % len(records)
    def formatFooter(self, records): return ':F'
print(BF().format([r]))
print(repr(logging.BufferingFormatter().format([r])))
fl = logging.Filter('my'); print(fl.filter(r), logging.Filter('my.name').filter(r), logging.Filter('my.n').filter(r), logging.Filter().filter(r), logging.Filter('other').filter(r))
