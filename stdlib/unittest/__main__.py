"""`-m unittest`: run the tests named on the command line, or discover them."""

import sys

__unittest = True


def _program_name():
    first = sys.argv[0] if sys.argv else ""
    if not first or first == "-m" or first.endswith("__main__.py"):
        executable = getattr(sys, "executable", "") or "python"
        executable = executable.replace("\\", "/").rsplit("/", 1)[-1]
        return executable + " -m unittest"
    return first


if sys.argv:
    sys.argv[0] = _program_name()
else:
    sys.argv.append(_program_name())

from .main import main

main(module=None)
