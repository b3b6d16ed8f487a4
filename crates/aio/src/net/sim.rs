//! The simulated network: how long a request takes and what comes back, decided when it
//! starts, deterministically.
//!
//! A request's time is modelled in phases: connecting (half the host's round trip), the
//! server's work (its own time plus any `/delay/N`), and the answer coming back (the other
//! half of the round trip plus the body at the configured bandwidth). The round trip is
//! the host's latency scaled by a seeded jitter that depends only on the seed, the URL and
//! how many times this run has requested that URL before — so a run is repeatable however
//! its requests interleave. Configurable: latency, jitter, failures (the server drops the
//! connection), a rate limit (HTTP 429 past N requests in flight to one host), bandwidth.

use super::hosts::{self, Lookup};
use super::{HttpRequest, HttpResponse, NetError};
use crate::clock::RESOLUTION;
use std::collections::HashMap;

/// The simulated network's settings (`loopscope.network.configure`).
#[derive(Clone, Debug, PartialEq)]
pub struct SimConfig {
    /// Round-trip time of every host, in seconds; `None`: each host's own.
    pub latency: Option<f64>,
    /// How far a round trip strays from the host's latency, as a fraction (0.2: ±20%).
    pub jitter: f64,
    /// Share of requests whose connection the server drops (0 to 1).
    pub failure_rate: f64,
    /// At most this many requests in flight to one host; more get HTTP 429.
    pub rate_limit: Option<u32>,
    pub seed: u64,
    /// Bytes per second a response body arrives at.
    pub bandwidth: f64,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            latency: None,
            jitter: 0.2,
            failure_rate: 0.0,
            rate_limit: None,
            seed: 0,
            bandwidth: 1_000_000.0,
        }
    }
}

/// A client's time limits for one request, in seconds (`None`: no limit).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timeouts {
    /// For connecting.
    pub connect: Option<f64>,
    /// For the answer, once connected.
    pub read: Option<f64>,
    /// For the whole request.
    pub total: Option<f64>,
}

impl Timeouts {
    /// The overall limit a real fetch can enforce, and the error it ends with then.
    ///
    /// A real fetch is one opaque step: it cannot tell connecting from waiting for the
    /// answer. The case to get right is a server that accepts and never answers, where
    /// httpx and requests raise a read timeout once the read limit has passed (connecting
    /// being quick), not after connect + read; each phase has its own limit, they do not
    /// add up. A host that never accepts ends with the network's own error instead.
    pub fn overall(&self) -> Option<(f64, NetError)> {
        let phased = self.read;
        match (self.total, phased) {
            (Some(t), Some(p)) if p < t => Some((p, NetError::ReadTimeout)),
            (Some(t), _) => Some((t, NetError::TotalTimeout)),
            (None, Some(p)) => Some((p, NetError::ReadTimeout)),
            (None, None) => None,
        }
    }
}

/// What the simulation decided for one request.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// Seconds from the start until the client has the answer (or the error).
    pub duration: f64,
    pub result: Result<HttpResponse, NetError>,
}

/// How long an unknown host takes to fail its name lookup.
const DNS_FAILURE_SECS: f64 = 0.02;
/// How long a refused connection takes to fail.
const REFUSED_SECS: f64 = 0.001;

/// The simulated network's state over a run.
#[derive(Debug, Default)]
pub struct SimNet {
    pub config: SimConfig,
    /// Requests made so far, per URL: the index that seeds the next one's jitter.
    requests: HashMap<String, u32>,
    /// End times of the requests in flight, per host, for the rate limit.
    in_flight: HashMap<String, Vec<f64>>,
    /// `/uuid` answers given so far.
    pub uuids: u64,
}

/// Salts that keep the seeded draws of one request independent of each other.
const SALT_LATENCY: u64 = 1;
const SALT_FAILURE: u64 = 2;

impl SimNet {
    /// Decides the outcome of `req` starting at `now` (seconds on the loop's clock);
    /// `wall` is `time.time()` then, for the `Date` header.
    pub fn plan(&mut self, req: &HttpRequest, now: f64, wall: f64, limits: Timeouts) -> Plan {
        let href = req.url.href();
        let index = {
            let n = self.requests.entry(href.clone()).or_insert(0);
            *n += 1;
            *n - 1
        };
        let cfg = self.config.clone();
        let factor = jitter_factor(cfg.seed, &href, index, cfg.jitter);
        let profile = match hosts::lookup(&req.url.host) {
            Lookup::Found(p) => p,
            Lookup::Refused => {
                return Plan {
                    duration: REFUSED_SECS,
                    result: Err(NetError::Refused),
                }
            }
            Lookup::Unknown => {
                return Plan {
                    duration: DNS_FAILURE_SECS * factor,
                    result: Err(NetError::Dns),
                }
            }
        };
        let round_trip = cfg.latency.unwrap_or(profile.latency).max(0.0) * factor;
        let connect = round_trip / 2.0;
        let host = req.url.host.clone();
        let flights = self.in_flight.entry(host).or_default();
        flights.retain(|end| *end > now + RESOLUTION);
        let limited = cfg.rate_limit.is_some_and(|n| flights.len() >= n as usize);
        let mut ctx = hosts::Ctx {
            seed: cfg.seed,
            index,
            wall,
            uuids: &mut self.uuids,
        };
        let served = if limited {
            hosts::too_many_requests()
        } else {
            (profile.serve)(req, &mut ctx)
        };
        let server = if limited {
            0.0
        } else {
            profile.server_time + served.delay
        };
        let body_len = if req.method == "HEAD" {
            0
        } else {
            served.body.len()
        };
        let answer = round_trip / 2.0 + body_len as f64 / cfg.bandwidth.max(1.0);
        let total = connect + server + answer;
        let fails = !limited
            && cfg.failure_rate > 0.0
            && unit(mix(cfg.seed, &href, index, SALT_FAILURE)) < cfg.failure_rate;
        // The earliest of: a timeout firing, the server hanging up, the answer arriving.
        let mut end = if fails {
            (connect + server, Err(NetError::Disconnected))
        } else {
            let response = hosts::response(req, served, wall);
            (total, Ok(response))
        };
        let mut expire = |at: f64, err: NetError| {
            if at < end.0 {
                end = (at.max(0.0), Err(err));
            }
        };
        if let Some(c) = limits.connect.filter(|c| *c < connect) {
            expire(c, NetError::ConnectTimeout);
        }
        if let Some(r) = limits.read.filter(|r| *r < server + answer) {
            expire(connect + r, NetError::ReadTimeout);
        }
        if let Some(t) = limits.total.filter(|t| *t < total) {
            expire(t, NetError::TotalTimeout);
        }
        if !limited {
            flights.push(now + end.0);
        }
        Plan {
            duration: end.0,
            result: end.1,
        }
    }
}

/// A 64-bit hash of (seed, key, index, salt): FNV-1a over the key, then SplitMix64's
/// finaliser over everything, so nearby inputs give unrelated outputs.
pub fn mix(seed: u64, key: &str, index: u32, salt: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let mut z = h
        ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ u64::from(index).wrapping_mul(0xbf58_476d_1ce4_e5b9)
        ^ salt.wrapping_mul(0x94d0_49bb_1331_11eb);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A hash as a number in [0, 1).
pub fn unit(h: u64) -> f64 {
    (h >> 11) as f64 / (1u64 << 53) as f64
}

/// The seeded factor a request's round trip is scaled by: within 1 ± `jitter`.
pub fn jitter_factor(seed: u64, url: &str, index: u32, jitter: f64) -> f64 {
    let jitter = jitter.clamp(0.0, 1.0);
    1.0 + jitter * (2.0 * unit(mix(seed, url, index, SALT_LATENCY)) - 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::url::Url;

    fn get(url: &str) -> HttpRequest {
        HttpRequest {
            method: "GET".into(),
            url: Url::parse(url).unwrap(),
            headers: vec![],
            body: vec![],
        }
    }

    #[test]
    fn latency_is_seeded_per_url_and_request_index() {
        let a = jitter_factor(0, "https://example.com/", 0, 0.2);
        assert_eq!(a, jitter_factor(0, "https://example.com/", 0, 0.2));
        assert_ne!(a, jitter_factor(0, "https://example.com/", 1, 0.2));
        assert_ne!(a, jitter_factor(1, "https://example.com/", 0, 0.2));
        for i in 0..1000 {
            let f = jitter_factor(7, "https://httpbin.org/get", i, 0.2);
            assert!((0.8..=1.2).contains(&f), "{f} strays past the jitter");
        }
        assert_eq!(jitter_factor(3, "x", 0, 0.0), 1.0, "no jitter, no noise");
    }

    #[test]
    fn the_same_requests_take_the_same_time_whatever_the_order() {
        let urls = [
            "https://example.com/",
            "https://httpbin.org/get",
            "https://google.com/",
        ];
        let mut forward = SimNet::default();
        let times: Vec<f64> = urls
            .iter()
            .map(|u| {
                forward
                    .plan(&get(u), 0.0, 0.0, Timeouts::default())
                    .duration
            })
            .collect();
        let mut backward = SimNet::default();
        for (i, u) in urls.iter().enumerate().rev() {
            let d = backward
                .plan(&get(u), 0.0, 0.0, Timeouts::default())
                .duration;
            assert_eq!(d, times[i]);
        }
        assert!(times.iter().all(|t| *t > 0.01 && *t < 1.0), "{times:?}");
    }

    #[test]
    fn rate_limit_answers_429_past_the_limit_until_requests_finish() {
        let mut net = SimNet::default();
        net.config.rate_limit = Some(2);
        let statuses: Vec<u16> = (0..4)
            .map(|i| {
                let url = format!("https://api.example.com/item/{i}");
                match net.plan(&get(&url), 0.0, 0.0, Timeouts::default()).result {
                    Ok(r) => r.status,
                    Err(e) => panic!("{e:?}"),
                }
            })
            .collect();
        assert_eq!(statuses, [200, 200, 429, 429]);
        // Once the first two have finished, there is room again.
        let later = net.plan(
            &get("https://api.example.com/item/9"),
            10.0,
            0.0,
            Timeouts::default(),
        );
        assert_eq!(later.result.map(|r| r.status), Ok(200));
        let other_host = net.plan(
            &get("https://httpbin.org/get"),
            0.0,
            0.0,
            Timeouts::default(),
        );
        assert_eq!(
            other_host.result.map(|r| r.status),
            Ok(200),
            "limits are per host"
        );
    }

    #[test]
    fn timeouts_end_the_request_at_the_limit() {
        let mut net = SimNet::default();
        let slow = get("https://httpbin.org/delay/3");
        let read = net.plan(
            &slow,
            0.0,
            0.0,
            Timeouts {
                read: Some(1.0),
                ..Default::default()
            },
        );
        assert_eq!(read.result, Err(NetError::ReadTimeout));
        assert!(
            read.duration > 1.0 && read.duration < 1.2,
            "{}",
            read.duration
        );
        let total = net.plan(
            &slow,
            0.0,
            0.0,
            Timeouts {
                total: Some(0.5),
                ..Default::default()
            },
        );
        assert_eq!(
            (total.duration, total.result),
            (0.5, Err(NetError::TotalTimeout))
        );
        let connect = net.plan(
            &slow,
            0.0,
            0.0,
            Timeouts {
                connect: Some(0.001),
                ..Default::default()
            },
        );
        assert_eq!(connect.result, Err(NetError::ConnectTimeout));
        let ok = net.plan(
            &slow,
            0.0,
            0.0,
            Timeouts {
                total: Some(5.0),
                ..Default::default()
            },
        );
        assert!(ok.duration > 3.0 && ok.result.is_ok());
    }

    #[test]
    fn failures_and_unknown_hosts() {
        let mut net = SimNet::default();
        net.config.failure_rate = 1.0;
        assert_eq!(
            net.plan(&get("https://example.com/"), 0.0, 0.0, Timeouts::default())
                .result,
            Err(NetError::Disconnected)
        );
        assert_eq!(
            net.plan(
                &get("https://no-such-host.invalid/"),
                0.0,
                0.0,
                Timeouts::default()
            )
            .result,
            Err(NetError::Dns)
        );
        assert_eq!(
            net.plan(
                &get("http://localhost:8000/"),
                0.0,
                0.0,
                Timeouts::default()
            )
            .result,
            Err(NetError::Refused)
        );
    }
}
