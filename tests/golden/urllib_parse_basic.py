import urllib.parse
from urllib.parse import *


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


# splitting
for u in ["http://user:pw@Host.COM:8080/p/a/t/h;par?query=1&b=2#frag",
          "HTTP://A/B", "1http:x", "path:80", "a#b", "//x/y?q#f", "",
          "http://[::1]extra/", " \x01http://a\tb/\nc", "file:///etc/passwd",
          "mailto:a@b;c", "x:/b;c", "http://a/b;c/d;e?q", "http://a/;x",
          "news:comp.lang", "http://a?b#c?d", "http://a#b?c", "../rel/x?y",
          "http://[v1.x]/", "http://[::1%eth0]/", "http://[2001:db8::7]:80/"]:
    t(urlsplit, u)
    t(urlparse, u)
t(urlsplit, "//x/y?q#f", "ftp")
t(urlsplit, "a#b", allow_fragments=False)
t(urlparse, "a#b?c", allow_fragments=False)
for bad in ["http://[::1", "http://::1]", "http://[zz]/", "http://[vz.x]/",
            "http://[1.2.3.4]/", "http://[1::2::3]/", "http://[1:2:3:4:5:6:7:8:9]/"]:
    t(urlsplit, bad)
t(urlsplit, b"http://a", "x")
t(urlsplit, "http://a", b"x")
print(urlsplit(b"http://a/b?c#d"), urlparse(b"http://a/b;p?q#f"))
# properties
r = urlsplit("http://User:Pa:ss@[::1%25Eth0]:8080/p?q#f")
print(r.username, r.password, r.hostname, r.port, r.geturl(), r._fields)
for u in ["http://h:abc/", "http://h:99999/", "http://h:/", "http://h:-1/",
          "http://h:\u0661/", "http://h: 8/", "http://u@h", "http://:p@h",
          "http://@h", "http://H", "http://[::1]:65535", "http://a:0",
          "http://x@y@z:12"]:
    r = urlsplit(u)
    t(lambda: r.port)
    print(r.hostname, r.username, r.password)
rb = urlsplit(b"http://u:p@H:80/x")
print(rb.hostname, rb.username, rb.password, rb.port, rb.geturl())
t(lambda: urlsplit(b"http://h:zz").port)
p = urlparse("http://a/b;p?q#f")
print(p.geturl(), p.encode(), p.encode().decode() == p, p._replace(fragment="").geturl())
print(p.scheme, p[2], len(p), tuple(p), type(p).__name__, isinstance(p, tuple))
s, n, path, params, q, f = p
print(s, n, path, params, q, f)
# unsplit
for parts in [("http", "", "x", "", ""), ("http", "", "//x", "", ""),
              ("", "", "//x", "", ""), ("mailto", "", "a@b", "q", "f"),
              ("file", "", "", "", ""), ("http", "h", "p", "q", "f"),
              ("", "h", "", "", ""), ("x", "", "p", "", "")]:
    print(urlunsplit(parts))
print(urlunparse(("http", "h", "/p", "a=1", "q", "f")), urlunparse(("", "", "p", "", "", "")))
print(urlunsplit((b"http", b"h", b"/p", b"", b"")))
t(urlunsplit, ("http", b"h", "/p", "", ""))
# defrag
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"), urldefrag(b"a#b"),
      urldefrag("http://a/b?#"), urldefrag("http://a/b#c").geturl())
d = urldefrag(b"x#y")
print(d.url, d.fragment, d.geturl(), d.decode())
# join
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g;x",
            "", ".", "./", "..", "../", "../g", "../..", "../../g",
            "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
            "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "http:g", "https://x/y"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin(b"http://a/b/c", b"../d"), urljoin("", "x"), urljoin("x", ""),
      urljoin("mailto:q", "x"), urljoin("http://a", "g"),
      urljoin("http://a/b#f", "#g", False))
t(urljoin, "http://a", b"x")
# quoting
for s in ["abc def", "a/b c?d=e&f", "", "~_.-", "é€", "a+b"]:
    print(repr(quote(s)), repr(quote_plus(s)), repr(quote(s, safe="")),
          repr(quote_plus(s, safe="/")))
print(quote("a/é", safe="é"), quote(b"a/\xff", safe=b"\xff"),
      quote("é", encoding="latin-1"), quote("é", encoding="ascii", errors="replace"),
      quote_from_bytes(b"a b/c"), quote_from_bytes(b""), quote_plus(b"a b"))
t(quote, 5)
t(quote, b"a b", encoding="x")
t(quote, b"a b", errors="x")
t(quote_from_bytes, "a")
t(quote, "é", encoding="ascii")
for s in ["a%20b", "%", "%4", "%zz%41", "%C3%A9", "%ff", "é%41", "a+b%2B",
          "%E2%82", "no-escapes", "", "%C3x%A9"]:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)))
print(unquote("%E9", encoding="latin-1"), unquote("%ff", errors="ignore"),
      unquote(b"a%20b"), unquote_to_bytes(b"%41%42c"))
t(unquote, None)
t(unquote, 5)
t(unquote_to_bytes, None)
t(unquote_to_bytes, 5)
t(unquote, "%ff", errors="strict")
# query strings
for qs in ["a=1&b=2&a=3", "a=1;b=2", "a&b=&c=3", "x=%20y+z&&", "=v&k=",
           "a=1=2", ""]:
    print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs),
          parse_qs(qs, True))
t(parse_qsl, b"a=%ff&b=c")
t(parse_qsl, b"a=1&b=%41")
t(parse_qs, b"a=1&a=2")
t(parse_qsl, "", strict_parsing=True)
t(parse_qsl, "a", strict_parsing=True)
t(parse_qsl, "a&&b=", strict_parsing=True)
t(parse_qsl, "a=1&&b=", strict_parsing=True)
t(parse_qsl, "a=1&b=2", max_num_fields=1)
t(parse_qsl, "a=1&b=2", max_num_fields=2)
t(parse_qsl, "", max_num_fields=0)
t(parse_qsl, "a=1;b=2", separator=";")
t(parse_qsl, "a=1", separator="")
t(parse_qsl, "a=1", separator=None)
t(parse_qsl, "a=1", separator=5)
t(parse_qsl, "a=1", separator=b"&")
t(parse_qsl, b"a=1", separator="&")
t(parse_qsl, 5)
t(parse_qsl, None)
t(parse_qs, "a=%E9", encoding="latin-1")
t(urlencode, "abc")
t(urlencode, [1])
t(urlencode, 5)
t(urlencode, {"a": [1, 2], "b": "xy z", b"c": b"d", "e": (), "f": 3}, doseq=True)
t(urlencode, {"a": [1, 2]})
t(urlencode, [("a", 1), ("b", "c d")], quote_via=quote)
t(urlencode, {"a": "é"}, encoding="latin-1")
t(urlencode, {})
t(urlencode, [])
t(urlencode, {"a": "x/y"}, safe="/")
t(urlencode, {"a": "x/y"})
t(urlencode, [("k", "v&w=")])
print(urllib.parse.uses_netloc[:5], urllib.parse.scheme_chars[-4:], sorted(urllib.parse.__all__)[:4])
print(SplitResult("a", "b", "c", "d", "e").geturl(), ParseResultBytes(b"a", b"", b"c", b"", b"", b""))
