import sys
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
old = sys.stdout
c = Cap()
sys.stdout = c
print("hidden", 1, 2)
print("more", end="")
sys.stdout = old
print(c.parts)
import contextlib
c2 = Cap()
with contextlib.redirect_stdout(c2):
    print("inside")
print("outside", c2.parts)
sys.stdout = None
print("nowhere")
sys.stdout = old
print("back")
