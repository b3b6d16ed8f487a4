# re: the flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII), inline and scoped flags,
# RegexFlag's values and reprs, and Pattern's attributes and repr.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L)
print(repr(re.I | re.M), str(re.I | re.S), re.I | re.M | re.X)
print(re.IGNORECASE is re.I, re.I.value, int(re.I | re.M), re.I == 2)
print(re.NOFLAG, list(re.RegexFlag))
print(type(re.I).__name__, isinstance(re.I, int))
print(re.I in (re.I | re.M), re.S in (re.I | re.M))

print(re.findall(r'[a-z]+', 'Hello WORLD', re.I))
print(re.findall(r'hello', 'HeLLo hello', re.IGNORECASE))
print(re.findall(r'(?i)[^a-z]', 'aZ9'))
print(re.findall(r'(?i)é', 'Éé'))
print(re.findall(r'(?i)k', 'kK\u212a'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'\w+$', 'one\ntwo\nthree\n', re.M))
print(re.findall(r'\w+$', 'one\ntwo\nthree\n'))
print(re.findall(r'(?m)^$', 'a\n\nb\n'))
print(re.findall(r'a.b', 'a\nb acb', re.S))
print(re.findall(r'a.b', 'a\nb acb'))
print(re.findall(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
''', '12 ab 3cd', re.X))
print(re.findall(r'(?x) a [ ] b \# ', 'a b#'))
print(re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'(?a)\w+', 'héllo wörld'))
print(re.findall(r'\d', '1\u0663', re.ASCII))
print(re.findall(r'(?i:a)b', 'ab Ab AB'))
print(re.findall(r'(?s:.)(?-s:.)', 'a\n\nb'))
print(re.findall(r'a(?i:b(?-i:c))', 'aBc aBC'))
print(re.match(r'(?im)^B', 'a\nb'))

for p in [re.compile('a+'), re.compile('a+', re.I), re.compile('a', re.I | re.M | re.S | re.X),
          re.compile('(?s)a'), re.compile('a', re.A), re.compile(b'a', re.I),
          re.compile(b'a'), re.compile('a\nb'), re.compile("it's"), re.compile('x' * 300)]:
    print(repr(p))
    print(p.pattern == p.pattern, p.flags, p.groups)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.compile('(?x)(?i)a').flags)
