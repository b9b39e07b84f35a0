# enum: the errors CPython 3.11 raises, with their exact messages
import enum
from enum import Enum, Flag, IntEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))


class Color(Enum):
    RED = 1
    GREEN = 2


attempt('value lookup', lambda: Color(3))
attempt('value lookup str', lambda: Color('RED'))
attempt('unhashable lookup', lambda: Color([1]))
attempt('name lookup', lambda: Color['PURPLE'])
attempt('name lookup int', lambda: Color[1])
attempt('attribute', lambda: Color.PURPLE)
attempt('reassign', lambda: setattr(Color, 'RED', 5))
attempt('delete', lambda: delattr(Color, 'RED'))
attempt('set name', lambda: setattr(Color.RED, 'name', 'x'))
attempt('set value', lambda: setattr(Color.RED, 'value', 9))
attempt('del name', lambda: delattr(Color.RED, 'name'))
attempt('int in', lambda: 1 in Color)
attempt('str in', lambda: 'RED' in Color)
attempt('member in other', lambda: Color.RED in enum.FlagBoundary)
attempt('order', lambda: Color.RED < Color.GREEN)
attempt('call member', lambda: Color.RED())
attempt('class attr', lambda: Color.__members__.__setitem__('X', 1))


def define(body):
    try:
        body()
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:        # a function's address
            msg = msg.split(' at 0x')[0] + '>'
        if msg.startswith('too many data types'):   # a set of classes
            msg = msg.split(':')[0]
        print(type(e).__name__ + ':', msg)
    else:
        print('defined')


def dup():
    class E(Enum):
        RED = 1
        RED = 2
define(dup)


def dup_method():
    class E(Enum):
        RED = 1
        def RED(self):
            pass
define(dup_method)


def method_then_member():
    class E(Enum):
        def RED(self):
            pass
        RED = 1
define(method_then_member)


def extend():
    class More(Color):
        BLUE = 3
define(extend)


def extend_functional():
    Enum('More', 'X', type=None) and Color('More', 'BLUE')
define(extend_functional)


def sunder():
    class E(Enum):
        _bad_ = 1
define(sunder)


def mro_name():
    class E(Enum):
        mro = 1
define(mro_name)


def bad_order():
    class E(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
define(bad_order)


def late_gnv():
    class E(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 5
define(late_gnv)


def bad_mixins():
    class E(Color.__class__.__mro__[0] and int, str, Enum):
        A = 1
define(bad_mixins)


def enum_first():
    class E(Enum, int):
        A = 1
define(enum_first)


def not_unique():
    @unique
    class E(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
define(not_unique)


def verify_unique():
    @verify(UNIQUE)
    class E(Enum):
        A = 1
        B = 1
define(verify_unique)


def verify_continuous():
    @verify(CONTINUOUS)
    class E(Enum):
        A = 1
        B = 2
        C = 5
define(verify_continuous)


def verify_continuous_flag():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        B = 8
define(verify_continuous_flag)


def verify_named():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        C = 11
define(verify_named)


def verify_ok():
    @verify(UNIQUE, CONTINUOUS)
    class E(Enum):
        A = 1
        B = 2
        C = 3
define(verify_ok)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'
attempt('bad _missing_', lambda: Bad(5))


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
attempt('raising _missing_', lambda: Raises(5))


def cause_of_raising():
    try:
        Raises(5)
    except KeyError as e:
        print(type(e.__context__).__name__, e.__context__)
cause_of_raising()


class Flg(Flag):
    A = 1
    B = 2
attempt('flag strict', lambda: Flg(4))
attempt('flag negative', lambda: Flg(-1))
attempt('flag str', lambda: Flg('A'))
attempt('flag in', lambda: 1 in Flg.A)
attempt('flag or', lambda: Flg.A | Color.RED)


def ignore_member():
    class E(Enum):
        A = 1
        _ignore_ = ['A']
define(ignore_member)


def empty_functional():
    E = Enum('E', [])
    print(list(E), len(E))
define(empty_functional)
