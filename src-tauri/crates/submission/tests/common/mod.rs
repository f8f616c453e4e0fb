//! Shared test helpers: a CA and loopback servers, packages, and a TCP proxy that injects faults.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use coverready_intake::test_support::TestPki;
use coverready_intake::{IntakeConfig, RateLimit, RunningServer};
use coverready_submission::{
    build_package, Client, ClientConfig, Installation, Package, PackageInput, RetryPolicy,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub fn intake_config(dir: &Path, pki: Option<&TestPki>) -> IntakeConfig {
    let mut config = IntakeConfig::new(dir);
    config.tls = pki.map(TestPki::tls);
    // Tests send many packages from one installation; the rate limit has its own test.
    config.rate_limit = RateLimit {
        burst: 100_000,
        per_minute: 1_000_000,
    };
    config
}

/// A folder for the intake server, one for the app, and the app's installation key: what every
/// network test starts from.
pub fn folders() -> (tempfile::TempDir, tempfile::TempDir, Installation) {
    let server_dir = tempfile::tempdir().unwrap();
    let app_dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(app_dir.path()).unwrap();
    (server_dir, app_dir, installation)
}

pub async fn start_server(dir: &Path, pki: Option<&TestPki>) -> RunningServer {
    coverready_intake::spawn_for_test(intake_config(dir, pki))
        .await
        .expect("intake starts")
}

pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(200),
        max_retry_after: Duration::from_secs(5),
    }
}

pub fn client_for(pki: &TestPki) -> Client {
    Client::new(ClientConfig {
        trust_public_roots: false,
        extra_roots_pem: vec![pki.ca_cert_pem.clone().into_bytes()],
        connect_timeout: Duration::from_secs(2),
        request_timeout: Duration::from_secs(5),
        retry: fast_retry(),
        ..ClientConfig::default()
    })
    .expect("client")
}

pub fn plain_client() -> Client {
    Client::new(ClientConfig {
        trust_public_roots: false,
        connect_timeout: Duration::from_secs(2),
        request_timeout: Duration::from_secs(5),
        retry: fast_retry(),
        ..ClientConfig::default()
    })
    .expect("client")
}

/// A package with a report of `pdf_len` bytes.
pub fn package(installation: &Installation, report_id: &str, pdf_len: usize) -> Package {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(pdf_len.max(16), b'x');
    let mut org = BTreeMap::new();
    org.insert("name".to_owned(), "北京示例科技有限公司".to_owned());
    org.insert("industry".to_owned(), "retail".to_owned());
    build_package(
        PackageInput {
            kind: Default::default(),
            report_pdf: pdf,
            report_json: br#"{"report":"test"}"#.to_vec(),
            report_id: report_id.to_owned(),
            org_fields: org,
            readiness_summary: serde_json::json!({"gate": "met", "score": 72}),
            app_version: "0.1.0".to_owned(),
        },
        installation,
        SystemTime::now(),
    )
    .expect("package builds")
}

pub fn server_count(dir: &Path) -> i64 {
    coverready_intake::Store::open(dir)
        .unwrap()
        .count()
        .unwrap()
}

/// What the proxy does with one connection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    Pass,
    /// Close the client's connection at once.
    Refuse,
    /// Wait, then pass.
    Delay(Duration),
    /// Forward this many request bytes, then close both sides: the server never sees a whole
    /// request.
    CutRequest(usize),
    /// Forward the whole request; once more than this many request bytes went up and the server
    /// starts answering, close both sides: the server committed, the client never hears.
    CutResponse(usize),
    /// Accept and never answer.
    Stall,
}

type Chooser = Box<dyn FnMut() -> Fault + Send>;

/// A loopback TCP proxy in front of a server, choosing a fault for each new connection.
pub struct FaultProxy {
    pub addr: SocketAddr,
    pub connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultProxy {
    pub async fn start(upstream: SocketAddr, chooser: Chooser) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let chooser = Arc::new(Mutex::new(chooser));
        let connections = Arc::new(AtomicUsize::new(0));
        let count = connections.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    continue;
                };
                count.fetch_add(1, Ordering::SeqCst);
                let fault = (chooser.lock().unwrap())();
                tokio::spawn(handle(client, upstream, fault));
            }
        });
        FaultProxy {
            addr,
            connections,
            task,
        }
    }

    /// A proxy that applies `faults` to the first connections, then passes everything.
    pub async fn scripted(upstream: SocketAddr, faults: Vec<Fault>) -> FaultProxy {
        let mut faults = faults.into_iter();
        FaultProxy::start(
            upstream,
            Box::new(move || faults.next().unwrap_or(Fault::Pass)),
        )
        .await
    }

    pub fn url(&self, scheme: &str) -> String {
        format!("{scheme}://{}", self.addr)
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn handle(mut client: TcpStream, upstream: SocketAddr, fault: Fault) {
    match fault {
        Fault::Refuse => return,
        Fault::Stall => {
            tokio::time::sleep(Duration::from_secs(30)).await;
            return;
        }
        Fault::Delay(d) => tokio::time::sleep(d).await,
        _ => {}
    }
    let Ok(mut server) = TcpStream::connect(upstream).await else {
        return;
    };
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (mut client_read, mut client_write) = client.split();
    let (mut server_read, mut server_write) = server.split();
    let uploaded = AtomicUsize::new(0);
    let up = async {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match client_read.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let mut n = n;
            if let Fault::CutRequest(limit) = fault {
                let sent = uploaded.load(Ordering::SeqCst);
                if sent + n >= limit {
                    n = limit.saturating_sub(sent);
                    let _ = server_write.write_all(&buf[..n]).await;
                    break;
                }
            }
            if server_write.write_all(&buf[..n]).await.is_err() {
                break;
            }
            uploaded.fetch_add(n, Ordering::SeqCst);
        }
    };
    let down = async {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match server_read.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if let Fault::CutResponse(threshold) = fault {
                if uploaded.load(Ordering::SeqCst) > threshold {
                    break;
                }
            }
            if client_write.write_all(&buf[..n]).await.is_err() {
                break;
            }
        }
    };
    // Whichever direction ends first ends the connection: that is what a cut looks like.
    tokio::select! {
        () = up => {}
        () = down => {}
    }
}
