def readings():
    for v in [10, 20, -1, 30]:
        if v < 0:
            raise ValueError(f"negative reading {v}")
        yield v


gen = readings()
print(next(gen))
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("caught:", e)
print("generator exhausted:", next(gen, "done"))
total = 0
for r in readings():
    total += r
    print("running total", total)
print("unreached")
