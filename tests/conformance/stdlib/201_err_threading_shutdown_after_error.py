# The main module ends with an uncaught exception while a non-daemon thread still works
# and a daemon thread waits on a queue forever: the traceback is printed, the
# non-daemon thread is still waited for (its output comes after), the daemon thread is
# abandoned, and the exit status is 1.
import queue
import threading
import time

q = queue.Queue()
served = threading.Event()


def daemon_worker():
    while True:
        print('daemon got', q.get())
        served.set()


def slow():
    time.sleep(0.2)
    print('non-daemon thread done')


threading.Thread(target=daemon_worker, daemon=True).start()
q.put('one item')
threading.Thread(target=slow).start()
served.wait()
print('main raises')
raise KeyError('main failed')
