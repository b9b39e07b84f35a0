# The os calls about child processes: waitpid (with WNOHANG), the W* status
# helpers, pidfd_open, get_blocking/set_blocking, and their argument errors.
import os
import select
import subprocess

child = subprocess.Popen(["sh", "-c", "exit 3"])
fd = os.pidfd_open(child.pid)
print(type(fd).__name__, os.get_blocking(fd))
print("readable once ended:", select.select([fd], [], [], 10)[0] == [fd])
pid, status = os.waitpid(child.pid, os.WNOHANG)
print(pid == child.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
      os.waitstatus_to_exitcode(status))
os.close(fd)

sleeper = subprocess.Popen(["sleep", "30"])
print("still running:", os.waitpid(sleeper.pid, os.WNOHANG))
os.kill(sleeper.pid, 9)
pid, status = os.waitpid(sleeper.pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status),
      os.waitstatus_to_exitcode(status), os.WCOREDUMP(status), os.WIFSTOPPED(status))

r, w = os.pipe()
print(os.get_blocking(r), os.get_blocking(w))
os.set_blocking(r, False)
print(os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 10)
except BlockingIOError as exc:
    print(type(exc).__name__, exc.errno)
os.set_blocking(r, True)
print(os.get_blocking(r))
os.close(r)
os.close(w)

print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.WEXITED, os.WSTOPPED, os.WNOWAIT)
for call in ("os.waitpid(-1, os.WNOHANG)", "os.wait()", "os.pidfd_open(-1)",
             "os.waitpid(2**40, 0)", "os.waitpid(-2**40, 0)", "os.pidfd_open(2**31)",
             "os.pidfd_open(os.getpid(), -1)", "os.pidfd_open(1, 2**40)", "os.pidfd_open(1.5)",
             "os.waitpid(pid=1, options=0)",
             "os.set_blocking(-5, True)", "os.set_blocking(1)", "os.get_blocking(1, 2)",
             "os.wait(1)", "os.WIFEXITED(2**70)", "os.WTERMSIG('x')", "os.WEXITSTATUS()"):
    try:
        print(call, eval(call))
    except Exception as exc:
        print(call, type(exc).__name__, exc)
