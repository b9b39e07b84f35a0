"""A small `gc`: coil frees objects by reference counting as soon as they are
unreachable, so there is nothing to collect; `collect()` is a safe point that
runs the weak-reference callbacks that are due."""

from _weakref import _collect

garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

_state = {"enabled": True, "debug": 0, "threshold": (700, 10, 10)}


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    return _collect()


def enable():
    _state["enabled"] = True


def disable():
    _state["enabled"] = False


def isenabled():
    return _state["enabled"]


def set_debug(flags):
    _state["debug"] = flags


def get_debug():
    return _state["debug"]


def set_threshold(threshold0, threshold1=None, threshold2=None):
    old = _state["threshold"]
    _state["threshold"] = (threshold0,
                           old[1] if threshold1 is None else threshold1,
                           old[2] if threshold2 is None else threshold2)


def get_threshold():
    return _state["threshold"]


def get_count():
    return (0, 0, 0)


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def get_objects(generation=None):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]
