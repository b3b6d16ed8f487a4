//! Checks the generator and SHA-512 against values printed by CPython 3.11.

use super::mt::Mt;
use super::sha512;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn sha512_matches_hashlib() {
    assert_eq!(
        hex(&sha512(b"")),
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
         47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
    );
    assert_eq!(
        hex(&sha512(b"abc")),
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
         2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
    );
    assert_eq!(
        hex(&sha512(&[b'a'; 200])),
        "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789\
         f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f"
    );
}

#[test]
fn seeded_outputs_match_cpython() {
    let mut mt = Mt::default();
    mt.seed_words(&[42]);
    let words: Vec<u32> = (0..3).map(|_| mt.next_u32()).collect();
    assert_eq!(words, [2746317213, 478163327, 107420369]);
    mt.seed_words(&[42]);
    assert_eq!(mt.random(), 0.6394267984578837);
    // 2**100 + 7: words 7, 0, 0, 16.
    mt.seed_words(&[7, 0, 0, 16]);
    assert_eq!(mt.next_u32(), 1786885132);
}
