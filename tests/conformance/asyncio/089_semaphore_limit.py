import asyncio

active = 0
peak = 0

# durations chosen so every release/acquire event is >= 0.05 s apart
DURATIONS = {"j0": 0.1, "j1": 0.25, "j2": 0.2, "j3": 0.1, "j4": 0.1}


async def job(name, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(name, "start; active =", active)
        await asyncio.sleep(DURATIONS[name])
        active -= 1
    print(name, "end")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked initially:", sem.locked())
    await asyncio.gather(*(job(f"j{i}", sem) for i in range(5)))
    print("peak concurrency:", peak)
    print("locked at end:", sem.locked())


asyncio.run(main())
