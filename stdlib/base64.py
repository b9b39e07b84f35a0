"""Base16, Base32, Base64, Base85 and Ascii85 codecs (coil implementation)."""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray, memoryview)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_bytes(value):
    """Decoder input: bytes or an ASCII str."""
    if isinstance(value, str):
        try:
            return value.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError(
                "string argument should contain only ASCII characters")
    if isinstance(value, bytes_types):
        return bytes(value)
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % type(value).__name__)


def _need_bytes(value, prefix=""):
    if isinstance(value, bytes_types):
        return bytes(value)
    raise TypeError("%sa bytes-like object is required, not '%s'"
                    % (prefix, type(value).__name__))


def _swap(data, mapping):
    """Replace single bytes according to a {int: int} mapping."""
    if not mapping:
        return data
    return bytes([mapping.get(code, code) for code in data])


# ---------------------------------------------------------------- base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        alt = _need_bytes(altchars)
        encoded = _swap(encoded, {43: alt[0], 47: alt[1]})
    return encoded


def b64decode(s, altchars=None, validate=False):
    data = _input_bytes(s)
    if altchars is not None:
        alt = _input_bytes(altchars)
        assert len(alt) == 2, repr(alt)
        data = _swap(data, {alt[0]: 43, alt[1]: 47})
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), {43: 45, 47: 95})


def urlsafe_b64decode(s):
    return b64decode(_swap(_input_bytes(s), {45: 43, 95: 47}))


# ---------------------------------------------------------------- base32

_B32_STD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B32_PAD_KEEP = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4}   # pad count -> bytes dropped


def _b32_encode_with(alphabet, s):
    data = _need_bytes(s, "memoryview: ")
    tail = len(data) % 5
    if tail:
        data = data + b"\0" * (5 - tail)
    out = []
    for start in range(0, len(data), 5):
        number = int.from_bytes(data[start:start + 5], "big")
        for shift in range(35, -1, -5):
            out.append(alphabet[(number >> shift) & 31])
    if tail:
        keep = {1: 2, 2: 4, 3: 5, 4: 7}[tail]
        del out[len(out) - 8 + keep:]
        out.extend([61] * (8 - keep))
    return bytes(out)


def _b32_decode_with(alphabet, s, casefold=False, map01=None):
    data = _input_bytes(s)
    if len(data) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        target = _input_bytes(map01)
        assert len(target) == 1, repr(target)
        data = _swap(data, {48: 79, 49: target[0]})
    if casefold:
        data = data.upper()
    body = data.rstrip(b"=")
    pads = len(data) - len(body)
    lookup = {}
    for index, code in enumerate(alphabet):
        lookup[code] = index
    values = []
    for code in body:
        value = lookup.get(code)
        if value is None:
            raise binascii.Error("Non-base32 digit found")
        values.append(value)
    if pads not in _B32_PAD_KEEP:
        raise binascii.Error("Incorrect padding")
    values.extend([0] * pads)
    out = []
    for start in range(0, len(values), 8):
        number = 0
        for value in values[start:start + 8]:
            number = (number << 5) | value
        out.extend(number.to_bytes(5, "big"))
    drop = _B32_PAD_KEEP[pads]
    if drop:
        del out[len(out) - drop:]
    return bytes(out)


def b32encode(s):
    return _b32_encode_with(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    return _b32_decode_with(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    return _b32_encode_with(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode_with(_B32_HEX, s, casefold)


# ---------------------------------------------------------------- base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _input_bytes(s)
    if casefold:
        data = data.upper()
    for code in data:
        if not (48 <= code <= 57 or 65 <= code <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(data)


# ------------------------------------------------------ ascii85 / base85

def _to_base85_digits(data, alphabet, pad, zero_char, space_char):
    """Encode 4-byte groups as 5 digits in the given 85-letter alphabet."""
    tail = len(data) % 4
    padded = data + b"\0" * (-len(data) % 4)
    out = []
    last = len(padded) - 4
    for start in range(0, len(padded), 4):
        number = int.from_bytes(padded[start:start + 4], "big")
        partial = tail and start == last
        if not partial or pad:
            if zero_char is not None and number == 0:
                out.append(zero_char)
                continue
            if space_char is not None and number == 0x20202020:
                out.append(space_char)
                continue
        digits = [0] * 5
        for place in range(4, -1, -1):
            number, digits[place] = divmod(number, 85)
        out.extend(alphabet[d] for d in digits)
    if tail and not pad:
        del out[len(out) - (4 - tail):]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    data = _need_bytes(b, "memoryview: ")
    alphabet = bytes(range(33, 118))
    text = _to_base85_digits(data, alphabet, pad, 122,
                             121 if foldspaces else None)
    if adobe:
        text = b"<~" + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        if adobe:
            lines[-1] = lines[-1] + b"~>"
        return b"\n".join(lines)
    if adobe:
        text = text + b"~>"
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    data = _input_bytes(b)
    if adobe:
        if not data.endswith(b"~>"):
            raise ValueError(
                "Ascii85 encoded byte sequences must end with b'~>'")
        if data.startswith(b"<~"):
            data = data[2:-2]
        else:
            data = data[:-2]
    skip = set(_input_bytes(ignorechars))
    out = []
    group = []
    for code in data:
        if 33 <= code <= 117:
            group.append(code - 33)
            if len(group) == 5:
                _a85_flush(group, out, 4)
                group = []
        elif code == 122:
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out.extend(b"\0\0\0\0")
        elif foldspaces and code == 121:
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out.extend(b"    ")
        elif code in skip:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % code)
    if group:
        used = len(group) - 1
        group.extend([84] * (5 - len(group)))
        _a85_flush(group, out, used)
    return bytes(out)


def _a85_flush(group, out, count):
    number = 0
    for digit in group:
        number = number * 85 + digit
    if number > 0xFFFFFFFF:
        raise ValueError("Ascii85 overflow")
    out.extend(number.to_bytes(4, "big")[:count])


_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_LOOKUP = {}
for _i, _c in enumerate(_B85_ALPHABET):
    _B85_LOOKUP[_c] = _i
del _i, _c


def b85encode(b, pad=False):
    data = _need_bytes(b, "memoryview: ")
    return _to_base85_digits(data, _B85_ALPHABET, pad, None, None)


def b85decode(b):
    data = _input_bytes(b)
    missing = -len(data) % 5
    data = data + b"~" * missing
    out = []
    for start in range(0, len(data), 5):
        number = 0
        for offset in range(5):
            value = _B85_LOOKUP.get(data[start + offset])
            if value is None:
                raise ValueError("bad base85 character at position %d"
                                 % (start + offset))
            number = number * 85 + value
        if number > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d"
                             % start)
        out.extend(number.to_bytes(4, "big"))
    if missing:
        del out[len(out) - missing:]
    return bytes(out)


# ------------------------------------------------------ MIME-style lines

def _check_buffer(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s"
                        % type(s).__name__)


def encodebytes(s):
    _check_buffer(s)
    lines = []
    for start in range(0, len(s), MAXBINSIZE):
        lines.append(binascii.b2a_base64(s[start:start + MAXBINSIZE]))
    return b"".join(lines)


def decodebytes(s):
    _check_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _usage_text(program):
    return ("usage: %s [-h|-d|-e|-u|-t] [file|-]\n"
            "        -h: print this help message and exit\n"
            "        -d, -u: decode\n"
            "        -e: encode (default)\n"
            "        -t: encode and decode string 'Aladdin:open sesame'"
            % program)


def main():
    import sys
    program = sys.argv[0]
    args = list(sys.argv[1:])
    action = encode
    while args and args[0].startswith("-") and args[0] != "-":
        flags = args.pop(0)
        if flags == "--":
            break
        for letter in flags[1:]:
            if letter in "du":
                action = decode
            elif letter == "e":
                action = encode
            elif letter == "t":
                action = None
            elif letter == "h":
                print(_usage_text(program))
                return
            else:
                print("option -%s not recognized" % letter, file=sys.stderr)
                print(_usage_text(program), file=sys.stderr)
                sys.exit(2)
    if action is None:
        original = b"Aladdin:open sesame"
        encoded = encodebytes(original)
        print(repr(original))
        print(repr(encoded))
        print(repr(decodebytes(encoded)))
        return
    if args and args[0] != "-":
        with open(args[0], "rb") as handle:
            action(handle, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
