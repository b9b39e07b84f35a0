# int.from_bytes and float.fromhex are class methods: a subclass gets an instance of itself.
import enum
class I(int): pass
class F(float): pass
print(type(I.from_bytes(b'\x01\x00', 'little')), I.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(type(F.fromhex('0x1p3')), F.fromhex('0x1p3'), float.fromhex('0x1.8p1'), (5).from_bytes(b'\x02', 'big'), True.from_bytes(b'\x01', 'big'))
class IE(enum.IntEnum):
    A = 1
print(IE.from_bytes(b'\x01', 'big'))
try: int.from_bytes()
except TypeError as e: print(e)
try: float.fromhex(5)
except TypeError as e: print(e)
print(int.from_bytes(bytes=b'\x01', byteorder='little'))
