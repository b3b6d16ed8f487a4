# re: re.error's messages, positions, lines and columns for malformed patterns.
import re

for pattern in ['*', 'a**', '+a', 'a|*', '^*', '(', '(a', 'a)', '(?:a))', r'\q', r'\8',
                '(?<x)', '(?x', '(?z)', '(?P', '(?Px)', '(?P<1>a)', '(?P<>a)', '(?P<a',
                '(?P<a>a)(?P<a>b)', '(?P=x)', '(?P<a>(?P=a))', r'\2(a)', r'(a\1)',
                'a{3,2}', '[z-a]', '[a', '[]', r'[\d-z]', r'[\A]', r'\x4', r'\u12',
                r'\U1234', '(?#abc', 'a(?i)', '(?i', '(?-i)', '(?i-', '(?(2)a|b)',
                '(?(a)a|b)', '(?(1a)a|b)', '(?(1)a|b|c)', r'\400', '(?<=a+)b',
                '(?<!a|bc)d', 'x{2}{3}', '\\', 'a\n(b', '(?=', '(?P<a-b>x)', r'\N{NOPE}']:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiles')
    except re.error as e:
        print(repr(pattern), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pattern)
e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('bad', 'ab\ncd', 4)
print(e, '|', e.lineno, e.colno)
e = re.error('bad', b'ab', 1)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__module__)
try:
    re.compile(b'(')
except re.error as e:
    print(e, e.pattern)
