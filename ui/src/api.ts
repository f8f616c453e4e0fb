// The back end as the screens see it. The real implementation is in ipc.ts
// (Tauri invoke); unit tests inject an in-memory fake.
import type {
  AnswerInput, AppInfo, Assessment, ChecklistItem, ConsentPreview, DomainEvent, Language,
  LatestScans, Mode, OrgInput, Organisation, ProbeInfo, ProfileField, ReadinessReport, ReconciliationView,
  ReportFiles, ScanEvent, ScanResult, Settings, SubmissionStatusRow, UiReadyReport, JobKind,
ScanReport, DomainReport,
} from "./bindings";

export interface Api {
  appInfo(): Promise<AppInfo>;
  setLanguage(language: Language): Promise<Settings>;
  updateSettings(settings: Settings): Promise<Settings>;
  listOrgs(): Promise<Organisation[]>;
  createOrg(input: OrgInput): Promise<Organisation>;
  /** Replaces the whole profile: send the full, merged profile. */
  updateOrg(id: number, input: OrgInput): Promise<Organisation>;
  deleteOrg(id: number): Promise<null>;
  profileFields(): Promise<ProfileField[]>;
  recoverStore(): Promise<AppInfo>;
  uiReady(report: UiReadyReport): Promise<null>;
  /** The questions that apply to the organisation, in asking order. */
  checklist(orgId: number, mode: Mode): Promise<ChecklistItem[]>;
  currentAssessment(orgId: number): Promise<Assessment | null>;
  /** A new assessment, starting from a copy of the previous answers. */
  startAssessment(orgId: number, mode: Mode): Promise<Assessment>;
  /** The current assessment, created if none; switches mode when one is given. */
  ensureAssessment(orgId: number, mode: Mode | null): Promise<Assessment>;
  /** All or nothing. */
  saveAnswers(orgId: number, answers: AnswerInput[]): Promise<Assessment>;
  readiness(orgId: number): Promise<ReadinessReport>;
  setActionDone(orgId: number, question: string, done: boolean): Promise<ReadinessReport>;

  /** What the local scan checks (titles and help are Fluent keys). */
  probeCatalogue(): Promise<ProbeInfo[]>;
  /** Read-only scan of this computer; `onEvent` gets per-probe progress. */
  runScan(orgId: number, onEvent: (e: ScanEvent) => void): Promise<ScanResult<ScanReport>>;
  /** Outside-in checks of the firm's domain (network; only when the owner asks). */
  domainCheck(orgId: number, domain: string, onEvent: (e: DomainEvent) => void): Promise<ScanResult<DomainReport>>;
  latestScans(orgId: number): Promise<LatestScans>;
  /** Keep (or stop keeping) an answer a scan contradicts. */
  keepAnswer(orgId: number, question: string, keep: boolean): Promise<ReconciliationView>;
  generateReport(orgId: number): Promise<ReportFiles>;
  openReport(path: string): Promise<null>;
  /** The saved path, or null when the owner cancelled the save dialog. */
  saveReportAs(path: string): Promise<string | null>;
  prepareSubmission(orgId: number, destination: string, share: string[]): Promise<ConsentPreview>;
  confirmSubmission(token: string): Promise<SubmissionStatusRow[]>;
  submissions(orgId: number): Promise<SubmissionStatusRow[]>;
  flushSubmissions(): Promise<SubmissionStatusRow[]>;
  withdrawSubmission(id: number): Promise<SubmissionStatusRow>;
  /** Stops the running scan, domain check or upload (false: none was running). The stopped
   * call rejects with code `cancelled`; a stopped upload stays queued. */
  cancelJob(job: JobKind): Promise<boolean>;
  /** Shows the data folder in the system's file manager. */
  openDataFolder(): Promise<null>;
}
