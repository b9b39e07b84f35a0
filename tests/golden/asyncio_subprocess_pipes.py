# Pipe transports: loop.connect_read_pipe / connect_write_pipe over os.pipe(),
# the write buffer and its flow control (pause_writing / resume_writing), the
# reader's pause_reading / resume_reading, end of data, a peer that closes,
# and the refusal of files that are not pipes.
import asyncio
import os
import tempfile


class Reader(asyncio.Protocol):
    def __init__(self):
        self.chunks = []
        self.events = []
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.events.append("made")

    def data_received(self, data):
        self.chunks.append(data)

    def eof_received(self):
        self.events.append("eof")

    def connection_lost(self, exc):
        self.events.append(("lost", exc))
        self.lost.set_result(None)


class Writer(asyncio.BaseProtocol):
    def __init__(self):
        self.events = []
        self.lost = asyncio.get_running_loop().create_future()

    def pause_writing(self):
        self.events.append("pause")

    def resume_writing(self):
        self.events.append("resume")

    def connection_lost(self, exc):
        self.events.append(("lost", type(exc).__name__ if exc else None))
        self.lost.set_result(None)


async def read_and_write():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader_t, reader = await loop.connect_read_pipe(Reader, os.fdopen(r, "rb", 0))
    writer_t, writer = await loop.connect_write_pipe(Writer, os.fdopen(w, "wb", 0))
    print(type(reader_t).__name__, type(writer_t).__name__)
    print(reader_t.is_reading(), writer_t.can_write_eof(), writer_t.get_write_buffer_limits())
    print(os.get_blocking(r), os.get_blocking(w))
    print(reader_t.get_extra_info("pipe") is not None, reader_t.get_protocol() is reader)

    writer_t.set_write_buffer_limits(high=1000)
    print(writer_t.get_write_buffer_limits())
    reader_t.pause_reading()
    print(reader_t.is_reading())
    big = b"x" * 300000  # more than a pipe holds: the rest waits in the buffer
    writer_t.write(big)
    print(writer_t.get_write_buffer_size() > 0, writer.events)
    await asyncio.sleep(0.05)
    reader_t.resume_reading()
    while sum(map(len, reader.chunks)) < len(big):
        await asyncio.sleep(0.01)
    print(writer_t.get_write_buffer_size(), writer.events)
    writer_t.write(bytearray(b"tail"))
    writer_t.write_eof()
    print(writer_t.is_closing())
    await writer.lost
    await reader.lost
    print(b"".join(reader.chunks) == big + b"tail", reader.events, writer.events)
    print(reader_t.is_closing(), reader_t.is_reading())
    try:
        writer_t.write(b"late")
        print("late write dropped")
    except Exception as exc:
        print(type(exc).__name__)


async def reader_goes_away():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    writer_t, writer = await loop.connect_write_pipe(Writer, os.fdopen(w, "wb", 0))
    os.close(r)
    await writer.lost
    print("peer closed:", writer.events)

    r, w = os.pipe()
    writer_t, writer = await loop.connect_write_pipe(Writer, os.fdopen(w, "wb", 0))
    os.close(r)
    writer_t.write(b"data")
    await writer.lost
    print("write after peer closed:", writer.events)


async def abort_and_close():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader_t, reader = await loop.connect_read_pipe(Reader, os.fdopen(r, "rb", 0))
    writer_t, writer = await loop.connect_write_pipe(Writer, os.fdopen(w, "wb", 0))
    writer_t.abort()
    await writer.lost
    await reader.lost
    print("abort:", writer.events, reader.events)
    reader_t.close()


async def not_a_pipe():
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryFile() as f:
        for connect in (loop.connect_read_pipe, loop.connect_write_pipe):
            try:
                await connect(asyncio.Protocol, f)
            except ValueError as exc:
                print(connect.__name__, exc)


for step in (read_and_write, reader_goes_away, abort_and_close, not_a_pipe):
    asyncio.run(step())
