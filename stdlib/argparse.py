"""Command-line parsing: declare the arguments a program takes, then turn
sys.argv into a Namespace of values, with generated usage and help text.

coil's own implementation of the interface of CPython 3.11's argparse.
"""

import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

# Special nargs values: at most one, any number, at least one, a
# sub-command and everything after it, and everything that is left.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'

# As a default or help text: leave the attribute unset / the entry unlisted.
SUPPRESS = '==SUPPRESS=='

# The namespace attribute a sub-parser leaves its unparsed strings under.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

_ASCII_SPACE = ' \t\n\r\x0b\x0c'


# ---------------------------------------------------------------- small text helpers

def _squash_spaces(text):
    """Each run of ASCII white space becomes one space; ends are trimmed."""
    pieces = []
    word = []
    for ch in text:
        if ch in _ASCII_SPACE:
            if word:
                pieces.append(''.join(word))
                word = []
        else:
            word.append(ch)
    if word:
        pieces.append(''.join(word))
    return ' '.join(pieces)


def _collapse_blank_runs(text):
    """Three or more consecutive newlines shrink to two."""
    while '\n\n\n' in text:
        text = text.replace('\n\n\n', '\n\n')
    return text


def _is_negative_number(text):
    """True for strings shaped like '-5', '-.5' or '-1.25'."""
    if len(text) < 2 or text[0] != '-':
        return False
    body = text[1:]
    if body.isdecimal():
        return True
    whole, dot, frac = body.partition('.')
    return bool(dot) and (whole == '' or whole.isdecimal()) and frac.isdecimal()


def _deprecated(message):
    """A DeprecationWarning pointing at the caller's caller, when the
    warnings module is available."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _base_name(path):
    try:
        import os
        return os.path.basename(path)
    except ImportError:
        return path.rpartition('/')[2]


def _terminal_columns():
    try:
        import shutil
        return shutil.get_terminal_size().columns
    except ImportError:
        pass
    try:
        import os
        value = os.environ.get('COLUMNS')
    except ImportError:
        value = None
    try:
        columns = int(value) if value else 0
    except ValueError:
        columns = 0
    return columns if columns > 0 else 80


def _tidy_brackets(text):
    """Drop the space after an opening bracket and before a closing one, then
    any empty bracket pair, then trim the result."""
    opening = '[('
    closing = '])'
    out = []
    i = 0
    n = len(text)
    while i < n:
        out.append(text[i])
        if text[i] in opening and i + 1 < n and text[i + 1] == ' ':
            i += 2
        else:
            i += 1
    text = ''.join(out)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == ' ' and i + 1 < n and text[i + 1] in closing:
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    text = ''.join(out)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in opening:
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in closing:
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return ''.join(out).strip()


def _usage_chunks(text):
    """Splits a usage string into the pieces line wrapping keeps whole: a
    bracketed or parenthesised group that ends at a space, or a word."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        if text[i] in '([':
            close = ')' if text[i] == '(' else ']'
            k = i + 1
            while k < n:
                if text[k] == close:
                    m = k
                    while m < n and text[m] == close:
                        m += 1
                    if m == n or text[m].isspace():
                        end = m
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        chunks.append(text[i:end])
        i = end
    return chunks


# ---------------------------------------------------------------- reprs and names

class _AttributeHolder(object):
    """Gives a class a constructor-like repr built from its attributes."""

    def _get_args(self):
        return []

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def __repr__(self):
        pairs = self._get_kwargs()
        plain = [f'{k}={v!r}' for k, v in pairs if k.isidentifier()]
        odd_names = {k: v for k, v in pairs if not k.isidentifier()}
        shown = [repr(value) for value in self._get_args()] + plain
        if odd_names:
            shown.append(f'**{odd_names!r}')
        return f"{type(self).__name__}({', '.join(shown)})"


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


def _get_action_name(argument):
    """The name an error message uses for an argument."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for candidate in (argument.metavar, argument.dest):
        if candidate not in (None, SUPPRESS):
            return candidate
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


# ---------------------------------------------------------------- exceptions

class ArgumentError(Exception):
    """An error tied to one argument: its name leads the message."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by a type= converter to report a bad value in its own words."""


# ---------------------------------------------------------------- help formatting

class HelpFormatter(object):
    """Lays out usage and help text.

    The parser feeds it usage, text blocks and argument sections; nothing is
    rendered until format_help(), so every argument's width is known first.
    """

    class _Block(object):
        def __init__(self, owner, parent, heading=None):
            self.owner = owner
            self.parent = parent
            self.heading = heading
            self.entries = []

        def render(self):
            fmt = self.owner
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([job(*args) for job, args in self.entries])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                title = ' ' * fmt._current_indent + f'{self.heading}:\n'
            return fmt._join_parts(['\n', title, body, '\n'])

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog
        self._width = (_terminal_columns() - 2) if width is None else width
        self._indent_increment = indent_increment
        # The help column: never past max_help_position, and leaving at
        # least 20 columns for the help itself.
        floor = indent_increment * 2
        self._max_help_position = min(max_help_position, max(self._width - 20, floor))
        self._current_indent = self._depth = 0
        self._widest_invocation = 0
        self._root = self._Block(self, None)
        self._open_block = self._root

    # indentation
    def _shift(self, steps):
        self._depth += steps
        self._current_indent += steps * self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    def _indent(self):
        self._shift(1)

    def _dedent(self):
        self._shift(-1)

    def _add_item(self, func, args):
        self._open_block.entries.append((func, args))

    # what the parser calls
    def start_section(self, heading):
        self._indent()
        block = self._Block(self, self._open_block, heading)
        self._add_item(block.render, [])
        self._open_block = block

    def end_section(self):
        self._dedent()
        self._open_block = self._open_block.parent

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._widest_invocation = max(self._widest_invocation,
                                      widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root.render()
        if text:
            text = _collapse_blank_runs(text).strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(p for p in part_strings if p and p is not SUPPRESS)

    # usage
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = '%(prog)s' % {'prog': self._prog}
        else:
            usage = self._build_usage(actions, groups, prefix)
        return f'{prefix}{usage}\n\n'

    def _build_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % {'prog': self._prog}
        flagged = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(flagged + bare, groups)
        usage = prog + ' ' + whole if whole else prog
        room = self._width - self._current_indent
        if len(prefix) + len(usage) <= room:
            return usage
        flag_text = self._format_actions_usage(flagged, groups)
        bare_text = self._format_actions_usage(bare, groups)
        flag_parts = _usage_chunks(flag_text)
        bare_parts = _usage_chunks(bare_text)
        assert ' '.join(flag_parts) == flag_text
        assert ' '.join(bare_parts) == bare_text

        def fill(parts, margin, lead=None):
            rows = []
            current = []
            used = (len(lead) if lead is not None else len(margin)) - 1
            for part in parts:
                if current and used + 1 + len(part) > room:
                    rows.append(margin + ' '.join(current))
                    current = []
                    used = len(margin) - 1
                current.append(part)
                used += len(part) + 1
            if current:
                rows.append(margin + ' '.join(current))
            if lead is not None:
                rows[0] = rows[0][len(margin):]
            return rows

        if len(prefix) + len(prog) <= 0.75 * room:
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if flag_parts:
                rows = fill([prog] + flag_parts, margin, prefix)
                rows += fill(bare_parts, margin)
            elif bare_parts:
                rows = fill([prog] + bare_parts, margin, prefix)
            else:
                rows = [prog]
        else:
            margin = ' ' * len(prefix)
            rows = fill(flag_parts + bare_parts, margin)
            if len(rows) > 1:
                rows = fill(flag_parts, margin) + fill(bare_parts, margin)
            rows = [prog] + rows
        return '\n'.join(rows)

    def _format_actions_usage(self, actions, groups):
        in_group = set()
        marks = {}

        def mark(at, text):
            marks[at] = marks[at] + ' ' + text if at in marks else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            hidden = 0
            for member in members:
                in_group.add(member)
                if member.help is SUPPRESS:
                    hidden += 1
            if not group.required:
                mark(first, '[')
                mark(last, ']')
            elif len(members) - hidden > 1:
                mark(first, '(')
                mark(last, ')')
            for k in range(first + 1, last):
                marks[k] = '|'

        pieces = []
        for k, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(k) == '|':
                    del marks[k]
                elif marks.get(k + 1) == '|':
                    del marks[k + 1]
                continue
            if not action.option_strings:
                piece = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_group and piece[:1] == '[' and piece[-1:] == ']':
                    piece = piece[1:-1]
            else:
                if action.nargs == 0:
                    piece = action.format_usage()
                else:
                    shown = self._format_args(
                        action, self._get_default_metavar_for_optional(action))
                    piece = action.option_strings[0] + ' ' + shown
                if not action.required and action not in in_group:
                    piece = '[' + piece + ']'
            pieces.append(piece)
        for at in sorted(marks, reverse=True):
            pieces.insert(at, marks[at])
        return _tidy_brackets(' '.join(p for p in pieces if p is not None))

    # text blocks
    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    # one argument's help entry
    def _format_action(self, action):
        help_column = min(self._widest_invocation + 2, self._max_help_position)
        help_width = max(self._width - help_column, 11)
        name_width = help_column - self._current_indent - 2
        name = self._format_action_invocation(action)
        pad = ' ' * self._current_indent
        first_indent = help_column
        if not action.help:
            head = pad + name + '\n'
        elif len(name) <= name_width:
            head = pad + name.ljust(name_width) + '  '
            first_indent = 0
        else:
            head = pad + name + '\n'
        out = [head]
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                out.append(' ' * first_indent + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * help_column + line + '\n')
        elif not head.endswith('\n'):
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            shape = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            (name,) = shape
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(f'{opt} {shown}' for opt in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            chosen = action.metavar
        elif action.choices is not None:
            chosen = '{' + ','.join(str(c) for c in action.choices) + '}'
        else:
            chosen = default_metavar

        def shape(count):
            if isinstance(chosen, tuple):
                return chosen
            return (chosen,) * count
        return shape

    def _format_args(self, action, default_metavar):
        shape = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % shape(1)
        if nargs == OPTIONAL:
            return '[%s]' % shape(1)
        if nargs == ZERO_OR_MORE:
            names = shape(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % shape(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % shape(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return slots % shape(nargs)

    def _expand_help(self, action):
        params = dict(vars(action))
        params['prog'] = self._prog
        for key in list(params):
            if params[key] is SUPPRESS:
                del params[key]
        for key, value in list(params.items()):
            if hasattr(value, '__name__'):
                params[key] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        lister = getattr(action, '_get_subactions', None)
        if lister is None:
            return
        self._indent()
        try:
            yield from lister()
        finally:
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squash_spaces(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squash_spaces(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    # the hooks the formatter subclasses below override
    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text, argument help included, exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help."""

    def _get_help_string(self, action):
        text = action.help if action.help is not None else ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type."""

    def _type_name(self, action):
        return action.type.__name__

    _get_default_metavar_for_optional = _type_name
    _get_default_metavar_for_positional = _type_name


# ---------------------------------------------------------------- actions

# Action's constructor arguments, in order; also what its repr shows.
_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """What to do with an argument's strings once the parser has found them.

    Subclasses implement __call__(parser, namespace, values, option_string).
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices,
                 required, help, metavar)
        for key, value in zip(_ACTION_FIELDS, given):
            setattr(self, key, value)

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag sets True, the generated --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt.startswith('--'):
                both.append('--no-' + opt[2:])
        super().__init__(option_strings=both, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_value_nargs(nargs, const, kind, advice):
    if nargs == 0:
        raise ValueError(f'nargs for {kind} actions must be != 0; {advice}')
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const, 'store',
                           'if you have nothing to store, actions such as store '
                           'true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const, 'append',
                           'if arg strings are not supplying the value to append, '
                           'the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.append(values)
        setattr(namespace, self.dest, grown)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.append(self.const)
        setattr(namespace, self.dest, grown)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        if so_far is None:
            so_far = 0
        setattr(namespace, self.dest, so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the rest."""

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = f"{name} ({', '.join(aliases)})"
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, f'conflicting subparser: {name}')
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, f'conflicting subparser alias: {alias}')
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        if chosen not in self._name_parser_map:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (chosen, known))
        sub_namespace, leftover = self._name_parser_map[chosen].parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(leftover)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.extend(values)
        setattr(namespace, self.dest, grown)


# ---------------------------------------------------------------- FileType

class FileType(object):
    """A type= factory that opens the named file ('-' is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append(f'{key}={value!r}')
        return f"{type(self).__name__}({', '.join(shown)})"


# ---------------------------------------------------------------- Namespace

class Namespace(_AttributeHolder):
    """A plain object holding parsed values as attributes."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------- nargs patterns
#
# Each argument string is classed as 'O' (looks like an option), 'A' (a value)
# or '-' (the '--' separator).  An argument's nargs turns into a list of
# slots, each (allowed classes, least, most); slots greedily eat classes from
# the string, backtracking when a later slot cannot be satisfied.

_MANY = 1 << 30


def _nargs_slots(action):
    nargs = action.nargs
    dash = ('-', 0, _MANY)
    if nargs is None:
        slots = [dash, ('A', 1, 1), dash]
    elif nargs == OPTIONAL:
        slots = [dash, ('A', 0, 1), dash]
    elif nargs == ZERO_OR_MORE:
        slots = [dash, ('A-', 0, _MANY)]
    elif nargs == ONE_OR_MORE:
        slots = [dash, ('A', 1, 1), ('A-', 0, _MANY)]
    elif nargs == REMAINDER:
        slots = [('-AO', 0, _MANY)]
    elif nargs == PARSER:
        slots = [dash, ('A', 1, 1), ('-AO', 0, _MANY)]
    elif nargs == SUPPRESS:
        slots = [dash, dash]
    else:
        slots = [dash]
        for _ in range(nargs):
            slots.append(('A', 1, 1))
            slots.append(dash)
    if action.option_strings:
        trimmed = []
        for allowed, least, most in slots:
            allowed = allowed.replace('-', '')
            if allowed:
                trimmed.append((allowed, least, most))
        slots = trimmed
    return slots


def _match_slot_groups(groups, classes):
    """Lengths eaten by each group of slots, matched at the start of
    `classes`; None when the groups cannot all match."""
    flat = []
    for index, slots in enumerate(groups):
        for slot in slots:
            flat.append((index, slot))
    taken = [0] * len(flat)
    total = len(classes)

    def attempt(k, pos):
        if k == len(flat):
            return True
        allowed, least, most = flat[k][1]
        run = 0
        while run < most and pos + run < total and classes[pos + run] in allowed:
            run += 1
        while run >= least:
            taken[k] = run
            if attempt(k + 1, pos + run):
                return True
            run -= 1
        return False

    if not attempt(0, 0):
        return None
    sizes = [0] * len(groups)
    for k, (index, _) in enumerate(flat):
        sizes[index] += taken[k]
    return sizes


# ---------------------------------------------------------------- containers

class _ActionsContainer(object):
    """What parsers and argument groups share: adding arguments, defaults,
    conflict handling and the registries of actions and types."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for key, cls in (
                (None, _StoreAction), ('store', _StoreAction),
                ('store_const', _StoreConstAction),
                ('store_true', _StoreTrueAction),
                ('store_false', _StoreFalseAction),
                ('append', _AppendAction),
                ('append_const', _AppendConstAction),
                ('count', _CountAction), ('help', _HelpAction),
                ('version', _VersionAction), ('parsers', _SubParsersAction),
                ('extend', _ExtendAction)):
            self.register('action', key, cls)
        self._conflict_resolver()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    # registries
    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    # defaults
    def get_default(self, dest):
        """The default of the first argument storing to dest that has one,
        else the parser-level default set for dest (None if there is none)."""
        found = [a.default for a in self._actions
                 if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def set_defaults(self, **kwargs):
        """Set parser-level defaults; arguments storing to those names take
        them as their default too."""
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]
        self._defaults.update(kwargs)

    # groups
    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        self._mutually_exclusive_groups.append(_MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    # adding arguments
    def add_argument(self, *args, **kwargs):
        """Declare a positional (one bare name) or an option (one or more
        strings starting with a prefix character)."""
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_settings(*args, **kwargs)
        else:
            kwargs = self._option_settings(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pick_action_class(kwargs)
        if not callable(action_class):
            raise ValueError(f'unknown action "{action_class}"')
        action = action_class(**kwargs)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError(f'{converter!r} is not callable')
        if converter is FileType:
            raise ValueError(f'{converter!r} is a FileType class object, '
                             'instance of it must be passed')
        self._check_metavar_shape(action)
        return self._add_action(action)

    def _check_metavar_shape(self, action):
        # Only parsers can format; a tuple metavar must fit nargs.
        make_formatter = getattr(self, '_get_formatter', None)
        if make_formatter is None:
            return
        try:
            make_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')

    def _add_action(self, action):
        self._check_conflict(action)
        action.container = self
        self._actions.append(action)
        self._option_string_actions.update(dict.fromkeys(action.option_strings, action))
        looks_negative = [o for o in action.option_strings if _is_negative_number(o)]
        if looks_negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = twin
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or \
                (nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _option_settings(self, *args, **kwargs):
        longs = []
        for opt in args:
            if opt[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a '
                                 'character %r' % (opt, self.prefix_chars))
            if len(opt) > 1 and opt[1] in self.prefix_chars:
                longs.append(opt)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = longs[0] if longs else args[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(f'dest= is required for options like {args[-1]!r}')
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = list(args)
        return kwargs

    def _pick_action_class(self, kwargs, default=None):
        chosen = kwargs.pop('action', default)
        return self._registry_get('action', chosen, chosen)

    # conflicts
    def _conflict_resolver(self):
        handler = getattr(self, '_handle_conflict_' + str(self.conflict_handler), None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt])
                   for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._conflict_resolver()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        names = ', '.join(opt for opt, _ in conflicting_actions)
        word = 'string' if len(conflicting_actions) == 1 else 'strings'
        raise ArgumentError(action, f'conflicting option {word}: {names}')

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, older in conflicting_actions:
            older.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; adding to it adds to its parser."""

    # What a group holds in common with (the very same objects as) its parser.
    _SHARED = ('_registries', '_actions', '_option_string_actions', '_defaults',
               '_has_negative_number_optionals', '_mutually_exclusive_groups')

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars', 'argument_default'):
            if setting not in kwargs:
                kwargs[setting] = getattr(container, setting)
        super().__init__(description=description, **kwargs)
        for name in self._SHARED:
            setattr(self, name, getattr(container, name))
        self.title = title
        self._group_actions = []

    def _add_action(self, action):
        self._group_actions.append(super()._add_action(action))
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        _deprecated('Nesting argument groups is deprecated.')
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one if required) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self._container, self.required = container, required

    def _add_action(self, action):
        if not action.required:
            # The action lives in the parser's own groups, listed here too.
            self._group_actions.append(self._container._add_action(action))
            return action
        raise ValueError('mutually exclusive arguments must be optional')

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        _deprecated('Nesting mutually exclusive groups is deprecated.')
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------- the parser

def _keep_string(string):
    return string


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace.

    prog names the program in messages (sys.argv[0]'s last path component
    when omitted); usage, description and epilog shape the help; parents
    lends arguments from other parsers; prefix_chars says which characters
    start an option; fromfile_prefix_chars marks strings naming a file of
    further arguments; conflict_handler is 'error' or 'resolve'; add_help
    adds -h/--help; allow_abbrev accepts unique prefixes of long options;
    exit_on_error=False lets ArgumentError propagate instead of exiting.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        self.prog = _base_name(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _keep_string)
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in
                ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')]

    # sub-commands
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', 'subcommands'), kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pick_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        target = self._optionals if action.option_strings else self._positionals
        target._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing entry points
    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # Strings a sub-parser could not use come back through the namespace.
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args += getattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        run = _ParseRun(self, arg_strings, namespace)
        return run.go()

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        old_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            # First pass: options only, positionals switched off.
            saved = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, rest = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == [] and \
                            hasattr(namespace, action.dest):
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            # Second pass: the leftovers, with nothing optional required.
            optionals = self._get_optional_actions()
            saved_opts = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for action, required in saved_opts:
                    action.required = required
                for group, required in saved_groups:
                    group.required = required
        finally:
            self.usage = old_usage
        return namespace, extras

    # argument files
    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:]) as handle:
                    lines = handle.read().splitlines()
            except OSError as err:
                self.error(str(err))
            inner = []
            for line in lines:
                inner.extend(self.convert_arg_line_to_args(line))
            expanded.extend(self._read_args_from_files(inner))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    # recognising option strings
    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) when arg_string reads
        as an option, else None."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, _, value = arg_string.partition('=')
            if name in known:
                return known[name], name, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(opt for _, opt, _ in candidates)
            self.error(f'ambiguous option: {arg_string} could match {names}')
        if len(candidates) == 1:
            return candidates[0]
        if _is_negative_number(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        prefixes = self.prefix_chars
        found = []
        if option_string[0] in prefixes and option_string[1] in prefixes:
            if not self.allow_abbrev:
                return found
            stem, eq, value = option_string.partition('=')
            value = value if eq else None
            for opt, action in self._option_string_actions.items():
                if opt.startswith(stem):
                    found.append((action, opt, value))
        elif option_string[0] in prefixes:
            two = option_string[:2]
            tail = option_string[2:]
            for opt, action in self._option_string_actions.items():
                if opt == two:
                    found.append((action, opt, tail))
                elif opt.startswith(option_string):
                    found.append((action, opt, None))
        else:
            self.error(f'unexpected option string: {option_string}')
        return found

    # converting values
    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == REMAINDER:
            return [self._get_value(action, s) for s in arg_strings]
        if nargs == PARSER:
            value = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, value[0])
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        value = [self._get_value(action, s) for s in arg_strings]
        for item in value:
            self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, f'{converter!r} is not callable')
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, listed))

    # output
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _usage_formatter(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        formatter = self._usage_formatter()
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        # the epilog closes the help
        formatter.add_text(self.epilog)
        text = formatter.format_help()
        return text

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        # A missing or closed stream (e.g. sys.stderr set to None) is ignored.
        if not message:
            return
        stream = _sys.stderr if file is None else file
        try:
            stream.write(message)
        except (OSError, AttributeError):
            return

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'PROG: error: MESSAGE' to stderr, then exit
        with status 2.  An override must not return normally."""
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')


class _ParseRun(object):
    """One pass over the argument strings for one parser."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.seen = set()
        self.seen_set = set()
        self.extras = []
        self.waiting = list(parser._get_positional_actions())
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for k, member in enumerate(members):
                self.rivals.setdefault(member, []).extend(members[:k] + members[k + 1:])
        # classify every string
        self.option_at = {}
        classes = []
        after_dashes = False
        for k, text in enumerate(strings):
            if after_dashes:
                classes.append('A')
            elif text == '--':
                classes.append('-')
                after_dashes = True
            else:
                found = parser._parse_optional(text)
                if found is None:
                    classes.append('A')
                else:
                    self.option_at[k] = found
                    classes.append('O')
        self.classes = ''.join(classes)

    def apply(self, action, values_in, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, values_in)
        if values is not action.default:
            self.seen_set.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_set:
                    raise ArgumentError(action, 'not allowed with argument '
                                        + _get_action_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def count_for(self, action, classes):
        sizes = _match_slot_groups([_nargs_slots(action)], classes)
        if sizes is not None:
            return sizes[0]
        nargs = action.nargs
        if nargs is None:
            message = 'expected one argument'
        elif nargs == OPTIONAL:
            message = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            message = 'expected at least one argument'
        else:
            message = f"expected {nargs} argument{'' if nargs == 1 else 's'}"
        raise ArgumentError(action, message)

    def take_option(self, start):
        action, option_string, explicit = self.option_at[start]
        known = self.parser._option_string_actions
        prefixes = self.parser.prefix_chars
        pending = []
        while True:
            if action is None:
                self.extras.append(self.strings[start])
                return start + 1
            if explicit is None:
                first = start + 1
                count = self.count_for(action, self.classes[first:])
                stop = first + count
                pending.append((action, self.strings[first:stop], option_string))
                break
            count = self.count_for(action, 'A')
            if count == 0 and option_string[1] not in prefixes and explicit != '':
                # -xyz: x takes nothing, so y (and z) are flags too
                pending.append((action, [], option_string))
                option_string = option_string[0] + explicit[0]
                if option_string not in known:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                action = known[option_string]
                explicit = explicit[1:] or None
            elif count == 1:
                stop = start + 1
                pending.append((action, [explicit], option_string))
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
        for action, values, option_string in pending:
            self.apply(action, values, option_string)
        return stop

    def take_positionals(self, start):
        classes = self.classes[start:]
        sizes = None
        for upto in range(len(self.waiting), 0, -1):
            sizes = _match_slot_groups(
                [_nargs_slots(a) for a in self.waiting[:upto]], classes)
            if sizes is not None:
                break
        if not sizes:
            return start
        for action, size in zip(list(self.waiting), sizes):
            chunk = self.strings[start:start + size]
            start += size
            self.apply(action, chunk)
        del self.waiting[:len(sizes)]
        return start

    def go(self):
        option_places = sorted(self.option_at)
        at = 0
        while option_places and at <= option_places[-1]:
            next_option = min(k for k in option_places if k >= at)
            if at != next_option:
                moved = self.take_positionals(at)
                if moved > at:
                    at = moved
                    continue
            if at not in self.option_at:
                self.extras.extend(self.strings[at:next_option])
                at = next_option
            at = self.take_option(at)
        at = self.take_positionals(at)
        self.extras.extend(self.strings[at:])
        self.finish()
        return self.namespace, self.extras

    def finish(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif isinstance(action.default, str) and hasattr(namespace, action.dest) \
                    and getattr(namespace, action.dest) is action.default:
                setattr(namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: ' + ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.seen_set for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            parser.error('one of the arguments %s is required' % ' '.join(names))
