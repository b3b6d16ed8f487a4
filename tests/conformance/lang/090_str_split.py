s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("a b c d".rsplit(None, 2))
print("a b c d".split(maxsplit=2))
print("".split(), "".split(","))
print("abc".split("abc"), "xabcx".split("abc"))
print("1<>2<>3".split("<>"))
print("one\ttwo\nthree  four".split())
print("/".join(["usr", "local", "bin"]))
print("".join(["a", "b", "c"]), "-".join("xyz"), ", ".join([]))
print(" ".join(str(i) for i in range(5)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print("  lead".split(" "), "trail  ".rsplit(" ", 1))
