# The gc module's controls: enable/disable, thresholds, counts, and collections that
# allocations trigger on their own while the collector is enabled.
import gc

print(gc.isenabled())
print(gc.get_threshold())
count = gc.get_count()
print(type(count).__name__, len(count))
print(gc.garbage)

finalized = 0


class Cyclic:
    def __init__(self):
        self.me = self

    def __del__(self):
        global finalized
        finalized += 1


# Disabled: nothing is collected until gc.collect().
gc.disable()
print(gc.isenabled())
for _ in range(5000):
    Cyclic()
print("while disabled:", finalized)
print("collected:", gc.collect())
print("after collect:", finalized)

# Enabled again: allocations trigger collections.
gc.enable()
finalized = 0
for _ in range(5000):
    Cyclic()
print("while enabled, some went:", finalized > 0)
gc.collect()
print("all went:", finalized)

# Thresholds.
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(200)
print(gc.get_threshold())
gc.set_threshold(0)
finalized = 0
for _ in range(1000):
    Cyclic()
print("threshold 0 disables automatic collection:", finalized)
gc.collect()
print(finalized)
gc.set_threshold(700, 10, 10)

# Collecting one generation.
for g in (0, 1, 2):
    x = []
    x.append(x)
    del x
    print("generation", g, gc.collect(g))

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)

print(gc.is_tracked([]), gc.is_tracked(Cyclic), gc.is_tracked(1), gc.is_tracked("s"))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.get_debug())
