import sys, os, importlib, importlib.util, importlib.machinery, importlib.abc
import shutil, tempfile
base = tempfile.mkdtemp()
os.makedirs(base + '/pk/inner')
open(base + '/pk/__init__.py', 'w').write('X = 1\n')
open(base + '/pk/a.py', 'w').write('from . import b\nVAL = b.V + 1\n')
open(base + '/pk/b.py', 'w').write('V = 10\n')
open(base + '/pk/inner/__init__.py', 'w').write('')
open(base + '/pk/inner/c.py', 'w').write('from .. import a\nC = a.VAL * 2\n')
open(base + '/mod1.py', 'w').write('count = globals().get("count", 0) + 1\n')
sys.path.insert(0, base)
U = importlib.util
print(U.resolve_name('..x', 'a.b.c'), U.resolve_name('.', 'a.b'), U.resolve_name('x', None))
for args in [('.x', None), ('...x', 'a.b')]:
    try: U.resolve_name(*args)
    except Exception as e: print(type(e).__name__, e)
s = U.find_spec('pk.inner.c'); print(s.name, s.parent, s.origin == base + '/pk/inner/c.py', s.submodule_search_locations, s.has_location)
s = U.find_spec('pk.inner'); print(s.name, s.parent, s.submodule_search_locations == [base + '/pk/inner'])
print(U.find_spec('nosuch'), U.find_spec('pk.zzz'))
try: U.find_spec('nosuch.sub')
except Exception as e: print(type(e).__name__, e)
try: U.find_spec('mod1.sub')
except Exception as e: print(type(e).__name__, e)
open(base + '/loose.py', 'w').write('def f():\n    return __name__, __file__ == __spec__.origin\n')
spec = U.spec_from_file_location('loosemod', base + '/loose.py')
print(spec.name, spec.has_location, spec.submodule_search_locations, type(spec.loader).__name__)
mod = U.module_from_spec(spec); print(mod.__name__, hasattr(mod, 'f'))
spec.loader.exec_module(mod); print(mod.f())
print(spec.loader.get_source('loosemod').splitlines()[0], spec.loader.get_filename() == base + '/loose.py')
print(U.spec_from_file_location('z', base + '/data.txt'))
ps = U.spec_from_file_location('pk2', base + '/pk/__init__.py'); print(ps.submodule_search_locations == [base + '/pk'], ps.parent)
M = importlib.machinery
sp = M.ModuleSpec('a.b', None); print(sp, sp.parent, sp.has_location, sp.origin, sp.submodule_search_locations, sp.cached)
sp = M.ModuleSpec('a', None, origin='/x/a.py', is_package=True); print(sp, sp.parent)
print(M.ModuleSpec('x', 'L', origin='o'))
print(M.ModuleSpec('x', None) == M.ModuleSpec('x', None), M.SOURCE_SUFFIXES)
print(isinstance(spec.loader, importlib.abc.Loader))
class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None): return None
print(isinstance(Finder(), importlib.abc.MetaPathFinder), issubclass(Finder, importlib.abc.PathEntryFinder))
import importlib.resources as R
p = R.files('pk'); print(type(p).__name__, p == __import__('pathlib').Path(base + '/pk'), sorted(x.name for x in p.iterdir() if x.suffix == '.py'))
print((R.files(sys.modules['pk.inner']) / 'c.py').read_text().splitlines()[0])
try: R.files('pk.a')
except Exception as e: print(type(e).__name__, e)
print(type(sys.modules['pk'].__path__).__name__)
# modules loaded by the import statement carry a spec and a loader
import json, json.decoder
import pk.inner
print(json.__spec__.name, json.__spec__.parent, json.decoder.__spec__.parent)
print(json.__spec__.submodule_search_locations is not None, json.decoder.__spec__.submodule_search_locations)
print('JSON' in json.__loader__.get_source('json'), json.decoder.__loader__ is json.decoder.__spec__.loader)
print(pk.inner.__spec__.origin == pk.inner.__file__, type(pk.inner.__loader__).__name__, pk.inner.__spec__.has_location)
print(U.find_spec('pk.inner') is pk.inner.__spec__, pk.inner.__loader__.is_package('pk.inner'))
shutil.rmtree(base)
