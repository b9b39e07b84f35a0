print({3,1,2}, {10, 5, 100, 7}, {-1, -2, 5}, set(range(20, 0, -3)), {True, 2, 0})
s = set()
for i in [40, 8, 16, 3, 100, 64]: s.add(i)
print(s, list(s))
print({i*i for i in range(12)})
print(frozenset([9, 1, 17]))
print(set(range(100)) == set(range(99, -1, -1)), sorted({5, 3}))
big = {i * 7919 % 10007 for i in range(300)}
print(list(big)[:20])
print({2**40, 2**62, -5, 0})
a = {1, 2, 3, 4}
print(a - {2}, a | {9, 8}, a & {4, 3, 10}, a ^ {1, 5})
