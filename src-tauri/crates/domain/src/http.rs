//! Just enough HTTP/1.1 to read one response head: the status line and headers of `GET /`.
//! Used over TLS for HSTS and over plain TCP for the HTTP→HTTPS redirect. No body is read and
//! nothing is followed, so a hostile server can cost us at most one timeout and 64 KiB.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use crate::model::{CheckId, DomainFinding, UnknownReason, Verdict};

const MAX_HEAD: usize = 64 * 1024;
/// One year, the minimum browsers' HSTS preload lists and most scanners accept.
pub(crate) const HSTS_MIN_MAX_AGE: u64 = 31_536_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ResponseHead {
    pub status: u16,
    /// The status line and headers as received, for evidence.
    pub raw: String,
    headers: Vec<(String, String)>,
}

impl ResponseHead {
    /// First header with this name (case-insensitive).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// `GET /` for `host`; the port goes in Host only when it is not the scheme's default.
pub(crate) fn request(host: &str, port: u16, default_port: u16) -> String {
    let host = if port == default_port {
        host.to_owned()
    } else {
        format!("{host}:{port}")
    };
    format!(
        "GET / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: CoverReady-domain-check\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    )
}

/// Reads until the blank line ending the head. `deadline` bounds the whole read, so a server
/// trickling one byte at a time cannot hold the check past its budget.
pub(crate) fn read_head(
    stream: &mut impl Read,
    set_timeout: &mut dyn FnMut(Duration) -> io::Result<()>,
    deadline: Instant,
) -> io::Result<ResponseHead> {
    let mut head = Vec::with_capacity(2048);
    let mut buf = [0u8; 4096];
    loop {
        if let Some(end) = find_blank_line(&head) {
            head.truncate(end);
            return parse_head(&head);
        }
        if head.len() > MAX_HEAD {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "response head too large",
            ));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(io::ErrorKind::TimedOut, "response too slow"));
        }
        set_timeout(left)?;
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed before the response head ended",
            ));
        }
        head.extend_from_slice(&buf[..n]);
    }
}

fn find_blank_line(data: &[u8]) -> Option<usize> {
    data.windows(4).position(|w| w == b"\r\n\r\n")
}

fn parse_head(head: &[u8]) -> io::Result<ResponseHead> {
    let raw = String::from_utf8_lossy(head).into_owned();
    let mut lines = raw.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next().unwrap_or_default();
    let status = parts
        .next()
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|_| version.starts_with("HTTP/"))
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "not an HTTP response"))?;
    let headers = lines
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_owned(), value.trim().to_owned()))
        })
        .collect();
    Ok(ResponseHead {
        status,
        raw,
        headers,
    })
}

/// `max-age` of a Strict-Transport-Security value (RFC 6797 §6.1), if well formed.
fn hsts_max_age(value: &str) -> Option<u64> {
    value.split(';').find_map(|directive| {
        let (name, v) = directive.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("max-age") {
            return None;
        }
        v.trim().trim_matches('"').parse().ok()
    })
}

/// HSTS from the head of the HTTPS response.
pub(crate) fn judge_hsts(head: &ResponseHead) -> DomainFinding {
    let Some(value) = head.header("strict-transport-security") else {
        let mut f = DomainFinding::new(CheckId::Hsts, Verdict::Fail, "domain-hsts-missing");
        f.fact("status", head.status);
        return f.with_evidence(head.raw.clone());
    };
    let max_age = hsts_max_age(value);
    let (verdict, key) = match max_age {
        None | Some(0) => (Verdict::Fail, "domain-hsts-missing"), // max-age=0 switches HSTS off
        Some(age) if age >= HSTS_MIN_MAX_AGE => (Verdict::Pass, "domain-hsts-pass"),
        Some(_) => (Verdict::Warn, "domain-hsts-short"),
    };
    let mut f = DomainFinding::new(CheckId::Hsts, verdict, key);
    f.fact("max_age", max_age)
        .fact("max_age_days", max_age.map(|a| a / 86_400))
        .fact("min_max_age", HSTS_MIN_MAX_AGE)
        .fact(
            "include_subdomains",
            value.to_ascii_lowercase().contains("includesubdomains"),
        );
    f.with_evidence(format!("Strict-Transport-Security: {value}"))
}

/// Asks the plain-HTTP port for `/` and checks it sends the browser to https://.
pub(crate) fn check_https_redirect(
    target: SocketAddr,
    host: &str,
    timeout: Duration,
) -> DomainFinding {
    let started = Instant::now();
    let finding = match fetch_plain_head(target, host, timeout) {
        Err(e) => {
            let reason = match e.kind() {
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => UnknownReason::Timeout,
                io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => {
                    UnknownReason::HttpError
                }
                _ => UnknownReason::ConnectionFailed,
            };
            DomainFinding::unknown(CheckId::HttpsRedirect, reason, &e.to_string())
        }
        Ok(head) => judge_redirect(&head),
    };
    finding.with_duration(started.elapsed())
}

fn fetch_plain_head(target: SocketAddr, host: &str, timeout: Duration) -> io::Result<ResponseHead> {
    let deadline = Instant::now() + timeout;
    let mut stream = TcpStream::connect_timeout(&target, timeout)?;
    stream.set_write_timeout(Some(timeout))?;
    stream.write_all(request(host, target.port(), 80).as_bytes())?;
    let reader = stream.try_clone()?;
    let mut set_timeout = |d: Duration| reader.set_read_timeout(Some(d));
    read_head(&mut stream, &mut set_timeout, deadline)
}

fn judge_redirect(head: &ResponseHead) -> DomainFinding {
    let location = head.header("location").map(str::to_owned);
    let is_redirect = matches!(head.status, 301 | 302 | 303 | 307 | 308);
    let to_https = location
        .as_deref()
        .is_some_and(|l| crate::starts_with_ignore_case(l, "https://"));
    let (verdict, key) = match (is_redirect, to_https) {
        (true, true) => (Verdict::Pass, "domain-https-redirect-pass"),
        (true, false) => (Verdict::Fail, "domain-https-redirect-to-http"),
        (false, _) => (Verdict::Fail, "domain-https-redirect-missing"),
    };
    let mut f = DomainFinding::new(CheckId::HttpsRedirect, verdict, key);
    f.fact("status", head.status).fact("location", location);
    f.with_evidence(head.raw.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> ResponseHead {
        parse_head(text.as_bytes()).unwrap()
    }

    #[test]
    fn parses_heads_and_hsts() {
        let h = head("HTTP/1.1 200 OK\r\nstrict-transport-security: max-age=63072000; includeSubDomains\r\nX: y");
        assert_eq!(h.status, 200);
        let f = judge_hsts(&h);
        assert_eq!(f.verdict, Verdict::Pass);
        assert_eq!(f.facts["include_subdomains"], true);
        assert_eq!(
            judge_hsts(&head(
                "HTTP/1.1 200 OK\r\nStrict-Transport-Security: max-age=\"300\""
            ))
            .verdict,
            Verdict::Warn
        );
        assert_eq!(
            judge_hsts(&head(
                "HTTP/1.1 200 OK\r\nStrict-Transport-Security: max-age=0"
            ))
            .verdict,
            Verdict::Fail
        );
        assert!(parse_head(b"SSH-2.0-OpenSSH").is_err());
    }

    #[test]
    fn redirects() {
        assert_eq!(
            judge_redirect(&head(
                "HTTP/1.1 301 Moved\r\nLocation: HTTPS://example.com/"
            ))
            .verdict,
            Verdict::Pass
        );
        assert_eq!(
            judge_redirect(&head(
                "HTTP/1.1 302 Found\r\nLocation: http://www.example.com/"
            ))
            .detail_key,
            "domain-https-redirect-to-http"
        );
        assert_eq!(
            judge_redirect(&head("HTTP/1.0 200 OK")).detail_key,
            "domain-https-redirect-missing"
        );
    }

    #[test]
    fn slow_or_endless_heads_stop() {
        let endless = std::io::repeat(b'a');
        let mut no_timeout = |_d: Duration| Ok(());
        let err = read_head(
            &mut endless.take(1 << 20),
            &mut no_timeout,
            Instant::now() + Duration::from_secs(5),
        )
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }
}
