nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True))
print(sorted(nums, key=lambda n: (n % 2, n)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
nums.sort()
print(nums)
nums.sort(key=lambda n: -n)
print(nums)
print(nums.sort(), "sort returns None")
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([]))
print(sorted([3.5, 1, True, 2]))
