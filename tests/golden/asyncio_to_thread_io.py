# Blocking natives offloaded to worker threads under asyncio: os.read on a
# pipe waits on a worker while the loop runs; os.write, name resolution.
import asyncio, os, socket, time
async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.create_task(asyncio.to_thread(os.read, r, 100))
    await asyncio.sleep(0.1)
    print("reader waiting:", not reader.done())
    print(await asyncio.to_thread(os.write, w, b"hello"))
    print(await reader)
    print(await asyncio.to_thread(socket.gethostbyname, "localhost"))
    info = await loop.run_in_executor(None, socket.getaddrinfo, "localhost", 80, socket.AF_INET, socket.SOCK_STREAM)
    print(info[0][4])
    try:
        await asyncio.to_thread(os.read, 999, 1)
    except OSError as e:
        print(e)
    os.close(r); os.close(w)
asyncio.run(main())
