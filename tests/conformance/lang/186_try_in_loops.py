results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded on", attempts)
        break
    except ConnectionError as e:
        print("retry after", e)
for i in range(4):
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("finally", i)
def first_ok(items):
    for it in items:
        try:
            return 10 // it
        except ZeroDivisionError:
            print("skip zero")
    return None
print(first_ok([0, 0, 5]), first_ok([0]))
