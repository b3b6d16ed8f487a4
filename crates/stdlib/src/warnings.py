"""Loopscope's warnings: warn and warn_explicit, the filters and their actions, the
once-per-location registries, showwarning and formatwarning, catch_warnings, as CPython
3.11 behaves (its C accelerator's messages).

Where a warning is reported comes from `_loopscope.caller`, our stand-in for
`sys._getframe`: a frame's file, line and that line's text. A frame's module (its
`__name__`, where its `__warningregistry__` lives) is the module in `sys.modules` whose
file that is. The source line printed under a warning is the one the frame gave, kept
here by (file, line) as CPython's `linecache` would read it from the file."""

import sys
import _loopscope

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

# The filters, first match wins: (action, message regex or None, category, module regex
# (or a plain name) or None, line number or 0). CPython 3.11's defaults: deprecations shown
# when the program's own code triggers them, the noisy categories ignored.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Bumped whenever `filters` changes, so each registry forgets what it had suppressed.
_filters_version = 1

# Source lines of the places warnings came from: (filename, lineno) -> text.
_source_lines = {}

# Registries of code whose module we cannot name (a `compile`d string), by file name.
_other_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _getline(filename, lineno):
    return _source_lines.get((filename, lineno), "")


# Showing and formatting.

class WarningMessage(object):
    """One warning as `showwarning` receives it; what `catch_warnings(record=True)` lists."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


def _formatwarnmsg_impl(msg):
    name = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {name}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # CPython points at where `source` was allocated when tracemalloc traces; we
        # never do, so it always says what it says untraced.
        text += f"{name}: Enable tracemalloc to get the object allocation traceback\n"
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg(msg):
    # A program that replaced `formatwarning` has its version used.
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                             msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    # A program that replaced `showwarning` has its version called.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
                    msg.line)
        return
    _showwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text `showwarning` writes for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None,
                                              line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# Filters.

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: `message` and `module` are regular expressions that must match the
    start of the warning's text (any case) and of its module's name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message from every module (its category unchecked,
    as CPython leaves it)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter added in front moves there if it was already in the list; one appended
    # is left where it is.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter, the defaults included."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # The default filters name their module with a plain string, compared whole.
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


# Issuing warnings.

def _module_of(filename):
    """The name and namespace of the module whose code is in `filename`, or (None, None)."""
    if filename.startswith("<frozen ") and filename.endswith(">"):
        name = filename[8:-1]
        module = sys.modules.get(name)
        return (name, module.__dict__) if module is not None else (name, None)
    main = sys.modules.get("__main__")
    if main is not None and getattr(main, "__file__", None) == filename:
        return "__main__", main.__dict__
    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) == filename:
            return name, module.__dict__
    return None, None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: `message` is its text or a Warning instance; it is reported at
    the caller of the function `stacklevel` - 1 frames out from here."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    frame = _loopscope.caller(stacklevel)
    if frame is None:
        filename, lineno = "sys", 1
        module, namespace = "sys", sys.__dict__
    else:
        filename, lineno, text = frame
        # linecache reads files: code compiled from a string ("<string>") has no line to
        # show, while our frozen modules stand for CPython's files of the same name.
        if filename.startswith("<frozen ") or not filename.startswith("<"):
            _source_lines[(filename, lineno)] = text
        module, namespace = _module_of(filename)
    if namespace is not None:
        registry = namespace.setdefault("__warningregistry__", {})
    else:
        registry = _other_registries.setdefault(filename, {})
    warn_explicit(message, category, filename, lineno, module, registry, namespace,
                  source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning said to come from `filename`:`lineno` in `module`, remembered (for
    the "default", "module" and "once" actions) in `registry`."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat)
                and (mod is None or _matches(mod, module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "module":
        registry[key] = True
        anywhere = (text, category, 0)
        if registry.get(anywhere):
            return
        registry[anywhere] = True
    elif action == "default":
        registry[key] = True
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# Context manager.

class catch_warnings(object):
    """Save the filters and `showwarning` on entry and restore them on exit. With
    `record=True`, warnings are not shown but listed, as WarningMessage objects, in the
    list `__enter__` returns. `action` (with `category`, `lineno`, `append`) adds a
    `simplefilter` for the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # Recording replaces whatever `showwarning` the program had set.
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl
