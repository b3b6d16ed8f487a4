# re: a subject of 100,000 characters: findall, sub, split, finditer and a greedy '.*'
# neither recurse per character nor take quadratic time.
import re

words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet,', 'consectetur', 'adipiscing\n', 'elit.']
text = ' '.join(words[i % 8] for i in range(16000))[:100000]
print(len(text))
found = re.findall(r'\w+', text)
print(len(found), found[:3], found[-2:])
squeezed = re.sub(r'\s+', ' ', text)
print(len(squeezed), squeezed.count('\n'), repr(squeezed[:30]))
parts = re.split(r'[,.]\s*', text)
print(len(parts), repr(parts[1][:20]))
print(len(re.findall(r'(\w+),', text)))
print(len(re.findall(r'^\w+', text, re.M)))
print(sum(1 for _ in re.finditer(r'\bsit\b', text)))
print(re.match(r'(?s).*', text).end(), re.match(r'.*', text).end())
print(re.search(r'x', text), re.search(r'dolor\s+sit\s+amet,\s+consectetur$', text))
print(re.fullmatch(r'[\w\s,.]*', text) is not None)
print(len(re.sub(r'(\w+) (\w+)', r'\2 \1', text)))
print(len(re.findall(r'\s', 'a ' * 50000)))
print(len(re.sub(r'a', 'bb', 'a' * 100000)))
print(re.match(r'(?:ab)*', 'ab' * 50000).end())
print(re.match(r'(ab|cd)*', 'abcd' * 25000).group(1))
