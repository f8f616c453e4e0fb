//! `takeaway` and `import-code`: the workshop's one page and the way home from it.

use std::path::Path;

use coverready_core::{Error, Replace, Workspace};
use coverready_i18n::Arg;

use crate::output::Output;

pub fn takeaway(
    ws: &mut Workspace,
    out: &Output,
    org: i64,
    path: &Path,
    force: bool,
) -> Result<(), Error> {
    let replace = if force {
        Replace::Allowed
    } else {
        Replace::Never
    };
    let file = ws.write_takeaway(org, out.language, path, replace)?;
    out.emit(&file, || {
        [
            out.text("cli-takeaway-written", &[("path", Arg::Str(&file.path))]),
            out.text(
                "cli-takeaway-code",
                &[("code", Arg::Str(&file.answer_code))],
            ),
        ]
        .join("\n")
    });
    Ok(())
}

/// The code may be given in pieces (`import-code ABCDE FGHIJ …`), as it is printed in groups.
pub fn import_code(
    ws: &mut Workspace,
    out: &Output,
    code: &str,
    name: Option<&str>,
) -> Result<(), Error> {
    let org = ws.import_answer_code(code, name, out.language)?;
    let answers = ws
        .current_assessment(org.id)?
        .map_or(0, |a| a.answers.len());
    out.emit(&org, || {
        out.text(
            "cli-import-code-done",
            &[
                ("id", org.id.into()),
                ("name", Arg::Str(&org.name)),
                ("answers", answers.into()),
            ],
        )
    });
    Ok(())
}
