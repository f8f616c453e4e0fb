//! Localisation for the Rust side (CLI output, window title, report text). The same
//! `locales/<lang>/*.ftl` files are read by the UI, so a message is written once for both.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

mod causes;
mod numbers;
pub use causes::{cause_message_id, io_cause, CAUSES};
pub use numbers::{format_money, format_number, format_wan, money_text};

/// The languages CoverReady ships, as BCP 47 tags; the first is used when nothing else fits.
pub const SUPPORTED_LANGUAGES: &[&str] = &["zh-CN", "en-US"];

/// Picks the language for an OS locale such as `zh_CN.UTF-8`, `zh-Hans-CN` or `en-GB`:
/// any Chinese locale gets Simplified Chinese, everything else English.
pub fn language_for_os_locale(locale: Option<&str>) -> &'static str {
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("zh") => "zh-CN",
        _ => "en-US",
    }
}

/// The language matching this computer's locale.
pub fn os_default_language() -> &'static str {
    language_for_os_locale(sys_locale::get_locale().as_deref())
}

/// The embedded .ftl sources of one language: (file name, text).
pub fn sources(language: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    LOCALE_FILES
        .iter()
        .filter(move |(lang, _, _)| *lang == language)
        .map(|(_, name, text)| (*name, *text))
}

/// Formats messages of one language. Cheap to share between threads.
pub struct Localizer {
    language: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// A localizer for `language` (one of [`SUPPORTED_LANGUAGES`]; anything else falls back to
    /// English so that a bad setting never leaves the user without text).
    pub fn new(language: &str) -> Localizer {
        let language = SUPPORTED_LANGUAGES
            .iter()
            .copied()
            .find(|l| *l == language)
            .unwrap_or("en-US");
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks (U+2068/U+2069) would leak into terminals, PDFs and file names.
        bundle.set_use_isolating(false);
        for (_, text) in sources(language) {
            // The files are checked by tests (parse, same keys in every language); a broken entry
            // still leaves the rest of the file usable, so parse errors are not fatal here.
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
        // An installed content pack's texts replace the built-in ones they share ids with.
        let content = coverready_content::active();
        if content.origin != coverready_content::Origin::BuiltIn {
            for text in content.locale_texts(language) {
                let resource = match FluentResource::try_new(text.to_owned()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                bundle.add_resource_overriding(resource);
            }
        }
        Localizer { language, bundle }
    }

    pub fn language(&self) -> &'static str {
        self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` formatted with string or number arguments. A missing message returns its
    /// id, so the gap is visible (and caught by the locale tests) instead of an empty string.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// An argument for [`Localizer::format`].
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

/// The message ids of Fluent `texts` (one language's files), refusing any that does not parse
/// (content packs are checked with this before they are installed).
pub fn message_ids(texts: &[&str]) -> Result<std::collections::BTreeSet<String>, String> {
    let mut ids = std::collections::BTreeSet::new();
    for text in texts {
        let resource = FluentResource::try_new((*text).to_owned())
            .map_err(|(_, errors)| format!("{} Fluent syntax errors", errors.len()))?;
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                ids.insert(message.id.name.to_owned());
            }
        }
    }
    Ok(ids)
}
