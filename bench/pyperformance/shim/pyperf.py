"""A stand-in for the `pyperf` package, just large enough to drive
pyperformance's benchmark programs with a fixed number of loops.

The real pyperf spawns worker processes, calibrates and computes statistics;
here the runner (`bench/pyperformance/run`) chooses the loop count and the
program measures itself once. The environment carries the settings:

- COIL_BENCH_LOOPS: how many outer loops each benchmark runs (default 1);
- COIL_BENCH_OUT: a file to which one line per benchmark is appended,
  `name<TAB>seconds<TAB>result`, where result is a digest of what the
  benchmarked function returned (or `-` when it returns nothing comparable).

The same file runs under CPython and coil, so both measure the same thing.
"""

import argparse
import os
import time

perf_counter = time.perf_counter

__version__ = "2.6.0"
VERSION = (2, 6, 0)


def python_implementation():
    """The interpreter's name in lower case, as pyperf reports it."""
    import sys

    return sys.implementation.name.lower()


def _outer_loops():
    return int(os.environ.get("COIL_BENCH_LOOPS", "1"))


def _digest(value):
    """A short fingerprint of a benchmark's result, or '-' when the result
    says nothing portable (None, or a repr holding an address)."""
    if value is None:
        return "-"
    try:
        text = repr(value)
    except Exception:
        return "-"
    if " at 0x" in text or " object at " in text:
        return "-"
    total = 0
    for ch in text:
        total = (total * 131 + ord(ch)) % 1000000007
    return "%d:%d" % (len(text), total)


def _record(name, seconds, result):
    path = os.environ.get("COIL_BENCH_OUT")
    line = "%s\t%.6f\t%s\n" % (name, seconds, result)
    if path:
        with open(path, "a") as out:
            out.write(line)
    else:
        print(line, end="")


class Runner:
    """Runs each benchmark for COIL_BENCH_LOOPS loops and records the time."""

    def __init__(
        self,
        values=None,
        processes=None,
        loops=0,
        min_time=0.1,
        metadata=None,
        show_name=True,
        program_args=None,
        add_cmdline_args=None,
        _argparser=None,
        warmups=1,
    ):
        self.metadata = dict(metadata or {})
        self.argparser = _argparser or argparse.ArgumentParser()
        self.args = None

    def parse_args(self, args=None):
        """Parses the program's own options (the real pyperf's are not accepted)."""
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def _ensure_args(self):
        if self.args is None:
            self.parse_args()

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """`time_func(loops, *args)` measures itself and returns seconds."""
        self._ensure_args()
        seconds = time_func(_outer_loops(), *args)
        _record(name, seconds, "-")
        return seconds

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Calls `func(*args)` once per loop, timing the calls."""
        self._ensure_args()
        result = None
        start = perf_counter()
        for _ in range(_outer_loops()):
            result = func(*args)
        seconds = perf_counter() - start
        _record(name, seconds, _digest(result))
        return seconds

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None, loop_factory=None):
        """Awaits `func(*args)` once per loop inside one event loop."""
        import asyncio

        self._ensure_args()

        async def main():
            result = None
            start = perf_counter()
            for _ in range(_outer_loops()):
                result = await func(*args)
            return perf_counter() - start, result

        seconds, result = asyncio.run(main())
        _record(name, seconds, _digest(result))
        return seconds

    def bench_command(self, name, command):
        """Process start-up benchmarks are not run through this stand-in."""
        raise SystemExit("bench_command is not supported by the coil runner")
