matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a)])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([c for w in ["ab", "cd"] for c in w * 2])
print({k: {v for v in range(k)} for k in range(3)})
print([[i for i in range(n)] for n in range(4)])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
flat = [y for x in [[1, [2]], [3, [4]]] for y in x]
print(flat)
print(sum(x for row in matrix for x in row))
print([list(zip(*matrix))[i] for i in (0, 2)])
