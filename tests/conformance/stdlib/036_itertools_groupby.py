import itertools

for key, group in itertools.groupby("AAAABBBCCDAABBB"):
    print(key, list(group))
print([k for k, _ in itertools.groupby([1, 1, 2, 3, 3, 3, 1])])
people = [("ann", "dev"), ("bob", "ops"), ("cy", "dev"), ("dee", "ops"), ("eve", "dev")]
people.sort(key=lambda p: p[1])
for team, members in itertools.groupby(people, key=lambda p: p[1]):
    print(team, [m[0] for m in members])
groups = itertools.groupby([1, 2, 3, 10, 11, 20], key=lambda n: n // 10)
first_key, first_group = next(groups)
second_key, _ = next(groups)
print(first_key, list(first_group), second_key)
print([(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
