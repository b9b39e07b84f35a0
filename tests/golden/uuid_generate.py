# uuid: generated UUIDs (uuid1, uuid4, getnode), checked by their properties only.
import uuid

seen = set()
for _ in range(50):
    x = uuid.uuid4()
    seen.add(x)
    assert x.version == 4 and x.variant == uuid.RFC_4122, x
print('uuid4 distinct', len(seen))

a = uuid.uuid1()
b = uuid.uuid1()
print('uuid1', a.version, a.variant, a.node == b.node, a.time <= b.time, a != b)
print('uuid1 node', uuid.uuid1(node=0x1234, clock_seq=7).node, uuid.uuid1(node=0x1234, clock_seq=7).clock_seq)
times = [uuid.uuid1(node=1, clock_seq=1).time for _ in range(20)]
print('monotonic', times == sorted(times), len(set(times)) == 20)
node = uuid.getnode()
print('getnode', 0 < node < 2**48, node == uuid.getnode())
