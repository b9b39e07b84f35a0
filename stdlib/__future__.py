"""The features `from __future__ import ...` knows, as records of when each
was introduced, when it became the default, and its compiler flag."""

CO_NESTED = 0x10
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """When a future feature arrived, when it stops being optional, its flag."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """Version tuple of the release that first accepted the import."""
        return self.optional

    def getMandatoryRelease(self):
        """Version tuple of the release where it is always on (None: not planned)."""
        return self.mandatory

    def __repr__(self):
        fields = (self.optional, self.mandatory, self.compiler_flag)
        return type(self).__name__ + repr(fields)


# name, first accepted, always on from, flag
_TABLE = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP),
    ("annotations", (3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
)

all_feature_names = []
for _row in _TABLE:
    globals()[_row[0]] = _Feature(*_row[1:])
    all_feature_names.append(_row[0])
del _row, _TABLE

__all__ = ["all_feature_names", *all_feature_names]
