# typing: isinstance/issubclass with typing objects that are not classes
# (Union[...], List, Iterable, Callable, ...): they work through __instancecheck__
# and __subclasscheck__ on the object's type
from typing import Union, Optional, List, Dict, Iterable, Callable, Sized, Hashable, Any, Never


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("Union int", lambda: isinstance(3, Union[int, str]))
show("Union float", lambda: isinstance(3.0, Union[int, str]))
show("Optional None", lambda: isinstance(None, Optional[int]))
show("issubclass Union", lambda: issubclass(bool, Union[int, str]))
show("List", lambda: (isinstance([], List), isinstance((), List)))
show("Dict", lambda: isinstance({}, Dict))
show("Iterable", lambda: (isinstance([1], Iterable), isinstance(3, Iterable)))
show("Callable", lambda: (isinstance(len, Callable), isinstance(3, Callable)))
show("Sized", lambda: isinstance("abc", Sized))
show("Hashable", lambda: (isinstance(1, Hashable), isinstance([], Hashable)))
show("issubclass List", lambda: issubclass(list, List))
show("List[int]", lambda: isinstance([], List[int]))
show("Never", lambda: isinstance(1, Never))
show("tuple of", lambda: isinstance("x", (int, Union[str, bytes])))
