//! Module tests: short programs run with every module installed, compared with what
//! CPython 3.11 printed for them, plus calls with bad arguments that must raise, not panic.

use loopscope_python::{run_to_completion, Interp, SharedSink};

/// Runs `source` and returns (stdout, stderr).
fn run(source: &str) -> (String, String) {
    let sink = SharedSink::default();
    let mut interp = Interp::new(Box::new(sink.clone()));
    super::install(&mut interp);
    run_to_completion(&mut interp, source, "/tmp/prog.py");
    let out = sink.0.borrow().clone();
    (out.stdout, out.stderr)
}

/// Asserts that `source` prints `expected`.
fn check(source: &str, expected: &str) {
    let (out, err) = run(source);
    assert_eq!(out, expected, "stderr:\n{err}");
}

/// Asserts the last line of stderr.
fn check_err(source: &str, last_line: &str) {
    let (_, err) = run(source);
    assert_eq!(
        err.trim_end().lines().last().unwrap_or(""),
        last_line,
        "stderr:\n{err}"
    );
}

#[test]
fn math_float_edges() {
    check(
        "import math\n\
         print(math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(1.5, -1074), math.ldexp(-0.75, -1073))\n\
         print(math.frexp(5e-324), math.frexp(2.2250738585072014e-308), math.frexp(-0.0))\n\
         print(math.fsum([1e16, 1.0, 1e-16]), math.fsum([0.5, 2.0**53, 1.0]), math.fsum([2.0**53, -0.5, -2.0**-54]))\n\
         print(math.hypot(3e-320, 4e-320), math.hypot(1.5, 2.5, 3.5), math.nextafter(-0.0, 1.0), math.ulp(5e-324))\n\
         print(math.remainder(2.5, 1), math.remainder(3.5, 1), math.remainder(-2.5, 1), math.log(2**1100))\n",
        "0.0 1e-323 1e-323 -1e-323\n\
         (0.5, -1073) (0.5, -1021) (-0.0, 0)\n\
         1.0000000000000002e+16 9007199254740994.0 9007199254740991.0\n\
         5e-320 4.55521678957215 5e-324 5e-324\n\
         0.5 -0.5 -0.5 762.4618986159398\n",
    );
}

#[test]
fn random_matches_cpython() {
    check(
        "import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 10), random.getrandbits(70))\n",
        "0.6394267984578837 1 281774556622676705531\n",
    );
}

#[test]
fn json_round_trip() {
    check(
        "import json\nprint(json.dumps({'a': [1, 2.5, None, True, '\\u00e9']}, indent=1))\n\
         print(json.loads('[1, {\"b\": \"\\\\ud83d\\\\ude00\"}]'))\n",
        "{\n \"a\": [\n  1,\n  2.5,\n  null,\n  true,\n  \"\\u00e9\"\n ]\n}\n[1, {'b': '😀'}]\n",
    );
    check_err(
        "import json\njson.loads('[1, 2')\n",
        "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5)",
    );
}

#[test]
fn natives_reject_bad_arguments() {
    let cases = [
        ("import _random\n_random.Random.random()\n", "TypeError"),
        (
            "import _random\n_random.Random.setstate(_random.Random(), (1, 2))\n",
            "ValueError",
        ),
        ("import _json\n_json.encode()\n", "TypeError"),
        (
            "import _json\n_json.decode(1, 2, 3, 4, 5, 6, 7, 8, 9)\n",
            "TypeError",
        ),
        (
            "import _loopscope\n_loopscope.compile_module(1, 2)\n",
            "TypeError",
        ),
        ("import math\nmath.ldexp()\n", "TypeError"),
        ("import math\nmath.comb(10**30, 10**29)\n", "OverflowError"),
        ("import random\nrandom.getrandbits(10**12)\n", "MemoryError"),
        (
            "import _collections\n_collections.deque.append()\n",
            "TypeError",
        ),
        (
            "import _collections\n_collections.deque.pop(5)\n",
            "TypeError",
        ),
        (
            "from collections import deque\ndeque([1])[2**70]\n",
            "IndexError",
        ),
        (
            "from collections import deque\ndeque([1]) * (10**12)\n",
            "MemoryError",
        ),
        ("import _struct\n_struct.Struct.pack()\n", "TypeError"),
        (
            "import _struct\n_struct.Struct.__new__(_struct.Struct).unpack(b'')\n",
            "TypeError",
        ),
        (
            "import _struct\n_struct.pack('4611686018427387904s', b'')\n",
            "MemoryError",
        ),
        (
            "import _struct\nit = _struct.iter_unpack('b', b'a')\ntype(it)().__next__()\n",
            "TypeError",
        ),
        ("import _struct\n_struct.unpack('0p', b'')\n", "SystemError"),
        (
            "import binascii\nbinascii.hexlify(b'a', '-', 2**40)\n",
            "OverflowError",
        ),
        ("import binascii\nbinascii.a2b_base64(None)\n", "TypeError"),
    ];
    for (source, kind) in cases {
        let (_, err) = run(source);
        let last = err.trim_end().lines().last().unwrap_or("").to_string();
        assert!(last.starts_with(kind), "{source}: {err}");
    }
}

#[test]
fn datetime_and_uuid_match_cpython() {
    check(
        "from datetime import datetime, timedelta, timezone\n\
         d = datetime(2024, 2, 28, 23, 30, tzinfo=timezone.utc) + timedelta(hours=1)\n\
         print(repr(d), d.isoformat(), d.strftime('%a %j %U'), timedelta(-1, 5) * 1.5)\n\
         print(datetime.strptime('29/02/24 1pm', '%d/%m/%y %I%p'), datetime.fromisoformat('2024W011T03:04Z'))\n\
         from uuid import UUID\n\
         u = UUID('{6ba7b810-9dad-11d1-80b4-00c04fd430c8}')\n\
         print(u.version, u.variant, u.fields, u.bytes_le.hex())\n",
        "datetime.datetime(2024, 2, 29, 0, 30, tzinfo=datetime.timezone.utc) \
         2024-02-29T00:30:00+00:00 Thu 060 08 -2 days, 12:00:07.500000\n\
         2024-02-29 13:00:00 2024-01-01 03:04:00+00:00\n\
         1 specified in RFC 4122 (1806153744, 40365, 4561, 128, 180, 825973027016) \
         10b8a76bad9dd11180b400c04fd430c8\n",
    );
    check_err(
        "import datetime\ndatetime.date(2024, 2, 30)\n",
        "ValueError: day is out of range for month",
    );
    check_err(
        "import uuid\nuuid.UUID('xyz')\n",
        "ValueError: badly formed hexadecimal UUID string",
    );
}

#[test]
fn decimal_without_the_loop() {
    // No contextvars here (that is aio's): decimal keeps one context for the run.
    check(
        "from decimal import Decimal, getcontext, localcontext\n\
         print(Decimal('1.10') + Decimal('2.205'), Decimal(1) / 7, hash(Decimal('0.5')) == hash(0.5))\n\
         with localcontext(prec=5):\n    print(Decimal(2).sqrt(), f\"{Decimal('1234.5'):,.2f}\")\n\
         print(getcontext().prec, Decimal('2.675').quantize(Decimal('0.01')), round(Decimal('2.5')))\n",
        "3.305 0.1428571428571428571428571429 True\n1.4142 1,234.50\n28 2.68 2\n",
    );
    check_err(
        "from decimal import Decimal\nDecimal(1) / 0\n",
        "decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]",
    );
}

#[test]
fn struct_binascii_and_base64_match_cpython() {
    check(
        "import struct, binascii, base64\n\
         print(struct.pack('<hH', -2, 65535), struct.unpack('>e', b'\\x3c\\x00'), struct.calcsize('@bq'))\n\
         print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('@bi', 1, 2).hex())\n\
         print(binascii.crc32(b'hello world'), binascii.hexlify(b'\\x01\\x02\\x03', ':', 2))\n\
         print(base64.b64encode(b'\\xfb\\xff'), base64.b32encode(b'ab'), base64.b85encode(b'abc'))\n",
        "b'\\xfe\\xff\\xff\\xff' (1.0,) 16\n\
         (0.10000000149011612,) 0100000002000000\n\
         222957957 b'01:0203'\n\
         b'+/8=' b'MFRA====' b'VPaz'\n",
    );
    check_err(
        "import struct\nstruct.pack('>h', 40000)\n",
        "struct.error: 'h' format requires -32768 <= number <= 32767",
    );
    check_err(
        "import base64\nbase64.b64decode('YQ=', validate=True)\n",
        "binascii.Error: Incorrect padding",
    );
}
