# queue: Full and Empty without blocking and after a timeout, timeouts cut short by
# another thread, and the errors CPython raises (negative timeouts, task_done once too
# often, waiting on a condition without its lock).
import queue
import threading
import time


def waited(since, low, high):
    """Whether the time since `since` is at least `low` and well under `high`: a timeout
    never ends early, and the margins leave room for a slow machine."""
    elapsed = round(time.monotonic() - since, 3)
    return low <= elapsed < high


print(queue.__all__)
print(queue.Empty, queue.Full, queue.Empty.__mro__[1], queue.Full.__mro__[1])

q = queue.Queue(maxsize=2)
q.put_nowait('a')
q.put('b', block=False)
print(q.full(), q.qsize())
for call in (lambda: q.put_nowait('c'), lambda: q.put('c', block=False),
             lambda: q.put('c', False, 5), lambda: q.put('c', timeout=0)):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e), q.qsize())
print(q.get_nowait(), q.get(block=False))
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0),
             lambda: q.get(block=False, timeout=-1)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e), str(e) == '')

# A timeout that runs out.
t0 = time.monotonic()
try:
    q.get(timeout=0.3)
except queue.Empty:
    print('get timed out after 0.3 s:', waited(t0, 0.3, 1.3))
q.put(1)
q.put(2)
t0 = time.monotonic()
try:
    q.put(3, timeout=0.2)
except queue.Full:
    print('put timed out after 0.2 s:', waited(t0, 0.2, 1.2), q.qsize())

# A timeout another thread cuts short.
t0 = time.monotonic()
taken = []


def take_later():
    time.sleep(0.1)
    taken.append(q.get())


t = threading.Thread(target=take_later)
t.start()
q.put(3, timeout=5)
print('put once a thread took an item:', waited(t0, 0.1, 2), list(q.queue))
t.join()
print('taken', taken)
q.get()
q.get()


def give_later():
    time.sleep(0.2)
    q.put('late')


t0 = time.monotonic()
t = threading.Thread(target=give_later)
t.start()
print('got', q.get(timeout=5), 'once a thread put it:', waited(t0, 0.2, 2))
t.join()

# Errors.
for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5),
             lambda: queue.SimpleQueue().get(timeout=-1)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
q.put('x')
try:
    q.get(True, -1)
except ValueError as e:
    print('ValueError even with an item:', e, q.qsize())
unbounded = queue.Queue()
unbounded.put('ok', timeout=-1)
print('an unbounded queue never checks put timeouts:', unbounded.get())

tq = queue.Queue()
tq.put(1)
tq.get()
tq.task_done()
try:
    tq.task_done()
except ValueError as e:
    print('ValueError:', e, tq.unfinished_tasks)
tq.join()
print('join on a finished queue returns at once')

for method in (lambda: tq.not_empty.wait(), lambda: tq.not_full.notify(),
               lambda: tq.all_tasks_done.notify_all()):
    try:
        method()
    except RuntimeError as e:
        print('RuntimeError:', e)
with tq.not_empty:
    print('mutex held:', tq.mutex.locked())
    t0 = time.monotonic()
    print('wait(0.1) returns', tq.not_empty.wait(0.1), waited(t0, 0.1, 1.1))
    print('wait_for a true predicate', tq.not_empty.wait_for(lambda: 42))
print('mutex held:', tq.mutex.locked())
