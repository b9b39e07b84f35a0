"""TestCase, the unit of testing, with its assertions, skipping decorators
and cleanups; FunctionTestCase wraps a plain function as a test."""

import sys
import traceback
import types

from . import result as _result_module
from .util import safe_repr, strclass, shortened_reprs, count_differences

__unittest = True

__all__ = ["TestCase", "FunctionTestCase", "SkipTest", "skip", "skipIf",
           "skipUnless", "expectedFailure", "addModuleCleanup",
           "doModuleCleanups", "enterModuleContext"]

DIFF_OMITTED = "\nDiff is %s characters long. Set self.maxDiff to None to see it."


# The warnings module assertWarns works with (tests swap it for another
# implementation); None when the interpreter has none.
try:
    import warnings
except ImportError:
    warnings = None


def _warn(message, category, stacklevel=2):
    """warnings.warn when the warnings module exists; silence otherwise."""
    if warnings is None:
        return
    warnings.warn(message, category, stacklevel + 1)


def _need_re(what):
    try:
        import re
    except ImportError as e:
        raise ImportError("unittest: %s needs the 're' module, which is not "
                          "available in this interpreter" % what) from e
    return re


class SkipTest(Exception):
    """Raise this in a test (or setUp, setUpClass, setUpModule) to skip it;
    the argument is the reason reported."""


class _StopTest(Exception):
    """Internal: ends a test early after a subtest decided it (failfast or
    an expected failure)."""


class _UnexpectedSuccess(Exception):
    """Reported as a failure by results that cannot record unexpected successes."""


_NO_MESSAGE = object()


# --- skipping and expected failures ---------------------------------------

def skip(reason):
    """Decorator: always skip the test function or TestCase class."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
                try:
                    setattr(skipped, attr, getattr(original, attr))
                except AttributeError:
                    pass
            try:
                skipped.__dict__.update(original.__dict__)
            except AttributeError:
                pass
            skipped.__wrapped__ = original
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        # @skip used without a reason.
        target, reason = reason, ""
        return mark(target)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; a pass is reported as an
    unexpected success."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# --- module level cleanups -------------------------------------------------

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register function(*args, **kwargs) to run after the module's tests
    (after tearDownModule, or when setUpModule failed)."""
    _module_cleanups.append((function, args, kwargs))


def _enter(cm, register, asynchronous=False):
    kind = type(cm)
    try:
        if asynchronous:
            enter, leave = kind.__aenter__, kind.__aexit__
        else:
            enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        protocol = "asynchronous context manager" if asynchronous else "context manager"
        raise TypeError("'%s.%s' object does not support the %s protocol"
                        % (kind.__module__, kind.__qualname__, protocol)) from None
    entered = enter(cm)
    register(leave, cm, None, None, None)
    return entered


def enterModuleContext(cm):
    """Enter cm now and exit it as a module cleanup; returns what __enter__ returned."""
    return _enter(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, newest first; the first exception raised by
    one of them is raised again once all have run."""
    problems = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise problems[0]


# --- reporting helpers -----------------------------------------------------

def _report_skip(result, test, reason):
    if result is None:
        return
    add = getattr(result, "addSkip", None)
    if add is not None:
        add(test, reason)
    else:
        _warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        result.addSuccess(test)


def _report_error(result, test, info):
    if result is None or info is None:
        return
    if issubclass(info[0], test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)


def _report_expected_failure(result, test, info):
    add = getattr(result, "addExpectedFailure", None)
    if add is not None:
        add(test, info)
    else:
        _warn("TestResult has no addExpectedFailure method, reporting as passes",
              RuntimeWarning)
        result.addSuccess(test)


def _report_unexpected_success(result, test):
    add = getattr(result, "addUnexpectedSuccess", None)
    if add is not None:
        add(test)
        return
    _warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
          RuntimeWarning)
    try:
        raise _UnexpectedSuccess from None
    except _UnexpectedSuccess:
        result.addFailure(test, sys.exc_info())


class _Outcome:
    """Book-keeping while one test runs: whether every part so far went
    well (`success`), and the failure caught when one was expected."""

    def __init__(self, result=None):
        self.result = result
        self.success = True
        self.expecting = False
        self.expected = None
        self.subtests = result is not None and hasattr(result, "addSubTest")

    def absorb(self, test, info, is_subtest):
        """Record the exception info raised by a part of test; False when it
        must propagate instead."""
        kind = info[0]
        if issubclass(kind, KeyboardInterrupt):
            return False
        if issubclass(kind, SkipTest):
            self.success = False
            _report_skip(self.result, test, str(info[1]))
        elif issubclass(kind, _StopTest):
            pass
        elif self.expecting:
            self.expected = info
        else:
            self.success = False
            if is_subtest:
                self.result.addSubTest(test.test_case, test, info)
            else:
                _report_error(self.result, test, info)
        return True

    def attempt(self, test, call, *args):
        """Run call(*args) as one part of test, recording its outcome."""
        before = self.success
        self.success = True
        try:
            call(*args)
        except BaseException:
            if not self.absorb(test, sys.exc_info(), False):
                raise
        finally:
            self.success = self.success and before


class _SubTestScope:
    """What `with self.subTest(...)` enters."""

    def __init__(self, case, message, params):
        self.case = case
        self.message = message
        self.params = params

    def __enter__(self):
        case = self.case
        state = case._outcome
        self.plain = state is None or not state.subtests
        if self.plain:
            return None
        self.outer = case._subtest
        if self.outer is None:
            merged = dict(self.params)
        else:
            # Parameters of the inner subtest come first, then the outer ones.
            merged = dict(self.params)
            for key, value in self.outer.params.items():
                if key not in merged:
                    merged[key] = value
        case._subtest = _SubTest(case, self.message, merged)
        self.before = state.success
        state.success = True
        return None

    def __exit__(self, kind, value, tb):
        if self.plain:
            return False
        case = self.case
        state = case._outcome
        sub = case._subtest
        try:
            if kind is None:
                if state.success:
                    state.result.addSubTest(case, sub, None)
                handled = True
            else:
                handled = state.absorb(sub, (kind, value, tb), True)
            state.success = state.success and self.before
            if not handled:
                return False
            if not state.success:
                result = state.result
                if result is not None and getattr(result, "failfast", False):
                    raise _StopTest
            elif state.expected is not None:
                raise _StopTest
            return True
        finally:
            case._subtest = self.outer


# --- the context managers of assertRaises, assertWarns, assertLogs --------

def _is_kind_of(candidate, base):
    if isinstance(candidate, tuple):
        return all(_is_kind_of(c, base) for c in candidate)
    return isinstance(candidate, type) and issubclass(candidate, base)


def _display_name(expected):
    name = getattr(expected, "__name__", None)
    return name if name is not None else str(expected)


class _Checker:
    """Shared by the assertRaises and assertWarns context managers."""

    base = None
    base_text = ""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            re = _need_re(self.method_name + "Regex")
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _fail(self, standard):
        message = self.test_case._formatMessage(self.msg, standard)
        raise self.test_case.failureException(message)

    def handle(self, name, args, kwargs):
        """Either return self (context manager use) or call args[0] with
        the remaining arguments inside the context."""
        if not _is_kind_of(self.expected, self.base):
            raise TypeError("%s() arg 1 must be %s" % (name, self.base_text))
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function"
                                % (next(iter(kwargs)),))
            return self
        target, rest = args[0], args[1:]
        try:
            self.obj_name = target.__name__
        except AttributeError:
            self.obj_name = str(target)
        try:
            with self:
                target(*rest, **kwargs)
        finally:
            # The exception caught refers to this frame through its traceback
            # and this frame to the exception through self: break the cycle so
            # the callable and its arguments are not kept alive.
            self = target = rest = args = kwargs = None
        return None


class _RaisesContext(_Checker):
    """Context manager of assertRaises/assertRaisesRegex."""

    base = BaseException
    base_text = "an exception type or tuple of exception types"
    method_name = "assertRaises"

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            what = _display_name(self.expected)
            if self.obj_name:
                self._fail("%s not raised by %s" % (what, self.obj_name))
            self._fail("%s not raised" % what)
        # The frames that raised hold on to their locals; release them.
        clear = getattr(traceback, "clear_frames", None)
        if clear is not None:
            clear(tb)
        if not issubclass(kind, self.expected):
            return False
        self.exception = value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(value)):
            self._fail('"%s" does not match "%s"' % (pattern.pattern, str(value)))
        return True


# The name CPython's own tests import.
_AssertRaisesContext = _RaisesContext


class _WarnsContext(_Checker):
    """Context manager of assertWarns/assertWarnsRegex."""

    base = Warning
    base_text = "a warning type or tuple of warning types"
    method_name = "assertWarns"

    def __enter__(self):
        if warnings is None:
            raise ImportError("unittest: assertWarns needs the 'warnings' module, "
                              "which is not available in this interpreter")
        # Forget earlier warnings so "once" filters do not hide them now.
        for module in list(sys.modules.values()):
            if getattr(module, "__warningregistry__", None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, kind, value, tb):
        self._catcher.__exit__(kind, value, tb)
        if kind is not None:
            return None
        first = None
        for record in self.warnings:
            message = record.message
            if not isinstance(message, self.expected):
                continue
            if first is None:
                first = message
            if self.expected_regex is not None and \
                    not self.expected_regex.search(str(message)):
                continue
            self.warning = message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first is not None:
            self._fail('"%s" does not match "%s"'
                       % (self.expected_regex.pattern, str(first)))
        what = _display_name(self.expected)
        if self.obj_name:
            self._fail("%s not triggered by %s" % (what, self.obj_name))
        self._fail("%s not triggered" % what)


class _LogWatch:
    """What `with self.assertLogs() as cm` gives: cm.records (LogRecords)
    and cm.output ("LEVEL:logger:message" strings)."""

    __slots__ = ("records", "output")

    def __init__(self):
        self.records = []
        self.output = []

    def __iter__(self):
        return iter((self.records, self.output))

    def __repr__(self):
        return "_LoggingWatcher(records=%r, output=%r)" % (self.records, self.output)


class _LogsContext:
    """Context manager of assertLogs/assertNoLogs."""

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        self.level_wanted = level
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        try:
            import logging
        except ImportError as e:
            raise ImportError("unittest: assertLogs needs the 'logging' module, "
                              "which is not available in this interpreter") from e
        level = self.level_wanted
        if not level:
            level = logging.INFO
        elif isinstance(level, str):
            number = logging.getLevelName(level)
            if isinstance(number, int):
                level = number
        self.level = level
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger_name
        else:
            logger = logging.getLogger(self.logger_name)
        self.logger = logger
        watch = self.watcher = _LogWatch()

        class Capture(logging.Handler):
            def emit(self, record):
                watch.records.append(record)
                watch.output.append(self.format(record))

            def flush(self):
                pass

        handler = Capture()
        handler.setLevel(level)
        handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        self._saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(level)
        logger.propagate = False
        if self.no_logs:
            return None
        return watch

    def __exit__(self, kind, value, tb):
        import logging
        handlers, level, propagate = self._saved
        self.logger.handlers = handlers
        self.logger.propagate = propagate
        self.logger.setLevel(level)
        if kind is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._fail("Unexpected logs found: {!r}".format(self.watcher.output))
        elif not self.watcher.records:
            self._fail("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))
        return None

    def _fail(self, standard):
        message = self.test_case._formatMessage(self.msg, standard)
        raise self.test_case.failureException(message)


# --- TestCase ---------------------------------------------------------------

def _deprecated_alias(target):
    def alias(*args, **kwargs):
        _warn("Please use {0} instead.".format(target.__name__), DeprecationWarning, 2)
        return target(*args, **kwargs)
    alias.__name__ = target.__name__
    alias.__doc__ = target.__doc__
    return alias


class TestCase(object):
    """One test: the method named methodName (default 'runTest') of a
    subclass, run between setUp() and tearDown().

    Class attributes that tune the assertions: failureException (raised by
    failed assertions), longMessage (append a custom msg to the standard
    message instead of replacing it) and maxDiff (longest diff shown, None
    for no limit)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff (it gets slow).
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_setup_failed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._testMethodDoc = "No test"
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s"
                                 % (self.__class__, methodName)) from None
        else:
            self._testMethodDoc = method.__doc__
        self._type_equality_funcs = {
            dict: "assertDictEqual",
            list: "assertListEqual",
            tuple: "assertTupleEqual",
            set: "assertSetEqual",
            frozenset: "assertSetEqual",
            str: "assertMultiLineEqual",
        }

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function(first, second, msg=None) for assertEqual when both
        arguments are exactly of type typeobj."""
        self._type_equality_funcs[typeobj] = function

    # Cleanups.

    def addCleanup(self, function, /, *args, **kwargs):
        """Run function(*args, **kwargs) after tearDown (also when setUp
        failed); cleanups run newest first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm now and exit it as a cleanup; returns what __enter__ returned."""
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Run function(*args, **kwargs) after tearDownClass (also when
        setUpClass failed)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enter cm now and exit it as a class cleanup."""
        return _enter(cm, cls.addClassCleanup)

    def doCleanups(self):
        """Run the registered cleanups, newest first; False when one failed."""
        state = self._outcome
        if state is None:
            state = _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            state.attempt(self, self._run_cleanup, function, args, kwargs)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, newest first; the exception info of the
        ones that failed is kept for the suite to report."""
        failed = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                failed.append(sys.exc_info())

    # Fixtures, meant to be overridden.

    def setUp(self):
        "Prepares the test fixture; runs before each test method."

    def tearDown(self):
        "Releases the test fixture; runs after each test method that set up."

    @classmethod
    def setUpClass(cls):
        "Runs once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Runs once after the tests of the class."

    # Description.

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _result_module.TestResult()

    def shortDescription(self):
        """First line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def _qualified_name(self):
        return strclass(self.__class__) + "." + self._testMethodName

    def id(self):
        return self._qualified_name()

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __str__(self):
        return "%s (%s)" % (self._testMethodName, self._qualified_name())

    def _identity(self):
        return (type(self), self._testMethodName)

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if type(self) is type(other):
            return self._identity() == other._identity()
        return NotImplemented

    # Running.

    def subTest(self, msg=_NO_MESSAGE, **params):
        """Context manager: a failure inside is reported for this subtest
        (described by msg and params) and the test goes on after the block."""
        return _SubTestScope(self, msg, params)

    def _run_set_up(self):
        self.setUp()

    def _run_test_method(self, method):
        if method() is not None:
            _warn("It is deprecated to return a value that is not None from a "
                  "test case ({})".format(method), DeprecationWarning, 4)

    def _run_tear_down(self):
        self.tearDown()

    def _run_cleanup(self, function, args, kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        cls = self.__class__
        if getattr(cls, "__unittest_skip__", False) or \
                getattr(method, "__unittest_skip__", False):
            return (getattr(cls, "__unittest_skip_why__", "")
                    or getattr(method, "__unittest_skip_why__", ""))
        return None

    def run(self, result=None):
        """Run the test, reporting to result (a fresh defaultTestResult()
        when None, which is then returned)."""
        finish = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, "startTestRun", None)
            finish = getattr(result, "stopTestRun", None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _report_skip(result, self, reason)
                return result
            expecting = bool(getattr(self, "__unittest_expecting_failure__", False)
                             or getattr(method, "__unittest_expecting_failure__", False))
            state = self._outcome = _Outcome(result)
            try:
                state.attempt(self, self._run_set_up)
                if state.success:
                    state.expecting = expecting
                    state.attempt(self, self._run_test_method, method)
                    state.expecting = False
                    state.attempt(self, self._run_tear_down)
                self.doCleanups()
                if state.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif state.expected is not None:
                        _report_expected_failure(result, self, state.expected)
                    else:
                        _report_unexpected_success(result, self)
                return result
            finally:
                state.expected = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if finish is not None:
                finish()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result: exceptions propagate to the caller."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._run_set_up()
        self._run_test_method(method)
        self._run_tear_down()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._run_cleanup(function, args, kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    # Messages.

    def fail(self, msg=None):
        """Fail immediately with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return "%s : %s" % (standardMsg, msg)
        except UnicodeDecodeError:
            return "%s : %s" % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + DIFF_OMITTED % len(diff)

    def _complain(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    # Truth and identity.

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._complain(msg, "%s is not true" % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            self._complain(msg, "%s is not false" % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._complain(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._complain(msg, "unexpectedly identical: %s" % safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._complain(msg, "%s is not None" % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._complain(msg, "unexpectedly None")

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._complain(msg, "%s is not an instance of %r" % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._complain(msg, "%s is an instance of %r" % (safe_repr(obj), cls))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._complain(msg, "%s not found in %s" % (safe_repr(member),
                                                        safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._complain(msg, "%s unexpectedly found in %s" % (safe_repr(member),
                                                                 safe_repr(container)))

    # Ordering.

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._complain(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._complain(msg, "%s not greater than or equal to %s"
                           % (safe_repr(a), safe_repr(b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._complain(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._complain(msg, "%s not less than or equal to %s"
                           % (safe_repr(a), safe_repr(b)))

    # Equality.

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            checker = self._type_equality_funcs.get(type(first))
            if checker is not None:
                if isinstance(checker, str):
                    checker = getattr(self, checker)
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._complain(msg, "%s != %s" % shortened_reprs(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second; lists, tuples, dicts, sets and
        strings of the same type get a message showing their differences."""
        checker = self._getAssertEqualityFunc(first, second)
        checker(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            self._complain(msg, "%s == %s" % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second are equal, or differ by at most
        delta, or by less than half a unit in the places-th decimal
        (default 7)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            if places is None:
                places = 7
            if round(gap, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._complain(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The opposite of assertAlmostEqual."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(gap, places) != 0:
                return
            standard = "%s == %s within %r places" % (safe_repr(first),
                                                      safe_repr(second), places)
        self._complain(msg, standard)

    def _diff_text(self, first, second):
        from ._textdiff import diff_lines, pformat
        return "\n" + "\n".join(diff_lines(pformat(first).splitlines(),
                                           pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences are equal; the message names the
        first differing element and shows a diff."""
        if seq_type is not None:
            kind = seq_type.__name__
            for which, seq in (("First", seq1), ("Second", seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(self._formatMessage(
                        msg, "%s sequence is not a %s: %s" % (which, kind, safe_repr(seq))))
        else:
            kind = "sequence"
        report = self._sequence_report(seq1, seq2, kind, seq_type)
        if report is None:
            return
        report = self._truncateMessage(report, self._diff_text(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    def _sequence_report(self, seq1, seq2, kind, seq_type):
        """The first part of assertSequenceEqual's message, or None when the
        sequences count as equal."""
        lengths = []
        for which, seq in (("First", seq1), ("Second", seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                return "%s %s has no length.    Non-sequence?" % (which, kind)
        len1, len2 = lengths
        if seq1 == seq2:
            return None
        text = "%ss differ: %s != %s\n" % ((kind.capitalize(),) + shortened_reprs(seq1, seq2))
        found = False
        for i in range(min(len1, len2)):
            items = []
            for which, seq in (("first", seq1), ("second", seq2)):
                try:
                    items.append(seq[i])
                except (TypeError, IndexError, NotImplementedError):
                    text += "\nUnable to index element %d of %s %s\n" % (i, which, kind)
                    break
            if len(items) < 2:
                found = True
                break
            if items[0] != items[1]:
                text += "\nFirst differing element %d:\n%s\n%s\n" % (
                    (i,) + shortened_reprs(items[0], items[1]))
                found = True
                break
        if not found and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            # Equal elements, only the types differ: that is fine here.
            return None
        if len1 != len2:
            longer, which, extra_at = ((seq1, "First", len2) if len1 > len2
                                       else (seq2, "Second", len1))
            text += "\n%s %s contains %d additional elements.\n" % (
                which, kind, abs(len1 - len2))
            try:
                text += "First extra element %d:\n%s\n" % (extra_at,
                                                           safe_repr(longer[extra_at]))
            except (TypeError, IndexError, NotImplementedError):
                text += "Unable to index element %d of %s %s\n" % (
                    extra_at, which.lower(), kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the two sets hold the same items; the message lists
        the items only one of them holds."""
        only = []
        for which, a, b in (("first", set1, set2), ("second", set2, set1)):
            try:
                only.append(a.difference(b))
            except TypeError as e:
                self.fail("invalid type when attempting set difference: %s" % e)
            except AttributeError as e:
                self.fail("%s argument does not support set difference: %s" % (which, e))
        if not (only[0] or only[1]):
            return
        lines = []
        if only[0]:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(item) for item in only[0])
        if only[1]:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(item) for item in only[1])
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            report = "%s != %s" % shortened_reprs(d1, d2)
            report = self._truncateMessage(report, self._diff_text(d1, d2))
            self.fail(self._formatMessage(msg, report))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: fail unless every key of subset maps to the same value in dictionary."""
        _warn("assertDictContainsSubset is deprecated", DeprecationWarning, 1)
        absent = [key for key in subset if key not in dictionary]
        differing = ["%s, expected: %s, actual: %s"
                     % (safe_repr(key), safe_repr(subset[key]), safe_repr(dictionary[key]))
                     for key in subset
                     if key in dictionary and subset[key] != dictionary[key]]
        complaints = []
        if absent:
            complaints.append("Missing: " + ",".join(map(safe_repr, absent)))
        if differing:
            complaints.append("Mismatched values: " + ",".join(differing))
        if complaints:
            self.fail(self._formatMessage(msg, "; ".join(complaints)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second hold the same elements the same
        number of times, in any order."""
        mismatches = count_differences(list(first), list(second))
        if not mismatches:
            return
        lines = ["First has %d, Second has %d:  %r" % m for m in mismatches]
        report = self._truncateMessage("Element counts were not equal:\n", "\n".join(lines))
        self.fail(self._formatMessage(msg, report))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the two strings are equal, showing a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
            return
        from ._textdiff import diff_lines
        lines1 = first.splitlines(True)
        lines2 = second.splitlines(True)
        if len(lines1) == 1 and first.strip("\r\n") == first:
            lines1 = [first + "\n"]
            lines2 = [second + "\n"]
        report = "%s != %s" % shortened_reprs(first, second)
        diff = "\n" + "".join(diff_lines(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(report, diff)))

    # Exceptions, warnings, logs.

    def assertRaises(self, expected_exception, *args, **kwargs):
        """assertRaises(exc, callable, *args, **kwargs) fails unless the call
        raises exc (a class or tuple of classes); with only exc (and an
        optional msg keyword) it returns a context manager whose .exception
        is the exception caught."""
        return _RaisesContext(expected_exception, self).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, and the exception's str() must match expected_regex."""
        checker = _RaisesContext(expected_exception, self, expected_regex)
        return checker.handle("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Like assertRaises, for a warning being issued."""
        return _WarnsContext(expected_warning, self).handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        checker = _WarnsContext(expected_warning, self, expected_regex)
        return checker.handle("assertWarnsRegex", args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Context manager: fail unless at least one message of level (default
        INFO) or above is logged on logger (default the root logger)."""
        return _LogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager: fail if a message of level or above is logged on logger."""
        return _LogsContext(self, logger, level, no_logs=True)

    # Regular expressions.

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or string) matches somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = _need_re("assertRegex").compile(expected_regex)
        if not expected_regex.search(text):
            self._complain(msg, "Regex didn't match: %r not found in %r"
                           % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex matches somewhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = _need_re("assertNotRegex").compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._complain(msg, "Regex matched: %r matches %r in %r" % (
                text[found.start():found.end()], unexpected_regex.pattern, text))

    # Old names.
    failUnlessEqual = assertEquals = _deprecated_alias(assertEqual)
    failIfEqual = assertNotEquals = _deprecated_alias(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecated_alias(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecated_alias(assertNotAlmostEqual)
    failUnless = assert_ = _deprecated_alias(assertTrue)
    failUnlessRaises = _deprecated_alias(assertRaises)
    failIf = _deprecated_alias(assertFalse)
    assertRaisesRegexp = _deprecated_alias(assertRaisesRegex)
    assertRegexpMatches = _deprecated_alias(assertRegex)
    assertNotRegexpMatches = _deprecated_alias(assertNotRegex)


TestCase._class_setup_failed = False
TestCase._class_cleanups = []


class FunctionTestCase(TestCase):
    """A TestCase running a plain function, with optional setUp/tearDown
    functions and a description."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def runTest(self):
        self._testFunc()

    def setUp(self):
        hook = self._setUpFunc
        if hook is not None:
            hook()

    def tearDown(self):
        hook = self._tearDownFunc
        if hook is not None:
            hook()

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        first = doc.split("\n")[0].strip() if doc else ""
        return first or None

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def _identity(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __hash__(self):
        return hash((type(self),) + self._identity())

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._identity() == other._identity()
        return NotImplemented


class _SubTest(TestCase):
    """Stands for one `with self.subTest(...)` block in reports."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params = test_case, params
        self._message = message
        # Failures inside the block are judged as the enclosing test does.
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _describe(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join(
                "{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._describe())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._describe())
