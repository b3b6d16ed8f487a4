import time

start = time.perf_counter()
total = 0
i = 0
while i < 3_000_000:
    total += i * 3 % 7 - (i >> 2)
    i += 1
print(total)
print("#t", time.perf_counter() - start)
