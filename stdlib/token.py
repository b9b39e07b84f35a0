"""Token constants.

The numeric token types of CPython 3.11's tokenizer (``tok_name`` maps each
number back to its name) and ``EXACT_TOKEN_TYPES``, the specific type of each
operator and delimiter string.
"""

# Every token type in numbering order: ENDMARKER is 0, ENCODING is 63.
_ORDERED = """
    ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT
    LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER
    LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL
    GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL
    MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
    CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL
    DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL
    OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN
    COMMENT NL ENCODING
""".split()

# The text of each operator token, in the order of the names LPAR..COLONEQUAL.
_SPELLINGS = """
    ( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -=
    *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=
""".split()

_here = globals()
for _number, _name in enumerate(_ORDERED):
    _here[_name] = _number
N_TOKENS = len(_ORDERED)
NT_OFFSET = 256

tok_name = {_number: _name for _name, _number in _here.items()
            if isinstance(_number, int) and not _name.startswith('_')}

_first_op = _ORDERED.index('LPAR')
EXACT_TOKEN_TYPES = dict(sorted(
    (_text, _first_op + _offset) for _offset, _text in enumerate(_SPELLINGS)))

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _ORDERED + ['N_TOKENS', 'NT_OFFSET']

del _here, _number, _name, _first_op, _ORDERED, _SPELLINGS


def ISTERMINAL(x):
    """Whether `x` numbers a token rather than a grammar symbol."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Whether `x` numbers a grammar symbol (NT_OFFSET and above)."""
    return x >= NT_OFFSET


def ISEOF(x):
    """Whether `x` is the end-of-input token type."""
    return x == ENDMARKER
