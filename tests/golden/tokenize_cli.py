# tokenize.main(): the `python -m tokenize` command, on files and errors.
import contextlib
import io
import os
import sys
import tempfile
import tokenize

work = tempfile.mkdtemp()


def run(*argv, source=None):
    name = None
    if source is not None:
        name = os.path.join(work, "src.py")
        with open(name, "wb") as f:
            f.write(source)
        argv = argv + (name,)
    sys.argv = ["tokenize"] + list(argv)
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            tokenize.main()
        except SystemExit as e:
            code = e.code
    shown = [a.replace(work + os.sep, "") for a in (argv[:-1] if source is not None else argv)]
    print("-- argv", shown, "exit", code)
    print(out.getvalue(), end="")
    print(err.getvalue().replace(work + os.sep, ""), end="")


run(source=b"if x:\n    y = x + 1\n")
run("-e", source=b"a[1:2] **= {'k': -3}\n")
run(source=b"if x:\n    y\n  z\n")
run(source=b"x = (1,\n")
run(source=b'x = """\n')
run(source=b"# coding: nope\nx\n")
run(os.path.join(work, "missing.py"))
run("-h")
os.remove(os.path.join(work, "src.py"))
os.rmdir(work)
