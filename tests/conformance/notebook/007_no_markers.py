# A program without cell markers is one cell: top-level await still works.
import asyncio

print("one cell")
await asyncio.sleep(0.1)
result = await asyncio.wait_for(asyncio.sleep(0.05, result="done"), timeout=1)
result
