# Loopscope's queue: CPython 3.11's synchronized queues, over our virtual threads.
#
# Queue, LifoQueue and PriorityQueue keep CPython's structure: one mutex (a
# threading.Lock) shared by three conditions (not_empty, not_full, all_tasks_done), and
# the storage behind the _init/_qsize/_put/_get hooks, so subclasses that override them
# work as they do under CPython. The conditions are threading.Condition's: each waiter
# blocks on a lock of its own that notify releases, oldest waiter first. Blocking polls
# the run's clock (threading.Lock does), so under the virtual clock every wait and
# timeout ends at the same instant each run.
#
# SimpleQueue is CPython's C _queue.SimpleQueue: an unbounded FIFO without task
# tracking; Empty comes from _queue too, so both print as CPython's do.

import _aioloop
import _loopscope
import threading
from _collections import deque
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

# How long a blocked SimpleQueue.get sleeps between looks (threading's own interval).
_POLL = 0.0005


class Empty(Exception):
    """Raised by a non-blocking get, or one whose timeout ran out, on an empty queue."""
    __module__ = '_queue'


class Full(Exception):
    """Raised by a non-blocking put, or one whose timeout ran out, on a full queue."""


def _class_getitem(cls, params):
    return _loopscope.generic_alias(cls, params)


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue for threads; maxsize <= 0 means it never fills."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the storage; the three conditions share it, so whoever holds
        # any of them holds the queue.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tells the queue that one item got earlier has been dealt with (for join)."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Blocks until every item put has been got and marked done with task_done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """How many items the queue holds now (a hint: other threads may change it)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue holds nothing now (a hint, as qsize)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue is at maxsize now (a hint, as qsize)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds item, waiting for room while the queue is full: forever when timeout is
        None, at most timeout seconds otherwise; raises Full when it cannot wait
        (block false) or its time ran out."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    endtime = _monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one as put waits for room;
        raises Empty when it cannot wait or its time ran out."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                endtime = _monotonic() + timeout
                while not self._qsize():
                    remaining = endtime - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage, for subclasses to replace; called with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_class_getitem)


class PriorityQueue(Queue):
    """A queue that gives its smallest item first (a heap; items are often tuples
    (priority, data))."""

    # heapq is imported where it is used: in the page it is a download of its own, which
    # a program that only uses Queue should not wait for.

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        from heapq import heappush
        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that gives the item put last first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue for threads, without Queue's task tracking."""
    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Adds item. It never blocks: block and timeout exist for Queue's signature."""
        self._queue.append(item)

    def put_nowait(self, item):
        """put(item, block=False)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one as Queue.get does."""
        deadline = None
        if block and timeout is not None:
            _check_timeout(timeout)
            deadline = _monotonic() + timeout
        while not self._queue:
            if not block or (deadline is not None and _monotonic() >= deadline):
                raise Empty
            _aioloop.sleep(_POLL)
        return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """Whether the queue holds nothing now."""
        return not self._queue

    def qsize(self):
        """How many items the queue holds now."""
        return len(self._queue)

    __class_getitem__ = classmethod(_class_getitem)
