def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")


def process(items):
    for item in items:
        print("processing", item)
    try:
        return items[len(items)]
    except IndexError:
        cleanup("buffer")


try:
    process([1])
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
print("second run uncaught")
process(["a", "b"])
