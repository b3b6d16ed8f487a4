# threading.Semaphore, BoundedSemaphore, Barrier (with an action, a timeout, abort and
# reset), Event and Timer, between threads; each result is made deterministic by joins.
import threading
import warnings

# 1. A semaphore of 2 lets at most two workers in at once: the first two wait inside
# until the main thread, seeing two inside, lets them go.
sem = threading.Semaphore(2)
guard = threading.Lock()
go = threading.Event()
inside = [0]
most = [0]


def worker():
    with sem:
        with guard:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        go.wait()
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts:
    t.start()
while True:
    with guard:
        if inside[0] == 2:
            break
print('two inside, value', sem._value)
go.set()
for t in ts:
    t.join()
print('most inside', most[0], 'left', inside[0], sem._value)

# acquire without blocking, with a timeout, release(n).
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(False), s.acquire(timeout=0.05), s.acquire(True, 0))
s.release(3)
print(s._value, s.acquire(blocking=False), s._value)
for call in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1),
             lambda: s.release(0), lambda: threading.BoundedSemaphore(2).release()):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.acquire()
b.release(2)
print('bounded back to', b._value)
try:
    b.release()
except ValueError as e:
    print('ValueError', e)

# A release from another thread wakes a blocked acquire.
gate = threading.Semaphore(0)
got = []


def opener():
    got.append('opening')
    gate.release()


t = threading.Thread(target=opener)
t.start()
print('acquired', gate.acquire(), got)
t.join()

# 2. A barrier for three: each wait returns a distinct index, the action runs once per
# round, and the barrier can be used again.
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append('action'))
print(barrier.parties, barrier.n_waiting, barrier.broken)
indexes = []


def party(n):
    for r in range(2):
        i = barrier.wait()
        with guard:
            indexes.append((r, i))


ps = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(rounds, sorted(indexes))

# A timeout breaks the barrier for everyone; reset mends it.
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('broken', repr(e), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('still broken')
b2.reset()
print('after reset', b2.broken, b2.n_waiting)

# abort wakes a waiter with BrokenBarrierError.
b3 = threading.Barrier(2)
result = []


def aborted():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        result.append('waiter saw broken')


t = threading.Thread(target=aborted)
t.start()
while b3.n_waiting == 0:
    pass
b3.abort()
t.join()
print(result, b3.broken, b3.n_waiting)

# An action that raises breaks the barrier; the one that ran it gets the exception.
b4 = threading.Barrier(2, action=lambda: 1 / 0)
out = []


def other():
    try:
        b4.wait()
    except threading.BrokenBarrierError:
        out.append('other broken')


t = threading.Thread(target=other)
t.start()
while b4.n_waiting == 0:
    pass
try:
    b4.wait()
except ZeroDivisionError as e:
    out.append(f'action raised {e}')
t.join()
print(sorted(out), b4.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.ThreadError)

# 3. Event: set wakes the waiter; wait with a timeout gives the flag.
ev = threading.Event()
print(ev.is_set(), ev.wait(0.05), ev.wait(0))
seen = []


def watcher():
    seen.append(ev.wait())


t = threading.Thread(target=watcher)
t.start()
ev.set()
t.join()
print(seen, ev.is_set(), ev.wait(1))
ev.clear()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(ev.isSet())
print([str(w.message) for w in caught])

# 4. Timer: runs its function after the interval unless cancelled first.
fired = []
t1 = threading.Timer(0.05, fired.append, args=['first'])
t2 = threading.Timer(5, fired.append, args=['never'])
print(isinstance(t1, threading.Thread), t1.interval, t1.args, t1.kwargs)
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired, t2.finished.is_set())
