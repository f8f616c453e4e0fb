//! Scans stored with an organisation and reconciled with its answers: where the computer (or the
//! domain, seen from the internet) agrees with the owner, where it contradicts them, and the
//! owner's decision to keep an answer anyway.

use std::collections::BTreeMap;
use std::sync::Mutex;

use coverready_checklist::AnswerValue;
use coverready_domain::{DomainCheckConfig, DomainEvent, DomainReport};
use coverready_scan::{
    reconcile, Finding, Outcome, QuestionEvidence, Reconciliation, ScanEvent, ScanOptions,
    ScanReport, Verdict,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::jobs::{run_until_cancelled, CancelToken, JobKind};
use crate::workspace::lock;
use crate::{Error, ErrorCode, Workspace};

/// How far an answer is backed by evidence (shown in readiness and in the report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum Verification {
    /// Only the owner's word.
    SelfAttested,
    /// The scans showed every part of the question and none disagrees.
    VerifiedByScan,
    /// The scans showed some parts of a "yes" (this computer, the SPF record) and none
    /// disagrees; the rest is the owner's word.
    PartlyVerifiedByScan,
    /// A scan disagrees with the answer; the owner has not decided yet.
    Contradicted,
    /// A scan disagrees and the owner chose to keep the answer.
    ContradictedOwnerKept,
}

/// Everything reconciliation found for one organisation.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ReconciliationView {
    /// One row per (finding, question) pair, local scan first, then the domain checks.
    pub items: Vec<Reconciliation>,
    /// Per question: which of its parts the scans showed, refuted or left open.
    pub questions: Vec<QuestionEvidence>,
    /// The status of every answered question.
    pub verification: BTreeMap<String, Verification>,
    /// Questions whose answer a scan contradicts and the owner has not kept (to resolve).
    pub contradictions: Vec<String>,
    pub local_scan_at: Option<String>,
    pub domain_check_at: Option<String>,
}

/// Domain checks speak the same language as local findings for reconciliation: a pass confirms,
/// a fail contradicts, a warning or an unknown has no opinion.
fn domain_findings(report: &DomainReport) -> Vec<Finding> {
    report
        .findings
        .iter()
        .map(|f| (format!("domain.{}", f.check.as_str()), f))
        .map(|(probe, f)| Finding {
            questions: coverready_scan::evidence::questions_for(&probe),
            probe,
            checked: f.detail_key.clone(),
            verdict: match f.verdict {
                coverready_domain::Verdict::Pass => Verdict::Pass,
                coverready_domain::Verdict::Fail => Verdict::Fail,
                _ => Verdict::NotApplicable,
            },
            evidence: vec![coverready_scan::Evidence {
                source: format!("domain: {}", report.domain.ascii),
                excerpt: f.evidence.clone(),
                facts: f.facts.clone(),
            }],
            duration_ms: f.duration_ms,
        })
        .collect()
}

/// A scan and what it means for the answers, as the scan screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ScanResult<R> {
    pub report: R,
    pub reconciliation: ReconciliationView,
}

/// The newest scans of an organisation and their reconciliation.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct LatestScans {
    pub local: Option<ScanReport>,
    pub domain: Option<DomainReport>,
    pub reconciliation: ReconciliationView,
}

/// A probe of the catalogue, for the UI's titles and explanations.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ProbeInfo {
    pub id: String,
    pub title_key: String,
    /// The title of a failed finding: what was found, not what was checked for.
    pub failed_title_key: String,
    pub rationale_key: String,
    pub remediation_key: String,
    pub questions: Vec<String>,
}

pub fn probe_catalogue() -> Vec<ProbeInfo> {
    coverready_scan::probes()
        .iter()
        .map(|p| ProbeInfo {
            id: p.id.clone(),
            title_key: p.title_key.clone(),
            failed_title_key: p.failed_title_key(),
            rationale_key: p.rationale_key.clone(),
            remediation_key: p.remediation_key.clone(),
            questions: p.questions.clone(),
        })
        .collect()
}

/// Scans this computer (read-only, no network), reporting progress to `on_event`, until done or
/// `cancel`led (then no further probe starts and nothing is returned to keep). Takes no
/// workspace: the store is not locked while the probes run.
pub fn scan_this_computer(
    on_event: impl Fn(ScanEvent) + Send + Sync + 'static,
    cancel: &CancelToken,
) -> Result<ScanReport, Error> {
    let options = ScanOptions {
        stop: Some(cancel.flag()),
        ..ScanOptions::default()
    };
    run_until_cancelled(JobKind::Scan, cancel, move || {
        coverready_scan::run_scan(&coverready_scan::system_host(), &options, &on_event)
    })
}

/// Checks `domain` from outside (DNS, TLS, HTTP), until done or `cancel`led. Checks already in
/// the air end within their timeouts; their results are dropped.
pub fn check_domain(
    domain: &str,
    on_event: impl Fn(DomainEvent) + Send + Sync + 'static,
    cancel: &CancelToken,
) -> Result<DomainReport, Error> {
    let domain = domain.to_owned();
    run_until_cancelled(JobKind::DomainCheck, cancel, move || {
        coverready_domain::check_domain(&domain, &DomainCheckConfig::system_default(), &on_event)
    })?
    .map_err(Error::from)
}

/// Reconciles a local scan and a domain check with the answers and the owner's kept decisions
/// (question → the answer kept). Pure: the UI's test back end replays what this returns
/// (`ui/src/bindings/replay/`).
pub fn reconcile_scans(
    local: Option<&ScanReport>,
    domain: Option<&DomainReport>,
    answers: &BTreeMap<String, AnswerValue>,
    kept: &BTreeMap<String, String>,
) -> ReconciliationView {
    let mut findings: Vec<Finding> = Vec::new();
    if let Some(report) = local {
        findings.extend(report.findings.iter().cloned());
    }
    if let Some(report) = domain {
        findings.extend(domain_findings(report));
    }
    let reconciled = reconcile(&findings, answers);
    let mut verification = BTreeMap::new();
    let mut contradictions = Vec::new();
    for (question, value) in answers {
        let outcome = reconciled
            .questions
            .iter()
            .find(|e| &e.question == question)
            .map(|e| e.outcome);
        let status = match outcome {
            Some(Outcome::Contradicts) => {
                if kept.get(question).map(String::as_str) == Some(value.as_str()) {
                    Verification::ContradictedOwnerKept
                } else {
                    contradictions.push(question.clone());
                    Verification::Contradicted
                }
            }
            Some(Outcome::Confirms) => Verification::VerifiedByScan,
            Some(Outcome::PartlyShown)
                if matches!(value, AnswerValue::Yes | AnswerValue::Partly) =>
            {
                Verification::PartlyVerifiedByScan
            }
            _ => Verification::SelfAttested,
        };
        verification.insert(question.clone(), status);
    }
    ReconciliationView {
        items: reconciled.rows,
        questions: reconciled.questions,
        verification,
        contradictions,
        local_scan_at: None,
        domain_check_at: None,
    }
}

/// Scans this computer for `org_id` and keeps the result. The workspace is locked only to check
/// the organisation and to keep the result, never while the probes run, so the window stays
/// usable; a `cancel`led scan keeps nothing.
pub fn scan_and_record(
    workspace: &Mutex<Workspace>,
    org_id: i64,
    on_event: impl Fn(ScanEvent) + Send + Sync + 'static,
    cancel: &CancelToken,
) -> Result<ScanResult<ScanReport>, Error> {
    lock(workspace)?.org(org_id)?;
    let report = scan_this_computer(on_event, cancel)?;
    lock(workspace)?.record_local_scan(org_id, report)
}

/// Checks `domain` from outside for `org_id` and keeps the result; locked like
/// [`scan_and_record`].
pub fn check_and_record_domain(
    workspace: &Mutex<Workspace>,
    org_id: i64,
    domain: &str,
    on_event: impl Fn(DomainEvent) + Send + Sync + 'static,
    cancel: &CancelToken,
) -> Result<ScanResult<DomainReport>, Error> {
    lock(workspace)?.org(org_id)?;
    let report = check_domain(domain, on_event, cancel)?;
    lock(workspace)?.record_domain_check(org_id, report)
}

impl Workspace {
    /// Keeps a finished local scan with the organisation and reconciles it with the answers.
    pub fn record_local_scan(
        &mut self,
        org_id: i64,
        report: ScanReport,
    ) -> Result<ScanResult<ScanReport>, Error> {
        self.save_local_scan(Some(org_id), &report)?;
        Ok(ScanResult {
            reconciliation: self.reconciliation(org_id)?,
            report,
        })
    }

    pub fn record_domain_check(
        &mut self,
        org_id: i64,
        report: DomainReport,
    ) -> Result<ScanResult<DomainReport>, Error> {
        self.save_domain_check(Some(org_id), &report)?;
        Ok(ScanResult {
            reconciliation: self.reconciliation(org_id)?,
            report,
        })
    }

    pub fn latest_scans(&self, org_id: i64) -> Result<LatestScans, Error> {
        Ok(LatestScans {
            local: self.latest_local_scan(org_id)?,
            domain: self.latest_domain_check(org_id)?,
            reconciliation: self.reconciliation(org_id)?,
        })
    }

    /// Stores a local scan, with the organisation it was run for (if any). Returns its id.
    pub fn save_local_scan(
        &mut self,
        org_id: Option<i64>,
        report: &ScanReport,
    ) -> Result<i64, Error> {
        if let Some(id) = org_id {
            self.org(id)?;
        }
        let json = serde_json::to_value(report)
            .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).with("detail", e))?;
        let target = format!("{} {}", report.os.name, report.os.version);
        Ok(self
            .store()?
            .insert_scan(org_id, "local", &target, report.duration_ms as i64, &json)?)
    }

    pub fn save_domain_check(
        &mut self,
        org_id: Option<i64>,
        report: &DomainReport,
    ) -> Result<i64, Error> {
        if let Some(id) = org_id {
            self.org(id)?;
        }
        let json = serde_json::to_value(report)
            .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).with("detail", e))?;
        Ok(self.store()?.insert_scan(
            org_id,
            "domain",
            &report.domain.ascii,
            report.duration_ms as i64,
            &json,
        )?)
    }

    /// The newest local scan of the organisation, if any.
    pub fn latest_local_scan(&self, org_id: i64) -> Result<Option<ScanReport>, Error> {
        let row = self.store_ref()?.latest_scan(org_id, "local")?;
        Ok(row.and_then(|r| serde_json::from_value(r.report).ok()))
    }

    pub fn latest_domain_check(&self, org_id: i64) -> Result<Option<DomainReport>, Error> {
        let row = self.store_ref()?.latest_scan(org_id, "domain")?;
        Ok(row.and_then(|r| serde_json::from_value(r.report).ok()))
    }

    /// Reconciles the newest local scan and domain check with the current answers.
    pub fn reconciliation(&self, org_id: i64) -> Result<ReconciliationView, Error> {
        let answers: BTreeMap<String, AnswerValue> = self
            .current_assessment(org_id)?
            .map(|a| {
                a.answers
                    .into_iter()
                    .map(|s| (s.question, s.value))
                    .collect()
            })
            .unwrap_or_default();
        let store = self.store_ref()?;
        let local = store.latest_scan(org_id, "local")?;
        let domain = store.latest_scan(org_id, "domain")?;
        let local_report = local
            .as_ref()
            .and_then(|r| serde_json::from_value::<ScanReport>(r.report.clone()).ok());
        let domain_report = domain
            .as_ref()
            .and_then(|r| serde_json::from_value::<DomainReport>(r.report.clone()).ok());
        let kept: BTreeMap<String, String> = store.kept_answers(org_id)?.into_iter().collect();
        Ok(ReconciliationView {
            local_scan_at: local.map(|r| r.started_at),
            domain_check_at: domain.map(|r| r.started_at),
            ..reconcile_scans(
                local_report.as_ref(),
                domain_report.as_ref(),
                &answers,
                &kept,
            )
        })
    }

    /// The owner's decision on a contradicted answer: keep it (recorded for the answer as it is
    /// now) or withdraw that decision. Changing the answer is done with [`Workspace::answer`].
    pub fn keep_answer(
        &mut self,
        org_id: i64,
        question: &str,
        keep: bool,
    ) -> Result<ReconciliationView, Error> {
        let current = self
            .current_assessment(org_id)?
            .and_then(|a| a.answers.into_iter().find(|s| s.question == question));
        let value = match (keep, current) {
            (true, Some(saved)) => Some(saved.value.as_str()),
            (true, None) => {
                return Err(Error::new(ErrorCode::InvalidArgument, "no answer to keep")
                    .with("field", question))
            }
            (false, _) => None,
        };
        self.store()?.set_kept_answer(org_id, question, value)?;
        self.reconciliation(org_id)
    }
}
