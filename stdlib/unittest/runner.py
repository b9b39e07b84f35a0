"""TextTestRunner and TextTestResult: run tests and report on a text stream."""

import sys
import time

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True

__all__ = ["TextTestResult", "TextTestRunner"]


class _WritelnDecorator(object):
    """Wraps a stream, adding writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ("stream", "__getstate__"):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")


class TextTestResult(result.TestResult):
    """Prints progress to a stream: a character per test at verbosity 1,
    a line per test at 2 and above, nothing at 0; then the failures."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._line_done = True

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return "\n".join((str(test), doc))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._line_done = False

    def _status(self, test, status):
        """Finish the verbose line of test with status; a subtest, or a test
        whose line was already finished, gets a line of its own."""
        sub = isinstance(test, _SubTest)
        if sub or self._line_done:
            if not self._line_done:
                self.stream.writeln()
            if sub:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._line_done = True

    def _progress(self, test, word, char):
        if self.showAll:
            self._status(test, word)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._progress(subtest, "FAIL", "F")
            else:
                self._progress(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, "skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        surprises = getattr(self, "unexpectedSuccesses", ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % text)
            self.stream.flush()


class TextTestRunner(object):
    """Runs tests and prints the results (to sys.stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.verbosity, self.descriptions = verbosity, descriptions
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        # Without an explicit class, the class attribute (maybe a subclass's) stays.
        self.resultclass = self.resultclass if resultclass is None else resultclass

    def run(self, test):
        """Run test (a case or suite) and print the summary; returns the result."""
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast = self.failfast
        outcome.buffer = self.buffer
        outcome.tb_locals = self.tb_locals
        filters = self._warning_filters()
        try:
            started = time.perf_counter()
            begin = getattr(outcome, "startTestRun", None)
            if begin is not None:
                begin()
            try:
                test(outcome)
            finally:
                finish = getattr(outcome, "stopTestRun", None)
                if finish is not None:
                    finish()
            elapsed = time.perf_counter() - started
        finally:
            if filters is not None:
                filters.__exit__(None, None, None)
        outcome.printErrors()
        if hasattr(outcome, "separator2"):
            self.stream.writeln(outcome.separator2)
        count = outcome.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (count, "" if count == 1 else "s",
                                                        elapsed))
        self.stream.writeln()
        self._summary(outcome)
        return outcome

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _warning_filters(self):
        """Enter a warnings.catch_warnings() set up as asked (None without
        the warnings module)."""
        try:
            import warnings
        except ImportError:
            return None
        saved = warnings.catch_warnings()
        saved.__enter__()
        if self.warnings:
            warnings.simplefilter(self.warnings)
            if self.warnings in ("default", "always"):
                warnings.filterwarnings("module", category=DeprecationWarning,
                                        message=r"Please use assert\w+ instead.")
        return saved

    def _summary(self, outcome):
        counts = []
        for attr in ("expectedFailures", "unexpectedSuccesses", "skipped"):
            try:
                counts.append(len(getattr(outcome, attr)))
            except AttributeError:
                counts.append(0)
        expected, surprises, skipped = counts
        details = []
        if not outcome.wasSuccessful():
            self.stream.write("FAILED")
            if outcome.failures:
                details.append("failures=%d" % len(outcome.failures))
            if outcome.errors:
                details.append("errors=%d" % len(outcome.errors))
        else:
            self.stream.write("OK")
        if skipped:
            details.append("skipped=%d" % skipped)
        if expected:
            details.append("expected failures=%d" % expected)
        if surprises:
            details.append("unexpected successes=%d" % surprises)
        if details:
            self.stream.writeln(" (%s)" % (", ".join(details),))
        else:
            self.stream.write("\n")
        self.stream.flush()
