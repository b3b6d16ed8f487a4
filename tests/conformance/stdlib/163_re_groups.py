# re: capturing, non-capturing and named groups, backreferences, lookarounds,
# conditionals, comments, and the Match object's API.
import re

m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?', 'Name: Jane Doe')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m[0], m[1], m['first'])
print(m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict('-'))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('rest'))
print(m.start(3), m.end(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, repr(m.string))
print(m.re, m.re.groups, dict(m.re.groupindex), m.re.groupindex)
print(m.regs)
print(m.expand(r'\2, \1 (\g<first>|\g<0>)'))
print(bool(m))
for bad in (4, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

print(re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'(?P<outer>(a)b)', 'ab').lastgroup)
print(re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'(?:a)', 'a').lastindex, re.match(r'(?:a)', 'a').lastgroup)
print(re.match(r'(?:(a)|b)+', 'ab').lastindex)

print(re.search(r'(\w)\1', 'abccd'))
print(re.search(r'(?P<x>\w)(?P=x)', 'abddc'))
print(re.search(r'(?i)(a)\1', 'xaA'))
print(re.search(r'(a*)b\1', 'aabaa'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').group(11))
print(re.search(r'(a)(?:x\1)?', 'axa'))

print(re.search(r'\w+(?=!)', 'hi yo!'))
print(re.search(r'\w+(?!\w|!)', 'hi! yo'))
print(re.search(r'(?<=\$)\d+', 'cost: $42'))
print(re.search(r'(?<!\$)\b\d+', '$42 17'))
print(re.search(r'(?<=ab|cd)x', 'cdx'))
print(re.search(r'(?<=\d{3})x', '12x 123x'))
print(re.search(r'(?=(\w+))\w', 'abc').groups())
print(re.search(r'(?!(a))\w', 'ab').groups())
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.search(r'(?:a(?=b)|ac)', 'ac'))

print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'))
print(re.match(r'(?P<q>")?\w+(?(q)")$', '"abc"'), re.match(r'(?P<q>")?\w+(?(q)")$', '"abc'))
print(re.match(r'(a)?(?(1)b)c', 'c'))
print(re.match(r'a(?#a comment)b', 'ab'))
print(re.match(r'(?:ab)(c)', 'abc').groups())
print(re.compile(r'(a)(?:b)(?P<c>c)').groups)
