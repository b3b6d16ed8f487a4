# Daemon threads: the program ends when the main module and every non-daemon thread
# have finished; daemon threads still blocked (a worker looping on Queue.get, a long
# sleep) are abandoned. Daemon-ness is inherited from the creating thread, set by
# daemon= or the attribute, and frozen once the thread starts.
import queue
import threading
import time
import warnings

# 1. daemon=, the attribute, and inheritance.
print(threading.main_thread().daemon, threading.current_thread().daemon)
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon,
      threading.Thread(daemon=0).daemon, threading.Thread(daemon=None).daemon)
inherited = {}


def make_child(key):
    inherited[key] = (threading.current_thread().daemon, threading.Thread().daemon,
                      threading.Thread(daemon=False).daemon)


for flag in (True, False):
    t = threading.Thread(target=make_child, args=(flag,), daemon=flag)
    t.start()
    t.join()
print(inherited)

t = threading.Thread(target=lambda: None)
t.daemon = True
print(t.daemon)
t.daemon = False
print(t.daemon)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError after join:', e)

# setDaemon/isDaemon still work, with CPython's deprecation warnings.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    u = threading.Thread()
    u.setDaemon(True)
    print(u.isDaemon(), u.daemon)
print([(w.category.__name__, str(w.message)) for w in caught])

# 2. A daemon worker that serves a queue forever: the main thread waits for the work it
# cares about (q.join), and the worker, blocked in get, is abandoned at exit.
q = queue.Queue()
results = []


def serve():
    while True:
        item = q.get()
        results.append(item * 10)
        q.task_done()


worker = threading.Thread(target=serve, daemon=True, name='server')
worker.start()
for i in range(4):
    q.put(i)
q.join()
print('served', results, worker.is_alive(), worker.daemon)

# 3. A daemon thread asleep for a long time never prints; a non-daemon thread still
# running when the main module ends is waited for, and prints after it.
def sleeper():
    time.sleep(1000)
    print('daemon woke up: never printed')


threading.Thread(target=sleeper, daemon=True).start()
started = threading.Event()


def finisher():
    started.set()
    time.sleep(0.2)
    print('non-daemon thread finishes after the main module')
    # A daemon started by a non-daemon thread at the very end is abandoned too.
    threading.Thread(target=sleeper, daemon=True).start()


threading.Thread(target=finisher).start()
started.wait()
print('alive at the end of the main module:',
      sorted(t.name for t in threading.enumerate()))
print('main module ends')
