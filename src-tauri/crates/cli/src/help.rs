//! Localised help: every command's `about` comes from `cli-about-<path>` and every argument's
//! help from `cli-arg-<id>` in locales/*/cli.ftl, so no user-visible text lives in Rust. clap's
//! own words are replaced too: the headings (a help template per command), the `--help` and
//! `--version` flags and the `help` command (our own, answered by [`requested_help`]).

use clap::{Arg, ArgAction, ArgMatches, Command};
use coverready_core::{Language, Workspace};
use coverready_i18n::{Arg as Text, Localizer};

/// The id of the `help` command's argument: the command whose help is wanted.
const HELP_COMMAND_ARG: &str = "help_command";

/// The value of `--NAME VALUE` or `--NAME=VALUE` on the command line, before full parsing.
fn option_from_argv<'a>(argv: &'a [String], name: &str) -> Option<&'a str> {
    let mut iter = argv.iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            return None;
        }
        if let Some(rest) = arg.strip_prefix("--").and_then(|a| a.strip_prefix(name)) {
            if rest.is_empty() {
                return iter.next().map(String::as_str);
            }
            if let Some(value) = rest.strip_prefix('=') {
                return Some(value);
            }
        }
    }
    None
}

/// The language asked for on the command line, before full parsing (help must already be in it).
pub fn language_from_argv(argv: &[String]) -> Option<Language> {
    option_from_argv(argv, "lang").and_then(Language::from_tag)
}

/// The store's file name in the data folder (`coverready_store::STORE_FILE`; the CLI reaches
/// the store only through coverready-core).
const STORE_FILE: &str = "coverready.sqlite3";

/// The language chosen in the app, if the data folder of this command line already has a store.
/// A missing store is not created just to print help.
pub fn app_language(argv: &[String]) -> Option<Language> {
    let explicit = option_from_argv(argv, "data-dir").map(std::path::PathBuf::from);
    let data_dir = coverready_core::data_dir_from_env(explicit);
    if !data_dir.join(STORE_FILE).is_file() {
        return None;
    }
    Some(Workspace::open(&data_dir).settings().language)
}

pub fn localise(command: Command, l10n: &Localizer) -> Command {
    localise_at(command, "", l10n)
}

/// For `coverready [COMMAND…] help [COMMAND…]`: the path of the command whose help is wanted
/// (without the program name), as if `--help` had been given to it.
pub fn requested_help(matches: &ArgMatches) -> Option<Vec<String>> {
    let mut path = Vec::new();
    let mut current = matches;
    while let Some((name, sub)) = current.subcommand() {
        if name == "help" {
            if let Some(rest) = sub.get_many::<String>(HELP_COMMAND_ARG) {
                path.extend(rest.cloned());
            }
            return Some(path);
        }
        path.push(name.to_owned());
        current = sub;
    }
    None
}

fn localise_at(mut command: Command, parent: &str, l10n: &Localizer) -> Command {
    let path = if parent.is_empty() {
        command.get_name().to_owned()
    } else {
        format!("{parent}-{}", command.get_name())
    };
    let about = format!("cli-about-{path}");
    if l10n.has(&about) {
        command = command.about(l10n.text(&about));
    }
    // clap's own `-h/--help`, `-V/--version` and `help` speak English: ours replace them.
    command = command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help),
        );
    if parent.is_empty() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    }
    if command.has_subcommands() {
        command = command.subcommand(
            Command::new("help").about(l10n.text("cli-about-help")).arg(
                Arg::new(HELP_COMMAND_ARG)
                    .value_name("COMMAND")
                    .num_args(0..)
                    .action(ArgAction::Append),
            ),
        );
    }
    let arg_ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for id in arg_ids {
        let key = format!("cli-arg-{}", id.replace('_', "-"));
        if l10n.has(&key) {
            let help = l10n.text(&key);
            command = command.mut_arg(id.as_str(), |a| a.help(help));
        }
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        let l10n_ref = l10n;
        let path_ref = path.clone();
        command = command.mut_subcommand(name.as_str(), move |sub| {
            localise_at(sub, &path_ref, l10n_ref)
        });
    }
    let template = template(&command, l10n);
    command.help_template(template)
}

/// clap's default layout with our headings: about, usage, commands, arguments, options.
fn template(command: &Command, l10n: &Localizer) -> String {
    let header = command.get_styles().get_header();
    let header = |key: &str| {
        format!(
            "{}{}{}",
            header.render(),
            l10n.text(key),
            header.render_reset()
        )
    };
    // The usage line is the same message as in usage errors, with clap's `{usage}` tag in it.
    let usage = l10n.format("cli-usage-line", &[("usage", Text::Str("{usage}"))]);
    let mut template = format!("{{before-help}}{{about-with-newline}}\n{usage}");
    if command.has_subcommands() {
        template.push_str(&format!(
            "\n\n{}\n{{subcommands}}",
            header("cli-help-commands")
        ));
    }
    if command.get_positionals().next().is_some() {
        template.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            header("cli-help-arguments")
        ));
    }
    // Every command has options: at least --help and the global ones.
    template.push_str(&format!(
        "\n\n{}\n{{options}}{{after-help}}",
        header("cli-help-options")
    ));
    template
}
