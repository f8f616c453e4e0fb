//! CoverReady's local read-only scans.
//!
//! * `host` — collect: the only OS-specific, impure layer, behind the [`Host`] trait
//!   ([`SystemHost`] for this machine, [`ReplayHost`] for fixtures).
//! * `probes` — parse and judge: pure code compiled on every OS, one function per probe id; the
//!   catalogue itself is data (`assets/probes/probes.json`), texts in `locales/*/scan.ftl`.
//! * [`evidence`] — which parts of which question each check can show (data).
//! * [`reconcile`] — compares findings with the owner's checklist answers.
//! * [`record`] — captures a real machine's raw outputs as a fixture case.
//!
//! Nothing here writes to the scanned machine, prompts for elevation or uses the network.

mod context;
mod eol;
pub mod evidence;
mod host;
mod model;
mod probes;
mod reconcile;
mod record;
mod redact;
mod timeutil;

pub use host::{
    parse_reg_query, reg_error_is_denied, CollectError, CommandOutput, CommandSpec, Host, Identity,
    RegValue, ReplayHost, SystemHost,
};
pub use model::{
    Evidence, Finding, OsFamily, OsInfo, ScanEvent, ScanOptions, ScanReport, UnknownReason, Verdict,
};
pub use probes::{probes, ProbeDef, ProbeMethods};
pub use reconcile::{
    reconcile, Outcome, PartEvidence, PartStatus, QuestionEvidence, Reconciled, Reconciliation,
};
pub use record::record;

use context::{ProbeContext, ScanContext};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

/// The real host for the OS this program runs on.
pub fn system_host() -> impl Host {
    SystemHost::new()
}

/// Runs one probe to a finding. A panic in a parser becomes `unknown(parse_error)`: a scan
/// must never take the app down.
fn run_probe(scan: &ScanContext, def: &ProbeDef, options: &ScanOptions) -> Finding {
    let os = scan.host.os();
    let started = Instant::now();
    let ctx = ProbeContext::new(scan, options.soft_timeout, options.hard_timeout);
    let method = def.methods.for_os(os);
    let verdict = if method == "not_applicable" {
        model::Verdict::NotApplicable
    } else {
        match probes::implementation(&def.id) {
            None => Verdict::unknown(UnknownReason::UnsupportedOs),
            Some(judge) => {
                match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| judge(&ctx))) {
                    Ok(Ok(v)) => v,
                    Ok(Err(reason)) => Verdict::unknown(reason),
                    Err(_) => Verdict::unknown(UnknownReason::ParseError),
                }
            }
        }
    };
    let now = ctx.now();
    let mut evidence = ctx.into_evidence();
    if verdict != Verdict::NotApplicable {
        evidence.extend(stale_content_evidence(&def.datasets, now));
    }
    Finding {
        probe: def.id.clone(),
        checked: method.to_string(),
        verdict,
        evidence,
        duration_ms: started.elapsed().as_millis() as u64,
        questions: def.questions.clone(),
    }
}

/// The fact name of a note that the finding was judged with content past its review date.
pub const STALE_DATASET_FACT: &str = "stale_dataset";

/// One evidence entry per dataset in `datasets` that the content in use has past its review
/// date at `now`: what judged the finding, so it never claims more than its data allows.
fn stale_content_evidence(datasets: &[String], now: i64) -> Vec<Evidence> {
    let content = coverready_content::active();
    coverready_content::datasets_at(&content, now)
        .into_iter()
        .filter(|d| datasets.contains(&d.id))
        .filter_map(|d| {
            let days = d.days_overdue?;
            let mut facts = serde_json::Map::new();
            facts.insert(STALE_DATASET_FACT.into(), d.id.clone().into());
            facts.insert("review_by".into(), d.review_by.into());
            facts.insert("days_overdue".into(), days.into());
            facts.insert(
                "content_version".into(),
                content.manifest.version.clone().into(),
            );
            Some(Evidence {
                source: format!(
                    "content: {} {}",
                    content.manifest.id, content.manifest.version
                ),
                excerpt: String::new(),
                facts,
            })
        })
        .collect()
}

/// Runs the selected probes on `host`, `options.concurrency` at a time, reporting progress
/// through `on_event` (called from worker threads). Findings come back in catalogue order.
pub fn run_scan(
    host: &dyn Host,
    options: &ScanOptions,
    on_event: &(dyn Fn(ScanEvent) + Sync),
) -> ScanReport {
    let started = Instant::now();
    let scan = ScanContext::new(host);
    let selected: Vec<&ProbeDef> = probes()
        .iter()
        .filter(|p| {
            options
                .only
                .as_ref()
                .is_none_or(|only| only.iter().any(|o| o == &p.id))
        })
        .collect();
    let os = {
        let ctx = ProbeContext::new(&scan, options.soft_timeout, options.hard_timeout);
        probes::os_info(&ctx)
    };
    let results: Mutex<Vec<Option<Finding>>> = Mutex::new(vec![None; selected.len()]);
    let next = AtomicUsize::new(0);
    let workers = options.concurrency.clamp(1, 16).min(selected.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                if options.is_stopped() {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(def) = selected.get(i) else { break };
                on_event(ScanEvent::Started {
                    probe: def.id.clone(),
                });
                let finding = run_probe(&scan, def, options);
                on_event(ScanEvent::Finished {
                    finding: finding.clone(),
                });
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(finding);
            });
        }
    });
    ScanReport {
        os,
        findings: results
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .into_iter()
            .flatten()
            .collect(),
        started_at: scan.now,
        duration_ms: started.elapsed().as_millis() as u64,
    }
}

/// The scan's data in `set` (probe catalogue, coverage map, end-of-life and browser tables),
/// checked before a content pack is installed; answers the probes it defines.
pub fn check_content(
    set: &coverready_content::ContentSet,
) -> Result<Vec<ProbeDef>, coverready_content::ContentError> {
    use crate::evidence::COVERAGE_PATH;
    use crate::probes::CATALOGUE_PATH;
    let probes = set.parse(&[CATALOGUE_PATH, COVERAGE_PATH], |t| {
        probes::parse_catalogue(t[0], t[1])
    })?;
    set.parse(&[eol::OS_TABLE_PATH], |t| eol::parse_os_table(t[0]))?;
    set.parse(&[eol::BROWSERS_PATH], |t| eol::parse_browser_table(t[0]))?;
    Ok(probes)
}
