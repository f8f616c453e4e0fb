//! `content show` and `content update`: which content CoverReady judges by, how current each
//! dataset is, and installing a newer signed pack from the platform or a file.

use std::path::Path;
use std::sync::Mutex;

use coverready_core::content::{update_from_platform, ContentStatus, ContentUpdate};
use coverready_core::{CancelToken, Error, Workspace};
use coverready_i18n::Arg;

use crate::args::ContentCommand;
use crate::output::Output;

pub fn run(command: &ContentCommand, ws: &mut Workspace, out: &Output) -> Result<(), Error> {
    match command {
        ContentCommand::Show => {
            let status = ws.content_status();
            out.emit(&status, || status_text(out, &status));
        }
        ContentCommand::Update { from, ca_cert } => {
            let update = match from.as_deref() {
                Some(source) if !is_url(source) => ws.install_content_file(Path::new(source))?,
                _ => {
                    let options = crate::apply::platform_options(ca_cert.as_deref())?;
                    update_from_platform(
                        &Mutex::new(ws),
                        from.as_deref(),
                        &options,
                        &CancelToken::new(),
                    )?
                }
            };
            out.emit(&update, || update_text(out, &update));
        }
    }
    Ok(())
}

/// `https://…` and `http://…` are addresses; anything else names a file.
fn is_url(source: &str) -> bool {
    let lower = source.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

fn update_text(out: &Output, update: &ContentUpdate) -> String {
    let version = Arg::Str(&update.status.version);
    let headline = if update.installed {
        out.text("content-installed", &[("version", version)])
    } else {
        out.text("content-up-to-date", &[("version", version)])
    };
    format!("{headline}\n{}", status_text(out, &update.status))
}

fn status_text(out: &Output, status: &ContentStatus) -> String {
    let t = |id: &str| out.l10n.text(id);
    let mut lines = vec![out.text(
        "content-show-heading",
        &[
            ("version", Arg::Str(&status.version)),
            (
                "origin",
                Arg::from(&t(&format!("content-origin-{}", status.origin))),
            ),
        ],
    )];
    if let Some(expires) = &status.expires {
        lines.push(out.text("content-show-expires", &[("date", Arg::Str(expires))]));
    }
    for dataset in &status.datasets {
        let name = t(&format!("content-dataset-{}", dataset.id));
        let args = [
            ("dataset", Arg::from(&name)),
            ("date", Arg::Str(&dataset.review_by)),
        ];
        lines.push(match dataset.days_overdue {
            None => format!("  - {}", out.text("content-show-dataset", &args)),
            Some(days) => format!(
                "  ! {}",
                out.text(
                    "content-stale-dataset",
                    &[args[0], args[1], ("days", i64::from(days).into())]
                )
            ),
        });
    }
    for problem in &status.passed_over {
        lines.push(format!(
            "  ! {} {}",
            t(&format!(
                "content-passed-over-{}",
                problem
                    .details
                    .get("origin")
                    .map_or("installed", String::as_str)
            )),
            problem.localized(&out.l10n)
        ));
    }
    lines.join("\n")
}
