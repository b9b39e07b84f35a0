"""The part of pprint that unittest's diffs need (coil has no pprint yet): pformat with
the default width of 80, dict and set items sorted, one item a line when too wide."""

_WIDTH = 80


def _sorted(items):
    items = list(items)
    try:
        return sorted(items)
    except TypeError:
        try:
            return sorted(items, key=lambda x: (str(type(x)), x))
        except TypeError:
            return items


def _safe_repr(obj):
    typ = type(obj)
    if typ is dict:
        if not obj:
            return '{}'
        keys = _sorted(obj.keys())
        return '{%s}' % ', '.join('%s: %s' % (_safe_repr(k), _safe_repr(obj[k])) for k in keys)
    if typ is list:
        return '[%s]' % ', '.join(_safe_repr(x) for x in obj)
    if typ is tuple:
        if len(obj) == 1:
            return '(%s,)' % _safe_repr(obj[0])
        return '(%s)' % ', '.join(_safe_repr(x) for x in obj)
    return repr(obj)


def pformat(obj):
    out = []
    _format(obj, out, 0, 0)
    return ''.join(out)


def _format(obj, out, indent, allowance):
    rep = _safe_repr(obj)
    if len(rep) <= _WIDTH - indent - allowance:
        out.append(rep)
        return
    typ = type(obj)
    if typ is list:
        _format_items(obj, out, '[', ']', indent, allowance)
    elif typ is tuple:
        _format_items(obj, out, '(', ',)' if len(obj) == 1 else ')', indent, allowance)
    elif typ is set and obj:
        _format_items(_sorted(obj), out, '{', '}', indent, allowance)
    elif typ is frozenset and obj:
        _format_items(_sorted(obj), out, 'frozenset({', '})', indent, allowance)
    elif typ is dict and obj:
        out.append('{')
        indent += 1
        keys = _sorted(obj.keys())
        for n, key in enumerate(keys):
            last = n == len(keys) - 1
            krep = _safe_repr(key)
            out.append(krep)
            out.append(': ')
            _format(obj[key], out, indent + len(krep) + 2, allowance + 1 if last else 1)
            if not last:
                out.append(',\n' + ' ' * indent)
        out.append('}')
    else:
        out.append(rep)


def _format_items(items, out, start, end, indent, allowance):
    out.append(start)
    indent += len(start)
    items = list(items)
    for n, item in enumerate(items):
        last = n == len(items) - 1
        _format(item, out, indent, allowance + len(end) if last else 1)
        if not last:
            out.append(',\n' + ' ' * indent)
    out.append(end)
