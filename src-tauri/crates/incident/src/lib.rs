//! After cover: what the owner needs once a policy is bound and when something happens.
//!
//! - [`policy`]: the policy's fields, validated from `KEY=VALUE` text; gaps against the coverage
//!   map; renewal reminders (120, 60, 30 days before the end).
//! - [`playbook`]: incident kinds, their ordered first steps and the deadlines counted from
//!   discovery, as data (`assets/incidents/steps.json`, with a source for each), and the
//!   national numbers (`assets/incidents/contacts.json`).
//! - [`chain`]: the incident log's hash chain (SHA-256 over a canonical serialisation including
//!   the previous hash) and its verification.
//!
//! Everything here is a pure function of its inputs and a clock passed in; texts are in
//! `locales/*/incident.ftl`, never here.

pub mod chain;
pub mod playbook;
pub mod policy;

pub use chain::{
    chain, entry_hash, verify, BreakReason, ChainBreak, ChainedEntry, EntryContent, EvidenceRef,
    GENESIS_HASH,
};
pub use playbook::{
    check_discovery, contacts, deadlines, steps_for, Contact, DeadlineStatus, Kind, Source,
    StepDef, TimeFlag, TimeRefusal,
};
pub use policy::{
    day_start, renewal, Policy, PolicyError, Renewal, POLICY_KEYS, RENEWAL_REMINDERS,
};

/// Hours in seconds.
pub const HOUR: i64 = 3_600;
