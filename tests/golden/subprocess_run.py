# subprocess.run and the helpers around it: capture, text mode, input,
# return codes, check=True, timeouts, shell commands, env/cwd, errors.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(type(r).__name__, r.args, r.returncode, r.stdout, r.stderr)

r = subprocess.run(["sh", "-c", "exit 3"])
print(r, repr(r))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args)

# Text mode: str in, str out, universal newlines.
r = subprocess.run(["cat"], input="one\r\ntwo\rthree\n", capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(["printf", "a\\r\\nb"], capture_output=True, universal_newlines=True)
print(r)
r = subprocess.run(["cat"], input="h\xe9", capture_output=True, encoding="latin-1")
print(r.stdout, r.stdout == "h\xe9")
r = subprocess.run(["cat"], input=b"\x00\x01bytes", capture_output=True)
print(r.stdout)

# A lot of input and output at once must not deadlock.
big = b"0123456789abcdef" * 40000
r = subprocess.run(["cat"], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)

# Errors to the output stream, or thrown away.
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], capture_output=True)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r)

# check=True.
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 7"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
for sig in (9, 15):
    try:
        subprocess.run(["sh", "-c", f"kill -{sig} $$"], check=True)
    except subprocess.CalledProcessError as e:
        print(e, e.returncode)
print(subprocess.CalledProcessError(-99, "x"))
print(subprocess.CalledProcessError(2, ["a", "b"], b"o", b"e"))
print(repr(subprocess.CalledProcessError(2, "cmd", b"o", b"e")))

# Timeouts (with pipes, the timeout given is the one reported).
try:
    subprocess.run(["sleep", "5"], capture_output=True, timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
    print(e.cmd, e.timeout, e.stdout, e.stderr)
try:
    subprocess.run("echo early; sleep 5", shell=True, capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
r = subprocess.run(["sh", "-c", "sleep 0.05; echo done"], capture_output=True, timeout=5)
print(r.stdout)
print(subprocess.TimeoutExpired("c", 2))
print(repr(subprocess.TimeoutExpired("c", 2, b"o", b"e")))

# Shell commands, environment, working folder, executable.
print(subprocess.run("echo $0 && echo a | tr a b", shell=True, capture_output=True, text=True).stdout)
print(subprocess.run(["echo $0 $1 $2", "x", "y"], shell=True, capture_output=True, text=True).stdout)
r = subprocess.run(["sh", "-c", "echo $COIL_TEST_VAR"], env={"COIL_TEST_VAR": "from env", "PATH": os.environ["PATH"]},
                   capture_output=True, text=True)
print(r.stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
print(subprocess.run(["name0", "-c", "echo $0"], executable="/bin/sh", capture_output=True, text=True).stdout)
print(subprocess.run(["echo", b"bytes", "and", "str"], capture_output=True).stdout)

# Starting failures.
for kwargs in ({"args": ["coil-no-such-program"]}, {"args": ["ls"], "cwd": "/coil/no/such/dir"},
               {"args": ["x"], "executable": "/coil/nope"}, {"args": ["/"]}):
    try:
        subprocess.run(**kwargs)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run([])
except IndexError as e:
    print(type(e).__name__, e)

# Argument checks.
for call in (lambda: subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE),
             lambda: subprocess.run(["true"], input=b"", stdin=subprocess.PIPE),
             lambda: subprocess.check_output(["cat"], stdout=subprocess.PIPE),
             lambda: subprocess.run(["echo"], bufsize=1.5)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# The helpers.
print(repr(subprocess.check_output(["echo", "x"])), repr(subprocess.check_output(["echo", "x"], text=True)))
print(subprocess.check_output(["cat"], input=b"piped"))
print(subprocess.call(["false"]), subprocess.call("exit 5", shell=True), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 4"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output("echo some; exit 2", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(repr(subprocess.getoutput("echo hi; echo there")))
print(subprocess.getstatusoutput("echo x; exit 4"))
print(subprocess.getstatusoutput("echo to-err >&2"))

# CompletedProcess and the module's names.
print(subprocess.CompletedProcess(["a"], 0, b"x", None))
print(subprocess.CompletedProcess(args="a", returncode=1, stderr="e"))
try:
    subprocess.CompletedProcess(["a"], 1, "o").check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.CompletedProcess[bytes])
print(subprocess.list2cmdline(["a b", 'c"d', "e\\", "", 'f\\"g', "h\\ i\\", "plain"]))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print([c.__name__ for c in subprocess.TimeoutExpired.__mro__])
print([c.__name__ for c in subprocess.CalledProcessError.__mro__])
print(sorted(subprocess.__all__))
