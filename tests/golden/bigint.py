# Arbitrary-precision integer arithmetic.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7, divmod(a, 12345), divmod(-a, 12345))
print(a // b, a % b, b // a, b % a, divmod(b, -a))
print(a << 3, a >> 3, a >> 200, -a >> 200, a & b, a | b, a ^ b, ~a, -a & 0xffff)
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, -2 ** 63 - 1, 2 ** 64 + 1)
m = 9223372036854775807
print(m + 1, m * 2, -m - 2, m * m, (-m - 1) // -1, abs(-m - 1), -(-m - 1))
print((m + 1) - 1, type((m + 1) - 1), (m + 1) // 2, m + 1 == 2 ** 63)
print(10 ** 50 // 10 ** 49, 10 ** 50 % 10 ** 49, (10 ** 50 + 3) % 10)
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)))
print(str(2 ** 200)[:20], len(str(7 ** 500)))
print(pow(2, 100, 1000000007), pow(3, 200, 2 ** 61 - 1), pow(7, -1, 13), pow(2, 10), pow(2, -2))
print(int("123456789012345678901234567890"), int("-0x" + "f" * 30, 16), int("z" * 10, 36))
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70), hex(-(2 ** 70)))
print(a == 2 ** 100, a != a + 1, a < a + 1, -a < a, a > 1e29, a < 1e31, a == float(a))
print(float(a), float(-b), a / b, b / 3, int(1e20), int(-1.5e19), int(2.0 ** 80))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print((2 ** 64).bit_length(), (-(2 ** 64)).bit_length(), (255).bit_length(), (0).bit_length())
print((12345678901234567890).to_bytes(8, "big"), int.from_bytes(b"\x01\x00" * 5, "little"))
print(abs(-a), max(a, b), min(a, -b), sum([a, b, 1]), sorted([b, a, -a, 0]))
print(bool(a), bool(a - a), a * 0, 0 - a, a ** 2 // a == a)
print(round(123456789123456789, -5), round(2 ** 70, -10))
g = 1
for k in range(300):
    g = g * 31 + k
print(g % 1000000007, g.bit_length())
print(-7 // 2, -(2 ** 65) // 2, (2 ** 65 + 1) // -2, -(2 ** 65 + 1) % 3)
print(int(str(3 ** 100)) == 3 ** 100, f"{2 ** 70:,}", f"{2 ** 70:x}", f"{-(2 ** 70):>30}")
print(1 << 64 >> 64, (1 << 64) - 1 & 0xff, 2 ** 64 // 2 ** 32 == 2 ** 32)
print(1000000 * 1000000 * 1000000 * 1000000)
print(-9223372036854775808 // -1, -9223372036854775808 % -1, -9223372036854775808 * -1)
