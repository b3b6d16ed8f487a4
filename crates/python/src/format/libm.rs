//! `exp`, `log`, `log2` and `pow` as CPython gets them from glibc on Linux: correctly
//! rounded (glibc's versions err by at most about 0.52 ulp, so they round correctly but
//! for inputs within a hair of a midpoint, about 1 in 1,000 of a sweep). Natively Rust's `f64` methods call glibc itself; in the browser they
//! are fdlibm's, which can be an ulp off (`exp(1)` printed `2.7182818284590455`), so there
//! these are computed in double-double arithmetic (about 104 bits) and rounded once.

#[cfg(not(target_arch = "wasm32"))]
pub fn exp(x: f64) -> f64 {
    x.exp()
}

#[cfg(target_arch = "wasm32")]
pub fn exp(x: f64) -> f64 {
    cr::exp(x)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn log(x: f64) -> f64 {
    x.ln()
}

#[cfg(target_arch = "wasm32")]
pub fn log(x: f64) -> f64 {
    cr::log(x)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn log2(x: f64) -> f64 {
    x.log2()
}

#[cfg(target_arch = "wasm32")]
pub fn log2(x: f64) -> f64 {
    cr::log2(x)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[cfg(target_arch = "wasm32")]
pub fn pow(x: f64, y: f64) -> f64 {
    cr::pow(x, y)
}

/// The double-double computations (compiled everywhere, so native tests check them
/// against glibc).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) mod cr {
    /// A number as an unevaluated sum `hi + lo`, `|lo| <= ulp(hi) / 2`.
    #[derive(Clone, Copy, Debug)]
    struct Dd(f64, f64);

    fn fast_two_sum(a: f64, b: f64) -> Dd {
        let s = a + b;
        Dd(s, b - (s - a))
    }

    fn two_sum(a: f64, b: f64) -> Dd {
        let s = a + b;
        let bb = s - a;
        Dd(s, (a - (s - bb)) + (b - bb))
    }

    fn two_prod(a: f64, b: f64) -> Dd {
        let p = a * b;
        Dd(p, a.mul_add(b, -p))
    }

    fn add(a: Dd, b: Dd) -> Dd {
        let s = two_sum(a.0, b.0);
        let t = two_sum(a.1, b.1);
        let u = fast_two_sum(s.0, s.1 + t.0);
        fast_two_sum(u.0, u.1 + t.1)
    }

    fn mul(a: Dd, b: Dd) -> Dd {
        let p = two_prod(a.0, b.0);
        fast_two_sum(p.0, p.1 + (a.0 * b.1 + a.1 * b.0))
    }

    fn div(a: Dd, b: Dd) -> Dd {
        let q1 = a.0 / b.0;
        let r = add(a, mul(b, Dd(-q1, 0.0)));
        let q2 = r.0 / b.0;
        let r = add(r, mul(b, Dd(-q2, 0.0)));
        let q3 = r.0 / b.0;
        add(fast_two_sum(q1, q2), Dd(q3, 0.0))
    }

    /// ln 2 in three parts.
    const LN2: [f64; 3] = [
        std::f64::consts::LN_2,
        2.319_046_813_846_299_6e-17,
        5.707_708_438_416_212e-34,
    ];

    /// `exp(x)` as `(e, k)`: `e * 2**k`, `e` in [0.7, 1.5) to double-double precision.
    fn exp_parts(x: Dd) -> (Dd, i32) {
        let k = (x.0 / LN2[0]).round();
        // r = x - k ln2, with k ln2 exact enough for |k| up to ~1100.
        let mut r = add(x, mul(Dd(-k, 0.0), Dd(LN2[0], LN2[1])));
        r = add(r, Dd(-k * LN2[2], 0.0));
        // exp(r) - 1 for r / 2**10 by Taylor, then (1 + m)**2 - 1 = 2m + m*m ten times,
        // which keeps the small part's relative precision.
        let s = Dd(r.0 / 1024.0, r.1 / 1024.0);
        let mut term = s;
        let mut m = s;
        for n in 2..=9 {
            term = div(mul(term, s), Dd(n as f64, 0.0));
            m = add(m, term);
        }
        for _ in 0..10 {
            m = add(Dd(2.0 * m.0, 2.0 * m.1), mul(m, m));
        }
        (add(Dd(1.0, 0.0), m), k as i32)
    }

    fn scale(v: f64, k: i32) -> f64 {
        // Two steps so that neither factor overflows.
        let half = k / 2;
        v * 2f64.powi(half) * 2f64.powi(k - half)
    }

    pub fn exp(x: f64) -> f64 {
        if x.is_nan() {
            return x;
        }
        if x > 709.782_712_893_384 {
            return f64::INFINITY;
        }
        if x < -745.133_219_101_941_2 {
            return 0.0;
        }
        let (e, k) = exp_parts(Dd(x, 0.0));
        if k < -1021 {
            // A subnormal result: round once, from the double-double, at the end.
            return scale(e.0 + e.1, k);
        }
        scale(e.0, k)
    }

    /// `log(x)` for finite `x > 0`, to double-double precision.
    fn log_dd(x: f64) -> Dd {
        if (x - 1.0).abs() < 0.0625 {
            // log(1 + u) = 2 atanh(u / (2 + u)), u = x - 1 exactly.
            let u = x - 1.0;
            let s = div(Dd(u, 0.0), two_sum(2.0, u));
            let s2 = mul(s, s);
            let mut power = s;
            let mut sum = s;
            for n in (3..=41).step_by(2) {
                power = mul(power, s2);
                sum = add(sum, div(power, Dd(n as f64, 0.0)));
            }
            return Dd(2.0 * sum.0, 2.0 * sum.1);
        }
        // One Newton step from fdlibm's value: y + (x exp(-y) - 1).
        let y = x.ln();
        let (e, k) = exp_parts(Dd(-y, 0.0));
        let t = mul(Dd(x, 0.0), e);
        let t = Dd(scale(t.0, k), scale(t.1, k));
        let delta = add(t, Dd(-1.0, 0.0));
        // log(1 + d) = d - d^2/2 + d^3/3: d is about 1e-16, so two terms are plenty.
        let d2 = mul(delta, delta);
        let correction = add(delta, Dd(-d2.0 / 2.0, -d2.1 / 2.0));
        add(Dd(y, 0.0), correction)
    }

    pub fn log(x: f64) -> f64 {
        if x.is_nan() || x == f64::INFINITY {
            return x;
        }
        if x < 0.0 {
            return f64::NAN;
        }
        if x == 0.0 {
            return f64::NEG_INFINITY;
        }
        if x == 1.0 {
            return 0.0;
        }
        if x < f64::MIN_POSITIVE {
            // Subnormal: scale up by 2**54 first.
            let l = log_dd(x * 18_014_398_509_481_984.0);
            return add(l, mul(Dd(-54.0, 0.0), Dd(LN2[0], LN2[1]))).0;
        }
        log_dd(x).0
    }

    pub fn log2(x: f64) -> f64 {
        if x.is_nan() || x == f64::INFINITY || x <= 0.0 {
            return log(x);
        }
        let (m, e) = frexp(x);
        if m == 0.5 {
            return (e - 1) as f64;
        }
        let l = if x < f64::MIN_POSITIVE {
            add(
                log_dd(x * 18_014_398_509_481_984.0),
                mul(Dd(-54.0, 0.0), Dd(LN2[0], LN2[1])),
            )
        } else {
            log_dd(x)
        };
        div(l, Dd(LN2[0], LN2[1])).0
    }

    fn frexp(x: f64) -> (f64, i32) {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i32;
        if exp == 0 {
            let (m, e) = frexp(x * 18_014_398_509_481_984.0);
            return (m, e - 54);
        }
        (
            f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
            exp - 1022,
        )
    }

    /// `x ** y` once the special cases are handled by the caller: finite, `x > 0` or `y`
    /// an integer.
    pub fn pow(x: f64, y: f64) -> f64 {
        if !x.is_finite() || !y.is_finite() || x == 0.0 || y == 0.0 || x.is_nan() {
            return x.powf(y);
        }
        let negative = x < 0.0 && y.fract() == 0.0 && (y / 2.0).fract() != 0.0;
        if x < 0.0 && y.fract() != 0.0 {
            return f64::NAN;
        }
        let ax = x.abs();
        let l = if ax < f64::MIN_POSITIVE {
            add(
                log_dd(ax * 18_014_398_509_481_984.0),
                mul(Dd(-54.0, 0.0), Dd(LN2[0], LN2[1])),
            )
        } else if ax == 1.0 {
            return if negative { -1.0 } else { 1.0 };
        } else {
            log_dd(ax)
        };
        let t = mul(l, Dd(y, 0.0));
        let r = if t.0 > 709.9 {
            f64::INFINITY
        } else if t.0 < -745.2 {
            0.0
        } else {
            let (e, k) = exp_parts(t);
            if k < -1021 {
                scale(e.0 + e.1, k)
            } else {
                scale(e.0, k)
            }
        };
        if negative {
            -r
        } else {
            r
        }
    }

    #[cfg(test)]
    mod tests {
        /// Natively Rust's methods are glibc's: the double-double versions must agree with
        /// them but for the rare inputs glibc does not round correctly (15 of 16,688 here,
        /// each within a hair of a midpoint; fdlibm's differ far more often).
        #[test]
        fn agree_with_glibc() {
            let mut x = 1e-3_f64;
            let mut differ = 0;
            let mut n = 0;
            while x < 700.0 {
                for v in [x, -x, 1.0 + x / 1000.0, 1.0 - x / 2000.0] {
                    n += 4;
                    if v > 0.0 {
                        differ += (super::log(v) != v.ln()) as i32;
                        differ += (super::log2(v) != v.log2()) as i32;
                        differ += (super::pow(v, 1.37) != v.powf(1.37)) as i32;
                    }
                    differ += (super::exp(v) != v.exp()) as i32;
                }
                x *= 1.013;
            }
            assert_eq!(super::exp(1.0), std::f64::consts::E);
            assert!(differ * 500 < n, "{differ} of {n} differ from glibc");
        }
    }
}
