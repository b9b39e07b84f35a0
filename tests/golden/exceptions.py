# Exceptions: try/except/else/finally, chaining, context, custom hierarchies.
def f(kind):
    try:
        print("try", kind)
        if kind == 1:
            raise ValueError("bad value")
        if kind == 2:
            raise KeyError("k")
        if kind == 3:
            return "returned"
    except ValueError as e:
        print("caught ValueError", e, e.args)
        return "from except"
    except (KeyError, IndexError) as e:
        print("caught tuple", repr(e))
    else:
        print("else ran")
    finally:
        print("finally", kind)
    return "end"
for k in range(4):
    print("->", f(k))
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
class DbError(AppError):
    pass
class NotFound(DbError):
    def __str__(self):
        return f"not found ({self.code})"
try:
    raise NotFound("missing", 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, DbError), repr(e))
print([c.__name__ for c in NotFound.__mro__])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def reraiser():
    try:
        raise IndexError("original")
    except IndexError:
        print("handling, then bare raise")
        raise
try:
    reraiser()
except IndexError as e:
    print("re-raised:", e)
def finally_override():
    try:
        return "try"
    finally:
        return "finally"
print(finally_override())
def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    finally_raises()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args, str(e) == "")
e_name = "kept"
try:
    raise ValueError
except ValueError as e_name:
    pass
try:
    print(e_name)
except NameError as ne:
    print("NameError:", ne)
try:
    int("xyz")
except ValueError as e:
    print(e)
try:
    [].foo
except AttributeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    raise StopIteration(5)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError), issubclass(OverflowError, ArithmeticError))
print(KeyError("a"), repr(KeyError("a")), str(KeyError("a", "b")), ValueError(1, 2), repr(OSError("x")))
nested_ok = []
try:
    try:
        raise ValueError("v")
    except TypeError:
        nested_ok.append("wrong")
    finally:
        nested_ok.append("inner finally")
except ValueError:
    nested_ok.append("outer caught")
print(nested_ok)
def gen_exc():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError as e:
        yield f"caught {e}"
print(list(gen_exc()))
try:
    raise ExceptionGroup if False else LookupError("lookup")
except LookupError as e:
    print(type(e).__name__, e)
class WithNote(Exception):
    pass
err = WithNote("x")
err.extra = 5
print(err.extra, err.__class__.__name__, err.with_traceback(None) is err)
try:
    assert 1 == 2, "assertion message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
def ctx_in_handler():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            return repr(v.__context__)
print(ctx_in_handler())
