from collections import Counter, defaultdict

text = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = text.lower().split()
freq = Counter(words)
for word, count in freq.most_common(5):
    print(f"{word:>8} {'*' * count}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(n, by_len[n])
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(3), sum(letters.values()))
