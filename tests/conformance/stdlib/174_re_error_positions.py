# re: where re.error points when a pattern ends in a lone backslash, when an escape
# follows '(?', and for names, flags and conditionals cut short.
import re

for pattern in ['(?)\\', 'a(?P<\\', '[a\\', '\\x4\\', '(?(', '(?(1', '(?()a)', '(?(1\n)a)',
                '(?( 1 )a|b)', '(?(+1)a|b)', '(?\\x)', '(?P\\d)', '(?<\\d)', '(?ua)',
                '(?i\\x)', '(?i-\\x:a)', '(?#a\\)b', '(?#a\\)b)c', '(?P<a\\>x)', '(?P=a\\)',
                '(?x)a #\\', 'a{1,2', 'a{,', '(?P<a>x)(?(a)y|z)', '\\g<1>', '[\\g]']:
    try:
        p = re.compile(pattern)
        print(repr(pattern), 'compiles:', p.groups, p.findall('ab(a)x'))
    except re.error as e:
        print(repr(pattern), '->', e)
