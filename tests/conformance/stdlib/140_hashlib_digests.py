# hashlib: MD5, SHA-1 and SHA-2 digests of messages around the block boundaries, fed at
# once and in pieces, copies that go on separately, and the errors for bad input.
import hashlib

messages = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"b" * 111, b"b" * 112,
            bytes(range(256)) * 5]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size)
    for m in messages:
        print(" ", len(m), getattr(hashlib, name)(m).hexdigest())
    pieces = getattr(hashlib, name)()
    for i in range(70):
        pieces.update(bytes([i % 251]) * i)
    fork = pieces.copy()
    fork.update(b"more")
    print("  pieces", pieces.hexdigest()[:24], "fork", fork.hexdigest()[:24])
    print("  digest", pieces.digest()[:6], type(pieces.digest()).__name__)

print(hashlib.sha256(bytearray(b"bytearray works")).hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
for bad in ("text", 42, None):
    try:
        hashlib.sha1(bad) if bad is not None else hashlib.sha1().update(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.new("whirlpool-9000")
except ValueError as e:
    print("ValueError:", e)
print(sorted({"md5", "sha1", "sha256"} & hashlib.algorithms_available))
