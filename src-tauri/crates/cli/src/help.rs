//! Localised help: every command's `about` comes from `cli-about-<path>` and every argument's
//! help from `cli-arg-<id>` in locales/*/cli.ftl, so no user-visible text lives in Rust.

use clap::Command;
use coverready_core::Language;
use coverready_i18n::Localizer;

/// The language asked for on the command line, before full parsing (help must already be in it).
pub fn language_from_argv(argv: &[String]) -> Option<Language> {
    let mut iter = argv.iter();
    while let Some(arg) = iter.next() {
        if arg == "--lang" {
            return iter.next().and_then(|v| Language::from_tag(v));
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Language::from_tag(value);
        }
    }
    None
}

pub fn localise(command: Command, l10n: Option<&Localizer>) -> Command {
    let fallback;
    let l10n = match l10n {
        Some(l) => l,
        None => {
            fallback = Language::os_default().localizer();
            &fallback
        }
    };
    localise_at(command, "", l10n)
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
    command
}
