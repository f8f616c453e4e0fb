//! The incident log's hash chain. Each entry's hash is SHA-256 over a canonical serialisation
//! (JSON with a fixed field order, no whitespace) of the incident id, the previous entry's hash
//! and the entry's content, its position included. An edited row no longer matches its hash; a
//! deleted, inserted or reordered row breaks the link to the one before it; a row cut from the
//! end no longer matches the head (count and last hash) kept with the incident.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// The "previous hash" of the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A file kept as evidence: its name as given, where the copy is (relative to the data folder),
/// its size and SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "incident.ts")]
pub struct EvidenceRef {
    pub name: String,
    pub stored: String,
    pub size: u64,
    pub sha256: String,
}

/// What an entry says: number in the log (from 1), when (Unix seconds), who, what kind of entry
/// (`started`, `note`, `step`, `evidence`), the step ticked, the text, the evidence; for the
/// `started` entry also the discovery time kept with the incident, so that changing it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryContent {
    pub seq: i64,
    pub at: i64,
    pub who: String,
    pub what: String,
    pub step: Option<String>,
    pub text: String,
    pub evidence: Option<EvidenceRef>,
    /// Only in the `started` entry (and only then part of the canonical form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovered_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChainedEntry {
    #[serde(flatten)]
    pub content: EntryContent,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Serialize)]
struct Canonical<'a> {
    v: u32,
    incident: i64,
    prev: &'a str,
    entry: &'a EntryContent,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash of `content` following `prev_hash` in incident `incident_id`.
pub fn entry_hash(incident_id: i64, content: &EntryContent, prev_hash: &str) -> String {
    let canonical = Canonical {
        v: 1,
        incident: incident_id,
        prev: prev_hash,
        entry: content,
    };
    // Serialising plain strings, numbers and options cannot fail.
    let bytes = serde_json::to_vec(&canonical).unwrap_or_default();
    hex(&Sha256::digest(&bytes))
}

/// Chains `content` after `previous` (the last entry, or none).
pub fn chain(
    incident_id: i64,
    previous: Option<&ChainedEntry>,
    content: EntryContent,
) -> ChainedEntry {
    let prev_hash = previous
        .map_or(GENESIS_HASH, |p| p.hash.as_str())
        .to_owned();
    let hash = entry_hash(incident_id, &content, &prev_hash);
    ChainedEntry {
        content,
        prev_hash,
        hash,
    }
}

/// Where the chain breaks first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, export_to = "incident.ts")]
pub struct ChainBreak {
    /// The first entry that does not hold (its number as stored, or the position expected).
    pub seq: i64,
    pub reason: BreakReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "incident.ts")]
pub enum BreakReason {
    /// The row's content no longer matches its hash: edited.
    Altered,
    /// The row does not follow the one before it: a row was deleted, inserted or moved.
    Link,
    /// The log ends before (or after) the head kept with the incident: rows cut off the end.
    Truncated,
}

impl BreakReason {
    pub fn as_str(self) -> &'static str {
        match self {
            BreakReason::Altered => "altered",
            BreakReason::Link => "link",
            BreakReason::Truncated => "truncated",
        }
    }
}

/// Verifies `entries` (in stored order) of incident `incident_id` against the head kept with
/// the incident (`count` entries, the last with hash `head`).
pub fn verify(
    incident_id: i64,
    entries: &[ChainedEntry],
    count: i64,
    head: &str,
) -> Result<(), ChainBreak> {
    let mut prev = GENESIS_HASH;
    for (i, e) in entries.iter().enumerate() {
        let position = i as i64 + 1;
        if entry_hash(incident_id, &e.content, &e.prev_hash) != e.hash {
            return Err(ChainBreak {
                seq: e.content.seq,
                reason: BreakReason::Altered,
            });
        }
        if e.prev_hash != prev || e.content.seq != position {
            return Err(ChainBreak {
                seq: e.content.seq,
                reason: BreakReason::Link,
            });
        }
        prev = &e.hash;
    }
    let len = entries.len() as i64;
    if len != count || (len > 0 && prev != head) || (len == 0 && !head.is_empty()) {
        return Err(ChainBreak {
            seq: len.min(count) + 1,
            reason: BreakReason::Truncated,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, text: &str) -> EntryContent {
        EntryContent {
            seq,
            at: 1_796_284_800 + seq * 60,
            who: "owner".into(),
            what: "note".into(),
            step: None,
            text: text.into(),
            evidence: None,
            discovered_at: None,
        }
    }

    fn log(n: i64) -> Vec<ChainedEntry> {
        let mut out: Vec<ChainedEntry> = Vec::new();
        for seq in 1..=n {
            let next = chain(7, out.last(), entry(seq, &format!("entry {seq}")));
            out.push(next);
        }
        out
    }

    #[test]
    fn an_intact_log_verifies() {
        let entries = log(4);
        let head = entries.last().unwrap().hash.clone();
        assert_eq!(verify(7, &entries, 4, &head), Ok(()));
        assert_eq!(verify(7, &[], 0, ""), Ok(()));
        // The incident id is part of the hash: the same rows do not verify under another.
        assert!(verify(8, &entries, 4, &head).is_err());
    }

    #[test]
    fn an_edited_entry_is_named() {
        let mut entries = log(4);
        let head = entries.last().unwrap().hash.clone();
        entries[1].content.text = "entry 2, edited".into();
        assert_eq!(
            verify(7, &entries, 4, &head),
            Err(ChainBreak {
                seq: 2,
                reason: BreakReason::Altered
            })
        );
        let mut entries = log(4);
        entries[2].content.at += 1;
        assert_eq!(verify(7, &entries, 4, &head).unwrap_err().seq, 3);
    }

    #[test]
    fn the_discovery_time_of_the_first_entry_is_part_of_its_hash() {
        let mut first = entry(1, "ransomware");
        first.discovered_at = Some(1_796_280_000);
        let chained = chain(7, None, first);
        let head = chained.hash.clone();
        let mut entries = vec![chained];
        assert_eq!(verify(7, &entries, 1, &head), Ok(()));
        entries[0].content.discovered_at = Some(1_796_283_600);
        assert_eq!(
            verify(7, &entries, 1, &head),
            Err(ChainBreak {
                seq: 1,
                reason: BreakReason::Altered
            })
        );
    }

    #[test]
    fn a_deleted_or_reordered_entry_breaks_the_link() {
        let mut entries = log(4);
        let head = entries.last().unwrap().hash.clone();
        entries.remove(1);
        assert_eq!(
            verify(7, &entries, 4, &head),
            Err(ChainBreak {
                seq: 3,
                reason: BreakReason::Link
            })
        );
        let mut entries = log(4);
        entries.swap(1, 2);
        assert_eq!(
            verify(7, &entries, 4, &head),
            Err(ChainBreak {
                seq: 3,
                reason: BreakReason::Link
            })
        );
        let mut entries = log(4);
        entries.pop();
        assert_eq!(
            verify(7, &entries, 4, &head),
            Err(ChainBreak {
                seq: 4,
                reason: BreakReason::Truncated
            })
        );
    }
}
