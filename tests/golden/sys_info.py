# sys: the struct sequences (version_info, flags, float_info, hash_info),
# implementation, warnoptions, audit hooks, and the builtin warning classes.
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v >= (3, 8), v < (4,), len(v), type(v).__name__)
print(type(v).__match_args__)
major, minor, micro, level, serial = v
print(major, minor, level, isinstance(v, tuple))
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info.epsilon, sys.float_info.dig, len(sys.float_info))
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.hash_bits, len(h))
print(hash(float("inf")) == h.inf, hash(1j) == h.imag, hash(2 ** 61 - 1) == 0)
f = sys.flags
print(type(f).__name__, len(f), type(f).__match_args__)
print(f.debug, f.optimize, f.verbose, f.bytes_warning, f.dev_mode, f.int_max_str_digits, f.quiet)
for target, name in [(f, "debug"), (v, "major"), (sys.float_info, "max")]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
print(sys.implementation.version[:2], sys.implementation.hexversion >> 16 == 0x30B,
      type(sys.implementation.name).__name__, sys.hexversion >> 16 == 0x30B)
print(sys.warnoptions, sys.audit("an.event", 1, 2), sys.addaudithook(lambda *a: None))
try:
    sys.audit()
except TypeError as e:
    print("TypeError")

names = ["Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
         "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning",
         "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]
import builtins
for name in names:
    cls = getattr(builtins, name)
    print(name, cls.__base__.__name__, cls.__module__, issubclass(cls, Exception))
try:
    raise ResourceWarning("unclosed")
except Warning as e:
    print(repr(e))
