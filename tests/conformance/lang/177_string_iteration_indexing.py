s = "Python"
print(s[0], s[-1], s[2:4], len(s))
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print(list(s), tuple(s[:2]), "".join(sorted(s)), "".join(reversed(s)))
print("th" in s, "Py" + s[2:], s * 2, s.lower() < s)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
print([c for c in "a1b2c3" if c.isdigit()], "a1b2c3"[::2])
print(min("hello"), max("hello"), sorted("hello", reverse=True))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
word = "level"
print(word == word[::-1], "abc"[::-1] == "cba")
uni = "naïve café"
print(len(uni), uni[2], uni[-1], uni.upper(), uni[::-1])
