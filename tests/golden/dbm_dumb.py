# dbm.dumb: on-disk format, flags, errors; dbm front end; shelve on top
import dbm
import dbm.dumb
import os
import shelve
import tempfile

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, 'db')


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with dbm.dumb.open(base, 'c') as db:
    db[b'alpha'] = b'one'
    db['beta'] = 'twö'
    db['big'] = 'x' * 700
    db[b'alpha'] = b'1'          # fits in place
    db[b'gamma\n\'"'] = b''
    db['beta'] = 'y' * 600       # needs a new block
    print(sorted(db.keys()), len(db))
    print(b'alpha' in db, 'alpha' in db, 'nope' in db)
    print(db['beta'][:5], db[b'alpha'])
    del db['big']
    print(sorted(db.items())[:1])

print(sorted(os.listdir(tmp)))
with open(base + '.dir', 'rb') as f:
    print(f.read())
with open(base + '.dat', 'rb') as f:
    data = f.read()
print(len(data), data[:3], data[512:515], data[1536:1539])
print(dbm.whichdb(base), dbm.whichdb(os.path.join(tmp, 'missing')))

with dbm.dumb.open(base, 'r') as db:
    show('set ro', lambda: db.__setitem__(b'a', b'b'))
    show('del ro', lambda: db.__delitem__(b'alpha'))
    show('get', lambda: db[b'alpha'])
    show('missing', lambda: db[b'zzz'])

db = dbm.dumb.open(base, 'w')
show('bad key', lambda: db.__setitem__(1, b'x'))
show('bad value', lambda: db.__setitem__(b'x', 1))
show('del missing', lambda: db.__delitem__('zzz'))
db.close()
db.close()
show('closed get', lambda: db[b'alpha'])
show('closed len', lambda: len(db))
show('closed keys', lambda: db.keys())
show('bad flag', lambda: dbm.dumb.open(base, 'x'))
try:
    dbm.dumb.open(os.path.join(tmp, 'none'), 'r')
except FileNotFoundError as e:
    print('no file r', type(e).__name__, e.errno, os.path.basename(e.filename))
show('front no file', lambda: dbm.open(os.path.join(tmp, 'none')))
print(dbm.error[0].__name__, dbm.error[1].__name__, dbm.dumb.error.__name__)

# a rewritten index with Windows line endings still loads
with open(base + '.dir', 'rb') as f:
    raw = f.read()
with open(base + '.dir', 'wb') as f:
    f.write(raw.replace(b'\n', b'\r\n'))
with dbm.open(base, 'r') as db:
    print(sorted(db.keys()))

with dbm.open(base, 'n') as db:
    print('after n:', db.keys())
    db['k'] = 'v'
with open(base + '.dir', 'w') as f:
    f.write("str(print('Hacked!')), 0\n")
try:
    dbm.dumb.open(base)
except ValueError as e:
    print('evil index', type(e).__name__)

for name in ('dbm.gnu', 'dbm.ndbm'):
    try:
        __import__(name)
    except ImportError as e:
        print(name, type(e).__name__)

with shelve.open(os.path.join(tmp, 'shelf')) as sh:
    sh['list'] = [1, 2, {'a': (3, 4)}]
    sh['text'] = 'hello'
    sh['list'].append(99)        # lost: no writeback
    print(sorted(sh), sh['list'], len(sh), 'text' in sh, sh.get('none', 0))
with shelve.open(os.path.join(tmp, 'shelf'), writeback=True) as sh:
    sh['list'].append(5)
with shelve.open(os.path.join(tmp, 'shelf'), 'r') as sh:
    print(sh['list'])
sh.close()
show('closed shelf', lambda: sh['list'])
print(repr(sh.dict))
d = {}
s = shelve.Shelf(d, protocol=2)
s['a'] = 1
print(d)

import shutil
shutil.rmtree(tmp)
