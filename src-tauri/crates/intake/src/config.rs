//! How an intake server is set up: where it keeps its data, how much it accepts, whether it speaks
//! TLS, and (for tests only) faults to inject.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Default body limit: the client's package limit plus room for the multipart framing.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 20 * 1024 * 1024 + 64 * 1024;

/// A full 20 MiB package over a 1 Mbit/s uplink takes under three minutes; five is generous
/// and still bounds how long one connection can hold a slot.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(300);
/// 8 KiB/s (64 kbit/s): far below any working uplink, far above a byte every few seconds.
pub const DEFAULT_MIN_UPLOAD_BYTES_PER_SEC: u64 = 8 * 1024;
/// Lets TCP slow start and a busy client get going before the rate is judged.
pub const DEFAULT_UPLOAD_GRACE: Duration = Duration::from_secs(10);
/// Each connection costs a task, a socket and at most a small read buffer (bodies go to a
/// temporary file), so 512 is cheap; the per-address cap keeps one client from taking them all.
pub const DEFAULT_MAX_CONNECTIONS: usize = 512;
pub const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS: usize = 32;
/// 2 GiB: a hundred full packages arriving at once. Without a budget, 512 connections could
/// each park a 20 MiB body on disk for the whole request timeout (10 GiB).
pub const DEFAULT_MAX_SPOOLED_BYTES: u64 = 2 << 30;
/// Refused submissions per client address. A working client is refused rarely (and never
/// retries a 4xx), so this only ever stops junk.
pub const DEFAULT_REFUSED_RATE_LIMIT: RateLimit = RateLimit {
    burst: 20,
    per_minute: 30,
};

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

/// A PostgreSQL connection URL. Its `Debug` hides everything after the scheme: the URL usually
/// carries a password, and configs end up in logs.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    /// Accepts `postgres://…` and `postgresql://…`; anything else is not a database this server
    /// speaks.
    pub fn parse(url: &str) -> Option<DatabaseUrl> {
        (url.starts_with("postgres://") || url.starts_with("postgresql://"))
            .then(|| DatabaseUrl(url.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("postgres://…")
    }
}

#[derive(Debug)]
pub struct IntakeConfig {
    /// The SQLite store and receipt key live here (single instance). With [`Self::database`]
    /// set it only holds this instance's spool of incoming bodies (and the receipt key unless
    /// [`Self::receipt_key_file`] names another).
    pub data_dir: PathBuf,
    /// PostgreSQL instead of the SQLite file: every instance given the same URL shares one truth.
    pub database: Option<DatabaseUrl>,
    /// The receipt signing key; `None` is `data_dir/receipt-key.ed25519`. Instances behind one
    /// platform name the same file, so every receipt is signed by the one platform key.
    pub receipt_key_file: Option<PathBuf>,
    pub max_body_bytes: u64,
    /// Per verified installation key (charged only once the signature checks out, so nobody
    /// can spend a victim's allowance by naming its public key).
    pub rate_limit: RateLimit,
    /// Per client address, for refused submissions (bad signature, malformed, too large...):
    /// an address that used it up gets 429 before its next body is even read.
    pub refused_rate_limit: RateLimit,
    /// `None` serves plain HTTP (fine on loopback, nowhere else).
    pub tls: Option<TlsPem>,
    /// Time a client gets to finish the TLS handshake and send its headers.
    pub handshake_timeout: Duration,
    /// Time from the end of a request's headers until its whole body must have arrived.
    pub request_timeout: Duration,
    /// Slowest upload accepted, averaged from the start of the body after
    /// `upload_grace`; a body that falls behind is cut off (the connection closed).
    pub min_upload_bytes_per_sec: u64,
    pub upload_grace: Duration,
    /// Open connections, in total and per client address (IPv4 address, or IPv6 /64).
    /// Connections past either cap are closed as soon as they are accepted.
    pub max_connections: usize,
    pub max_connections_per_address: usize,
    /// Bytes of bodies being received, spooled on disk, across all connections. Past it new
    /// bytes are refused with 503 and Retry-After, so slow uploads cannot fill the disk.
    pub max_spooled_bytes: u64,
    pub faults: FaultInjection,
    /// The signed content pack served at `GET /api/v1/content/latest`, read at each request
    /// so a new one can be put in place while the server runs; `None` answers 404.
    pub content_pack: Option<PathBuf>,
}

impl IntakeConfig {
    /// Where the receipt key is read from (and created, the first time).
    pub fn receipt_key_path(&self) -> PathBuf {
        self.receipt_key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join(crate::receipts::RECEIPT_KEY_FILE))
    }

    pub fn new(data_dir: impl Into<PathBuf>) -> IntakeConfig {
        IntakeConfig {
            data_dir: data_dir.into(),
            database: None,
            receipt_key_file: None,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            rate_limit: RateLimit::default(),
            refused_rate_limit: DEFAULT_REFUSED_RATE_LIMIT,
            tls: None,
            handshake_timeout: Duration::from_secs(10),
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            min_upload_bytes_per_sec: DEFAULT_MIN_UPLOAD_BYTES_PER_SEC,
            upload_grace: DEFAULT_UPLOAD_GRACE,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            max_connections_per_address: DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
            max_spooled_bytes: DEFAULT_MAX_SPOOLED_BYTES,
            faults: FaultInjection::default(),
            content_pack: None,
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
