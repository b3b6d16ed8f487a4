# A bounded buffer built on threading.Condition (two conditions sharing one Lock, as
# queue.Queue is built): several producers and consumers, wait_for with predicates,
# explicit acquire/release, and a daemon thread that is busy (not blocked) when the
# main module ends. Plus the threads of a ThreadPoolExecutor seen through threading.
import threading
from concurrent.futures import ThreadPoolExecutor


class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.most = 0

    def put(self, item):
        with self.not_full:
            self.not_full.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.most = max(self.most, len(self.items))
            self.not_empty.notify()

    def get(self):
        self.not_empty.acquire()
        try:
            while not self.items:
                self.not_empty.wait()
            item = self.items.pop(0)
            self.not_full.notify()
            return item
        finally:
            self.not_empty.release()


buf = Buffer(3)
consumed = []
record = threading.Lock()


def producer(p):
    for i in range(20):
        buf.put((p, i))


def consumer():
    while True:
        item = buf.get()
        if item is None:
            return
        with record:
            consumed.append(item)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    buf.put(None)
for t in consumers:
    t.join()
print(len(consumed), sorted(consumed) == [(p, i) for p in range(3) for i in range(20)])
print('each producer in order:',
      all([i for q, i in consumed if q == p] == list(range(20)) for p in range(3)))
print('never over size:', buf.most <= 3, buf.items)

# The threads of a ThreadPoolExecutor: named as CPython names them, not daemons, gone
# from enumerate once the pool is shut down.
def job(n):
    me = threading.current_thread()
    return me.name, me.daemon, me is not threading.main_thread(), threading.Thread().daemon


with ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    print(ex.submit(job, 1).result())
print(threading.active_count(), [t.name for t in threading.enumerate()])

# A daemon thread that never blocks is abandoned at exit all the same.
spinning = threading.Event()


def spin():
    spinning.set()
    n = 0
    while True:
        n += 1


threading.Thread(target=spin, daemon=True).start()
spinning.wait()
print('main module ends while a daemon thread spins')
