# Two jobs that wait 3 s and 2 s, written as ordinary functions: time.sleep
# holds the thread, so B cannot start before A is done and the waits add up to
# 5 s.
import time


def fetch(name, seconds):
    print(f"{name} start")
    time.sleep(seconds)  # stands in for network or disk I/O
    print(f"{name} done")
    return name


def main():
    began = time.perf_counter()
    results = [fetch("A", 3), fetch("B", 2)]
    print(results)
    print(f"took {time.perf_counter() - began:.1f}s")


main()
