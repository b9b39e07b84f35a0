# An exception raised while handling another (implicit __context__), uncaught.
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    print("working")
    [][1]
except IndexError:
    cleanup()
