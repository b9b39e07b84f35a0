# locale: the C locale coil offers; platform: identification.
import locale as l
import platform as p
import os

print(l.getpreferredencoding(), l.getpreferredencoding(False), l.getencoding())
print(l.localeconv())
print(sorted((n, getattr(l, n)) for n in dir(l) if n.startswith("LC_")), l.CHAR_MAX, l.Error.__mro__[1].__name__)
for f in [lambda: l.setlocale(l.LC_ALL, "xx_YY"), lambda: l.strcoll(1, "a"), lambda: l.strcoll("a", 1),
          lambda: l.strxfrm(1), lambda: l.currency(1), lambda: l.getlocale(l.LC_ALL),
          lambda: l.setlocale(l.LC_ALL, 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(l.setlocale(l.LC_ALL, "C"), l.setlocale(l.LC_ALL), l.setlocale(l.LC_NUMERIC, "C"), l.getlocale(l.LC_NUMERIC))
print(l.setlocale(l.LC_CTYPE, "C.UTF-8"), l.getlocale(), l.normalize("C.utf8"), l.normalize("en_US.utf8"))
print(l.setlocale(l.LC_ALL, ("C", None)), l.setlocale(l.LC_TIME, "POSIX"))
print(l.str(1.5), l.str(1 / 3), l.atof("1.5"), l.atoi("12"), l.format_string("%d|%s", (1234, "x"), grouping=True))
print(l.strxfrm("ab"), l.strcoll("a", "b"), l.strcoll("b", "b"), l.strcoll("c", "b"), sorted(["b", "a", "C"], key=l.strxfrm))

u = os.uname()
print(p.system() == u.sysname, p.machine() == u.machine, p.node() == u.nodename, p.release() == u.release)
print(p.architecture(), p.python_version_tuple()[:2], p.python_version().startswith("3.11."))
r = p.uname()
print(type(r).__name__, len(r), r._fields, r.system == r[0], r.processor == r[5], r[:5] == tuple(u))
print(p.platform().startswith(u.sysname + "-" + u.release))
