use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language CoverReady speaks. Stored and sent over IPC as its BCP 47 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub enum Language {
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en-US")]
    EnUs,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::ZhCn, Language::EnUs];

    pub fn tag(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::EnUs => "en-US",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Language> {
        match tag {
            "zh-CN" => Some(Language::ZhCn),
            "en-US" => Some(Language::EnUs),
            _ => None,
        }
    }

    /// The language of this computer's locale: Chinese locales get zh-CN, all others en-US.
    pub fn os_default() -> Language {
        Language::from_tag(coverready_i18n::os_default_language()).unwrap_or(Language::EnUs)
    }

    pub fn localizer(self) -> coverready_i18n::Localizer {
        coverready_i18n::Localizer::new(self.tag())
    }
}
