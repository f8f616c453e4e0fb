//! Rate limiting: a token bucket per key (a verified installation key, or a client address). In
//! memory on purpose: a restart forgiving everyone is harmless, and it keeps the store out of the
//! hot path. With PostgreSQL (several instances) the per-installation-key limit is kept in the
//! database instead, shared by all instances ([`crate::pg::PgStore::take_token`]); the limit on
//! refused submissions per client address stays per instance, as it protects each instance's
//! own work.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::config::RateLimit;

pub struct RateLimiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<String, Bucket>>,
}

struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Buckets idle this long are full again and can be forgotten.
const FORGET_AFTER: Duration = Duration::from_secs(600);

impl RateLimiter {
    pub fn new(limit: RateLimit) -> RateLimiter {
        RateLimiter {
            limit,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key`, or says how long until one is available.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        self.refill(key, true)
    }

    /// Whether `key` has a token left, without taking it: lets a caller refuse early and charge
    /// only for what turns out to deserve it.
    pub fn peek(&self, key: &str) -> Result<(), Duration> {
        self.refill(key, false)
    }

    /// Gives back a token taken by [`Self::check`] for a request that turned out to be a replay
    /// (it lost the race to store the same package): replays are not charged.
    pub fn refund(&self, key: &str) {
        let burst = f64::from(self.limit.burst.max(1));
        if let Ok(mut buckets) = self.buckets.lock() {
            if let Some(bucket) = buckets.get_mut(key) {
                bucket.tokens = (bucket.tokens + 1.0).min(burst);
            }
        }
    }

    fn refill(&self, key: &str, take: bool) -> Result<(), Duration> {
        let per_sec = f64::from(self.limit.per_minute.max(1)) / 60.0;
        let burst = f64::from(self.limit.burst.max(1));
        let now = Instant::now();
        let Ok(mut buckets) = self.buckets.lock() else {
            return Ok(());
        };
        if !take {
            // An unknown key has a full bucket; do not create one just to look.
            let Some(bucket) = buckets.get(key) else {
                return Ok(());
            };
            let elapsed = now.duration_since(bucket.updated).as_secs_f64();
            let tokens = (bucket.tokens + elapsed * per_sec).min(burst);
            return if tokens >= 1.0 {
                Ok(())
            } else {
                Err(Duration::from_secs_f64((1.0 - tokens) / per_sec))
            };
        }
        if buckets.len() > 10_000 {
            buckets.retain(|_, b| now.duration_since(b.updated) < FORGET_AFTER);
        }
        let bucket = buckets.entry(key.to_owned()).or_insert(Bucket {
            tokens: burst,
            updated: now,
        });
        let elapsed = now.duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * per_sec).min(burst);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / per_sec))
        }
    }
}
