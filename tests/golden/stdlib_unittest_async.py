# unittest.IsolatedAsyncioTestCase: async setUp, tests, tearDown and cleanups on one loop per test.
import asyncio
import unittest

log = []


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def dump(self):
        # asyncio's own frames (runners.py, base_events.py) differ between
        # implementations: only the frames of this script are kept
        skipping = False
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran ") and " in " in line:
                line = line[:line.index(" in ")]
            if line.startswith('  File "'):
                end = line.index('"', 8)
                name = line[8:end].split("/")[-1]
                skipping = name != "stdlib_unittest_async.py"
                line = '  File "' + name + line[end:]
            elif not line.startswith("    "):
                skipping = False
            if not skipping:
                print(line)


async def later(value):
    await asyncio.sleep(0)
    return value


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append("setUp")

    async def asyncSetUp(self):
        self.loop = asyncio.get_running_loop()
        log.append("asyncSetUp")
        self.addAsyncCleanup(self.async_cleanup)

    async def async_cleanup(self):
        await later(None)
        log.append("async cleanup")

    async def asyncTearDown(self):
        assert asyncio.get_running_loop() is self.loop
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")

    async def test_await(self):
        self.assertIs(asyncio.get_running_loop(), self.loop)
        self.assertEqual(await later(3), 3)
        log.append("test_await")

    async def test_fail(self):
        value = await later(1)
        self.assertEqual(value, 2)

    async def test_gather(self):
        results = await asyncio.gather(later(1), later(2))
        self.assertEqual(results, [1, 2])

    async def test_error(self):
        await later(None)
        raise ValueError("async error")

    def test_sync(self):
        log.append("sync test")

    async def test_subtests(self):
        for i in range(2):
            with self.subTest(i=i):
                self.assertEqual(await later(i), 0)

    @unittest.expectedFailure
    async def test_expected(self):
        self.assertTrue(await later(False))


suite = unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests)
stream = Stream()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
stream.dump()
print(log)
