//! Replaces the user's and the computer's names in everything a finding or recording keeps.

use crate::host::Identity;

#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// (name, replacement), longest first so `alice-pc` is replaced before `alice`.
    names: Vec<(String, &'static str)>,
}

impl Redactor {
    pub fn new(identity: &Identity) -> Redactor {
        let mut names = Vec::new();
        // One- and two-letter names would shred ordinary words; they are not identifying anyway.
        if let Some(h) = identity.host.as_deref().filter(|h| h.len() >= 3) {
            names.push((h.to_string(), "<host>"));
            if let Some(short) = h.split('.').next().filter(|s| s.len() >= 3 && *s != h) {
                names.push((short.to_string(), "<host>"));
            }
        }
        if let Some(u) = identity.user.as_deref().filter(|u| u.len() >= 3) {
            names.push((u.to_string(), "<user>"));
        }
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        Redactor { names }
    }

    /// Case-insensitive (Windows names are), on ASCII and non-ASCII names alike.
    pub fn text(&self, input: &str) -> String {
        let mut out = input.to_string();
        for (name, replacement) in &self.names {
            out = replace_ignore_case(&out, name, replacement);
        }
        out
    }

    pub fn json(&self, value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => *s = self.text(s),
            serde_json::Value::Array(a) => a.iter_mut().for_each(|v| self.json(v)),
            serde_json::Value::Object(m) => m.values_mut().for_each(|v| self.json(v)),
            _ => {}
        }
    }
}

fn replace_ignore_case(haystack: &str, needle: &str, replacement: &str) -> String {
    let lower_hay = haystack.to_lowercase();
    let lower_needle = needle.to_lowercase();
    // Lower-casing can change byte lengths for some scripts; fall back to exact matching then.
    if lower_hay.len() != haystack.len() || lower_needle.len() != needle.len() {
        return haystack.replace(needle, replacement);
    }
    let mut out = String::with_capacity(haystack.len());
    let mut last = 0;
    for (i, _) in lower_hay.match_indices(&lower_needle) {
        if i < last {
            continue;
        }
        out.push_str(&haystack[last..i]);
        out.push_str(replacement);
        last = i + needle.len();
    }
    out.push_str(&haystack[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_user_and_host_names() {
        let r = Redactor::new(&Identity {
            user: Some("alice".into()),
            host: Some("ALICE-PC.corp.local".into()),
        });
        assert_eq!(
            r.text("uid=1000(Alice) on alice-pc.corp.local / ALICE-PC, /home/alice"),
            "uid=1000(<user>) on <host> / <host>, /home/<user>"
        );
        let short = Redactor::new(&Identity {
            user: Some("a".into()),
            host: None,
        });
        assert_eq!(short.text("a cat"), "a cat");
    }
}
