# hashlib: error messages, pbkdf2_hmac and file_digest.
import hashlib
import io
import os
import tempfile


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


show('unknown', hashlib.new, 'foo')
show('bytes name', hashlib.new, b'md5')
show('str data', hashlib.md5, 'abc')
show('int data', hashlib.sha1, 5)
show('two args', hashlib.md5, b'a', b'b')
show('bad keyword', hashlib.md5, data=b'a')
show('twice', hashlib.new, 'md5', b'', string=b'a')
show('update str', hashlib.sha256().update, 'x')
show('update none', hashlib.sha256().update)
show('update list', hashlib.sha256().update, [1])
show('shake no length', hashlib.shake_128(b'x').hexdigest)
show('shake 0', hashlib.shake_256(b'x').digest, 0)
show('shake str', hashlib.shake_256(b'x').digest, 'a')
show('instantiate', type(hashlib.md5()))

# pbkdf2_hmac with several hashes and lengths.
for name in ['sha1', 'sha256', 'sha512', 'md5', 'sha3_256', 'blake2b', 'blake2s']:
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000, 10).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, 50).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'salt', 3, dklen=70).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'a', salt=b'b', iterations=1).hex())
show('pbkdf2 str', hashlib.pbkdf2_hmac, 'sha256', 'pw', b'salt', 1)
show('pbkdf2 iters', hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 0)
show('pbkdf2 dklen', hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1, 0)
show('pbkdf2 shake', hashlib.pbkdf2_hmac, 'shake_128', b'pw', b'salt', 1)
try:
    hashlib.pbkdf2_hmac('nope', b'pw', b'salt', 1)
except ValueError as e:
    print('pbkdf2 unknown is a ValueError')

# file_digest over a binary file, and its refusal of text streams.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.bin')
    with open(path, 'wb') as f:
        f.write(b'0123456789' * 5000)
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'sha256').hexdigest())
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, hashlib.md5).hexdigest())
    with open(path, 'r') as f:
        try:
            hashlib.file_digest(f, 'sha1')
        except ValueError as e:
            print('text file', type(e).__name__, str(e).endswith('is not a file-like object in binary reading mode.'))
try:
    hashlib.file_digest(io.StringIO('abc'), 'sha256')
except ValueError as e:
    print('StringIO', str(e).endswith('is not a file-like object in binary reading mode.'))
