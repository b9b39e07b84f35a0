"""Walks a folder, counts files and lines per file type, and writes a JSON report.

    coil examples/line_report.py [FOLDER] [--output report.json] [--exclude NAME ...] [-v]

Uses pathlib to walk, argparse for the command line, logging for progress
and json for the report: the everyday standard library on a real folder.
"""

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

log = logging.getLogger("line_report")


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Count files and lines per file type under a folder.")
    parser.add_argument("folder", nargs="?", default=".", help="the folder to walk (default: the current one)")
    parser.add_argument("-o", "--output", help="write the JSON report here instead of standard output")
    parser.add_argument("--exclude", action="append", default=[".git", "target", "__pycache__"],
                        metavar="NAME", help="skip folders with this name (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each file read")
    return parser.parse_args(argv)


def file_type(path):
    """The suffix that names a file's type, or the whole name for files without one."""
    return path.suffix.lower() or path.name


def count_lines(path):
    """Lines in a text file; None for files that are not UTF-8 text."""
    try:
        with path.open(encoding="utf-8") as f:
            return sum(1 for _ in f)
    except UnicodeDecodeError:
        return None


def walk(root, excluded):
    """Every file under `root`, skipping excluded folders and symbolic links."""
    pending = [root]
    while pending:
        folder = pending.pop()
        for entry in sorted(folder.iterdir()):
            if entry.is_symlink():
                continue
            if entry.is_dir():
                if entry.name not in excluded:
                    pending.append(entry)
            elif entry.is_file():
                yield entry


def build_report(root, excluded):
    files = Counter()
    lines = Counter()
    binary = Counter()
    for path in walk(root, excluded):
        kind = file_type(path)
        n = count_lines(path)
        if n is None:
            binary[kind] += 1
            log.debug("binary: %s", path)
            continue
        files[kind] += 1
        lines[kind] += n
        log.debug("%6d lines  %s", n, path.relative_to(root))
    types = {kind: {"files": files[kind], "lines": lines[kind]} for kind in sorted(files, key=lambda k: (-lines[k], k))}
    return {
        "folder": str(root),
        "files": sum(files.values()),
        "lines": sum(lines.values()),
        "binary_files": sum(binary.values()),
        "types": types,
    }


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    root = Path(args.folder)
    if not root.is_dir():
        log.error("not a folder: %s", root)
        return 2
    report = build_report(root.resolve(), set(args.exclude))
    text = json.dumps(report, indent=2)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        log.info("wrote %s: %d files, %d lines", args.output, report["files"], report["lines"])
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
