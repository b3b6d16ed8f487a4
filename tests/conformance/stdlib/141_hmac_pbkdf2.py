# hmac and hashlib.pbkdf2_hmac: keyed digests with short and long keys, incremental
# updates, copies, compare_digest, and password hashing as web tutorials write it.
import hashlib
import hmac

key = b"secret-key"
for name in ("md5", "sha1", "sha256", "sha512"):
    mac = hmac.new(key, b"The quick brown fox", name)
    print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest())
    long_key = hmac.new(b"k" * 300, digestmod=getattr(hashlib, name))
    long_key.update(b"part one, ")
    fork = long_key.copy()
    long_key.update(b"part two")
    print("  ", long_key.hexdigest()[:32], fork.hexdigest()[:32])
print(hmac.digest(key, b"message", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest("token", "token"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(key, b"msg")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.compare_digest("é", "é")
except TypeError as e:
    print("TypeError:", e)


def hash_password(password, salt, rounds=1000):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds).hex()


salt = bytes.fromhex("a1b2c3d4e5f60718")
stored = hash_password("correct horse", salt)
print(stored)
print(hmac.compare_digest(stored, hash_password("correct horse", salt)),
      hmac.compare_digest(stored, hash_password("wrong horse", salt)))
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 30).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"salt", 3, dklen=100).hex()[-20:])
for args in (("sha256", b"p", b"s", 0), ("sha256", b"p", b"s", 1, 0)):
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print("ValueError:", e)
