# IsolatedAsyncioTestCase runs setUp, the test, tearDown and the cleanups in one
# contextvars context, so values set in one step are seen by the next.
import contextvars
import unittest

VAR = contextvars.ContextVar("VAR", default=())


class Case(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        VAR.set(VAR.get() + ("setUp",))

    async def asyncSetUp(self):
        VAR.set(VAR.get() + ("asyncSetUp",))

    async def test_it(self):
        VAR.set(VAR.get() + ("test",))
        self.addAsyncCleanup(self.cleanup)

    async def asyncTearDown(self):
        VAR.set(VAR.get() + ("asyncTearDown",))

    def tearDown(self):
        VAR.set(VAR.get() + ("tearDown",))
        print(VAR.get())

    async def cleanup(self):
        print("cleanup sees", VAR.get()[-1])


result = unittest.TestResult()
Case("test_it").run(result)
print(result.wasSuccessful(), VAR.get())
print(hasattr(Case("test_it"), "_tearDownAsyncioRunner"))
