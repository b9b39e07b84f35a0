"""unittest.main (TestProgram): the command line front end, used by test
scripts (`unittest.main()`) and by `-m unittest`."""

import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

__all__ = ["TestProgram", "main"]

# The "Examples:" part of --help: (arguments, explanation) rows, the
# explanations aligned in one column after the program name.
_SCRIPT_ROWS = [
    ("", "run default set of tests"),
    ("MyTestSuite", "run suite 'MyTestSuite'"),
    ("MyTestCase.testSomething", "run MyTestCase.testSomething"),
    ("MyTestCase", "run all 'test*' test methods\n in MyTestCase"),
]

_MODULE_ROWS = [
    ("test_module", "run tests from test_module"),
    ("module.TestClass", "run tests from module.TestClass"),
    ("module.Class.test_method", "run specified test method"),
    ("path/to/test_file.py", "run tests from test_file.py"),
]


def _examples(prog, rows):
    out = ["Examples:"]
    for args, text in rows:
        head = "  " + prog + " " + args.ljust(25) + " - "
        lines = text.split("\n")
        out.append(head + lines[0])
        # Continuation lines sit at a fixed column, whatever the program name.
        out.extend(" " * 39 + more.strip() for more in lines[1:])
    return "\n".join(out) + "\n"


_DISCOVERY_NOTE = """\
For test discovery all test modules must be importable from the top level
directory of the project."""

_TEXT_WIDTH = 78


class _UsageError(Exception):
    pass


class _Option:
    """One command line option: its spellings, where it stores what, and
    how it is shown in the help."""

    def __init__(self, flags, dest, help, value=None, metavar=None, append=False):
        self.flags = flags
        self.dest = dest
        self.help = help
        self.value = value          # stored when the option takes no argument
        self.metavar = metavar      # set when the option takes an argument
        self.append = append

    def usage(self):
        if self.metavar:
            return "[%s %s]" % (self.flags[0], self.metavar)
        return "[%s]" % self.flags[0]

    def invocation(self):
        if self.metavar:
            return ", ".join("%s %s" % (f, self.metavar) for f in self.flags)
        return ", ".join(self.flags)


def _pattern_option(text):
    return text if "*" in text else "*%s*" % text


def _wrap(text, width):
    lines = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = current + " " + word if current else word
    if current:
        lines.append(current)
    return lines


class _CommandLine:
    """A small argparse look-alike: parses the options of unittest.main and
    prints the same usage, help and error texts."""

    def __init__(self, prog, options, positional=None, positional_help=None,
                 extra_positionals=(), epilog=None):
        self.prog = prog
        self.options = [_Option(["-h", "--help"], None, "show this help message and exit")]
        self.options.extend(options)
        self.positional = positional
        self.positional_help = positional_help
        self.extra_positionals = list(extra_positionals)
        self.epilog = epilog

    def usage(self):
        prefix = "usage: "
        option_parts = [o.usage() for o in self.options]
        positional_parts = ["[%s ...]" % self.positional] if self.positional else []
        whole = " ".join([self.prog] + option_parts + positional_parts)
        if len(prefix) + len(whole) <= _TEXT_WIDTH:
            return prefix + whole + "\n"
        if len(prefix) + len(self.prog) <= 0.75 * _TEXT_WIDTH:
            margin = " " * (len(prefix) + len(self.prog) + 1)
            lines = self._fill([self.prog] + option_parts, margin, len(prefix))
            lines.extend(self._fill(positional_parts, margin, None))
        else:
            margin = " " * len(prefix)
            lines = self._fill(option_parts + positional_parts, margin, None)
            if len(lines) > 1:
                lines = (self._fill(option_parts, margin, None)
                         + self._fill(positional_parts, margin, None))
            lines = [self.prog] + lines
        return prefix + "\n".join(lines) + "\n"

    @staticmethod
    def _fill(parts, margin, first_offset):
        """Lines holding parts, each starting with margin (the first one
        starts at column first_offset instead when given)."""
        lines = []
        current = []
        used = (first_offset if first_offset is not None else len(margin)) - 1
        for part in parts:
            if current and used + 1 + len(part) > _TEXT_WIDTH:
                lines.append(margin + " ".join(current))
                current = []
                used = len(margin) - 1
            current.append(part)
            used += len(part) + 1
        if current:
            lines.append(margin + " ".join(current))
        if first_offset is not None and lines:
            lines[0] = lines[0][len(margin):]
        return lines

    def help(self):
        entries = []
        if self.positional:
            entries.append(("positional arguments:", [(self.positional, self.positional_help)]))
        entries.append(("options:", [(o.invocation(), o.help) for o in self.options]))
        longest = max(len(name) for _, rows in entries for name, _ in rows) + 2
        column = min(longest + 2, 24)
        out = [self.usage(), "\n"]
        for title, rows in entries:
            out.append(title + "\n")
            for name, text in rows:
                lines = _wrap(text, max(_TEXT_WIDTH - column, 11))
                if len(name) <= column - 4:
                    out.append("  " + name.ljust(column - 4) + "  " + lines[0] + "\n")
                    rest = lines[1:]
                else:
                    out.append("  " + name + "\n")
                    rest = lines
                for line in rest:
                    out.append(" " * column + line + "\n")
            out.append("\n")
        if self.epilog:
            out.append(self.epilog + "\n")
        else:
            out.pop()
        return "".join(out)

    def fail(self, message):
        sys.stderr.write(self.usage())
        sys.stderr.write("%s: error: %s\n" % (self.prog, message))
        sys.exit(2)

    def _find(self, arg):
        """The option arg names (exactly or by an unambiguous prefix of a long name)."""
        for option in self.options:
            if arg in option.flags:
                return option
        if arg.startswith("--"):
            candidates = [o for o in self.options
                          if any(f.startswith(arg) for f in o.flags if f.startswith("--"))]
            if len(candidates) == 1:
                return candidates[0]
            if len(candidates) > 1:
                spelled = ", ".join(f for o in candidates for f in o.flags
                                    if f.startswith(arg))
                raise _UsageError("ambiguous option: %s could match %s" % (arg, spelled))
        return None

    def parse(self, args, target, on_help):
        """Store the options of args on target; returns the positionals."""
        positionals = []
        unknown = []
        pos = 0
        only_positionals = False
        try:
            while pos < len(args):
                arg = args[pos]
                pos += 1
                if only_positionals or arg == "-" or not arg.startswith("-"):
                    positionals.append(arg)
                    continue
                if arg == "--":
                    only_positionals = True
                    continue
                value = None
                if arg.startswith("--") and "=" in arg:
                    arg, value = arg.split("=", 1)
                option = self._find(arg)
                if option is None and not arg.startswith("--") and len(arg) > 2:
                    # Clustered short flags (-vf) or an attached value (-kfoo).
                    option = self._find(arg[:2])
                    if option is not None:
                        if option.metavar:
                            value = arg[2:]
                        else:
                            args = args[:pos] + ["-" + arg[2:]] + args[pos:]
                            args[pos - 1] = arg[:2]
                if option is None:
                    unknown.append(arg if value is None else arg + "=" + value)
                    continue
                if option.dest is None:
                    on_help()
                    sys.exit(0)
                if option.metavar:
                    if value is None:
                        if pos >= len(args) or (args[pos].startswith("-") and args[pos] != "-"):
                            raise _UsageError("argument %s: expected one argument"
                                              % "/".join(option.flags))
                        value = args[pos]
                        pos += 1
                    if option.append:
                        current = getattr(target, option.dest, None)
                        if current is None:
                            current = []
                            setattr(target, option.dest, current)
                        current.append(_pattern_option(value))
                    else:
                        setattr(target, option.dest, value)
                else:
                    if value is not None:
                        raise _UsageError("argument %s: ignored explicit argument %r"
                                          % ("/".join(option.flags), value))
                    setattr(target, option.dest, option.value)
        except _UsageError as e:
            self.fail(str(e))
        if self.extra_positionals:
            names = self.extra_positionals
            if len(positionals) > len(names):
                unknown.extend(positionals[len(names):])
            for name, value in zip(names, positionals):
                setattr(target, name, value)
            positionals = []
        elif not self.positional and positionals:
            unknown.extend(positionals)
        if unknown:
            self.fail("unrecognized arguments: %s" % " ".join(unknown))
        return positionals


def _file_to_module(name):
    """A path to a .py file given on the command line, as a module name."""
    if not name.lower().endswith(".py"):
        return name
    try:
        import os
    except ImportError:
        os = None
    if os is not None:
        if not os.path.isfile(name):
            return name
        if os.path.isabs(name):
            relative = os.path.relpath(name, os.getcwd())
            if os.path.isabs(relative) or relative.startswith(os.pardir):
                return name
            name = relative
        name = os.path.normpath(name)
    else:
        if name.startswith("/") or name.startswith(".."):
            return name
        while name.startswith("./"):
            name = name[2:]
    return name[:-3].replace("\\", ".").replace("/", ".")


def _base_name(path):
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class TestProgram(object):
    """Parses the command line, loads the tests and runs them; unless
    exit=False, ends with sys.exit (status 0 when the run succeeded).
    The result stays in self.result."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            found = __import__(module)
            for attr in module.split(".")[1:]:
                found = getattr(found, attr)
            module = found
        self.module = module
        argv = sys.argv if argv is None else argv
        self.progName = _base_name(argv[0]) if argv else "python"
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        # None means "not given": the command line may then set them.
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        if warnings is None and not getattr(sys, "warnoptions", None):
            # Show deprecation warnings once per location unless told otherwise.
            warnings = "default"
        self.warnings = warnings
        self.testLoader, self.testRunner = testLoader, testRunner
        self.defaultTest = defaultTest
        self.parseArgs(argv)
        self.runTests()

    def _options(self, discovery=False):
        options = [
            _Option(["-v", "--verbose"], "verbosity", "Verbose output", value=2),
            _Option(["-q", "--quiet"], "verbosity", "Quiet output", value=0),
            _Option(["--locals"], "tb_locals", "Show local variables in tracebacks",
                    value=True),
        ]
        if self.failfast is None:
            options.append(_Option(["-f", "--failfast"], "failfast",
                                   "Stop on first fail or error", value=True))
        if self.catchbreak is None:
            options.append(_Option(["-c", "--catch"], "catchbreak",
                                   "Catch Ctrl-C and display results so far", value=True))
        if self.buffer is None:
            options.append(_Option(["-b", "--buffer"], "buffer",
                                   "Buffer stdout and stderr during tests", value=True))
        options.append(_Option(["-k"], "testNamePatterns",
                               "Only run tests which match the given substring",
                               metavar="TESTNAMEPATTERNS", append=True))
        if discovery:
            options.append(_Option(["-s", "--start-directory"], "start",
                                   "Directory to start discovery ('.' default)",
                                   metavar="START"))
            options.append(_Option(["-p", "--pattern"], "pattern",
                                   "Pattern to match tests ('test*.py' default)",
                                   metavar="PATTERN"))
            options.append(_Option(["-t", "--top-level-directory"], "top",
                                   "Top level directory of project (defaults to "
                                   "start directory)", metavar="TOP"))
        return options

    def _initArgParsers(self):
        """Set up the command line parsers; -f, -c and -b are only offered
        when the caller left failfast, catchbreak and buffer unset (None)."""
        main_options = self._options()
        discovery_options = self._options(discovery=True)
        # Options left unset by the caller become False once offered.
        for name in ("failfast", "catchbreak", "buffer"):
            if getattr(self, name) is None:
                setattr(self, name, False)
        prog = self.progName or _base_name(sys.argv[0] if sys.argv else "python")
        self._main_line = _CommandLine(
            prog, main_options, positional="tests",
            positional_help="a list of any number of test modules, classes and "
                            "test methods.")
        self._discovery_line = _CommandLine(
            prog + " discover", discovery_options,
            extra_positionals=("start", "pattern", "top"), epilog=_DISCOVERY_NOTE)

    def _print_help(self, *args, **kwargs):
        print(self._main_line.help())
        if self.module is None:
            print(_examples(self.progName, _MODULE_ROWS))
            sys.stdout.write(self._discovery_line.help())
        else:
            print(_examples(self.progName, _SCRIPT_ROWS))

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        if getattr(self, "_main_line", None) is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def parseArgs(self, argv):
        self._initArgParsers()
        args = list(argv[1:])
        if self.module is None and args and args[0].lower() == "discover":
            self._do_discovery(args[1:])
            return
        self.tests = self._main_line.parse(args, self, self._print_help)
        if self.module is None and not self.tests:
            # `-m unittest` without test names discovers them.
            self._do_discovery([])
            return
        default = self.defaultTest
        if self.tests:
            chosen = [_file_to_module(name) for name in self.tests]
        elif isinstance(default, str):
            chosen = (default,)
        else:
            chosen = None if default is None else list(default)
        self.testNames = chosen
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            chosen = self.testLoader if Loader is None else Loader()
            self.test = chosen.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = "."
        self.pattern = "test*.py"
        self.top = None
        if argv is not None:
            if getattr(self, "_discovery_line", None) is None:
                self._initArgParsers()
            self._discovery_line.parse(list(argv), self, self._discovery_help)
        self.createTests(from_discovery=True, Loader=Loader)

    def _discovery_help(self):
        sys.stdout.write(self._discovery_line.help())

    def _make_runner(self):
        kind = self.testRunner
        if not isinstance(kind, type):
            return kind
        settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings,
                        tb_locals=self.tb_locals)
        # Older runner classes may not take tb_locals, or any of these.
        trials = [settings,
                  {k: v for k, v in settings.items() if k != "tb_locals"},
                  {}]
        for n, kwargs in enumerate(trials):
            try:
                return kind(**kwargs)
            except TypeError:
                if n == len(trials) - 1:
                    raise

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
