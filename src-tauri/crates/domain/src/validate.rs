//! Turning what the owner typed into a domain name we may query. Refusing junk here means the
//! network code only ever sees plain LDH names, so nothing typed can reach a resolver or a
//! server in an unexpected shape (IP literals, ports, paths, spaces).

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{DomainError, InvalidDomainReason};

/// A checked domain: the ASCII (punycode) form used on the wire and the Unicode form shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "domain.ts")]
pub struct NormalisedDomain {
    /// Lower-case, punycode, no trailing dot: `xn--fsqu00a.xn--fiqs8s`.
    pub ascii: String,
    /// For display: `例子.中国`.
    pub unicode: String,
}

/// RFC 1035: 253 characters in presentation form (255 on the wire).
const MAX_NAME_LEN: usize = 253;
const MAX_LABEL_LEN: usize = 63;

/// Checks and normalises a domain name typed by the owner.
///
/// Forgiving about what people paste (surrounding spaces, `https://` in front, a trailing `/` or
/// `.`, capitals, full-width dots from Chinese input methods), strict about everything else.
pub fn validate_domain(input: &str) -> Result<NormalisedDomain, DomainError> {
    let refuse = |reason| Err(DomainError::invalid(input, reason));

    let mut name = input.trim();
    for scheme in ["https://", "http://"] {
        if crate::starts_with_ignore_case(name, scheme) {
            name = &name[scheme.len()..];
        }
    }
    let name = name.strip_suffix('/').unwrap_or(name);
    // One trailing dot is the fully-qualified form; also the Chinese full stop 。 that IMEs type.
    let name = name
        .strip_suffix('.')
        .or_else(|| name.strip_suffix('。'))
        .unwrap_or(name);

    if name.is_empty() {
        return refuse(InvalidDomainReason::Empty);
    }
    if name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse(InvalidDomainReason::InvalidCharacter);
    }
    if is_ip_literal(name) {
        return refuse(InvalidDomainReason::IpAddress);
    }
    if name.chars().count() > MAX_NAME_LEN * 4 {
        // Cheap guard before IDNA work on something absurdly long.
        return refuse(InvalidDomainReason::TooLong);
    }

    // UTS 46 with the STD3 rules: maps case and full-width forms, turns Unicode labels into
    // punycode, and rejects characters that are not letters, digits or hyphens.
    let ascii = match idna::domain_to_ascii_cow(name.as_bytes(), idna::AsciiDenyList::STD3) {
        Ok(ascii) => ascii.into_owned(),
        Err(_) => return refuse(InvalidDomainReason::InvalidCharacter),
    };

    // Full-width digits map to ASCII ones, so look for an address again after mapping.
    if is_ip_literal(&ascii) {
        return refuse(InvalidDomainReason::IpAddress);
    }
    if ascii.len() > MAX_NAME_LEN {
        return refuse(InvalidDomainReason::TooLong);
    }
    let labels: Vec<&str> = ascii.split('.').collect();
    for label in &labels {
        if label.is_empty() {
            return refuse(InvalidDomainReason::EmptyLabel);
        }
        if label.len() > MAX_LABEL_LEN {
            return refuse(InvalidDomainReason::LabelTooLong);
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            || label.starts_with('-')
            || label.ends_with('-')
        {
            return refuse(InvalidDomainReason::InvalidCharacter);
        }
    }
    // A firm's domain has at least a name and a top-level domain; `localhost` or `intranet`
    // would only ever be answered by a local network.
    if labels.len() < 2 {
        return refuse(InvalidDomainReason::SingleLabel);
    }
    // No top-level domain is all digits (RFC 3696 §2); this also catches 1.2.3.4-like leftovers.
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return refuse(InvalidDomainReason::NumericTld);
    }

    let (unicode, _) = idna::domain_to_unicode(&ascii);
    Ok(NormalisedDomain { ascii, unicode })
}

fn is_ip_literal(name: &str) -> bool {
    let unbracketed = name
        .strip_prefix('[')
        .and_then(|n| n.strip_suffix(']'))
        .unwrap_or(name);
    unbracketed.parse::<IpAddr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(input: &str) -> InvalidDomainReason {
        match validate_domain(input) {
            Err(DomainError::InvalidDomain { reason, .. }) => reason,
            Ok(ok) => panic!("{input:?} was accepted as {ok:?}"),
        }
    }

    #[test]
    fn plain_names_are_lower_cased_and_trimmed() {
        let d = validate_domain("  https://Shop.Example.COM/ ").unwrap();
        assert_eq!(d.ascii, "shop.example.com");
        assert_eq!(d.unicode, "shop.example.com");
        assert_eq!(validate_domain("example.cn.").unwrap().ascii, "example.cn");
    }

    #[test]
    fn chinese_names_become_punycode() {
        let d = validate_domain("例子.中国").unwrap();
        assert_eq!(d.ascii, "xn--fsqu00a.xn--fiqs8s");
        assert_eq!(d.unicode, "例子.中国");
        // Full stop typed by a Chinese input method.
        assert_eq!(
            validate_domain("例子。中国").unwrap().ascii,
            "xn--fsqu00a.xn--fiqs8s"
        );
    }

    #[test]
    fn junk_is_refused_with_a_reason() {
        assert_eq!(reason(""), InvalidDomainReason::Empty);
        assert_eq!(reason("   "), InvalidDomainReason::Empty);
        assert_eq!(
            reason("exa mple.com"),
            InvalidDomainReason::InvalidCharacter
        );
        assert_eq!(reason("example..com"), InvalidDomainReason::EmptyLabel);
        assert_eq!(reason(".example.com"), InvalidDomainReason::EmptyLabel);
        assert_eq!(reason("192.168.1.1"), InvalidDomainReason::IpAddress);
        assert_eq!(reason("::1"), InvalidDomainReason::IpAddress);
        assert_eq!(reason("[2001:db8::1]"), InvalidDomainReason::IpAddress);
        assert_eq!(reason("localhost"), InvalidDomainReason::SingleLabel);
        assert_eq!(
            reason("example.com:8080"),
            InvalidDomainReason::InvalidCharacter
        );
        assert_eq!(
            reason("example.com/shop"),
            InvalidDomainReason::InvalidCharacter
        );
        assert_eq!(
            reason("boss@example.com"),
            InvalidDomainReason::InvalidCharacter
        );
        assert_eq!(
            reason("under_score.com"),
            InvalidDomainReason::InvalidCharacter
        );
        assert_eq!(reason("-bad.com"), InvalidDomainReason::InvalidCharacter);
        assert_eq!(reason("1.2.3.999"), InvalidDomainReason::NumericTld);
        let long_label = format!("{}.com", "a".repeat(64));
        assert_eq!(reason(&long_label), InvalidDomainReason::LabelTooLong);
        let long_name = format!("{}com", "abcdefghi.".repeat(26));
        assert_eq!(reason(&long_name), InvalidDomainReason::TooLong);
    }

    #[test]
    fn the_error_has_a_stable_code() {
        let err = validate_domain("not a domain").unwrap_err();
        assert_eq!(err.code(), "invalid_domain");
        assert_eq!(err.details()["reason"], "invalid_character");
    }
}
