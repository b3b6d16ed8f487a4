# threading.Condition: with, wait/notify between threads over a Lock and over the default
# RLock (taken several times by its owner), wait(timeout) that runs out, wait_for with
# and without a timeout, notify(n), notify_all, and the errors without the lock held.
import queue
import threading
import warnings

# 1. A consumer waits until a producer has put something and notified it.
cond = threading.Condition(threading.Lock())
items = []
log = []


def consumer():
    with cond:
        while not items:
            log.append('consumer waits')
            cond.wait()
        log.append(f'consumer got {items.pop(0)}')


c = threading.Thread(target=consumer)
with cond:
    c.start()
    # The consumer cannot get the lock before we wait for it to be waiting.
while True:
    with cond:
        if log:
            items.append('x')
            cond.notify()
            break
c.join()
print(log)

# 2. The default lock is an RLock: its owner may take it again, and wait releases it
# entirely whatever its depth, then restores that depth.
rc = threading.Condition()
print(type(rc._lock).__name__)
state = {'ready': False}


def setter():
    with rc:
        state['ready'] = True
        rc.notify_all()


with rc:
    with rc:
        t = threading.Thread(target=setter)
        t.start()
        print('wait_for', rc.wait_for(lambda: state['ready']))
    print('owned after one release:', rc._is_owned())
print('owned after two:', rc._is_owned())
t.join()

# 3. wait(timeout) gives False when nobody notifies, wait_for gives the predicate's
# last value.
with cond:
    print('wait timeout', cond.wait(0.05))
    print('wait 0', cond.wait(0))
    print('wait -1', cond.wait(-1))
    print('wait_for timeout', repr(cond.wait_for(lambda: 0, 0.05)))
    print('wait_for true at once', repr(cond.wait_for(lambda: 'yes', 0)))

# 4. notify(n) wakes n waiters, oldest first; notify_all wakes the rest.
woken = []
arrived = threading.Semaphore(0)


def waiter(n):
    with cond:
        arrived.release()
        got = cond.wait()
        woken.append((n, got))


ws = []
for n in range(5):
    w = threading.Thread(target=waiter, args=(n,))
    w.start()
    ws.append(w)
    arrived.acquire()
with cond:
    print('waiting', len(cond._waiters))
    cond.notify(2)
    print('after notify(2)', len(cond._waiters))
while True:
    with cond:
        if len(woken) == 2:
            break
print(sorted(woken))
with cond:
    cond.notify(0)
    cond.notify_all()
    print('after notify_all', len(cond._waiters))
for w in ws:
    w.join()
print(sorted(woken))
with cond:
    cond.notify()  # nobody waits: nothing happens

# 5. Without the lock: RuntimeError, for a Lock and for an RLock held by nobody.
for c2 in (threading.Condition(threading.Lock()), threading.Condition(threading.RLock()),
           threading.Condition()):
    for call in (c2.wait, c2.notify, c2.notify_all, lambda: c2.wait_for(lambda: False)):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError', e)

# An RLock held by another thread is not ours to wait on.
other = threading.RLock()
hold = threading.Event()
done = threading.Event()


def holder():
    with other:
        hold.set()
        done.wait()


h = threading.Thread(target=holder)
h.start()
hold.wait()
try:
    threading.Condition(other).notify()
except RuntimeError as e:
    print('RuntimeError', e)
done.set()
h.join()

# 6. notifyAll still works, with CPython's deprecation warning; acquire/release pass to
# the lock.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with cond:
        cond.notifyAll()
print([(w.category.__name__, str(w.message)) for w in caught])
print(cond.acquire(), cond._lock.locked(), cond.acquire(False))
cond.release()
print(cond._lock.locked())

# 7. queue.Queue's three conditions are threading.Condition objects sharing its mutex.
q = queue.Queue()
print(type(q.not_empty) is threading.Condition, q.not_full._lock is q.mutex,
      q.all_tasks_done._lock is q.mutex)
