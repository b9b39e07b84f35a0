# A top-level module imported by imports.py; no __all__, so `import *` takes public names.
print("helper_mod loaded")
counter = 0
def bump():
    global counter
    counter += 1
    return counter
_secret = 1
value = [1, 2]
