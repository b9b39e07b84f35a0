print("pkg init, __name__ =", __name__)
PKG_CONST = "pkg-const"
from .alpha import greet
from . import beta
__all__ = ["PKG_CONST", "greet", "public_fn"]
def public_fn():
    return "public"
def _private():
    return "private"
