s = "héllo wörld"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode("utf-8") == s)
print("abc".encode("ascii"), "€".encode("utf-8"), list("€".encode()))
print(s.encode("latin-1"))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("€uro".encode("ascii", "ignore"), "€uro".encode("ascii", "replace"))
print("€".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"\xe9".decode("latin-1"), "😀".encode("utf-8"), len("😀"), len("😀".encode()))
print("ab".encode("utf-16-le"), bytes("xyz", "ascii"))
print(str(b"bytes", "ascii"), str(b"raw"))
