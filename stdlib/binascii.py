"""Conversions between binary data and ASCII encodings (coil implementation)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_B64CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64VALUE = {}
for _pos, _code in enumerate(_B64CHARS):
    _B64VALUE[_code] = _pos
del _pos, _code

_HEXDIGITS = "0123456789abcdef"


def _as_input(data):
    """Accept bytes or an ASCII-only str (the a2b_* convention)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str):
        for ch in data:
            if ord(ch) > 127:
                raise ValueError(
                    "string argument should contain only ASCII characters")
        return data.encode("ascii")
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _as_buffer(data):
    """Accept only bytes-like data (the b2a_* convention)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _as_buffer(data)
    digits = []
    for value in data:
        digits.append(_HEXDIGITS[value >> 4] + _HEXDIGITS[value & 15])
    if sep is None or not digits:
        return "".join(digits).encode("ascii")
    if isinstance(sep, bytes):
        sep_text = sep.decode("latin-1")
    elif isinstance(sep, str):
        sep_text = sep
    else:
        len(sep)
        sep_text = str(sep)
    if len(sep_text) != 1:
        raise ValueError("sep must be length 1.")
    if ord(sep_text) > 127:
        raise ValueError("sep must be ASCII.")
    group = abs(bytes_per_sep)
    if group == 0:
        return "".join(digits).encode("ascii")
    chunks = []
    total = len(digits)
    if bytes_per_sep > 0:
        # groups are counted from the right end
        first = total % group
        if first:
            chunks.append("".join(digits[:first]))
        for start in range(first, total, group):
            chunks.append("".join(digits[start:start + group]))
    else:
        for start in range(0, total, group):
            chunks.append("".join(digits[start:start + group]))
    return sep_text.join(chunks).encode("ascii")


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr):
    raw = _as_input(hexstr)
    if len(raw) % 2:
        raise Error("Odd-length string")
    out = []
    for index in range(0, len(raw), 2):
        high = _hexval(raw[index])
        low = _hexval(raw[index + 1])
        if high < 0 or low < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(high * 16 + low)
    return bytes(out)


def a2b_hex(hexstr):
    return unhexlify(hexstr)


def _hexval(code):
    if 48 <= code <= 57:
        return code - 48
    if 97 <= code <= 102:
        return code - 87
    if 65 <= code <= 70:
        return code - 55
    return -1


def b2a_base64(data, *, newline=True):
    data = _as_buffer(data)
    pieces = []
    n = len(data)
    full = n - n % 3
    alphabet = _B64CHARS
    for i in range(0, full, 3):
        word = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        pieces.append(alphabet[word >> 18])
        pieces.append(alphabet[(word >> 12) & 63])
        pieces.append(alphabet[(word >> 6) & 63])
        pieces.append(alphabet[word & 63])
    rest = n - full
    if rest == 1:
        word = data[full] << 16
        pieces.append(alphabet[word >> 18])
        pieces.append(alphabet[(word >> 12) & 63])
        pieces.append(61)
        pieces.append(61)
    elif rest == 2:
        word = (data[full] << 16) | (data[full + 1] << 8)
        pieces.append(alphabet[word >> 18])
        pieces.append(alphabet[(word >> 12) & 63])
        pieces.append(alphabet[(word >> 6) & 63])
        pieces.append(61)
    if newline:
        pieces.append(10)
    return bytes(pieces)


def a2b_base64(data, *, strict_mode=False):
    raw = _as_input(data)
    strict = bool(strict_mode)
    if strict and raw and raw[0] == 61:
        raise Error("Leading padding not allowed")
    out = []
    phase = 0          # how many sextets of the current quantum are held
    acc = 0            # pending bits
    pad_seen = 0       # '=' characters seen since the last data character
    count = 0          # data characters consumed
    finished = False
    total = len(raw)
    for pos in range(total):
        code = raw[pos]
        if code == 61:
            pad_seen += 1
            if phase >= 2 and phase + pad_seen >= 4:
                if strict and pos + 1 < total:
                    raise Error("Excess data after padding")
                finished = True
                break
            continue
        value = _B64VALUE.get(code)
        if value is None:
            if strict:
                raise Error("Only base64 data is allowed")
            continue
        if strict and pad_seen:
            raise Error("Discontinuous padding not allowed")
        pad_seen = 0
        count += 1
        if phase == 0:
            acc = value
            phase = 1
        elif phase == 1:
            out.append(((acc << 2) | (value >> 4)) & 255)
            acc = value & 15
            phase = 2
        elif phase == 2:
            out.append(((acc << 4) | (value >> 2)) & 255)
            acc = value & 3
            phase = 3
        else:
            out.append(((acc << 6) | value) & 255)
            acc = 0
            phase = 0
    if not finished and phase != 0:
        if phase == 1:
            raise Error("Invalid base64-encoded string: number of data "
                        "characters (%d) cannot be 1 more than a multiple "
                        "of 4" % count)
        raise Error("Incorrect padding")
    return bytes(out)


def _make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


def _make_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xFFFF
            else:
                c = (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32_TABLE = _make_crc32_table()
_HQX_TABLE = _make_hqx_table()


def crc32(data, crc=0, /):
    data = _as_buffer(data)
    table = _CRC32_TABLE
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for value in data:
        c = table[(c ^ value) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(*args):
    if len(args) != 2:
        raise TypeError("crc_hqx expected 2 arguments, got %d" % len(args))
    data, crc = args
    data = _as_buffer(data)
    table = _HQX_TABLE
    c = crc & 0xFFFF
    for value in data:
        c = ((c << 8) & 0xFFFF) ^ table[(c >> 8) ^ value]
    return c


def b2a_uu(*args, backtick=False):
    if len(args) != 1:
        raise TypeError("b2a_uu() takes exactly 1 positional argument "
                        "(%d given)" % len(args))
    data = _as_buffer(args[0])
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def sym(v):
        if backtick and v == 0:
            return 96
        return 32 + v

    out = [sym(len(data))]
    padded = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        word = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out.append(sym(word >> 18))
        out.append(sym((word >> 12) & 63))
        out.append(sym((word >> 6) & 63))
        out.append(sym(word & 63))
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    raw = _as_input(data)
    length = ((raw[0] - 32) & 63) if raw else 32
    body = raw[1:]
    needed = (length * 8 + 5) // 6        # characters carrying the payload
    values = []
    for index in range(needed):
        code = body[index] if index < len(body) else 10
        if code in (10, 13):
            values.append(0)
        elif 32 <= code <= 96:
            values.append((code - 32) & 63)
        else:
            raise Error("Illegal char")
    for code in body[needed:]:
        if code not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    while len(values) % 4:
        values.append(0)
    out = []
    for i in range(0, len(values), 4):
        word = ((values[i] << 18) | (values[i + 1] << 12)
                | (values[i + 2] << 6) | values[i + 3])
        out.append(word >> 16)
        out.append((word >> 8) & 255)
        out.append(word & 255)
    return bytes(out[:length])


_QP_LINE_LIMIT = 76
_UPPER_HEX = "0123456789ABCDEF"


def a2b_qp(data, header=False):
    raw = _as_input(data)
    out = []
    pos = 0
    end = len(raw)
    while pos < end:
        code = raw[pos]
        if code == 61:                      # '='
            pos += 1
            if pos >= end:
                break                       # a lone '=' at the very end
            following = raw[pos]
            if following in (10, 13):       # soft line break
                while pos < end and raw[pos] != 10:
                    pos += 1
                pos += 1
                continue
            if following == 61:
                out.append(61)
                pos += 1
                continue
            if pos + 1 < end:
                high = _hexval(following)
                low = _hexval(raw[pos + 1])
                if high >= 0 and low >= 0:
                    out.append(high * 16 + low)
                    pos += 2
                    continue
            out.append(61)
            continue
        if header and code == 95:           # '_'
            out.append(32)
        else:
            out.append(code)
        pos += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    raw = _as_buffer(data)
    end = len(raw)
    first_nl = raw.find(b"\n")
    newline = b"\r\n" if first_nl > 0 and raw[first_nl - 1] == 13 else b"\n"
    out = []
    column = 0

    def escaped(value):
        return [61, ord(_UPPER_HEX[value >> 4]), ord(_UPPER_HEX[value & 15])]

    pos = 0
    while pos < end:
        code = raw[pos]
        nxt = raw[pos + 1] if pos + 1 < end else None
        is_blank = code == 32 or code == 9
        must_escape = (
            code > 126 or code == 61
            or (header and code == 95)
            or (code == 46 and column == 0 and nxt in (None, 10, 13, 0))
            or (not istext and code in (10, 13))
            or (is_blank and nxt is None)
            or (code < 33 and code not in (10, 13)
                and (quotetabs or not is_blank))
        )
        if must_escape:
            if column + 3 >= _QP_LINE_LIMIT:
                out.append(61)
                out.extend(newline)
                column = 0
            out.extend(escaped(code))
            column += 3
            pos += 1
            continue
        if istext and (code == 10 or (code == 13 and nxt == 10)):
            # a hard line break; whitespace right before it gets quoted
            if out and out[-1] in (32, 9):
                out[-1:] = escaped(out[-1])
            out.extend(newline)
            column = 0
            pos += 2 if code == 13 else 1
            continue
        if nxt is not None and nxt != 10 and column + 1 >= _QP_LINE_LIMIT:
            out.append(61)
            out.extend(newline)
            column = 0
        column += 1
        out.append(95 if header and code == 32 else code)
        pos += 1
    return bytes(out)
