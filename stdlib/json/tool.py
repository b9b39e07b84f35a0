"""Validate and pretty-print JSON from the command line:

    coil -m json.tool [--sort-keys] [--no-ensure-ascii] [--json-lines]
                      [--indent N | --tab | --no-indent | --compact]
                      [infile] [outfile]

Reads infile (standard input when absent or "-"), writes outfile (standard
output when absent); errors in the JSON go to standard error with exit
status 1, errors in the arguments with exit status 2. The options and
messages are those of CPython 3.11's `python -m json.tool`.
"""

import sys
import json

PROG = "python -m json.tool"

USAGE = """\
usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii]
                           [--json-lines]
                           [--indent INDENT | --tab | --no-indent | --compact]
                           [infile] [outfile]
"""

HELP = USAGE + """
A simple command line interface for json module to validate and pretty-print
JSON objects.

positional arguments:
  infile             a JSON file to be validated or pretty-printed
  outfile            write the output of infile to outfile

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the output of dictionaries alphabetically by key
  --no-ensure-ascii  disable escaping of non-ASCII characters
  --json-lines       parse input using the JSON Lines format. Use with --no-
                     indent or --compact to produce valid JSON Lines output.
  --indent INDENT    separate items with newlines and use this number of
                     spaces for indentation
  --tab              separate items with newlines and use tabs for indentation
  --no-indent        separate items with spaces rather than newlines
  --compact          suppress all whitespace separation (most compact)
"""

# Every option: does it take a value, and is it one of the layout choices
# (of which only one may be given)?
_OPTIONS = {
    "--help": (False, False),
    "--sort-keys": (False, False),
    "--no-ensure-ascii": (False, False),
    "--json-lines": (False, False),
    "--indent": (True, True),
    "--tab": (False, True),
    "--no-indent": (False, True),
    "--compact": (False, True),
}


class _BadArguments(Exception):
    pass


def _shown(name):
    return "-h/--help" if name == "--help" else name


def _full_name(word):
    """The option `word` names: exact, or the one option it abbreviates."""
    if word == "-h" or word in _OPTIONS:
        return "--help" if word == "-h" else word
    if word.startswith("-h") and not word.startswith("--"):
        raise _BadArguments("argument -h/--help: ignored explicit argument %r" % word[2:])
    if word.startswith("--") and len(word) > 2:
        candidates = [name for name in _OPTIONS if name.startswith(word)]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            raise _BadArguments("ambiguous option: %s could match %s" % (word, ", ".join(candidates)))
    return None


def _is_four(text):
    try:
        return int(text) == 4
    except ValueError:
        return False


class _Settings:
    def __init__(self):
        self.sort_keys = False
        self.ensure_ascii = True
        self.json_lines = False
        self.layout = None
        self.indent = 4
        self.compact = False
        self.files = []
        self.help = False
        self.unknown = []


def _read_arguments(argv):
    settings = _Settings()
    unknown = []
    words = list(argv)
    only_files = False
    while words:
        word = words.pop(0)
        if only_files or word == "-" or not word.startswith("-"):
            settings.files.append(word)
            continue
        if word == "--":
            only_files = True
            continue
        value = None
        if word.startswith("--") and "=" in word:
            word, value = word.split("=", 1)
        name = _full_name(word)
        if name is None:
            unknown.append(word if value is None else word + "=" + value)
            continue
        takes_value, is_layout = _OPTIONS[name]
        if takes_value and value is None:
            if not words or (words[0].startswith("-") and words[0] != "-"):
                raise _BadArguments("argument %s: expected one argument" % name)
            value = words.pop(0)
        elif not takes_value and value is not None:
            raise _BadArguments("argument %s: ignored explicit argument %r" % (_shown(name), value))
        # An --indent of 4 (the default) does not count as a layout choice,
        # as with CPython's argparse.
        if is_layout and not (name == "--indent" and _is_four(value)):
            if settings.layout is not None and settings.layout != name:
                raise _BadArguments("argument %s: not allowed with argument %s" % (name, settings.layout))
            settings.layout = name
        if name == "--help":
            settings.help = True
            return settings
        elif name == "--sort-keys":
            settings.sort_keys = True
        elif name == "--no-ensure-ascii":
            settings.ensure_ascii = False
        elif name == "--json-lines":
            settings.json_lines = True
        elif name == "--indent":
            try:
                settings.indent = int(value)
            except ValueError:
                raise _BadArguments("argument --indent: invalid int value: %r" % value) from None
        elif name == "--tab":
            settings.indent = "\t"
        elif name == "--no-indent":
            settings.indent = None
        elif name == "--compact":
            settings.compact = True
    if len(settings.files) > 2:
        unknown.extend(settings.files[2:])
        del settings.files[2:]
    settings.unknown = unknown
    return settings


def _open_input(name):
    if name is None or name == "-":
        return sys.stdin
    try:
        return open(name, encoding="utf-8")
    except OSError as problem:
        raise _BadArguments("argument infile: can't open %r: %s" % (name, problem)) from None


def _documents(settings, source, to_stdout):
    """The documents to write. JSON Lines are read one at a time (what came
    before a bad line is written before the error), except when writing to a
    named file, which may be the input itself: then everything is read first."""
    if not settings.json_lines:
        return [json.load(source)]
    lines = (json.loads(line) for line in source)
    return lines if to_stdout else list(lines)


def main():
    try:
        settings = _read_arguments(sys.argv[1:])
        if settings.help:
            sys.stdout.write(HELP)
            raise SystemExit(0)
        names = settings.files + [None, None]
        source = _open_input(names[0])
        if settings.unknown:
            raise _BadArguments("unrecognized arguments: " + " ".join(settings.unknown))
    except _BadArguments as problem:
        sys.stderr.write(USAGE)
        sys.stderr.write("%s: error: %s\n" % (PROG, problem))
        raise SystemExit(2) from None
    options = {"sort_keys": settings.sort_keys, "indent": settings.indent,
               "ensure_ascii": settings.ensure_ascii}
    if settings.compact:
        options["indent"] = None
        options["separators"] = (",", ":")
    to_stdout = names[1] is None  # an outfile "-" is a file of that name, as in CPython
    try:
        try:
            documents = _documents(settings, source, to_stdout)
            target = sys.stdout if to_stdout else open(names[1], "w", encoding="utf-8")
            try:
                for document in documents:
                    json.dump(document, target, **options)
                    target.write("\n")
                # A closed pipe is reported here (BrokenPipeError), not
                # lost at exit.
                target.flush()
            finally:
                if target is not sys.stdout:
                    target.close()
        finally:
            if source is not sys.stdin:
                source.close()
    except ValueError as problem:
        raise SystemExit(problem)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as problem:
        sys.exit(problem.errno)
