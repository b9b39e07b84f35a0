# Argument errors of builtin types' methods moved to declared signatures:
# exceptions, property, generators and coroutines, iterators, dict views,
# type's methods, types.GenericAlias, exit().
import types


def attempt(label, thunk):
    try:
        result = thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Meta(type):
    pass


calls = [
    ("add_note none", lambda: ValueError().add_note()),
    ("add_note kw", lambda: ValueError().add_note(note="x")),
    ("with_traceback two", lambda: KeyError().with_traceback(None, None)),
    ("BaseException.__str__ arg", lambda: BaseException.__str__(ValueError(), 1)),
    ("BaseException.__init__ ok", lambda: BaseException.__init__(ValueError(), 1, 2)),
    ("OSError.__str__ kw", lambda: OSError.__str__(OSError(), x=1)),
    ("property.getter none", lambda: property().getter()),
    ("property.setter two", lambda: property().setter(1, 2)),
    ("property.deleter kw", lambda: property().deleter(f=1)),
    ("generator.send none", lambda: gen().send()),
    ("generator.send kw", lambda: gen().send(value=1)),
    ("generator.throw none", lambda: gen().throw()),
    ("generator.throw many", lambda: gen().throw(ValueError, 1, None, 4)),
    ("generator.close arg", lambda: gen().close(1)),
    ("generator.__next__ arg", lambda: gen().__next__(1)),
    ("coroutine.send none", lambda: coro().send()),
    ("coroutine.close arg", lambda: coro().close(1)),
    ("async_generator.asend none", lambda: agen().asend()),
    ("async_generator.aclose arg", lambda: agen().aclose(1)),
    ("list_iterator.__next__ arg", lambda: iter([]).__next__(1)),
    ("list_iterator.__next__ kw", lambda: iter([1]).__next__(x=1)),
    ("dict_keys.isdisjoint none", lambda: {}.keys().isdisjoint()),
    ("dict_items.isdisjoint kw", lambda: {}.items().isdisjoint(other=())),
    ("type.mro arg", lambda: type.mro(int, 1)),
    ("type.__subclasses__ arg", lambda: type.__subclasses__(int, 1)),
    ("type.__instancecheck__ none", lambda: type.__instancecheck__(int)),
    ("type.__subclasscheck__ kw", lambda: type.__subclasscheck__(int, subclass=int)),
    ("type.__prepare__ ok", lambda: type(Meta.__prepare__("X", (), extra=1)).__name__),
    ("object.__init_subclass__ kw", lambda: object.__init_subclass__(x=1)),
    ("object.__subclasshook__ kw", lambda: object.__subclasshook__(x=1)),
    ("GenericAlias.__mro_entries__ none", lambda: list[int].__mro_entries__()),
    ("int.__hash__ arg", lambda: int.__hash__(1, 2)),
    ("str.__new__ ok", lambda: str.__new__(str, "a")),
    ("bytearray.__reduce_ex__ many", lambda: bytearray().__reduce_ex__(1, 2)),
    ("complex.__str__ arg", lambda: complex.__str__(1j, 1)),
    ("exit many", lambda: exit(1, 2)),
    ("exit kw", lambda: quit(cod=1)),
]
for label, thunk in calls:
    attempt(label, thunk)

for f in [type.mro, type.__instancecheck__, object.__init_subclass__, int.__hash__,
          bytearray.__reduce_ex__, BaseException.__str__]:
    print(f.__text_signature__)
print(property.getter.__text_signature__, types.GeneratorType.send.__text_signature__)
# Natives recognised by the call machinery carry CPython's names.
print(object.__init__.__name__, object.__repr__.__name__, object.__str__.__name__, type.__call__.__name__,
      type.__new__.__name__, type.__init__.__name__, type.__instancecheck__.__name__,
      BaseException.__init__.__name__, UnicodeDecodeError.__init__.__name__, SyntaxError.__init__.__name__)
# Arguments the natives used to count themselves, now left to the signature.
attempt("int.from_bytes by name", lambda: int.from_bytes(bytes=b"\x01\x00", byteorder="little"))
attempt("int.from_bytes none", lambda: int.from_bytes())
attempt("int.to_bytes by name", lambda: (258).to_bytes(length=2, byteorder="big"))
attempt("int.bit_count arg", lambda: (5).bit_count(1))
attempt("bytes.join none", lambda: b",".join())
attempt("bytes.upper arg", lambda: b"a".upper(1))
attempt("complex.conjugate arg", lambda: (1j).conjugate(1))
