//! SHA-512 (FIPS 180-4), which `random.seed(str)` needs: CPython turns a string seed into
//! the int `from_bytes(s + sha512(s).digest())`. The round constants are derived at run time
//! from their definition (fractional bits of prime roots) rather than typed in.

use num_bigint::BigUint;

/// The first `n` primes.
fn primes(n: usize) -> Vec<u64> {
    let mut out = vec![];
    let mut k = 2u64;
    while out.len() < n {
        if out
            .iter()
            .take_while(|&&p| p * p <= k)
            .all(|&p| !k.is_multiple_of(p))
        {
            out.push(k);
        }
        k += 1;
    }
    out
}

/// The low 64 bits of `floor(root(p * 2**(64*deg)))`: the first 64 fractional bits of
/// `p`'s square (`deg` 2) or cube (`deg` 3) root.
fn frac_root(p: u64, deg: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * deg as usize);
    let root = if deg == 2 {
        scaled.sqrt()
    } else {
        scaled.cbrt()
    };
    root.iter_u64_digits().next().unwrap_or(0)
}

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let ps = primes(80);
    let k: Vec<u64> = ps.iter().map(|&p| frac_root(p, 3)).collect();
    let mut h: Vec<u64> = ps[..8].iter().map(|&p| frac_root(p, 2)).collect();

    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());

    let mut w = [0u64; 80];
    for block in msg.chunks_exact(128) {
        for (t, word) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(word);
            w[t] = u64::from_be_bytes(b);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = s1
                .wrapping_add(w[t - 7])
                .wrapping_add(s0)
                .wrapping_add(w[t - 16]);
        }
        let mut v = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
        for t in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(big_s1)
                .wrapping_add(ch)
                .wrapping_add(k[t])
                .wrapping_add(w[t]);
            let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = big_s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}
