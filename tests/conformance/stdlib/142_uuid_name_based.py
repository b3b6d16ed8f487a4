# uuid3 and uuid5: name-based identifiers in the standard namespaces are the same
# everywhere; bytes names and non-UUID namespaces are refused.
import uuid

for ns_name in ("NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"):
    ns = getattr(uuid, ns_name)
    a = uuid.uuid3(ns, "python.org")
    b = uuid.uuid5(ns, "python.org")
    print(ns_name, a, a.version, a.variant, b, b.version)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "loopscope.example") == uuid.uuid5(uuid.NAMESPACE_DNS, "loopscope.example"))
print(repr(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a?b=c")))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "naïve café").hex)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    uuid.uuid5("not-a-uuid", "x")
except AttributeError as e:
    print("AttributeError:", e)
