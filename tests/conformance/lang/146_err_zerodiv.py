def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"error: {e}"


print(safe_div(10, 4))
print(safe_div(1, 0))
print(safe_div(1.0, 0.0))
values = [5, 4, 3, 2, 1, 0]
for v in values:
    print(100 // v)
print("unreached")
