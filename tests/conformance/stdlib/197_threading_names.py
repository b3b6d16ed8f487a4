# Thread names as CPython 3.11 gives them: unnamed threads are numbered once per process
# from 1, with the target's __name__ in parentheses when there is one; a given name is
# kept (as str) and takes no number. Reprs before start, and names seen from inside.
import functools
import threading
import warnings


def work():
    pass


class Job:
    def __call__(self):
        pass


print(threading.main_thread().name, threading.current_thread().name)
print(threading.Thread(target=work).name)
print(threading.Thread().name)
print(threading.Thread(name='fixed').name)
print(threading.Thread(target=work, name='named').name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=print).name)
print(threading.Thread(target=Job()).name)
print(threading.Thread(target=functools.partial(work)).name)
print(threading.Thread(target=Job().__call__).name)
print(threading.Thread(name=42).name, threading.Thread(name='').name)
print(threading.Timer(1, work).name)


class Custom(threading.Thread):
    def run(self):
        seen.append(threading.current_thread().name)


seen = []
c = Custom()
print(c.name, repr(c))
c.start()
c.join()
print(seen)

d = threading.Thread(target=work, daemon=True)
print(repr(d))
named = []
t = threading.Thread(target=lambda: named.append(threading.current_thread().name))
t.name = 'renamed'
t.start()
t.join()
print(named, t.name)
t.name = 99
print(repr(t.name))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t.setName('old style')
    print(t.getName())
print([str(w.message) for w in caught])

# Threads created inside threads share the same counter.
inner = []


def spawner():
    inner.append(threading.Thread(target=work).name)


s = threading.Thread(target=spawner)
s.start()
s.join()
print(s.name, inner)
