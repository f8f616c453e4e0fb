// Generated from the #[tauri::command] functions in src-tauri/src/commands/*.rs by
// `cargo test -p coverready-contract`. Do not edit: change the Rust function instead.
import type { AnswerInput, AppInfo, Assessment, ChainStatus, ChecklistItem, ConsentPreview, ContentStatus, ContentUpdate, DomainEvent, DomainReport, EntryView, IncidentView, Language, LatestScans, Mode, OrgInput, Organisation, PolicyView, ProbeInfo, ProfileFieldInfo, ReadinessReport, ReconciliationView, ReportFiles, ScanEvent, ScanReport, ScanResult, Settings, SubmissionStatusRow, UiReadyReport } from "./index";

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
   * As [`prepare_submission`], for an incident's claim pack: a fresh pack is made from the log as
   * it stands and packaged; nothing is sent. Confirmed with `confirm_submission`.
   */
  prepareClaimSubmission(incidentId: number, destination: string, share: Array<string>): Promise<ConsentPreview>;
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
   * The content in use, each dataset's review-by date and how overdue it is, the update settings.
   */
  contentStatus(): Promise<ContentStatus>;
  /**
   * The weekly platform check on or off, and the platform's address.
   */
  setContentSettings(weeklyCheck: boolean, sourceUrl: string | null): Promise<ContentStatus>;
  /**
   * Asks for a `.coverready-content` file in the system's open dialog and installs it after
   * every check. `None` when the owner cancelled.
   */
  installContentFile(): Promise<ContentUpdate | null>;
  /**
   * Asks the platform for its newest pack (the address given, else the one in the settings)
   * and installs it when newer. Cancelled with `cancel_job("download")`.
   */
  updateContentFromPlatform(sourceUrl: string | null): Promise<ContentUpdate>;
  /**
   * The organisation's policy with the cover it lacks and the renewal reminder due now.
   */
  policyView(orgId: number): Promise<PolicyView>;
  /**
   * Applies `KEY=VALUE` assignments to the policy, all or nothing (`KEY=` clears one).
   */
  setPolicy(orgId: number, assignments: Array<string>): Promise<PolicyView>;
  /**
   * Every organisation whose renewal reminder is due now (shown on start).
   */
  dueRenewals(): Promise<Array<PolicyView>>;
  /**
   * The organisation's incidents, oldest first.
   */
  listIncidents(orgId: number): Promise<Array<IncidentView>>;
  /**
   * Starts an incident of `kind` discovered at `discovered` (RFC 3339; `None`: now).
   */
  startIncident(orgId: number, kind: string, discovered: string | null): Promise<IncidentView>;
  /**
   * An incident now: steps with their ticks, deadlines with the hours left, who to call, the log.
   */
  incidentView(id: number): Promise<IncidentView>;
  /**
   * Ticks a step as done now (a log entry).
   */
  tickIncidentStep(id: number, step: string): Promise<EntryView>;
  /**
   * Adds a text entry to the log, now.
   */
  addIncidentNote(id: number, text: string): Promise<EntryView>;
  /**
   * Asks for an evidence file in the system's open dialog, then adds the entry with it (the file
   * copied into the data folder with its SHA-256). `None` when the owner cancelled.
   */
  addIncidentEvidence(id: number, text: string): Promise<EntryView | null>;
  /**
   * Checks that the incident's log has not been edited, deleted or reordered.
   */
  verifyIncident(id: number): Promise<ChainStatus>;
  /**
   * Writes the claim pack (PDF and JSON twin) into the incident's folder in the data folder.
   */
  makeClaimPack(id: number): Promise<ReportFiles>;
  /**
   * Opens one of the app's claim packs in the system's PDF viewer.
   */
  openClaimPack(path: string): Promise<null>;
  /**
   * Asks where to save a copy of a claim pack (native dialog), then copies the PDF and its JSON
   * twin there. `None` when the owner cancelled.
   */
  saveClaimPackAs(path: string): Promise<string | null>;
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
    prepareClaimSubmission: (incidentId, destination, share) => call("prepare_claim_submission", { incidentId, destination, share }),
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
    contentStatus: () => call("content_status"),
    setContentSettings: (weeklyCheck, sourceUrl) => call("set_content_settings", { weeklyCheck, sourceUrl }),
    installContentFile: () => call("install_content_file"),
    updateContentFromPlatform: (sourceUrl) => call("update_content_from_platform", { sourceUrl }),
    policyView: (orgId) => call("policy_view", { orgId }),
    setPolicy: (orgId, assignments) => call("set_policy", { orgId, assignments }),
    dueRenewals: () => call("due_renewals"),
    listIncidents: (orgId) => call("list_incidents", { orgId }),
    startIncident: (orgId, kind, discovered) => call("start_incident", { orgId, kind, discovered }),
    incidentView: (id) => call("incident_view", { id }),
    tickIncidentStep: (id, step) => call("tick_incident_step", { id, step }),
    addIncidentNote: (id, text) => call("add_incident_note", { id, text }),
    addIncidentEvidence: (id, text) => call("add_incident_evidence", { id, text }),
    verifyIncident: (id) => call("verify_incident", { id }),
    makeClaimPack: (id) => call("make_claim_pack", { id }),
    openClaimPack: (path) => call("open_claim_pack", { path }),
    saveClaimPackAs: (path) => call("save_claim_pack_as", { path }),
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
  "prepare_claim_submission",
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
  "content_status",
  "set_content_settings",
  "install_content_file",
  "update_content_from_platform",
  "policy_view",
  "set_policy",
  "due_renewals",
  "list_incidents",
  "start_incident",
  "incident_view",
  "tick_incident_step",
  "add_incident_note",
  "add_incident_evidence",
  "verify_incident",
  "make_claim_pack",
  "open_claim_pack",
  "save_claim_pack_as",
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
