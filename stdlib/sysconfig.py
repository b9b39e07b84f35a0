"""What coil knows about its own installation and build.

coil is a single executable with its standard library embedded, built by
cargo rather than from a C Makefile. The configuration variables below say
so honestly: the ones that describe a C build (compiler flags, extension
suffixes, shared libraries) are empty, 0 or absent (None), and
`is_python_build()` is False. The installation paths follow the layout of
CPython's POSIX schemes under `sys.prefix` (or /usr/local), for programs
that want to know where packages would go.
"""

import os
import sys

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars",
           "get_makefile_filename", "get_path", "get_path_names", "get_paths",
           "get_platform", "get_python_version", "get_scheme_names",
           "parse_config_h"]

_MAJOR, _MINOR, _MICRO = sys.version_info[:3]
_SHORT = "%d.%d" % (_MAJOR, _MINOR)

# The path names every scheme defines ('platinclude' is extra in some).
_NAMES = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts",
          "data")

# Templates of the installation schemes, as in CPython on POSIX systems.
_VERSIONED = "{installed_base}/{platlibdir}/python{py_version_short}"
_SCHEMES = {
    "posix_prefix": {
        "stdlib": _VERSIONED,
        "platstdlib": "{platbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/{platlibdir}/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_home": {
        "stdlib": "{installed_base}/lib/python",
        "platstdlib": "{base}/lib/python",
        "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python",
        "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python",
        "scripts": "{base}/bin",
        "data": "{base}",
    },
    "posix_user": {
        "stdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "platstdlib": "{userbase}/{platlibdir}/python{py_version_short}",
        "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
        "platlib": "{userbase}/{platlibdir}/python{py_version_short}/site-packages",
        "include": "{userbase}/include/python{py_version_short}",
        "scripts": "{userbase}/bin",
        "data": "{userbase}",
    },
}
_SCHEMES["posix_venv"] = dict(_SCHEMES["posix_prefix"])
_SCHEMES["venv"] = _SCHEMES["posix_venv"]

_DEFAULT_SCHEME = "posix_prefix"


def _prefix():
    found = getattr(sys, "prefix", None)
    if found:
        return found
    exe = getattr(sys, "executable", "")
    if exe and os.path.isabs(exe):
        return os.path.dirname(os.path.dirname(exe))
    return "/usr/local"


def _user_base():
    configured = os.environ.get("PYTHONUSERBASE")
    if configured:
        return configured
    return os.path.join(os.path.expanduser("~"), ".local")


def _executable_folder():
    exe = getattr(sys, "executable", "")
    if exe and os.path.isabs(exe):
        return os.path.dirname(exe)
    return os.getcwd()


_config = None


def _build_config():
    prefix = _prefix()
    exec_prefix = getattr(sys, "exec_prefix", None) or prefix
    libdir = os.path.join(prefix, "lib")
    machine = os.uname().machine
    multiarch = "%s-%s-gnu" % (machine, sys.platform)
    libpl = os.path.join(libdir, "python" + _SHORT, "config-%s-%s" % (_SHORT, multiarch))
    values = {
        # about this Python
        "VERSION": _SHORT,
        "py_version": "%d.%d.%d" % (_MAJOR, _MINOR, _MICRO),
        "py_version_short": _SHORT,
        "py_version_nodot": "%d%d" % (_MAJOR, _MINOR),
        "py_version_nodot_plat": "",
        "abiflags": "",
        "ABIFLAGS": "",
        "EXE": "",
        "MACHDEP": sys.platform,
        "MULTIARCH": multiarch,
        "SIZEOF_VOID_P": 8 if sys.maxsize > 2 ** 32 else 4,
        "SIZEOF_SIZE_T": 8 if sys.maxsize > 2 ** 32 else 4,
        "WITH_DOC_STRINGS": 1,
        "TZPATH": "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
        # no debug build, no C build at all
        "Py_DEBUG": 0,
        "Py_TRACE_REFS": 0,
        "Py_REF_DEBUG": 0,
        "Py_ENABLE_SHARED": 0,
        "PY_ENABLE_SHARED": 0,
        "WITH_PYMALLOC": 0,
        "WITH_DTRACE": 0,
        "WITH_VALGRIND": 0,
        "SOABI": None,
        "EXT_SUFFIX": None,
        "SHLIB_SUFFIX": ".so",
        "CC": "",
        "CFLAGS": "",
        "OPT": "",
        "PY_CFLAGS": "",
        "PY_CFLAGS_NODIST": "",
        "PY_LDFLAGS_NODIST": "",
        "PY_CORE_CFLAGS": "",
        "LDFLAGS": "",
        "CONFIG_ARGS": "",
        # where things are
        "prefix": prefix,
        "exec_prefix": exec_prefix,
        "base": prefix,
        "platbase": exec_prefix,
        "installed_base": prefix,
        "installed_platbase": exec_prefix,
        "projectbase": _executable_folder(),
        "platlibdir": "lib",
        "userbase": _user_base(),
        "LIBDIR": libdir,
        "BINDIR": os.path.join(prefix, "bin"),
        "LIBDEST": os.path.join(libdir, "python" + _SHORT),
        "BINLIBDEST": os.path.join(libdir, "python" + _SHORT),
        "INCLUDEPY": os.path.join(prefix, "include", "python" + _SHORT),
        "LIBPL": libpl,
        "srcdir": libpl,
    }
    return values


def get_config_vars(*args):
    """Every configuration variable as a dict, or (given names) a list of
    their values, None for those that are not defined."""
    global _config
    if _config is None:
        _config = _build_config()
    if not args:
        return _config
    return [_config.get(name) for name in args]


def get_config_var(name):
    """The value of one configuration variable, None if it is not defined."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return _DEFAULT_SCHEME


def get_preferred_scheme(key):
    """The scheme for 'prefix', 'home' or 'user' installations."""
    choices = {"prefix": _DEFAULT_SCHEME, "home": "posix_home", "user": "posix_user"}
    return choices[key]


def get_path_names():
    return _NAMES


def _fill(template, values):
    """Replaces each {name} in a template by its value; unknown names come
    from the environment, and stay as they are when not there either."""
    out = []
    pos = 0
    while True:
        start = template.find("{", pos)
        if start < 0:
            out.append(template[pos:])
            break
        end = template.find("}", start)
        if end < 0:
            out.append(template[pos:])
            break
        out.append(template[pos:start])
        name = template[start + 1:end]
        if name in values:
            out.append(str(values[name]))
        elif name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(template[start:end + 1])
        pos = end + 1
    return "".join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme (the default one when not given),
    with the variables filled in unless expand is false."""
    if scheme is None:
        scheme = _DEFAULT_SCHEME
    templates = _SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {name: os.path.normpath(_fill(t, values)) for name, t in templates.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """The platform wheels would be built for, such as 'linux-x86_64'."""
    info = os.uname()
    return "%s-%s" % (info.sysname.lower().replace("/", ""), info.machine.replace(" ", "_"))


def get_python_version():
    return _SHORT


def is_python_build(check_home=False):
    """False: coil does not run from a CPython source tree."""
    return False


def get_makefile_filename():
    return os.path.join(get_config_var("LIBPL"), "Makefile")


def get_config_h_filename():
    return os.path.join(get_config_var("INCLUDEPY"), "pyconfig.h")


def parse_config_h(fp, vars=None):
    """Reads `#define NAME VALUE` and `/* #undef NAME */` lines of a
    pyconfig.h file into a dict (numbers become ints, undefined names 0)."""
    found = {} if vars is None else vars
    for line in fp:
        words = line.split()
        if len(words) >= 2 and words[0] == "#define":
            value = words[2] if len(words) > 2 else "1"
            try:
                value = int(value)
            except ValueError:
                pass
            found[words[1]] = value
        elif len(words) >= 3 and words[0] == "/*" and words[1] == "#undef":
            found[words[2]] = 0
    return found
