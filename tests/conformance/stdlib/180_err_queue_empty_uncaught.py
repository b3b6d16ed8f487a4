# queue: an uncaught queue.Empty ends the program with CPython's last line, which names
# the class where CPython defines it (_queue).
import queue

q = queue.Queue()
q.put('only')
print(q.get_nowait(), q.empty())
q.get(timeout=0.1)
