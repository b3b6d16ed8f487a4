//! MD5 (RFC 1321), SHA-1 and the SHA-2 family (FIPS 180-4) as incremental hashers. The
//! constants are derived at first use from their definitions (sines, and the fractional
//! bits of prime square and cube roots) rather than typed in.

use std::sync::OnceLock;

use num_bigint::BigUint;

/// The algorithms `hashlib` offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Algo {
    pub const ALL: [Algo; 6] = [
        Algo::Md5,
        Algo::Sha1,
        Algo::Sha224,
        Algo::Sha256,
        Algo::Sha384,
        Algo::Sha512,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha224 => "sha224",
            Algo::Sha256 => "sha256",
            Algo::Sha384 => "sha384",
            Algo::Sha512 => "sha512",
        }
    }

    /// By name, as `hashlib.new` accepts it (any case).
    pub fn named(name: &str) -> Option<Algo> {
        let lower = name.to_ascii_lowercase();
        Algo::ALL.into_iter().find(|a| a.name() == lower)
    }

    pub fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 => 28,
            Algo::Sha256 => 32,
            Algo::Sha384 => 48,
            Algo::Sha512 => 64,
        }
    }

    pub fn block_size(self) -> usize {
        match self {
            Algo::Sha384 | Algo::Sha512 => 128,
            _ => 64,
        }
    }
}

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

/// The first 64 fractional bits of `p`'s square (`deg` 2) or cube (`deg` 3) root.
fn frac_root(p: u64, deg: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * deg as usize);
    let root = if deg == 2 {
        scaled.sqrt()
    } else {
        scaled.cbrt()
    };
    root.iter_u64_digits().next().unwrap_or(0)
}

struct Consts {
    md5_k: [u32; 64],
    sha1_k: [u32; 4],
    k256: [u32; 64],
    h256: [u32; 8],
    h224: [u32; 8],
    k512: [u64; 80],
    h512: [u64; 8],
    h384: [u64; 8],
}

fn consts() -> &'static Consts {
    static CONSTS: OnceLock<Consts> = OnceLock::new();
    CONSTS.get_or_init(|| {
        let ps = primes(80);
        let mut c = Consts {
            md5_k: [0; 64],
            sha1_k: [0; 4],
            k256: [0; 64],
            h256: [0; 8],
            h224: [0; 8],
            k512: [0; 80],
            h512: [0; 8],
            h384: [0; 8],
        };
        for (i, k) in c.md5_k.iter_mut().enumerate() {
            *k = ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32;
        }
        // SHA-1's are 2**30 times the square roots of 2, 3, 5 and 10.
        for (k, n) in c.sha1_k.iter_mut().zip([2u64, 3, 5, 10]) {
            *k = (BigUint::from(n) << 60u32)
                .sqrt()
                .iter_u32_digits()
                .next()
                .unwrap_or(0);
        }
        for (k, &p) in c.k512.iter_mut().zip(&ps) {
            *k = frac_root(p, 3);
        }
        for i in 0..64 {
            c.k256[i] = (c.k512[i] >> 32) as u32;
        }
        for i in 0..8 {
            c.h512[i] = frac_root(ps[i], 2);
            c.h256[i] = (c.h512[i] >> 32) as u32;
            c.h384[i] = frac_root(ps[i + 8], 2);
            c.h224[i] = c.h384[i] as u32;
        }
        c
    })
}

/// Chaining state: MD5 and SHA-1 use 4 and 5 words of it.
#[derive(Clone)]
enum State {
    W32([u32; 8]),
    W64([u64; 8]),
}

/// An incremental hasher.
#[derive(Clone)]
pub struct Hasher {
    algo: Algo,
    state: State,
    pending: Vec<u8>,
    length: u128,
}

impl Hasher {
    pub fn new(algo: Algo) -> Hasher {
        let c = consts();
        let md_init = [
            0x6745_2301,
            0xefcd_ab89,
            0x98ba_dcfe,
            0x1032_5476,
            0xc3d2_e1f0,
        ];
        let state = match algo {
            Algo::Md5 | Algo::Sha1 => {
                let mut s = [0u32; 8];
                s[..5].copy_from_slice(&md_init);
                State::W32(s)
            }
            Algo::Sha224 => State::W32(c.h224),
            Algo::Sha256 => State::W32(c.h256),
            Algo::Sha384 => State::W64(c.h384),
            Algo::Sha512 => State::W64(c.h512),
        };
        Hasher {
            algo,
            state,
            pending: Vec::new(),
            length: 0,
        }
    }

    pub fn algo(&self) -> Algo {
        self.algo
    }

    pub fn update(&mut self, mut data: &[u8]) {
        let block = self.algo.block_size();
        self.length += data.len() as u128;
        if !self.pending.is_empty() {
            let take = (block - self.pending.len()).min(data.len());
            self.pending.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.pending.len() < block {
                return;
            }
            let full = std::mem::take(&mut self.pending);
            self.compress(&full);
        }
        let mut chunks = data.chunks_exact(block);
        for chunk in &mut chunks {
            self.compress(chunk);
        }
        self.pending.extend_from_slice(chunks.remainder());
    }

    /// The digest of everything given so far (the hasher can go on after).
    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.clone();
        let block = self.algo.block_size();
        let len_bytes = if block == 128 { 16 } else { 8 };
        let bits = self.length.wrapping_mul(8);
        let mut tail = vec![0x80u8];
        while (h.pending.len() + tail.len()) % block != block - len_bytes {
            tail.push(0);
        }
        match (self.algo, len_bytes) {
            (Algo::Md5, _) => tail.extend_from_slice(&(bits as u64).to_le_bytes()),
            (_, 8) => tail.extend_from_slice(&(bits as u64).to_be_bytes()),
            _ => tail.extend_from_slice(&bits.to_be_bytes()),
        }
        let length = h.length;
        h.update(&tail);
        h.length = length;
        let mut out = Vec::with_capacity(64);
        match (&h.state, self.algo) {
            (State::W32(s), Algo::Md5) => s[..4].iter().for_each(|w| out.extend(w.to_le_bytes())),
            (State::W32(s), _) => s.iter().for_each(|w| out.extend(w.to_be_bytes())),
            (State::W64(s), _) => s.iter().for_each(|w| out.extend(w.to_be_bytes())),
        }
        out.truncate(self.algo.digest_size());
        out
    }

    fn compress(&mut self, block: &[u8]) {
        let c = consts();
        match (&mut self.state, self.algo) {
            (State::W32(s), Algo::Md5) => md5_block(s, block, &c.md5_k),
            (State::W32(s), Algo::Sha1) => sha1_block(s, block, &c.sha1_k),
            (State::W32(s), _) => sha256_block(s, block, &c.k256),
            (State::W64(s), _) => sha512_block(s, block, &c.k512),
        }
    }
}

fn md5_block(s: &mut [u32; 8], block: &[u8], k: &[u32; 64]) {
    const SHIFTS: [[u32; 4]; 4] = [
        [7, 12, 17, 22],
        [5, 9, 14, 20],
        [4, 11, 16, 23],
        [6, 10, 15, 21],
    ];
    let m: Vec<u32> = block
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
        .collect();
    let (mut a, mut b, mut c, mut d) = (s[0], s[1], s[2], s[3]);
    for i in 0..64 {
        let round = i / 16;
        let (f, g) = match round {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let sum = a.wrapping_add(f).wrapping_add(k[i]).wrapping_add(m[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(sum.rotate_left(SHIFTS[round][i % 4]));
    }
    s[0] = s[0].wrapping_add(a);
    s[1] = s[1].wrapping_add(b);
    s[2] = s[2].wrapping_add(c);
    s[3] = s[3].wrapping_add(d);
}

fn sha1_block(s: &mut [u32; 8], block: &[u8], k: &[u32; 4]) {
    let mut w = [0u32; 80];
    for (t, word) in block.chunks_exact(4).enumerate() {
        w[t] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
    }
    for t in 16..80 {
        w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
    }
    let (mut a, mut b, mut c, mut d, mut e) = (s[0], s[1], s[2], s[3], s[4]);
    for (t, &wt) in w.iter().enumerate() {
        let f = match t / 20 {
            0 => (b & c) | (!b & d),
            2 => (b & c) | (b & d) | (c & d),
            _ => b ^ c ^ d,
        };
        let temp = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k[t / 20])
            .wrapping_add(wt);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = temp;
    }
    for (x, y) in s.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

fn sha256_block(s: &mut [u32; 8], block: &[u8], k: &[u32; 64]) {
    let mut w = [0u32; 64];
    for (t, word) in block.chunks_exact(4).enumerate() {
        w[t] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
    }
    for t in 16..64 {
        let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
        let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
        w[t] = s1
            .wrapping_add(w[t - 7])
            .wrapping_add(s0)
            .wrapping_add(w[t - 16]);
    }
    let mut v = *s;
    for t in 0..64 {
        let [a, b, c, d, e, f, g, h] = v;
        let big_s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(big_s1)
            .wrapping_add(ch)
            .wrapping_add(k[t])
            .wrapping_add(w[t]);
        let big_s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        v = [
            t1.wrapping_add(big_s0.wrapping_add(maj)),
            a,
            b,
            c,
            d.wrapping_add(t1),
            e,
            f,
            g,
        ];
    }
    for (x, y) in s.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

fn sha512_block(s: &mut [u64; 8], block: &[u8], k: &[u64; 80]) {
    let mut w = [0u64; 80];
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
    let mut v = *s;
    for t in 0..80 {
        let [a, b, c, d, e, f, g, h] = v;
        let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(big_s1)
            .wrapping_add(ch)
            .wrapping_add(k[t])
            .wrapping_add(w[t]);
        let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        v = [
            t1.wrapping_add(big_s0.wrapping_add(maj)),
            a,
            b,
            c,
            d.wrapping_add(t1),
            e,
            f,
            g,
        ];
    }
    for (x, y) in s.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

/// HMAC (RFC 2104) of `msg` under `key`.
pub fn hmac(algo: Algo, key: &[u8], msg: &[u8]) -> Vec<u8> {
    let (inner, outer) = hmac_pads(algo, key);
    hmac_with(&inner, &outer, msg)
}

/// The hashers after the inner and outer padded keys, to reuse over many messages.
pub fn hmac_pads(algo: Algo, key: &[u8]) -> (Hasher, Hasher) {
    let block = algo.block_size();
    let mut k = if key.len() > block {
        let mut h = Hasher::new(algo);
        h.update(key);
        h.digest()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner = Hasher::new(algo);
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = Hasher::new(algo);
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

fn hmac_with(inner: &Hasher, outer: &Hasher, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.digest());
    o.digest()
}

/// PBKDF2 (RFC 8018) with HMAC over `algo`.
pub fn pbkdf2_hmac(
    algo: Algo,
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    dklen: usize,
) -> Vec<u8> {
    let (inner, outer) = hmac_pads(algo, password);
    let mut out = Vec::with_capacity(dklen);
    let mut index = 1u32;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&index.to_be_bytes());
        let mut u = hmac_with(&inner, &outer, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_with(&inner, &outer, &u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        index += 1;
    }
    out.truncate(dklen);
    out
}
