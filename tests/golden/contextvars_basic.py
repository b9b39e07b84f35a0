# contextvars: values per context, copies, run(), tokens and reset().
import contextvars

var = contextvars.ContextVar("var", default="unset")
other = contextvars.ContextVar("other")

print(var.name, var.get())
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
print(other.get("fallback"))

token = var.set("one")
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
snapshot = contextvars.copy_context()

def inside(value):
    var.set(value)
    return var.get(), other.get("none")

print(snapshot.run(inside, "two"))
print(var.get(), snapshot[var], var in snapshot, len(snapshot))
print(sorted(v.name for v in snapshot))

var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print("RuntimeError", "used" in str(e))

def reenter():
    snapshot.run(lambda: None)

try:
    snapshot.run(reenter)
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))

try:
    snapshot["x"]
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError", e)
alias = contextvars.ContextVar[int]
print(alias.__origin__ is contextvars.ContextVar, alias.__args__, contextvars.Token[str].__origin__.__name__)
