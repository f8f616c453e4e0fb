//! Report and application commands: `report`, `submit`, `submissions`.

use std::path::Path;
use std::sync::Mutex;

use coverready_core::submissions as flow;
use coverready_core::{CancelToken, Error, ErrorCode, PlatformOptions, Replace, Workspace};
use coverready_i18n::Arg;

use crate::args::SendArgs;
use crate::output::Output;

pub(crate) fn platform_options(ca_cert: Option<&Path>) -> Result<PlatformOptions, Error> {
    let mut options = PlatformOptions::default();
    if let Some(path) = ca_cert {
        let pem = std::fs::read(path).map_err(|e| {
            Error::new(ErrorCode::InvalidArgument, e.to_string()).with("field", path.display())
        })?;
        options.extra_roots_pem.push(pem);
    }
    Ok(options)
}

pub fn report(
    ws: &mut Workspace,
    out: &Output,
    org: i64,
    path: Option<&Path>,
    force: bool,
) -> Result<(), Error> {
    let files = match path {
        Some(path) => {
            let replace = if force {
                Replace::Allowed
            } else {
                Replace::Never
            };
            ws.write_report_to(org, out.language, path, replace)?
        }
        None => ws.write_report(org, out.language, None)?,
    };
    out.emit(&files, || {
        let mut lines = vec![
            out.text(
                "cli-report-written",
                &[
                    ("path", Arg::Str(&files.pdf_path)),
                    ("pages", files.pages.into()),
                ],
            ),
            out.text("cli-report-json", &[("path", Arg::Str(&files.json_path))]),
            format!("SHA-256 PDF  {}", files.pdf_sha256),
            format!("SHA-256 JSON {}", files.json_sha256),
        ];
        // One line per note, each in the owner's language.
        for warning in &files.warnings {
            let note = warning.message(&out.l10n);
            lines.push(out.text("cli-report-warnings", &[("list", Arg::Str(&note))]));
        }
        lines.join("\n")
    });
    Ok(())
}

/// Prepares `subject` (a readiness report or a claim pack), shows what would be sent and sends
/// it only with `--consent`.
pub fn submit(
    ws: &mut Workspace,
    out: &Output,
    subject: flow::Subject,
    send: &SendArgs,
) -> Result<(), Error> {
    let options = platform_options(send.ca_cert.as_deref())?;
    let share: Vec<String> = if send.share.is_empty() {
        vec!["name".to_owned()]
    } else {
        send.share.clone()
    };
    // The app's flow, with this command's workspace as the shared one (nothing else uses it;
    // Ctrl-C is how a command-line user cancels, so the token is never cancelled).
    let ws = Mutex::new(ws);
    let never = CancelToken::new();
    let preview = flow::prepare(
        &ws,
        subject,
        &send.to,
        &share,
        out.language,
        &options,
        &never,
    )?;
    // What would be sent and to whom, always shown before anything is sent: the same words
    // the app's confirmation window shows.
    eprintln!("{}", preview.question(&out.l10n).message);
    if !send.consent {
        return Err(coverready_submission::SubmissionError::ConsentMissing.into());
    }
    let rows = flow::confirm(&ws, &preview.token, &options, &never)?;
    out.emit(&rows, || status_lines(out, &rows));
    Ok(())
}

pub fn submissions(
    ws: &mut Workspace,
    out: &Output,
    org: Option<i64>,
    flush: bool,
    refresh: Option<i64>,
    withdraw: Option<i64>,
    ca_cert: Option<&Path>,
) -> Result<(), Error> {
    let options = platform_options(ca_cert)?;
    let ws = Mutex::new(ws);
    if flush {
        flow::send_queued(&ws, &options, &CancelToken::new())?;
    }
    if let Some(id) = refresh {
        flow::refresh(&ws, id, &options)?;
    }
    if let Some(id) = withdraw {
        flow::withdraw(&ws, id, &options)?;
    }
    let rows = ws
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .submissions(org)?;
    out.emit(&rows, || status_lines(out, &rows));
    Ok(())
}

fn status_lines(out: &Output, rows: &[coverready_submission::SubmissionStatusRow]) -> String {
    if rows.is_empty() {
        return out.text("cli-submissions-empty", &[]);
    }
    rows.iter()
        .map(|r| {
            let state = out
                .l10n
                .text(&format!("submission-state-{}", r.state.as_str()));
            let kind = out
                .l10n
                .text(&format!("submission-kind-{}", r.kind.as_str()));
            format!(
                "{:>4}  {}  {}  {}  {}  {}",
                r.id,
                kind,
                r.report_id,
                state,
                r.destination_url,
                r.remote_id.clone().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
