//! One function per command: convert arguments, call the core, print.

use coverready_checklist::Profile;
use coverready_core::orgs::headcount_band_for;
use coverready_core::{Error, ErrorCode, OrgInput, Workspace};

use crate::args::{Command, OrgCommand, ProfileCommand, StoreCommand};
use crate::output::Output;

pub fn run(command: &Command, ws: &mut Workspace, out: &Output) -> Result<(), Error> {
    match command {
        Command::Org(c) => org(c, ws, out),
        Command::Profile(c) => profile(c, ws, out),
        Command::Policy(c) => crate::incident::policy(c, ws, out),
        Command::Incident(c) => crate::incident::incident(c, ws, out),
        Command::Content(c) => crate::content::run(c, ws, out),
        Command::Store(StoreCommand::Recover) => {
            let aside = ws.recover_damaged_store()?;
            let aside = aside.display().to_string();
            out.emit(&serde_json::json!({ "moved_to": aside }), || {
                out.text("cli-store-recovered", &[("path", (&aside).into())])
            });
            Ok(())
        }
        Command::Checklist { org, quick } => crate::assess::checklist(ws, out, *org, *quick),
        Command::Answer { org, note, answers } => {
            crate::assess::answer(ws, out, *org, note.as_deref(), answers)
        }
        Command::Assess {
            org,
            quick,
            answers_file,
            new_assessment,
        } => crate::assess::assess(
            ws,
            out,
            *org,
            *quick,
            answers_file.as_deref(),
            *new_assessment,
        ),
        Command::Readiness { org } => crate::assess::readiness(ws, out, *org),
        Command::Report {
            org,
            out: path,
            force,
        } => crate::apply::report(ws, out, *org, path.as_deref(), *force),
        Command::Takeaway {
            org,
            out: path,
            force,
        } => crate::workshop::takeaway(ws, out, *org, path, *force),
        Command::ImportCode { code, name } => {
            crate::workshop::import_code(ws, out, &code.join(" "), name.as_deref())
        }
        Command::Submit { org, send } => crate::apply::submit(
            ws,
            out,
            coverready_core::submissions::Subject::Readiness { org_id: *org },
            send,
        ),
        Command::Submissions {
            org,
            flush,
            refresh,
            withdraw,
            ca_cert,
        } => crate::apply::submissions(
            ws,
            out,
            *org,
            *flush,
            *refresh,
            *withdraw,
            ca_cert.as_deref(),
        ),
        Command::Scan {
            probes,
            org,
            record,
        } => crate::scan::run(ws, out, probes, *org, record.as_deref()),
        Command::DomainCheck {
            domain,
            org,
            dns,
            https_port,
            http_port,
            connect_to,
            timeout,
        } => {
            let mut config = match dns {
                Some(resolver) => coverready_domain::DomainCheckConfig::new(*resolver),
                None => coverready_domain::DomainCheckConfig::system_default(),
            };
            if let Some(port) = https_port {
                config.https_port = *port;
            }
            if let Some(port) = http_port {
                config.http_port = *port;
            }
            config.connect_to = *connect_to;
            if let Some(seconds) = timeout {
                config.timeout = std::time::Duration::from_secs((*seconds).clamp(1, 60));
            }
            crate::domain_check::run(ws, out, domain, *org, &config)
        }
    }
}

fn org(command: &OrgCommand, ws: &mut Workspace, out: &Output) -> Result<(), Error> {
    match command {
        OrgCommand::Add {
            name,
            industry,
            headcount,
            revenue_band,
            region,
        } => {
            let schema = Workspace::profile_schema();
            let mut profile = Profile::new();
            let headcount = headcount.as_deref().map(|h| {
                h.trim()
                    .parse::<u64>()
                    .map(|n| headcount_band_for(n).to_owned())
                    .unwrap_or_else(|_| h.to_owned())
            });
            for (field, value) in [
                ("industry", industry.clone()),
                ("headcount_band", headcount),
                ("revenue_band", revenue_band.clone()),
                ("region", region.clone()),
            ] {
                if let Some(value) = value {
                    profile.insert(field.to_owned(), schema.parse_value(field, &value)?);
                }
            }
            let org = ws.create_org(&OrgInput {
                name: name.clone(),
                profile,
            })?;
            out.emit(&org, || {
                out.text(
                    "cli-org-created",
                    &[("id", org.id.into()), ("name", (&org.name).into())],
                )
            });
        }
        OrgCommand::List => {
            let orgs = ws.list_orgs()?;
            out.emit(&orgs, || {
                if orgs.is_empty() {
                    return out.text("cli-org-list-empty", &[]);
                }
                orgs.iter()
                    .map(|o| out.org_summary_line(o))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        OrgCommand::Show { id } => {
            let org = ws.org(*id)?;
            out.emit(&org, || out.org_details(&org));
        }
        OrgCommand::Rename { id, name } => {
            let current = ws.org(*id)?;
            let org = ws.rename_org(*id, name)?;
            out.emit(&org, || {
                out.text(
                    "cli-org-renamed",
                    &[
                        ("id", org.id.into()),
                        ("old", (&current.name).into()),
                        ("name", (&org.name).into()),
                    ],
                )
            });
        }
        OrgCommand::Remove { id } => {
            let org = ws.org(*id)?;
            ws.delete_org(*id)?;
            out.emit(&serde_json::json!({ "removed": org.id }), || {
                out.text(
                    "cli-org-removed",
                    &[("id", org.id.into()), ("name", (&org.name).into())],
                )
            });
        }
    }
    Ok(())
}

fn profile(command: &ProfileCommand, ws: &mut Workspace, out: &Output) -> Result<(), Error> {
    match command {
        ProfileCommand::Set { org, assignments } => {
            let pairs = assignments
                .iter()
                .map(|a| {
                    a.split_once('=')
                        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
                        .ok_or_else(|| {
                            Error::new(
                                ErrorCode::InvalidArgument,
                                format!("expected KEY=VALUE: {a}"),
                            )
                            .with("field", a)
                        })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let updated = ws.set_profile_text(*org, &pairs)?;
            out.emit(&updated, || {
                format!(
                    "{}\n{}",
                    out.text("cli-profile-saved", &[("count", pairs.len().into())]),
                    out.org_details(&updated)
                )
            });
        }
        ProfileCommand::Show { org } => {
            let org = ws.org(*org)?;
            out.emit(&org.profile, || out.org_details(&org));
        }
        ProfileCommand::Fields => {
            let fields = Workspace::profile_fields();
            out.emit(&fields, || {
                fields
                    .iter()
                    .map(|f| {
                        let label = out.l10n.text(&format!("profile-field-{}", f.id));
                        let values = match f.kind.as_str() {
                            "choice" => f.options.join(" | "),
                            "bool" => "true | false".to_owned(),
                            _ => format!(
                                "{} … {}",
                                f.min.unwrap_or(0.0),
                                f.max.map(|m| m.to_string()).unwrap_or_default()
                            ),
                        };
                        format!("{:<20} {label}\n{:<20} {values}", f.id, "")
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}
