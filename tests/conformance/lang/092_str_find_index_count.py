s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("l"))
print(s.find("o", 5, 8), s.find("o", -6))
try:
    s.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("missing")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 0, 5))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("python"), s.endswith("hello", 0, 5), s.endswith(("on", "zz")))
print("".startswith(""), "abc".endswith(""))
print("abc".find("c", 10), "abc"[1:].find("c"))
words = s.replace(",", "").split()
print([(w, words.count(w)) for w in sorted(set(words))])
print("banana".find("na", 3), "banana".rfind("na", 0, 4))
