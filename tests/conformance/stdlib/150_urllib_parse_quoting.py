# urllib.parse: percent-encoding and decoding, form encoding, and query strings.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

for s in ["abc def", "/path/with space", "a+b=c&d", "ünïcødé", "~_.-", "100%", "", "日本"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote(b"\x00\xffbytes"), quote_from_bytes(b"a b/c"), quote_from_bytes(b"a b", safe=b" "))

for s in ["abc%20def", "%E6%97%A5%E6%9C%AC", "bad%zz%2", "%C3x%A9", "100%", "a+b%2Bc",
          "%e2%82%ac", "%", "no escapes"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(quote("é", encoding="latin-1"), quote("é", encoding="latin-1", errors="strict"))
print(unquote("%E9", encoding="latin-1"), unquote("%FF", errors="ignore"))
print(unquote(b"a%20b"), unquote_to_bytes(""), unquote_to_bytes(b"%41"))
try:
    unquote("%FF", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
try:
    quote(b"x", encoding="utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    quote_from_bytes("x")
except TypeError as e:
    print("TypeError:", e)

print(urlencode({"q": "async io", "page": 2, "tags": ["a", "b"]}))
print(urlencode({"q": "async io", "tags": ["a", "b"], "t": ("x",)}, doseq=True))
print(urlencode([("a", "1"), ("a", "2"), ("b", b"\xff")]))
print(urlencode({"path": "/x y"}, safe="/"), urlencode({"path": "/x y"}, quote_via=quote))
print(urlencode({}), urlencode([]))
try:
    urlencode("a=b")
except TypeError as e:
    print("TypeError:", e)

qs = "a=1&b=two+words&a=3&empty=&flag&c=%26%3D&d=%E2%82%AC"
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"x=1&y=%20"))
print(parse_qsl(""), parse_qs("&&"))
for call in [lambda: parse_qsl("a=1&b", strict_parsing=True),
             lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2),
             lambda: parse_qsl("a=1", separator="")]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
