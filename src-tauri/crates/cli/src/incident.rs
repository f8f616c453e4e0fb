//! `policy` and `incident`: after cover. The clock is `coverready_time::clock_now` (fixed by
//! `COVERREADY_NOW` in tests).

use coverready_core::incidents::{EntryView, IncidentView};
use coverready_core::policy::{shown_time, PolicyView};
use coverready_core::{Error, ErrorCode, Replace, Workspace};
use coverready_i18n::Arg;
use coverready_incident::{Renewal, POLICY_KEYS};

use crate::args::{IncidentCommand, PolicyCommand};
use crate::output::Output;

/// Who did it: `--who`, else the user name of this computer, else nobody named.
fn who(given: &Option<String>) -> String {
    given
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .unwrap_or_default()
}

/// An RFC 3339 time of the core's views for people.
fn shown(rfc3339: &str) -> String {
    coverready_time::parse_rfc3339(rfc3339)
        .map(shown_time)
        .unwrap_or_else(|_| rfc3339.to_owned())
}

pub fn policy(command: &PolicyCommand, ws: &mut Workspace, out: &Output) -> Result<(), Error> {
    let now = coverready_time::clock_now();
    match command {
        PolicyCommand::Set {
            org,
            policy_assignments,
        } => {
            ws.set_policy(*org, policy_assignments, now)?;
            let view = ws.policy_view(*org, now)?;
            out.emit(&view, || {
                format!(
                    "{}\n{}",
                    out.text(
                        "incident-policy-saved",
                        &[("count", policy_assignments.len().into())]
                    ),
                    policy_text(out, &view)
                )
            });
        }
        PolicyCommand::Show { org } => {
            let view = ws.policy_view(*org, now)?;
            out.emit(&view, || policy_text(out, &view));
        }
    }
    Ok(())
}

fn money(out: &Output, amount: f64) -> String {
    coverready_i18n::money_text(&out.l10n, amount)
}

fn policy_text(out: &Output, view: &PolicyView) -> String {
    let t = |id: &str| out.l10n.text(id);
    let mut lines = vec![out.text(
        "incident-policy-heading",
        &[("org", Arg::Str(&view.org_name))],
    )];
    let Some(policy) = &view.policy else {
        lines.push(out.text("incident-policy-none", &[("id", view.org_id.into())]));
        lines.push(String::new());
        lines.push(t("incident-policy-gaps"));
        for gap in &view.gaps {
            lines.push(format!(
                "  - {} ({gap})",
                t(&format!("risk-coverage-{gap}"))
            ));
        }
        return lines.join("\n");
    };
    let unset = t("incident-policy-unset");
    for key in POLICY_KEYS {
        let value = match key {
            "insurer" => policy.insurer.clone(),
            "policy_number" => policy.policy_number.clone(),
            "start" => policy.start.clone(),
            "end" => policy.end.clone(),
            "retention" => policy.retention.map(|r| money(out, r)),
            "hotline" => policy.hotline.clone(),
            "notice_hours" => policy
                .notice_hours
                .map(|h| out.text("incident-policy-hours", &[("hours", i64::from(h).into())])),
            _ => policy.broker.clone(),
        };
        let label = t(&format!("incident-policy-field-{key}"));
        let value = value.unwrap_or_else(|| unset.clone());
        lines.push(format!(
            "  {}",
            out.text(
                "incident-field-line",
                &[("label", Arg::Str(&label)), ("value", Arg::Str(&value))],
            )
        ));
    }
    lines.push(t("incident-policy-limits"));
    if policy.limits.is_empty() {
        lines.push(format!("  {}", t("incident-policy-limits-none")));
    }
    for (cover, amount) in &policy.limits {
        let label = format!("{} ({cover})", t(&format!("risk-coverage-{cover}")));
        let value = money(out, *amount);
        lines.push(format!(
            "  {}",
            out.text(
                "incident-field-line",
                &[("label", Arg::Str(&label)), ("value", Arg::Str(&value))],
            )
        ));
    }
    if view.gaps.is_empty() {
        lines.push(t("incident-policy-no-gaps"));
    } else {
        lines.push(t("incident-policy-gaps"));
        for gap in &view.gaps {
            lines.push(format!(
                "  - {} ({gap})",
                t(&format!("risk-coverage-{gap}"))
            ));
        }
    }
    lines.push(match view.renewal {
        None => t("incident-policy-renewal-unknown"),
        Some(Renewal::NotYet { next_at, .. }) => out.text(
            "incident-policy-renewal-not-yet",
            &[("date", Arg::Str(&shown_time(next_at)))],
        ),
        Some(Renewal::Due {
            days_before,
            days_left,
            ..
        }) => out.text(
            "incident-policy-renewal-due",
            &[
                ("days_before", i64::from(days_before).into()),
                ("days_left", days_left.into()),
                ("end", Arg::Str(policy.end.as_deref().unwrap_or(""))),
            ],
        ),
        Some(Renewal::Expired { .. }) => out.text(
            "incident-policy-renewal-expired",
            &[("end", Arg::Str(policy.end.as_deref().unwrap_or("")))],
        ),
    });
    lines.join("\n")
}

/// An entry in words.
fn entry_text(out: &Output, e: &EntryView) -> String {
    let mut text = match e.what.as_str() {
        "started" => {
            let kind = out.l10n.text(&format!("incident-kind-{}", e.text));
            out.text("incident-entry-started", &[("kind", Arg::Str(&kind))])
        }
        "step" => {
            let step = e.step.as_deref().unwrap_or("");
            let step = out.l10n.text(&format!("incident-step-{step}"));
            out.text("incident-entry-step", &[("step", Arg::Str(&step))])
        }
        _ => e.text.clone(),
    };
    if let Some(ev) = &e.evidence {
        text.push_str("\n      ");
        text.push_str(&out.text(
            "incident-entry-evidence",
            &[
                ("name", Arg::Str(&ev.name)),
                ("size", Arg::Str(&ev.size.to_string())),
                ("sha", Arg::Str(&ev.sha256)),
            ],
        ));
    }
    let who = if e.who.is_empty() {
        out.l10n.text("incident-who-unknown")
    } else {
        e.who.clone()
    };
    out.text(
        "incident-entry-line",
        &[
            ("seq", e.seq.into()),
            ("time", Arg::Str(&shown(&e.at))),
            ("who", Arg::Str(&who)),
            ("text", Arg::Str(&text)),
        ],
    )
}

fn incident_text(out: &Output, view: &IncidentView) -> String {
    let t = |id: &str| out.l10n.text(id);
    let kind = t(&format!("incident-kind-{}", view.kind.as_str()));
    let mut lines = vec![
        out.text(
            "incident-heading",
            &[
                ("id", view.id.into()),
                ("org", Arg::Str(&view.org_name)),
                ("kind", Arg::Str(&kind)),
            ],
        ),
        out.text(
            "incident-discovered",
            &[("time", Arg::Str(&shown(&view.discovered_at)))],
        ),
        out.text("incident-clock", &[("time", Arg::Str(&shown(&view.now)))]),
    ];
    for flag in &view.flags {
        let start = view
            .policy_starts_at
            .as_deref()
            .map(shown)
            .unwrap_or_default();
        let end = view
            .policy_ends_at
            .as_deref()
            .map(shown)
            .unwrap_or_default();
        lines.push(out.text(
            &format!("incident-flag-{}", flag.as_str()),
            &[("start", Arg::Str(&start)), ("end", Arg::Str(&end))],
        ));
    }
    if view.policy.is_none() {
        lines.push(t("incident-no-policy"));
    }
    lines.push(String::new());
    lines.push(t("incident-steps-heading"));
    for step in &view.steps {
        let text = t(&format!("incident-step-{}", step.id));
        lines.push(match &step.done_at {
            Some(at) => out.text(
                "incident-step-done",
                &[
                    ("n", step.n.into()),
                    ("text", Arg::Str(&text)),
                    ("time", Arg::Str(&shown(at))),
                ],
            ),
            None => out.text(
                "incident-step-open",
                &[("n", step.n.into()), ("text", Arg::Str(&text))],
            ),
        });
        let mut source = match &step.source.title_key {
            Some(key) => out.l10n.text(key),
            None => step.source.title.clone(),
        };
        if let Some(url) = &step.source.url {
            source.push_str(" · ");
            source.push_str(url);
        }
        lines.push(format!(
            "      {}",
            out.text(
                "incident-step-meta",
                &[("id", Arg::Str(&step.id)), ("source", Arg::Str(&source))],
            )
        ));
    }
    lines.push(String::new());
    lines.push(t("incident-deadlines-heading"));
    for d in &view.deadlines {
        let name = t(&format!("incident-deadline-{}", d.id));
        let line = match (&d.due_at, d.remaining_hours) {
            (Some(due), Some(hours)) if d.overdue => out.text(
                "incident-deadline-overdue",
                &[
                    ("name", Arg::Str(&name)),
                    ("time", Arg::Str(&shown(due))),
                    ("hours", (-hours).into()),
                ],
            ),
            (Some(due), Some(hours)) => out.text(
                "incident-deadline-due",
                &[
                    ("name", Arg::Str(&name)),
                    ("time", Arg::Str(&shown(due))),
                    ("hours", hours.into()),
                ],
            ),
            _ => out.text("incident-deadline-no-policy", &[("name", Arg::Str(&name))]),
        };
        lines.push(format!("  {line}"));
    }
    lines.push(String::new());
    lines.push(t("incident-contacts-heading"));
    for c in &view.contacts {
        let name = t(&format!("incident-contact-{}", c.id));
        lines.push(format!(
            "  {}",
            match &c.number {
                Some(number) => out.text(
                    "incident-contact-line",
                    &[("name", Arg::Str(&name)), ("number", Arg::Str(number))],
                ),
                None => out.text("incident-contact-missing", &[("name", Arg::Str(&name))]),
            }
        ));
    }
    lines.push(String::new());
    lines.push(t("incident-timeline-heading"));
    for e in &view.entries {
        lines.push(format!("  {}", entry_text(out, e)));
    }
    if let Some(broken) = &view.chain.broken {
        lines.push(String::new());
        lines.push(verify_broken(out, view.id, broken).localized(&out.l10n));
    }
    lines.join("\n")
}

fn verify_broken(out: &Output, id: i64, broken: &coverready_incident::ChainBreak) -> Error {
    let reason = out
        .l10n
        .text(&format!("incident-break-{}", broken.reason.as_str()));
    Error::new(
        ErrorCode::InvalidArgument,
        format!("incident {id}: log broken at entry {}", broken.seq),
    )
    .with("field", "incident")
    .with("message_id", "incident-verify-broken")
    .with("id", id)
    .with("seq", broken.seq)
    .with("reason", reason)
}

pub fn incident(command: &IncidentCommand, ws: &mut Workspace, out: &Output) -> Result<(), Error> {
    let now = coverready_time::clock_now();
    match command {
        IncidentCommand::Start {
            org,
            kind,
            discovered,
            who: person,
        } => {
            let view = ws.start_incident(*org, kind, discovered.as_deref(), &who(person), now)?;
            out.emit(&view, || {
                let kind = out
                    .l10n
                    .text(&format!("incident-kind-{}", view.kind.as_str()));
                format!(
                    "{}\n\n{}",
                    out.text(
                        "incident-started",
                        &[
                            ("id", view.id.into()),
                            ("kind", Arg::Str(&kind)),
                            ("time", Arg::Str(&shown(&view.discovered_at))),
                        ],
                    ),
                    incident_text(out, &view)
                )
            });
        }
        IncidentCommand::List { org } => {
            let views = ws
                .incident_ids(*org)?
                .into_iter()
                .map(|id| ws.incident_view(id, now))
                .collect::<Result<Vec<_>, _>>()?;
            out.emit(&views, || {
                if views.is_empty() {
                    return out.text("incident-list-empty", &[("org", (*org).into())]);
                }
                views
                    .iter()
                    .map(|v| {
                        let kind = out.l10n.text(&format!("incident-kind-{}", v.kind.as_str()));
                        let done = v.steps.iter().filter(|s| s.done_at.is_some()).count();
                        out.text(
                            "incident-list-line",
                            &[
                                ("id", v.id.into()),
                                ("kind", Arg::Str(&kind)),
                                ("time", Arg::Str(&shown(&v.discovered_at))),
                                ("done", done.into()),
                                ("steps", v.steps.len().into()),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        IncidentCommand::Show { incident } => {
            let view = ws.incident_view(*incident, now)?;
            out.emit(&view, || incident_text(out, &view));
        }
        IncidentCommand::Tick {
            incident,
            step,
            at,
            who: person,
        } => {
            let entry = ws.tick_step(*incident, step, at.as_deref(), &who(person), now)?;
            out.emit(&entry, || {
                out.text(
                    "incident-ticked",
                    &[
                        ("step", Arg::Str(step)),
                        ("time", Arg::Str(&shown(&entry.at))),
                    ],
                )
            });
        }
        IncidentCommand::Log {
            incident,
            text,
            evidence,
            at,
            who: person,
        } => {
            let entry = ws.log_incident(
                *incident,
                text,
                evidence.as_deref(),
                at.as_deref(),
                &who(person),
                now,
            )?;
            out.emit(&entry, || {
                format!(
                    "{}\n  {}",
                    out.text(
                        "incident-logged",
                        &[("seq", entry.seq.into()), ("id", (*incident).into())],
                    ),
                    entry_text(out, &entry)
                )
            });
        }
        IncidentCommand::Verify { incident } => {
            let status = ws.verify_incident(*incident)?;
            if let Some(broken) = &status.broken {
                return Err(verify_broken(out, *incident, broken));
            }
            out.emit(&status, || {
                out.text(
                    "incident-verify-ok",
                    &[("id", (*incident).into()), ("count", status.count.into())],
                )
            });
        }
        IncidentCommand::Send { incident, send } => crate::apply::submit(
            ws,
            out,
            coverready_core::submissions::Subject::ClaimPack {
                incident_id: *incident,
            },
            send,
        )?,
        IncidentCommand::Pack {
            incident,
            pack_out,
            force,
        } => {
            let replace = if *force {
                Replace::Allowed
            } else {
                Replace::Never
            };
            let files = ws.write_claim_pack(*incident, out.language, pack_out, replace, now)?;
            out.emit(&files, || {
                [
                    out.text(
                        "incident-pack-written",
                        &[
                            ("path", Arg::Str(&files.pdf_path)),
                            ("pages", files.pages.into()),
                        ],
                    ),
                    out.text(
                        "incident-pack-json",
                        &[("path", Arg::Str(&files.json_path))],
                    ),
                    format!("SHA-256 PDF  {}", files.pdf_sha256),
                    format!("SHA-256 JSON {}", files.json_sha256),
                ]
                .into_iter()
                .chain(files.warnings.iter().map(|w| {
                    let note = w.message(&out.l10n);
                    out.text("cli-report-warnings", &[("list", Arg::Str(&note))])
                }))
                .collect::<Vec<_>>()
                .join("\n")
            });
        }
    }
    Ok(())
}
