import html
import html.entities as ent

print(html.escape("<a href=\"x\">Tom & Jerry's</a>"))
print(html.escape("<a href=\"x\">Tom & Jerry's</a>", quote=False))
print(html.escape(""), html.escape("plain"))
tests = [
    "&amp;&lt;&gt;&quot;&#39;&#x27;&apos;",
    "&notit; &notin; &not",
    "&ampx &amp &AMP; &AMP",
    "&#x; &#; &#65 &#x41G &#X42;",
    "&unknown; &Eacute &eacutex &eacute;",
    "a & b && c &; &#",
    "&" + "a" * 40 + ";",
    "&#0;|&#128;|&#129;|&#13;|&#x7f;|&#150;|&#x9f;",
    "&#1;|&#11;|&#xfdd0;|&#xFFFE;|&#x10FFFF;|&#x110000;|&#xD800;|&#99999999999999;",
    "&nbsp;&copy;&euro;&hearts;&NotNestedGreaterGreater;&fjlig;&acE;",
    "no references at all",
    "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
]
for t in tests:
    print(repr(t), "->", ascii(html.unescape(t)))
print(html.unescape(html.escape("<&>\"'")) == "<&>\"'")
print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint["eacute"], ent.codepoint2name[233], ascii(ent.entitydefs["amp"]), ascii(ent.html5["gt;"]))
print(sorted(ent.__all__), html.__all__)
try:
    html.escape(None)
except AttributeError as e:
    print(type(e).__name__)
