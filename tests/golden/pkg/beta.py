print("beta loading as", __name__)
from .alpha import ALPHA
BETA = ALPHA + 1
def uses_sibling():
    from . import alpha
    return alpha.greet("beta")
