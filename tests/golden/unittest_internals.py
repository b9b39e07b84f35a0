# Internal names CPython's own unittest tests rely on: _Outcome, result buffers,
# loader discovery steps, signals._interrupt_handler, util._count_diff_*.
import io
import signal
import sys
import unittest
from unittest.case import _Outcome


class T(unittest.TestCase):
    def test_nothing(self):
        pass


test = T("test_nothing")
result = unittest.TestResult()
outcome = test._outcome = _Outcome(result=result)
test.addCleanup(lambda: 1 / 0)
print(test.doCleanups(), outcome.success, len(result.errors))
print(result._stdout_buffer, result._stderr_buffer, result._original_stdout is sys.stdout)

class Frame:
    class tb_frame:
        f_globals = {"__unittest": True}
print(result._is_relevant_tb_level(Frame))

loader = unittest.TestLoader()
loader._top_level_dir = "/foo"
print(loader._get_name_from_path("/foo/bar/baz.py"))
print(callable(loader._find_tests), callable(loader._find_test_path))

print(sorted(unittest.util._count_diff_all_purpose("aaabccd", "abbbcce")))
print(sorted(unittest.util._count_diff_hashable("aaabccd", "abbbcce")))

class C(unittest.TestCase):
    def test(self):
        pass

def boom():
    raise ValueError("cleanup")

C.addClassCleanup(boom)
C.doClassCleanups()
print(len(C.tearDown_exceptions), C.tearDown_exceptions[0][1])

unittest.installHandler()
handler = signal.getsignal(signal.SIGINT)
print(handler is unittest.signals._interrupt_handler, handler.called)
r = unittest.TestResult()
unittest.registerResult(r)
handler(signal.SIGINT, None)
print(handler.called, r.shouldStop)
try:
    handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("second interrupt raises KeyboardInterrupt")
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
