# CPU-bound work: threads take turns holding the GIL, so four sums in a thread pool take
# as long as four sums one after another; a process pool gives each worker its own
# interpreter, so the sums run side by side on the cores. Compare the lanes in the
# timeline: thread lanes alternate, SpawnProcess lanes overlap.
import asyncio
from concurrent.futures import ProcessPoolExecutor


def heavy_math(n):
    return sum(i * i for i in range(n))


N = 100_000


def report(label, results):
    print(f"{label}: {len(results)} sums, all equal: {len(set(results)) == 1}")


async def main():
    loop = asyncio.get_running_loop()
    # Four sums in threads: one at a time holds the GIL.
    report("threads", await asyncio.gather(
        *(asyncio.to_thread(heavy_math, N) for _ in range(4))))
    # Four sums in two worker processes, each with its own interpreter.
    with ProcessPoolExecutor(max_workers=2) as processes:
        report("processes", await asyncio.gather(
            *(loop.run_in_executor(processes, heavy_math, N) for _ in range(4))))
    print("each sum:", heavy_math(N))


if __name__ == "__main__":
    asyncio.run(main())
