import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
t = secrets.token_hex(8)
print(len(t), all(c in string.hexdigits for c in t), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(100)), all(0 <= secrets.randbits(5) < 32 for _ in range(100)))
print(secrets.choice("abc") in "abc", secrets.DEFAULT_ENTROPY, isinstance(secrets.SystemRandom().random(), float))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest(b"ab", b"abc"))
for args in [(0,), (-1,)]:
    try:
        secrets.randbelow(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for a, b in [("abc", b"abc"), (b"a", 1), ("a", 1), ("é", "é"), (1, 2), ([1], [1])]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
