# sysconfig: the configuration variables and paths programs and tests ask for.
import sysconfig as s
print(s.get_platform() == "linux-x86_64" or s.get_platform(), s.get_python_version(), s.is_python_build(), s.get_default_scheme())
for k in ['Py_DEBUG','EXE','py_version_short','VERSION','abiflags','SIZEOF_VOID_P', 'WITH_DOC_STRINGS', 'nonexistent']: print(k, repr(s.get_config_var(k)))
print(s.get_config_vars('EXE','Py_DEBUG', 'nope'))
print(s.get_path_names(), sorted(s.get_paths()), sorted(s.get_paths('posix_user')))
print(s.get_paths(expand=False)['purelib'], s.get_paths(vars={'base': '/X'})['scripts'])
for bad in [lambda: s.get_path('bogus'), lambda: s.get_paths('bogus'), lambda: s.get_preferred_scheme('x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import io
print(s.parse_config_h(io.StringIO("#define HAVE_X 1\n/* #undef HAVE_Y */\n#define NAME \"v\"\n")))
print(s.get_preferred_scheme('user'), 'posix_prefix' in s.get_scheme_names())
