# An exception raised while handling SystemExit is reported; sys.exit with a message exits 1.
import sys
print("before")
sys.stdout.write("written\n")
sys.exit("fatal: configuration missing")
