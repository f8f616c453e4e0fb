//! A facilitator's workshop settings (`workshop.json`), apart from the workshop's actions so
//! the workspace can hold them without depending on those actions.

use crate::{Error, ErrorCode, Language};

/// How a facilitator set the laptop up (`workshop.json` beside the executable, or the defaults
/// of `--workshop`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export, export_to = "bindings.ts")]
#[serde(deny_unknown_fields)]
pub struct WorkshopSettings {
    /// The language the welcome screen starts in (`zh-CN` or `en-US`).
    #[serde(default)]
    pub language: Option<Language>,
    /// Minutes without a key press, click or touch before the session is erased.
    #[serde(default = "default_idle_minutes")]
    pub idle_minutes: f64,
    /// How long the warning before that lasts, announced to screen readers.
    #[serde(default = "default_warning_seconds")]
    pub warning_seconds: u32,
}

fn default_idle_minutes() -> f64 {
    10.0
}

fn default_warning_seconds() -> u32 {
    60
}

impl Default for WorkshopSettings {
    fn default() -> Self {
        WorkshopSettings {
            language: None,
            idle_minutes: default_idle_minutes(),
            warning_seconds: default_warning_seconds(),
        }
    }
}

/// Bounds a facilitator's file must keep: a reset sooner than the warning, or a session that
/// never ends, would defeat the purpose.
const IDLE_MINUTES: std::ops::RangeInclusive<f64> = 0.1..=240.0;
const WARNING_SECONDS: std::ops::RangeInclusive<u32> = 5..=600;

impl WorkshopSettings {
    /// Reads `workshop.json`; a file that is not what a facilitator could mean is refused with
    /// the reason (the app then says so and does not start in a half-workshop state).
    pub fn from_json(text: &str) -> Result<WorkshopSettings, Error> {
        let settings: WorkshopSettings = serde_json::from_str(text).map_err(|e| {
            Error::new(ErrorCode::InvalidArgument, e.to_string())
                .with("field", "workshop.json")
                .with("message_id", "error-workshop-settings")
                .with("detail", e)
        })?;
        let idle_ok = IDLE_MINUTES.contains(&settings.idle_minutes);
        let warning_ok = WARNING_SECONDS.contains(&settings.warning_seconds)
            && f64::from(settings.warning_seconds) < settings.idle_minutes * 60.0;
        if !idle_ok || !warning_ok {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                "workshop.json values out of range",
            )
            .with("field", "workshop.json")
            .with("message_id", "error-workshop-settings")
            .with(
                "detail",
                "idle_minutes 0.1–240, warning_seconds 5–600 and shorter",
            ));
        }
        Ok(settings)
    }
}
