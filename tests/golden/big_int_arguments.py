# Integer arguments too large for the C type CPython converts them to.
cases = [
    "chr(2**63)", "chr(-2**63-5)", "chr(2**40)", "'x'.ljust(2**63)", "int('1', 2**63)",
    "__import__('sys').setrecursionlimit(2**63)", "[1][2**63]", "'abc'[2**63]", "(1,)[-2**63-3]",
    "[1, 2][2**70:]", "range(5)[2**64]", "range(5)[-2**64]", "[0] * (2**63)", "[0] * (-2**63 - 9)",
    "'ab' * 2**64", "list(range(3)).pop(2**64)", "'ab'.center(2**64)", "b'ab'.zfill(2**64)",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
