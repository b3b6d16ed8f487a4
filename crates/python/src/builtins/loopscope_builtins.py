# Python halves of builtins (module `_loopscope_builtins`; its frames are hidden from
# tracebacks, as a builtin's are). A builtin hands its work to these when the work runs
# Python code — a generator, a class's __next__, a key function — so the work runs in the
# interpreter's own loop, in slices the host can interleave with drawing the page and
# stop, instead of inside one native call that cannot be interrupted.


async def anext_default(it, default):
    try:
        return await type(it).__anext__(it)
    except StopAsyncIteration:
        return default


def sum(iterable, start):
    for item in iterable:
        start = start + item
    return start


def any(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all(iterable):
    for item in iterable:
        if not item:
            return False
    return True


def min_max(iterable, key, default, has_default, name, want_max):
    it = iter(iterable)
    for best in it:
        break
    else:
        if has_default:
            return default
        raise ValueError(f"{name}() arg is an empty sequence")
    best_key = best if key is None else key(best)
    for item in it:
        item_key = item if key is None else key(item)
        if want_max:
            if item_key > best_key:
                best, best_key = item, item_key
        elif item_key < best_key:
            best, best_key = item, item_key
    return best


def sorted(iterable, key, reverse):
    items = [item for item in iterable]
    if key is None:
        items.sort(reverse=reverse)
        return items
    # Keys are computed here; the sort compares (key, position) pairs natively, which keeps
    # it stable in both directions and never compares the items themselves.
    if reverse:
        pairs = [(key(item), -i) for i, item in enumerate(items)]
    else:
        pairs = [(key(item), i) for i, item in enumerate(items)]
    pairs.sort(reverse=reverse)
    return [items[-i] if reverse else items[i] for _, i in pairs]


def list_sort(lst, key, reverse):
    # list.sort(key=...): as in CPython the list looks empty while the keys are computed
    # and the items sorted; a key that raises leaves it as it was, and a list changed
    # meanwhile gets the sorted items back and a ValueError.
    items = list.copy(lst)
    list.clear(lst)
    try:
        if reverse:
            pairs = [(key(item), -i) for i, item in enumerate(items)]
        else:
            pairs = [(key(item), i) for i, item in enumerate(items)]
        pairs.sort(reverse=reverse)
        items = [items[-i] if reverse else items[i] for _, i in pairs]
    finally:
        modified = list.__len__(lst) != 0
        list.__setitem__(lst, slice(None), items)
    if modified:
        raise ValueError("list modified during sort")


def list_extend(lst, iterable):
    for item in iterable:
        list.append(lst, item)


def to_dict(iterable):
    d = {}
    for i, item in enumerate(iterable):
        try:
            pair = item if type(item) is list or type(item) is tuple else list(item)
        except TypeError:
            raise TypeError(
                f"cannot convert dictionary update sequence element #{i} to a sequence"
            ) from None
        if len(pair) != 2:
            raise ValueError(
                f"dictionary update sequence element #{i} has length {len(pair)}; 2 is required"
            )
        d[pair[0]] = pair[1]
    return d


def to_list(iterable):
    return [item for item in iterable]


def to_tuple(iterable):
    return tuple([item for item in iterable])


def to_set(iterable):
    return {item for item in iterable}


def join(sep, iterable):
    return sep.join([item for item in iterable])
