# json.tool's main(): options, layouts, JSON Lines and its error reports,
# run with stand-ins for the standard streams.
import sys
import json.tool


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

    def __iter__(self):
        return iter(self.text.splitlines(True))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def close(self):
        pass


class Sink(Source):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def run(args, text=""):
    real = getattr(sys, "stdin", None), sys.stdout, sys.stderr
    out, err = Sink(), Sink()
    sys.argv = ["python -m json.tool"] + args
    sys.stdin, sys.stdout, sys.stderr = Source(text), out, err
    status = 0
    try:
        json.tool.main()
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else "message: " + str(e.code)
    finally:
        sys.stdin, sys.stdout, sys.stderr = real
    print("$", " ".join(args) or "(no arguments)", "->", status)
    if out.parts:
        print("".join(out.parts), end="")
    if err.parts:
        print("stderr:", "".join(err.parts), end="")


doc = '{"name": "Zoë", "tags": ["a", "b"], "nested": {"z": 1, "a": [1.5, null, true]}, "empty": {}}'
run([], doc)
run(["--sort-keys"], doc)
run(["--no-ensure-ascii", "--indent", "2"], doc)
run(["--indent=0"], doc)
run(["--tab"], doc)
run(["--no-indent", "--sort-keys"], doc)
run(["--compact"], doc)
run(["--compact", "--compact"], doc)
run(["--indent", "2", "--indent", "3"], '[1]')
run(["--sort", "--ind=1"], doc)
run(["-"], '[1, 2]')
run(["--json-lines"], '{"a": 1}\n[2, 3]\n"x"\n')
run(["--json-lines", "--compact"], '{"a": 1}\n[2, 3]\n')
run(["--json-lines"], '1\n\n2\n')
run([], '{"a": ')
run([], '[1, 2] 3')
run([], '')
run(["--indent", "2", "--tab"], '[]')
run(["--compact", "--indent", "4"], '[1, {"a": 2}]')
run(["--tab", "--indent", "4"], '[1, {"a": 2}]')
run(["--compact", "--indent", "2"], '[]')
run(["--no-indent", "--tab"], '[]')
run(["--bogus"], '[]')
run(["--no"], '[]')
run(["--indent"], '[]')
run(["--indent", "x"], '[]')
run(["--sort-keys=yes"], '[]')
run(["-x"], '[]')
run(["-hx"], '[]')
run(["-h"])
run(["--help"])
