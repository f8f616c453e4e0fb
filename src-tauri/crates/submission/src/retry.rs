//! Bounded retries with exponential backoff and full jitter. Jitter spreads out the clients that
//! all come back when a platform recovers; the bound keeps a submission from retrying forever in
//! the foreground (it stays queued in the outbox instead).

use std::future::Future;
use std::time::Duration;

use crate::SubmissionError;

#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts per call, the first one included.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// A `Retry-After` longer than this ends the call (the submission stays queued) rather than
    /// keeping the caller waiting.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

/// How one attempt ended, as the retry loop needs to know it.
#[derive(Debug)]
pub enum AttemptError {
    /// Worth another attempt (timeout, connection error, 5xx, 429), optionally after a delay the
    /// server asked for.
    Transient {
        error: SubmissionError,
        retry_after: Option<Duration>,
    },
    /// A final answer: retrying would give the same result.
    Final(SubmissionError),
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` (attempt counts from 0): uniform in
    /// `[0, min(max_delay, base_delay * 2^attempt)]`.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let cap = self
            .base_delay
            .saturating_mul(1u32.checked_shl(attempt.min(20)).unwrap_or(u32::MAX))
            .min(self.max_delay);
        let millis = cap.as_millis() as u64;
        Duration::from_millis(fastrand::u64(0..=millis))
    }

    /// Runs `attempt` until it succeeds, fails finally, or the attempts are used up.
    pub async fn run<T, F, Fut>(&self, mut attempt: F) -> Result<T, SubmissionError>
    where
        F: FnMut(u32) -> Fut,
        Fut: Future<Output = Result<T, AttemptError>>,
    {
        let mut n = 0;
        loop {
            match attempt(n).await {
                Ok(value) => return Ok(value),
                Err(AttemptError::Final(e)) => return Err(e),
                Err(AttemptError::Transient { error, retry_after }) => {
                    n += 1;
                    if n >= self.max_attempts.max(1) {
                        return Err(error);
                    }
                    let wait = match retry_after {
                        Some(asked) if asked > self.max_retry_after => return Err(error),
                        // Honour the server's wait, plus a little jitter so clients do not return
                        // in lockstep.
                        Some(asked) => asked + Duration::from_millis(fastrand::u64(0..=250)),
                        None => self.backoff(n - 1),
                    };
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }
}

/// `Retry-After` as delta-seconds. The HTTP-date form is read as "soon" (one second): platforms
/// using this protocol send seconds, and a wrong clock must not stall the client.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    Some(match value.parse::<u64>() {
        Ok(secs) => Duration::from_secs(secs),
        Err(_) => Duration::from_secs(1),
    })
}
