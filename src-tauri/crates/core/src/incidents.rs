//! "Something happened": an incident of an organisation, its first steps and deadlines counted
//! from discovery, and its append-only, hash-chained log with evidence files kept in the data
//! folder (`incidents/<id>/`). The rules are in coverready-incident; this layer validates input,
//! keeps files and speaks [`Error`].

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use coverready_incident::{
    self as rules, ChainBreak, ChainedEntry, EntryContent, EvidenceRef, Kind, Policy, Source,
    TimeFlag, TimeRefusal, GENESIS_HASH,
};
use coverready_report::claim_pack::{
    ClaimPackInput, PackChain, PackDeadline, PackEntry, PackEvidence, PackPolicy, PackReadiness,
    PackStep,
};
use coverready_store::{EntryRow, IncidentRow, LogHead};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::policy::{cst_rfc3339, shown_time};
use crate::{Error, ErrorCode, Workspace};

/// The largest evidence file kept: 200 MB.
pub const MAX_EVIDENCE_BYTES: u64 = 200 * 1024 * 1024;
/// The longest log text.
pub const MAX_TEXT_CHARS: usize = 2_000;
const MAX_WHO_CHARS: usize = 200;

/// Entry kinds (`what`).
pub const WHAT_STARTED: &str = "started";
pub const WHAT_STEP: &str = "step";
pub const WHAT_NOTE: &str = "note";
pub const WHAT_EVIDENCE: &str = "evidence";

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "incident_views.ts")]
pub struct StepView {
    pub id: String,
    /// 1-based position.
    pub n: usize,
    /// RFC 3339 (+08:00) when ticked.
    pub done_at: Option<String>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "incident_views.ts")]
pub struct DeadlineView {
    pub id: String,
    pub hours: Option<u32>,
    pub from_policy: bool,
    pub due_at: Option<String>,
    pub remaining_hours: Option<f64>,
    pub overdue: bool,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "incident_views.ts")]
pub struct ContactView {
    /// Text `incident-contact-<id>`.
    pub id: String,
    /// `None`: the policy does not give it yet (insurer, broker).
    pub number: Option<String>,
    /// National numbers carry their source; the insurer's and broker's come from the policy.
    pub source: Option<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "incident_views.ts")]
pub struct EntryView {
    pub seq: i64,
    pub at: String,
    pub who: String,
    pub what: String,
    pub step: Option<String>,
    pub text: String,
    pub evidence: Option<EvidenceRef>,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "incident_views.ts")]
pub struct ChainStatus {
    pub intact: bool,
    pub count: i64,
    pub head: String,
    pub broken: Option<ChainBreak>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "incident_views.ts")]
pub struct IncidentView {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub kind: Kind,
    pub discovered_at: String,
    pub created_at: String,
    pub now: String,
    pub flags: Vec<TimeFlag>,
    pub policy: Option<Policy>,
    pub policy_starts_at: Option<String>,
    pub policy_ends_at: Option<String>,
    pub steps: Vec<StepView>,
    pub deadlines: Vec<DeadlineView>,
    pub contacts: Vec<ContactView>,
    pub entries: Vec<EntryView>,
    pub chain: ChainStatus,
}

fn incident_error(id: &str, message: &str) -> Error {
    Error::new(ErrorCode::InvalidArgument, message.to_owned())
        .with("message_id", format!("incident-error-{id}"))
}

/// Unix seconds of an RFC 3339 time given by the owner.
pub fn parse_time(text: &str) -> Result<i64, Error> {
    coverready_time::parse_rfc3339(text.trim()).map_err(|_| {
        incident_error("bad-time", "not an RFC 3339 time")
            .with("field", "time")
            .with("value", text)
    })
}

fn future(at: i64, now: i64) -> Error {
    incident_error("future-time", "time in the future")
        .with("field", "time")
        .with("time", shown_time(at))
        .with("now", shown_time(now))
}

fn checked_text(text: &str, max: usize, field: &str) -> Result<String, Error> {
    let text = text.trim();
    let bad = text.is_empty() && field == "text"
        || text.chars().count() > max
        || text.chars().any(|c| c.is_control() && c != '\n');
    if bad {
        return Err(
            incident_error("text", "text empty, too long or with control characters")
                .with("field", field),
        );
    }
    Ok(text.to_owned())
}

/// The content an entry row stands for. The `started` entry also carries the incident's kind
/// and discovery time as kept with the incident, so a change to either breaks the chain.
fn content_of(incident: &IncidentRow, row: &EntryRow) -> EntryContent {
    let started = row.what == WHAT_STARTED;
    EntryContent {
        discovered_at: started.then_some(incident.discovered_at),
        seq: row.seq,
        at: row.at,
        who: row.who.clone(),
        what: row.what.clone(),
        step: row.step.clone(),
        text: row.text.clone(),
        evidence: match (
            &row.evidence_name,
            &row.evidence_stored,
            row.evidence_size,
            &row.evidence_sha256,
        ) {
            (Some(name), Some(stored), Some(size), Some(sha256)) => Some(EvidenceRef {
                name: name.clone(),
                stored: stored.clone(),
                size: u64::try_from(size).unwrap_or(0),
                sha256: sha256.clone(),
            }),
            _ => None,
        },
    }
}

/// The row for `content`, chained onto `head`.
fn chained_row(incident_id: i64, head: &LogHead, mut content: EntryContent) -> EntryRow {
    content.seq = head.next_seq;
    let prev = head.last_hash.as_deref().unwrap_or(GENESIS_HASH);
    let hash = rules::entry_hash(incident_id, &content, prev);
    let evidence = content.evidence.clone();
    EntryRow {
        seq: content.seq,
        at: content.at,
        who: content.who,
        what: content.what,
        step: content.step,
        text: content.text,
        evidence_name: evidence.as_ref().map(|e| e.name.clone()),
        evidence_stored: evidence.as_ref().map(|e| e.stored.clone()),
        evidence_size: evidence
            .as_ref()
            .map(|e| i64::try_from(e.size).unwrap_or(i64::MAX)),
        evidence_sha256: evidence.map(|e| e.sha256),
        prev_hash: prev.to_owned(),
        hash,
    }
}

fn entry_view(incident: &IncidentRow, row: &EntryRow) -> EntryView {
    let content = content_of(incident, row);
    EntryView {
        seq: row.seq,
        at: cst_rfc3339(row.at),
        who: row.who.clone(),
        what: row.what.clone(),
        step: row.step.clone(),
        text: row.text.clone(),
        evidence: content.evidence,
        prev_hash: row.prev_hash.clone(),
        hash: row.hash.clone(),
    }
}

fn chain_status(incident: &IncidentRow, rows: &[EntryRow]) -> ChainStatus {
    let chained: Vec<ChainedEntry> = rows
        .iter()
        .map(|r| ChainedEntry {
            content: content_of(incident, r),
            prev_hash: r.prev_hash.clone(),
            hash: r.hash.clone(),
        })
        .collect();
    let mut result = rules::verify(
        incident.id,
        &chained,
        incident.entry_count,
        &incident.head_hash,
    );
    // The first entry names the kind kept with the incident.
    if let Some(first) = rows.first() {
        let kind_changed = first.what != WHAT_STARTED || first.text != incident.kind;
        if result.is_ok() && kind_changed {
            result = Err(ChainBreak {
                seq: first.seq,
                reason: rules::BreakReason::Altered,
            });
        }
    }
    ChainStatus {
        intact: result.is_ok(),
        count: incident.entry_count,
        head: incident.head_hash.clone(),
        broken: result.err(),
    }
}

/// The step ticked at, by the (first) `step` entry that names it.
fn ticked_at(rows: &[EntryRow], step: &str) -> Option<i64> {
    rows.iter()
        .find(|r| r.what == WHAT_STEP && r.step.as_deref() == Some(step))
        .map(|r| r.at)
}

fn kind_of(row: &IncidentRow) -> Result<Kind, Error> {
    Kind::parse(&row.kind).ok_or_else(|| {
        Error::new(
            ErrorCode::StoreCorrupt,
            format!("incident {}: kind {}", row.id, row.kind),
        )
        .with("path", "incident")
    })
}

/// Copies `source` into `dir` under a private temporary name while hashing it, then renames it
/// to `<sha256 prefix>-<name>`: nothing half-copied is ever left under the final name, and a
/// refusal or failure leaves nothing at all.
fn keep_evidence(dir: &Path, relative_dir: &str, source: &Path) -> Result<EvidenceRef, Error> {
    let shown = source.display().to_string();
    let unreadable = |e: &std::io::Error| {
        incident_error("evidence-unreadable", &e.to_string())
            .with("field", "evidence")
            .with("path", &shown)
            .with_io(e)
    };
    let too_big = |size: u64| {
        incident_error("evidence-too-big", "evidence larger than 200 MB")
            .with("field", "evidence")
            .with("path", &shown)
            .with("size", size)
    };
    let meta = std::fs::metadata(source).map_err(|e| unreadable(&e))?;
    if !meta.is_file() {
        return Err(incident_error("evidence-not-file", "not a regular file")
            .with("field", "evidence")
            .with("path", &shown));
    }
    if meta.len() > MAX_EVIDENCE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut input = std::fs::File::open(source).map_err(|e| unreadable(&e))?;
    let unwritable = |e: &std::io::Error| {
        incident_error("evidence-unwritable", &e.to_string())
            .with("field", "evidence")
            .with("path", dir.display())
            .with_io(e)
    };
    coverready_files::private_dir(dir).map_err(|e| unwritable(&e))?;
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let temp = dir.join(format!(".incoming-{}-{nonce}", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(coverready_files::FILE_MODE);
    }
    let mut output = options.open(&temp).map_err(|e| unwritable(&e))?;
    let copied = (|| -> Result<(u64, String), Error> {
        let mut hasher = Sha256::new();
        let mut total: u64 = 0;
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let n = input.read(&mut buffer).map_err(|e| unreadable(&e))?;
            if n == 0 {
                break;
            }
            total += n as u64;
            // The file grew while being copied: refused as any other file that large.
            if total > MAX_EVIDENCE_BYTES {
                return Err(too_big(total));
            }
            hasher.update(&buffer[..n]);
            output.write_all(&buffer[..n]).map_err(|e| unwritable(&e))?;
        }
        output.sync_all().map_err(|e| unwritable(&e))?;
        let sha: String = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok((total, sha))
    })();
    drop(output);
    let (size, sha256) = match copied {
        Ok(done) => done,
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            return Err(e);
        }
    };
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "evidence".to_owned());
    // Only letters, digits, dot, dash and underscore in the stored name.
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    let stored_name = format!("{}-{safe}", &sha256[..16]);
    let target = dir.join(&stored_name);
    if target.exists() {
        // The same content under the same name is kept already.
        let _ = std::fs::remove_file(&temp);
    } else if let Err(e) = std::fs::rename(&temp, &target) {
        let _ = std::fs::remove_file(&temp);
        return Err(unwritable(&e));
    }
    Ok(EvidenceRef {
        name,
        stored: format!("{relative_dir}/{stored_name}"),
        size,
        sha256,
    })
}

impl Workspace {
    fn incident_row(&self, id: i64) -> Result<IncidentRow, Error> {
        self.store_ref()?.incident(id)?.ok_or_else(|| {
            Error::new(ErrorCode::NotFound, format!("no incident {id}"))
                .with("message_id", "incident-error-not-found")
                .with("id", id)
        })
    }

    /// The organisation an incident belongs to.
    pub(crate) fn incident_org(&self, id: i64) -> Result<i64, Error> {
        Ok(self.incident_row(id)?.org_id)
    }

    /// The folder an incident's evidence is kept in.
    pub fn incident_dir(&self, id: i64) -> PathBuf {
        self.data_dir().join("incidents").join(id.to_string())
    }

    /// Starts an incident of `kind` discovered at `discovered` (RFC 3339; default `now`). A
    /// time in the future is refused; one outside the policy period is kept and flagged.
    pub fn start_incident(
        &mut self,
        org_id: i64,
        kind: &str,
        discovered: Option<&str>,
        who: &str,
        now: i64,
    ) -> Result<IncidentView, Error> {
        self.org(org_id)?;
        let kind = Kind::parse(kind).ok_or_else(|| {
            incident_error("unknown-kind", "unknown incident kind")
                .with("field", "kind")
                .with("kind", kind)
                .with("valid", Kind::list())
        })?;
        let discovered_at = match discovered {
            Some(text) => parse_time(text)?,
            None => now,
        };
        let policy = self.policy(org_id)?;
        rules::check_discovery(
            discovered_at,
            now,
            policy.as_ref().and_then(Policy::starts_at),
            policy.as_ref().and_then(Policy::ends_at),
        )
        .map_err(|TimeRefusal::Future| future(discovered_at, now))?;
        let who = checked_text(who, MAX_WHO_CHARS, "who")?;
        let incident = self.store()?.insert_incident(
            org_id,
            kind.as_str(),
            discovered_at,
            now,
            |id, head| {
                chained_row(
                    id,
                    head,
                    EntryContent {
                        seq: 0,
                        at: now,
                        who,
                        what: WHAT_STARTED.to_owned(),
                        step: None,
                        text: kind.as_str().to_owned(),
                        evidence: None,
                        discovered_at: Some(discovered_at),
                    },
                )
            },
        )?;
        self.incident_view(incident.id, now)
    }

    /// The organisation's incidents (ids, oldest first).
    pub fn incident_ids(&self, org_id: i64) -> Result<Vec<i64>, Error> {
        self.org(org_id)?;
        Ok(self
            .store_ref()?
            .incidents(org_id)?
            .into_iter()
            .map(|r| r.id)
            .collect())
    }

    /// Everything about an incident at `now`: steps (ticked or not), deadlines with their due
    /// time and the hours left, who to call, the log and whether it is intact.
    pub fn incident_view(&self, id: i64, now: i64) -> Result<IncidentView, Error> {
        let incident = self.incident_row(id)?;
        let kind = kind_of(&incident)?;
        let org = self.org(incident.org_id)?;
        let policy = self.policy(incident.org_id)?;
        let rows = self.store_ref()?.incident_entries(id)?;
        let starts = policy.as_ref().and_then(Policy::starts_at);
        let ends = policy.as_ref().and_then(Policy::ends_at);
        // Kept when it was started; flagged again here (the policy may have changed since).
        let flags = rules::check_discovery(incident.discovered_at, i64::MAX, starts, ends)
            .unwrap_or_default();
        let steps = rules::steps_for(kind)
            .into_iter()
            .enumerate()
            .map(|(i, s)| StepView {
                id: s.id.clone(),
                n: i + 1,
                done_at: ticked_at(&rows, &s.id).map(cst_rfc3339),
                source: s.source.clone(),
            })
            .collect();
        let deadlines = rules::deadlines(
            kind,
            incident.discovered_at,
            policy.as_ref().and_then(|p| p.notice_hours),
            now,
        )
        .into_iter()
        .map(|d| DeadlineView {
            id: d.id,
            hours: d.hours,
            from_policy: d.from_policy,
            due_at: d.due_at.map(cst_rfc3339),
            remaining_hours: d.remaining_hours,
            overdue: d.overdue,
            source: d.source,
        })
        .collect();
        let mut contacts = vec![
            ContactView {
                id: "insurer".to_owned(),
                number: policy.as_ref().and_then(|p| p.hotline.clone()),
                source: None,
            },
            ContactView {
                id: "broker".to_owned(),
                number: policy.as_ref().and_then(|p| p.broker.clone()),
                source: None,
            },
        ];
        contacts.extend(rules::contacts().iter().map(|c| ContactView {
            id: c.id.clone(),
            number: Some(c.number.clone()),
            source: Some(c.source.clone()),
        }));
        Ok(IncidentView {
            id,
            org_id: incident.org_id,
            org_name: org.name,
            kind,
            discovered_at: cst_rfc3339(incident.discovered_at),
            created_at: cst_rfc3339(incident.created_at),
            now: cst_rfc3339(now),
            flags,
            policy_starts_at: starts.map(cst_rfc3339),
            policy_ends_at: ends.map(cst_rfc3339),
            policy,
            steps,
            deadlines,
            contacts,
            entries: rows.iter().map(|r| entry_view(&incident, r)).collect(),
            chain: chain_status(&incident, &rows),
        })
    }

    fn append(&mut self, id: i64, content: EntryContent) -> Result<EntryView, Error> {
        let row = self
            .store()?
            .append_incident_entry(id, |head| chained_row(id, head, content))?
            .ok_or_else(|| {
                Error::new(ErrorCode::NotFound, format!("no incident {id}"))
                    .with("message_id", "incident-error-not-found")
                    .with("id", id)
            })?;
        let incident = self.incident_row(id)?;
        Ok(entry_view(&incident, &row))
    }

    fn checked_at(&self, incident: &IncidentRow, at: Option<&str>, now: i64) -> Result<i64, Error> {
        let at = match at {
            Some(text) => parse_time(text)?,
            None => now,
        };
        if at > now {
            return Err(future(at, now));
        }
        if at < incident.discovered_at {
            return Err(incident_error("before-discovery", "before discovery")
                .with("field", "at")
                .with("time", shown_time(at))
                .with("discovered", shown_time(incident.discovered_at)));
        }
        Ok(at)
    }

    /// Ticks step `step` of the incident as done at `at` (default `now`), as a log entry.
    pub fn tick_step(
        &mut self,
        id: i64,
        step: &str,
        at: Option<&str>,
        who: &str,
        now: i64,
    ) -> Result<EntryView, Error> {
        let incident = self.incident_row(id)?;
        let kind = kind_of(&incident)?;
        let steps = rules::steps_for(kind);
        let step = step.trim();
        if !steps.iter().any(|s| s.id == step) {
            let valid: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
            return Err(
                incident_error("unknown-step", "not a step of this incident")
                    .with("field", "step")
                    .with("step", step)
                    .with("valid", valid.join(", ")),
            );
        }
        let rows = self.store_ref()?.incident_entries(id)?;
        if let Some(done) = ticked_at(&rows, step) {
            return Err(incident_error("step-ticked", "step already ticked")
                .with("field", "step")
                .with("step", step)
                .with("time", shown_time(done)));
        }
        let at = self.checked_at(&incident, at, now)?;
        let who = checked_text(who, MAX_WHO_CHARS, "who")?;
        self.append(
            id,
            EntryContent {
                seq: 0,
                at,
                who,
                what: WHAT_STEP.to_owned(),
                step: Some(step.to_owned()),
                text: String::new(),
                evidence: None,
                discovered_at: None,
            },
        )
    }

    /// Adds `text` to the log, with `evidence` copied into the data folder if given. The file is
    /// copied (and hashed) before the entry is written; if the entry cannot be written the copy
    /// is removed again.
    pub fn log_incident(
        &mut self,
        id: i64,
        text: &str,
        evidence: Option<&Path>,
        at: Option<&str>,
        who: &str,
        now: i64,
    ) -> Result<EntryView, Error> {
        let incident = self.incident_row(id)?;
        let text = checked_text(text, MAX_TEXT_CHARS, "text")?;
        let who = checked_text(who, MAX_WHO_CHARS, "who")?;
        let at = self.checked_at(&incident, at, now)?;
        let kept = match evidence {
            Some(path) => Some(keep_evidence(
                &self.incident_dir(id),
                &format!("incidents/{id}"),
                path,
            )?),
            None => None,
        };
        let what = if kept.is_some() {
            WHAT_EVIDENCE
        } else {
            WHAT_NOTE
        };
        let result = self.append(
            id,
            EntryContent {
                seq: 0,
                at,
                who,
                what: what.to_owned(),
                step: None,
                text,
                evidence: kept.clone(),
                discovered_at: None,
            },
        );
        if let (Err(_), Some(kept)) = (&result, &kept) {
            // Only a copy this entry made is removed; one shared with an earlier entry stays.
            let rows = self.store_ref().map(|s| s.incident_entries(id));
            let shared = matches!(rows, Ok(Ok(ref rows)) if rows.iter().any(|r| r.evidence_stored.as_deref() == Some(kept.stored.as_str())));
            if !shared {
                let _ = std::fs::remove_file(self.data_dir().join(&kept.stored));
            }
        }
        result
    }

    /// Whether the incident's log is intact.
    pub fn verify_incident(&self, id: i64) -> Result<ChainStatus, Error> {
        let incident = self.incident_row(id)?;
        let rows = self.store_ref()?.incident_entries(id)?;
        Ok(chain_status(&incident, &rows))
    }
}

/// The newest readiness report this app wrote for `org_id` in `dir` (named by its report id,
/// `CR-<date>-<org>-<time>`): its id and the SHA-256 of its JSON twin.
fn latest_readiness_report(dir: &Path, org_id: i64) -> Option<PackReadiness> {
    let mut best: Option<(String, PathBuf)> = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".json") else {
            continue;
        };
        let parts: Vec<&str> = id.split('-').collect();
        if parts.len() != 4 || parts[0] != "CR" || parts[2].parse::<i64>().ok() != Some(org_id) {
            continue;
        }
        let key = format!("{}{}", parts[1], parts[3]);
        if best.as_ref().is_none_or(|(k, _)| key > *k) {
            best = Some((key, entry.path()));
        }
    }
    let (_, path) = best?;
    let bytes = coverready_files::read_regular_no_follow(&path, 64 * 1024 * 1024).ok()?;
    Some(PackReadiness {
        report_id: path.file_stem()?.to_string_lossy().into_owned(),
        json_sha256: coverready_report::sha256_hex(&bytes),
    })
}

impl Workspace {
    /// The claim pack's content for an incident in `language` at `now`.
    pub fn claim_pack_input(
        &self,
        id: i64,
        language: crate::Language,
        now: i64,
    ) -> Result<ClaimPackInput, Error> {
        let view = self.incident_view(id, now)?;
        let step_done = |step: &str| {
            view.steps
                .iter()
                .find(|s| s.id == step)
                .and_then(|s| s.done_at.clone())
        };
        let stamp = crate::reports::rfc3339_utc(now);
        Ok(ClaimPackInput {
            pack_id: format!(
                "CP-{}-{id:04}-{}",
                stamp.get(..10).unwrap_or("").replace('-', ""),
                stamp.get(11..19).unwrap_or("").replace(':', "")
            ),
            generated_at: cst_rfc3339(now),
            language: language.tag().to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            organisation: view.org_name.clone(),
            incident_id: id,
            kind: view.kind.as_str().to_owned(),
            discovered_at: view.discovered_at.clone(),
            hotline_called_at: step_done("insurer-hotline"),
            written_notice_at: step_done("written-notice"),
            policy: view.policy.as_ref().map(|p| PackPolicy {
                insurer: p.insurer.clone(),
                policy_number: p.policy_number.clone(),
                start: p.start.clone(),
                end: p.end.clone(),
                retention: p.retention,
                hotline: p.hotline.clone(),
                notice_hours: p.notice_hours,
                broker: p.broker.clone(),
                limits: p.limits.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            }),
            deadlines: view
                .deadlines
                .iter()
                .map(|d| PackDeadline {
                    id: d.id.clone(),
                    due_at: d.due_at.clone(),
                    overdue: d.overdue,
                })
                .collect(),
            steps: view
                .steps
                .iter()
                .map(|s| PackStep {
                    id: s.id.clone(),
                    done_at: s.done_at.clone(),
                })
                .collect(),
            timeline: view
                .entries
                .iter()
                .map(|e| PackEntry {
                    seq: e.seq,
                    at: e.at.clone(),
                    who: e.who.clone(),
                    what: e.what.clone(),
                    step: e.step.clone(),
                    text: e.text.clone(),
                    hash: e.hash.clone(),
                })
                .collect(),
            evidence: view
                .entries
                .iter()
                .filter_map(|e| {
                    e.evidence.as_ref().map(|ev| PackEvidence {
                        seq: e.seq,
                        at: e.at.clone(),
                        name: ev.name.clone(),
                        stored: ev.stored.clone(),
                        size: ev.size,
                        sha256: ev.sha256.clone(),
                    })
                })
                .collect(),
            chain: PackChain {
                intact: view.chain.intact,
                count: view.chain.count,
                head: view.chain.head.clone(),
                broken_seq: view.chain.broken.as_ref().map(|b| b.seq),
            },
            readiness_report: latest_readiness_report(&self.reports_dir(), view.org_id),
        })
    }

    /// Writes the claim pack at `path` and its JSON twin beside it (the readiness report's
    /// naming and never-clobber rules: an existing file only with `replace`).
    pub fn write_claim_pack(
        &self,
        id: i64,
        language: crate::Language,
        path: &Path,
        replace: crate::Replace,
        now: i64,
    ) -> Result<crate::ReportFiles, Error> {
        coverready_report::check_report_path(path)?;
        let input = self.claim_pack_input(id, language, now)?;
        let written = coverready_report::claim_pack::write_claim_pack(&input, path, replace)?;
        Ok(crate::ReportFiles {
            report_id: input.pack_id,
            pdf_path: written.pdf_path.display().to_string(),
            json_path: written.json_path.display().to_string(),
            pdf_sha256: written.pdf_sha256,
            json_sha256: written.json_sha256,
            pages: written.pages,
            warnings: written.warnings,
        })
    }
}

/// The clock the incident commands read (`COVERREADY_NOW` fixes it in tests).
pub fn clock_now() -> i64 {
    coverready_time::clock_now()
}

/// Who does it when the app does not ask: the user name of this computer, else nobody named.
pub fn local_user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default()
}

impl Workspace {
    /// The organisation's incidents at `now`, oldest first.
    pub fn incidents(&self, org_id: i64, now: i64) -> Result<Vec<IncidentView>, Error> {
        self.incident_ids(org_id)?
            .into_iter()
            .map(|id| self.incident_view(id, now))
            .collect()
    }

    /// Writes the claim pack into the incident's folder in the data folder
    /// (`incidents/<id>/claim-pack-<UTC time>.pdf` and its JSON twin).
    pub fn make_claim_pack(
        &self,
        id: i64,
        language: crate::Language,
        now: i64,
    ) -> Result<crate::ReportFiles, Error> {
        self.incident_row(id)?;
        let dir = self.incident_dir(id);
        coverready_files::private_dir(&dir).map_err(|e| {
            Error::new(ErrorCode::ReportUnwritable, e.to_string())
                .with("path", dir.display())
                .with_io(&e)
        })?;
        let stamp: String = crate::reports::rfc3339_utc(now)
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        // Two packs in the same second (made, then made again to send) each keep their name;
        // an earlier pack is never replaced.
        let taken = |p: &Path| p.exists() || p.with_extension("json").exists();
        let mut path = dir.join(format!("claim-pack-{stamp}.pdf"));
        let mut n = 1;
        while taken(&path) {
            n += 1;
            path = dir.join(format!("claim-pack-{stamp}-{n}.pdf"));
        }
        self.write_claim_pack(id, language, &path, crate::Replace::Never, now)
    }

    /// `path` if it is a claim pack this app wrote in the data folder (a `claim-pack-*.pdf` in
    /// an incident's folder), else refused: the window names only paths the app gave it.
    pub fn own_claim_pack(&self, path: &str) -> Result<PathBuf, Error> {
        let refused = || {
            Error::new(ErrorCode::InvalidArgument, "not a claim pack of this app")
                .with("field", "path")
        };
        let root = self
            .data_dir()
            .join("incidents")
            .canonicalize()
            .map_err(|_| refused())?;
        let file = Path::new(path).canonicalize().map_err(|_| refused())?;
        let name_ok = file.file_name().is_some_and(|n| {
            let n = n.to_string_lossy();
            n.starts_with("claim-pack-") && n.ends_with(".pdf")
        });
        let in_incident = file
            .parent()
            .and_then(|p| p.parent())
            .is_some_and(|p| p == root);
        if name_ok && in_incident && file.is_file() {
            Ok(file)
        } else {
            Err(refused())
        }
    }

    /// The file name a "save a copy" dialog proposes for one of the app's claim packs.
    pub fn claim_pack_file_name(&self, path: &str) -> Result<String, Error> {
        Ok(crate::reports::file_name_of(&self.own_claim_pack(path)?))
    }

    /// Copies one of the app's claim packs (PDF and JSON twin) to `target`, chosen by the owner
    /// in a save dialog, by the rules of [`Workspace::copy_report`].
    pub fn copy_claim_pack(&self, path: &str, target: &Path) -> Result<PathBuf, Error> {
        let source = self.own_claim_pack(path)?;
        crate::reports::copy_pdf_and_twin(&source, target)
    }
}
