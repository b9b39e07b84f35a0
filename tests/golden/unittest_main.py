# unittest: unittest.main's command line (-v, -q, -f, -b, -k, test names,
# --help, usage errors), its exit status through SystemExit, exit=False,
# defaultTest, and a testRunner given as a class or an instance.
import unittest
from _unittest_out import Out


class StdoutRunner(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        print("runner options:", sorted(kwargs.items()))
        super().__init__(stream=Out(), **kwargs)


class Numbers(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_sub(self):
        self.assertEqual(5 - 3, 1)

    def test_mul(self):
        print("test_mul output")
        self.assertEqual(2 * 3, 6)


class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")

    @unittest.skip("later")
    def test_lower(self):
        pass


def run(*args, **kwargs):
    shown = {k: (v if isinstance(v, (str, list, bool)) else type(v).__name__)
             for k, v in kwargs.items()}
    print(">>> main", " ".join(args), shown or "")
    kwargs.setdefault("testRunner", StdoutRunner)
    # -k patterns stick to the loader main() uses: give each run a fresh one.
    kwargs.setdefault("testLoader", unittest.TestLoader())
    try:
        program = unittest.main(argv=["prog.py"] + list(args), **kwargs)
    except SystemExit as e:
        print("SystemExit", e.code)
    else:
        result = program.result
        print("returned", result.testsRun, result.wasSuccessful())


run()
run("-v")
run("-q")
run("-v", "Words")
run("Numbers.test_add", "Words.test_upper")
run("-k", "add")
run("-k", "test_u*", "-k", "mul", "-v")
run("-k", "*Words.test_u*")
run("-kmul")
run("-f")
run("-vf", "Numbers")
run("-b", "Numbers")
run("--verbose", "--buffer", "Numbers.test_mul")
run("--verb", "Words")
run("NoSuchTest")
run(exit=False)
run("-v", exit=False, defaultTest="Words")
run(defaultTest=["Numbers.test_add", "Words"])
run("-q", testRunner=unittest.TextTestRunner(stream=Out(), verbosity=2))
run("-h")
run("--bogus")
run("-k")
run(failfast=True, exit=False)
