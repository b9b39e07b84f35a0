# Argument errors of the methods of the classes native modules make, moved to
# declared signatures: struct.Struct, hash objects, zlib streams, sockets,
# weak references, io objects, os.DirEntry and the scandir iterator.
import _struct
import hashlib
import io
import os
import socket
import struct
import weakref
import zlib


def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


class Target:
    pass


target = Target()
s = struct.Struct("<h")
sock = socket.socket()
os.makedirs("_sig_dir", exist_ok=True)
with open("_sig_dir/f", "w") as f:
    f.write("x")
entry = next(os.scandir("_sig_dir"))
calls = [
    ("Struct.unpack none", lambda: s.unpack()),
    ("Struct.unpack kw", lambda: s.unpack(buffer=b"ab")),
    ("Struct.unpack_from bad kw", lambda: s.unpack_from(b"ab", off=0)),
    ("Struct.pack kw", lambda: s.pack(v=1)),
    ("Struct.iter_unpack many", lambda: s.iter_unpack(b"ab", 1)),
    ("Struct.__sizeof__ arg", lambda: s.__sizeof__(1) > 0),
    ("unpack_iterator.__length_hint__ arg", lambda: s.iter_unpack(b"ab").__length_hint__(1)),
    ("sha256.update none", lambda: hashlib.sha256().update()),
    ("sha256.digest arg", lambda: hashlib.sha256().digest(1)),
    ("md5.hexdigest kw", lambda: hashlib.md5().hexdigest(x=1)),
    ("shake_128.digest none", lambda: hashlib.shake_128().digest()),
    ("blake2b.update kw", lambda: hashlib.blake2b().update(data=b"")),
    ("compressobj.compress none", lambda: zlib.compressobj().compress()),
    ("compressobj.flush many", lambda: zlib.compressobj().flush(1, 2)),
    ("compressobj.flush bad kw", lambda: zlib.compressobj().flush(m=1)),
    ("decompressobj.decompress none", lambda: zlib.decompressobj().decompress()),
    ("decompressobj.decompress bad kw", lambda: zlib.decompressobj().decompress(b"", max_len=1)),
    ("socket.recv none", lambda: sock.recv()),
    ("socket.recv kw", lambda: sock.recv(bufsize=1)),
    ("socket.recv many", lambda: sock.recv(1, 2, 3)),
    ("socket.bind none", lambda: sock.bind()),
    ("socket.settimeout kw", lambda: sock.settimeout(value=1)),
    ("socket.gettimeout arg", lambda: sock.gettimeout(1)),
    ("socket.getsockopt none", lambda: sock.getsockopt()),
    ("socket.listen many", lambda: sock.listen(1, 2)),
    ("socket.recv_into none", lambda: sock.recv_into()),
    ("socket.recv_into bad kw", lambda: sock.recv_into(bytearray(1), nbyte=1)),
    ("socket.sendto kw", lambda: sock.sendto(b"", addr=1)),
    ("weakref call arg", lambda: weakref.ref(target)(1)),
    ("weakref call kw", lambda: weakref.ref(target)(x=1)),
    ("StringIO.detach arg", lambda: io.StringIO().detach(1)),
    ("BytesIO read many", lambda: io.BytesIO().read(1, 2)),
    ("DirEntry.is_dir positional", lambda: entry.is_dir(True)),
    ("DirEntry.is_file bad kw", lambda: entry.is_file(follow=True)),
    ("DirEntry.inode arg", lambda: entry.inode(1)),
    ("scandir.close arg", lambda: os.scandir("_sig_dir").close(1)),
    ("scandir.__exit__ kw", lambda: os.scandir("_sig_dir").__exit__(x=1)),
]
for label, thunk in calls:
    attempt(label, thunk)
sock.close()
os.remove("_sig_dir/f")
os.rmdir("_sig_dir")

print(_struct.Struct.unpack_from.__text_signature__, hashlib.sha256().update.__text_signature__)
print(zlib.compressobj().flush.__text_signature__, entry.is_dir.__text_signature__)
