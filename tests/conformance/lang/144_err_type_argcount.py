def pair(a, b):
    return (a, b)


print(pair(1, 2))
print(pair(b=1, a=2))
try:
    pair(1)
except TypeError as e:
    print("caught:", e)
try:
    pair(1, 2, 3)
except TypeError as e:
    print("caught:", e)


class K:
    def method(self, x):
        return x


print(K().method(5))
try:
    K().method()
except TypeError as e:
    print("caught:", e)
print("now uncaught")
pair(1, 2, 3, 4)
