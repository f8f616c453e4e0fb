// The UI tests' back end. Everything the engine decides — checklists, answers, scores, plans,
// next steps, reconciliation, risk, reports, validation, damaged stores — is answered by the
// real engine: the coverready-ui-harness process runs the shell's own command bodies over a
// fresh workspace per FakeBackend (see src-tauri/crates/contract/src/harness.rs). What stays
// here is what only a desktop can do (the PDF viewer, the save dialog, the network for uploads)
// and the test's own controls: recorded calls, failures on demand, jobs held until stopped.
// Never imported by main.ts, so never in the production bundle.
import type { Api } from "./api";
import type {
  AppInfo, AnswerInput, AnswerValue, Assessment, ChecklistItem, ConsentPreview, DomainEvent, DomainFinding,
  DomainReport, Finding, IpcError, JobKind, Language, LatestScans, Mode, OrgInput, Organisation,
  ProbeInfo, ProfileField, ReadinessReport, ReconciliationView, ReportFiles, ScanEvent, ScanReport, ScanResult,
  Settings, StoreStatus, SubmissionStatusRow, UiReadyReport,
} from "./bindings";
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
  /** Test setup: an outbox row (uploads are this back end's own). */
  seedOutbox(row: SubmissionStatusRow): void { this.outbox.push(row); }
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

  // ───────── the desktop and the network (not the engine's) ─────────
  reports = new Map<number, ReportFiles>();
  outbox: SubmissionStatusRow[] = [];
  nextSubmission = 1;
  prepared = new Map<string, { orgId: number; preview: ConsentPreview }>();
  /** What save_report_as answers (null: the owner cancelled the dialog). */
  saveAsResult: string | null = "/home/owner/Documents/report.pdf";
  /** What the owner answers in the app's native confirmation window (Rust asks it). */
  nativeConsent = true;
  /** What the next flush does with pending submissions. */
  flushOutcome: "accepted" | "pending" = "accepted";

  openReport(path: string): Promise<null> { return this.call("open_report", { path }, () => null); }
  openDataFolder(): Promise<null> { return this.call("open_data_folder", undefined, () => null); }
  saveReportAs(path: string): Promise<string | null> { return this.call("save_report_as", { path }, () => this.saveAsResult); }

  prepareSubmission(orgId: number, destination: string, share: string[]): Promise<ConsentPreview> {
    return this.call("prepare_submission", { orgId, destination, share }, async () => {
      const org = (await this.raw<Organisation[]>("list_orgs")).find((o) => o.id === orgId);
      if (!org) throw err("not_found", "no such org", { id: String(orgId) });
      let url: URL;
      try { url = new URL(destination); } catch {
        throw err("submission_failed", "invalid destination", { message_id: "submission-error-invalid_destination", url: destination, reason: "invalid_destination" });
      }
      const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost";
      if (url.protocol !== "https:" && !(loopback && url.protocol === "http:")) {
        throw err("submission_failed", "insecure", { message_id: "submission-error-insecure_destination", url: destination, reason: "insecure_destination" });
      }
      const report = this.reports.get(orgId) ?? { report_id: "CR-20251128-0001", pdf_sha256: "9f2c".padEnd(64, "0"), json_sha256: "0a1b".padEnd(64, "0") };
      const fields: Record<string, string> = {};
      for (const k of share) {
        if (k === "name") fields.name = org.name;
        else if (org.profile[k] !== undefined) fields[k] = String(org.profile[k]);
      }
      const token = `tok-${this.prepared.size + 1}`;
      const preview: ConsentPreview = {
        token, destination_url: url.toString(),
        destination_identity: loopback ? "loopback-http" : "sha256:3f:a9:12:7c:e4:0b:55:81:9d:aa:02:6e:f1:c3:48:b7:20:5d:9e:61:0f:c8:73:a4:e9:16:bb:52:07:d3:8c:4f",
        fields, files: [
          { name: `${report.report_id}.pdf`, sha256: report.pdf_sha256 },
          { name: `${report.report_id}.json`, sha256: report.json_sha256 },
        ],
        report_id: report.report_id, key_fingerprint: "ed25519:7Q3K-M2XA-91PD-LL4C",
      };
      this.prepared.set(token, { orgId, preview });
      return preview;
    });
  }

  async confirmSubmission(token: string): Promise<SubmissionStatusRow[] | null> {
    this.calls.push({ cmd: "confirm_submission", args: { token } });
    await this.setup;
    const f = this.failNext.confirm_submission;
    if (f) { delete this.failNext.confirm_submission; throw f; }
    const p = this.prepared.get(token);
    if (!p) throw err("submission_failed", "consent missing", { message_id: "submission-error-consent_missing", reason: "consent_missing" });
    // The native window said no: nothing queued, the prepared package kept.
    if (!this.nativeConsent) return null;
    this.prepared.delete(token);
    // Queued first, as the outbox does; a stop while sending leaves it queued.
    const row = outboxRow({
      id: this.nextSubmission++, org_id: p.orgId, destination_url: p.preview.destination_url, report_id: p.preview.report_id,
      queued_at: "2025-11-28T09:41:00Z",
    });
    row.consent = {
      destination_url: p.preview.destination_url, destination_identity: p.preview.destination_identity,
      fields_shared: Object.keys(p.preview.fields).sort(), files: p.preview.files, consented_at: row.queued_at,
      text_version: "submission-consent-v1",
    };
    this.outbox.push(row);
    if (this.hold) await this.gate();
    this.stopIfAsked("upload");
    Object.assign(row, {
      state: "accepted", attempts: 1, remote_id: `PLAT-${1000 + this.outbox.length - 1}`, remote_status: "received",
      receipt_key_fingerprint: "ed25519:PLAT-88ZQ", last_attempt_at: "2025-11-28T09:41:01Z", acknowledged_at: "2025-11-28T09:41:01Z",
    });
    return structuredClone(this.outbox.filter((r) => r.org_id === p.orgId));
  }

  submissions(orgId: number): Promise<SubmissionStatusRow[]> {
    return this.call("submissions", { orgId }, () => this.outbox.filter((r) => r.org_id === orgId));
  }

  flushSubmissions(): Promise<SubmissionStatusRow[]> {
    return this.call("flush_submissions", undefined, () => {
      const touched: SubmissionStatusRow[] = [];
      for (const r of this.outbox.filter((x) => x.state === "pending")) {
        r.attempts += 1;
        if (this.flushOutcome === "accepted") {
          r.state = "accepted"; r.last_error_code = null; r.last_error_data = null; r.remote_id = `PLAT-${1000 + r.id}`;
          r.acknowledged_at = "2025-11-28T10:00:00Z";
        } else {
          r.last_error_code = "network"; r.last_error_data = {};
        }
        touched.push(r);
      }
      return touched;
    });
  }

  withdrawSubmission(id: number): Promise<SubmissionStatusRow> {
    return this.call("withdraw_submission", { id }, () => {
      const r = this.outbox.find((x) => x.id === id);
      if (!r) throw err("submission_failed", "not found", { message_id: "submission-error-not_found", id: String(id), reason: "not_found" });
      if (r.state !== "accepted" && r.state !== "pending") {
        throw err("submission_failed", "state", { message_id: "submission-error-invalid_state", id: String(id), state: r.state, reason: "invalid_state" });
      }
      r.state = r.state === "pending" ? "cancelled" : "withdrawn";
      r.remote_status = r.state === "withdrawn" ? "withdrawn" : r.remote_status;
      return r;
    });
  }

}

/** A queued outbox row with nothing sent yet; `fields` overrides any column. */
export function outboxRow(fields: Partial<SubmissionStatusRow> & Pick<SubmissionStatusRow, "id" | "org_id" | "destination_url" | "report_id">): SubmissionStatusRow {
  return {
    state: "pending", attempts: 0, last_error_code: null, last_error_data: null, remote_id: null, remote_status: null,
    receipt: null, receipt_key_fingerprint: null, queued_at: "2025-11-28T09:00:00Z", last_attempt_at: null,
    acknowledged_at: null,
    consent: {
      destination_url: fields.destination_url, destination_identity: "loopback-http", fields_shared: [], files: [],
      consented_at: fields.queued_at ?? "2025-11-28T09:00:00Z", text_version: "submission-consent-v1",
    },
    ...fields,
  };
}
