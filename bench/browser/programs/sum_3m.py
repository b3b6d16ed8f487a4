import time

start = time.perf_counter()
print(sum(i * i for i in range(3_000_000)))
print("#t", time.perf_counter() - start)
