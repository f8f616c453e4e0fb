//! `coverready`: the same core as the desktop app, for brokers' scripts, workshops and tests.
//!
//! Exit codes: 0 done, 1 refused input (the message says why), 2 usage, 3 environment (store,
//! disk, network). With `--json`, stdout carries one JSON document and nothing else.

mod apply;
mod args;
mod assess;
mod commands;
mod domain_check;
mod help;
mod output;
mod scan;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use coverready_core::{Language, Workspace};

use crate::args::Cli;
use crate::output::Output;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let language = help::language_from_argv(&argv);
    let l10n = language.map(Language::localizer);

    let command = help::localise(Cli::command(), l10n.as_ref());
    let matches = match command.try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };

    let data_dir = coverready_core::data_dir_from_env(cli.data_dir.clone());
    let mut workspace = Workspace::open(&data_dir);
    // The language: --lang, else the one chosen in the app, else the OS locale.
    let language = cli
        .lang
        .map(|l| l.into())
        .unwrap_or_else(|| workspace.settings().language);
    let out = Output::new(language, cli.json);

    match commands::run(&cli.command, &mut workspace, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            out.error(&error);
            ExitCode::from(if error.code.is_environment() { 3 } else { 1 })
        }
    }
}
