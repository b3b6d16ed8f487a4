import asyncio


def plain():
    return 5


try:
    asyncio.run(plain())
except ValueError as exc:
    print("ValueError:", exc)

try:
    asyncio.run(None)
except ValueError as exc:
    print("ValueError:", exc)
print("end")
