# urllib.parse: splitting URLs into their parts, the netloc's pieces, putting them back
# together, and resolving relative links the way a browser does.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
                          SplitResult, ParseResult)

urls = [
    "https://user:secret@api.example.com:8443/v1/items;type=a?q=async+io&page=2#results",
    "http://[::1]:8000/path",
    "HTTP://Example.COM/A%20B",
    "//cdn.example.com/lib.js",
    "/relative/only?x=1",
    "mailto:someone@example.com",
    "file:///etc/hosts",
    "postgresql://user:pass@localhost:5432/mydb",
    "  https://example.com/ws\tpace\n ",
    "path/without/scheme#frag",
    "http://example.com?only-query",
    "http://example.com:80",
    "",
]
for u in urls:
    s = urlsplit(u)
    print(repr(u))
    print("  ", s)
    print("   user", s.username, "password", s.password, "host", s.hostname, "port", s.port)
    p = urlparse(u)
    print("   params", repr(p.params), "geturl", p.geturl(), "unsplit", urlunsplit(s))

print(urlsplit("http://a/b#c", allow_fragments=False))
print(urlsplit("example.com/x", scheme="https"))
print(urlparse(b"http://example.com/p?q=1"))
print(urlparse(b"http://example.com/p?q=1").decode())
print(urlsplit("http://example.com/x").encode())
print(urlunparse(("https", "h", "/p", "a=1", "q", "f")))
print(urlunsplit(("", "", "p", "", "")), urlunsplit(("http", "", "p", "", "")))
print(isinstance(urlsplit("http://x"), SplitResult), isinstance(urlparse("http://x"), ParseResult))
print(urlsplit("http://x/y")._replace(path="/z").geturl())
print(urldefrag("http://a/b?c#frag"), urldefrag("http://a/b"))

for bad in ["http://[::1/x", "http://h:99999/", "http://h:port/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError:", e)

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x",
            "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../",
            "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "https://other/x", "http:g"]:
    print(f"{ref!r:>12} -> {urljoin(base, ref)}")
print(urljoin("https://api.example.com/v1/", "users/7"))
print(urljoin("https://api.example.com/v1", "users/7"))
print(urljoin("", "x"), urljoin("http://a/b", ""))
print(urljoin(b"http://a/b/", b"c"))
try:
    urljoin("http://a/", b"c")
except TypeError as e:
    print("TypeError:", e)
