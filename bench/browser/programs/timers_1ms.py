import asyncio
import time

DELAY = 0.001
SLEEPS = 200
# Early means shorter than asked by more than float rounding of the difference of two clock
# readings (a sleep that lasted exactly DELAY can compute as DELAY - 1e-16); the browser's
# clock itself moves in steps of 5 to 100 microseconds.
TOLERANCE = 1e-9


async def main():
    early = 0
    shortest = 1.0
    start = time.perf_counter()
    for _ in range(SLEEPS):
        t0 = time.perf_counter()
        await asyncio.sleep(DELAY)
        took = time.perf_counter() - t0
        shortest = min(shortest, took)
        if took < DELAY - TOLERANCE:
            early += 1
    print(SLEEPS, "sleeps of", DELAY)
    print("#t", time.perf_counter() - start)
    print("#early", early)
    print("#shortest", shortest)
