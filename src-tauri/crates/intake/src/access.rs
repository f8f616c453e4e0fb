//! Who may read what. Submitting stays open to anyone (a package proves itself by its
//! signature); listing is for the tenant's own staff, with a bearer token.
//!
//! The tenant rule: a submission belongs to the tenant whose URL it arrived at. A broker's
//! clients are given `https://intake.example/t/<tenant>` as their destination, and the desktop
//! client appends `/api/v1/submissions` as it always does, so it needs no change; plain
//! `/api/v1/...` is the tenant `default`. A tenant exists once a token was created for it
//! (`coverready-intake token create --tenant NAME`); `default` always exists. Submissions to a
//! tenant that does not exist are answered 404, so a typo in a URL cannot file a package where
//! nobody will look.
//!
//! Tokens: 32 random bytes, shown once as `crt_` + 64 hex digits; only their SHA-256 is stored.

use coverready_submission::encoding::{hex_lower, sha256_hex};

/// What every token starts with, so one pasted into the wrong place is recognisable.
pub const TOKEN_PREFIX: &str = "crt_";

/// A tenant name: 1 to 63 of `a-z`, `0-9` and `-`, not starting with `-` (it goes into URLs and
/// file names unescaped).
pub fn valid_tenant(name: &str) -> bool {
    (1..=63).contains(&name.len())
        && !name.starts_with('-')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A fresh token and the hash to store for it.
pub fn new_token() -> Result<(String, String), getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    let token = format!("{TOKEN_PREFIX}{}", hex_lower(&bytes));
    let hash = token_hash(&token);
    Ok((token, hash))
}

/// What is stored for `token`, and looked up for a presented one.
pub fn token_hash(token: &str) -> String {
    sha256_hex(token.as_bytes())
}

/// The token in an `Authorization: Bearer …` header value, if that is what it is.
pub fn bearer(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenant_names_are_url_safe() {
        for good in ["default", "acme", "broker-7", "a"] {
            assert!(valid_tenant(good), "{good}");
        }
        for bad in ["", "-x", "Acme", "a/b", "a b", "ä", "..", &"x".repeat(64)] {
            assert!(!valid_tenant(bad), "{bad}");
        }
    }

    #[test]
    fn tokens_are_random_and_stored_as_hashes() {
        let (a, hash_a) = new_token().unwrap();
        let (b, _) = new_token().unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(TOKEN_PREFIX) && a.len() == 4 + 64);
        assert_eq!(hash_a, token_hash(&a));
        assert!(!hash_a.contains(&a[4..]));
    }

    #[test]
    fn bearer_headers() {
        assert_eq!(bearer("Bearer crt_1"), Some("crt_1"));
        assert_eq!(bearer("bearer  crt_1 "), Some("crt_1"));
        assert_eq!(bearer("Basic abc"), None);
        assert_eq!(bearer("Bearer"), None);
        assert_eq!(bearer(""), None);
    }
}
