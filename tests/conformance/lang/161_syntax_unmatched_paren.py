# A closing parenthesis with no opener.
print("never printed")
numbers = [1, 2, 3]


def total(xs):
    return sum(xs)


result = total(numbers))
print(result)
print("end")
