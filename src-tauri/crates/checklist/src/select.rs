//! Which questions a profile sees, in full and quick mode.

use serde::{Deserialize, Serialize};

use crate::content::{ContentPack, Question, Weight};
use crate::profile::Profile;

/// Most questions quick (workshop) mode asks.
pub const QUICK_MODE_LIMIT: usize = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, export_to = "checklist.ts")]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Every question that applies to the profile.
    Full,
    /// At most 15: applicable must-haves first, then applicable majors flagged `quick`.
    Quick,
}

/// Whether a question applies to a profile (unanswered profile fields count as "applies").
pub fn applies(question: &Question, profile: &Profile) -> bool {
    question
        .applies_if
        .as_ref()
        .is_none_or(|rule| rule.applies(profile))
}

/// The questions to ask, in pack order (full) or must-haves-then-majors order (quick).
pub fn applicable_questions<'p>(
    pack: &'p ContentPack,
    profile: &Profile,
    mode: Mode,
) -> Vec<&'p Question> {
    let applicable = pack.questions.iter().filter(|q| applies(q, profile));
    match mode {
        Mode::Full => applicable.collect(),
        Mode::Quick => {
            let (must, rest): (Vec<_>, Vec<_>) =
                applicable.partition(|q| q.weight == Weight::MustHave);
            must.into_iter()
                .chain(
                    rest.into_iter()
                        .filter(|q| q.quick && q.weight == Weight::Major),
                )
                .take(QUICK_MODE_LIMIT)
                .collect()
        }
    }
}

/// The profile fields that must be asked before the questions: those a must-have question's
/// applicability reads while it has no "not applicable" answer. Left unanswered, such a
/// question applies to every firm, and a firm it does not fit has no honest answer (a firm
/// with no incidents asked whether the cause of every incident was fixed). In schema order.
pub fn deciding_fields(pack: &ContentPack) -> Vec<&str> {
    let read: Vec<&str> = pack
        .questions
        .iter()
        .filter(|q| q.weight == Weight::MustHave && !q.not_applicable_allowed)
        .filter_map(|q| q.applies_if.as_ref())
        .flat_map(|rule| rule.fields())
        .collect();
    pack.profile
        .fields
        .iter()
        .map(|f| f.id.as_str())
        .filter(|id| read.contains(id))
        .collect()
}
