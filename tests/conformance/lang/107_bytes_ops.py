b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b"x" in b, 111 in b)
print(bytes([65, 66, 67]), bytes(3), bytes(range(5)), bytes("é", "utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"a" < b"b", b"abc" == b"abc")
print(list(b"AZaz"), b"\x00\xff\n\t\\'")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"ab".hex("-"))
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba))
del ba[-2:]
print(ba, ba.pop(), ba)
print(b"-".join([b"a", b"b"]), b" x ".strip(), b"a,b".split(b","))
print(b"Hello".lower(), b"12".isdigit(), b"abc".decode())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(str(b"x"), bytes(b"x") is not None)
