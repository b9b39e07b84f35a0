import warnings
warnings.simplefilter("ignore")
import urllib.parse as p
print(p.splittype('HTTP:x'), p.splittype('a/b:c'), p.splittype(':x'), p.splittype('type:'), p.splithost('//h?x'), p.splithost('x//h'), p.splithost('///file'), p.splithost('//127.0.0.1#@host.com'))
print(p.splituser('User:Pass@www:080'), p.splituser('x'), p.splitpasswd('u:a:b'), p.splitpasswd('u'))
for h in ['parrot:88','parrot','parrot:','127.0.0.1','parrot:cheese','[::1]:88','[::1]',':88']: print(p.splitport(h), p.splitnport(h), p.splitnport(h, 55))
print(p.splitnport('parrot: +1_0 '), p.splitquery('a?b?c'), p.splitquery('a'), p.splittag('a#b#c'), p.splittag('x'), p.splitattr('/p;a=1;b'), p.splitattr('/p'), p.splitvalue('a=b=c'), p.splitvalue('ab'))
try: p.to_bytes('é')
except Exception as e: print(type(e).__name__, e)
print(p.to_bytes('x'), p.to_bytes(b'x'))
q = p.Quoter(b'/'); print(repr(q), q[32], q[47], q[200], q)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    p.splittype('a:b'); p.splitvalue('a'); p.to_bytes('x'); p.Quoter
    for x in w: print(x.category.__name__, x.message)
try: p.nosuch
except AttributeError as e: print(e)

# The private helpers behind the deprecated names do not warn.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(p._splittype('a:b'), p._splithost('//h/p'), p._splituser('u@h'), p._splitpasswd('u:pw'))
    print(p._splitport('h:80'), p._splitnport('h:x'), p._splitquery('a?b'), p._splittag('a#b'))
    print(p._splitattr('/p;x'), p._splitvalue('k=v'), p._to_bytes('x'))
    print(len(w), p.splittype.__name__, p._Quoter is p.Quoter)
print(repr(p._Quoter(p._ALWAYS_SAFE)))
# Result types name their counterpart of the other string kind.
for t in (p.DefragResult, p.SplitResult, p.ParseResult):
    print(t._encoded_counterpart.__name__, t._encoded_counterpart._decoded_counterpart is t)
print(p.urlsplit('http://h/p?q#f').encode(), p.urldefrag(b'a#b').decode())
