# Deeply nested documents raise RecursionError (never crash), in both directions.
import json


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print(label, "ok", len(result) if isinstance(result, str) else type(result).__name__)
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except ValueError as e:
        print(label, type(e).__name__ + ":", e)


attempt("objects", json.loads, '{"a":' * 100000 + '1' + '}' * 100000)
attempt("objects around a list", json.loads, '{"a":' * 100000 + '[1]' + '}' * 100000)
attempt("arrays", json.loads, '[' * 100000 + '1' + ']' * 100000)
attempt("unclosed arrays", json.loads, '[' * 100000)
attempt("shallow", json.loads, '[' * 50 + ']' * 50)

l, d = [], {}
for x in range(100000):
    l, d = [l], {"k": d}
attempt("dumps list", json.dumps, l)
attempt("dumps dict", json.dumps, d)
attempt("dumps dict sorted", json.dumps, d, sort_keys=True)
attempt("dumps list indented", json.dumps, l, indent=1)
attempt("dumps dict indented", json.dumps, d, indent="")
attempt("iterencode list", lambda v: "".join(json.JSONEncoder().iterencode(v)), l)

shallow = []
for x in range(50):
    shallow = [shallow, {"k": 1}]
attempt("dumps shallow", json.dumps, shallow)


class EndlessJSONEncoder(json.JSONEncoder):
    def default(self, o):
        return [o]


attempt("endless default", EndlessJSONEncoder(check_circular=False).encode, object())
attempt("endless default checked", EndlessJSONEncoder().encode, object())

x = []
x.append(x)
attempt("cycle unchecked", json.dumps, x, check_circular=False)
attempt("cycle checked", json.dumps, x)

d = {}
d["d"] = [d]
attempt("dict cycle unchecked", json.dumps, d, check_circular=False)


# Recursion inside hooks is the language's own.
def hook(obj):
    return hook(obj)


attempt("recursive hook", json.loads, '{"a": 1}', object_hook=hook)
# After all that the interpreter is still fine.
print(json.dumps(json.loads('[{"ok": [true]}]')))
