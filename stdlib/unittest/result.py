"""TestResult: what a test run reports to, and how failures become text."""

import sys
import traceback

from .util import strclass

__unittest = True

__all__ = ["TestResult"]

_STDOUT_NOTE = "\nStdout:\n%s"
_STDERR_NOTE = "\nStderr:\n%s"

_CAUSE_LINK = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_LINK = "\nDuring handling of the above exception, another exception occurred:\n\n"
_HEADER = "Traceback (most recent call last):\n"


class _Capture:
    """An in-memory text stream standing in for sys.stdout/sys.stderr while
    output is buffered."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self):
        self._parts = []

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("string argument expected, got '%s'" % type(text).__name__)
        self._parts.append(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        return "".join(self._parts)

    def seek(self, pos, whence=0):
        return 0

    def truncate(self, size=None):
        self._parts = []
        return 0

    def flush(self):
        pass

    def isatty(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return True


def _new_capture():
    try:
        import io
        return io.StringIO()
    except ImportError:
        return _Capture()


def _stops_on_failure(method):
    """Makes a reporting method stop the run first when failfast is set."""
    def reporting(self, *args, **kw):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kw)
    reporting.__name__ = method.__name__
    reporting.__doc__ = method.__doc__
    return reporting


# --- traceback text without the frames of unittest itself -------------------

def _hidden_files():
    """Files of the modules that ask for their frames to be left out of
    reports by a module-level `__unittest = True` (every unittest module,
    and any helper module that wants to look like one)."""
    files = set()
    for module in list(sys.modules.values()):
        try:
            if getattr(module, "__unittest", False):
                name = getattr(module, "__file__", None)
                if name:
                    files.add(name)
        except Exception:
            pass
    return files


def _frame_file(frame_lines):
    first = frame_lines[0]
    start = first.find('"') + 1
    end = first.find('", line ', start)
    if start <= 0 or end < 0:
        return None
    return first[start:end]


def _split_frames(lines):
    """(frames, rest) of a traceback's lines after its header: each frame
    is its 'File ...' line with the indented lines that follow it."""
    frames = []
    pos = 0
    while pos < len(lines):
        line = lines[pos]
        if line.startswith('  File "'):
            frames.append([line])
        elif frames and (line.startswith("    ") or line.startswith("  [Previous line")):
            frames[-1].append(line)
        else:
            break
        pos += 1
    return frames, lines[pos:]


def _exception_chain(value):
    """The exceptions a traceback printout shows, in the order printed."""
    shown = []
    seen = set()
    while value is not None and id(value) not in seen:
        seen.add(id(value))
        shown.append(value)
        if value.__cause__ is not None:
            value = value.__cause__
        elif value.__context__ is not None and not value.__suppress_context__:
            value = value.__context__
        else:
            value = None
    shown.reverse()
    return shown


def _split_links(text):
    """The sections of a chained traceback and the links between them."""
    sections = []
    links = []
    rest = text
    while True:
        cut = None
        for link in (_CAUSE_LINK, _CONTEXT_LINK):
            at = rest.find(link)
            if at >= 0 and (cut is None or at < cut[0]):
                cut = (at, link)
        if cut is None:
            sections.append(rest)
            return sections, links
        at, link = cut
        sections.append(rest[:at])
        links.append(link)
        rest = rest[at + len(link):]


def _without_unittest_frames(text, chain, failure_type):
    hidden = _hidden_files()

    def is_hidden(frame):
        name = _frame_file(frame)
        if name is None:
            return False
        return name in hidden

    sections, links = _split_links(text)
    matched = len(sections) == len(chain)
    cleaned = []
    for index, section in enumerate(sections):
        if not section.startswith(_HEADER):
            cleaned.append(section)
            continue
        lines = section[len(_HEADER):].splitlines(True)
        frames, rest = _split_frames(lines)
        start = 0
        while start < len(frames) and is_hidden(frames[start]):
            start += 1
        frames = frames[start:]
        if matched and failure_type is not None and type(chain[index]) is failure_type:
            for k, frame in enumerate(frames):
                if is_hidden(frame):
                    frames = frames[:k]
                    break
        body = "".join("".join(frame) for frame in frames)
        head = _HEADER if frames else ""
        cleaned.append(head + body + "".join(rest))
    out = [cleaned[0]]
    for link, section in zip(links, cleaned[1:]):
        out.append(link)
        out.append(section)
    return "".join(out)


class TestResult(object):
    """Collects the outcome of tests: lists of (test, traceback text) for
    failures and errors, (test, reason) for skips, and so on. Runners
    subclass it to show progress."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # What happened, test by test.
        self.testsRun = 0
        for name in ("errors", "failures", "skipped", "expectedFailures",
                     "unexpectedSuccesses"):
            setattr(self, name, [])
        # How to run: stop early, capture output, show locals.
        self.shouldStop = self.failfast = self.buffer = self.tb_locals = False
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        self._show_captured = False

    def printErrors(self):
        "Called by the runner once the tests have run."

    def startTest(self, test):
        "Called when test is about to run."
        self.testsRun += 1
        self._show_captured = False
        self._capture_output()

    def _capture_output(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer = _new_capture()
            self._stderr_buffer = _new_capture()
        sys.stdout = self._stdout_buffer
        sys.stderr = self._stderr_buffer

    def startTestRun(self):
        "Called once before any test runs."

    def stopTest(self, test):
        "Called when test has run, whatever its outcome."
        self._release_output()
        self._show_captured = False

    def _release_output(self):
        if not self.buffer or self._stdout_buffer is None:
            return
        if self._show_captured:
            for capture, real, note in ((self._stdout_buffer, self._original_stdout, _STDOUT_NOTE),
                                        (self._stderr_buffer, self._original_stderr, _STDERR_NOTE)):
                text = capture.getvalue()
                if text:
                    if not text.endswith("\n"):
                        text += "\n"
                    real.write(note % text)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for capture in (self._stdout_buffer, self._stderr_buffer):
            capture.seek(0)
            capture.truncate()

    def stopTestRun(self):
        "Called once after all tests ran."

    @_stops_on_failure
    def addError(self, test, err):
        """test raised an unexpected exception; err is a sys.exc_info() tuple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._show_captured = True

    @_stops_on_failure
    def addFailure(self, test, err):
        """test failed an assertion; err is a sys.exc_info() tuple."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._show_captured = True

    def addSubTest(self, test, subtest, err):
        """A subtest of test finished; err is None when it passed."""
        if err is None:
            return
        if getattr(self, "failfast", False):
            self.stop()
        if issubclass(err[0], test.failureException):
            into = self.failures
        else:
            into = self.errors
        into.append((subtest, self._exc_info_to_string(err, test)))
        self._show_captured = True

    def addSuccess(self, test):
        "test passed."

    def addSkip(self, test, reason):
        "test was skipped."
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        "test, marked expectedFailure, failed as expected."
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stops_on_failure
    def addUnexpectedSuccess(self, test):
        "test, marked expectedFailure, passed."
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when no test failed, errored or passed unexpectedly."""
        if self.failures or self.errors:
            return False
        return not getattr(self, "unexpectedSuccesses", ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report text of an exception: its traceback without the
        frames of unittest, plus buffered output."""
        kind, value, tb = err
        detailed = getattr(traceback, "TracebackException", None)
        if detailed is not None:
            printed = detailed(kind, value, tb, capture_locals=self.tb_locals,
                               compact=True).format()
        else:
            printed = traceback.format_exception(kind, value, tb)
        text = "".join(printed)
        failure_type = getattr(test, "failureException", None)
        text = _without_unittest_frames(text, _exception_chain(value), failure_type)
        if self.buffer and self._stdout_buffer is not None:
            for capture, note in ((self._stdout_buffer, _STDOUT_NOTE),
                                  (self._stderr_buffer, _STDERR_NOTE)):
                output = capture.getvalue()
                if output:
                    if not output.endswith("\n"):
                        output += "\n"
                    text += note % output
        return text

    def _is_relevant_tb_level(self, tb):
        """Whether the traceback entry tb is in a module that hides its frames
        from reports (one with a global `__unittest`)."""
        return "__unittest" in tb.tb_frame.f_globals

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))
