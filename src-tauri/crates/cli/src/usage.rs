//! Usage errors in the user's language: clap's error kinds and context (the argument, the value,
//! the valid values, a suggestion) become `cli-usage-*` messages from locales/*/cli.ftl, followed
//! by the usage and how to get help. clap's own English text is never printed.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;
use coverready_i18n::{Arg, Localizer};

/// Reports a failed parse: help and version go to stdout (exit 0) as clap renders them (their
/// words are already localised by `help::localise`); usage errors go to stderr, exit 2.
pub fn report(
    error: clap::Error,
    command: &Command,
    argv: &[String],
    l10n: &Localizer,
) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let path = command_path(command, argv);
            eprintln!(
                "{}\n",
                l10n.format(
                    "cli-usage-missing-subcommand",
                    &[("command", Arg::Str(&path.names.join(" ")))]
                )
            );
            let _ = error.print();
            ExitCode::from(2)
        }
        _ => {
            eprint!("{}", message(&error, command, argv, l10n));
            ExitCode::from(2)
        }
    }
}

/// The localised text of a usage error, ending with the usage and how to get help.
pub fn message(
    error: &clap::Error,
    command: &Command,
    argv: &[String],
    l10n: &Localizer,
) -> String {
    let path = command_path(command, argv);
    let mut lines = vec![problem(error, path.command, l10n)];
    let usage = match error.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => usage.to_string(),
        _ => path.command.clone().render_usage().to_string(),
    };
    // clap's usage starts with its own (English) heading.
    let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
    if !usage.is_empty() {
        lines.push(String::new());
        lines.push(l10n.format("cli-usage-line", &[("usage", Arg::Str(usage))]));
    }
    lines.push(String::new());
    lines.push(l10n.format(
        "cli-usage-more",
        &[("command", Arg::Str(&path.names.join(" ")))],
    ));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) if !v.is_empty() => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

fn number(error: &clap::Error, kind: ContextKind) -> Option<f64> {
    match error.get(kind)? {
        ContextValue::Number(n) => Some(*n as f64),
        _ => None,
    }
}

/// A list of values for a message: “a”, “b”, “c” in the language's own separator.
fn list(values: &[String], l10n: &Localizer) -> String {
    values.join(&l10n.text("cli-usage-list-separator"))
}

/// The first lines: what is wrong, and a suggestion or the valid values when clap knows them.
fn problem(error: &clap::Error, command: &Command, l10n: &Localizer) -> String {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    let mut lines = Vec::new();
    let main = match (error.kind(), arg.as_deref(), value.as_deref()) {
        (ErrorKind::UnknownArgument, Some(arg), _) => {
            l10n.format("cli-usage-unknown-argument", &[("arg", Arg::Str(arg))])
        }
        (ErrorKind::InvalidSubcommand, _, _) => {
            match string(error, ContextKind::InvalidSubcommand) {
                Some(name) => {
                    let valid: Vec<String> = command
                        .get_subcommands()
                        .filter(|c| !c.is_hide_set())
                        .map(|c| c.get_name().to_owned())
                        .collect();
                    if !valid.is_empty() {
                        lines.push(l10n.format(
                            "cli-usage-commands",
                            &[("list", Arg::Str(&list(&valid, l10n)))],
                        ));
                    }
                    l10n.format("cli-usage-invalid-subcommand", &[("name", Arg::Str(&name))])
                }
                None => l10n.text("cli-usage-other"),
            }
        }
        (ErrorKind::InvalidValue, Some(arg), Some("")) => {
            l10n.format("cli-usage-value-missing", &[("arg", Arg::Str(arg))])
        }
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => {
            let valid = strings(error, ContextKind::ValidValue);
            if !valid.is_empty() {
                lines.push(l10n.format(
                    "cli-usage-possible-values",
                    &[("list", Arg::Str(&list(&valid, l10n)))],
                ));
            }
            l10n.format(
                "cli-usage-invalid-value",
                &[("arg", Arg::Str(arg)), ("value", Arg::Str(value))],
            )
        }
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            let source = std::error::Error::source(error);
            match source.and_then(|s| bounds(&s.to_string())) {
                Some((min, max)) => l10n.format(
                    "cli-usage-number-between",
                    &[
                        ("arg", Arg::Str(arg)),
                        ("value", Arg::Str(value)),
                        ("min", Arg::Str(&min.to_string())),
                        ("max", Arg::Str(&max.to_string())),
                    ],
                ),
                None => {
                    let key = source.map_or("cli-usage-invalid-value", validation_key);
                    l10n.format(key, &[("arg", Arg::Str(arg)), ("value", Arg::Str(value))])
                }
            }
        }
        (ErrorKind::MissingRequiredArgument, _, _) => {
            let missing = strings(error, ContextKind::InvalidArg);
            if missing.is_empty() {
                l10n.text("cli-usage-other")
            } else {
                l10n.format(
                    "cli-usage-missing-required",
                    &[("list", Arg::Str(&list(&missing, l10n)))],
                )
            }
        }
        (ErrorKind::MissingSubcommand, _, _) => {
            match string(error, ContextKind::InvalidSubcommand) {
                Some(name) => l10n.format(
                    "cli-usage-missing-subcommand",
                    &[("command", Arg::Str(&name))],
                ),
                None => l10n.text("cli-usage-other"),
            }
        }
        (ErrorKind::ArgumentConflict, Some(arg), _) => {
            let prior = strings(error, ContextKind::PriorArg);
            if prior.is_empty() || prior == [arg] {
                l10n.format("cli-usage-used-twice", &[("arg", Arg::Str(arg))])
            } else {
                l10n.format(
                    "cli-usage-conflict",
                    &[
                        ("arg", Arg::Str(arg)),
                        ("other", Arg::Str(&list(&prior, l10n))),
                    ],
                )
            }
        }
        (ErrorKind::NoEquals, Some(arg), _) => {
            l10n.format("cli-usage-no-equals", &[("arg", Arg::Str(arg))])
        }
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => l10n.format(
            "cli-usage-too-many-values",
            &[("arg", Arg::Str(arg)), ("value", Arg::Str(value))],
        ),
        (ErrorKind::TooFewValues, Some(arg), _) => l10n.format(
            "cli-usage-too-few-values",
            &[
                ("arg", Arg::Str(arg)),
                (
                    "min",
                    Arg::Num(number(error, ContextKind::MinValues).unwrap_or(0.0)),
                ),
                (
                    "actual",
                    Arg::Num(number(error, ContextKind::ActualNumValues).unwrap_or(0.0)),
                ),
            ],
        ),
        (ErrorKind::WrongNumberOfValues, Some(arg), _) => l10n.format(
            "cli-usage-wrong-number-of-values",
            &[
                ("arg", Arg::Str(arg)),
                (
                    "expected",
                    Arg::Num(number(error, ContextKind::ExpectedNumValues).unwrap_or(0.0)),
                ),
                (
                    "actual",
                    Arg::Num(number(error, ContextKind::ActualNumValues).unwrap_or(0.0)),
                ),
            ],
        ),
        (ErrorKind::InvalidUtf8, _, _) => l10n.text("cli-usage-invalid-utf8"),
        _ => l10n.text("cli-usage-other"),
    };
    let suggestion = string(error, ContextKind::SuggestedArg)
        .or_else(|| string(error, ContextKind::SuggestedSubcommand))
        .or_else(|| string(error, ContextKind::SuggestedValue));
    if let Some(suggestion) = suggestion {
        lines.insert(
            0,
            l10n.format(
                "cli-usage-did-you-mean",
                &[("suggestion", Arg::Str(&suggestion))],
            ),
        );
    }
    lines.insert(0, main);
    lines.join("\n")
}

/// The bounds of clap's ranged integer parsers, from their message `N is not in MIN..=MAX` (or
/// `MIN..END`): the only place clap states them.
fn bounds(message: &str) -> Option<(i128, i128)> {
    let (_, range) = message.split_once(" is not in ")?;
    let (low, high) = range.split_once("..")?;
    let low = low.parse().ok()?;
    let high = match high.strip_prefix('=') {
        Some(high) => high.parse().ok()?,
        None => high.parse::<i128>().ok()? - 1,
    };
    Some((low, high))
}

/// Why a value was refused, from the parser's own error (whose text is English).
fn validation_key(source: &(dyn std::error::Error + 'static)) -> &'static str {
    use std::num::IntErrorKind;
    if let Some(e) = source.downcast_ref::<std::num::ParseIntError>() {
        return match e.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => {
                "cli-usage-number-out-of-range"
            }
            _ => "cli-usage-not-a-number",
        };
    }
    if source.is::<std::net::AddrParseError>() {
        return "cli-usage-not-an-address";
    }
    "cli-usage-invalid-value"
}

/// The command the user was giving (as far as it was understood) and its names from the program
/// on, e.g. `coverready org show`.
pub struct CommandPath<'a> {
    pub command: &'a Command,
    pub names: Vec<String>,
}

pub fn command_path<'a>(root: &'a Command, argv: &[String]) -> CommandPath<'a> {
    let mut stack: Vec<&Command> = vec![root];
    let mut names = vec![root.get_name().to_owned()];
    let mut args = argv.iter().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            if long.contains('=') {
                continue;
            }
            let takes_value = stack
                .iter()
                .rev()
                .flat_map(|c| c.get_arguments())
                .find(|a| a.get_long() == Some(long))
                .is_some_and(|a| a.get_action().takes_values());
            if takes_value {
                args.next();
            }
        } else if arg.starts_with('-') && arg.len() > 1 {
            // Our only short flags are -h and -V, which take no value.
        } else {
            let current = stack[stack.len() - 1];
            match current.find_subcommand(arg) {
                Some(sub) => {
                    names.push(sub.get_name().to_owned());
                    stack.push(sub);
                }
                None if current.has_subcommands() => break,
                None => {}
            }
        }
    }
    CommandPath {
        command: stack[stack.len() - 1],
        names,
    }
}
