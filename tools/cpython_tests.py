"""Runs CPython's own test modules under coil and counts what passes.

CPython's test suite is installed with CPython (`python3 -c "import test"`).
Each module runs as `coil -m unittest -v test.MODULE`, with only the `test`
package made importable (a folder holding a link to it is put on COILPATH),
so every other import resolves to coil's own library. test_unittest's tests live
inside CPython's unittest package, so that module runs through
tools/unittest_tests_main.py, which makes them importable as `unittest.test`.
Prints one line per module and, with --markdown, the table the README shows.

    python3 tools/cpython_tests.py [--coil PATH] [--timeout S] [--markdown] [MODULE...]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import test
import unittest

# Modules whose tests live inside a CPython package: the command that runs them in place
# of `coil -m unittest`.
HERE = os.path.dirname(os.path.abspath(__file__))
DRIVERS = {
    "test_unittest": [os.path.join(HERE, "unittest_tests_main.py"), os.path.dirname(unittest.__file__)],
}

# A test's result line: `test_x (test.mod.Class.test_x) ... ok`; classes made inside functions
# show `<locals>` in the name, and doctests show as `Doctest: name ... ok`. Subtest lines are
# indented and not counted.
RESULT = re.compile(r"^(test\w* \([^()]*\)|Doctest: \S+) \.\.\. (ok|FAIL|ERROR|skipped.*|expected failure|unexpected success)$")
# A test with a docstring shows its name alone, then the docstring's first line and the result.
NAME_ALONE = re.compile(r"^test\w* \([^()]*\)$")
DOC_RESULT = re.compile(r"^.* \.\.\. (ok|FAIL|ERROR|skipped.*|expected failure|unexpected success)$")


def run_module(coil, name, timeout, env):
    """(tests run, passed, failed, errors, skipped, note) for one test module."""
    try:
        runner = DRIVERS.get(name, ["-m", "unittest"])
        proc = subprocess.run([coil, *runner, "-v", f"test.{name}"], capture_output=True,
                              text=True, timeout=timeout, env=env, errors="replace")
    except subprocess.TimeoutExpired:
        return 0, 0, 0, 0, 0, f"timed out after {timeout} s"
    out = proc.stderr + proc.stdout
    counts = {"ok": 0, "FAIL": 0, "ERROR": 0, "skipped": 0}
    named = False
    for line in out.splitlines():
        line = line.rstrip()
        m = RESULT.match(line)
        outcome = m.group(2) if m else None
        if not m and named:
            d = DOC_RESULT.match(line)
            outcome = d.group(1) if d else None
        named = bool(NAME_ALONE.match(line))
        if outcome:
            key = "skipped" if outcome.startswith("skipped") else outcome
            if outcome in ("expected failure",):
                key = "ok"
            if outcome == "unexpected success":
                key = "FAIL"
            counts[key] += 1
    ran = re.search(r"^Ran (\d+) tests?", out, re.M)
    total = int(ran.group(1)) if ran else 0
    note = ""
    if not ran:
        last = [l for l in out.splitlines() if l.strip()]
        note = last[-1][:100] if last else f"exit {proc.returncode}"
    elif counts["ok"] == 0 and total:
        # Nothing passed: usually the module failed to import; say why.
        reasons = re.findall(r"^(\w+(?:Error|Exception): .*)$", out, re.M)
        note = reasons[-1][:100] if reasons else ""
        counts["ERROR"] = total - counts["FAIL"] - counts["skipped"]
    elif counts["ok"] + counts["FAIL"] + counts["ERROR"] + counts["skipped"] < total:
        # Errors in setUpClass/setUpModule count the class, not its tests.
        counts["ERROR"] += total - sum(counts.values())
    return total, counts["ok"], counts["FAIL"], counts["ERROR"], counts["skipped"], note


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coil", default="target/release/coil")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("modules", nargs="*")
    opts = parser.parse_args()
    test_dir = os.path.dirname(test.__file__)
    modules = opts.modules or sorted(n[:-3] for n in os.listdir(test_dir)
                                     if n.startswith("test_") and n.endswith(".py"))
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(test_dir, os.path.join(tmp, "test"))
        # Folders already on COILPATH (a stdlib being edited) keep their place after the link.
        env = dict(os.environ, COILPATH=os.pathsep.join(filter(None, [tmp, os.environ.get("COILPATH")])))
        rows = []
        for name in modules:
            row = run_module(os.path.abspath(opts.coil), name, opts.timeout, env)
            rows.append((name, *row))
            total, ok, fail, err, skip, note = row
            print(f"{name:36} ran {total:4} passed {ok:4} failed {fail:3} errors {err:3} skipped {skip:3} {note}",
                  flush=True)
    if opts.markdown:
        print("\n| module | tests | passed | failed | errors | skipped | note |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
        for name, total, ok, fail, err, skip, note in rows:
            print(f"| {name} | {total} | {ok} | {fail} | {err} | {skip} | {note.replace('|', '/')} |")
    ran = [r for r in rows if r[1]]
    print(f"\n{len(ran)} of {len(rows)} modules ran; {sum(r[2] for r in rows)} of "
          f"{sum(r[1] for r in rows)} tests passed")


if __name__ == "__main__":
    sys.exit(main())
