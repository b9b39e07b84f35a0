# Helper for the unittest_* golden scripts: a stream for TextTestRunner that
# prints to stdout with the run time and the directories of file names hidden,
# so the output is the same under CPython (absolute paths) and coil.
import sys


def _clean(line):
    if line.startswith('  File "'):
        end = line.find('"', 8)
        if end > 0:
            path = line[8:end]
            base = path.replace("\\", "/").rsplit("/", 1)[-1]
            return '  File "' + base + line[end:]
    if line.startswith("Ran ") and line.endswith("s") and " in " in line:
        return line[:line.rfind(" in ")] + " in T.TTTs"
    return line


class Out:
    def __init__(self):
        # Bound now: buffered tests replace sys.stdout while they run.
        self.target = sys.stdout

    def write(self, text):
        self.target.write("\n".join(_clean(line) for line in text.split("\n")))
        return len(text)

    def flush(self):
        pass


def runner(verbosity=1, **kwargs):
    import unittest
    return unittest.TextTestRunner(stream=Out(), verbosity=verbosity, **kwargs)
