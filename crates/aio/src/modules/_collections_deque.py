"""collections.deque: a double-ended queue over a list, with CPython 3.11's messages."""


def _as_index(n):
    if isinstance(n, int):
        return n
    if isinstance(n, float) or not hasattr(n, "__index__"):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return n.__index__()


class deque:
    """deque([iterable[, maxlen]]) --> deque object"""

    __module__ = "collections"

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        if iterable is self:
            iterable = list(iterable)
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()

    def extend(self, iterable):
        items = list(iterable)
        self._items.extend(items)
        self._trim_left()

    def extendleft(self, iterable):
        items = list(iterable)
        items.reverse()
        self._items[:0] = items
        self._trim_right()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        n = _as_index(n)
        size = len(self._items)
        if size <= 1:
            return
        n %= size
        if n:
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def copy(self):
        return type(self)(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        size = len(self._items)
        stop = size if stop is None else stop
        for i in range(*slice(start, stop).indices(size)):
            if self._items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        for i, item in enumerate(self._items):
            if item == value:
                del self._items[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._items.reverse()

    def _check_index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")

    def __getitem__(self, i):
        self._check_index(i)
        return self._items[i]

    def __setitem__(self, i, x):
        self._check_index(i)
        self._items[i] = x

    def __delitem__(self, i):
        self._check_index(i)
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return reversed(list(self._items))

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({self._items!r})"
        return f"{name}({self._items!r}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return type(self)(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        self._trim_left()
        return self
