out = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)

pairs = []
for a in range(4):
    for b in range(4):
        if b == a:
            continue
        if b > 2:
            break
        pairs.append((a, b))
print(pairs)

count = 0
while True:
    count += 1
    if count < 5:
        continue
    break
print("count", count)

found = None
for word in ["apple", "banana", "cherry", "date"]:
    if "e" not in word:
        continue
    if word.startswith("c"):
        found = word
        break
print("found", found)


def gen():
    for i in range(100):
        if i == 3:
            break
        yield i


print(list(gen()))

it = iter(range(10))
for x in it:
    if x == 4:
        break
print("rest of iterator", list(it))
