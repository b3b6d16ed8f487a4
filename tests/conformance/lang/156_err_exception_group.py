def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name missing"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be int"))
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return "ok"


print(validate({"name": "ann", "age": 3}))
try:
    validate({"age": "x"})
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
print("now uncaught")
validate({"name": "", "age": None})
