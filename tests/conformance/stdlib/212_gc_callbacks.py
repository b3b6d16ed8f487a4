# gc.callbacks hear every collection, explicit and automatic: "start" before it with
# nothing collected yet, "stop" after it with what it found; one that raises is reported
# and the others still run. A collection asked for from inside a finaliser does nothing.
import gc
import io
import sys

events = []


def record(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(record)


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_pair():
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a


make_pair()
print("found", gc.collect())
print(events)
events.clear()

gc.collect(0)
gc.collect(1)
print([e[:2] for e in events])
events.clear()


class Broken:
    def __call__(self, phase, info):
        if phase == "stop":
            raise ValueError("callback failed")

    def __repr__(self):
        return "<broken callback>"


broken = Broken()
gc.callbacks.insert(0, broken)
sys.stderr = report = io.StringIO()
try:
    gc.collect()
except ValueError:
    print("not reached: the error is reported, not raised")
sys.stderr = sys.__stderr__
print(report.getvalue().replace(__file__, "PROGRAM"), end="")
print("the other callback still ran:", [e[0] for e in events])
gc.callbacks.remove(broken)
events.clear()


class Collects:
    def __del__(self):
        print("inside __del__, gc.collect() ->", gc.collect())


def finaliser_cycle():
    c = Collects()
    c.me = c


finaliser_cycle()
gc.collect()
print("phases around the finaliser:", [e[0] for e in events])
events.clear()

# Automatic collections: allocating containers past threshold 0 starts generation-0 ones.
gc.set_threshold(100, 10, 10)
keep = []
for i in range(1000):
    keep.append([i])
starts = [e for e in events if e[0] == "start"]
print("automatic collections heard:", len(starts) > 0)
print("their generations:", sorted({e[1] for e in starts}))
gc.callbacks.clear()
