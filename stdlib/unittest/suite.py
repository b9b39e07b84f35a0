"""TestSuite: a composite of tests, which also runs the class and module
fixtures (setUpClass, setUpModule and their tear-downs) around them."""

import sys

from . import case
from .util import strclass

__unittest = True

__all__ = ["BaseTestSuite", "TestSuite"]


def _is_single_test(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite(object):
    """A collection of tests run in order, without fixture handling."""

    # Tests are dropped from the suite once run, to free what they hold.
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            # A class where an instance belongs.
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def _removeTestAtIndex(self, index):
        """Drop the test at index once it has run (it may hold resources),
        remembering how many cases it counted."""
        try:
            test = self._tests[index]
        except TypeError:
            return
        if hasattr(test, "countTestCases"):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def run(self, result):
        index = 0
        for test in self:
            if result.shouldStop:
                break
            test(result)
            # Subclasses (doctest's) may keep their tests by turning _cleanup off
            # or overriding _removeTestAtIndex.
            if self._cleanup:
                self._removeTestAtIndex(index)
            index += 1
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result: exceptions propagate."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A collection of tests; when run it also calls setUpClass/tearDownClass
    of the test classes and setUpModule/tearDownModule of their modules, as
    the tests go from one class or module to the next."""

    def run(self, result, debug=False):
        outermost = not getattr(result, "_testRunEntered", False)
        if outermost:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._leave_class(test, result)
                self._enter_module(test, result)
                self._enter_class(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, "_class_setup_failed", False) or \
                        getattr(result, "_moduleSetUpFailed", False):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without a result: exceptions propagate."""
        self.run(_DebugResult(), True)

    # Fixtures.

    def _report(self, result, error, where, owner, info=None):
        """Report an exception raised by a class or module fixture."""
        holder = _ErrorHolder("%s (%s)" % (where, owner))
        add_skip = getattr(result, "addSkip", None)
        if add_skip is not None and isinstance(error, case.SkipTest):
            add_skip(holder, str(error))
        else:
            result.addError(holder, info if info else sys.exc_info())

    def _class_cleanups(self, cls, result, where):
        cleanups = getattr(cls, "doClassCleanups", None)
        if cleanups is None:
            return
        cleanups()
        for info in getattr(cls, "tearDown_exceptions", ()):
            if isinstance(result, _DebugResult):
                raise info[1]
            self._report(result, info[1], where, strclass(cls), info)

    def _enter_class(self, test, result):
        cls = test.__class__
        if cls == getattr(result, "_previousTestClass", None):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._class_setup_failed = False
        except TypeError:
            pass
        set_up = getattr(cls, "setUpClass", None)
        if set_up is None:
            return
        _call_optional(result, "_capture_output")
        try:
            failed = False
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                failed = True
                try:
                    cls._class_setup_failed = True
                except TypeError:
                    pass
                self._report(result, e, "setUpClass", strclass(cls))
            if failed:
                # Outside the handler, so their errors are not chained to it.
                self._class_cleanups(cls, result, "setUpClass")
        finally:
            _call_optional(result, "_release_output")

    def _leave_class(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__ if test is not None else None
        if previous is None or current == previous:
            return
        if getattr(previous, "_class_setup_failed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tear_down = getattr(previous, "tearDownClass", None)
        cleanups = getattr(previous, "doClassCleanups", None)
        if tear_down is None and cleanups is None:
            return
        _call_optional(result, "_capture_output")
        try:
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._report(result, e, "tearDownClass", strclass(previous))
            self._class_cleanups(previous, result, "tearDownClass")
        finally:
            _call_optional(result, "_release_output")

    def _previous_module(self, result):
        previous = getattr(result, "_previousTestClass", None)
        if previous is None:
            return None
        return previous.__module__

    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if name == self._previous_module(result):
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        if module is None:
            return
        set_up = getattr(module, "setUpModule", None)
        if set_up is None:
            return
        _call_optional(result, "_capture_output")
        try:
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._report(result, e, "setUpModule", name)
            if result._moduleSetUpFailed:
                try:
                    case.doModuleCleanups()
                except Exception as e:
                    self._report(result, e, "setUpModule", name)
        finally:
            _call_optional(result, "_release_output")

    def _leave_module(self, result):
        name = self._previous_module(result)
        if name is None:
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        module = sys.modules.get(name)
        if module is None:
            return
        _call_optional(result, "_capture_output")
        try:
            tear_down = getattr(module, "tearDownModule", None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._report(result, e, "tearDownModule", name)
            try:
                case.doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._report(result, e, "tearDownModule", name)
        finally:
            _call_optional(result, "_release_output")


def _call_optional(obj, name):
    method = getattr(obj, name, None)
    if method is not None:
        method()


class _ErrorHolder(object):
    """Stands in for a test in reports of errors raised outside any test
    (by setUpClass, tearDownModule, ...): its description is its name."""

    # Errors it holds are never "failures".
    failureException = None

    def __init__(self, description):
        self.description = description

    def __str__(self):
        return self.description

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


class _DebugResult(object):
    """The result TestSuite.debug() runs against: fixture errors propagate."""

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
