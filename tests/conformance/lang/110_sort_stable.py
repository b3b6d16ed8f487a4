records = [
    ("eng", "zoe"), ("ops", "al"), ("eng", "bob"), ("hr", "cat"),
    ("ops", "dan"), ("eng", "amy"), ("hr", "ben"),
]
by_dept = sorted(records, key=lambda r: r[0])
print(by_dept)
by_dept_rev = sorted(records, key=lambda r: r[0], reverse=True)
print(by_dept_rev)
two_pass = sorted(records, key=lambda r: r[1])
two_pass = sorted(two_pass, key=lambda r: r[0])
print(two_pass)
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
same = ["bb", "a", "cc", "d", "ee"]
print(sorted(same, key=len))
print(sorted(same, key=len, reverse=True))
big = [(i % 3, i) for i in range(15)]
print(sorted(big, key=lambda t: t[0]))
