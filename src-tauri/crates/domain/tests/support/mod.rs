//! Loopback servers for the domain checks: a tiny authoritative-style DNS responder, a TLS
//! website and a plain-HTTP listener, plus a throwaway PKI. Nothing here talks beyond 127.0.0.1.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::OffsetDateTime;

pub const LOOPBACK: Ipv4Addr = Ipv4Addr::LOCALHOST;

// ---------------------------------------------------------------- DNS

#[derive(Clone)]
enum Rec {
    Txt(String),
    Mx(u16, String),
    A(Ipv4Addr),
}

/// Records served by [`DnsServer`]. Names are matched case-insensitively.
#[derive(Clone, Default)]
pub struct Zone {
    records: Vec<(String, Rec)>,
}

impl Zone {
    pub fn new() -> Zone {
        Zone::default()
    }
    pub fn txt(mut self, name: &str, text: &str) -> Zone {
        self.records
            .push((name.to_ascii_lowercase(), Rec::Txt(text.to_owned())));
        self
    }
    pub fn mx(mut self, name: &str, preference: u16, exchange: &str) -> Zone {
        self.records.push((
            name.to_ascii_lowercase(),
            Rec::Mx(preference, exchange.to_owned()),
        ));
        self
    }
    pub fn a(mut self, name: &str, ip: Ipv4Addr) -> Zone {
        self.records.push((name.to_ascii_lowercase(), Rec::A(ip)));
        self
    }
}

/// Answers UDP queries on 127.0.0.1 from a [`Zone`]: NXDOMAIN for unknown names, an empty
/// answer for known names without the asked type.
pub struct DnsServer {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl DnsServer {
    pub fn start(zone: Zone) -> DnsServer {
        let socket = UdpSocket::bind((LOOPBACK, 0)).unwrap();
        socket
            .set_read_timeout(Some(Duration::from_millis(20)))
            .unwrap();
        let addr = socket.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stop_flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            while !stop_flag.load(Ordering::Relaxed) {
                let Ok((len, peer)) = socket.recv_from(&mut buf) else {
                    continue;
                };
                if let Some(answer) = answer(&zone, &buf[..len]) {
                    let _ = socket.send_to(&answer, peer);
                }
            }
        });
        DnsServer {
            addr,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A UDP socket that receives queries and never answers.
pub fn silent_dns() -> UdpSocket {
    UdpSocket::bind((LOOPBACK, 0)).unwrap()
}

fn encode_name(out: &mut Vec<u8>, name: &str) {
    for label in name.split('.').filter(|l| !l.is_empty()) {
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
}

fn answer(zone: &Zone, query: &[u8]) -> Option<Vec<u8>> {
    let mut pos = 12;
    let mut labels = Vec::new();
    loop {
        let len = usize::from(*query.get(pos)?);
        if len == 0 {
            pos += 1;
            break;
        }
        labels
            .push(String::from_utf8_lossy(query.get(pos + 1..pos + 1 + len)?).to_ascii_lowercase());
        pos += 1 + len;
    }
    let qname = labels.join(".");
    let qtype = u16::from_be_bytes([*query.get(pos)?, *query.get(pos + 1)?]);
    let question = &query[12..pos + 4];

    let known = zone.records.iter().any(|(n, _)| *n == qname);
    let matching: Vec<&Rec> = zone
        .records
        .iter()
        .filter(|(n, _)| *n == qname)
        .map(|(_, r)| r)
        .filter(|r| {
            matches!(
                (r, qtype),
                (Rec::Txt(_), 16) | (Rec::Mx(..), 15) | (Rec::A(_), 1)
            )
        })
        .collect();

    let mut out = Vec::new();
    out.extend_from_slice(&query[..2]);
    let rcode: u16 = if known { 0 } else { 3 };
    out.extend_from_slice(&(0x8180u16 | rcode).to_be_bytes());
    out.extend_from_slice(&1u16.to_be_bytes());
    out.extend_from_slice(&(matching.len() as u16).to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(question);
    for record in matching {
        out.extend_from_slice(&[0xc0, 0x0c]); // pointer to the question name
        let mut rdata = Vec::new();
        let rtype: u16 = match record {
            Rec::Txt(text) => {
                for chunk in text.as_bytes().chunks(255) {
                    rdata.push(chunk.len() as u8);
                    rdata.extend_from_slice(chunk);
                }
                16
            }
            Rec::Mx(preference, exchange) => {
                rdata.extend_from_slice(&preference.to_be_bytes());
                encode_name(&mut rdata, exchange);
                15
            }
            Rec::A(ip) => {
                rdata.extend_from_slice(&ip.octets());
                1
            }
        };
        out.extend_from_slice(&rtype.to_be_bytes());
        out.extend_from_slice(&1u16.to_be_bytes());
        out.extend_from_slice(&60u32.to_be_bytes());
        out.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
        out.extend_from_slice(&rdata);
    }
    Some(out)
}

// ---------------------------------------------------------------- PKI

pub struct TestPki {
    pub ca_der: Vec<u8>,
    issuer: CertifiedIssuer<'static, KeyPair>,
}

pub struct ServerCert {
    pub chain: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
}

impl TestPki {
    pub fn new() -> TestPki {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, "CoverReady Test CA");
        let issuer = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
        TestPki {
            ca_der: issuer.der().to_vec(),
            issuer,
        }
    }

    /// A certificate for `name` signed by the test CA, valid from a day ago for `days_left` more
    /// days (negative: already expired).
    pub fn leaf(&self, name: &str, days_left: i64) -> ServerCert {
        let key = KeyPair::generate().unwrap();
        let params = leaf_params(name, days_left);
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        ServerCert {
            chain: vec![cert.der().clone()],
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        }
    }
}

/// Self-signed: not chained to any root the client trusts.
pub fn self_signed(name: &str, days_left: i64) -> ServerCert {
    let key = KeyPair::generate().unwrap();
    let cert = leaf_params(name, days_left).self_signed(&key).unwrap();
    ServerCert {
        chain: vec![cert.der().clone()],
        key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    }
}

fn leaf_params(name: &str, days_left: i64) -> CertificateParams {
    let mut params = CertificateParams::new(vec![name.to_owned()]).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    let now = OffsetDateTime::now_utc();
    // Half a day of slack so "90 days left" reads as 90, not 89, whatever the clock does.
    params.not_after = now + time::Duration::days(days_left) + time::Duration::hours(12);
    params.not_before = params.not_after - time::Duration::days(days_left.abs() + 400);
    params
}

// ---------------------------------------------------------------- web

/// How the loopback website behaves.
pub struct Site {
    pub cert: ServerCert,
    /// Extra headers on the HTTPS response, e.g. Strict-Transport-Security.
    pub https_headers: Vec<String>,
    /// The whole plain-HTTP response head; `None` leaves the HTTP port closed.
    pub http_head: Option<String>,
    pub tls12_only: bool,
}

pub struct WebServer {
    pub https_port: u16,
    pub http_port: u16,
    listeners: Vec<Listener>,
}

struct Listener {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(self.addr); // wake accept()
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn listen(handler: impl Fn(TcpStream) + Send + Sync + 'static) -> Listener {
    let listener = TcpListener::bind((LOOPBACK, 0)).unwrap();
    let addr = listener.local_addr().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let stop_flag = stop.clone();
    let handler = Arc::new(handler);
    let thread = std::thread::spawn(move || {
        for stream in listener.incoming() {
            if stop_flag.load(Ordering::Relaxed) {
                break;
            }
            let Ok(stream) = stream else { continue };
            let handler = handler.clone();
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                handler(stream)
            });
        }
    });
    Listener {
        addr,
        stop,
        thread: Some(thread),
    }
}

/// A port on loopback that nothing listens on (bound, read, released).
pub fn closed_port() -> u16 {
    TcpListener::bind((LOOPBACK, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn read_request(stream: &mut impl Read) {
    let mut seen = Vec::new();
    let mut buf = [0u8; 1024];
    while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
        }
    }
}

impl WebServer {
    pub fn start(site: Site) -> WebServer {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let versions: &[&rustls::SupportedProtocolVersion] = if site.tls12_only {
            &[&rustls::version::TLS12]
        } else {
            &[&rustls::version::TLS13, &rustls::version::TLS12]
        };
        let config = Arc::new(
            rustls::ServerConfig::builder_with_provider(provider)
                .with_protocol_versions(versions)
                .unwrap()
                .with_no_client_auth()
                .with_single_cert(site.cert.chain, site.cert.key)
                .unwrap(),
        );
        let headers: String = site
            .https_headers
            .iter()
            .map(|h| format!("{h}\r\n"))
            .collect();
        let https = listen(move |tcp| {
            let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
                return;
            };
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            read_request(&mut tls);
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n{headers}Content-Length: 2\r\nConnection: close\r\n\r\nok"
            );
            let _ = tls.write_all(response.as_bytes());
            tls.conn.send_close_notify();
            let _ = tls.flush();
        });
        let mut listeners = vec![];
        let https_port = https.addr.port();
        listeners.push(https);
        let http_port = match site.http_head {
            Some(head) => {
                let http = listen(move |mut tcp| {
                    read_request(&mut tcp);
                    let _ = tcp.write_all(
                        format!("{head}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                            .as_bytes(),
                    );
                });
                let port = http.addr.port();
                listeners.push(http);
                port
            }
            None => closed_port(),
        };
        WebServer {
            https_port,
            http_port,
            listeners,
        }
    }
}
