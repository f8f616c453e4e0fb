//! Scans stored with an organisation and reconciled with its answers: where the computer (or the
//! domain, seen from the internet) agrees with the owner, where it contradicts them, and the
//! owner's decision to keep an answer anyway.

use std::collections::BTreeMap;

use coverready_checklist::AnswerValue;
use coverready_domain::{DomainCheckConfig, DomainEvent, DomainReport};
use coverready_scan::{
    reconcile, Finding, Outcome, Reconciliation, ScanEvent, ScanOptions, ScanReport, Verdict,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::jobs::{run_until_cancelled, CancelToken, JobKind};
use crate::{Error, ErrorCode, Workspace};

/// How far an answer is backed by evidence (shown in readiness and in the report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum Verification {
    /// Only the owner's word.
    SelfAttested,
    /// A scan agrees with the answer and none disagrees.
    VerifiedByScan,
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
    #[ts(
        type = "Array<{ question: string, probe: string, outcome: \"confirms\" | \"contradicts\" | \"scan_suggests_yes\" | \"scan_suggests_no\" | \"no_opinion\", answer: string | null, evidence_excerpt: string }>"
    )]
    pub items: Vec<Reconciliation>,
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
        .map(|f| Finding {
            probe: format!("domain.{}", f.check.as_str()),
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
            questions: f.questions.clone(),
        })
        .collect()
}

/// A scan and what it means for the answers, as the scan screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanResult<R> {
    pub report: R,
    pub reconciliation: ReconciliationView,
}

/// The newest scans of an organisation and their reconciliation.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
        let mut findings: Vec<Finding> = Vec::new();
        if let Some(report) = local
            .as_ref()
            .and_then(|r| serde_json::from_value::<ScanReport>(r.report.clone()).ok())
        {
            findings.extend(report.findings);
        }
        if let Some(report) = domain
            .as_ref()
            .and_then(|r| serde_json::from_value::<DomainReport>(r.report.clone()).ok())
        {
            findings.extend(domain_findings(&report));
        }
        let items = reconcile(&findings, &answers);
        let kept: BTreeMap<String, String> = store.kept_answers(org_id)?.into_iter().collect();

        let mut verification = BTreeMap::new();
        let mut contradictions = Vec::new();
        for (question, value) in &answers {
            let outcomes: Vec<Outcome> = items
                .iter()
                .filter(|i| &i.question == question)
                .map(|i| i.outcome)
                .collect();
            let status = if outcomes.contains(&Outcome::Contradicts) {
                if kept.get(question).map(String::as_str) == Some(value.as_str()) {
                    Verification::ContradictedOwnerKept
                } else {
                    contradictions.push(question.clone());
                    Verification::Contradicted
                }
            } else if outcomes.contains(&Outcome::Confirms) {
                Verification::VerifiedByScan
            } else {
                Verification::SelfAttested
            };
            verification.insert(question.clone(), status);
        }
        Ok(ReconciliationView {
            items,
            verification,
            contradictions,
            local_scan_at: local.map(|r| r.started_at),
            domain_check_at: domain.map(|r| r.started_at),
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
