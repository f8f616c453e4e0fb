//! The application layer shared by the desktop shell and the command line: it opens the store in
//! a data folder, validates everything that comes from outside (IPC, CLI arguments, files) and
//! speaks one error type. No tauri here, so it builds and tests without WebKit.

pub mod answers_file;
pub mod assessments;
pub mod consent;
pub mod content;
pub mod error;
pub mod incidents;
pub mod jobs;
pub mod language;
pub mod next_step;
pub mod orgs;
pub mod policy;
pub mod reports;
pub mod risk;
pub mod scans;
pub mod submissions;
pub mod workshop;
mod workshop_settings;
pub mod workspace;

pub use assessments::{AnswerInput, Assessment, ChecklistItem, ReadinessReport, SavedAnswer};
pub use consent::{ConsentPreview, ConsentQuestion, PreviewFile};
pub use coverready_report::Replace;
pub use error::{Error, ErrorCode};
pub use jobs::{CancelToken, JobKind, RunningJobs};
pub use language::Language;
pub use orgs::{OrgInput, Organisation, ProfileFieldInfo};
pub use reports::ReportFiles;
pub use scans::{
    check_and_record_domain, check_domain, probe_catalogue, reconcile_scans, scan_and_record,
    scan_this_computer, LatestScans, ProbeInfo, ReconciliationView, ScanResult, Verification,
};
pub use submissions::{PlatformOptions, Sender, SHAREABLE_FIELDS};
pub use workspace::{
    data_dir_from_env, lock as lock_workspace, AppInfo, Settings, StoreStatus, UiReadyReport,
    Workspace,
};
