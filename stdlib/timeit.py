__doc__ = """Timing of small pieces of Python code.

As a library: Timer(stmt, setup, timer, globals) compiles the statement
into a loop once; Timer.timeit(number) runs it number times and returns the
seconds taken, Timer.repeat(repeat, number) does that several times and
Timer.autorange() picks a number of loops taking at least 0.2 seconds.
The functions timeit() and repeat() do the same in one call.

From the command line:
    python -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u U] [-h] [--] [statement]

  -n/--number N: run the statement N times per measurement (default: the
                 first of 1, 2, 5, 10, 20, 50, ... taking at least 0.2 s)
  -r/--repeat N: number of measurements (default 5)
  -s/--setup S: statement run once before each measurement, not timed
                (default 'pass'; may be given several times)
  -p/--process: measure with time.process_time() instead of
                time.perf_counter()
  -v/--verbose: show the raw timings; repeat for more digits
  -u/--unit U: show times in nsec, usec, msec or sec
  -h/--help: show this text and exit
  --: end of the options (for a statement starting with -)
  statement: the code to time (default 'pass'); several arguments are
             joined as separate lines, so indented blocks are possible

The best of the measurements is reported, divided by the number of loops.
Even 'pass' costs something, so the baseline is worth measuring too.
"""

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

import gc
import itertools
import sys
import time

default_timer = time.perf_counter
default_number, default_repeat = 1000000, 5
dummy_src_name = "<timeit-src>"

_globals = globals

# The statement is compiled inside a function so that it runs with fast
# local variables; the loop variable and timer have private names.
_SKELETON = """
def inner(_loops, _clock{init}):
    {setup}
    _started = _clock()
    for _ in _loops:
        {stmt}
        pass
    return _clock() - _started
"""


def reindent(src, indent):
    """Indent every line of src but the first by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times the execution of a statement (a string of code or a callable)
    after a setup (likewise), using the timer function given.

    Code strings run in the namespace globals (this module's when None);
    they may span several lines.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        extra = ''
        if isinstance(setup, str):
            # Compiled alone first so that 'return' and the like are
            # rejected instead of working inside the generated function.
            compile(setup, dummy_src_name, "exec")
            prefix = setup + '\n'
            setup_code = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            extra += ', _setup=_setup'
            prefix = ''
            setup_code = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt_code = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            extra += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = _SKELETON.format(stmt=stmt_code, setup=setup_code,
                                    init=extra)
        exec(compile(self.src, dummy_src_name, "exec"), global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the
        lines of the timed source (to file, default stderr)."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines,
                                               dummy_src_name)
        # Same output as traceback.print_exc(file=file), which ignores its
        # file argument in coil today.
        (sys.stderr if file is None else file).write(traceback.format_exc())

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times (the setup runs
        once first); the garbage collector is off meanwhile."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number of loops in 1, 2, 5, 10,
        20, 50, ... that takes at least 0.2 seconds; callback(number,
        seconds) is called after each trial."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


class _OptionError(Exception):
    pass


def _parse_options(argv, short, longs):
    """getopt-style parsing: ([(option, value)], remaining arguments)."""
    found = []
    argv = list(argv)
    while argv and argv[0].startswith('-') and argv[0] != '-':
        arg = argv.pop(0)
        if arg == '--':
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            if name + '=' in longs or name in longs:
                chosen = name + '=' if name + '=' in longs else name
            else:
                matches = [o for o in longs if o.startswith(name)]
                if not matches:
                    raise _OptionError('option --%s not recognized' % name)
                if len(matches) > 1:
                    raise _OptionError('option --%s not a unique prefix'
                                       % name)
                chosen = matches[0]
            full = chosen.rstrip('=')
            if chosen.endswith('='):
                if not eq:
                    if not argv:
                        raise _OptionError('option --%s requires argument'
                                           % full)
                    value = argv.pop(0)
            elif eq:
                raise _OptionError('option --%s must not have an argument'
                                   % full)
            found.append(('--' + full, value))
            continue
        rest = arg[1:]
        while rest:
            letter, rest = rest[0], rest[1:]
            spot = short.find(letter)
            if letter == ':' or spot < 0:
                raise _OptionError('option -%s not recognized' % letter)
            if short[spot + 1:spot + 2] == ':':
                if not rest:
                    if not argv:
                        raise _OptionError('option -%s requires argument'
                                           % letter)
                    rest = argv.pop(0)
                found.append(('-' + letter, rest))
                rest = ''
            else:
                found.append(('-' + letter, ''))
    return found, argv


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line interface: args is the argument list (default
    sys.argv[1:]).  The return value is the exit status (None for 0)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(
            args, "n:u:s:r:tcpvh",
            ["number=", "setup=", "repeat=", "time", "clock", "process",
             "verbose", "unit=", "help"])
    except _OptionError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setups = []
    repeat = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        if opt in ("-s", "--setup"):
            setups.append(value)
        if opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, "
                      "or sec.", file=sys.stderr)
                return 2
            unit = value
        if opt in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        if opt in ("-p", "--process"):
            timer = time.process_time
        if opt in ("-v", "--verbose"):
            if verbose:
                digits += 1
            verbose += 1
        if opt in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setups) or "pass"

    # Let the timed code import modules from the current directory.
    sys.path.insert(0, __import__('os').curdir)
    t = Timer(stmt, setup,
              timer if _wrap_timer is None else _wrap_timer(timer))
    if number == 0:
        report = None
        if verbose:
            def report(loops, taken):
                print("{} loop{} -> {:.{}g} secs".format(
                    loops, '' if loops == 1 else 's', taken, digits))
        try:
            number, _ = t.autorange(report)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def shown(seconds):
        if unit is not None:
            name, scale = unit, _UNITS[unit]
        else:
            for name, scale in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
                if seconds >= scale:
                    break
        return "%.*g %s" % (digits, seconds / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join(map(shown, raw)))
        print()
    per_loop = [taken / number for taken in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, '' if number == 1 else 's', repeat, shown(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (shown(worst), shown(best)), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
