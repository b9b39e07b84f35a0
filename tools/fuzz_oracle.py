"""Syntax oracle for the fuzz harness (tests/fuzz/oracle.rs).

Reads sources from stdin, each as a 4-byte big-endian length and that many
bytes, and answers one line per source: "ok", or "err TYPE LINENO MESSAGE"
for a SyntaxError (or subclass), or "other TYPE" when compile() fails with
anything else (ValueError for NUL bytes, RecursionError, MemoryError).
"""

import struct
import sys
import warnings


def verdict(source):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, "x", "exec")
    except SyntaxError as e:
        message = (e.msg or "").replace("\n", " ")
        return f"err {type(e).__name__} {e.lineno} {message}"
    except Exception as e:
        return f"other {type(e).__name__}"
    return "ok"


def main():
    stdin, stdout = sys.stdin.buffer, sys.stdout
    while True:
        head = stdin.read(4)
        if len(head) < 4:
            return
        (size,) = struct.unpack(">I", head)
        stdout.write(verdict(stdin.read(size)) + "\n")
        stdout.flush()


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    main()
