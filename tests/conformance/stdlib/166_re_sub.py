# re: sub and subn with string templates (\1, \g<name>, \g<0>, escapes), callables and
# counts, Match.expand, and the empty-match rules sub follows.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\w+)', r'[\g<a>|\g<1>|\g<0>]', 'ab cd'))
print(re.sub(r'a', lambda m: m.group().upper(), 'banana'))
print(re.sub(r'a', lambda m: m.group().upper(), 'banana', count=2))
print(re.sub(r'a', '-', 'banana', 1))
print(re.subn(r'a', '-', 'banana'))
print(re.subn(r'z', '-', 'banana'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(repr(re.sub(r'a', r'\n\t\\', 'a')))
print(re.sub(r'a', r'\&', 'a'))
print(re.sub(r'(a)', r'\101\0', 'a') == 'A\x00')
print(re.sub(r'(a)', r'\g<1>0', 'a'), re.sub(r'(a)', r'\10', 'a') if False else '')
print(re.sub(r'\s+', ' ', '  a \n\t b  '))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
print(re.sub(r'(?i)hello', 'bye', 'Hello HELLO'))
print(re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', count=-1))
print(re.sub(r'(\w)(\w)?', r'<\1\2>', 'abc'))
print(re.sub(r'^', '> ', 'l1\nl2', flags=re.M))
print(re.sub(r'$', ';', 'l1\nl2\n', flags=re.M))
p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
print(p.sub(r'\g<d>/\g<m>/\g<y>', 'from 2023-07-01 to 2024-01-31'))
print(p.subn(lambda m: m['y'], 'from 2023-07-01 to 2024-01-31'))
m = p.search('on 2023-07-01')
print(m.expand(r'\3.\2.\1 (\g<0>)'))
for tmpl in [r'\2', r'\g<x>', r'\q', r'\g', r'\g<', r'\g<1', r'\g<a b>', '\\', r'\400', r'\g<3>']:
    try:
        print(re.sub(r'(a)', tmpl, 'a'))
    except re.error as e:
        print('re.error:', e, '|', e.msg, e.pos, repr(e.pattern))
    except IndexError as e:
        print('IndexError:', e)
for f in [lambda m: None, lambda m: 5, lambda m: 0, lambda m: b'x']:
    try:
        print(repr(re.sub('a', f, 'bab')))
    except TypeError as e:
        print('TypeError', e)
for f in [lambda m: None, lambda m: 'x', lambda m: bytearray(b'y')]:
    try:
        print(repr(re.sub(b'a', f, b'bab')))
    except TypeError as e:
        print('TypeError', e)
