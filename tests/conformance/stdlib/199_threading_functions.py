# threading's module functions: get_ident and get_native_id (ints, stable within a
# thread, distinct between live threads), main_thread, current_thread, active_count and
# enumerate as threads start and end, the deprecated camelCase aliases, and
# threading.local: each thread sees its own attributes, and a subclass's __init__ runs
# again in each thread that uses the object.
import threading
import warnings

main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.is_alive(), main.daemon)
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
print(threading.get_ident() == threading.get_ident() == main.ident,
      threading.get_native_id() == main.native_id)
print(threading.active_count(), [t.name for t in threading.enumerate()])

info = {}
go = threading.Event()
inside = threading.Event()


def record():
    me = threading.current_thread()
    info['is_thread'] = me is t
    info['not_main'] = me is not threading.main_thread()
    info['ident'] = threading.get_ident() == me.ident != main.ident
    info['native'] = threading.get_native_id() == me.native_id != main.native_id
    info['main_alive'] = threading.main_thread().is_alive()
    inside.set()
    go.wait()


t = threading.Thread(target=record, name='recorder')
print('before start', t.ident, t.native_id, t.is_alive(), threading.active_count())
t.start()
inside.wait()
print('running', t.is_alive(), threading.active_count(),
      [x.name for x in threading.enumerate()], t in threading.enumerate())
go.set()
t.join()
print(info)
print('after join', t.is_alive(), threading.active_count(),
      [x.name for x in threading.enumerate()], type(t.ident).__name__)

# Errors on join.
for call in (threading.Thread().join, threading.current_thread().join):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
t.join()  # joining a finished thread again is fine
t.join(0)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(threading.currentThread() is main, threading.activeCount())
print([str(w.message) for w in caught])

# threading.local
data = threading.local()
print(type(data).__name__, type(data).__module__)
data.x = 'main'
try:
    data.y
except AttributeError as e:
    print('AttributeError', e)
seen = {}


def use_local(n):
    seen[n] = hasattr(data, 'x')
    data.x = n
    data.__dict__['extra'] = n * 10
    seen[n] = (seen[n], data.x, sorted(data.__dict__.items()))


ts = [threading.Thread(target=use_local, args=(n,)) for n in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(seen, data.x, data.__dict__)
del data.x
print(hasattr(data, 'x'), data.__dict__)
try:
    del data.x
except AttributeError as e:
    print('AttributeError', e)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)


class Counter(threading.local):
    inits = []
    kind = 'counter'

    def __init__(self, start):
        Counter.inits.append(start)
        self.value = start

    def bump(self):
        self.value += 1
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(5)
c.bump()
out = []


def use_counter():
    out.append((c.value, c.bump(), c.bump(), c.doubled, c.kind))


x = threading.Thread(target=use_counter)
x.start()
x.join()
print(out, c.value, c.doubled, Counter.inits, isinstance(c, threading.local))
try:
    c.missing
except AttributeError as e:
    print('AttributeError', e)
