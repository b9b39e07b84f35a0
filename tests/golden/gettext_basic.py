# gettext: no catalogs (NullTranslations), and a small .mo catalog.
import gettext as g
import os
import tempfile

try:
    g.translation("nodomain", languages=["de"])
except Exception as e:
    print(type(e).__name__, repr(e), e.errno, e.filename)
t = g.translation("nodomain", fallback=True, languages=["de"])
print(type(t).__name__, t.gettext("hi"), t.ngettext("a", "b", 2), t.info(), t.charset(), t.pgettext("c", "m"), t.npgettext("c", "a", "b", 1))
print(g.textdomain(), g.find("x", languages=["de"]), g.find("x", languages=["de"], all=True))
print(g.gettext("m"), g.ngettext("a", "b", 1), g.dgettext("d", "m"), g.pgettext("c", "m"))
print(g.ngettext("a", "b", 0), g.ngettext("a", "b", -1), g.ngettext("a", "b", 1.5))
t.install()
print(_("hey"))


def word(n):
    return n.to_bytes(4, "little")


def mo_file(messages):
    keys = sorted(messages)
    start = 28 + 16 * len(keys)
    ids = b""
    strs = b""
    table = []
    for k in keys:
        table.append((len(k), len(ids), len(messages[k]), len(strs)))
        ids += k + b"\0"
        strs += messages[k] + b"\0"
    head = word(0x950412de) + word(0) + word(len(keys)) + word(28) + word(28 + 8 * len(keys)) + word(0) + word(0)
    body = b"".join(word(n) + word(start + o) for n, o, _, _ in table)
    body += b"".join(word(n) + word(start + len(ids) + o) for _, _, n, o in table)
    return head + body + ids + strs


root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "de", "LC_MESSAGES"))
with open(os.path.join(root, "de", "LC_MESSAGES", "app.mo"), "wb") as f:
    f.write(mo_file({
        b"": b"Project-Id-Version: demo\nContent-Type: text/plain; charset=UTF-8\n",
        b"hello": "hallo w\u00f6rld".encode(),
        b"file\x00files": b"Datei\x00Dateien",
        b"ctx\x04open": b"offen",
    }))
t = g.translation("app", root, ["de_DE.UTF-8"])
print(type(t).__name__, t.gettext("hello"), t.gettext("nope"), t.ngettext("file", "files", 1), t.ngettext("file", "files", 3))
print(t.ngettext("x", "xs", 1), t.pgettext("ctx", "open"), t.pgettext("other", "open"), t.charset(), sorted(t.info().items()))
print(g.find("app", root, ["fr", "de"]) == os.path.join(root, "de", "LC_MESSAGES", "app.mo"), g.find("app", root, ["fr"]))
print(g.bindtextdomain("app", root) == root)
with open(os.path.join(root, "bad.mo"), "wb") as f:
    f.write(b"not a catalog at all")
try:
    with open(os.path.join(root, "bad.mo"), "rb") as f:
        g.GNUTranslations(f)
except OSError as e:
    print("OSError", e.args[:2])
n = g.NullTranslations()
n.add_fallback(t)
print(n.gettext("hello"), n.ngettext("file", "files", 5))
