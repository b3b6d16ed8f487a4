# Long chains of exceptions: freed and printed without recursing once per link.

def chain(n):
    e = None
    for i in range(n):
        try:
            raise KeyError(i) from e
        except KeyError as k:
            e = k
    return e

# 200,000 links made and dropped.
e = chain(200_000)
depth = 0
while e is not None:
    depth += 1
    e = e.__cause__
print("explicit chain", depth)

# A chain of 300 printed as the default hook would.
import traceback
text = "".join(traceback.format_exception(chain(300)))
print(text.count("The above exception was the direct cause"), len(text.splitlines()))
print(text.splitlines()[-1])
