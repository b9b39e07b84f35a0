# Operators and precedence.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5, 2 ** -1, 2 ** 0.5)
print(1 / 2, 4 / 2, -1 / 3, 10 / 4)
print(1 << 10, 1 << 70, -8 >> 1, 255 >> 4, -1 >> 100, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(-5 & 0xff, -5 | 2, -5 ^ 7, (1 << 80) & ((1 << 81) - 1), -(1 << 70) >> 3)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 1 != 2, 3 >= 3 > 2, 'a' < 'b', [1, 2] < [1, 3])
print((1, 2) < (1, 2, 0), (2,) > (1, 9), "abc" < "abd", "Z" < "a", [] < [0])
print(not 1, not 0, not [], not [0], 1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x")
print(1 if 0 else 2, "y" if [1] else "n", (lambda: 5)())
print(1 in [1, 2], 3 not in [1, 2], "ab" in "cabd", 2 in {2: 3}, 3 in {2: 3}.values())
a = [1]
b = a
print(a is b, a is not b, a is [1], None is None, a == [1])
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(3 * "ab", "ab" * 3, [0] * 3, (1,) * 2, 0 * [1], -1 * "x", b"x" * 3)
print("a" + "b", [1] + [2], (1,) + (2,), b"a" + b"b")
print(10 - 3 - 2, 2 ** -2, 100 // 7 * 7 + 100 % 7, -3 ** 2, +3, -(-3), +-+-3)
print(1 + 2 == 3 and 4 > 3 or False, not 1 == 2, not (1 and 0))
print(5 & 3 | 4 ^ 1, 1 + 2 << 3, 1 << 2 + 3, 6 & 3 == 2)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1110; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
l = [1, 2]
l2 = l
l += [3]
print(l, l2, l is l2)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 2
print(s)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
print(abs(-3), abs(3.5), abs(-0.0), abs(True))
print(0 == False, 1 == True, hash(1) == hash(True) == hash(1.0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1.5))
print(max(1, 2.5), min(-1, -1.5), 2 ** 100 > 1e30, 2 ** 64 == 2.0 ** 64)
print(1 < 2.5, 3 == 3.0000001, float(2 ** 53) == 2 ** 53 + 1, 10 ** 20 / 10 ** 10)
print((1 if True else 2) + 3, [1, 2, 3][1:][0], {"a": 1}["a"] * 2)
print(chr(65) * 3 + str(1 + 1), "%d%%" % 50)
w = z = 4
print(w, z)
p, q = q, p = 1, 2
print(p, q)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(17 // 0.5, 17 % 0.5, -17 // 3.0, 2 ** 1000 // 3 ** 500)
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10) != 0)
