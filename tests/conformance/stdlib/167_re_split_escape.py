# re: split (with groups, maxsplit, empty matches), escape, purge, compile's cache and
# argument checks.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split(r'\W+', 'Words, words', maxsplit=-1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'))
print(re.split(r'\b', 'a b'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r',', ''))
print(re.split(r'', 'abc'))
print(re.split(r'\s*;\s*', 'a ; b;c ;d'))
print(re.compile(r'[,;]').split('a,b;c', 1))

print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn-o&p~q#r/s_t:u"v'))
print(re.escape('plain_text123'), re.escape(''), re.escape('é\n'))
print(re.escape(b'a.b c'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))

p1 = re.compile(r'\d+')
print(re.compile(r'\d+') is p1)
re.purge()
print(re.compile(r'\d+') == p1)
print(re.compile(p1) is p1)
for call in (lambda: re.compile(p1, re.I), lambda: re.compile(5), lambda: re.match('a', b'a'),
             lambda: re.match(b'a', 'a'), lambda: re.compile('a', re.L),
             lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.A | re.U),
             lambda: re.search('a', 5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(p1, re.Pattern), isinstance(p1.match('1'), re.Match))
print(re.Pattern.__name__, re.Match.__name__, re.error.__name__)
