//! How an intake server is set up: where it keeps its data, how much it accepts, whether it speaks
//! TLS, and (for tests only) faults to inject.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Default body limit: the client's package limit plus room for the multipart framing.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 20 * 1024 * 1024 + 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// Submissions one installation key may make in a burst.
    pub burst: u32,
    /// Sustained submissions per minute per installation key.
    pub per_minute: u32,
}

impl Default for RateLimit {
    fn default() -> RateLimit {
        RateLimit {
            burst: 10,
            per_minute: 30,
        }
    }
}

/// A certificate chain and its private key, both PEM.
#[derive(Debug, Clone)]
pub struct TlsPem {
    pub cert_chain_pem: Vec<u8>,
    pub private_key_pem: Vec<u8>,
}

#[derive(Debug)]
pub struct IntakeConfig {
    pub data_dir: PathBuf,
    pub max_body_bytes: u64,
    pub rate_limit: RateLimit,
    /// `None` serves plain HTTP (fine on loopback, nowhere else).
    pub tls: Option<TlsPem>,
    /// Time a client gets to finish the TLS handshake and send its headers.
    pub handshake_timeout: Duration,
    pub faults: FaultInjection,
}

impl IntakeConfig {
    pub fn new(data_dir: impl Into<PathBuf>) -> IntakeConfig {
        IntakeConfig {
            data_dir: data_dir.into(),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            rate_limit: RateLimit::default(),
            tls: None,
            handshake_timeout: Duration::from_secs(10),
            faults: FaultInjection::default(),
        }
    }
}

/// Test hook: answers to give to the next submissions instead of handling them, to exercise the
/// client's retry rules against a real server. Empty in normal use.
#[derive(Debug, Default)]
pub struct FaultInjection {
    queued: Mutex<VecDeque<InjectedFault>>,
    drop_after_commit: AtomicUsize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InjectedFault {
    pub status: u16,
    pub retry_after_secs: Option<u64>,
}

impl FaultInjection {
    pub fn push(&self, status: u16, retry_after_secs: Option<u64>) {
        if let Ok(mut q) = self.queued.lock() {
            q.push_back(InjectedFault {
                status,
                retry_after_secs,
            });
        }
    }

    /// The next `n` accepted submissions are stored, and then their connection is closed without
    /// an answer: the "committed, but the response was lost" case.
    pub fn drop_responses_after_commit(&self, n: usize) {
        self.drop_after_commit.store(n, Ordering::SeqCst);
    }

    pub(crate) fn take_drop_after_commit(&self) -> bool {
        self.drop_after_commit
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }

    pub(crate) fn next(&self) -> Option<InjectedFault> {
        self.queued.lock().ok().and_then(|mut q| q.pop_front())
    }
}
