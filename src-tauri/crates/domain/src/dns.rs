//! A minimal DNS client: one question (TXT, MX, A or AAAA) to one recursive resolver over UDP,
//! retried once, and over TCP when the answer is truncated. Hand-written because the checks need
//! four record types and a hard time budget, not a caching async resolver and its runtime.

use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream, UdpSocket};
use std::time::{Duration, Instant};

/// Used when the computer's resolver cannot be read (Windows): AliDNS, reachable in mainland China.
pub(crate) const FALLBACK_RESOLVER: SocketAddr =
    SocketAddr::new(IpAddr::V4(Ipv4Addr::new(223, 5, 5, 5)), 53);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordType {
    A = 1,
    Mx = 15,
    Txt = 16,
    Aaaa = 28,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RData {
    A(Ipv4Addr),
    Aaaa(Ipv6Addr),
    Mx {
        preference: u16,
        exchange: String,
    },
    /// The character-strings of one TXT record, still separate.
    Txt(Vec<Vec<u8>>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DnsError {
    Timeout,
    /// The server answered with an error code (2 SERVFAIL, 5 REFUSED, …).
    ServerFailure(u8),
    /// The server could not be reached (ICMP unreachable, no route, …).
    Io(String),
    /// The answer did not parse.
    Malformed(&'static str),
}

impl std::fmt::Display for DnsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DnsError::Timeout => write!(f, "the DNS server did not answer in time"),
            DnsError::ServerFailure(rcode) => {
                write!(f, "the DNS server answered with error code {rcode}")
            }
            DnsError::Io(e) => write!(f, "the DNS server could not be reached: {e}"),
            DnsError::Malformed(what) => write!(f, "the DNS answer could not be read: {what}"),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct DnsClient {
    resolver: SocketAddr,
    timeout: Duration,
}

impl DnsClient {
    pub(crate) fn new(resolver: SocketAddr, timeout: Duration) -> DnsClient {
        DnsClient { resolver, timeout }
    }

    /// TXT records at `name`, each one's strings joined without separator (RFC 7208 §3.3).
    /// NXDOMAIN and "no such record" both give an empty list.
    pub(crate) fn txt(&self, name: &str) -> Result<Vec<String>, DnsError> {
        Ok(self
            .query(name, RecordType::Txt)?
            .into_iter()
            .filter_map(|r| match r {
                RData::Txt(parts) => Some(String::from_utf8_lossy(&parts.concat()).into_owned()),
                _ => None,
            })
            .collect())
    }

    /// MX records as (preference, exchange), exchange without trailing dot; `""` is the root
    /// (a null MX, RFC 7505).
    pub(crate) fn mx(&self, name: &str) -> Result<Vec<(u16, String)>, DnsError> {
        Ok(self
            .query(name, RecordType::Mx)?
            .into_iter()
            .filter_map(|r| match r {
                RData::Mx {
                    preference,
                    exchange,
                } => Some((preference, exchange)),
                _ => None,
            })
            .collect())
    }

    /// IPv4 addresses, or IPv6 ones when there are none.
    pub(crate) fn addresses(&self, name: &str) -> Result<Vec<IpAddr>, DnsError> {
        let to_ip = |r: RData| match r {
            RData::A(ip) => Some(IpAddr::V4(ip)),
            RData::Aaaa(ip) => Some(IpAddr::V6(ip)),
            _ => None,
        };
        let v4: Vec<IpAddr> = self
            .query(name, RecordType::A)?
            .into_iter()
            .filter_map(to_ip)
            .collect();
        if !v4.is_empty() {
            return Ok(v4);
        }
        Ok(self
            .query(name, RecordType::Aaaa)?
            .into_iter()
            .filter_map(to_ip)
            .collect())
    }

    /// The records of type `qtype` in the answer (CNAMEs the resolver followed are skipped).
    pub(crate) fn query(&self, name: &str, qtype: RecordType) -> Result<Vec<RData>, DnsError> {
        let id = query_id();
        let question = encode_query(id, name, qtype)?;
        let deadline = Instant::now() + self.timeout;
        let answer = self.exchange_udp(id, &question, deadline)?;
        let message = match parse_message(&answer, id, name, qtype)? {
            Parsed::Truncated => {
                let answer = self.exchange_tcp(&question, deadline)?;
                match parse_message(&answer, id, name, qtype)? {
                    Parsed::Complete(m) => m,
                    Parsed::Truncated | Parsed::NotOurs => {
                        return Err(DnsError::Malformed("truncated over TCP"))
                    }
                }
            }
            Parsed::Complete(m) => m,
            // exchange_udp only returns matching answers.
            Parsed::NotOurs => return Err(DnsError::Malformed("answer to another question")),
        };
        match message.rcode {
            0 => Ok(message.records),
            3 => Ok(Vec::new()), // NXDOMAIN: the name does not exist, so neither does the record
            rcode => Err(DnsError::ServerFailure(rcode)),
        }
    }

    fn exchange_udp(
        &self,
        id: u16,
        question: &[u8],
        deadline: Instant,
    ) -> Result<Vec<u8>, DnsError> {
        let local: SocketAddr = match self.resolver {
            SocketAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
            SocketAddr::V6(_) => (Ipv6Addr::UNSPECIFIED, 0).into(),
        };
        let socket = UdpSocket::bind(local).map_err(io_error)?;
        // Connected, so the kernel drops datagrams from anyone but the resolver.
        socket.connect(self.resolver).map_err(io_error)?;
        socket.send(question).map_err(io_error)?;
        // UDP gets lost: resend once, half-way through the budget.
        let mut resend_at = Some(Instant::now() + self.timeout / 2);
        let mut buf = vec![0u8; 65_535];
        loop {
            let now = Instant::now();
            if now >= deadline {
                return Err(DnsError::Timeout);
            }
            let wait_until = resend_at.map_or(deadline, |r| r.min(deadline));
            let wait = wait_until
                .saturating_duration_since(now)
                .max(Duration::from_millis(1));
            socket.set_read_timeout(Some(wait)).map_err(io_error)?;
            match socket.recv(&mut buf) {
                Ok(len) => {
                    let answer = &buf[..len];
                    // Stray or forged datagrams (wrong id or question) are ignored, not fatal.
                    if let Ok(Parsed::Complete(_) | Parsed::Truncated) =
                        parse_header_and_question(answer, id, question)
                    {
                        return Ok(answer.to_vec());
                    }
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    if resend_at.take().is_some() {
                        socket.send(question).map_err(io_error)?;
                    }
                }
                Err(e) => return Err(io_error(e)),
            }
        }
    }

    fn exchange_tcp(&self, question: &[u8], deadline: Instant) -> Result<Vec<u8>, DnsError> {
        let remaining = || {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                Err(DnsError::Timeout)
            } else {
                Ok(left)
            }
        };
        let mut stream =
            TcpStream::connect_timeout(&self.resolver, remaining()?).map_err(io_error)?;
        stream
            .set_write_timeout(Some(remaining()?))
            .map_err(io_error)?;
        let mut framed = Vec::with_capacity(question.len() + 2);
        framed.extend_from_slice(
            &u16::try_from(question.len())
                .unwrap_or(u16::MAX)
                .to_be_bytes(),
        );
        framed.extend_from_slice(question);
        stream.write_all(&framed).map_err(io_error)?;
        stream
            .set_read_timeout(Some(remaining()?))
            .map_err(io_error)?;
        let mut len = [0u8; 2];
        stream.read_exact(&mut len).map_err(io_error)?;
        let mut answer = vec![0u8; usize::from(u16::from_be_bytes(len))];
        stream
            .set_read_timeout(Some(remaining()?))
            .map_err(io_error)?;
        stream.read_exact(&mut answer).map_err(io_error)?;
        Ok(answer)
    }
}

fn io_error(e: io::Error) -> DnsError {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => DnsError::Timeout,
        _ => DnsError::Io(e.to_string()),
    }
}

/// Unpredictable enough that an off-path attacker cannot guess it; not a security boundary here
/// (the answers only inform the owner), so std's randomly seeded hasher will do.
fn query_id() -> u16 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    hasher.finish() as u16
}

fn encode_query(id: u16, name: &str, qtype: RecordType) -> Result<Vec<u8>, DnsError> {
    let mut msg = Vec::with_capacity(name.len() + 32);
    msg.extend_from_slice(&id.to_be_bytes());
    msg.extend_from_slice(&0x0100u16.to_be_bytes()); // standard query, recursion desired
    msg.extend_from_slice(&1u16.to_be_bytes()); // one question
    msg.extend_from_slice(&0u16.to_be_bytes());
    msg.extend_from_slice(&0u16.to_be_bytes());
    msg.extend_from_slice(&1u16.to_be_bytes()); // one additional: EDNS0 OPT
    encode_name(&mut msg, name)?;
    msg.extend_from_slice(&(qtype as u16).to_be_bytes());
    msg.extend_from_slice(&1u16.to_be_bytes()); // class IN
                                                // EDNS0 (RFC 6891) with the 1232-byte payload recommended by DNS Flag Day 2020: SPF and DKIM
                                                // TXT records often exceed the classic 512 bytes.
    msg.push(0); // root name
    msg.extend_from_slice(&41u16.to_be_bytes());
    msg.extend_from_slice(&1232u16.to_be_bytes());
    msg.extend_from_slice(&0u32.to_be_bytes());
    msg.extend_from_slice(&0u16.to_be_bytes());
    Ok(msg)
}

fn encode_name(msg: &mut Vec<u8>, name: &str) -> Result<(), DnsError> {
    for label in name.trim_end_matches('.').split('.') {
        if label.is_empty() || label.len() > 63 {
            return Err(DnsError::Malformed("name not valid for a query"));
        }
        msg.push(label.len() as u8);
        msg.extend_from_slice(label.as_bytes());
    }
    msg.push(0);
    Ok(())
}

struct Message {
    rcode: u8,
    records: Vec<RData>,
}

enum Parsed<T> {
    Complete(T),
    Truncated,
    NotOurs,
}

/// Is this datagram the answer to our question? (id, QR bit, same question section)
fn parse_header_and_question(msg: &[u8], id: u16, question: &[u8]) -> Result<Parsed<()>, DnsError> {
    let header = msg.get(..12).ok_or(DnsError::Malformed("short header"))?;
    if u16::from_be_bytes([header[0], header[1]]) != id || header[2] & 0x80 == 0 {
        return Ok(Parsed::NotOurs);
    }
    if u16::from_be_bytes([header[4], header[5]]) != 1 {
        return Ok(Parsed::NotOurs);
    }
    let (qname, end) = read_name(msg, 12)?;
    let (our_name, our_end) = read_name(question, 12)?;
    if !qname.eq_ignore_ascii_case(&our_name)
        || msg.get(end..end + 4) != question.get(our_end..our_end + 4)
    {
        return Ok(Parsed::NotOurs);
    }
    if header[2] & 0x02 != 0 {
        return Ok(Parsed::Truncated);
    }
    Ok(Parsed::Complete(()))
}

fn parse_message(
    msg: &[u8],
    id: u16,
    name: &str,
    qtype: RecordType,
) -> Result<Parsed<Message>, DnsError> {
    let question = encode_query(id, name, qtype)?;
    match parse_header_and_question(msg, id, &question)? {
        Parsed::Complete(()) => {}
        Parsed::Truncated => return Ok(Parsed::Truncated),
        Parsed::NotOurs => return Ok(Parsed::NotOurs),
    }
    let rcode = msg[3] & 0x0f;
    let answers = u16::from_be_bytes([msg[6], msg[7]]);
    let (_, mut pos) = read_name(msg, 12)?;
    pos += 4; // qtype, qclass
    let mut records = Vec::new();
    for _ in 0..answers {
        let (_, after_name) = read_name(msg, pos)?;
        let fixed = msg
            .get(after_name..after_name + 10)
            .ok_or(DnsError::Malformed("short record"))?;
        let rtype = u16::from_be_bytes([fixed[0], fixed[1]]);
        let rdlen = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
        let start = after_name + 10;
        let rdata = msg
            .get(start..start + rdlen)
            .ok_or(DnsError::Malformed("short record data"))?;
        pos = start + rdlen;
        if rtype != qtype as u16 {
            // CNAMEs (and anything else) on the way to the answer.
            continue;
        }
        let record = match qtype {
            RecordType::A => RData::A(Ipv4Addr::from(
                <[u8; 4]>::try_from(rdata).map_err(|_| DnsError::Malformed("A record length"))?,
            )),
            RecordType::Aaaa => RData::Aaaa(Ipv6Addr::from(
                <[u8; 16]>::try_from(rdata)
                    .map_err(|_| DnsError::Malformed("AAAA record length"))?,
            )),
            RecordType::Mx => {
                let preference = u16::from_be_bytes([
                    *rdata.first().ok_or(DnsError::Malformed("MX record"))?,
                    *rdata.get(1).ok_or(DnsError::Malformed("MX record"))?,
                ]);
                // The exchange may be compressed, pointing back into the whole message.
                let (exchange, _) = read_name(msg, start + 2)?;
                RData::Mx {
                    preference,
                    exchange,
                }
            }
            RecordType::Txt => {
                let mut parts = Vec::new();
                let mut i = 0;
                while i < rdata.len() {
                    let len = usize::from(rdata[i]);
                    let part = rdata
                        .get(i + 1..i + 1 + len)
                        .ok_or(DnsError::Malformed("TXT string length"))?;
                    parts.push(part.to_vec());
                    i += 1 + len;
                }
                RData::Txt(parts)
            }
        };
        records.push(record);
    }
    Ok(Parsed::Complete(Message { rcode, records }))
}

/// Reads a possibly compressed name at `pos`; returns it (lower-case, no trailing dot, `""` for
/// the root) and the position just after it in the original stream.
fn read_name(msg: &[u8], mut pos: usize) -> Result<(String, usize), DnsError> {
    let mut name = String::new();
    let mut end = None;
    // Pointers may only go backwards in sane messages; a jump limit stops loops in hostile ones.
    for _ in 0..128 {
        let len = *msg
            .get(pos)
            .ok_or(DnsError::Malformed("name runs past the end"))?;
        match len {
            0 => {
                return Ok((name, end.unwrap_or(pos + 1)));
            }
            l if l & 0xc0 == 0xc0 => {
                let low = *msg
                    .get(pos + 1)
                    .ok_or(DnsError::Malformed("short pointer"))?;
                end.get_or_insert(pos + 2);
                pos = usize::from(u16::from_be_bytes([l & 0x3f, low]));
            }
            l if l & 0xc0 == 0 => {
                let label = msg
                    .get(pos + 1..pos + 1 + usize::from(l))
                    .ok_or(DnsError::Malformed("label runs past the end"))?;
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str(&String::from_utf8_lossy(label).to_ascii_lowercase());
                pos += 1 + usize::from(l);
                if name.len() > 255 {
                    return Err(DnsError::Malformed("name too long"));
                }
            }
            _ => return Err(DnsError::Malformed("unknown label type")),
        }
    }
    Err(DnsError::Malformed("compression loop"))
}

/// The first `nameserver` in /etc/resolv.conf (Linux, macOS, BSD).
pub(crate) fn system_resolver() -> Option<SocketAddr> {
    if cfg!(unix) {
        let text = std::fs::read_to_string("/etc/resolv.conf").ok()?;
        first_nameserver(&text)
    } else {
        None
    }
}

fn first_nameserver(resolv_conf: &str) -> Option<SocketAddr> {
    resolv_conf.lines().find_map(|line| {
        let mut words = line.split_whitespace();
        if words.next() != Some("nameserver") {
            return None;
        }
        // Drop an IPv6 zone (fe80::1%eth0); std cannot carry it in a SocketAddr by name.
        let address = words.next()?.split('%').next()?;
        address
            .parse::<IpAddr>()
            .ok()
            .map(|ip| SocketAddr::new(ip, 53))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_conf_first_nameserver() {
        let conf = "# generated\nsearch lan\nnameserver 192.168.1.1\nnameserver 8.8.8.8\n";
        assert_eq!(
            first_nameserver(conf),
            Some("192.168.1.1:53".parse().unwrap())
        );
        assert_eq!(
            first_nameserver("nameserver fe80::1%eth0"),
            Some("[fe80::1]:53".parse().unwrap())
        );
        assert_eq!(first_nameserver("options ndots:1"), None);
    }

    #[test]
    fn compressed_names_and_loops() {
        // "a.b" at 0, then a pointer to it at 5.
        let msg = [1, b'a', 1, b'b', 0, 0xc0, 0x00];
        assert_eq!(read_name(&msg, 5).unwrap(), ("a.b".to_owned(), 7));
        let looping = [0xc0, 0x00];
        assert!(read_name(&looping, 0).is_err());
        assert!(read_name(&[5, b'a'], 0).is_err());
    }

    #[test]
    fn query_encoding() {
        let q = encode_query(0x1234, "example.com", RecordType::Txt).unwrap();
        assert_eq!(&q[..2], &[0x12, 0x34]);
        assert_eq!(read_name(&q, 12).unwrap().0, "example.com");
        assert!(encode_query(1, "a..b", RecordType::A).is_err());
    }
}
