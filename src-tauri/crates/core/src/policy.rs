//! The organisation's policy: set from `KEY=VALUE` text (validated by coverready-incident), shown
//! with the cover it lacks and the renewal reminder due at a clock.

use coverready_incident::{Policy, PolicyError, Renewal, POLICY_KEYS};
use coverready_risk::RiskModel;
use coverready_store::PolicyRow;
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, ErrorCode, Workspace};

/// Minutes east of UTC of China Standard Time, the offset times are shown at.
pub const CST_MINUTES: i32 = 480;

/// `2026-12-03T16:00:00+08:00`: a Unix time as RFC 3339 in China Standard Time.
pub fn cst_rfc3339(unix: i64) -> String {
    coverready_time::rfc3339_at_offset(unix, CST_MINUTES).unwrap_or_default()
}

/// `2026-12-03 16:00 (+08:00)`: a Unix time for people.
pub fn shown_time(unix: i64) -> String {
    coverready_report::format_timestamp(&cst_rfc3339(unix))
}

/// The cover types of the coverage map (`limit.<cover type>`), in map order, each once.
pub fn cover_types() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for c in &RiskModel::current().coverages {
        if !out.contains(&c.id.as_str()) {
            out.push(c.id.as_str());
        }
    }
    out
}

/// A policy with what the owner should know about it at a clock.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "incident_views.ts")]
pub struct PolicyView {
    pub org_id: i64,
    pub org_name: String,
    pub policy: Option<Policy>,
    /// RFC 3339 (+08:00): 00:00 of the start day, 24:00 of the end day.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// Cover types the coverage map recommends for this organisation, most important first.
    pub recommended: Vec<String>,
    /// Recommended cover types the policy has no limit for.
    pub gaps: Vec<String>,
    pub renewal: Option<Renewal>,
    pub now: String,
}

fn policy_error(e: PolicyError) -> Error {
    let valid = match &e {
        // The message adds `limit.<cover type>` in the owner's words.
        PolicyError::UnknownKey { .. } => POLICY_KEYS.join(", "),
        _ => cover_types().join(", "),
    };
    let field = e
        .args()
        .into_iter()
        .find(|(k, _)| *k == "key")
        .map(|(_, v)| v)
        .unwrap_or_else(|| "policy".to_owned());
    let mut error = Error::new(ErrorCode::InvalidArgument, format!("policy: {e:?}"))
        .with("field", field)
        .with(
            "message_id",
            format!("incident-policy-error-{}", e.reason()),
        )
        .with("valid", valid);
    for (k, v) in e.args() {
        error = error.with(k, v);
    }
    error
}

fn from_row(row: PolicyRow) -> Policy {
    Policy {
        insurer: row.insurer,
        policy_number: row.policy_number,
        start: row.start_date,
        end: row.end_date,
        retention: row.retention,
        hotline: row.hotline,
        notice_hours: row.notice_hours,
        broker: row.broker,
        limits: row.limits.into_iter().collect(),
    }
}

fn to_row(policy: &Policy, now: i64) -> PolicyRow {
    PolicyRow {
        insurer: policy.insurer.clone(),
        policy_number: policy.policy_number.clone(),
        start_date: policy.start.clone(),
        end_date: policy.end.clone(),
        retention: policy.retention,
        hotline: policy.hotline.clone(),
        notice_hours: policy.notice_hours,
        broker: policy.broker.clone(),
        limits: policy.limits.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        updated_at: now,
    }
}

impl Workspace {
    /// The organisation's policy, if one is recorded.
    pub fn policy(&self, org_id: i64) -> Result<Option<Policy>, Error> {
        self.org(org_id)?;
        Ok(self.store_ref()?.policy(org_id)?.map(from_row))
    }

    /// Applies `KEY=VALUE` assignments to the policy (creating it), all or nothing, and saves
    /// the policy and its limits in one transaction.
    pub fn set_policy(
        &mut self,
        org_id: i64,
        assignments: &[String],
        now: i64,
    ) -> Result<Policy, Error> {
        let mut policy = self.policy(org_id)?.unwrap_or_default();
        policy
            .apply(assignments, &cover_types())
            .map_err(policy_error)?;
        self.store()?.save_policy(org_id, &to_row(&policy, now))?;
        Ok(policy)
    }

    /// The policy with its gaps and the renewal reminder at `now`.
    pub fn policy_view(&self, org_id: i64, now: i64) -> Result<PolicyView, Error> {
        let org = self.org(org_id)?;
        let policy = self.policy(org_id)?;
        let recommended: Vec<String> = self
            .readiness(org_id)?
            .risk
            .coverages
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let gaps = match &policy {
            Some(p) => {
                let ids: Vec<&str> = recommended.iter().map(String::as_str).collect();
                p.gaps(&ids).into_iter().map(str::to_owned).collect()
            }
            None => recommended.clone(),
        };
        let renewal = self.renewal_reminder(org_id, now)?;
        Ok(PolicyView {
            org_id,
            org_name: org.name,
            starts_at: policy.as_ref().and_then(Policy::starts_at).map(cst_rfc3339),
            ends_at: policy.as_ref().and_then(Policy::ends_at).map(cst_rfc3339),
            policy,
            recommended,
            gaps,
            renewal,
            now: cst_rfc3339(now),
        })
    }

    /// The renewal reminder due at `now` for the organisation's policy (`None` without an end
    /// date). The app calls this on start.
    pub fn renewal_reminder(&self, org_id: i64, now: i64) -> Result<Option<Renewal>, Error> {
        Ok(self
            .policy(org_id)?
            .and_then(|p| p.ends_at())
            .map(|end| coverready_incident::renewal(end, now)))
    }

    /// Every organisation whose renewal reminder is due (or whose policy has ended) at `now`.
    pub fn due_renewals(&self, now: i64) -> Result<Vec<(i64, Renewal)>, Error> {
        let mut out = Vec::new();
        for org in self.list_orgs()? {
            if let Some(r) = self.renewal_reminder(org.id, now)? {
                if !matches!(r, Renewal::NotYet { .. }) {
                    out.push((org.id, r));
                }
            }
        }
        Ok(out)
    }
}

impl Workspace {
    /// The policy of every organisation whose renewal reminder is due (or whose policy has
    /// ended) at `now`: what the app shows on start.
    pub fn due_renewal_views(&self, now: i64) -> Result<Vec<PolicyView>, Error> {
        self.due_renewals(now)?
            .into_iter()
            .map(|(org_id, _)| self.policy_view(org_id, now))
            .collect()
    }
}
