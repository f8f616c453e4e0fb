// The ONLY module that talks to Tauri. Command names are snake_case, argument
// keys camelCase (Tauri 2 convention). Every rejection is normalised to
// IpcError before it reaches the screens.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { Api } from "./api";
import type {
  AnswerInput, AppInfo, Assessment, ChecklistItem, ConsentPreview, DomainEvent, Language,
  LatestScans, Mode, OrgInput, Organisation, ProbeInfo, ProfileField, ReadinessReport, ReconciliationView,
  ReportFiles, ScanEvent, ScanResult, Settings, SubmissionStatusRow, UiReadyReport, JobKind,
ScanReport, DomainReport,
} from "./bindings";
import { toIpcError } from "./errors";

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

export const appInfo = (): Promise<AppInfo> => call("app_info");
export const setLanguage = (language: Language): Promise<Settings> =>
  call("set_language", { language });
export const updateSettings = (settings: Settings): Promise<Settings> =>
  call("update_settings", { settings });
export const listOrgs = (): Promise<Organisation[]> => call("list_orgs");
export const createOrg = (input: OrgInput): Promise<Organisation> =>
  call("create_org", { input });
export const updateOrg = (id: number, input: OrgInput): Promise<Organisation> =>
  call("update_org", { id, input });
export const deleteOrg = (id: number): Promise<null> => call("delete_org", { id });
export const profileFields = (): Promise<ProfileField[]> => call("profile_fields");
export const recoverStore = (): Promise<AppInfo> => call("recover_store");
export const uiReady = (report: UiReadyReport): Promise<null> =>
  call("ui_ready", { report });
export const checklist = (orgId: number, mode: Mode): Promise<ChecklistItem[]> =>
  call("checklist", { orgId, mode });
export const currentAssessment = (orgId: number): Promise<Assessment | null> =>
  call("current_assessment", { orgId });
export const startAssessment = (orgId: number, mode: Mode): Promise<Assessment> =>
  call("start_assessment", { orgId, mode });
export const ensureAssessment = (orgId: number, mode: Mode | null): Promise<Assessment> =>
  call("ensure_assessment", { orgId, mode });
export const saveAnswers = (orgId: number, answers: AnswerInput[]): Promise<Assessment> =>
  call("save_answers", { orgId, answers });
export const readiness = (orgId: number): Promise<ReadinessReport> => call("readiness", { orgId });
export const setActionDone = (orgId: number, question: string, done: boolean): Promise<ReadinessReport> =>
  call("set_action_done", { orgId, question, done });

/** A Tauri channel delivering each message to `onEvent` (progress streams). */
function channel<T>(onEvent: (e: T) => void): Channel<T> {
  const ch = new Channel<T>();
  ch.onmessage = onEvent;
  return ch;
}

export const probeCatalogue = (): Promise<ProbeInfo[]> => call("probe_catalogue");
export const runScan = (orgId: number, onEvent: (e: ScanEvent) => void): Promise<ScanResult<ScanReport>> =>
  call("run_scan", { orgId, onEvent: channel(onEvent) });
export const domainCheck = (orgId: number, domain: string, onEvent: (e: DomainEvent) => void): Promise<ScanResult<DomainReport>> =>
  call("domain_check", { orgId, domain, onEvent: channel(onEvent) });
export const latestScans = (orgId: number): Promise<LatestScans> => call("latest_scans", { orgId });
export const keepAnswer = (orgId: number, question: string, keep: boolean): Promise<ReconciliationView> =>
  call("keep_answer", { orgId, question, keep });
export const generateReport = (orgId: number): Promise<ReportFiles> => call("generate_report", { orgId });
export const openReport = (path: string): Promise<null> => call("open_report", { path });
export const saveReportAs = (path: string): Promise<string | null> => call("save_report_as", { path });
export const prepareSubmission = (orgId: number, destination: string, share: string[]): Promise<ConsentPreview> =>
  call("prepare_submission", { orgId, destination, share });
export const confirmSubmission = (token: string): Promise<SubmissionStatusRow[]> =>
  call("confirm_submission", { token });
export const submissions = (orgId: number): Promise<SubmissionStatusRow[]> => call("submissions", { orgId });
export const flushSubmissions = (): Promise<SubmissionStatusRow[]> => call("flush_submissions");
export const withdrawSubmission = (id: number): Promise<SubmissionStatusRow> => call("withdraw_submission", { id });
export const cancelJob = (job: JobKind): Promise<boolean> => call("cancel_job", { job });
export const openDataFolder = (): Promise<null> => call("open_data_folder");

export const tauriApi: Api = {
  appInfo, setLanguage, updateSettings, listOrgs, createOrg, updateOrg, deleteOrg,
  profileFields, recoverStore, uiReady, checklist, currentAssessment, startAssessment,
  ensureAssessment, saveAnswers, readiness, setActionDone, probeCatalogue, runScan, domainCheck,
  latestScans, keepAnswer, generateReport, openReport, saveReportAs, prepareSubmission, confirmSubmission,
  submissions, flushSubmissions, withdrawSubmission, cancelJob, openDataFolder,
};
