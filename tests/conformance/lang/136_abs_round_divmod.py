print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-10 ** 30), abs(3 + 4j), abs(True))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(3.5), round(4.5))
print(round(7.125, 2), round(123.456, -1), round(5.5), round(6.5))
print(round(12345, -3), round(-12345, -3), round(12500, -3), round(13500, -3))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 10 ** 10))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Dist:
    def __abs__(self):
        return "custom abs"

    def __round__(self, n=None):
        return f"round to {n}"

    def __divmod__(self, o):
        return ("q", "r")


print(abs(Dist()), round(Dist()), round(Dist(), 3), divmod(Dist(), 1))
