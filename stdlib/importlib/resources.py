"""Files that ship inside packages (on disk only, in coil)."""

import pathlib


def _package_of(package):
    if isinstance(package, str):
        from importlib import import_module
        package = import_module(package)
    if getattr(package, '__path__', None) is None:
        raise TypeError(f"{package.__name__!r} is not a package")
    return package


def files(package):
    """A ``pathlib.Path`` for the folder of `package` (a module or its name)."""
    module = _package_of(package)
    places = list(module.__path__)
    if not places:
        raise TypeError(f"{module.__name__!r} has no files on disk")
    return pathlib.Path(places[0])


def as_file(path):
    from contextlib import nullcontext
    return nullcontext(path)
