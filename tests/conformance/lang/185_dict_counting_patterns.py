text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
by_len = {}
for w in set(text.split()):
    by_len.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), max(matrix, key=matrix.get))
nested = {}
for path in ["a/b", "a/c", "d/e"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
