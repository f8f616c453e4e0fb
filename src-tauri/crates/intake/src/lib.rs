//! `coverready-intake`: the reference intake server for the CoverReady submission protocol
//! (`assets/protocol/`). A broker can run it to receive their clients' packages; the tests start
//! it in-process on a loopback port to exercise real HTTP and TLS.

pub mod access;
pub mod config;
pub mod db;
pub mod pg;
mod problem;
pub mod rate;
pub mod receipts;
mod routes;
pub mod stats;
pub mod stats_page;
pub mod store;
#[cfg(feature = "test-support")]
pub mod test_support;
mod tls;
pub mod verify;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

pub use config::{
    DatabaseUrl, FaultInjection, IntakeConfig, RateLimit, TlsPem, DEFAULT_MAX_BODY_BYTES,
};
pub use db::Database;
pub use store::{Store, StoredSubmission};

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error("receipt key: {0}")]
    ReceiptKey(#[from] coverready_submission::SubmissionError),
    #[error("TLS configuration: {0}")]
    Tls(String),
    #[error("network: {0}")]
    Io(#[from] std::io::Error),
}

pub(crate) struct AppState {
    pub config: IntakeConfig,
    pub store: Database,
    pub receipts: receipts::ReceiptSigner,
    /// Per verified installation key.
    pub limiter: rate::RateLimiter,
    /// Per client address, charged for refused submissions.
    pub refused: rate::RateLimiter,
    /// Bodies that have fully arrived and are being parsed, verified and stored. Each holds up to
    /// about twice its body in memory, so this (not the connection count) bounds memory:
    /// 4 × 2 × 20 MiB at the default body limit.
    pub processing: tokio::sync::Semaphore,
    /// Where bodies are spooled while they arrive (anonymous files, see `routes::receive_body`).
    pub incoming_dir: std::path::PathBuf,
    /// Bytes currently spooled, against [`IntakeConfig::max_spooled_bytes`].
    pub spooled: Arc<std::sync::atomic::AtomicU64>,
}

/// Bodies parsed and verified at once; see [`AppState::processing`].
const MAX_CONCURRENT_PROCESSING: usize = 4;

/// The client's address as the TCP connection saw it (there is no proxy header support: behind
/// a reverse proxy every request comes from the proxy's address).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClientAddr(pub std::net::IpAddr);

/// Serves the protocol on `listener` until the process ends.
pub async fn serve(listener: TcpListener, config: IntakeConfig) -> Result<(), IntakeError> {
    serve_with_shutdown(listener, config, std::future::pending()).await
}

/// Serves until `shutdown` completes; then stops accepting and drops every open connection.
pub async fn serve_with_shutdown(
    listener: TcpListener,
    config: IntakeConfig,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), IntakeError> {
    let tls = match &config.tls {
        Some(pem) => Some(tokio_rustls::TlsAcceptor::from(tls::server_config(pem)?)),
        None => None,
    };
    let incoming_dir = config.data_dir.join(INCOMING_DIR);
    std::fs::create_dir_all(&incoming_dir)?;
    let state = Arc::new(AppState {
        store: Database::open(&config).await?,
        receipts: receipts::ReceiptSigner::load_or_create_file(&config.receipt_key_path())?,
        limiter: rate::RateLimiter::new(config.rate_limit),
        refused: rate::RateLimiter::new(config.refused_rate_limit),
        processing: tokio::sync::Semaphore::new(MAX_CONCURRENT_PROCESSING),
        incoming_dir,
        spooled: Arc::default(),
        config,
    });
    let handshake_timeout = state.config.handshake_timeout;
    let slots = Arc::new(tokio::sync::Semaphore::new(
        state.config.max_connections.max(1),
    ));
    let per_address = Arc::new(PerAddress::new(state.config.max_connections_per_address));
    let app = routes::router(state);
    let mut connections = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                // Out of file descriptors and the like: back off briefly rather than spin.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Past either cap the connection is closed at once, before any TLS or HTTP work: a
        // client holding many slow connections cannot crowd out the others, and closing costs
        // less than answering.
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            drop(tcp);
            continue;
        };
        let Some(address_slot) = per_address.enter(peer.ip()) else {
            drop(tcp);
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let app = app.clone();
        let tls = tls.clone();
        let client = ClientAddr(address_key(peer.ip()));
        connections.spawn(async move {
            // Held for the connection's lifetime, released however it ends.
            let _slots = (slot, address_slot);
            match tls {
                Some(acceptor) => {
                    // The handshake runs in the connection's own task, so a slow client delays
                    // nobody else.
                    if let Ok(Ok(stream)) =
                        tokio::time::timeout(handshake_timeout, acceptor.accept(tcp)).await
                    {
                        serve_connection(stream, app, handshake_timeout, client).await;
                    }
                }
                None => serve_connection(tcp, app, handshake_timeout, client).await,
            }
        });
        // Reap finished connections so the set does not grow without bound.
        while connections.try_join_next().is_some() {}
    }
    connections.shutdown().await;
    Ok(())
}

/// Subfolder of the data directory where bodies are spooled while they arrive. On the same disk
/// as the store rather than in /tmp, which is often RAM (tmpfs) and would defeat the point.
pub const INCOMING_DIR: &str = "incoming";

/// The address connection caps and the refused-request limit are kept by. IPv6 clients are
/// counted per /64, the block one customer line usually gets, or a single host could take any
/// number of slots (and any number of rate buckets).
fn address_key(ip: std::net::IpAddr) -> std::net::IpAddr {
    match ip {
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => std::net::IpAddr::V4(v4),
            None => std::net::IpAddr::V6(std::net::Ipv6Addr::from(
                u128::from(v6) & !((1u128 << 64) - 1),
            )),
        },
        v4 => v4,
    }
}

/// Open connections per client address (see [`address_key`]).
struct PerAddress {
    cap: usize,
    open: Arc<std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>>,
}

struct AddressSlot {
    key: std::net::IpAddr,
    open: Arc<std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>>,
}

impl PerAddress {
    fn new(cap: usize) -> PerAddress {
        PerAddress {
            cap: cap.max(1),
            open: Arc::default(),
        }
    }

    fn enter(&self, ip: std::net::IpAddr) -> Option<AddressSlot> {
        let key = address_key(ip);
        let mut open = self.open.lock().ok()?;
        let count = open.entry(key).or_insert(0);
        if *count >= self.cap {
            return None;
        }
        *count += 1;
        Some(AddressSlot {
            key,
            open: self.open.clone(),
        })
    }
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        if let Ok(mut open) = self.open.lock() {
            if let Some(count) = open.get_mut(&self.key) {
                *count -= 1;
                if *count == 0 {
                    open.remove(&self.key);
                }
            }
        }
    }
}

/// Lets a handler close its own connection without answering (the test hook
/// [`FaultInjection::drop_responses_after_commit`]).
#[derive(Clone)]
pub(crate) struct ConnectionKill(pub Arc<tokio::sync::Notify>);

async fn serve_connection<S>(
    stream: S,
    app: axum::Router,
    header_timeout: std::time::Duration,
    client: ClientAddr,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let kill = Arc::new(tokio::sync::Notify::new());
    let handle = ConnectionKill(kill.clone());
    let service = tower::ServiceBuilder::new()
        .map_request(
            move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(handle.clone());
                request.extensions_mut().insert(client);
                request
            },
        )
        .service(app);
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    tokio::select! {
        _ = connection => {}
        () = kill.notified() => {}
    }
}

/// `text` with everything a terminal could act on made visible: control characters (C0, DEL,
/// C1 such as the 8-bit CSI) and the bidirectional overrides that reorder what is shown are
/// written as `\u{1b}`, and a backslash as `\\` so the escapes stay unambiguous.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if c == '\\' {
            out.push_str("\\\\");
        } else if c.is_control() || bidi {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// A server running in the background of the current tokio runtime.
pub struct RunningServer {
    pub addr: SocketAddr,
    /// `https://127.0.0.1:PORT` or `http://127.0.0.1:PORT`.
    pub url: String,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<Result<(), IntakeError>>,
}

impl RunningServer {
    /// Stops accepting and closes every connection, as if the machine went away.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// Starts serving on `listener` in the background.
pub fn spawn(listener: TcpListener, config: IntakeConfig) -> Result<RunningServer, IntakeError> {
    let addr = listener.local_addr()?;
    let scheme = if config.tls.is_some() {
        "https"
    } else {
        "http"
    };
    let url = format!("{scheme}://{addr}");
    let (stop, mut stopped) = watch::channel(false);
    let task = tokio::spawn(serve_with_shutdown(listener, config, async move {
        let _ = stopped.wait_for(|s| *s).await;
    }));
    Ok(RunningServer {
        addr,
        url,
        stop,
        task,
    })
}

/// Starts a server on an ephemeral loopback port (`127.0.0.1:0`), for tests.
pub async fn spawn_for_test(config: IntakeConfig) -> Result<RunningServer, IntakeError> {
    spawn_on(SocketAddr::from(([127, 0, 0, 1], 0)), config).await
}

/// Starts a server on `addr` (a fixed port, to bring a stopped server back at the same place).
pub async fn spawn_on(
    addr: SocketAddr,
    config: IntakeConfig,
) -> Result<RunningServer, IntakeError> {
    let listener = TcpListener::bind(addr).await?;
    spawn(listener, config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_share_a_slot_count_per_64() {
        let a: std::net::IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: std::net::IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let c: std::net::IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        let mapped: std::net::IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(
            address_key(mapped),
            "192.0.2.7".parse::<std::net::IpAddr>().unwrap()
        );
        let caps = PerAddress::new(2);
        let first = caps.enter(a).unwrap();
        let _second = caps.enter(b).unwrap();
        assert!(caps.enter(a).is_none(), "third from the same /64");
        assert!(caps.enter(c).is_some(), "another /64 has its own count");
        drop(first);
        assert!(
            caps.enter(b).is_some(),
            "a closed connection frees its slot"
        );
    }

    #[test]
    fn printable_shows_what_a_terminal_would_act_on() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("\u{9b}\u{202e}\\"), "\\u{9b}\\u{202e}\\\\");
        assert_eq!(printable("Zürich 北京"), "Zürich 北京");
    }
}
