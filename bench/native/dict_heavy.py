import time

start = time.perf_counter()
counts = {}
for i in range(400_000):
    key = "k" + str(i % 1000)
    counts[key] = counts.get(key, 0) + i
index = {v: k for k, v in counts.items()}
total = 0
for k in counts:
    total += len(index[counts[k]])
print(len(counts), total, sorted(counts.items())[:3])
print("#t", time.perf_counter() - start)
