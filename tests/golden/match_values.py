# Literal and value patterns: numbers (== comparison), strings, bytes,
# None/True/False (identity), dotted names, and subjects of every type.
import math


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1


class Weird:
    def __eq__(self, other):
        return other == "weird"

    __hash__ = None


def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -0.25:
            return "minus a quarter"
        case 10_000_000_000_000_000_000:
            return "big"
        case 0x1F:
            return "thirty-one"
        case "":
            return "empty str"
        case "tab\t" "concat":
            return "concatenated"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red by value"
        case Color.Shade.DARK:
            return "dark (== 1)"
        case math.pi:
            return "pi"
        case "weird":
            return "equal to 'weird'"
        case _:
            return f"no literal for {v!r}"


for v in [0, 0.0, -0.0, False, -1, -1.0, 1.5, -0.25, 10 ** 19, 31, "", "tab\tconcat", b"bytes", bytes(5),
          None, True, 1, 1.0, "red", "green", math.pi, Weird(), "x", [0], (None,)]:
    print(repr(v) if not isinstance(v, Weird) else "Weird()", "->", lit(v))


# Subjects whose __eq__ decides a value pattern.
class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  Loose.__eq__ with", repr(other))
        return self.v == other


match Loose(3):
    case 1:
        print("one")
    case 3:
        print("three via __eq__")

match 3:
    case Color.GREEN:
        print("no")
    case Color.Shade.DARK | 3:
        print("three via or")

# Value patterns are looked up when the case is tried.
Color.RED = "crimson"
print(lit("crimson"), lit("red"))


# The subject may be any expression, including calls and walrus.
def produce():
    return "red"


match (n := len("abc")):
    case 3:
        print("walrus subject", n)
match produce().upper():
    case "RED":
        print("call subject")
match -5:
    case -5:
        print("negative literal")
