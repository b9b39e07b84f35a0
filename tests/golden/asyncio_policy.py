# The event-loop policy API: the default policy, replacing it, and its errors.
import asyncio, warnings
warnings.simplefilter("always")
p = asyncio.get_event_loop_policy()
print(type(p).__name__, type(p).__mro__)
l = asyncio.get_event_loop()
print(type(l).__name__, l is asyncio.get_event_loop(), l is p.get_event_loop())
asyncio.set_event_loop(None)
try:
    p.get_event_loop()
except RuntimeError as e:
    print("RT", e)
try:
    asyncio.set_event_loop_policy(3)
except TypeError as e:
    print("TE", e)
try:
    p.set_event_loop(3)
except TypeError as e:
    print("TE", e)
class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("custom new_event_loop")
        return super().new_event_loop()
asyncio.set_event_loop_policy(MyPolicy())
async def main(): return 5
print(asyncio.run(main()))
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
print(asyncio.AbstractEventLoopPolicy, asyncio.DefaultEventLoopPolicy.__mro__)
print(sorted(n for n in dir(asyncio.AbstractEventLoopPolicy) if not n.startswith('__')))
try:
    asyncio.AbstractEventLoopPolicy().get_event_loop()
except NotImplementedError as e:
    print("NIE", repr(e))
