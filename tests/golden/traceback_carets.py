# Error locations (PEP 657) in tracebacks formatted by the traceback module:
# `^` under the failing expression, `~` under the operands of a binary
# operation or subscript.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


class Box:
    def __init__(self, items):
        self.items = items

    def get(self, i):
        return self.items[i]

    def scaled(self, k):
        return [x / k for x in self.items]


def operators():
    a, b = 1, "s"
    return (a + 2) * b - 1


def items():
    table = {"a": {"b": 1}}
    return table["a"]["c"]


def methods():
    box = Box([1, 2])
    return box.get(0) + box.get(5)


def chained_methods():
    text = "abc"
    return text.upper().strip().nope()


def across_lines():
    box = Box([1])
    return (box
            .scaled(0))


def in_fstring():
    n = None
    return f"value: {n.real:>{n.width}}"


def comparison():
    assert len("ab") < 1, "too long"


def in_match():
    match {"k": [1, 2]}:
        case {"k": [x, y]} if x / (y - 2):
            pass


def unpacking():
    first, second = "abc"


for fn in [operators, items, methods, chained_methods, across_lines, in_fstring, comparison, in_match, unpacking]:
    show(fn)
