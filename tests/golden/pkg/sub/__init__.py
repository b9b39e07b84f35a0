print("pkg.sub init")
from ..alpha import ALPHA as A_FROM_PARENT
