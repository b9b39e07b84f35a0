"""Helpers shared by the unittest modules: short reprs, class names, traceback cleaning."""

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def commonprefix(strings):
    if not strings:
        return ''
    lo, hi = min(strings), max(strings)
    for i, ch in enumerate(lo):
        if ch != hi[i]:
            return lo[:i]
    return lo


def _common_shorten_repr(*args):
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = commonprefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def three_way_cmp(x, y):
    """Return -1 if x < y, 0 if x == y and 1 if x > y"""
    return (x > y) - (x < y)


def sorted_list_difference(expected, actual):
    """Items missing from actual and items unexpected in it, for sorted lists."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def _count_diff_all_purpose(actual, expected):
    """[(count in actual, count in expected, element)] where they differ; any elements."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


def _is_internal_file(filename):
    # CPython's async_case.py has no `__unittest` global: its frames stay
    parts = filename.replace('\\', '/').split('/')
    return len(parts) >= 2 and parts[-2] == 'unittest' and parts[-1] != 'async_case.py'


_SEPARATORS = (
    'During handling of the above exception, another exception occurred:\n',
    'The above exception was the direct cause of the following exception:\n',
)


def _chain(exc):
    """The exceptions a formatted traceback shows, oldest first (as traceback walks them)."""
    chain = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append(exc)
        cause = getattr(exc, '__cause__', None)
        if cause is not None:
            exc = cause
        elif not getattr(exc, '__suppress_context__', False):
            exc = getattr(exc, '__context__', None)
        else:
            exc = None
    chain.reverse()
    return chain


def _clean_section(lines, is_failure):
    """One traceback of a chain: the leading frames of unittest are dropped and,
    for a failure, everything from the first unittest frame after the test's
    own frames (the assert methods); no frames left, no header."""
    header = None
    if lines and lines[0].startswith('Traceback (most recent call last):'):
        header = lines[0]
        lines = lines[1:]
    frames = []
    i = 0
    while i < len(lines) and lines[i].startswith('  '):
        line = lines[i]
        if line.startswith('  File "'):
            end = line.find('"', 8)
            frames.append([_is_internal_file(line[8:end]), line])
        elif frames:
            frames[-1].append(line)
        i += 1
    rest = lines[i:]
    while frames and frames[0][0]:
        frames.pop(0)
    if is_failure:
        for n, frame in enumerate(frames):
            if frame[0]:
                del frames[n:]
                break
    out = []
    if header is not None and frames:
        out.append(header)
    for frame in frames:
        out.extend(frame[1:])
    out.extend(rest)
    return out


def clean_traceback(lines, value=None, failureException=None):
    """Drops the frames of the unittest package from formatted traceback lines as
    CPython does (it tells them by the `__unittest` global of their frames)."""
    text = ''.join(lines)
    sections = [[]]
    separators = []
    all_lines = text.splitlines(True)
    skip_blank = False
    for n, line in enumerate(all_lines):
        if skip_blank:
            skip_blank = False
            if line == '\n':
                continue
        if (line in _SEPARATORS and n >= 1 and all_lines[n - 1] == '\n'
                and sections[-1] and n + 1 < len(all_lines) and all_lines[n + 1] == '\n'):
            sections[-1].pop()          # the blank line before the separator
            separators.append(line)
            sections.append([])
            skip_blank = True
            continue
        sections[-1].append(line)
    chain = _chain(value) if value is not None else []
    if len(chain) != len(sections):
        chain = [None] * (len(sections) - 1) + [value]
    out = []
    for n, section in enumerate(sections):
        exc = chain[n]
        is_failure = (failureException is not None and exc is not None
                      and type(exc) is failureException)
        if n:
            out.append('\n')
            out.append(separators[n - 1])
            out.append('\n')
        out.extend(_clean_section(list(section), is_failure))
    return out
