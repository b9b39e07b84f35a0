import configparser as c, io, sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
src = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
path: /srv/%(user)s
multi = first
   second line

   third
; another comment
[topsecret.server.example]
Port = 50022
ForwardX11 = no
empty =
"""
p = c.ConfigParser()
p.read_string(src)
print(p.sections(), p.defaults())
print(list(p), len(p), 'DEFAULT' in p, 'nope' in p)
print(p.options('forge.example'))
print(p.items('forge.example'))
print(p.items('forge.example', raw=True))
print(p.items('DEFAULT'))
print([ (k, v.name) for k, v in p.items()])
print(p.get('forge.example', 'path'), p['forge.example']['PATH'])
print(repr(p.get('forge.example', 'multi')))
print(p.getint('topsecret.server.example', 'port'), p.getfloat('DEFAULT', 'compressionlevel'))
print(p.getboolean('topsecret.server.example', 'forwardx11'), p.getboolean('forge.example', 'forwardx11'))
print(p.get('forge.example', 'nothere', fallback='fb'), p.getint('nosect', 'x', fallback=7))
sp = p['topsecret.server.example']
print(sp, sp.name, sp.parser is p, len(sp), list(sp), sp.getint('port'), sp.getint('zz'), sp.getint('zz', 3), sp.get('empty'))
print(dict(sp))
sp['newkey'] = 'v'
del sp['newkey']
t(lambda: sp.__delitem__('newkey'))
t(lambda: sp.__setitem__('k', 5))
print(p.has_option('topsecret.server.example', 'ServerAliveInterval'), p.has_option('x','y'), p.has_option('DEFAULT','compression'), p.has_section('DEFAULT'))
p.set('DEFAULT', 'newdef', 'd')
p.add_section('added')
p.set('added', 'Key', 'Val with %% percent')
p.set('added', 'multi', 'a\nb')
print(p.remove_option('added', 'nokey'), p.remove_section('none'))
out = io.StringIO(); p.write(out); print(out.getvalue())
out = io.StringIO(); p.write(out, space_around_delimiters=False); print(out.getvalue())
del p['added']
t(lambda: p.__delitem__('DEFAULT'))
t(lambda: p.__delitem__('nope'))
p['viadict'] = {'a': 1, 'B': 'two'}
print(p.items('viadict'))
p.read_dict({'rd': {'x': 1, 'y': 2.5}, 'rd2': {}})
print(p.sections(), p['rd']['x'], p['rd'].get('y'))
t(lambda: p.read_dict({'rd': {'x': 1, 'X': 2}}))
t(lambda: c.ConfigParser().read_dict({'a': {'x': 1}, 'b': {}, 'A': {'y': 2}}))
# raw parser
r = c.RawConfigParser()
r.add_section('s'); r.set('s', 'n', 5); r.set('s', 'pct', '%(x)s')
print(r.get('s', 'n'), r.get('s', 'pct'), r.items('s'))
# no interpolation
q = c.ConfigParser(interpolation=None); q.read_string('[a]\nx=%(y)s %\n')
print(q['a']['x'])
# extended
e = c.ConfigParser(interpolation=c.ExtendedInterpolation())
e.read_string("""[common]
home = /home/${user}
user = joe
dollar = $$5
[paths]
data = ${common:home}/data
bad = ${missing}
bad2 = $x
bad3 = ${a:b:c}
deep = ${common:nope}
""")
print(e['paths']['data'], e['common']['dollar'], e['common']['home'])
t(lambda: e['paths']['bad'])
t(lambda: e['paths']['bad2'])
t(lambda: e['paths']['bad3'])
t(lambda: e['paths']['deep'])
t(lambda: e.set('paths', 'z', '$'))
# options
o = c.ConfigParser(allow_no_value=True, delimiters=('->',), comment_prefixes=('//',), inline_comment_prefixes=('#',), strict=False, empty_lines_in_values=False, default_section='base')
o.read_string("""[base]
k -> v  # inline
[s]
flag
opt -> value#notcomment
// whole comment
a -> 1
a -> 2
[s]
b -> 3
multi -> x
  y

  z
""")
print(o.sections(), o.items('s'), o.defaults())
out = io.StringIO(); o.write(out); print(out.getvalue())
t(lambda: o.get('s', 'multi'))
# optionxform
x = c.ConfigParser(); x.optionxform = str; x.read_string('[S]\nCamel=1\n'); print(x.options('S'), x.has_option('S', 'camel'))
# converters
cv = c.ConfigParser(converters={'list': lambda v: v.split(',')})
cv.read_string('[s]\nl = a,b,c\n')
print(cv.getlist('s', 'l'), cv['s'].getlist('l'), sorted(cv.converters), cv.converters['list'] is not None, cv.converters['int'])
cv.converters['upper'] = str.upper
print(cv.getupper('s', 'l'), cv['s'].getupper('l'))
del cv.converters['upper']
print(hasattr(cv, 'getupper'), hasattr(cv['s'], 'getupper'))
t(lambda: cv.converters.__setitem__('', str))
# defaults arg
d = c.ConfigParser({'a': '1', 'b': 2}); print(d.defaults(), d.sections())
t(lambda: c.ConfigParser(interpolation=3))
t(lambda: p.get('forge.example', 'path', vars={'user': 'v'}))
t(lambda: p.getboolean('forge.example', 'user'))
print(p.BOOLEAN_STATES)
print(isinstance(p, c.RawConfigParser), issubclass(c.SafeConfigParser, c.ConfigParser))
t(lambda: c.ConfigParser().read_string('[a]\nx=1\n  [b]\n'))
t(lambda: dict(c.ConfigParser(default_section='D')))
print(p.read(['/nonexistent/file.ini']))
# files
import os, tempfile
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'app.ini')
with open(path, 'w') as f:
    p.write(f)
again = c.ConfigParser()
print(again.read([path, os.path.join(folder, 'missing.ini')]) == [path])
print(again.sections() == p.sections(), again['forge.example']['multi'] == p['forge.example']['multi'])
with open(path) as f:
    third = c.ConfigParser()
    third.read_file(f)
print(third.get('topsecret.server.example', 'port'))
try:
    with open(path) as f:
        c.ConfigParser().read_file(f, source='named.ini') or c.ConfigParser().read_string('[x]\n[x]\n', source='dup.ini')
except c.Error as e:
    print(type(e).__name__, e)
os.remove(path)
os.rmdir(folder)
