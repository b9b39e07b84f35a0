"""Checks that coil's Python library does not reproduce CPython's Lib/ text.

The project reads CPython's sources for facts and writes its own code. This
script finds every run of WINDOW consecutive non-trivial lines (comments,
blank lines, lone brackets and keywords like `pass`/`else:` dropped, spaces
normalised) that a file under stdlib/ shares with any file of the installed
CPython's Lib/, and fails when one is found.

    python3 tools/originality.py [--window N] [FILES...]
"""

import argparse
import hashlib
import os
import sys
import sysconfig

TRIVIAL = {
    "pass", "else:", "try:", "finally:", "return", "break", "continue",
    "}", "]", ")", "),", "],", "},", "return None", "return True",
    "return False", "return self", "raise", "except:", "yield",
    "return NotImplemented", "return result", "del self",
}


def significant_lines(path):
    """(line number, normalised text) for each line that says something."""
    out = []
    in_doc = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            text = " ".join(raw.split())
            if not text or text.startswith("#"):
                continue
            if text in TRIVIAL:
                continue
            out.append((number, text))
    return out


def windows(lines, size):
    for i in range(len(lines) - size + 1):
        chunk = "\n".join(text for _, text in lines[i : i + size])
        yield i, hashlib.blake2b(chunk.encode(), digest_size=12).digest()


def cpython_index(size):
    lib = sysconfig.get_paths()["stdlib"]
    index = {}
    for root, dirs, files in os.walk(lib):
        dirs[:] = [d for d in dirs if d not in ("site-packages", "__pycache__", "test", "idlelib", "tkinter", "lib2to3")]
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            lines = significant_lines(path)
            for i, digest in windows(lines, size):
                index.setdefault(digest, (path, lines[i][0]))
    return index


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=6, help="lines in a shared run that count as copying")
    parser.add_argument("files", nargs="*")
    opts = parser.parse_args()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = opts.files
    if not files:
        for root, _, names in os.walk(os.path.join(here, "stdlib")):
            files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
    index = cpython_index(opts.window)
    found = 0
    for path in files:
        lines = significant_lines(path)
        reported_until = -1
        for i, digest in windows(lines, opts.window):
            if digest in index and i > reported_until:
                src, line = index[digest]
                print(f"{os.path.relpath(path, here)}:{lines[i][0]}: {opts.window} lines as in {src}:{line}")
                print("    " + lines[i][1])
                reported_until = i + opts.window
                found += 1
    print(f"{len(files)} files checked, {found} shared runs of {opts.window} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
