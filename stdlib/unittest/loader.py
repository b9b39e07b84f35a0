"""TestLoader: builds test suites from classes, modules, dotted names and
directories (discovery)."""

import functools
import sys
import traceback
import types

from . import case, suite, util

__unittest = True

__all__ = ["TestLoader", "defaultTestLoader", "getTestCaseNames", "makeSuite",
           "findTestCases"]


def glob_match(name, pattern):
    """Shell-style match of the whole name: * any run, ? one character,
    [abc] / [!abc] / [a-z] a character class (case-sensitive)."""
    return _glob_at(name, 0, pattern, 0)


def _glob_class(pattern, p):
    """(members test, index after the class) for the class starting at
    pattern[p] == '[', or None when the bracket is not closed."""
    q = p + 1
    negate = q < len(pattern) and pattern[q] == "!"
    if negate:
        q += 1
    start = q
    if q < len(pattern) and pattern[q] == "]":
        q += 1
    while q < len(pattern) and pattern[q] != "]":
        q += 1
    if q >= len(pattern):
        return None
    body = pattern[start:q]
    ranges = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            ranges.append((body[k], body[k + 2]))
            k += 3
        else:
            ranges.append((body[k], body[k]))
            k += 1

    def test(ch):
        inside = any(lo <= ch <= hi for lo, hi in ranges)
        return inside != negate
    return test, q + 1


def _glob_at(name, n, pattern, p):
    while p < len(pattern):
        ch = pattern[p]
        if ch == "*":
            while p < len(pattern) and pattern[p] == "*":
                p += 1
            if p == len(pattern):
                return True
            for start in range(n, len(name) + 1):
                if _glob_at(name, start, pattern, p):
                    return True
            return False
        if n >= len(name):
            return False
        if ch == "?":
            n += 1
            p += 1
            continue
        if ch == "[":
            found = _glob_class(pattern, p)
            if found is not None:
                test, after = found
                if not test(name[n]):
                    return False
                n += 1
                p = after
                continue
        if name[n] != ch:
            return False
        n += 1
        p += 1
    return n == len(name)


class _FailedTest(case.TestCase):
    """A test that raises the exception met while loading tests under its name."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))

        def testFailure():
            raise self._exception
        return testFailure


def _failed(name, exception, suite_class, message):
    """(a suite with one _FailedTest, the message for loader.errors)."""
    return suite_class((_FailedTest(name, exception),)), message


def _failed_import(name, suite_class):
    message = "Failed to import test module: %s\n%s" % (name, traceback.format_exc())
    return _failed(name, ImportError(message), suite_class, message)


def _failed_load_tests(name, exception, suite_class):
    message = "Failed to call load_tests:\n%s" % (traceback.format_exc(),)
    return _failed(name, exception, suite_class, message)


def _skipped_module(name, exception, suite_class):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    holder = type("ModuleSkipped", (case.TestCase,), {name: testSkipped})
    return suite_class((holder(name),))


def _valid_module_file(filename):
    if not filename.lower().endswith(".py"):
        return False
    stem = filename[:-3]
    if not stem or not (stem[0] == "_" or stem[0].isalpha()):
        return False
    return all(c == "_" or c.isalnum() for c in stem)


def _drop_extension(path):
    dot = path.rfind(".")
    slash = max(path.rfind("/"), path.rfind("\\"))
    return path[:dot] if dot > slash + 1 else path


class TestLoader(object):
    """Creates suites of tests. testMethodPrefix selects the test methods,
    sortTestMethodsUsing orders them (a cmp function, or None), suiteClass
    builds the suites and testNamePatterns (shell patterns matched against
    'module.Class.method') filters them. Loading problems are listed in
    errors."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            # The base classes themselves hold no tests.
            return self.suiteClass([])
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module, or what
        the module's load_tests(loader, tests, pattern) returns."""
        if args or "use_load_tests" in kws:
            case._warn("use_load_tests is deprecated and ignored", DeprecationWarning)
            kws.pop("use_load_tests", None)
        if len(args) > 1:
            raise TypeError("loadTestsFromModule() takes 1 positional argument "
                            "but {} were given".format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(sorted(kws)[0]))
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase) and \
                    obj not in (case.TestCase, case.FunctionTestCase):
                found.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(found)
        hook = getattr(module, "load_tests", None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as e:
            failed, message = _failed_load_tests(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, a TestCase class, a
        test method, a suite, or a callable returning a test or suite. The
        name is relative to module when one is given."""
        parts = name.split(".")
        import_problem = None
        if module is None:
            count = len(parts)
            while True:
                try:
                    module = __import__(".".join(parts[:count]))
                    break
                except ImportError:
                    import_problem = _failed_import(parts[count - 1], self.suiteClass)
                    count -= 1
                    if count == 0:
                        self.errors.append(import_problem[1])
                        return import_problem[0]
            parts = parts[1:]
        parent = None
        obj = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, "__path__", None) is not None and import_problem is not None:
                    # A package where a submodule failed to import: report that.
                    self.errors.append(import_problem[1])
                    return import_problem[0]
                failed, message = _failed(
                    part, e, self.suiteClass,
                    "Failed to access attribute:\n%s" % (traceback.format_exc(),))
                self.errors.append(message)
                return failed
        return self._tests_from_object(obj, parent, parts)

    def _tests_from_object(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and isinstance(parent, type) \
                and issubclass(parent, case.TestCase):
            method_name = parts[-1]
            instance = parent(method_name)
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName gives for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attr):
            if not attr.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, attr)
            return any(glob_match(full, p) for p in patterns)

        names = [attr for attr in dir(testCaseClass) if wanted(attr)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    # Discovery.

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """Load the tests of every module under start_dir whose file name
        matches pattern, recursing into packages (a package's load_tests,
        when it has one, decides for the package). Modules are imported by
        their name relative to top_level_dir (default start_dir), which is
        put on sys.path. start_dir may also be a dotted package name."""
        try:
            import os
        except ImportError as e:
            raise ImportError("unittest: test discovery needs the 'os' module, "
                              "which is not available in this interpreter") from e
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        unimportable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                unimportable = not os.path.isfile(os.path.join(start_dir, "__init__.py"))
        else:
            # A dotted package name.
            try:
                __import__(start_dir)
            except ImportError:
                unimportable = True
            else:
                package = sys.modules[start_dir]
                top_name = start_dir.split(".")[0]
                try:
                    start_dir = os.path.abspath(os.path.dirname(package.__file__))
                except AttributeError:
                    if package.__name__ in sys.builtin_module_names:
                        raise TypeError("Can not use builtin modules as dotted module "
                                        "names") from None
                    raise TypeError(f"don't know how to discover from {package!r}") from None
                if implicit_top:
                    self._top_level_dir = self._get_directory_containing_module(top_name)
                    sys.path.remove(top_level_dir)
        if unimportable:
            raise ImportError("Start directory is not importable: %r" % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _get_directory_containing_module(self, module_name):
        """The folder to import module_name from: the one holding the
        module's file, or holding the package's folder."""
        import os
        path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(path).lower().startswith("__init__.py"):
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        """The dotted module name of a file or package folder under the top-level folder."""
        import os
        if path == self._top_level_dir:
            return "."
        relative = os.path.relpath(_drop_extension(os.path.normpath(path)),
                                   self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith(".."), "Path must be within the project"
        return relative.replace(os.path.sep, ".")

    def _get_module_from_name(self, name):
        """Imports the module name and returns it."""
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        """Whether a file name matches the discovery pattern."""
        return glob_match(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yields the suites found under start_dir (and start_dir itself when it is a package)."""
        import os
        name = self._get_name_from_path(start_dir)
        if name != "." and name not in self._loading_packages:
            tests, deeper = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not deeper:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, deeper = self._find_test_path(path, pattern)
            if tests is not None:
                yield tests
            if deeper:
                package_name = self._get_name_from_path(path)
                self._loading_packages.add(package_name)
                try:
                    yield from self._find_tests(path, pattern)
                finally:
                    self._loading_packages.discard(package_name)

    def _find_test_path(self, path, pattern):
        """(tests or None, whether to look inside) for one directory entry."""
        import os
        base = os.path.basename(path)
        if os.path.isfile(path):
            if not _valid_module_file(base) or not self._match_path(base, path, pattern):
                return None, False
            name = self._get_name_from_path(path)
            try:
                module = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _skipped_module(name, e, self.suiteClass), False
            except:
                failed, message = _failed_import(name, self.suiteClass)
                self.errors.append(message)
                return failed, False
            where = os.path.abspath(getattr(module, "__file__", path))
            got = _drop_extension(os.path.realpath(where))
            want = _drop_extension(os.path.realpath(path))
            if got.lower() != want.lower():
                module_dir = os.path.dirname(got)
                expected_dir = os.path.dirname(want)
                raise ImportError("%r module incorrectly imported from %r. Expected %r. "
                                  "Is this module globally installed?"
                                  % (_drop_extension(base), module_dir, expected_dir))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(path):
            if not os.path.isfile(os.path.join(path, "__init__.py")):
                return None, False
            name = self._get_name_from_path(path)
            try:
                package = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _skipped_module(name, e, self.suiteClass), False
            except:
                failed, message = _failed_import(name, self.suiteClass)
                self.errors.append(message)
                return failed, False
            hook = getattr(package, "load_tests", None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                return tests, hook is None
            finally:
                self._loading_packages.discard(name)
        return None, False


defaultTestLoader = TestLoader()


def _loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.sortTestMethodsUsing = sortUsing
    made.testMethodPrefix = prefix
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def _removal_note(old, new):
    case._warn("unittest.%s() is deprecated and will be removed in Python 3.13. "
               "Please use unittest.TestLoader.%s() instead." % (old, new),
               DeprecationWarning, 3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    _removal_note("getTestCaseNames", "getTestCaseNames")
    return _loader(prefix, sortUsing, testNamePatterns=testNamePatterns) \
        .getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    _removal_note("makeSuite", "loadTestsFromTestCase")
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    _removal_note("findTestCases", "loadTestsFromModule")
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
