# sys.implementation is a namespace (not a string): programs read its attributes to
# learn which Python they run on. Its values differ between implementations; its shape
# does not.
import sys

impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower())
print(impl.version[:2] == sys.version_info[:2])
print(hasattr(impl, "cache_tag"), hasattr(impl, "hexversion"))
print(isinstance(impl.hexversion, int), impl.hexversion >> 24)
print(repr(impl).startswith("namespace(name="))
