s = "a\udcffb"; print(ascii(s), len(s), repr(s))
print(ascii(b"\xff".decode("utf-8","surrogateescape")))
print("\ud800".encode("utf-8", "surrogatepass"))
for e in ['utf-8','utf-16','utf-16-le','utf-32','utf-32-be','utf-8-sig','ascii','latin-1']:
  for h in ['strict','surrogatepass','surrogateescape','backslashreplace','xmlcharrefreplace','replace', 'ignore', 'namereplace']:
    try: print(e,h,'a\udc80\udcffb'.encode(e,h))
    except Exception as x: print(e,h,type(x).__name__,x)
print(ascii(b'a\xed\xb2\x80\xff'.decode('utf-8','surrogateescape')))
print(ascii(b'a\xed\xb2\x80'.decode('utf-8','surrogatepass')))
try: b'a\xed\xb2\x80\xff'.decode('utf-8','surrogatepass')
except Exception as x: print(x)
print(ascii(b'\x00\xd8a\x00'.decode('utf-16-le','surrogatepass')))
print(ascii(b'\x00\xd8\x00\x00'.decode('utf-32-le','surrogatepass')))
print(ascii(b'\xd8\x00'.decode('utf-16-be','surrogatepass')))
print(ascii(b'a\x80'.decode('ascii','surrogateescape')))
print(ascii(b'a\x80'.decode('latin-1','surrogateescape')))
try: '\udc41'.encode('ascii','surrogateescape')
except Exception as x: print(x)
print(ord("\udcff"), hex(ord(chr(0xd800))), chr(0xdfff) == "\udfff", "\ud83d\ude00" == "😀", len("\ud83d\ude00"))
print(ascii("\ud800".join(["a","b"])), "x\udc80y".split("\udc80"), "\udc80" in "a\udc80", "a\udc80".find("\udc80"))
import json
print(json.dumps("\udc80"), json.dumps("\udc80", ensure_ascii=False) == '"\udc80"', ascii(json.loads('"\\udc80x"')), ascii(json.loads('"\\ud83d\\ude00"')))
import re
print(re.findall("[\udc80-\udcff]", "a\udc81b\udcfe"), re.sub("\udc80", "X", "1\udc802"))
print("%c" % 0xdc80 == "\udc80", "{:c}".format(0xd800) == "\ud800", "a\udc80".translate({0xdc80: "Z"}))
print(ascii("\udc80".encode("unicode_escape")), ascii(b"\\udc80".decode("unicode_escape")))
import os
print(ascii(os.fsdecode(b"a\xff")), os.fsencode("a\udcff"))
try: os.fsencode("\ud800")
except Exception as x: print(type(x).__name__, x)
try: open("\ud800")
except Exception as x: print(type(x).__name__, x)
import io
for errors in ("strict", "surrogateescape", "replace"):
    buf = io.BytesIO()
    w = io.TextIOWrapper(buf, encoding="utf-8", errors=errors)
    try:
        w.write("a\udc80b"); w.flush(); print(errors, buf.getvalue())
    except Exception as x: print(errors, type(x).__name__, x)
print(sorted(["\udc80", "a", "\ue000"]) == ["a", "\udc80", "\ue000"])
