"""Loopscope's heapq: a binary min-heap on a list, with the same sift steps as CPython's
heapq, so items with equal keys come out in the same order."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def _siftdown(heap, startpos, pos):
    """Move heap[pos] up towards startpos while it is smaller than its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    """Move the smaller child up until a leaf is reached, then sift heap[pos]'s item down."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the smallest item, and add the new item (in that order)."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in linear time."""
    _check(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    return sorted(iterable, key=key)[:max(n, 0)]


class _Entry:
    """A merge candidate ordered by (key, source position) so ties keep input order."""

    def __init__(self, key, order, value, it, reverse):
        self.key, self.order, self.value, self.it, self.reverse = key, order, value, it, reverse

    def __lt__(self, other):
        if self.key == other.key:
            return self.order < other.order
        return other.key < self.key if self.reverse else self.key < other.key


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output (lazily)."""
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append(_Entry(value if key is None else key(value), order, value, it, reverse))
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.value
        for value in entry.it:
            entry.value = value
            entry.key = value if key is None else key(value)
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)
