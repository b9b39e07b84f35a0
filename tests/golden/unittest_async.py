# unittest: IsolatedAsyncioTestCase runs coroutine tests, asyncSetUp /
# asyncTearDown, async cleanups and enterAsyncContext in a fresh event loop
# per test, between the synchronous setUp and tearDown.
import asyncio
import unittest

events = []


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        events.append("open " + self.name)
        return self.name.upper()

    async def __aexit__(self, *exc):
        events.append("close " + self.name + " " + repr(exc))


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.addAsyncCleanup(self.later, "async cleanup")
        self.addCleanup(events.append, "sync cleanup")

    async def later(self, what):
        await asyncio.sleep(0)
        events.append(what)

    async def double(self, x):
        await asyncio.sleep(0)
        return x * 2

    async def test_await(self):
        events.append("test_await")
        self.assertEqual(await self.double(2), 4)

    async def test_fail(self):
        self.assertEqual(await self.double(2), 5)

    async def test_error(self):
        await asyncio.sleep(0)
        raise KeyError("async")

    def test_plain(self):
        events.append("test_plain")

    async def test_tasks(self):
        results = await asyncio.gather(self.double(1), self.double(2))
        task = asyncio.create_task(self.double(21))
        self.assertEqual((results, await task), ([2, 4], 42))

    async def test_context(self):
        value = await self.enterAsyncContext(Resource("db"))
        events.append("using " + value)

    async def test_not_context(self):
        await self.enterAsyncContext(5)

    async def test_loop_per_test(self):
        loop = asyncio.get_running_loop()
        self.assertIsNotNone(loop)

    async def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                await asyncio.sleep(0)
                self.assertNotEqual(i, 1)

    @unittest.skip("not now")
    async def test_skipped(self):
        pass

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


result = unittest.TestResult()
suite = unittest.TestLoader().loadTestsFromTestCase(AsyncTests)
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
for test, text in result.failures + result.errors:
    print(test, "->", text.strip().splitlines()[-1])
for event in events:
    print(event)

events.clear()
case = AsyncTests("test_await")
case.debug()
print(events)
