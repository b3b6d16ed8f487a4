lst = [3, 1, 2]
lst.append(4)
print(lst)
lst.extend([5, 6])
lst.extend(range(2))
print(lst)
lst.insert(0, "start")
lst.insert(100, "end")
lst.insert(-1, "before end")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2))
print(lst)
lst.remove(1)
print(lst, lst.index(2), lst.count(0), lst.count(99))
try:
    lst.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
lst.reverse()
print(lst)
c = lst.copy()
c.clear()
print(c, len(lst))
print([1, 2] + [3], [0] * 4, [[]] * 2, 3 * [1])
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(len([]), min([4, 2, 8]), sum([1.5, 2.5]))
nested = [[1]] * 3
nested[0].append(2)
print(nested)
print(list("abc"), list(range(3)), list((1, 2)), list({"a": 1}))
print([1, 2, 3].index(3, 1), [0, 1, 0, 1].index(1, 2))
x = [1, 2]
x *= 2
print(x)
