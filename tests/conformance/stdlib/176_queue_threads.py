# queue.Queue between threads: a producer and consumers, task_done/join, a bounded queue
# whose producer blocks until a consumer makes room, and sentinels that end the workers.
# Nothing printed depends on how fast a thread runs: sleeps only leave wide margins.
import queue
import threading
import time

# 1. Three workers share a queue; join returns once every item is marked done.
q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks, type(q.queue).__name__)
done = []
lock = threading.Lock()


def worker(n):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.2)
        with lock:
            done.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for i in range(9):
    q.put(i)
print('queued', q.unfinished_tasks)
q.join()
print('joined', sorted(done), q.unfinished_tasks, q.empty())
for w in workers:
    q.put(None)
for w in workers:
    w.join()
print('workers alive:', [w.is_alive() for w in workers], q.unfinished_tasks)

# 2. A bounded queue: put blocks while it is full, until the consumer gets an item. The
# storage hooks run with the mutex held, so the log is the order the queue saw.
class Logged(queue.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.log = []

    def _put(self, item):
        self.log.append(f'put {item}')
        super()._put(item)

    def _get(self):
        item = super()._get()
        self.log.append(f'get {item}')
        return item


bq = Logged(maxsize=2)


def producer():
    for i in range(5):
        bq.put(i)
    bq.put('stop')


def consumer():
    time.sleep(0.3)
    while bq.get() != 'stop':
        time.sleep(0.2)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
time.sleep(0.1)
print('full while blocked:', bq.full(), bq.qsize(), bq.log)
p.join()
c.join()
print(', '.join(bq.log))
print('left', bq.qsize(), bq.unfinished_tasks)

# 3. A pipeline of two stages, each a thread, joined stage by stage.
stage1 = queue.Queue()
stage2 = queue.Queue()
results = []


def doubler():
    while True:
        item = stage1.get()
        if item is not None:
            stage2.put(item * 2)
        stage1.task_done()
        if item is None:
            stage2.put(None)
            return


def collector():
    while True:
        item = stage2.get()
        stage2.task_done()
        if item is None:
            return
        results.append(item)


threads = [threading.Thread(target=doubler), threading.Thread(target=collector)]
for t in threads:
    t.start()
for word in ['a', 'b', 'c']:
    stage1.put(word)
stage1.put(None)
stage1.join()
stage2.join()
for t in threads:
    t.join()
print('pipeline', results)
