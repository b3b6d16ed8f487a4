print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord(chr(1114111)) == 1114111, repr(chr(0)))


def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)


print(caesar("Hello, World!", 3), caesar(caesar("Round trip", 7), -7))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print(ord(b"a"), sum(ord(c) for c in "abc"))
