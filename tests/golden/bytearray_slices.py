# Slices with extreme steps and starts over list, bytearray, bytes and memoryview.
import sys
L = list(range(10)); b = bytearray(range(10)); t = bytes(range(10)); m = memoryview(t)
for step in (sys.maxsize, -sys.maxsize - 1, -sys.maxsize, 2**70, -2**70):
    for start in (None, 0, -1, sys.maxsize, -sys.maxsize - 1):
        s = slice(start, None, step)
        print(L[s], list(b[s]), list(t[s]), list(m[s]))
