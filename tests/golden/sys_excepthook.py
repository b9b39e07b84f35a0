# sys.excepthook receives the exception that ends the program; a hook that
# fails has both exceptions printed. The script exits with status 1.
import sys

print(sys.excepthook is sys.__excepthook__)


def hook(exc_type, value, tb):
    print("hook got", exc_type.__name__, value, tb is value.__traceback__)
    print("hook got", exc_type.__name__, value, file=sys.stderr)


sys.excepthook = hook
raise LookupError("the end")
