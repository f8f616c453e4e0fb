use coverready_core::{
    check_and_record_domain, probe_catalogue as catalogue, scan_and_record, Error, JobKind,
    LatestScans, ProbeInfo, ReconciliationView, ScanResult,
};
use coverready_domain::{DomainEvent, DomainReport};
use coverready_scan::{ScanEvent, ScanReport};
use tauri::ipc::Channel;
use tauri::State;

use crate::state::AppState;

/// What the local scan checks (titles and help are Fluent keys).
#[tauri::command]
pub fn probe_catalogue() -> Vec<ProbeInfo> {
    catalogue()
}

/// Runs on a worker thread; the store is locked only to keep the result. `cancel_job("scan")`
/// stops it and nothing is kept.
#[tauri::command(async)]
pub fn run_scan(
    state: State<'_, AppState>,
    org_id: i64,
    on_event: Channel<ScanEvent>,
) -> Result<ScanResult<ScanReport>, Error> {
    let job = state.jobs.start(JobKind::Scan);
    scan_and_record(
        state.shared_workspace(),
        org_id,
        move |event| drop(on_event.send(event)),
        job.token(),
    )
}

/// Only when the owner typed a domain and asked: the one place besides an upload where the
/// app uses the network.
#[tauri::command(async)]
pub fn domain_check(
    state: State<'_, AppState>,
    org_id: i64,
    domain: String,
    on_event: Channel<DomainEvent>,
) -> Result<ScanResult<DomainReport>, Error> {
    let job = state.jobs.start(JobKind::DomainCheck);
    check_and_record_domain(
        state.shared_workspace(),
        org_id,
        &domain,
        move |event| drop(on_event.send(event)),
        job.token(),
    )
}

#[tauri::command]
pub fn latest_scans(state: State<'_, AppState>, org_id: i64) -> Result<LatestScans, Error> {
    state.workspace()?.latest_scans(org_id)
}

/// Keep (or stop keeping) an answer a scan contradicts.
#[tauri::command]
pub fn keep_answer(
    state: State<'_, AppState>,
    org_id: i64,
    question: String,
    keep: bool,
) -> Result<ReconciliationView, Error> {
    state.workspace()?.keep_answer(org_id, &question, keep)
}
