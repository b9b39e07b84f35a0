import getpass
import io
import os
import warnings

out = io.StringIO()
print(repr(getpass._raw_input("Name: ", out, io.StringIO("alice\nrest"))), repr(out.getvalue()))
print(repr(getpass._raw_input("", out, io.StringIO("no newline"))))
try:
    getpass._raw_input("x", out, io.StringIO(""))
except EOFError as e:
    print("EOFError", repr(str(e)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    err = io.StringIO()
    pass
print(issubclass(getpass.GetPassWarning, UserWarning))
os.environ["LOGNAME"] = "golden_user"
print(getpass.getuser())
