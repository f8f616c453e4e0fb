// Generated from the #[tauri::command] functions in src-tauri/src/commands/*.rs by
// `cargo test -p coverready-contract`. Do not edit: change the Rust function instead.
import type { AnswerInput, AppInfo, Assessment, ChecklistItem, ConsentPreview, DomainEvent, DomainReport, Language, LatestScans, Mode, OrgInput, Organisation, ProbeInfo, ProfileFieldInfo, ReadinessReport, ReconciliationView, ReportFiles, ScanEvent, ScanReport, ScanResult, Settings, SubmissionStatusRow, UiReadyReport } from "./index";

/** The back end as the screens see it: every command of the shell, one method each. */
export interface Api {
  /**
   * The workspace as it is now; a store that could not be opened is tried again first.
   */
  appInfo(): Promise<AppInfo>;
  setLanguage(language: Language): Promise<Settings>;
  updateSettings(settings: Settings): Promise<Settings>;
  recoverStore(): Promise<AppInfo>;
  /**
   * Called by the UI once a screen has rendered. In self-test mode this ends the run with the
   * report on stdout, which is how CI proves the front end came up against the real store.
   */
  uiReady(report: UiReadyReport): Promise<null>;
  /**
   * Builds the signed package and looks up the destination; nothing is sent. Cancelled with
   * `cancel_job("upload")`, like the sending steps.
   */
  prepareSubmission(orgId: number, destination: string, share: Array<string>): Promise<ConsentPreview>;
  /**
   * Sends the package only when the owner confirms it in a native dialog that Rust words from
   * the package it holds: ticking "I agree" in the page is not enough, so script in a
   * compromised page cannot send anything anywhere. `None` when the owner said no there.
   */
  confirmSubmission(token: string): Promise<Array<SubmissionStatusRow> | null>;
  submissions(orgId: number | null): Promise<Array<SubmissionStatusRow>>;
  flushSubmissions(): Promise<Array<SubmissionStatusRow>>;
  withdrawSubmission(id: number): Promise<SubmissionStatusRow>;
  /**
   * The questions that apply to the organisation, in asking order.
   */
  checklist(orgId: number, mode: Mode): Promise<Array<ChecklistItem>>;
  currentAssessment(orgId: number): Promise<Assessment | null>;
  /**
   * A new assessment, starting from a copy of the previous answers.
   */
  startAssessment(orgId: number, mode: Mode): Promise<Assessment>;
  /**
   * The current assessment, created if none; switches mode when one is given.
   */
  ensureAssessment(orgId: number, mode: Mode | null): Promise<Assessment>;
  /**
   * All or nothing.
   */
  saveAnswers(orgId: number, answers: Array<AnswerInput>): Promise<Assessment>;
  readiness(orgId: number): Promise<ReadinessReport>;
  setActionDone(orgId: number, question: string, done: boolean): Promise<ReadinessReport>;
  /**
   * Stops the running scan, domain check or upload; false when none of that kind was running.
   */
  cancelJob(job: string): Promise<boolean>;
  listOrgs(): Promise<Array<Organisation>>;
  createOrg(input: OrgInput): Promise<Organisation>;
  /**
   * Replaces the whole profile: send the full, merged profile.
   */
  updateOrg(id: number, input: OrgInput): Promise<Organisation>;
  deleteOrg(id: number): Promise<null>;
  profileFields(): Promise<Array<ProfileFieldInfo>>;
  generateReport(orgId: number): Promise<ReportFiles>;
  /**
   * Opens one of the app's own reports in the system's PDF viewer.
   */
  openReport(path: string): Promise<null>;
  /**
   * Shows the data folder in the system's file manager (for a backup copy).
   */
  openDataFolder(): Promise<null>;
  /**
   * Asks where to save a copy (the native dialog runs in Rust; the webview never names a path
   * to write), then copies the PDF and its JSON twin there. `None` when the owner cancelled.
   */
  saveReportAs(path: string): Promise<string | null>;
  /**
   * What the local scan checks (titles and help are Fluent keys).
   */
  probeCatalogue(): Promise<Array<ProbeInfo>>;
  /**
   * Runs on a worker thread; the store is locked only to keep the result. `cancel_job("scan")`
   * stops it and nothing is kept.
   */
  runScan(orgId: number, onEvent: (e: ScanEvent) => void): Promise<ScanResult<ScanReport>>;
  /**
   * Only when the owner typed a domain and asked: the one place besides an upload where the
   * app uses the network.
   */
  domainCheck(orgId: number, domain: string, onEvent: (e: DomainEvent) => void): Promise<ScanResult<DomainReport>>;
  latestScans(orgId: number): Promise<LatestScans>;
  /**
   * Keep (or stop keeping) an answer a scan contradicts.
   */
  keepAnswer(orgId: number, question: string, keep: boolean): Promise<ReconciliationView>;
  /**
   * Ends a workshop session: the in-memory store is dropped for a fresh one and the webview's
   * browsing data is cleared; the window then starts again at the welcome screen.
   */
  finishWorkshop(): Promise<AppInfo>;
  /**
   * Creates an organisation from a workshop's answer code ("Continue from a workshop").
   */
  importAnswerCode(code: string): Promise<Organisation>;
  /**
   * "Save or print my results": asks where (the native dialog runs in Rust), then writes the
   * one-page takeaway there and nowhere else. `None` when the attendee cancelled.
   */
  saveTakeaway(orgId: number): Promise<string | null>;
}

/** Sends one command (Tauri's `invoke`, with errors normalised). */
export type Call = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;
/** Wraps a callback as a channel the command streams its events to. */
export type OpenChannel = <T>(onEvent: (e: T) => void) => unknown;

/** The `Api` over Tauri: command names snake_case, argument keys camelCase. */
export function commandsOver(call: Call, channel: OpenChannel): Api {
  return {
    appInfo: () => call("app_info"),
    setLanguage: (language) => call("set_language", { language }),
    updateSettings: (settings) => call("update_settings", { settings }),
    recoverStore: () => call("recover_store"),
    uiReady: (report) => call("ui_ready", { report }),
    prepareSubmission: (orgId, destination, share) => call("prepare_submission", { orgId, destination, share }),
    confirmSubmission: (token) => call("confirm_submission", { token }),
    submissions: (orgId) => call("submissions", { orgId }),
    flushSubmissions: () => call("flush_submissions"),
    withdrawSubmission: (id) => call("withdraw_submission", { id }),
    checklist: (orgId, mode) => call("checklist", { orgId, mode }),
    currentAssessment: (orgId) => call("current_assessment", { orgId }),
    startAssessment: (orgId, mode) => call("start_assessment", { orgId, mode }),
    ensureAssessment: (orgId, mode) => call("ensure_assessment", { orgId, mode }),
    saveAnswers: (orgId, answers) => call("save_answers", { orgId, answers }),
    readiness: (orgId) => call("readiness", { orgId }),
    setActionDone: (orgId, question, done) => call("set_action_done", { orgId, question, done }),
    cancelJob: (job) => call("cancel_job", { job }),
    listOrgs: () => call("list_orgs"),
    createOrg: (input) => call("create_org", { input }),
    updateOrg: (id, input) => call("update_org", { id, input }),
    deleteOrg: (id) => call("delete_org", { id }),
    profileFields: () => call("profile_fields"),
    generateReport: (orgId) => call("generate_report", { orgId }),
    openReport: (path) => call("open_report", { path }),
    openDataFolder: () => call("open_data_folder"),
    saveReportAs: (path) => call("save_report_as", { path }),
    probeCatalogue: () => call("probe_catalogue"),
    runScan: (orgId, onEvent) => call("run_scan", { orgId, onEvent: channel(onEvent) }),
    domainCheck: (orgId, domain, onEvent) => call("domain_check", { orgId, domain, onEvent: channel(onEvent) }),
    latestScans: (orgId) => call("latest_scans", { orgId }),
    keepAnswer: (orgId, question, keep) => call("keep_answer", { orgId, question, keep }),
    finishWorkshop: () => call("finish_workshop"),
    importAnswerCode: (code) => call("import_answer_code", { code }),
    saveTakeaway: (orgId) => call("save_takeaway", { orgId }),
  };
}

/** Every command name, in declaration order. */
export const COMMAND_NAMES = [
  "app_info",
  "set_language",
  "update_settings",
  "recover_store",
  "ui_ready",
  "prepare_submission",
  "confirm_submission",
  "submissions",
  "flush_submissions",
  "withdraw_submission",
  "checklist",
  "current_assessment",
  "start_assessment",
  "ensure_assessment",
  "save_answers",
  "readiness",
  "set_action_done",
  "cancel_job",
  "list_orgs",
  "create_org",
  "update_org",
  "delete_org",
  "profile_fields",
  "generate_report",
  "open_report",
  "open_data_folder",
  "save_report_as",
  "probe_catalogue",
  "run_scan",
  "domain_check",
  "latest_scans",
  "keep_answer",
  "finish_workshop",
  "import_answer_code",
  "save_takeaway",
] as const;
