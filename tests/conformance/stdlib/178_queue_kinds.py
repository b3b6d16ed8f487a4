# queue: LifoQueue and PriorityQueue order, SimpleQueue, subclasses that replace the
# storage hooks (_init/_qsize/_put/_get), and queue.Queue[int].
import queue
import threading
import time

lq = queue.LifoQueue()
for word in ['one', 'two', 'three']:
    lq.put(word)
print('lifo', [lq.get() for _ in range(3)], lq.empty(), type(lq.queue).__name__)

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa'), (5, 'e'), (0, 'z')]:
    pq.put(item)
print('queue list', pq.queue)
print('priority', [pq.get_nowait() for _ in range(6)])
pq.put(7)
try:
    pq.put('seven')
except TypeError as e:
    print('TypeError:', e)
print('after the failed put', pq.qsize(), pq.unfinished_tasks)

bounded = queue.LifoQueue(maxsize=2)
bounded.put(1)
bounded.put(2)
print('bounded lifo full', bounded.full())
try:
    bounded.put_nowait(3)
except queue.Full:
    print('Full')
print(bounded.get(), bounded.get())

# SimpleQueue: FIFO, no maxsize, no task tracking.
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False, timeout=3)
sq.put_nowait(3)
print(sq.qsize(), sq.get(), sq.get(False), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
t0 = time.monotonic()
try:
    sq.get(timeout=0.2)
except queue.Empty:
    print('simple get timed out after 0.2 s:', 0.2 <= round(time.monotonic() - t0, 3) < 1.2)
print([hasattr(sq, name) for name in ('task_done', 'join', 'full', 'maxsize')])


def feed():
    for i in range(3):
        time.sleep(0.1)
        sq.put(i * 10)


t0 = time.monotonic()
t = threading.Thread(target=feed)
t.start()
got = [sq.get() for _ in range(3)]
t.join()
print('simple from a thread', got, 0.3 <= round(time.monotonic() - t0, 3) < 2)

# Subclasses replace the storage; put/get/join keep working over it.


class DedupQueue(queue.Queue):
    """Drops an item it already holds."""

    def _init(self, maxsize):
        self.queue = []
        self.seen = set()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)

    def _get(self):
        item = self.queue.pop(0)
        self.seen.discard(item)
        return item


dq = DedupQueue()
for item in [1, 2, 1, 3, 2]:
    dq.put(item)
print('dedup', dq.qsize(), dq.unfinished_tasks, [dq.get() for _ in range(3)], dq.empty())


class ShortestFirst(queue.PriorityQueue):
    def _put(self, item):
        super()._put((len(item), item))

    def _get(self):
        return super()._get()[1]


sf = ShortestFirst()
for word in ['banana', 'fig', 'apple', 'kiwi']:
    sf.put(word)
print('shortest first', [sf.get() for _ in range(4)])


class Recorded(queue.Queue):
    def __init__(self, maxsize=0):
        self.log = []
        super().__init__(maxsize)

    def _put(self, item):
        self.log.append(('put', item))
        super()._put(item)

    def _get(self):
        item = super()._get()
        self.log.append(('get', item))
        return item


rq = Recorded(maxsize=1)


def slow_consumer():
    for _ in range(3):
        time.sleep(0.1)
        rq.get()
        rq.task_done()


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(3):
    rq.put(i)
rq.join()
t.join()
print('recorded', rq.log)

print(queue.Queue[int], queue.PriorityQueue[tuple[int, str]], queue.SimpleQueue[str])
print(type(queue.LifoQueue[int]).__name__, queue.Queue[int].__origin__ is queue.Queue)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.SimpleQueue, queue.Queue))
