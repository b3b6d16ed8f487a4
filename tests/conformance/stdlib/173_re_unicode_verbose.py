# re: Unicode categories and case folding, VERBOSE layouts, scoped flags, Pattern and
# Match odds and ends (copy, scanner, groupindex, reprs of bytes matches).
import copy
import re

print(re.findall(r'\w+', 'naïve café ŝi ΑΒΓ αβγ данные 数据 ١٢٣ x²'))
print(re.findall(r'\d+', '123 ١٢٣ ۴۵ ² ½'))
print(re.findall(r'\s+', 'a\u00a0b\u2003c\u3000d\x1ce'))
print(re.findall(r'(?i)σ+', 'Σσς'), re.findall(r'(?i)[α-ω]+', 'ΑΒΓ'))
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAßE'))
print(re.findall(r'(?i)[^a-z]', 'AbC1'), re.findall(r'(?i)[k]', 'kK\u212a'))
print(re.findall(r'(?i)ǆ', 'ǄǅǆDž'))
print(re.match(r'(?i)\u00ff', '\u0178'), re.match(r'(?i)ı', 'I'))
print(re.findall(r'\W', 'a-b_c d'), re.findall(r'[^\W\d_]+', 'ab_12cd'))
print(re.findall(r'\bword\b', 'word wordy sword word.'))
print(re.findall(r'(?a)\bé', 'é aé'), re.findall(r'\bé', 'é aé'))

pattern = re.compile(r"""
    (?P<key> [a-z_]+ )      # a key
    \s* = \s*               # equals, spaced or not
    (?P<value> "[^"]*"      # a quoted value
             | \d+ )        # or a number
    [ ]* ;?                 # a literal space in a class survives
""", re.VERBOSE)
for m in pattern.finditer('name = "x y"; count=3 ;other= "z"'):
    print(m.groupdict(), m.span())
print(re.findall(r'(?x) a \  b [#] c \# # comment', 'a b#c#'))
print(re.search(r'''(?x)
    ^ \d{3}   # area
    - \d{4} $ # number
''', '555-1234'))
print(re.findall(r'(?i:A)a', 'aa Aa AA aA'), re.findall(r'a(?-i:A)', 'aA AA', re.I))
print(re.findall(r'(?m:^x)|y$', 'x\nyx\ny'))

p = re.compile(r'(?P<word>\w+)')
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match('hi there')
print(copy.copy(m) is m)
s = p.scanner('one two')
print(s.search(), s.search(), s.search())
try:
    p.groupindex['other'] = 2
except TypeError as e:
    print('TypeError', e)
print(re.match(rb'(\w+) (?P<b>\w+)', b'ab cd'))
print(re.search(rb'\d', b'x1').re, re.search(rb'\d', b'x1').string)
print(re.compile('a', 2), re.compile(r'\d', re.I | re.A).flags)
print(re.search(r'x', 'x' * 500))
print(repr(re.search(r'a.c', 'xa\u00e9cx').group()))
