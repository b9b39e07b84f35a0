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
c2 = Cap()
sys.stdout = c2
try:
    print("inside")
finally:
    sys.stdout = old
print("outside", c2.parts)
sys.stdout = None
print("nowhere")
sys.stdout = old
print("back")
