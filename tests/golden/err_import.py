# Importing a missing module is a ModuleNotFoundError.
import math
print(math.sqrt(4))
from pkg import alpha
print(alpha.ALPHA)
import definitely_missing_module
