"""Text documentation for Python objects, as help() shows it.

help(thing) -- or `coil -m pydoc NAME` at the shell -- renders the docstrings,
signatures and members of a module, class, function or other object as
plain text and pages it to the terminal (or just writes it when the output
is not a terminal).  NAME may be a dotted path such as os.path.join, a
keyword or topic name, or a path to a Python source file.

This is coil's own pydoc.  It renders text only: the HTML renderer and the
documentation web server (`-b`, `-p`, `-n`, `-w`) are not available, and
topic/keyword pages need the pydoc_data package, which coil does not ship.
"""

__all__ = ['help']

import __future__
import builtins
import importlib.machinery
import importlib.util
import inspect
import io
import os
import re
import sys
import sysconfig
import tokenize
import warnings
from collections import deque
from reprlib import Repr


# ------------------------------------------------------------ docstrings

def _owner_class(func):
    """The class whose body defined func, found through its __qualname__."""
    holder = sys.modules.get(func.__module__)
    if holder is None:
        return None
    for step in func.__qualname__.split('.')[:-1]:
        holder = getattr(holder, step)
    return holder if inspect.isclass(holder) else None


def _where_defined(obj):
    """(class, attribute name) under which obj lives, or None.

    Used to borrow a docstring from the same attribute of a base class when
    obj has none of its own."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        via_class = getattr(getattr(bound_to, name, None), '__func__')
        if inspect.isclass(bound_to) and via_class is obj.__func__:
            return bound_to, name
        return bound_to.__class__, name
    if inspect.isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    if inspect.isbuiltin(obj):
        name = obj.__name__
        bound_to = obj.__self__
        if inspect.isclass(bound_to):
            if bound_to.__qualname__ + '.' + name == obj.__qualname__:
                return bound_to, name
        return bound_to.__class__, name
    if isinstance(obj, property):
        getter = obj.fget
        name = getter.__name__
        owner = _owner_class(getter)
        if owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    if inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
        return owner, name
    return None


def _slot_doc(obj):
    """The docstring a dict-valued __slots__ gives a member descriptor."""
    if not inspect.ismemberdescriptor(obj):
        return None
    slots = getattr(obj.__objclass__, '__slots__', None)
    if isinstance(slots, dict) and obj.__name__ in slots:
        return slots[obj.__name__]
    return None


def _finddoc(obj):
    found = _where_defined(obj)
    if found is None:
        return None
    owner, name = found
    from_slots = _slot_doc(obj)
    if from_slots is not None:
        return from_slots
    for klass in owner.__mro__:
        try:
            text = _getowndoc(getattr(klass, name))
        except AttributeError:
            continue
        if text is not None:
            return text
    return None


def _getowndoc(obj):
    """obj's own __doc__: None when it merely repeats its type's docstring."""
    try:
        text = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if text is None and isinstance(obj, property) and obj.fget is not None:
        # A property without its own doc shows its getter's docstring (coil's
        # property does not copy it over the way CPython's does).
        text = getattr(obj.fget, '__doc__', None)
    if text is None or obj is type:
        return text
    type_text = type(obj).__doc__
    if isinstance(type_text, str) and type_text == text:
        return None
    return text


def _getdoc(object):
    """The cleaned-up docstring of object, inherited ones included."""
    text = _getowndoc(object)
    if text is None:
        try:
            text = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if isinstance(text, str):
        return inspect.cleandoc(text)
    return None


def getdoc(object):
    """Get the doc string or comments for an object."""
    found = _getdoc(object) or inspect.getcomments(object)
    if not found:
        return ''
    return re.sub('^ *\n', '', found.rstrip()) or ''


def splitdoc(doc):
    """Split a doc string into a synopsis line (if any) and the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if lines[1].rstrip():
        return '', '\n'.join(lines)
    return lines[0], '\n'.join(lines[2:])


def classname(object, modname):
    """Get a class name and qualify it with a module name if necessary."""
    if object.__module__ == modname:
        return object.__name__
    return object.__module__ + '.' + object.__name__


def isdata(object):
    """Check if an object is of a type that probably means it's data."""
    checks = (inspect.ismodule, inspect.isclass, inspect.isroutine,
              inspect.isframe, inspect.istraceback, inspect.iscode)
    return not any(check(object) for check in checks)


def replace(text, *pairs):
    """Do a series of global replacements on a string."""
    for at in range(0, len(pairs) - 1, 2):
        text = text.replace(pairs[at], pairs[at + 1])
    return text


def cram(text, maxlen):
    """Omit part of a string if needed to make it fit in a maximum length."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


_address = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """Remove the hexadecimal id from a Python object representation."""
    return _address.sub(r'\1', text)


def _is_bound_method(fn):
    """Whether fn is a method bound to an object (Python or native)."""
    if inspect.ismethod(fn):
        return True
    if not inspect.isbuiltin(fn):
        return False
    bound_to = getattr(fn, '__self__', None)
    return bound_to is not None and not inspect.ismodule(bound_to)


def allmethods(cl):
    """{name: attribute} for every routine of cl and its bases."""
    names = set(name for name, _ in inspect.getmembers(cl, inspect.isroutine))
    for base in cl.__bases__:
        names.update(allmethods(base))
    return {name: getattr(cl, name) for name in names}


def _split_list(s, predicate):
    """([items passing predicate], [the others]), order kept."""
    kept, rest = [], []
    for item in s:
        (kept if predicate(item) else rest).append(item)
    return kept, rest


_future_feature_names = set(__future__.all_feature_names)

_HIDDEN_NAMES = frozenset(
    '__author__ __builtins__ __cached__ __credits__ __date__ __doc__ '
    '__file__ __spec__ __loader__ __module__ __name__ __package__ '
    '__path__ __qualname__ __slots__ __version__'.split())


def visiblename(name, all=None, obj=None):
    """Decide whether to show documentation on a variable."""
    if name in _HIDDEN_NAMES:
        return 0
    if name[:2] == '__' == name[-2:]:
        return 1
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if obj is not __future__ and name in _future_feature_names:
        if isinstance(getattr(obj, name, None), __future__._Feature):
            return False
    if all is None:
        return not name.startswith('_')
    return name in all


def classify_class_attrs(object):
    """inspect.classify_class_attrs, with data descriptors told apart."""
    out = []
    for name, kind, home, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            readonly = isinstance(value, property) and value.fset is None
            kind = 'readonly property' if readonly else 'data descriptor'
        out.append((name, kind, home, value))
    return out


def sort_attributes(attrs, object):
    'Sort the attrs list in-place by _fields and then alphabetically by name'
    fields = getattr(object, '_fields', [])
    try:
        rank = {field: at - len(fields) for at, field in enumerate(fields)}
    except TypeError:
        rank = {}
    attrs.sort(key=lambda attr: (rank.get(attr[0], 0), attr[0]))


# ------------------------------------------------------ finding modules

def pathdirs():
    """Convert sys.path into a list of absolute, existing, unique paths."""
    found, seen = [], set()
    for entry in sys.path:
        full = os.path.abspath(entry or '.')
        key = os.path.normcase(full)
        if key not in seen and os.path.isdir(full):
            seen.add(key)
            found.append(full)
    return found


def ispackage(path):
    """Guess whether a path refers to a package directory."""
    if not os.path.isdir(path):
        return False
    return any(os.path.isfile(os.path.join(path, '__init__' + suffix))
               for suffix in ('.py', '.pyc'))


def source_synopsis(file):
    """The first line of the docstring opening a source file, or None."""
    line = file.readline()
    while line[:1] == '#' or not line.strip():
        line = file.readline()
        if not line:
            break
    line = line.strip()
    if line.startswith('r"""'):
        line = line[1:]
    if not line.startswith('"""'):
        return None
    line = line[3:]
    if line.endswith('\\'):
        line = line[:-1]
    while not line.strip():
        line = file.readline()
        if not line:
            break
    return line.split('"""')[0].strip()


def synopsis(filename, cache={}):
    """Get the one-line summary out of a module file."""
    stamp = os.stat(filename).st_mtime
    seen_at, summary = cache.get(filename, (None, None))
    if seen_at is not None and seen_at >= stamp:
        return summary
    if filename.endswith(tuple(importlib.machinery.BYTECODE_SUFFIXES)):
        # coil cannot run compiled files, so their docstrings stay unknown.
        return None
    try:
        handle = tokenize.open(filename)
    except (OSError, SyntaxError):
        return None
    with handle:
        summary = source_synopsis(handle)
    cache[filename] = (stamp, summary)
    return summary


class ErrorDuringImport(Exception):
    """Importing a module (to document it) raised; carries the exc_info."""

    def __init__(self, filename, exc_info):
        self.exc, self.value, self.tb = exc_info
        self.filename = filename

    def __str__(self):
        kind = self.exc.__name__
        return f'problem in {self.filename} - {kind}: {self.value}'


def importfile(path):
    """Import a Python source file or compiled file given its path."""
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    try:
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    except BaseException:
        sys.modules.pop(name, None)
        raise ErrorDuringImport(path, sys.exc_info())


def _forget(path, cache):
    """Drop module path and its submodules from sys.modules (kept in cache)."""
    doomed = [path] + [m for m in sys.modules if m.startswith(path + '.')]
    for key in doomed:
        cache[key] = sys.modules.pop(key)


def safeimport(path, forceload=0, cache={}):
    """The module (or attribute of a package) named by dotted path.

    Returns None when no such module exists; an error raised while importing
    one that does exist comes out as ErrorDuringImport.  For 'a.b.c' the
    result is c itself, not the top package.  forceload drops the module and
    its submodules from sys.modules first so they are imported afresh."""
    try:
        if forceload and path in sys.modules:
            if path not in getattr(sys, 'builtin_module_names', ()):
                _forget(path, cache)
        module = __import__(path)
    except BaseException:
        info = sys.exc_info()
        kind, value = info[0], info[1]
        if path in sys.modules:
            where = getattr(sys.modules[path], '__file__', path)
            raise ErrorDuringImport(where, info)
        if kind is SyntaxError:
            raise ErrorDuringImport(value.filename, info)
        if issubclass(kind, ImportError) and value.name == path:
            return None
        raise ErrorDuringImport(path, info)
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


# ----------------------------------------------------------- formatters

_REFERENCE_NOTE = (
    'The following documentation is automatically generated from the Python\n'
    'source files.  It may be incomplete, incorrect or include features that\n'
    'are considered implementation detail and may vary between Python\n'
    'implementations.  When in doubt, consult the module reference at the\n'
    'location listed above.\n')

_DOCUMENTED_BUILTINS = frozenset(
    'errno exceptions gc imp marshal posix signal sys _thread zipimport'
    .split())


class Doc:
    """Dispatches an object to the method documenting its kind."""

    PYTHONDOCS = os.environ.get(
        "PYTHONDOCS",
        "https://docs.python.org/%d.%d/library" % sys.version_info[:2])

    def document(self, object, name=None, *args):
        """Generate documentation for an object."""
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def fail(self, object, name=None, *args):
        """Raise an exception for unimplemented types."""
        shown = ' ' + repr(name) if name else ''
        raise TypeError("don't know how to document object%s of type %s"
                        % (shown, type(object).__name__))

    docmodule = docclass = docroutine = docother = docproperty = docdata = fail

    def getdocloc(self, object, basedir=sysconfig.get_path('stdlib')):
        """Return the location of module docs or None"""
        if not inspect.ismodule(object):
            return None
        if object.__name__ in ('xml.etree', 'test.pydoc_mod'):
            return None
        try:
            file = inspect.getabsfile(object)
        except TypeError:
            file = '(built-in)'
        raw = getattr(object, '__file__', None) or ''
        base = os.path.normcase(basedir or '')
        in_stdlib = (raw.startswith('<stdlib>/') or _is_builtin_module(object) or
                     (base and file.startswith(base) and
                      not file.startswith(os.path.join(base, 'site-packages'))))
        if object.__name__ not in _DOCUMENTED_BUILTINS and not in_stdlib:
            return None
        root = os.environ.get("PYTHONDOCS", self.PYTHONDOCS)
        page = object.__name__.lower() + ".html"
        if root.startswith(("http://", "https://")):
            return root.rstrip("/") + "/" + page
        return os.path.join(root, page)


class TextRepr(Repr):
    """Shortened reprs for documentation: long values are cut in the middle."""

    def __init__(self):
        Repr.__init__(self)
        self.maxstring = self.maxother = 100
        self.maxdict = 10
        self.maxlist = self.maxtuple = 20

    def repr1(self, x, level):
        """Dispatches to repr_<typename> when there is one."""
        typename = getattr(type(x), '__name__', None)
        if typename is not None:
            method = getattr(self, 'repr_' + '_'.join(typename.split()), None)
            if method is not None:
                return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        """A string's repr, raw-string form when only literal backslashes need it."""
        shown = cram(x, self.maxstring)
        quoted = repr(shown)
        if '\\' in shown and '\\' not in quoted.replace('\\\\', ''):
            # Every backslash is literal: a raw string reads better.
            return 'r' + quoted[0] + shown + quoted[0]
        return quoted

    repr_str = repr_string

    def repr_instance(self, x, level):
        """An object's repr without its address; a placeholder if repr fails."""
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except BaseException:
            return '<%s instance>' % x.__class__.__name__


class _Rule:
    """Emits a line of dashes before every section but the first."""

    def __init__(self, push):
        self.push = push
        self.started = False

    def maybe(self):
        """Pushes the rule, unless this is the first section."""
        if self.started:
            self.push('-' * 70)
        self.started = True


class TextDoc(Doc):
    """Renders documentation as text, headings in terminal bold."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        """text overstruck (c, backspace, c) so terminals show it bold."""
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        """text with prefix put before each line (trailing space dropped)."""
        if not text:
            return ''
        lines = text.split('\n')
        body = [prefix + line for line in lines[:-1]]
        body.append((prefix + lines[-1]).rstrip())
        return '\n'.join(body)

    def section(self, title, contents):
        """Format a section with a given heading."""
        return '%s\n%s\n\n' % (self.bold(title), self.indent(contents).rstrip())

    def formattree(self, tree, modname, parent=None, prefix=''):
        """Render in text a class tree as returned by inspect.getclasstree()."""
        out = []
        klass = None
        for entry in tree:
            if type(entry) is tuple:
                klass, bases = entry
                line = prefix + classname(klass, modname)
                if bases and bases != (parent,):
                    line += '(%s)' % ', '.join(classname(b, modname)
                                               for b in bases)
                out.append(line + '\n')
            elif type(entry) is list:
                out.append(self.formattree(entry, modname, klass,
                                           prefix + '    '))
        return ''.join(out)

    # -------------------------------------------------------------- modules

    def _module_members(self, object, exported):
        """(classes, functions, data) of a module, each [(name, value)]."""
        classes = []
        for key, value in inspect.getmembers(object, inspect.isclass):
            if exported is None and (inspect.getmodule(value) or object) is not object:
                continue
            if visiblename(key, exported, object):
                classes.append((key, value))
        funcs = []
        for key, value in inspect.getmembers(object, inspect.isroutine):
            local = inspect.isbuiltin(value) or inspect.getmodule(value) is object
            if exported is None and not local:
                continue
            if visiblename(key, exported, object):
                funcs.append((key, value))
        data = [(key, value)
                for key, value in inspect.getmembers(object, isdata)
                if visiblename(key, exported, object)]
        return classes, funcs, data

    def docmodule(self, object, name=None, mod=None):
        """Produce text documentation for a given module object."""
        name = object.__name__
        synop, desc = splitdoc(getdoc(object))
        parts = [self.section('NAME', name + (synop and ' - ' + synop))]
        exported = getattr(object, '__all__', None)
        docloc = self.getdocloc(object)
        if docloc is not None:
            parts.append(self.section('MODULE REFERENCE',
                                      docloc + '\n\n' + _REFERENCE_NOTE))
        if desc:
            parts.append(self.section('DESCRIPTION', desc))

        classes, funcs, data = self._module_members(object, exported)

        listed = set()
        if hasattr(object, '__path__'):
            entries = []
            for modname, ispkg in _package_contents(object.__path__, name):
                listed.add(modname)
                entries.append(modname + (' (package)' if ispkg else ''))
            entries.sort()
            parts.append(self.section('PACKAGE CONTENTS', '\n'.join(entries)))

        submodules = sorted(
            key for key, value in inspect.getmembers(object, inspect.ismodule)
            if value.__name__.startswith(name + '.') and key not in listed)
        if submodules:
            parts.append(self.section('SUBMODULES', '\n'.join(submodules)))

        if classes:
            tree = inspect.getclasstree([value for _, value in classes], 1)
            blocks = [self.formattree(tree, name)]
            blocks += [self.document(value, key, name) for key, value in classes]
            parts.append(self.section('CLASSES', '\n'.join(blocks)))
        if funcs:
            blocks = [self.document(value, key, name) for key, value in funcs]
            parts.append(self.section('FUNCTIONS', '\n'.join(blocks)))
        if data:
            blocks = [self.docother(value, key, name, maxlen=70)
                      for key, value in data]
            parts.append(self.section('DATA', '\n'.join(blocks)))

        if hasattr(object, '__version__'):
            version = str(object.__version__)
            if version.startswith('$' + 'Revision: ') and version.endswith('$'):
                version = version[11:-1].strip()
            parts.append(self.section('VERSION', version))
        for attr, heading in (('__date__', 'DATE'), ('__author__', 'AUTHOR'),
                              ('__credits__', 'CREDITS')):
            if hasattr(object, attr):
                parts.append(self.section(heading, str(getattr(object, attr))))
        parts.append(self.section('FILE', _module_file(object)))
        return ''.join(parts)

    # -------------------------------------------------------------- classes

    def docclass(self, object, name=None, mod=None, *ignored):
        """Produce text documentation for a given class object."""
        realname = object.__name__
        name = name or realname
        home = object.__module__

        def qualified(klass):
            return classname(klass, home)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if object.__bases__:
            title += '(%s)' % ', '.join(map(qualified, object.__bases__))

        contents = []
        push = contents.append
        argspec = _signature_text(object)
        if argspec and argspec != '()':
            push(name + argspec + '\n')

        text = getdoc(object)
        if text:
            push(text + '\n')

        mro = deque(inspect.getmro(object))
        if len(mro) > 2:
            push("Method resolution order:")
            contents.extend('    ' + qualified(base) for base in mro)
            push('')

        self._push_builtin_subclasses(object, push)

        rule = _Rule(push)
        attrs = [entry for entry in classify_class_attrs(object)
                 if visiblename(entry[0], obj=object)]
        while attrs:
            thisclass = mro.popleft() if mro else attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is thisclass)
            if thisclass is builtins.object and object is not builtins.object:
                attrs = inherited
                continue
            if thisclass is object:
                tag = "defined here"
            else:
                tag = "inherited from " + qualified(thisclass)
            sort_attributes(attrs, object)
            for heading, kind, how in self._CLASS_SECTIONS:
                ok, attrs = _split_list(attrs, lambda t: t[1] == kind)
                if ok:
                    rule.maybe()
                    push(heading % tag)
                    how(self, object, ok, mod, push)
            attrs = inherited

        body = '\n'.join(contents)
        if not body:
            return title + '\n'
        return title + '\n' + self.indent(body.rstrip(), ' |  ') + '\n'

    def _push_builtin_subclasses(self, object, push):
        """Lists (up to four) public subclasses of object defined in builtins."""
        try:
            children = type.__subclasses__(object)
        except TypeError:
            return
        names = sorted((str(c.__name__) for c in children
                        if not c.__name__.startswith('_')
                        and c.__module__ == 'builtins'), key=str.lower)
        if not names:
            return
        push("Built-in subclasses:")
        for child in names[:4]:
            push('    ' + child)
        if len(names) > 4:
            push('    ... and %d other subclasses' % (len(names) - 4))
        push('')

    def _spill_routines(self, object, entries, mod, push):
        for name, kind, homecls, value in entries:
            try:
                value = getattr(object, name)
            except Exception:
                # A descriptor whose __get__ fails is shown as data.
                push(self.docdata(value, name, mod))
            else:
                push(self.document(value, name, mod, object))

    def _spill_descriptors(self, object, entries, mod, push):
        for name, kind, homecls, value in entries:
            push(self.docdata(value, name, mod))

    def _spill_data(self, object, entries, mod, push):
        for name, kind, homecls, value in entries:
            text = getdoc(value)
            try:
                shown = getattr(object, name)
            except AttributeError:
                shown = homecls.__dict__[name]
            push(self.docother(shown, name, mod, maxlen=70, doc=text) + '\n')

    # (heading, kind from classify_class_attrs, how to render), in order.
    _CLASS_SECTIONS = (
        ("Methods %s:\n", 'method', _spill_routines),
        ("Class methods %s:\n", 'class method', _spill_routines),
        ("Static methods %s:\n", 'static method', _spill_routines),
        ("Readonly properties %s:\n", 'readonly property', _spill_descriptors),
        ("Data descriptors %s:\n", 'data descriptor', _spill_descriptors),
        ("Data and other attributes %s:\n", 'data', _spill_data),
    )

    # ------------------------------------------------------- other objects

    def formatvalue(self, object):
        """'=' and the shortened repr of a default value."""
        return '=' + self.repr(object)

    @staticmethod
    def _binding_note(object, mod, cl):
        """' from X' / ' method of X instance' for a bound method, else ''."""
        if not _is_bound_method(object):
            return ''
        owner_type = type(object.__self__)
        if cl:
            if owner_type is cl:
                return ''
            return ' from ' + classname(owner_type, mod)
        if object.__self__ is None:
            return ' unbound %s method' % classname(owner_type, mod)
        return ' method of %s instance' % classname(owner_type, mod)

    def docroutine(self, object, name=None, mod=None, cl=None):
        """Text for a function or method: its signature line and docstring."""
        realname = object.__name__
        name = name or realname
        note = self._binding_note(object, mod, cl)
        asynchronous = (inspect.iscoroutinefunction(object) or
                        inspect.isasyncgenfunction(object))

        # An alias whose class attribute is this very object is not
        # documented twice.
        skipdocs = (name != realname and bool(cl) and
                    inspect.getattr_static(cl, realname, []) is object)
        if name == realname:
            title = self.bold(realname)
        else:
            title = self.bold(name) + ' = ' + realname

        argspec = None
        if inspect.isroutine(object):
            argspec = _signature_text(object)
            if argspec and realname == '<lambda>':
                title = self.bold(name) + ' lambda '
                argspec = argspec[1:-1]
        decl = ('async ' if asynchronous else '') + title
        decl += (argspec or '(...)') + note
        if skipdocs:
            return decl + '\n'
        text = getdoc(object) or ''
        if not text:
            return decl + '\n'
        return decl + '\n' + self.indent(text).rstrip() + '\n'

    def docdata(self, object, name=None, mod=None, cl=None):
        """Produce text documentation for a data descriptor."""
        out = ''
        if name:
            out += self.bold(name) + '\n'
        text = getdoc(object) or ''
        if text:
            out += self.indent(text) + '\n'
        return out

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, maxlen=None,
                 doc=None):
        """Produce text documentation for a data object."""
        shown = self.repr(object)
        if maxlen:
            overflow = len((name + ' = ' if name else '') + shown) - maxlen
            if overflow > 0:
                shown = shown[:-overflow] + '...'
        line = (self.bold(name) + ' = ' if name else '') + shown
        doc = doc or getdoc(object)
        if not doc:
            return line
        return line + '\n' + self.indent(str(doc)) + '\n'


class _PlainTextDoc(TextDoc):
    """TextDoc without the bold overstriking."""

    def bold(self, text):
        """text unchanged: plain output has no bold."""
        return text


def _module_file(module):
    """The absolute file a module came from, its '<stdlib>/...' name when
    it is embedded in coil, or '(built-in)'."""
    raw = getattr(module, '__file__', None)
    if isinstance(raw, str) and raw.startswith('<stdlib>/'):
        return raw
    try:
        return inspect.getabsfile(module)
    except TypeError:
        return '(built-in)'


def _signature_text(object):
    """str(inspect.signature(object)), or None when it has none."""
    try:
        found = inspect.signature(object)
    except (ValueError, TypeError):
        return None
    return str(found) if found else None


def _package_contents(paths, package=None):
    """(name, is a package) for each module file or package in the folders.

    Packages embedded in coil ('<stdlib>/...' paths) cannot be listed, so
    their submodules that are already imported stand in."""
    found = {}
    if package and any(str(p).startswith('<stdlib>') for p in paths):
        for key, module in list(sys.modules.items()):
            head, dot, tail = key.rpartition('.')
            if head == package and tail.isidentifier() and module is not None:
                found[tail] = hasattr(module, '__path__')
    for folder in paths:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in names:
            full = os.path.join(folder, entry)
            stem, dot, ext = entry.rpartition('.')
            if not dot:
                if entry.isidentifier() and ispackage(full):
                    found.setdefault(entry, True)
            elif ext == 'py' and stem.isidentifier() and stem != '__init__':
                found.setdefault(stem, False)
    return sorted(found.items())


# ------------------------------------------------------------ output

def pager(text):
    """The first time this is called, determine what kind of pager to use."""
    global pager
    pager = getpager()
    pager(text)


def _is_tty(stream):
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def getpager():
    """Decide what method to use for paging through text."""
    if not (_is_tty(sys.stdin) and _is_tty(sys.stdout)):
        return plainpager
    dumb = os.environ.get('TERM') in ('dumb', 'emacs')
    command = os.environ.get('MANPAGER') or os.environ.get('PAGER')
    if command:
        if dumb:
            return lambda text: pipepager(plain(text), command)
        return lambda text: pipepager(text, command)
    if dumb:
        return plainpager
    if hasattr(os, 'system') and os.system('(less) 2>/dev/null') == 0:
        return lambda text: pipepager(text, 'less')
    return ttypager


def plain(text):
    """text without the overstriking that makes it bold."""
    return re.sub('.\b', '', text)


def pipepager(text, cmd):
    """Writes text to the standard input of shell command cmd (a pager)."""
    import subprocess
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE)
    data = text.encode(sys.getdefaultencoding(), 'backslashreplace')
    try:
        proc.stdin.write(data)
        proc.stdin.close()
    except (OSError, KeyboardInterrupt):
        pass
    finished = False
    while not finished:
        try:
            proc.wait()
            finished = True
        except KeyboardInterrupt:
            # The pager owns the terminal until it exits.
            continue


def tempfilepager(text, cmd):
    """Page through text by invoking a program on a temporary file."""
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'pydoc.out')
        with open(path, 'w', errors='backslashreplace') as out:
            out.write(text)
        os.system('%s "%s"' % (cmd, path))


def _escape_stdout(text):
    """text with what stdout cannot encode turned into escapes."""
    encoding = getattr(sys.stdout, 'encoding', None) or 'utf-8'
    return text.encode(encoding, 'backslashreplace').decode(encoding)


def ttypager(text):
    """Page through text on a text terminal, a screenful at a time."""
    lines = plain(_escape_stdout(text)).split('\n')
    try:
        height = int(os.environ.get('LINES', 0))
    except ValueError:
        height = 0
    step = height - 1 if height > 1 else 24
    write = sys.stdout.write
    write('\n'.join(lines[:step]) + '\n')
    at = step
    while at < len(lines):
        write('-- more --')
        sys.stdout.flush()
        answer = sys.stdin.readline()[:-1][:1]
        if answer in ('q', 'Q'):
            write('\r          \r')
            return
        if answer in ('', '\r', '\n'):
            write('\r          \r' + lines[at] + '\n')
            at += 1
            continue
        if answer in ('b', 'B', '\x1b'):
            at = max(0, at - 2 * step)
        write('\n' + '\n'.join(lines[at:at + step]) + '\n')
        at += step


def plainpager(text):
    """Simply print unformatted text.  This is the ultimate fallback."""
    sys.stdout.write(plain(_escape_stdout(text)))


# -------------------------------------------------- describing objects

def _is_builtin_module(module):
    """Whether module is built into the interpreter.  coil's native modules
    (written in Rust) have neither __file__ nor __spec__."""
    if module.__name__ in getattr(sys, 'builtin_module_names', ()):
        return True
    return not hasattr(module, '__file__') and not hasattr(module, '__spec__')


def describe(thing):
    """A few words saying what thing is: 'class Foo', 'module os', ..."""
    if inspect.ismodule(thing):
        if _is_builtin_module(thing):
            kind = 'built-in module'
        elif hasattr(thing, '__path__'):
            kind = 'package'
        else:
            kind = 'module'
        return kind + ' ' + thing.__name__
    for check, label in ((inspect.isgetsetdescriptor, 'getset descriptor'),
                         (inspect.ismemberdescriptor, 'member descriptor')):
        if not inspect.isbuiltin(thing) and check(thing):
            owner = thing.__objclass__
            return '%s %s.%s.%s' % (label, owner.__module__, owner.__name__,
                                    thing.__name__)
    for check, label in ((inspect.isbuiltin, 'built-in function'),
                         (inspect.isclass, 'class'),
                         (inspect.isfunction, 'function'),
                         (inspect.ismethod, 'method')):
        if check(thing):
            return label + ' ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """Locate an object by name or dotted path, importing as necessary."""
    parts = [part for part in path.split('.') if part]
    module = None
    used = 0
    while used < len(parts):
        found = safeimport('.'.join(parts[:used + 1]), forceload)
        if not found:
            break
        module = found
        used += 1
    object = module if module else builtins
    for part in parts[used:]:
        try:
            object = getattr(object, part)
        except AttributeError:
            return None
    return object


text = TextDoc()
plaintext = _PlainTextDoc()


def resolve(thing, forceload=0):
    """Given an object or a path to an object, get the object and its name."""
    if not isinstance(thing, str):
        name = getattr(thing, '__name__', None)
        return thing, (name if isinstance(name, str) else None)
    object = locate(thing, forceload)
    if object is None:
        raise ImportError(
            'No Python documentation found for %r.\n'
            'Use help() to get the interactive help utility.\n'
            'Use help(str) for help on the str class.' % thing)
    return object, thing


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    """The title line and the rendered documentation of thing (an object or
    a dotted name), as help() shows them."""
    object, name = resolve(thing, forceload)
    module = inspect.getmodule(object)
    desc = describe(object)
    if name and '.' in name:
        desc += ' in ' + name.rpartition('.')[0]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    renderer = renderer or text
    documentable = (inspect.ismodule(object) or inspect.isclass(object) or
                    inspect.isroutine(object) or
                    inspect.isdatadescriptor(object) or _getdoc(object))
    if not documentable and hasattr(object, '__origin__'):
        # A generic alias such as list[int]: document its origin.
        object = object.__origin__
    elif not documentable:
        # Plain data: document what its type offers instead of its value.
        desc += ' object'
        object = type(object)
    return title % desc + '\n\n' + renderer.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0,
        output=None, is_cli=False):
    """Shows the documentation of thing: through the pager, or written in
    plain text to output when one is given."""
    if output is not None:
        try:
            rendered = render_doc(thing, title, forceload, plaintext)
        except ImportError as exc:
            rendered = str(exc)
        output.write(rendered)
        return
    try:
        pager(render_doc(thing, title, forceload))
    except ImportError as exc:
        if is_cli:
            raise
        print(exc)


def writedoc(thing, forceload=0):
    """HTML output is not part of coil's pydoc."""
    raise NotImplementedError("pydoc: HTML documentation is not available in coil")


def writedocs(dir, pkgpath='', done=None):
    """HTML output is not part of coil's pydoc."""
    raise NotImplementedError("pydoc: HTML documentation is not available in coil")


# ------------------------------------------------------ interactive help

def _table(spec):
    """Parses 'name=target' or 'name=label|see also' lines into a dict."""
    table = {}
    for row in spec.split('\n'):
        row = row.strip()
        if not row:
            continue
        key, _, value = row.partition('=')
        if '|' in value:
            label, _, xrefs = value.partition('|')
            table[key] = (label, xrefs)
        else:
            table[key] = value
    return table


_KEYWORDS = """
False=
None=
True=
and=BOOLEAN
as=with
assert=assert|
async=async|
await=await|
break=break|while for
class=class|CLASSES SPECIALMETHODS
continue=continue|while for
def=function|
del=del|BASICMETHODS
elif=if
else=else|while for
except=try
finally=try
for=for|break continue while
from=import
global=global|nonlocal NAMESPACES
if=if|TRUTHVALUE
import=import|MODULES
in=in|SEQUENCEMETHODS
is=COMPARISON
lambda=lambda|FUNCTIONS
nonlocal=nonlocal|global NAMESPACES
not=BOOLEAN
or=BOOLEAN
pass=pass|
raise=raise|EXCEPTIONS
return=return|FUNCTIONS
try=try|EXCEPTIONS
while=while|break continue if TRUTHVALUE
with=with|CONTEXTMANAGERS EXCEPTIONS yield
yield=yield|
"""

_TOPICS = """
TYPES=types|STRINGS UNICODE NUMBERS SEQUENCES MAPPINGS FUNCTIONS CLASSES MODULES FILES inspect
STRINGS=strings|str UNICODE SEQUENCES STRINGMETHODS FORMATTING TYPES
STRINGMETHODS=string-methods|STRINGS FORMATTING
FORMATTING=formatstrings|OPERATORS
UNICODE=strings|encodings unicode SEQUENCES STRINGMETHODS FORMATTING TYPES
NUMBERS=numbers|INTEGER FLOAT COMPLEX TYPES
INTEGER=integers|int range
FLOAT=floating|float math
COMPLEX=imaginary|complex cmath
SEQUENCES=typesseq|STRINGMETHODS FORMATTING range LISTS
MAPPINGS=DICTIONARIES
FUNCTIONS=typesfunctions|def TYPES
METHODS=typesmethods|class def CLASSES TYPES
CODEOBJECTS=bltin-code-objects|compile FUNCTIONS TYPES
TYPEOBJECTS=bltin-type-objects|types TYPES
FRAMEOBJECTS=TYPES
TRACEBACKS=TYPES
NONE=bltin-null-object|
ELLIPSIS=bltin-ellipsis-object|SLICINGS
SPECIALATTRIBUTES=specialattrs|
CLASSES=types|class SPECIALMETHODS PRIVATENAMES
MODULES=typesmodules|import
PACKAGES=import
EXPRESSIONS=operator-summary|lambda or and not in is BOOLEAN COMPARISON BITWISE SHIFTING BINARY FORMATTING POWER UNARY ATTRIBUTES SUBSCRIPTS SLICINGS CALLS TUPLES LISTS DICTIONARIES
OPERATORS=EXPRESSIONS
PRECEDENCE=EXPRESSIONS
OBJECTS=objects|TYPES
SPECIALMETHODS=specialnames|BASICMETHODS ATTRIBUTEMETHODS CALLABLEMETHODS SEQUENCEMETHODS MAPPINGMETHODS NUMBERMETHODS CLASSES
BASICMETHODS=customization|hash repr str SPECIALMETHODS
ATTRIBUTEMETHODS=attribute-access|ATTRIBUTES SPECIALMETHODS
CALLABLEMETHODS=callable-types|CALLS SPECIALMETHODS
SEQUENCEMETHODS=sequence-types|SEQUENCES SEQUENCEMETHODS SPECIALMETHODS
MAPPINGMETHODS=sequence-types|MAPPINGS SPECIALMETHODS
NUMBERMETHODS=numeric-types|NUMBERS AUGMENTEDASSIGNMENT SPECIALMETHODS
EXECUTION=execmodel|NAMESPACES DYNAMICFEATURES EXCEPTIONS
NAMESPACES=naming|global nonlocal ASSIGNMENT DELETION DYNAMICFEATURES
DYNAMICFEATURES=dynamic-features|
SCOPING=NAMESPACES
FRAMES=NAMESPACES
EXCEPTIONS=exceptions|try except finally raise
CONVERSIONS=conversions|
IDENTIFIERS=identifiers|keywords SPECIALIDENTIFIERS
SPECIALIDENTIFIERS=id-classes|
PRIVATENAMES=atom-identifiers|
LITERALS=atom-literals|STRINGS NUMBERS TUPLELITERALS LISTLITERALS DICTIONARYLITERALS
TUPLES=SEQUENCES
TUPLELITERALS=exprlists|TUPLES LITERALS
LISTS=typesseq-mutable|LISTLITERALS
LISTLITERALS=lists|LISTS LITERALS
DICTIONARIES=typesmapping|DICTIONARYLITERALS
DICTIONARYLITERALS=dict|DICTIONARIES LITERALS
ATTRIBUTES=attribute-references|getattr hasattr setattr ATTRIBUTEMETHODS
SUBSCRIPTS=subscriptions|SEQUENCEMETHODS
SLICINGS=slicings|SEQUENCEMETHODS
CALLS=calls|EXPRESSIONS
POWER=power|EXPRESSIONS
UNARY=unary|EXPRESSIONS
BINARY=binary|EXPRESSIONS
SHIFTING=shifting|EXPRESSIONS
BITWISE=bitwise|EXPRESSIONS
COMPARISON=comparisons|EXPRESSIONS BASICMETHODS
BOOLEAN=booleans|EXPRESSIONS TRUTHVALUE
ASSERTION=assert
ASSIGNMENT=assignment|AUGMENTEDASSIGNMENT
AUGMENTEDASSIGNMENT=augassign|NUMBERMETHODS
DELETION=del
RETURNING=return
IMPORTING=import
CONDITIONAL=if
LOOPING=compound|for while break continue
TRUTHVALUE=truth|if while and or not BASICMETHODS
DEBUGGING=debugger|pdb
CONTEXTMANAGERS=context-managers|with
"""


def _symbol_table():
    """Punctuation symbol -> space-separated topics that explain it."""
    table = {
        '%': 'OPERATORS FORMATTING', '**': 'POWER',
        ',': 'TUPLES LISTS FUNCTIONS',
        '.': 'ATTRIBUTES FLOAT MODULES OBJECTS', '...': 'ELLIPSIS',
        ':': 'SLICINGS DICTIONARYLITERALS', '@': 'def class',
        '\\': 'STRINGS', '_': 'PRIVATENAMES',
        '__': 'PRIVATENAMES SPECIALMETHODS', '`': 'BACKQUOTES',
        '(': 'TUPLES FUNCTIONS CALLS', ')': 'TUPLES FUNCTIONS CALLS',
        '[': 'LISTS SUBSCRIPTS SLICINGS', ']': 'LISTS SUBSCRIPTS SLICINGS',
    }
    quotes = [p + q for p in 'bfru' for q in '\'"']
    comparisons = '< > <= >= == != <>'.split()
    groups = (
        ('STRINGS', ["'", "'''", '"', '"""'] + quotes),
        ('OPERATORS', '+ - * ** / // % << >> & | ^ ~'.split() + comparisons),
        ('COMPARISON', comparisons),
        ('UNARY', ['-', '~']),
        ('AUGMENTEDASSIGNMENT',
         '+= -= *= /= %= &= |= ^= <<= >>= **= //='.split()),
        ('BITWISE', '<< >> & | ^ ~'.split()),
        ('COMPLEX', ['j', 'J']),
    )
    for topic, members in groups:
        for symbol in members:
            known = table.get(symbol, topic)
            if topic not in known:
                known += ' ' + topic
            table[symbol] = known
    return table


_INTRO = [
    "Welcome to Python {0}'s help utility! If this is your first time using",
    "Python, you should definitely check out the tutorial at",
    "https://docs.python.org/{0}/tutorial/.",
    "",
    "Enter the name of any module, keyword, or topic to get help on writing",
    "Python programs and using Python modules.  To get a list of available",
    'modules, keywords, symbols, or topics, enter "modules", "keywords",',
    '"symbols", or "topics".',
    "",
    "Each module also comes with a one-line summary of what it does; to list",
    'the modules whose name or summary contain a given string such as "spam",',
    'enter "modules spam".',
    "",
    "To quit this help utility and return to the interpreter,",
    'enter "q" or "quit".',
]

_GOODBYE = [
    "",
    "You are now leaving help and returning to the Python interpreter.",
    "If you want to ask for help on a particular object directly from the",
    'interpreter, you can type "help(object)".  Executing "help(\'string\')"',
    "has the same effect as typing a particular string at the help> prompt.",
]

_NO_TOPICS = ('\nSorry, topic and keyword documentation is not available '
              'because the\nmodule "pydoc_data.topics" could not be found.\n')


class Helper:
    """The object behind help(): documents objects, names and topics."""

    keywords = _table(_KEYWORDS)
    topics = _table(_TOPICS)
    symbols = _symbol_table()

    def __init__(self, input=None, output=None):
        self._output = output
        self._input = input

    @property
    def input(self):
        """Where interactive requests are read from (default sys.stdin)."""
        return self._input or sys.stdin

    @property
    def output(self):
        """Where help is written (default sys.stdout)."""
        return self._output or sys.stdout

    def __repr__(self):
        return '<%s.%s instance>' % (type(self).__module__,
                                     type(self).__qualname__)

    _GoInteractive = object()

    def __call__(self, request=_GoInteractive):
        if request is self._GoInteractive:
            self.intro()
            self.interact()
            self.output.write('\n'.join(_GOODBYE) + '\n')
            return
        try:
            self.help(request)
        except ImportError as exc:
            self.output.write(f'{exc}\n')

    def interact(self):
        """Answers requests read with getline until an empty line or quit."""
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
            except (KeyboardInterrupt, EOFError):
                return
            if not request:
                return
            request = request.strip()
            quoted = (len(request) > 2 and request[0] == request[-1]
                      and request[0] in ("'", '"')
                      and request[0] not in request[1:-1])
            if quoted:
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                return
            if request != 'help':
                self.help(request)
            else:
                self.intro()

    def getline(self, prompt):
        """One request line: input() on the console, else read from input."""
        source = self.input
        if source is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return source.readline()

    def help(self, request, is_cli=False):
        """Documents one request: an object, or a name, keyword or topic."""
        if isinstance(request, Helper):
            self()
        elif not isinstance(request, str):
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        else:
            self._help_on_name(request.strip(), is_cli)
        self.output.write('\n')

    def _help_on_name(self, request, is_cli):
        listings = {'keywords': self.listkeywords, 'symbols': self.listsymbols,
                    'topics': self.listtopics, 'modules': self.listmodules}
        if request in listings:
            listings[request]()
        elif request.startswith('modules '):
            self.listmodules(request.split()[1])
        elif request in self.symbols:
            self.showsymbol(request)
        elif request in ('True', 'False', 'None'):
            doc(eval(request), 'Help on %s:', output=self._output, is_cli=is_cli)
        elif request in self.keywords or request in self.topics:
            self.showtopic(request)
        else:
            doc(request or str, 'Help on %s:', output=self._output,
                is_cli=is_cli)

    def intro(self):
        """Writes the welcome text of interactive help."""
        version = '%d.%d' % sys.version_info[:2]
        self.output.write('\n'.join(_INTRO).format(version) + '\n')

    def list(self, items, columns=4, width=80):
        """Writes items sorted, in columns read top to bottom."""
        items = sorted(items)
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                at = col * rows + row
                if at >= len(items):
                    continue
                self.output.write(items[at])
                if col < columns - 1:
                    self.output.write(' ' * (colw - len(items[at])))
            self.output.write('\n')

    def _listing(self, what, items):
        self.output.write('\n%s\n\n' % what)
        self.list(items)

    def listkeywords(self):
        """Lists the keywords help knows about."""
        self._listing('Here is a list of the Python keywords.  '
                      'Enter any keyword to get more help.', self.keywords)

    def listsymbols(self):
        """Lists the punctuation symbols help knows about."""
        self._listing('Here is a list of the punctuation symbols which Python '
                      'assigns special meaning\nto. Enter any symbol to get '
                      'more help.', self.symbols)

    def listtopics(self):
        """Lists the topic names."""
        self._listing('Here is a list of available topics.  '
                      'Enter any topic name to get more help.', self.topics)

    def showtopic(self, topic, more_xrefs=''):
        """Pages a topic's text (needs pydoc_data, which coil lacks)."""
        try:
            import pydoc_data.topics as pages
        except ImportError:
            self.output.write(_NO_TOPICS)
            return
        target = self.topics.get(topic, self.keywords.get(topic))
        while isinstance(target, str) and target:
            target = self.topics.get(target, self.keywords.get(target))
        if not target:
            self.output.write('no documentation found for %r\n' % topic)
            return
        label, xrefs = target
        page = pages.topics.get(label)
        if page is None:
            self.output.write('no documentation found for %r\n' % topic)
            return
        page = page.strip() + '\n'
        if more_xrefs:
            xrefs = (xrefs or '') + ' ' + more_xrefs
        if xrefs:
            import textwrap
            related = 'Related help topics: ' + ', '.join(xrefs.split()) + '\n'
            page += '\n%s\n' % '\n'.join(textwrap.wrap(related, 72))
        pager(page)

    def showsymbol(self, symbol):
        """Shows the topic that explains a symbol."""
        topic, _, xrefs = self.symbols[symbol].partition(' ')
        self.showtopic(topic, xrefs)

    def listmodules(self, key=''):
        """Lists the modules coil can see, or those whose summary has key."""
        if key:
            self.output.write(
                "\nHere is a list of modules whose name or summary contains "
                "'%s'.\nIf there are any, enter a module name to get more "
                "help.\n\n" % key)
            apropos(key)
            return
        self.output.write('\nPlease wait a moment while I gather a list of '
                          'all available modules...\n\n')
        names = set()
        for modname, ispkg, _ in _all_modules():
            if '.' not in modname:
                names.add(modname + (' (package)' if ispkg else ''))
        self.list(names)
        self.output.write(
            '\nEnter any module name to get more help.  Or, type "modules '
            'spam" to search\nfor modules whose name or summary contain the '
            'string "spam".\n')


help = Helper()


def _all_modules():
    """(dotted name, is a package, path or None) of the modules coil can see:
    the ones already imported and the .py files and packages on sys.path."""
    seen = set()
    for name, module in sorted(sys.modules.items()):
        if name == '__main__' or module is None:
            continue
        seen.add(name)
        yield name, hasattr(module, '__path__'), getattr(module, '__file__', None)
    for folder in pathdirs():
        for name, ispkg in _package_contents([folder]):
            if name in seen:
                continue
            seen.add(name)
            if ispkg:
                yield name, True, os.path.join(folder, name, '__init__.py')
            else:
                yield name, False, os.path.join(folder, name + '.py')


def apropos(key):
    """Print all the one-line module summaries that contain a substring."""
    key = key.lower()
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore')
        for modname, ispkg, path in _all_modules():
            summary = ''
            module = sys.modules.get(modname)
            if module is not None:
                summary = (getattr(module, '__doc__', None) or '').split('\n')[0]
            elif path is not None:
                try:
                    summary = synopsis(path) or ''
                except OSError:
                    summary = ''
            if key in (modname + ' - ' + summary).lower():
                shown = modname + (' (package)' if ispkg else '')
                print(shown, summary and '- ' + summary)


def browse(port=0, *, open_browser=True, hostname='localhost'):
    """The documentation web server is not part of coil's pydoc."""
    print('pydoc: the documentation server is not available in coil')


# -------------------------------------------------------- command line

def ispath(x):
    """Whether x is a string naming a file path (it holds os.sep)."""
    return isinstance(x, str) and os.sep in x


def _get_revised_path(given_path, argv0):
    """Ensures current directory is on returned path, and argv0 directory is not

    Exception: argv0 dir is left alone if it's also pydoc's directory.

    Returns a new path entry list, or None if no adjustment is needed.
    """
    here = os.getcwd()
    if '' in given_path or os.curdir in given_path or here in given_path:
        return None
    revised = list(given_path)
    script_dir = os.path.dirname(argv0)
    own_dir = os.path.dirname(__file__)
    if script_dir in revised:
        try:
            same = os.path.samefile(script_dir, own_dir)
        except OSError:
            same = False
        if not same:
            revised.remove(script_dir)
    revised.insert(0, here)
    return revised


def _adjust_cli_sys_path():
    """Puts the current directory on sys.path (see _get_revised_path)."""
    revised = _get_revised_path(sys.path, sys.argv[0])
    if revised is not None:
        sys.path[:] = revised


_USAGE = [
    "pydoc - the Python documentation tool",
    "",
    "{cmd} <name> ...",
    "    Show text documentation on something.  <name> may be the name of a",
    "    Python keyword, topic, function, module, or package, or a dotted",
    "    reference to a class or function within a module or module in a",
    "    package.  If <name> contains a '{sep}', it is used as the path to a",
    "    Python source file to document. If name is 'keywords', 'topics',",
    "    or 'modules', a listing of these things is displayed.",
    "",
    "{cmd} -k <keyword>",
    "    Search for a keyword in the synopsis lines of all available modules.",
    "",
    "{cmd} -n <hostname>",
    "    Start an HTTP server with the given hostname (default: localhost).",
    "",
    "{cmd} -p <port>",
    "    Start an HTTP server on the given port on the local machine.  Port",
    "    number 0 can be used to get an arbitrary unused port.",
    "",
    "{cmd} -b",
    "    Start an HTTP server on an arbitrary unused port and open a web browser",
    "    to interactively browse documentation.  This option can be used in",
    "    combination with -n and/or -p.",
    "",
    "{cmd} -w <name> ...",
    "    Write out the HTML documentation for a module to a file in the current",
    "    directory.  If <name> contains a '{sep}', it is treated as a filename; if",
    "    it names a directory, documentation is written for all the contents.",
    "",
]


class _BadUsage(Exception):
    pass


def _parse_options(argv):
    """getopt-style parse of 'bk:n:p:w': ([(flag, value)], [arguments])."""
    opts = []
    at = 0
    while at < len(argv) and argv[at].startswith('-') and argv[at] != '-':
        word = argv[at]
        at += 1
        if word == '--':
            break
        letters = word[1:]
        while letters:
            flag, letters = letters[0], letters[1:]
            if flag not in 'bknpw':
                raise _BadUsage
            if flag in 'knp':
                if not letters:
                    if at >= len(argv):
                        raise _BadUsage
                    letters = argv[at]
                    at += 1
                opts.append(('-' + flag, letters))
                letters = ''
            else:
                opts.append(('-' + flag, ''))
    return opts, argv[at:]


def _cli_help(arg):
    """Prints help on one command-line argument; exits 1 if it fails."""
    as_path = ispath(arg)
    if as_path and not os.path.exists(arg):
        print('file %r does not exist' % arg)
        sys.exit(1)
    try:
        if as_path and os.path.isfile(arg):
            arg = importfile(arg)
        help.help(arg, is_cli=True)
    except (ImportError, ErrorDuringImport) as problem:
        print(problem)
        sys.exit(1)


def cli():
    """Command-line interface (looks at sys.argv to decide what to do)."""
    _adjust_cli_sys_path()
    try:
        opts, args = _parse_options(sys.argv[1:])
        flags = dict(opts)
        if '-k' in flags:
            apropos(flags['-k'])
            return
        if '-b' in flags or '-p' in flags or '-n' in flags or '-w' in flags:
            print('pydoc: the documentation server and HTML output are '
                  'not available in coil')
            sys.exit(1)
        if not args:
            raise _BadUsage
        for arg in args:
            _cli_help(arg)
    except _BadUsage:
        cmd = os.path.splitext(os.path.basename(sys.argv[0]))[0]
        print('\n'.join(_USAGE).format(cmd=cmd, sep=os.sep))


if __name__ == '__main__':
    cli()
