# re: what repeated and nested groups capture when iterations match nothing, when a later
# alternative or a lazy repeat is taken after backtracking, and at findall's empty matches.
import re

cases = [
    (r'((.)??){1,2}', ' '), (r'(([ab])*?){1,2}', 'acbb '), (r'(\s|(?:(?<!b)|.)){1,2}', ' ab'),
    (r'(a*)*', 'aab'), (r'(a*)+', 'b'), (r'(a*)?', 'b'), (r'(a*){2,3}', 'aa'),
    (r'(a|b*)*', 'ab'), (r'(a|b*?)+', 'ab'), (r'(?:(a)|(b)|c)*', 'abcab'),
    (r'((a)|(b))*', 'ab'), (r'((a)|(b))*?c', 'abc'), (r'(?:a|(b))*', 'ba'),
    (r'(a)(?:(b)|c)+', 'abc'), (r'((a)(b)?)+', 'aba'), (r'(x)?(x)?(x)?', 'xx'),
    (r'(\w+?)(\d*)$', 'abc123'), (r'(\w+)(\d+)', 'abc123'), (r'(.*?)(\d{2,})', 'x12345'),
    (r'(?:(\d)|([a-z]))+', '1a2b'), (r'(a?){3}', 'aa'), (r'(a?)+?b', 'aab'),
    (r'((\w)\2)+', 'aabbcd'), (r'(?:(?P<x>a)|(?P<y>b))+', 'ab'),
]
for pattern, subject in cases:
    p = re.compile(pattern)
    m = p.search(subject)
    print(repr(pattern), repr(subject), m and (m.span(), m.groups(), m.lastindex, m.regs))
    print('   findall', p.findall(subject))
    print('   sub', repr(p.sub('<\\g<0>>', subject)), p.split(subject))
    f = p.fullmatch(subject)
    print('   fullmatch', f and f.regs)
