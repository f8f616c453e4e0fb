// The UI tests' back end. Everything the engine decides — checklists, answers, scores, plans,
// next steps, reconciliation, risk, reports, validation, damaged stores — is answered by the
// real engine: the coverready-ui-harness process runs the shell's own command bodies over a
// fresh workspace per FakeBackend (see src-tauri/crates/contract/src/harness.rs). What stays
// here is what only a desktop can do (the PDF viewer, the save dialog, the owner's answer in
// the native "send?" window) and the test's own controls: recorded calls, failures on demand,
// jobs held until stopped. Uploads go, through the engine, to a real intake server on loopback.
// Never imported by main.ts, so never in the production bundle.
import type { Api } from "./api";
import type {
  AppInfo, AnswerInput, AnswerValue, Assessment, ChecklistItem, ConsentPreview, ContentStatus, ContentUpdate,
  DomainEvent, DomainFinding,
  DomainReport, Finding, IpcError, JobKind, Language, LatestScans, Mode, OrgInput, Organisation,
  ProbeInfo, ProfileField, ReadinessReport, ReconciliationView, ReportFiles, ScanEvent, ScanReport, ScanResult,
  Settings, StoreStatus, SubmissionStatusRow, UiReadyReport, WorkshopSettings,
} from "./bindings";
import type { ChainStatus, EntryView, IncidentView, PolicyView } from "./bindings";
import SCAN_FIXTURE from "./replay/scan-findings.json";

/** How the test back end reaches the engine harness: Node (harness/engine.mjs) or the a11y page. */
export type EngineCall = (session: number | null, cmd: string, args?: Record<string, unknown>) => Promise<unknown>;
let engineCall: EngineCall | null = null;
/** Set once per test process (test-support.ts, a11y/stub.ts). */
export function useEngine(call: EngineCall): void { engineCall = call; }

/** What the fixture scan "finds" on this computer (ui/src/replay/scan-findings.json). */
export const SCAN_FINDINGS: Finding[] = SCAN_FIXTURE.local.findings as unknown as Finding[];
/** What the fixture domain check "finds". */
export const DOMAIN_FINDINGS: DomainFinding[] = SCAN_FIXTURE.domain.findings as unknown as DomainFinding[];

const err = (code: string, message: string, details?: Record<string, string>): IpcError =>
  details ? { code, message, details } : { code, message };

/** The UI's test back end: the real engine for everything it decides, recording every call. */
export class FakeBackend implements Api {
  calls: { cmd: string; args?: unknown }[] = [];
  readyReports: UiReadyReport[] = [];
  /** Make the next call of this command fail with this error. */
  failNext: Record<string, IpcError> = {};
  private readonly link: EngineCall;
  private readonly session: Promise<number>;
  /** Setup the test asked for (organisations, answers, settings), in order, before any call. */
  private setup: Promise<unknown>;

  constructor(init?: { language?: Language; store?: StoreStatus["status"]; orgs?: string[] }) {
    if (!engineCall) throw new Error("FakeBackend: call useEngine() first (test-support.ts does)");
    this.link = engineCall;
    this.session = this.link(null, "__open", { language: init?.language ?? "zh-CN", store: init?.store ?? "ok" }) as Promise<number>;
    this.setup = this.session;
    for (const name of init?.orgs ?? []) this.then("create_org", { input: { name, profile: {} } });
  }

  private then(cmd: string, args: Record<string, unknown> = {}): void {
    this.setup = this.setup.then(() => this.raw(cmd, args));
  }

  private async raw<T>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
    return (await this.link(await this.session, cmd, args)) as T;
  }

  /** A call as the window makes it: recorded, failed on demand, else answered by the engine. */
  private async call<T>(cmd: string, args?: Record<string, unknown>, local?: () => T | Promise<T>): Promise<T> {
    this.calls.push(args === undefined ? { cmd } : { cmd, args });
    await this.setup;
    const f = this.failNext[cmd];
    if (f) { delete this.failNext[cmd]; throw f; }
    if (local) return structuredClone(await local());
    return this.raw<T>(cmd, args);
  }

  cmds(): string[] { return this.calls.map((c) => c.cmd); }

  /** Test setup: these answers in the current assessment (started in `mode` if none). */
  seedAnswers(orgId: number, answers: Record<string, AnswerValue>, mode: Mode = "full"): void {
    this.then("ensure_assessment", { orgId, mode });
    const inputs: AnswerInput[] = Object.entries(answers).map(([question, value]) => ({ question, value, note: null }));
    if (inputs.length) this.then("save_answers", { orgId, answers: inputs });
  }
  /** Test setup: replace an organisation's profile. */
  setProfile(orgId: number, profile: OrgInput["profile"]): void {
    this.setup = this.setup.then(async () => {
      const org = (await this.raw<Organisation[]>("list_orgs")).find((o) => o.id === orgId);
      if (!org) throw new Error(`setProfile: no organisation ${orgId}`);
      await this.raw("update_org", { id: orgId, input: { name: org.name, profile } });
    });
  }
  /** Test setup: saved settings. */
  seedSettings(settings: Settings): void { this.then("update_settings", { settings }); }
  /** Test setup: the owner removes what blocked the data folder (store "unavailable"). */
  unblockDataDir(): Promise<void> { return this.raw("__unblock_data_dir"); }
  /** What the engine holds now, asked without recording a call (for a test's expectations). */
  async peek<T>(cmd: "app_info" | "list_orgs" | "current_assessment" | "readiness" | "latest_scans", args: Record<string, unknown> = {}): Promise<T> {
    await this.setup;
    return this.raw<T>(cmd, args);
  }
  /** Waits for the setup the test asked for. */
  async ready(): Promise<void> { await this.setup; }

  appInfo(): Promise<AppInfo> { return this.call("app_info"); }
  setLanguage(language: Language): Promise<Settings> { return this.call("set_language", { language }); }
  updateSettings(settings: Settings): Promise<Settings> { return this.call("update_settings", { settings }); }
  listOrgs(): Promise<Organisation[]> { return this.call("list_orgs"); }
  createOrg(input: OrgInput): Promise<Organisation> { return this.call("create_org", { input }); }
  updateOrg(id: number, input: OrgInput): Promise<Organisation> { return this.call("update_org", { id, input }); }
  deleteOrg(id: number): Promise<null> { return this.call("delete_org", { id }); }
  profileFields(): Promise<ProfileField[]> { return this.call("profile_fields"); }
  recoverStore(): Promise<AppInfo> { return this.call("recover_store"); }
  checklist(orgId: number, mode: Mode): Promise<ChecklistItem[]> { return this.call("checklist", { orgId, mode }); }
  currentAssessment(orgId: number): Promise<Assessment | null> { return this.call("current_assessment", { orgId }); }
  startAssessment(orgId: number, mode: Mode): Promise<Assessment> { return this.call("start_assessment", { orgId, mode }); }
  ensureAssessment(orgId: number, mode: Mode | null): Promise<Assessment> { return this.call("ensure_assessment", { orgId, mode }); }
  saveAnswers(orgId: number, answers: AnswerInput[]): Promise<Assessment> { return this.call("save_answers", { orgId, answers }); }
  readiness(orgId: number): Promise<ReadinessReport> { return this.call("readiness", { orgId }); }
  setActionDone(orgId: number, question: string, done: boolean): Promise<ReadinessReport> {
    return this.call("set_action_done", { orgId, question, done });
  }
  probeCatalogue(): Promise<ProbeInfo[]> { return this.call("probe_catalogue"); }
  latestScans(orgId: number): Promise<LatestScans> { return this.call("latest_scans", { orgId }); }
  keepAnswer(orgId: number, question: string, keep: boolean): Promise<ReconciliationView> {
    return this.call("keep_answer", { orgId, question, keep });
  }
  async generateReport(orgId: number): Promise<ReportFiles> {
    const files = await this.call<ReportFiles>("generate_report", { orgId });
    this.reports.set(orgId, files);
    return files;
  }
  // ───────── after cover: the engine's policy and incident commands ─────────
  policyView(orgId: number): Promise<PolicyView> { return this.call("policy_view", { orgId }); }
  setPolicy(orgId: number, assignments: string[]): Promise<PolicyView> { return this.call("set_policy", { orgId, assignments }); }
  dueRenewals(): Promise<PolicyView[]> { return this.call("due_renewals"); }
  listIncidents(orgId: number): Promise<IncidentView[]> { return this.call("list_incidents", { orgId }); }
  startIncident(orgId: number, kind: string, discovered: string | null): Promise<IncidentView> {
    return this.call("start_incident", { orgId, kind, discovered });
  }
  incidentView(id: number): Promise<IncidentView> { return this.call("incident_view", { id }); }
  tickIncidentStep(id: number, step: string): Promise<EntryView> { return this.call("tick_incident_step", { id, step }); }
  addIncidentNote(id: number, text: string): Promise<EntryView> { return this.call("add_incident_note", { id, text }); }
  verifyIncident(id: number): Promise<ChainStatus> { return this.call("verify_incident", { id }); }
  makeClaimPack(id: number): Promise<ReportFiles> { return this.call("make_claim_pack", { id }); }
  uiReady(report: UiReadyReport): Promise<null> {
    return this.call("ui_ready", { report }, () => { this.readyReports.push(report); return null; });
  }

  // ───────── jobs the test holds and stops ─────────
  /** Scans, domain checks and uploads wait at each step until `holdScan` is called. */
  hold = false;
  /** Resolves the held step (null: nothing held). */
  holdScan: (() => void) | null = null;
  private gate(): Promise<void> {
    return new Promise((resolve) => { this.holdScan = () => { this.holdScan = null; resolve(); }; });
  }
  /** Jobs the UI asked to stop: the running job rejects with `cancelled` at its next step. */
  private stopRequested = new Set<string>();
  private stopIfAsked(job: JobKind): void {
    if (this.stopRequested.delete(job)) throw err("cancelled", `${job} cancelled`, { job });
  }
  cancelJob(job: JobKind): Promise<boolean> {
    return this.call("cancel_job", { job }, () => {
      this.stopRequested.add(job);
      this.holdScan?.();
      return true;
    });
  }

  /** Progress from the fixture's findings, then the engine records the fixture scan. */
  async runScan(orgId: number, onEvent: (e: ScanEvent) => void): Promise<ScanResult<ScanReport>> {
    const catalogue = await this.call<ProbeInfo[]>("run_scan", { orgId }, () => this.raw<ProbeInfo[]>("probe_catalogue"));
    for (const finding of SCAN_FINDINGS) {
      onEvent({ event: "started", probe: finding.probe });
      await Promise.resolve();
      if (this.hold) await this.gate();
      this.stopIfAsked("scan");
      const questions = catalogue.find((p) => p.id === finding.probe)?.questions ?? [];
      onEvent({ event: "finished", finding: { ...structuredClone(finding), questions } });
    }
    return this.raw("run_scan", { orgId });
  }

  /** The engine checks what was typed first, as the real check does; findings are the fixture's. */
  async domainCheck(orgId: number, domain: string, onEvent: (e: DomainEvent) => void): Promise<ScanResult<DomainReport>> {
    await this.call<unknown>("domain_check", { orgId, domain }, () => this.raw<unknown>("__validate_domain", { domain }));
    for (const finding of DOMAIN_FINDINGS) {
      onEvent({ event: "started", check: finding.check });
      await Promise.resolve();
      if (this.hold) await this.gate();
      this.stopIfAsked("domain_check");
      onEvent({ event: "finished", finding: structuredClone(finding) });
    }
    return this.raw("domain_check", { orgId, domain });
  }

  // ───────── the desktop (not the engine's) ─────────
  reports = new Map<number, ReportFiles>();
  /** What save_report_as answers (null: the owner cancelled the dialog). */
  saveAsResult: string | null = "/home/owner/Documents/report.pdf";

  openReport(path: string): Promise<null> { return this.call("open_report", { path }, () => null); }
  openDataFolder(): Promise<null> { return this.call("open_data_folder", undefined, () => null); }
  saveReportAs(path: string): Promise<string | null> { return this.call("save_report_as", { path }, () => this.saveAsResult); }
  /** The takeaway's save dialog (desktop): answers `saveAsResult`; the page itself is not written. */
  saveTakeaway(orgId: number): Promise<string | null> { return this.call("save_takeaway", { orgId }, () => this.saveAsResult); }

  // ───────── workshops ─────────
  finishWorkshop(): Promise<AppInfo> { return this.call("finish_workshop"); }
  importAnswerCode(code: string): Promise<Organisation> { return this.call("import_answer_code", { code }); }
  /** The answer code the engine writes for an organisation (what its takeaway page prints). */
  answerCode(orgId: number): Promise<string> { return this.setup.then(() => this.raw<string>("__answer_code", { orgId })); }
  /** Test setup: the app as started with `--workshop` (an in-memory store; these settings). */
  workshop(settings: Partial<WorkshopSettings> = {}, orgs: string[] = []): void {
    this.then("__workshop", { settings: { language: null, idle_minutes: 10, warning_seconds: 60, ...settings } });
    for (const name of orgs) this.then("create_org", { input: { name, profile: {} } });
  }

  /** What the evidence file dialog answers: a file (the engine keeps the entry's text; the test
   * harness cannot copy a file the window never names), or null when the owner cancelled. */
  pickEvidence: string | null = "evidence.png";
  addIncidentEvidence(id: number, text: string): Promise<EntryView | null> {
    return this.call("add_incident_evidence", { id, text }, () =>
      this.pickEvidence === null ? null : this.raw<EntryView>("add_incident_note", { id, text }));
  }
  // ───────── content updates ─────────
  contentStatus(): Promise<ContentStatus> { return this.call("content_status"); }
  setContentSettings(weeklyCheck: boolean, sourceUrl: string | null): Promise<ContentStatus> {
    return this.call("set_content_settings", { weeklyCheck, sourceUrl });
  }
  /** The open dialog (desktop): the owner cancels it here; installing a file is the engine's,
   * tested through the command line and the end-to-end run. */
  installContentFile(): Promise<ContentUpdate | null> { return this.call("install_content_file", undefined, () => null); }
  updateContentFromPlatform(sourceUrl: string | null): Promise<ContentUpdate> {
    return this.call("update_content_from_platform", { sourceUrl });
  }
  openClaimPack(path: string): Promise<null> { return this.call("open_claim_pack", { path }, () => null); }
  saveClaimPackAs(path: string): Promise<string | null> { return this.call("save_claim_pack_as", { path }, () => this.saveAsResult); }

  // ───────── uploads: the engine sends, to the session's own platform ─────────
  /** What the owner answers in the app's native "send?" window (Rust asks it, not the page). */
  nativeConsent = true;
  /** Every preview the engine answered, in order (for a test's expectations). */
  previews: ConsentPreview[] = [];

  /**
   * Test setup: the session's platform, a real intake server on 127.0.0.1 (over TLS with a test
   * certificate authority, or plain HTTP with `plain`), answering the next uploads with `faults`
   * instead of handling them. Resolves to the address an owner would type.
   */
  platform(options: { faults?: { status: number; retry_after_secs?: number }[]; plain?: boolean; contentVersion?: string } = {}): Promise<string> {
    const url = this.setup.then(() => this.raw<string>("__platform", options));
    this.setup = url;
    return url;
  }
  /** Test setup: the platform goes away (its machine, or the network). */
  stopPlatform(): void { this.then("__platform_stop"); }
  /** Test setup: an application the owner consented to earlier, sent to the session's platform. */
  seedSubmission(orgId: number, share: string[] = ["name"]): void {
    this.setup = this.setup.then(async () => {
      const destination = await this.raw<string>("__platform", {});
      const preview = await this.raw<ConsentPreview>("prepare_submission", { orgId, destination, share });
      return this.raw("confirm_submission", { token: preview.token, dialog: true });
    });
  }
  /** Test setup: the app restarts (what was prepared and not yet agreed to is gone). */
  restartApp(): Promise<void> { return this.raw("__restart_app"); }
  /** The organisation's outbox as the engine holds it, asked without recording a call. */
  async peekSubmissions(orgId: number): Promise<SubmissionStatusRow[]> {
    await this.setup;
    return this.raw("submissions", { orgId });
  }

  async prepareSubmission(orgId: number, destination: string, share: string[]): Promise<ConsentPreview> {
    const preview = await this.call<ConsentPreview>("prepare_submission", { orgId, destination, share });
    this.previews.push(preview);
    return preview;
  }

  async prepareClaimSubmission(incidentId: number, destination: string, share: string[]): Promise<ConsentPreview> {
    const preview = await this.call<ConsentPreview>("prepare_claim_submission", { incidentId, destination, share });
    this.previews.push(preview);
    return preview;
  }

  /** The owner's answer in the native window and a Stop while sending are this back end's. */
  confirmSubmission(token: string): Promise<SubmissionStatusRow[] | null> {
    return this.call("confirm_submission", { token }, async () => {
      if (this.hold && this.nativeConsent) await this.gate();
      const stopped = this.stopRequested.delete("upload");
      return this.raw<SubmissionStatusRow[] | null>("confirm_submission", { token, dialog: this.nativeConsent, stopped });
    });
  }

  submissions(orgId: number): Promise<SubmissionStatusRow[]> { return this.call("submissions", { orgId }); }
  flushSubmissions(): Promise<SubmissionStatusRow[]> { return this.call("flush_submissions"); }
  withdrawSubmission(id: number): Promise<SubmissionStatusRow> { return this.call("withdraw_submission", { id }); }
}

