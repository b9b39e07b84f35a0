# string: constants, capwords, Formatter and Template
import string

print(repr(string.whitespace), string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.punctuation, string.hexdigits, string.octdigits)
print(string.capwords(" aBc  dEf "), string.capwords("a-b-c", "-"), string.capwords("x,,y", ","), repr(string.capwords("")))
print(sorted(string.__all__))

# Formatter.parse
F = string.Formatter()
for s in ["a{0}b{1!r:>5}c", "{}{}", "{{x}}", "}}", "{a.b[0]}", "{0:{1}}", "", "abc", "{!r}", "{:}",
          "a{0:x{1}y}b", "{0[}]}", "{0[:]}", "{0!r:{1}}", "{0!:}", "{0:!r}", "{0[{}]}", "{:{:{}}}",
          "{a!r:{x}!s}", "{0}}}x", "{{}}", "a{{b", "x{", "x}", "{0!}", "{0!rr}", "{a[}", "{ ", "{0:}}",
          "{0:{", "{0", "{", "{0!r", "{0!", "{0:{}}}", "{0{}}", "}{"]:
    try:
        print(repr(s), list(F.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

# Formatter.format and its steps
print(F.format("{0}-{1!r}-{x:>4}-{y[1]}-{z.real}", 1, "s", x=3, y=[0, 9], z=5))
print(F.format("{}{}", 1, 2), F.format("{0:{1}}", 3.14159, ".2f"), F.format("{0:{1}{2}}", 1, ">", 5))
print(F.format("{0[-1]}", {"-1": 5}), F.format("{:>3}{!r}", 1, "a"), F.format("{0:{1}}", 1, ""))
print(F.vformat("{0}{k}", (1,), {"k": 2}), F.format_field(3, "04d"), F.convert_field("x", "a"))
print(F.get_field("0[1]", ([5, 6],), {}), F.get_field("a.real", (), {"a": 3}), F.get_value(0, (5,), {}))
for args in [("{}{0}", 1), ("{0}{}", 1), ("{1}", 1), ("{x}",), ("{!z}", 1), ("{0:{1:{2}}}", 1, 2, 3),
             ("{.real}", 3), ("{0.}", 3), ("{[0]}", [1]), ("{0[01]}", {"01": 1})]:
    try:
        print(F.format(*args))
    except Exception as e:
        print(args, type(e).__name__ + ":", e)
for name in ["0[0", "0[0]]", "0.a.", "0[0][1]"]:
    try:
        print(F.get_field(name, ([[1, [2, 3]]],), {}))
    except Exception as e:
        print(repr(name), type(e).__name__ + ":", e)
try:
    F.format()
except TypeError as e:
    print("TypeError:", e)

class Tracing(string.Formatter):
    def get_value(self, key, args, kwargs):
        print("get_value", repr(key))
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
    def format_field(self, value, spec):
        return "<" + super().format_field(value, spec) + ">"
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Tracing().format("{0}{a!u}{1.real:>3}", 1, 2, a="x", b=4))

# Template
T = string.Template
t = T("$who likes ${what} $$ $x")
print(t.template, "|", t.substitute(who="tim", what="kung pao", x=1))
print(t.safe_substitute(who="tim"), "|", t.safe_substitute({"who": 1}, who=2))
for tpl, kw in [("$who", {}), ("$", {}), ("a $1", {}), ("${who", {}), ("line1\nab $ c", {}), ("${}", {}),
                ("$who$", {"who": 1}), ("line1\n$", {}), ("a\n\nb$", {}), ("\r\n$", {})]:
    try:
        print(repr(T(tpl).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(repr(tpl), type(e).__name__ + ":", e)
    print(repr(T(tpl).safe_substitute(**kw)))
print(T("$a $b ${c} $a $$ $ ${d").get_identifiers(), T("$a ${b}").is_valid(), T("$a $").is_valid(), T("$1").is_valid())
print(T.delimiter, T.idpattern, T.braceidpattern)
class Percent(T):
    delimiter = "%"
print(Percent("%who likes %{x} %% $y").substitute(who=1, x=2))
print(T("$été $_a1 $a-b ${a_b}").safe_substitute(a=1, a_b=2, _a1=3))
print(T("${a}${b}").substitute(a="${b}", b=1), T("$a").substitute({"a": 1}, a=2), T("$a").safe_substitute({"a": 1}, b=2))
try:
    T("$x").substitute({"x": 1}, {"y": 2})
except TypeError as e:
    print("TypeError:", e)
print(T("$__").substitute(__=1), T("$a1_b!").substitute(a1_b=1), T("${a b}").safe_substitute(), T("$ a").safe_substitute())

# Template subclasses: idpattern, braceidpattern, flags, delimiter and a
# whole pattern of their own are all honoured.
import re as _re
import string as _s


class Dotted(_s.Template):
    idpattern = r'[_a-z][._a-z0-9]*'


print(Dotted('$a.b and ${c.d}').substitute({'a.b': 1, 'c.d': 2}))


class Braced(_s.Template):
    braceidpattern = r'@[a-z]+@'


t = Braced('$who at ${@where@}')
print(t.safe_substitute(who='me'), t.substitute({'who': 'x', '@where@': 'home'}))


class Cased(_s.Template):
    flags = 0


print(Cased('$lower $UPPER').safe_substitute(lower='ok', UPPER='no'))


class Percent(_s.Template):
    delimiter = '%%'


print(Percent('%%x %%%% %%y').safe_substitute(x=1))
for bad in ['ab %%', 'a\n%%1']:
    try:
        Percent(bad).substitute()
    except ValueError as e:
        print(repr(bad), e)


class Own(_s.Template):
    pattern = r"""
    @(?:
      (?P<escaped>@)   |
      (?P<named>[_a-z][._a-z0-9]*)  |
      \{(?P<braced>[_a-z][._a-z0-9]*)\} |
      (?P<invalid>)
    )"""


o = Own('@x.y costs @@5 or @{z}')
print(o.substitute({'x.y': 'it', 'z': 3}), o.get_identifiers(), o.is_valid(), type(Own.pattern).__name__)


class Broken(_s.Template):
    # '!' matches with none of the four groups taking part.
    pattern = r'(?P<escaped>\$\$) | \$(?P<named>[a-z]+) | \${(?P<braced>[a-z]+)} | (?P<invalid>\$$) | !'


for meth in ('substitute', 'safe_substitute', 'is_valid', 'get_identifiers'):
    try:
        print(getattr(Broken('$$ !'), meth)())
    except ValueError as e:
        print(meth, 'ValueError', e.args[0])
try:
    _s.Template('$x').substitute(None)
except TypeError as e:
    print('TypeError')

# Formatter._vformat: the recursion limit and the automatic numbering state.
f = _s.Formatter()
print(f._vformat('{}{}', (1, 2), {}, set(), 2))
print(f._vformat('{0}', (1,), {}, set(), 2))
try:
    f._vformat('{i}', (), {'i': 1}, set(), -1)
except ValueError as e:
    print(e)
print(f.format('{:{}}|', 'ab', 5))
