//! Long work the owner can stop: a local scan, domain checks, sending an application.
//!
//! The UI starts one job of each kind at a time and may ask to cancel it by kind. Read-only work
//! (scans, domain checks) is simply abandoned: the caller returns at once and whatever the worker
//! still does is thrown away, since nothing is saved until a job finishes. Sending stops at the
//! next await point; an interrupted upload stays queued and its idempotency key makes a later
//! retry safe.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use ts_rs::TS;

use crate::{Error, ErrorCode};

/// How often a waiting caller looks at its cancel flag: short enough to feel immediate.
const POLL: Duration = Duration::from_millis(40);

/// Named over IPC by `cancel_job` (parsed with [`JobKind::parse`], so a bad name is our own
/// `invalid_argument` error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum JobKind {
    Scan,
    DomainCheck,
    Upload,
    /// A content pack from the platform.
    Download,
}

impl JobKind {
    pub const ALL: [JobKind; 4] = [
        JobKind::Scan,
        JobKind::DomainCheck,
        JobKind::Upload,
        JobKind::Download,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Scan => "scan",
            JobKind::DomainCheck => "domain_check",
            JobKind::Download => "download",
            JobKind::Upload => "upload",
        }
    }

    /// Validates a kind named over IPC.
    pub fn parse(name: &str) -> Result<JobKind, Error> {
        JobKind::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| {
                Error::new(ErrorCode::InvalidArgument, format!("no job kind {name:?}"))
                    .with("field", "job")
            })
    }
}

/// Shared flag between the owner's cancel request and the work it stops.
#[derive(Debug, Clone, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken::default()
    }

    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    /// The raw flag, for crates below core that take a plain `AtomicBool`.
    pub fn flag(&self) -> Arc<AtomicBool> {
        self.0.clone()
    }

    /// Resolves once the token is cancelled (polls; a job runs one of these at most).
    pub async fn cancelled(&self) {
        while !self.is_cancelled() {
            tokio::time::sleep(POLL).await;
        }
    }
}

/// The error a cancelled job returns; the UI says what was kept.
pub fn cancelled(kind: JobKind) -> Error {
    Error::new(ErrorCode::Cancelled, format!("{} cancelled", kind.as_str()))
        .with("job", kind.as_str())
}

/// Runs read-only `work` on its own thread and waits for it, unless `token` is cancelled first:
/// then the caller gets [`cancelled`] at once and the result, whenever it comes, is dropped.
pub fn run_until_cancelled<T, F>(kind: JobKind, token: &CancelToken, work: F) -> Result<T, Error>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (done, result) = mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name(format!("coverready-{}", kind.as_str()))
        .spawn(move || {
            // The receiver is gone when the job was cancelled; nobody wants the result then.
            let _ = done.send(work());
        })
        .map_err(|e| Error::new(ErrorCode::Internal, e.to_string()).with_io(&e))?;
    loop {
        if token.is_cancelled() {
            return Err(cancelled(kind));
        }
        match result.recv_timeout(POLL) {
            // A stopped scan still returns what it had; that partial result is not wanted.
            Ok(_) if token.is_cancelled() => return Err(cancelled(kind)),
            Ok(value) => return Ok(value),
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => {
                return Err(Error::new(ErrorCode::Internal, "worker stopped")
                    .with("detail", format!("{} stopped unexpectedly", kind.as_str())))
            }
        }
    }
}

/// The running job of each kind, so that a cancel request finds the one to stop.
#[derive(Debug, Default)]
pub struct RunningJobs {
    running: Mutex<HashMap<JobKind, (u64, CancelToken)>>,
    next_id: AtomicU64,
}

impl RunningJobs {
    /// Registers a new job of `kind`; an earlier one of the same kind is cancelled, since its
    /// screen has started over. The registration ends when the returned guard is dropped.
    pub fn start(&self, kind: JobKind) -> RunningJob<'_> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let token = CancelToken::new();
        let earlier = self
            .lock()
            .insert(kind, (id, token.clone()))
            .map(|(_, token)| token);
        if let Some(earlier) = earlier {
            earlier.cancel();
        }
        RunningJob {
            jobs: self,
            kind,
            id,
            token,
        }
    }

    /// Cancels the running job of `kind`; false when none was running.
    pub fn cancel(&self, kind: JobKind) -> bool {
        match self.lock().get(&kind) {
            Some((_, token)) => {
                token.cancel();
                true
            }
            None => false,
        }
    }

    pub fn is_running(&self, kind: JobKind) -> bool {
        self.lock().contains_key(&kind)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<JobKind, (u64, CancelToken)>> {
        // The map holds no invariant a panic could break.
        self.running.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A registered job; dropping it unregisters it.
pub struct RunningJob<'a> {
    jobs: &'a RunningJobs,
    kind: JobKind,
    id: u64,
    token: CancelToken,
}

impl RunningJob<'_> {
    pub fn token(&self) -> &CancelToken {
        &self.token
    }
}

impl Drop for RunningJob<'_> {
    fn drop(&mut self) {
        let mut running = self.jobs.lock();
        if running
            .get(&self.kind)
            .is_some_and(|(id, _)| *id == self.id)
        {
            running.remove(&self.kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn kinds_parse_and_unknown_kind_is_refused() {
        for kind in JobKind::ALL {
            assert_eq!(JobKind::parse(kind.as_str()).unwrap(), kind);
            // The name the UI sends is the name the generated type has.
            assert_eq!(
                serde_json::to_string(&kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
        let err = JobKind::parse("format_disk").unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidArgument);
        assert_eq!(err.details["field"], "job");
    }

    #[test]
    fn finished_work_returns_its_value() {
        let token = CancelToken::new();
        assert_eq!(
            run_until_cancelled(JobKind::Scan, &token, || 6 * 7).unwrap(),
            42
        );
    }

    #[test]
    fn cancel_returns_at_once_while_the_work_is_still_busy() {
        let jobs = RunningJobs::default();
        let job = jobs.start(JobKind::DomainCheck);
        let token = job.token().clone();
        std::thread::spawn({
            let cancel_later = token.clone();
            move || {
                std::thread::sleep(Duration::from_millis(100));
                cancel_later.cancel();
            }
        });
        let started = Instant::now();
        let err = run_until_cancelled(JobKind::DomainCheck, &token, || {
            std::thread::sleep(Duration::from_secs(30));
        })
        .unwrap_err();
        assert_eq!(err.code, ErrorCode::Cancelled);
        assert_eq!(err.details["job"], "domain_check");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn cancel_finds_the_running_job_by_kind_and_forgets_it_when_done() {
        let jobs = RunningJobs::default();
        assert!(!jobs.cancel(JobKind::Upload), "nothing is running yet");
        {
            let job = jobs.start(JobKind::Upload);
            assert!(jobs.is_running(JobKind::Upload));
            assert!(!jobs.is_running(JobKind::Scan));
            assert!(jobs.cancel(JobKind::Upload));
            assert!(job.token().is_cancelled());
        }
        assert!(!jobs.is_running(JobKind::Upload));
        assert!(!jobs.cancel(JobKind::Upload));
    }

    #[test]
    fn a_new_job_of_the_same_kind_cancels_the_earlier_one_and_outlives_its_guard() {
        let jobs = RunningJobs::default();
        let first = jobs.start(JobKind::Scan);
        let second = jobs.start(JobKind::Scan);
        assert!(first.token().is_cancelled());
        assert!(!second.token().is_cancelled());
        drop(first);
        assert!(
            jobs.is_running(JobKind::Scan),
            "the second job is still registered"
        );
        assert!(jobs.cancel(JobKind::Scan));
        assert!(second.token().is_cancelled());
    }
}
