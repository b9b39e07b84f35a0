# A syntax error is reported before anything runs: nothing is printed.
print("never printed")
def broken(:
    pass
