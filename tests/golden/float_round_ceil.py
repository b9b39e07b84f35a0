# round() with ndigits past an index-sized integer saturates; float.__ceil__ / __floor__ and their errors.
import math
print(round(1.5, 2**100), round(1.5, -2**100), round(-1.5, -2**100), round(123, 2**100))
print(round(2.675, 2), round(-0.5), round(1e300, -299), round(12345, -2))
print((2.5).__ceil__(), (-2.5).__floor__(), (1e20).__ceil__(), math.ceil(2.1), math.floor(-2.1))
class F(float):
    pass
print(F(2.5).__ceil__(), math.floor(F(-0.5)))
for bad in [lambda: round(1.7976931348623157e+308, -308), lambda: float("inf").__ceil__(),
            lambda: float("nan").__floor__(), lambda: math.ceil(float("-inf"))]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
