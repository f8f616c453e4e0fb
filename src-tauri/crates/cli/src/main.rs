//! `coverready`: the same core as the desktop app, for brokers' scripts, workshops and tests.
//!
//! Exit codes: 0 done, 1 refused input (the message says why), 2 usage, 3 environment (store,
//! disk, network). With `--json`, stdout carries one JSON document and nothing else.

mod apply;
mod args;
mod assess;
mod commands;
mod content;
mod domain_check;
mod help;
mod incident;
mod output;
mod scan;
mod usage;
mod workshop;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use coverready_core::{Language, Workspace};

use crate::args::Cli;
use crate::output::Output;

/// Why parsing stopped before a command could run: help, version or a usage error, with the
/// command (localised) and the arguments that produced it.
struct Stop {
    error: clap::Error,
    command: clap::Command,
    argv: Vec<String>,
}

fn parse(argv: &[String], l10n: &coverready_i18n::Localizer) -> Result<Cli, Box<Stop>> {
    let mut command = help::localise(Cli::command(), l10n);
    let matches = match command.try_get_matches_from_mut(argv) {
        Ok(m) => m,
        Err(error) => {
            return Err(Box::new(Stop {
                error,
                command,
                argv: argv.to_vec(),
            }))
        }
    };
    if let Some(path) = help::requested_help(&matches) {
        // `coverready help org add` is `coverready org add --help`.
        let mut again = vec![argv[0].clone()];
        again.extend(path);
        again.push("--help".to_owned());
        let mut command = help::localise(Cli::command(), l10n);
        let error = match command.try_get_matches_from_mut(&again) {
            Err(error) => error,
            Ok(_) => clap::Error::new(clap::error::ErrorKind::DisplayHelp),
        };
        return Err(Box::new(Stop {
            error,
            command,
            argv: again,
        }));
    }
    Cli::from_arg_matches(&matches).map_err(|error| {
        Box::new(Stop {
            error,
            command,
            argv: argv.to_vec(),
        })
    })
}

fn main() -> ExitCode {
    // `std::env::args` panics on an argument that is not UTF-8 (a file name in another encoding):
    // read them as the OS gave them and refuse such a command line as a usage error.
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let argv: Vec<String> = raw
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // Help and usage errors are in the language of --lang, else the app's, else the OS locale.
    let explicit = help::language_from_argv(&argv);
    let language = explicit.unwrap_or_else(Language::os_default);
    if raw.iter().any(|a| a.to_str().is_none()) {
        eprintln!(
            "{}",
            explicit
                .unwrap_or(language)
                .localizer()
                .text("cli-usage-invalid-utf8")
        );
        return ExitCode::from(2);
    }
    let cli = match parse(&argv, &language.localizer()) {
        Ok(cli) => cli,
        Err(stop) => {
            // Only now is the store looked at (if there is one), so that help never creates it.
            let app = explicit.or_else(|| help::app_language(&argv));
            let stop = match app {
                Some(app) if app != language => match parse(&argv, &app.localizer()) {
                    Err(stop) => stop,
                    Ok(_) => stop,
                },
                _ => stop,
            };
            let l10n = app.unwrap_or(language).localizer();
            return usage::report(stop.error, &stop.command, &stop.argv, &l10n);
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
