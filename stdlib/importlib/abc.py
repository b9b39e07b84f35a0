"""Abstract base classes for the parts of the import system: finders and loaders."""

from abc import ABCMeta, abstractmethod


class Loader(metaclass=ABCMeta):
    """Runs a module's code."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from importlib.machinery import SourceFileLoader
        return SourceFileLoader.load_module(self, fullname)


class MetaPathFinder(metaclass=ABCMeta):
    """A finder consulted for every import (an entry of ``sys.meta_path``)."""

    def invalidate_caches(self):
        return None


class PathEntryFinder(metaclass=ABCMeta):
    """A finder for the modules of one folder (or other ``sys.path`` entry)."""

    def invalidate_caches(self):
        return None


class ResourceLoader(Loader):
    """A loader that can read files next to the module."""

    @abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return compile(source, '<string>', 'exec')

    @abstractmethod
    def get_source(self, fullname):
        raise ImportError

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the module's file."""

    @abstractmethod
    def get_filename(self, fullname):
        raise ImportError


def _register_machinery():
    from importlib import machinery
    for cls in (machinery.SourceFileLoader, machinery.StdlibLoader):
        for base in (Loader, ResourceLoader, InspectLoader, ExecutionLoader):
            base.register(cls)
    MetaPathFinder.register(machinery.PathFinder)
    MetaPathFinder.register(machinery.BuiltinImporter)
    Loader.register(machinery.BuiltinImporter)


_register_machinery()
del _register_machinery
