# UUIDs from their text forms, bytes, little-endian bytes, fields and ints; every view
# of one; versions and variants.
import uuid
from uuid import UUID

text = "12345678-1234-5678-9234-567812345678"
same = [UUID(text), UUID("{" + text + "}"), UUID("urn:uuid:" + text),
        UUID(text.replace("-", "")), UUID("12-345678123456789234567812345678"),
        UUID(bytes=bytes.fromhex(text.replace("-", ""))),
        UUID(bytes_le=UUID(text).bytes_le),
        UUID(fields=(0x12345678, 0x1234, 0x5678, 0x92, 0x34, 0x567812345678)),
        UUID(int=0x12345678123456789234567812345678), UUID(UUID(text).hex)]
print(all(u == same[0] for u in same), len(set(same)))

u = same[0]
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.version, u.variant, u.is_safe, int(u))
print(f"{u}", "{}".format(u), str(u).upper())

for value in ("00000000-0000-0000-0000-000000000000", "12345678-1234-5678-1234-567812345678",
              "12345678-1234-5678-c234-567812345678", "12345678-1234-5678-e234-567812345678",
              "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "ffffffff-ffff-ffff-ffff-ffffffffffff"):
    v = UUID(value)
    print(value, v.version, v.variant)

for version in (1, 2, 3, 4, 5):
    v = UUID(text.replace("-", ""), version=version)
    print(version, v, v.version, v.variant)
print(UUID(int=0, version=4), UUID(bytes=b"\xff" * 16, version=1))

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.NAMESPACE_DNS.version, uuid.NAMESPACE_DNS.time, uuid.NAMESPACE_DNS.node)
print(uuid.RESERVED_NCS, "|", uuid.RFC_4122, "|", uuid.RESERVED_MICROSOFT, "|",
      uuid.RESERVED_FUTURE)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unsafe.value, repr(uuid.SafeUUID.unknown))
print(UUID(text, is_safe=uuid.SafeUUID.safe).is_safe)
