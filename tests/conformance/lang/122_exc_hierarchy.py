def chain(cls):
    return [c.__name__ for c in cls.__mro__]


for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit,
            NotImplementedError, ModuleNotFoundError, UnboundLocalError, BaseExceptionGroup]:
    print(cls.__name__, chain(cls))

print(issubclass(KeyError, LookupError), issubclass(bool, int))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

try:
    try:
        raise SystemExit(3)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)

try:
    {}["k"]
except LookupError as e:
    print("LookupError catches", type(e).__name__)

try:
    raise ArithmeticError("base")
except ZeroDivisionError:
    print("subclass handler does not catch base")
except ArithmeticError as e:
    print("caught", repr(e))

e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
print(isinstance(ValueError(), (TypeError, ValueError)))
print(IOError is OSError, EnvironmentError is OSError)
