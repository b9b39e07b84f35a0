# Imports: packages, submodules, relative imports, aliases, `from x import *`, caching.
import pkg
print(pkg.PKG_CONST, pkg.greet("main"), pkg.beta.BETA, pkg.__name__)
import pkg.sub.gamma
print(pkg.sub.gamma.total(), pkg.sub.gamma.visible, pkg.sub.A_FROM_PARENT)
import pkg.sub.gamma as gm
print(gm is pkg.sub.gamma, gm.__name__, gm.beta is pkg.beta)
from pkg import beta as b2, alpha
print(b2.uses_sibling(), alpha.ALPHA, b2 is pkg.beta)
from pkg.sub import gamma
print(gamma is gm)
from pkg import *
print(PKG_CONST, greet("star"), public_fn())
try:
    _private
except NameError as e:
    print("NameError:", e)
import _helper_mod
import _helper_mod as hm2
print(_helper_mod is hm2, _helper_mod.bump(), hm2.bump(), _helper_mod.counter)
from _helper_mod import *
print(value, bump(), "_secret" in dir())
import sys
print("_helper_mod" in sys.modules, "pkg.sub.gamma" in sys.modules, sys.modules["pkg"] is pkg)
import math, time as t
print(math.floor(2.5), callable(t.time))
from math import sqrt as root, pi
print(root(16), round(pi, 3))
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from _helper_mod import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
def local_import():
    import pkg.alpha as pa
    from pkg.beta import BETA
    return pa.ALPHA + BETA
print(local_import())
print(type(pkg).__name__, hasattr(pkg, "sub"), sorted(n for n in dir(gamma) if not n.startswith("__")))
