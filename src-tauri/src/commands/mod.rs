//! The IPC surface. Each command converts its arguments, calls the core and returns its error
//! as `{code, message, details}`; validation happens in the core, in Rust, for every argument.

pub mod app;
pub mod apply;
pub mod assessments;
pub mod content;
pub mod incidents;
pub mod jobs;
pub mod orgs;
pub mod reports;
pub mod scans;
pub mod workshop;
