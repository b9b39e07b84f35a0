__all__ = ["alpha", "sub"]
alpha = 1
