# subprocess.Popen: pipes as file objects, communicate (with timeouts that
# can be resumed), wait/poll, signals, the context manager, select on pipes.
import select
import signal
import subprocess
import sys

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr, p.returncode, p.args, p.pid > 0)
print(p.communicate(b"abc"))
print(p.returncode, p, p.stdin.closed, p.stdout.closed)
try:
    p.communicate(b"more")
except ValueError as e:
    print(type(e).__name__, e)

# Text mode streams.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.text_mode, p.universal_newlines)
print(p.communicate("x\r\ny\n"))

# Writing and reading line by line.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for word in ["alpha", "beta"]:
    p.stdin.write(word + "\n")
    p.stdin.flush()
    print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

# Output only, read through the file object.
with subprocess.Popen(["printf", "l1\\nl2\\n"], stdout=subprocess.PIPE) as p:
    print(p.stdout.readlines())
print(p.returncode, p.stdout.closed)
with subprocess.Popen(["sh", "-c", "echo e >&2; exit 2"], stderr=subprocess.PIPE) as p:
    print(p.communicate())
print(p.returncode)

# communicate with a timeout, then again.
p = subprocess.Popen(["sh", "-c", "echo early; sleep 0.4; echo late"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.stdout)
print(p.communicate())
print(p.returncode)

# wait, poll, kill, terminate, send_signal.
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait(), p.poll(), p.returncode)
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGUSR1)
print(p.wait())
p.send_signal(signal.SIGKILL)  # already ended: nothing happens
p = subprocess.Popen(["true"])
print(p.wait(), p.wait(), p.communicate())

# Several children at once.
kids = [subprocess.Popen(["sh", "-c", f"exit {n}"]) for n in range(4)]
print([k.wait() for k in kids])

# select on a pipe.
p = subprocess.Popen(["sh", "-c", "sleep 0.1; echo ready"], stdout=subprocess.PIPE)
r, w, x = select.select([p.stdout], [], [], 0)
print(r, w, x)
r, w, x = select.select([p.stdout], [], [], 5)
print(r == [p.stdout], p.stdout.readline())
poller = select.poll()
poller.register(p.stdout, select.POLLIN)
events = poller.poll(5000)
print([(fd == p.stdout.fileno(), bool(ev & (select.POLLIN | select.POLLHUP))) for fd, ev in events])
p.stdout.close()
p.wait()
try:
    poller.unregister(12345)
except KeyError as e:
    print(type(e).__name__, e)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(type(e).__name__, e)

# A pipe between two children.
first = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
second = subprocess.Popen(["sort"], stdin=first.stdout, stdout=subprocess.PIPE)
first.stdout.close()
print(second.communicate()[0], first.wait(), second.returncode)

# The child's output goes to a file.
import os
path = "subprocess_popen.tmp"
with open(path, "wb") as f:
    subprocess.run(["echo", "to a file"], stdout=f)
with open(path) as f:
    print(f.read())
os.remove(path)

# Unsupported on POSIX or in coil.
for kwargs in ({"startupinfo": object()}, {"creationflags": 1}):
    try:
        subprocess.Popen(["true"], **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
