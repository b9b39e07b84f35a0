# A small service loop driven by signals: SIGUSR1 asks for a status report,
# SIGTERM for a clean shutdown. Here the program sends both to itself with
# os.kill; from a shell, `kill -USR1 <pid>` and `kill -TERM <pid>` do the same.
import asyncio
import os
import signal


async def worker(name, jobs, results):
    while True:
        n = await jobs.get()
        await asyncio.sleep(0.01)
        results.append((name, n * n))
        jobs.task_done()


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    jobs = asyncio.Queue()
    results = []

    def status():
        print(f"status: {len(results)} jobs done, {jobs.qsize()} queued")

    def shutdown(signame):
        print(f"{signame} received: shutting down")
        stop.set()

    loop.add_signal_handler(signal.SIGUSR1, status)
    loop.add_signal_handler(signal.SIGTERM, shutdown, "SIGTERM")
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results)) for i in range(3)]

    for n in range(1, 7):
        jobs.put_nowait(n)
    os.kill(os.getpid(), signal.SIGUSR1)   # a report while the work goes on
    await jobs.join()
    os.kill(os.getpid(), signal.SIGUSR1)   # and one when it is finished
    await asyncio.sleep(0)
    os.kill(os.getpid(), signal.SIGTERM)

    await stop.wait()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    loop.remove_signal_handler(signal.SIGUSR1)
    loop.remove_signal_handler(signal.SIGTERM)
    print("sum of squares:", sum(v for _, v in results))


asyncio.run(main())
print("default SIGTERM action restored:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
