"""Topological sorting of a graph of hashable nodes."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Markers stored in place of a node's count of pending predecessors.
_HANDED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle.  args[1] lists the
    nodes of one cycle, the first node repeated at the end."""


class _Entry:
    __slots__ = ("node", "waiting", "after")

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done (or one of the markers above).
        self.waiting = 0
        # Nodes that depend on this one, in the order they were added.
        self.after = []


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after all of its
    predecessors; nodes can be processed in parallel with get_ready() and
    done(), or in one sequence with static_order()."""

    def __init__(self, graph=None):
        self._entries = {}
        self._ready = None
        self._handed = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _entry(self, node):
        found = self._entries.get(node)
        if found is None:
            found = self._entries[node] = _Entry(node)
        return found

    def add(self, node, *predecessors):
        """Add node, which must come after all the given predecessors (adding
        a node again accumulates predecessors)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._entry(node)
        entry.waiting += len(predecessors)
        for before in predecessors:
            self._entry(before).after.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [e.node for e in self._entries.values() if e.waiting == 0]
        loop = self._find_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def get_ready(self):
        """A tuple of all the nodes whose predecessors are all done (and
        that were not returned before)."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._entries[node].waiting = _HANDED_OUT
        self._ready.clear()
        self._handed += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready or handed out and not yet done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (returned by get_ready()) as processed, which may make
        their successors ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        entries = self._entries
        for node in nodes:
            entry = entries.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = entry.waiting
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(
                        f"node {node!r} was not passed out (still not ready)")
                if state == _FINISHED:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            entry.waiting = _FINISHED
            for follower in entry.after:
                other = entries[follower]
                other.waiting -= 1
                if other.waiting == 0:
                    self._ready.append(follower)
            self._finished += 1

    def _find_cycle(self):
        # Depth first walk along successor edges; meeting a node that is on
        # the current path closes a cycle.
        entries = self._entries
        visited = set()
        for start in entries:
            if start in visited:
                continue
            path = [start]
            where = {start: 0}
            pending = [iter(entries[start].after)]
            visited.add(start)
            while pending:
                step = next(pending[-1], _FINISHED)
                if step is _FINISHED:
                    pending.pop()
                    del where[path.pop()]
                    continue
                if step in where:
                    return path[where[step]:] + [step]
                if step in visited:
                    continue
                visited.add(step)
                where[step] = len(path)
                path.append(step)
                pending.append(iter(entries[step].after))
        return None

    def static_order(self):
        """Yield the nodes one by one in a topological order."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
