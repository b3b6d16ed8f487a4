items = ["a", "b", "c"]
print(items[0], items[-1], items[2])
try:
    items[3]
except IndexError as e:
    print("caught:", e)
try:
    "abc"[5]
except IndexError as e:
    print("caught:", e)
try:
    (1, 2)[-3]
except IndexError as e:
    print("caught:", e)
grid = [[1, 2], [3, 4]]
for r in range(2):
    for c in range(2):
        print(r, c, grid[r][c])
print(grid[1][2])
