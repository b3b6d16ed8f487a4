import time

start = time.perf_counter()
parts = []
for i in range(300_000):
    parts.append(f"item-{i % 97}:{i * 2}")
text = ",".join(parts)
s = ""
for i in range(100_000):
    s += "ab"[i % 2]
print(len(text), text[:30], len(s), s.count("a"))
print("#t", time.perf_counter() - start)
