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
mod usage;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use coverready_core::{Language, Workspace};

use crate::args::Cli;
use crate::output::Output;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    // Help and usage errors are in the language of --lang, else the OS locale.
    let language = help::language_from_argv(&argv).unwrap_or_else(Language::os_default);
    let l10n = language.localizer();

    let mut command = help::localise(Cli::command(), &l10n);
    let matches = match command.try_get_matches_from_mut(&argv) {
        Ok(m) => m,
        Err(e) => return usage::report(e, &command, &argv, &l10n),
    };
    if let Some(path) = help::requested_help(&matches) {
        // `coverready help org add` is `coverready org add --help`.
        let mut again = vec![argv[0].clone()];
        again.extend(path);
        again.push("--help".to_owned());
        let mut command = help::localise(Cli::command(), &l10n);
        return match command.try_get_matches_from_mut(&again) {
            Ok(_) => ExitCode::from(2),
            Err(e) => usage::report(e, &command, &again, &l10n),
        };
    }
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            eprint!("{}", usage::message(&e, &command, &argv, &l10n));
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
