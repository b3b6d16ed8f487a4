print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a::b::c".partition("::"), "".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("trailing\n".splitlines(), "trailing\n".split("\n"))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("no newline".splitlines())
head, sep, tail = "http://example.com/path".partition("://")
print(head, sep, tail)
name, _, ext = "archive.tar.gz".rpartition(".")
print(name, ext)
