# socket: socketpair, TCP and UDP on 127.0.0.1, Unix sockets, makefile,
# timeouts and blocking mode, address helpers, and the errors CPython raises.
import os
import select
import socket
import tempfile


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), repr(socket.MSG_PEEK), repr(socket.AI_PASSIVE))
print(socket.AF_INET == 2, int(socket.SOCK_DGRAM), socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))

# socketpair
a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), a.proto)
a.sendall(b"hello")
print(b.recv(10))
b.send(b"xyz")
print(a.recv(1), a.recv(10))
print(a.getsockname(), a.gettimeout(), a.getblocking())
r, w, x = select.select([a, b], [a], [], 0)
print("select", len(r), len(w), len(x))
b.send(b"!")
r, w, x = select.select([a, b], [], [], 1)
print("select after send", r == [a])
print(a.recv(5))

# makefile in both directions
reader = a.makefile("rb")
writer = b.makefile("wb")
writer.write(b"line1\nline2\n")
writer.flush()
print(reader.readline(), reader.readline())
text_in = a.makefile("r", encoding="utf-8")
text_out = b.makefile("w", encoding="utf-8")
text_out.write("caf\u00e9\n")
text_out.flush()
print(repr(text_in.readline()))
for f in (reader, writer, text_in, text_out):
    f.close()

# timeouts and non-blocking mode
a.settimeout(0.05)
print("timeout", a.gettimeout(), a.getblocking())
show("recv with timeout", lambda: a.recv(1))
a.setblocking(False)
print("non-blocking", a.gettimeout(), a.getblocking())
show("recv non-blocking", lambda: a.recv(1))
a.setblocking(True)
print("blocking", a.gettimeout(), a.getblocking())
b.close()
print("after peer closed", a.recv(10))
a.close()
print(repr(a))
show("recv on closed", lambda: a.recv(1))
print("fileno after close", a.fileno())

# TCP on 127.0.0.1, port 0
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("SO_REUSEADDR", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print("SO_TYPE", srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print("bound", host, port > 0)
client = socket.create_connection(("127.0.0.1", port))
conn, peer = srv.accept()
print("accepted", peer[0], conn.getpeername() == client.getsockname(), client.getpeername() == (host, port))
print(type(conn).__name__, conn.family, conn.type, conn.gettimeout())
client.sendall(b"ping" * 1000)
got = b""
while len(got) < 4000:
    got += conn.recv(4096)
print("received", len(got))
buf = bytearray(8)
client.send(b"12345678")
n = conn.recv_into(buf)
while n < 8:
    n += conn.recv_into(memoryview(buf)[n:])
print("recv_into", n, buf)
client.shutdown(socket.SHUT_WR)
print("after shutdown", conn.recv(10))
conn.sendall(b"bye")
print(client.recv(10))
with conn, client:
    pass
print("closed by with", conn.fileno(), client.fileno())

# connect_ex and refused connections (the listener is closed first)
srv.close()
probe = socket.socket()
print("connect_ex", probe.connect_ex(("127.0.0.1", port)))
probe.close()
show("create_connection refused", lambda: socket.create_connection(("127.0.0.1", port)))

# create_server
with socket.create_server(("127.0.0.1", 0)) as listener:
    port2 = listener.getsockname()[1]
    c = socket.socket()
    c.settimeout(5)
    c.connect(("127.0.0.1", port2))
    s, _ = listener.accept()
    s.sendall(b"from server")
    print(c.recv(100))
    s.close()
    c.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"dgram one", u1.getsockname())
data, addr = u1.recvfrom(100)
print("udp", data, addr == u2.getsockname())
u1.sendto(b"reply", addr)
print("udp reply", u2.recv(100))
buf = bytearray(5)
u2.sendto(b"truncated datagram", u1.getsockname())
print("recvfrom_into", u1.recvfrom_into(buf)[0], buf)
u1.close()
u2.close()

# Unix sockets
folder = tempfile.mkdtemp()
path = os.path.join(folder, "sock")
unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
unix.bind(path)
unix.listen()
print("unix name", unix.getsockname() == path)
uc = socket.socket(socket.AF_UNIX)
uc.connect(path)
us, uaddr = unix.accept()
print("unix peer", repr(uaddr), uc.getpeername() == path)
us.sendall(b"over unix")
print(uc.recv(20))
for s in (us, uc, unix):
    s.close()
os.unlink(path)
os.rmdir(folder)

# IPv6 loopback
s6 = socket.socket(socket.AF_INET6)
s6.bind(("::1", 0))
name = s6.getsockname()
print("ipv6", name[0], len(name), name[2:])
s6.close()

# helpers
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
print(socket.inet_pton(socket.AF_INET, "10.0.0.1"), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "http", socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname("127.0.0.1"), isinstance(socket.gethostname(), str))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
with socket.socket() as s:
    print("default timeout", s.gettimeout())
socket.setdefaulttimeout(None)
with socket.socket(type=socket.SOCK_DGRAM) as s:
    print(s.type, s.gettimeout())
dup_a, dup_b = socket.socketpair()
twin = dup_a.dup()
twin.sendall(b"via dup")
print(dup_b.recv(10), twin.fileno() != dup_a.fileno())
fd = dup_b.detach()
print("detached", dup_b.fileno(), fd >= 0)
again = socket.socket(fileno=fd)
print("from fileno", again.family, again.type)
for s in (dup_a, twin, again):
    s.close()

# errors
s = socket.socket()
show("settimeout str", lambda: s.settimeout("x"))
show("settimeout negative", lambda: s.settimeout(-1))
show("recv negative", lambda: s.recv(-1))
show("bind str", lambda: s.bind("x"))
show("bind short tuple", lambda: s.bind(("x",)))
show("bind port", lambda: s.bind(("", 70000)))
show("getpeername", lambda: s.getpeername())
show("send str", lambda: s.send("x"))
show("recv_into bytes", lambda: s.recv_into(b"x"))
show("sendto int", lambda: s.sendto(b"x", 5))
show("bad family", lambda: socket.socket(999))
show("inet_aton", lambda: socket.inet_aton("x"))
show("inet_ntoa", lambda: socket.inet_ntoa(b"x"))
show("inet_pton", lambda: socket.inet_pton(socket.AF_INET, "x"))
show("inet_ntop", lambda: socket.inet_ntop(socket.AF_INET, b"x"))
show("htons negative", lambda: socket.htons(-1))
show("htons large", lambda: socket.htons(70000))
show("getaddrinfo", lambda: socket.getaddrinfo("nonexistent.invalid", 80))
s.close()
