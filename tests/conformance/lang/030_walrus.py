data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)

print([y for x in data if (y := x * 2) > 10])

values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("got", v)

results = [last := i * i for i in range(4)]
print(results, last)

print((total := 10) + total)


def f():
    [inner := k for k in range(3)]
    return inner


print(f())

parts = []
text = "a,b,,c"
while (idx := text.find(",")) != -1:
    parts.append(text[:idx])
    text = text[idx + 1:]
parts.append(text)
print(parts)

if any((hit := w).startswith("q") for w in ["apple", "quince", "queue"]):
    print("first q word", hit)

print(x := 5, x)
