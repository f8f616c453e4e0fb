//! `coverready domain-check DOMAIN`: the outside-in checks, started only by this command.

use coverready_core::{Error, Workspace};
use coverready_domain::{check_domain, DomainCheckConfig, DomainEvent, DomainFinding, Verdict};
use coverready_i18n::Arg;

use crate::output::Output;

pub fn run(
    ws: &mut Workspace,
    out: &Output,
    domain: &str,
    org: Option<i64>,
    config: &DomainCheckConfig,
) -> Result<(), Error> {
    if let Some(id) = org {
        ws.org(id)?;
    }
    let progress = |event: DomainEvent| {
        // Progress on stderr, so `--json` keeps stdout to one document.
        if let DomainEvent::Finished { finding } = event {
            if !out.json {
                eprintln!("  … {}", out.l10n.text(&finding.check.title_key()));
            }
        }
    };
    let report = check_domain(domain, config, &progress)?;
    if org.is_some() {
        ws.save_domain_check(org, &report)?;
    }
    out.emit(&report, || {
        let mut lines = vec![out.text(
            "cli-domain-heading",
            &[
                ("domain", Arg::Str(&report.domain.unicode)),
                ("ms", (report.duration_ms as usize).into()),
            ],
        )];
        for finding in &report.findings {
            lines.push(format!(
                "  [{}] {}: {}",
                out.l10n.text(verdict_key(&finding.verdict)),
                out.l10n.text(&finding.check.title_key()),
                detail(out, finding)
            ));
        }
        lines.join("\n")
    });
    Ok(())
}

fn verdict_key(verdict: &Verdict) -> &'static str {
    match verdict {
        Verdict::Pass => "domain-verdict-pass",
        Verdict::Warn => "domain-verdict-warn",
        Verdict::Fail => "domain-verdict-fail",
        Verdict::Unknown { .. } => "domain-verdict-unknown",
    }
}

/// The finding's message, with its facts as the message arguments.
fn detail(out: &Output, finding: &DomainFinding) -> String {
    let texts: Vec<(String, String)> = finding
        .facts
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| v.to_string()),
            )
        })
        .collect();
    let numbers: Vec<(String, f64)> = finding
        .facts
        .iter()
        .filter_map(|(k, v)| v.as_f64().map(|n| (k.clone(), n)))
        .collect();
    let mut args: Vec<(&str, Arg<'_>)> = texts
        .iter()
        .filter(|(k, _)| !numbers.iter().any(|(n, _)| n == k))
        .map(|(k, v)| (k.as_str(), Arg::Str(v)))
        .collect();
    args.extend(numbers.iter().map(|(k, n)| (k.as_str(), Arg::Num(*n))));
    out.l10n.format(&finding.detail_key, &args)
}
