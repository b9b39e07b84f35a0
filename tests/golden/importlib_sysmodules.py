import sys, os, shutil, tempfile, importlib
base = tempfile.mkdtemp()
os.makedirs(base + '/pkg')
open(base + '/pkg/__init__.py', 'w').write('')
open(base + '/pkg/broken.py', 'w').write('import no_such_module_here\n')
open(base + '/pkg/good.py', 'w').write('import random\nLOADS = 1\n')
open(base + '/counter.py', 'w').write('import builtins\nbuiltins.loads = getattr(builtins, "loads", 0) + 1\n')
sys.path.insert(0, base)

# a submodule whose own import fails: the real error comes out
try:
    from pkg import broken
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    importlib.import_module('pkg.broken')
except ImportError as e:
    print(type(e).__name__, e)
print('pkg.broken' in sys.modules)
try:
    __import__('pkg', fromlist=['broken'])
except ImportError as e:
    print('fromlist', type(e).__name__, e)
print(__import__('pkg', fromlist=['missing', 'good']).good.LOADS)

# packages have a list __path__
import pkg
print(type(pkg.__path__).__name__, len(pkg.__path__), pkg.__path__[0] == os.path.join(base, 'pkg'))

# deleting from sys.modules makes the next import load the module again
import counter
import builtins
print(builtins.loads)
import counter
print(builtins.loads)
del sys.modules['counter']
import counter
print(builtins.loads)
first = counter
importlib.import_module('counter')
print(builtins.loads, sys.modules['counter'] is first)

# replacing an entry
sys.modules['counter'] = 'replaced'
import counter
print(counter)
sys.modules['fake_mod'] = type(sys)('fake_mod')
import fake_mod
print(fake_mod.__name__)

# None blocks an import
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)

# native modules survive being deleted
import math
del sys.modules['math']
import math
print(math.sqrt(16))
del sys.modules['pkg.good'], sys.modules['pkg']
import pkg.good
print(pkg.good.LOADS, 'good' in dir(pkg))
shutil.rmtree(base)
