# re: tokenizing with re.Scanner, with finditer over named alternatives (lastgroup), and
# with match at advancing positions.
import re

scanner = re.Scanner([
    (r'[0-9]+(?:\.[0-9]*)?', lambda s, t: ('NUM', float(t) if '.' in t else int(t))),
    (r'[a-zA-Z_]\w*', lambda s, t: ('NAME', t)),
    (r'[-+*/()=]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y + 42)'))
print(scanner.scan('a + b ? c'))
print(scanner.scan(''))

spec = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
        ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
token_re = re.compile('|'.join('(?P<%s>%s)' % pair for pair in spec))
code = 'total := price * 3;\nif x := 2.5 $'
line = 1
for m in token_re.finditer(code):
    kind = m.lastgroup
    if kind == 'NEWLINE':
        line += 1
    elif kind != 'SKIP':
        print(line, kind, repr(m.group()), m.start() - code.rfind('\n', 0, m.start()) - 1)

word = re.compile(r'\s*(\w+|[^\w\s])')
pos = 0
text = 'Hello, world! 42 times.'
tokens = []
while True:
    m = word.match(text, pos)
    if not m:
        break
    tokens.append(m.group(1))
    pos = m.end()
print(tokens, pos, len(text))
