# threading.Lock and RLock under contention: threads that the GIL switches often take
# the lock in a tight loop, and never two hold it at once (a lock whose acquire tested
# and then set in two steps would let two in). Plus timeouts, non-blocking acquires,
# ownership rules and the argument errors.
import threading

ROUNDS = 5000


def contend(lock, nthreads):
    state = {'inside': 0, 'overlaps': 0, 'count': 0}

    def work():
        for k in range(ROUNDS):
            # Work of varying length between turns, so that GIL switches land at
            # varying points of acquire and release.
            for _ in range(k % 7):
                pass
            lock.acquire()
            state['inside'] += 1
            if state['inside'] > 1:
                state['overlaps'] += 1
            value = state['count']
            state['count'] = value + 1
            state['inside'] -= 1
            lock.release()

    threads = [threading.Thread(target=work) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state['count'], state['overlaps']


print('Lock', contend(threading.Lock(), 4))
print('RLock', contend(threading.RLock(), 4))

# Non-blocking and timed acquires while another thread holds the lock.
lock = threading.Lock()
held = threading.Event()
release_now = threading.Event()


def holder():
    lock.acquire()
    held.set()
    release_now.wait()
    lock.release()


t = threading.Thread(target=holder)
t.start()
held.wait()
print(lock.locked(), lock.acquire(False), lock.acquire(timeout=0.05),
      lock.acquire(True, 0))
release_now.set()
print('blocking acquire', lock.acquire())
t.join()
print(lock.locked())

# A Lock may be released by a thread that did not take it.
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released by another thread', lock.locked())

# The first thread in line gets the lock when it is released.
order = []
gate = threading.Lock()
gate.acquire()


def queued(n):
    with gate:
        order.append(n)


ts = []
for n in range(3):
    ts.append(threading.Thread(target=queued, args=(n,)))
    ts[-1].start()
gate.release()
for t in ts:
    t.join()
print(sorted(order))

# An RLock belongs to its owner: others cannot release it or take it while held.
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
results = []


def other():
    results.append(r.acquire(False))
    results.append(r.acquire(timeout=0.05))
    try:
        r.release()
    except RuntimeError as e:
        results.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(results)
for _ in range(3):
    r.release()
t = threading.Thread(target=lambda: results.append(r.acquire(False)))
t.start()
t.join()
print(results[-1])

# Errors.
for call in (lambda: threading.Lock().release(), lambda: threading.RLock().release(),
             lambda: threading.Lock().acquire(False, 1),
             lambda: threading.Lock().acquire(True, -2),
             lambda: threading.RLock().acquire(False, 0.5)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
print(threading.Lock().acquire(True, -1), threading.TIMEOUT_MAX > 1e9)
with threading.Lock() as entered:
    print('with gives', entered)
