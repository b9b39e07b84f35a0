# http.cookies parsing/output and http.HTTPStatus / HTTPMethod
from http import cookies, HTTPStatus, HTTPMethod
import http
import pickle


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = cookies.SimpleCookie()
c.load('chips=ahoy; vienna=finger; keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"')
print(repr(c))
print(c)
print(c['keebler'].value, repr(c['keebler'].coded_value))

c = cookies.SimpleCookie('Customer="WILE_E_COYOTE"; Version=1; Path=/acme; '
                         'expires=Wed, 01 Jan 2020 00:00:00 GMT; Secure; HttpOnly')
m = c['Customer']
print(m.key, m.value, m.coded_value, m['path'], m['version'], m['secure'], m['httponly'])
print(m['expires'])
print(c.output())
print(c.output(attrs=['path'], header='Cookie:'))
print(c.js_output())
print(repr(m))

# invalid strings leave the cookie empty
for text in ['Path=/; a=b', 'a=b; bad', 'a=b; Domain', '$Version=1; a=b; $Path=/x',
             'a=b c=d', 'k="unterminated', 'a=[x]; b=y']:
    print(repr(text), repr(cookies.SimpleCookie(text)))

s = cookies.SimpleCookie()
s['plain'] = 'abc'
s['spaced'] = 'a b'
s['special'] = 'x;y,"z"\\é\x01\x7f'
s['num'] = 42
for key in sorted(s):
    print(key, repr(s[key].value), repr(s[key].coded_value))
print(s.output(sep='\n'))
s['morsel'] = cookies.Morsel()
print(sorted(s))

b = cookies.BaseCookie({'a': 'b c', 'n': 7})
print(b, repr(b))
print(b['a'].coded_value)

m = cookies.Morsel()
print(repr(m), m.key, sorted(dict(m).items()))
m.set('name', 'val', '"val"')
m['Max-Age'] = 10
m['comment'] = 'semi;colon'
m['domain'] = 'example.org'
m['samesite'] = 'Strict'
m['secure'] = False
print(m.OutputString())
print(m.output(header='X:'))
show('reserved', lambda: m.set('Path', 'a', 'b'))
show('illegal', lambda: m.set('a b', 'a', 'b'))
show('empty', lambda: m.set('', 'a', 'b'))
show('bad attr', lambda: m.__setitem__('Colour', 'red'))
show('bad update', lambda: m.update({'path': '/', 'X': 1}))
show('bad setdefault', lambda: m.setdefault('x', 1))
show('setdefault', lambda: m.setdefault('PATH', '/p'))
show('set key', lambda: setattr(m, 'key', 'x'))
m2 = m.copy()
print(m2 == m, m2 != m, m == 'x', type(m2).__name__, m2.value)
m2['path'] = '/other'
print(m2 == m, m.isReservedKey('Expires'), m.isReservedKey('x'))
m3 = pickle.loads(pickle.dumps(m))
print(m3 == m, m3.key, m3.coded_value)
m.update({'PATH': '/u'})
print(m['path'])
print(cookies.Morsel[str])
show('error', lambda: issubclass(cookies.CookieError, Exception))

print(len(HTTPStatus), HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(418).phrase)
for st in HTTPStatus:
    print(int(st), st.name, '|', st.phrase, '|', st.description)
print(HTTPStatus.OK == 200, HTTPStatus['CREATED'], HTTPStatus.OK + 1, isinstance(HTTPStatus.OK, int))
show('bad status', lambda: HTTPStatus(999))
for meth in HTTPMethod:
    print(repr(meth), str(meth), meth == meth.value, meth.description)
print(http.__all__, HTTPMethod('GET') is HTTPMethod.GET)
