// In-memory stand-in for the Rust back end, used by the unit tests
// (test-support.ts) and by the accessibility test's IPC stub (a11y/stub.ts).
// Never imported by main.ts, so never in the production bundle.
import type { Api } from "./api";
import type {
  ActionItem, AnswerInput, AnswerValue, AppInfo, Assessment, ChecklistItem, ConsentPreview, DomainEvent, DomainFinding,
  DomainReport, DomainScore, Finding, IpcError, Language, LatestScans, Mode, OrgInput, Organisation,
  NextStep, ProbeInfo, ProfileField, QuestionEvidence, StageProgress, ReadinessReport, ReconciliationItem, ReconciliationView, ReportFiles, ScanEvent, ScanReport,
  ScanResult, Settings, StoreStatus, SubmissionStatusRow, UiReadyReport, Verification, JobKind, RiskEstimate,
} from "./bindings";
import { NAME_MAX } from "./validate";
import SCAN_FIXTURE from "./replay/scan-findings.json";
import RECONCILIATION_REPLAY from "./bindings/replay/reconciliation.json";
import PROFILE_FIELDS_REPLAY from "./bindings/replay/profile-fields.json";

/** A small shop's estimate as the Rust risk crate computes it (¥10,000 daily gross profit). */
export const RISK: RiskEstimate = {
  scenarios: [
    {
      id: "ransomware", assumptions_key: "risk-scenario-ransomware-assumptions",
      frequency: { low: 0.005, likely: 0.01, high: 0.02 },
      single_loss: { low: 40000, likely: 120000, high: 360000 },
      annual: { low: 200, likely: 1200, high: 7200 },
      factors: [],
      assumptions: {
        response_likely: { value: 50000, unit: "yuan" }, days_likely: { value: 7, unit: "days" },
        days_high: { value: 21, unit: "days" }, gross_profit: { value: 10000, unit: "yuan" },
        chance_per_year: { value: 1, unit: "percent" }, annual_likely: { value: 1200, unit: "yuan" },
      },
    },
    {
      id: "payment-fraud", assumptions_key: "risk-scenario-payment-fraud-assumptions",
      frequency: { low: 0.0025, likely: 0.006, high: 0.015 },
      single_loss: { low: 5000, likely: 37500, high: 100000 },
      annual: { low: 12.5, likely: 225, high: 1500 },
      factors: [{ question: "email.payment-callback", factor: 0.5 }],
      assumptions: {
        transfer_likely: { value: 50000, unit: "yuan" }, share_lost_likely: { value: 75, unit: "percent" },
        chance_per_year: { value: 0.6, unit: "percent" }, annual_likely: { value: 225, unit: "yuan" },
      },
    },
  ],
  annual_total: { low: 212.5, likely: 1425, high: 8700 },
  bad_year: 360000,
  coverages: [
    { id: "incident-response", side: "first_party", priority: "essential" },
    { id: "funds-transfer-fraud", side: "first_party", priority: "essential" },
    { id: "data-restoration", side: "first_party", priority: "recommended" },
    { id: "privacy-liability", side: "third_party", priority: "recommended" },
    { id: "bundled-protection", side: "service", priority: "consider" },
  ],
  notes: ["headcount_assumed"],
  model_version: 1,
};

/** The engine's profile fields (ui/src/bindings/replay/profile-fields.json), a few of them. */
export const FIELDS: ProfileField[] = (PROFILE_FIELDS_REPLAY as ProfileField[]).filter((f) =>
  ["industry", "headcount_band", "revenue_band", "region", "sensitive_data", "bank_transfers", "incidents_3y"].includes(f.id));

interface PackQuestion {
  id: string; domain: string; weight: ChecklistItem["weight"]; quick?: boolean;
  not_applicable_allowed?: boolean; effort_hours: number; cost_band: ChecklistItem["cost_band"];
}
const packs = import.meta.glob<{ questions: PackQuestion[] }>("../../assets/checklists/sme/questions.json", {
  import: "default", eager: true,
});
const PACK = Object.values(packs)[0]!;

/** Every question of the real built-in pack, as the back end lists them for an empty profile. */
export const ITEMS: ChecklistItem[] = PACK.questions.map((q) => ({
  id: q.id, domain: q.domain, weight: q.weight, quick: q.quick === true,
  options: (["yes", "partly", "no", "not_sure", "not_applicable"] as AnswerValue[])
    .filter((v) => v !== "not_applicable" || q.not_applicable_allowed === true),
  effort_hours: q.effort_hours, cost_band: q.cost_band,
}));

/** Quick mode as the back end defines it: must-haves, then quick majors, at most 15. */
export function quickItems(items: ChecklistItem[] = ITEMS): ChecklistItem[] {
  return [
    ...items.filter((q) => q.weight === "must_have"),
    ...items.filter((q) => q.quick && q.weight === "major"),
  ].slice(0, 15);
}

const POINTS = { must_have: 3, major: 2, minor: 1 } as const;

const err = (code: string, message: string, details?: Record<string, string>): IpcError =>
  details ? { code, message, details } : { code, message };


/**
 * The fictional scan of this computer and domain check (ui/src/replay/scan-findings.json, in
 * the engine's shapes) and what the real engine answers for them with every possible answer
 * (ui/src/bindings/replay/reconciliation.json, written by coverready-core's ui_replay test).
 * Reconciliation here only replays that file: it never decides anything itself.
 */

interface ReplayedAnswer {
  items: ReconciliationItem[];
  evidence: QuestionEvidence | null;
  verification: Verification | null;
  verification_if_kept: Verification | null;
}
const REPLAY = RECONCILIATION_REPLAY as unknown as {
  order: string[];
  probe_questions: Record<string, string[]>;
  questions: Record<string, { scan: "local" | "domain"; by_answer: Record<string, ReplayedAnswer> }>;
};

/** A few probes of the real catalogue (ids and keys as the Rust side names them). */
export const PROBES: ProbeInfo[] = [
  "os-supported", "auto-updates", "disk-encryption", "firewall-enabled", "remote-desktop", "backup-configured",
].map((id) => ({
  id, title_key: `scan-${id}`, failed_title_key: `scan-${id}-failed`, rationale_key: `scan-${id}-why`,
  remediation_key: `scan-${id}-fix`, questions: REPLAY.probe_questions[id] ?? [],
}));

/** What the fake scan "finds" on this computer, with the questions the engine links. */
export const SCAN_FINDINGS: Finding[] = (SCAN_FIXTURE.local.findings as unknown as Finding[]).map((f) => ({
  ...f, questions: REPLAY.probe_questions[f.probe] ?? [],
}));

/** What the fake domain check "finds". */
export const DOMAIN_FINDINGS: DomainFinding[] = SCAN_FIXTURE.domain.findings as unknown as DomainFinding[];

export const SHARE_FIELDS = ["name", "industry", "headcount_band", "revenue_band", "region"] as const;

/** In-memory stand-in for the Rust back end, recording every call. */
export class FakeBackend implements Api {
  calls: { cmd: string; args?: unknown }[] = [];
  readyReports: UiReadyReport[] = [];
  language: Language = "zh-CN";
  settings: Settings = { language: "zh-CN", text_scale: 100, high_contrast: false };
  assessments: Assessment[] = [];
  done = new Map<number, Set<string>>();
  nextAssessment = 1;
  store: StoreStatus = { status: "ok" };
  orgs: Organisation[] = [];
  nextId = 1;
  /** Make the next call of this command fail with this error. */
  failNext: Record<string, IpcError> = {};

  constructor(init?: { language?: Language; store?: StoreStatus; orgs?: string[] }) {
    if (init?.language) { this.language = init.language; this.settings.language = init.language; }
    if (init?.store) this.store = init.store;
    for (const name of init?.orgs ?? []) this.insert({ name, profile: {} });
  }

  private insert(input: OrgInput): Organisation {
    const now = new Date(0).toISOString();
    const org = { id: this.nextId++, name: input.name, profile: { ...input.profile }, created_at: now, updated_at: now };
    this.orgs.push(org);
    return org;
  }

  private async rec<T>(cmd: string, args: unknown, fn: () => T): Promise<T> {
    this.calls.push(args === undefined ? { cmd } : { cmd, args });
    await Promise.resolve();
    const f = this.failNext[cmd];
    if (f) { delete this.failNext[cmd]; throw f; }
    return structuredClone(fn());
  }

  private check(input: OrgInput): void {
    const n = input.name;
    if (n.trim() !== n || n.length === 0 || [...n].length > NAME_MAX || /\p{Cc}/u.test(n)) {
      throw err("invalid_name", "invalid name");
    }
  }

  cmds(): string[] { return this.calls.map((c) => c.cmd); }

  private info(): AppInfo {
    return { version: "0.1.0-test", data_dir: "/tmp/coverready", settings: { ...this.settings, language: this.language }, store: this.store };
  }

  appInfo(): Promise<AppInfo> { return this.rec("app_info", undefined, () => this.info()); }
  setLanguage(language: Language): Promise<Settings> {
    return this.rec("set_language", { language }, () => {
      this.language = language;
      this.settings = { ...this.settings, language };
      return this.settings;
    });
  }
  updateSettings(settings: Settings): Promise<Settings> {
    return this.rec("update_settings", { settings }, () => {
      if (![100, 125, 150, 200].includes(settings.text_scale)) throw err("invalid_argument", "scale", { field: "text_scale" });
      this.settings = { ...settings };
      this.language = settings.language;
      return this.settings;
    });
  }
  private org(id: number): Organisation {
    const org = this.orgs.find((o) => o.id === id);
    if (!org) throw err("not_found", "no such org", { id: String(id) });
    return org;
  }
  private current(orgId: number): Assessment | null {
    const mine = this.assessments.filter((a) => a.org_id === orgId);
    return mine[mine.length - 1] ?? null;
  }
  private items(mode: Mode): ChecklistItem[] { return mode === "quick" ? quickItems() : ITEMS; }
  private begin(orgId: number, mode: Mode): Assessment {
    const prev = this.current(orgId);
    const now = new Date(0).toISOString();
    const a: Assessment = {
      id: this.nextAssessment++, org_id: orgId, mode, pack_id: "sme", pack_version: "1.0.0",
      based_on: prev?.id ?? null, started_at: now, updated_at: now,
      answers: prev ? structuredClone(prev.answers) : [],
    };
    this.assessments.push(a);
    return a;
  }
  /** Test helper: give an organisation an assessment with these answers. */
  seedAnswers(orgId: number, answers: Record<string, AnswerValue>, mode: Mode = "full"): Assessment {
    const a = this.current(orgId) ?? this.begin(orgId, mode);
    a.mode = mode;
    for (const [question, value] of Object.entries(answers)) {
      a.answers = a.answers.filter((x) => x.question !== question);
      a.answers.push({ question, value, note: null, answered_at: new Date(0).toISOString() });
    }
    return a;
  }
  checklist(orgId: number, mode: Mode): Promise<ChecklistItem[]> {
    return this.rec("checklist", { orgId, mode }, () => { this.org(orgId); return this.items(mode); });
  }
  currentAssessment(orgId: number): Promise<Assessment | null> {
    return this.rec("current_assessment", { orgId }, () => { this.org(orgId); return this.current(orgId); });
  }
  startAssessment(orgId: number, mode: Mode): Promise<Assessment> {
    return this.rec("start_assessment", { orgId, mode }, () => { this.org(orgId); return this.begin(orgId, mode); });
  }
  ensureAssessment(orgId: number, mode: Mode | null): Promise<Assessment> {
    return this.rec("ensure_assessment", { orgId, mode }, () => {
      this.org(orgId);
      const a = this.current(orgId);
      if (!a) return this.begin(orgId, mode ?? "full");
      if (mode) a.mode = mode;
      return a;
    });
  }
  saveAnswers(orgId: number, answers: AnswerInput[]): Promise<Assessment> {
    return this.rec("save_answers", { orgId, answers }, () => {
      this.org(orgId);
      for (const x of answers) {
        const item = ITEMS.find((q) => q.id === x.question);
        if (!item) throw err("unknown_question", "unknown", { question: x.question });
        if (x.value && !item.options.includes(x.value)) throw err("invalid_answer", "bad", { question: x.question, value: x.value });
        if (x.note && [...x.note].length > 2000) throw err("invalid_note", "note", { question: x.question, max: "2000" });
      }
      const a = this.current(orgId) ?? this.begin(orgId, "full");
      for (const x of answers) {
        a.answers = a.answers.filter((s) => s.question !== x.question);
        if (x.value) a.answers.push({ question: x.question, value: x.value, note: x.note, answered_at: new Date(0).toISOString() });
      }
      return a;
    });
  }
  private report(orgId: number): ReadinessReport {
    this.org(orgId);
    const a = this.current(orgId);
    const mode = a?.mode ?? "full";
    const items = this.items(mode);
    const val = new Map((a?.answers ?? []).map((s) => [s.question, s.value]));
    const musts = items.filter((q) => q.weight === "must_have");
    const blockers = musts.filter((q) => val.get(q.id) === "no" || val.get(q.id) === "partly").map((q) => q.id);
    const toConfirm = musts.filter((q) => !val.has(q.id) || val.get(q.id) === "not_sure").map((q) => q.id);
    const definite = (v: AnswerValue | undefined): boolean => v !== undefined && v !== "not_sure";
    let score = 0; let max = 0;
    const domains: DomainScore[] = [];
    for (const d of [...new Set(items.map((q) => q.domain))]) {
      const qs = items.filter((q) => q.domain === d);
      let ds = 0; let dm = 0;
      for (const q of qs) {
        const v = val.get(q.id);
        if (v === "not_applicable") continue;
        dm += POINTS[q.weight];
        if (v === "yes") ds += POINTS[q.weight];
        if (v === "partly") ds += POINTS[q.weight] / 2;
      }
      score += ds; max += dm;
      domains.push({
        // Withheld below half the answers, as coverready_checklist::scored (#11 replaces this mirror).
        id: d, score: ds, max: dm,
        percent: dm && 2 * qs.filter((q) => definite(val.get(q.id))).length >= qs.length ? Math.round((100 * ds) / dm) : null,
        applicable: qs.length,
        answered: qs.filter((q) => definite(val.get(q.id))).length,
        not_sure: qs.filter((q) => val.get(q.id) === "not_sure").length,
        unanswered: qs.filter((q) => !val.has(q.id)).length,
      });
    }
    const answered = items.filter((q) => definite(val.get(q.id))).length;
    const plan: ActionItem[] = items
      .filter((q) => val.get(q.id) !== "yes" && val.get(q.id) !== "not_applicable")
      .map((q) => {
        const v = val.get(q.id);
        return {
          question: q.id, domain: q.domain, weight: q.weight, effort_hours: q.effort_hours, cost_band: q.cost_band,
          bucket: q.weight === "must_have" ? "this_week" : q.weight === "major" ? "this_month" : "this_quarter",
          reason: v === undefined ? "unanswered" : v === "not_sure" ? "not_sure" : "unmet",
        };
      });
    // Mirrors coverready-core next_step.rs until this back end replays recorded readiness (#11).
    const unanswered = items.filter((q) => !val.has(q.id)).length;
    const unsure = musts.filter((q) => val.get(q.id) === "not_sure").map((q) => q.id);
    const next_step: NextStep = unanswered > 0 ? { step: "answer" }
      : blockers[0] ? { step: "fix", question: blockers[0] }
        : unsure[0] ? { step: "confirm", question: unsure[0] }
          : this.scanState(orgId).local ? { step: "report" } : { step: "scan" };
    const at = next_step.step === "scan" ? 2 : next_step.step === "report" ? 3 : 1;
    const hasProfile = Object.keys(this.org(orgId).profile).length > 0;
    const progress: StageProgress[] = (["profile", "questions", "scan", "report", "apply"] as const).map((stage, i) => ({
      stage,
      state: stage === "profile" ? (hasProfile ? "done" : "todo") : i < at ? "done" : i === at ? "current" : "todo",
    }));
    return {
      next_step, progress,
      org_id: orgId, assessment_id: a?.id ?? null, done_actions: [...(this.done.get(orgId) ?? [])],
      risk: structuredClone(RISK),
      ...(() => { const r = this.reconcile(orgId); return { verification: r.verification, contradictions: r.contradictions }; })(),
      readiness: {
        pack_id: "sme", pack_version: "1.0.0", mode,
        gate: { status: blockers.length ? "not_ready" : toConfirm.length ? "to_confirm" : "ready", blockers, to_confirm: toConfirm },
        overall_percent: max && 2 * answered >= items.length ? Math.round((100 * score) / max) : null,
        coverage_percent: items.length ? Math.round((100 * answered) / items.length) : 100,
        applicable: items.length, answered,
        not_sure: items.filter((q) => val.get(q.id) === "not_sure").length,
        unanswered: items.filter((q) => !val.has(q.id)).length,
        domains, action_plan: plan,
      },
    };
  }
  readiness(orgId: number): Promise<ReadinessReport> {
    return this.rec("readiness", { orgId }, () => this.report(orgId));
  }
  setActionDone(orgId: number, question: string, done: boolean): Promise<ReadinessReport> {
    return this.rec("set_action_done", { orgId, question, done }, () => {
      this.org(orgId);
      const set = this.done.get(orgId) ?? new Set<string>();
      if (done) set.add(question); else set.delete(question);
      this.done.set(orgId, set);
      return this.report(orgId);
    });
  }
  // ───────── scans, reports, submissions ─────────
  scans = new Map<number, { local: ScanReport | null; domain: DomainReport | null; kept: Set<string> }>();
  reports = new Map<number, ReportFiles>();
  outbox: SubmissionStatusRow[] = [];
  nextSubmission = 1;
  prepared = new Map<string, { orgId: number; preview: ConsentPreview }>();
  /** What save_report_as answers (null: the owner cancelled the dialog). */
  saveAsResult: string | null = "/home/owner/Documents/report.pdf";
  /** What the next flush does with pending submissions. */
  flushOutcome: "accepted" | "pending" = "accepted";
  /** Resolve run_scan / domain_check only when the test calls these (null: at once). */
  holdScan: (() => void) | null = null;
  private gate(): Promise<void> {
    return new Promise((resolve) => { this.holdScan = () => { this.holdScan = null; resolve(); }; });
  }
  hold = false;
  /** Jobs the UI asked to stop: the running fake job rejects with `cancelled` at its next step. */
  private stopRequested = new Set<string>();
  private stopIfAsked(job: JobKind): void {
    if (this.stopRequested.delete(job)) throw err("cancelled", `${job} cancelled`, { job });
  }
  cancelJob(job: JobKind): Promise<boolean> {
    return this.rec("cancel_job", { job }, () => {
      this.stopRequested.add(job);
      this.holdScan?.();
      return true;
    });
  }

  private scanState(orgId: number) {
    let st = this.scans.get(orgId);
    if (!st) { st = { local: null, domain: null, kept: new Set() }; this.scans.set(orgId, st); }
    return st;
  }

  /** Reconciliation as the engine answered it for these findings (replayed, see REPLAY). */
  reconcile(orgId: number): ReconciliationView {
    const st = this.scanState(orgId);
    const a = this.current(orgId);
    const val = new Map((a?.answers ?? []).map((x) => [x.question, x.value]));
    const items: ReconciliationItem[] = [];
    const questions: QuestionEvidence[] = [];
    const verification: Record<string, Verification> = {};
    for (const [q] of val) verification[q] = "self_attested";
    for (const q of REPLAY.order) {
      const entry = REPLAY.questions[q]!;
      if (!(entry.scan === "local" ? st.local : st.domain)) continue;
      const answer = val.get(q);
      const replayed = entry.by_answer[answer ?? "none"]!;
      items.push(...replayed.items);
      if (replayed.evidence) questions.push(replayed.evidence);
      const v = st.kept.has(q) ? replayed.verification_if_kept : replayed.verification;
      if (answer !== undefined && v) verification[q] = v;
    }
    const contradictions = Object.entries(verification).filter(([, v]) => v === "contradicted").map(([q]) => q);
    return {
      items, questions, verification, contradictions,
      local_scan_at: st.local ? new Date(st.local.started_at * 1000).toISOString() : null,
      domain_check_at: st.domain ? new Date(0).toISOString() : null,
    };
  }

  probeCatalogue(): Promise<ProbeInfo[]> { return this.rec("probe_catalogue", undefined, () => PROBES); }

  async runScan(orgId: number, onEvent: (e: ScanEvent) => void): Promise<ScanResult<ScanReport>> {
    this.calls.push({ cmd: "run_scan", args: { orgId } });
    this.org(orgId);
    const f = this.failNext.run_scan;
    if (f) { delete this.failNext.run_scan; throw f; }
    for (const finding of SCAN_FINDINGS) {
      onEvent({ event: "started", probe: finding.probe });
      await Promise.resolve();
      if (this.hold) await this.gate();
      this.stopIfAsked("scan");
      onEvent({ event: "finished", finding: structuredClone(finding) });
    }
    const report: ScanReport = {
      os: { family: "windows", name: "Windows 11 Pro", version: "24H2" }, findings: structuredClone(SCAN_FINDINGS),
      started_at: Date.UTC(2025, 10, 28, 9, 30) / 1000, duration_ms: 2400,
    };
    this.scanState(orgId).local = report;
    return structuredClone({ report, reconciliation: this.reconcile(orgId) });
  }

  async domainCheck(orgId: number, domain: string, onEvent: (e: DomainEvent) => void): Promise<ScanResult<DomainReport>> {
    this.calls.push({ cmd: "domain_check", args: { orgId, domain } });
    this.org(orgId);
    const f = this.failNext.domain_check;
    if (f) { delete this.failNext.domain_check; throw f; }
    const d = domain.trim().toLowerCase();
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) {
      throw err("invalid_domain", "invalid domain", { input: domain, reason_key: d.includes(".") ? "domain-invalid-invalid-character" : "domain-invalid-single-label" });
    }
    for (const finding of DOMAIN_FINDINGS) {
      onEvent({ event: "started", check: finding.check });
      await Promise.resolve();
      if (this.hold) await this.gate();
      this.stopIfAsked("domain_check");
      onEvent({ event: "finished", finding: structuredClone(finding) });
    }
    const report: DomainReport = { domain: { ascii: d, unicode: d }, findings: structuredClone(DOMAIN_FINDINGS), duration_ms: 900 };
    this.scanState(orgId).domain = report;
    return structuredClone({ report, reconciliation: this.reconcile(orgId) });
  }

  latestScans(orgId: number): Promise<LatestScans> {
    return this.rec("latest_scans", { orgId }, () => {
      this.org(orgId);
      const st = this.scanState(orgId);
      return { local: st.local, domain: st.domain, reconciliation: this.reconcile(orgId) };
    });
  }

  keepAnswer(orgId: number, question: string, keep: boolean): Promise<ReconciliationView> {
    return this.rec("keep_answer", { orgId, question, keep }, () => {
      this.org(orgId);
      const st = this.scanState(orgId);
      if (keep) st.kept.add(question); else st.kept.delete(question);
      return this.reconcile(orgId);
    });
  }

  generateReport(orgId: number): Promise<ReportFiles> {
    return this.rec("generate_report", { orgId }, () => {
      this.org(orgId);
      const n = this.reports.size + 1;
      const id = `CR-20251128-${String(n).padStart(4, "0")}`;
      const files: ReportFiles = {
        report_id: id,
        pdf_path: `/tmp/coverready/reports/${id}.pdf`, json_path: `/tmp/coverready/reports/${id}.json`,
        pdf_sha256: "9f2c4e1a7b3d5f6081a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8",
        json_sha256: "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
        pages: 7, warnings: ["missing_glyph U+2E3A ⸺"],
      };
      this.reports.set(orgId, files);
      return files;
    });
  }
  openReport(path: string): Promise<null> { return this.rec("open_report", { path }, () => null); }
  openDataFolder(): Promise<null> { return this.rec("open_data_folder", undefined, () => null); }
  saveReportAs(path: string): Promise<string | null> { return this.rec("save_report_as", { path }, () => this.saveAsResult); }

  prepareSubmission(orgId: number, destination: string, share: string[]): Promise<ConsentPreview> {
    return this.rec("prepare_submission", { orgId, destination, share }, () => {
      const org = this.org(orgId);
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

  async confirmSubmission(token: string): Promise<SubmissionStatusRow[]> {
    this.calls.push({ cmd: "confirm_submission", args: { token } });
    const f = this.failNext.confirm_submission;
    if (f) { delete this.failNext.confirm_submission; throw f; }
    const p = this.prepared.get(token);
    if (!p) throw err("submission_failed", "consent missing", { message_id: "submission-error-consent_missing", reason: "consent_missing" });
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
    return this.rec("submissions", { orgId }, () => { this.org(orgId); return this.outbox.filter((r) => r.org_id === orgId); });
  }

  flushSubmissions(): Promise<SubmissionStatusRow[]> {
    return this.rec("flush_submissions", undefined, () => {
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
    return this.rec("withdraw_submission", { id }, () => {
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

  listOrgs(): Promise<Organisation[]> {
    return this.rec("list_orgs", undefined, () => {
      if (this.store.status !== "ok") throw err("store_corrupt", "corrupt");
      return this.orgs;
    });
  }
  createOrg(input: OrgInput): Promise<Organisation> {
    return this.rec("create_org", { input }, () => { this.check(input); return this.insert(input); });
  }
  updateOrg(id: number, input: OrgInput): Promise<Organisation> {
    return this.rec("update_org", { id, input }, () => {
      this.check(input);
      const org = this.orgs.find((o) => o.id === id);
      if (!org) throw err("not_found", "no such org", { id: String(id) });
      org.name = input.name;
      org.profile = { ...input.profile };
      return org;
    });
  }
  deleteOrg(id: number): Promise<null> {
    return this.rec("delete_org", { id }, () => {
      const i = this.orgs.findIndex((o) => o.id === id);
      if (i < 0) throw err("not_found", "no such org", { id: String(id) });
      this.orgs.splice(i, 1);
      return null;
    });
  }
  profileFields(): Promise<ProfileField[]> { return this.rec("profile_fields", undefined, () => FIELDS); }
  recoverStore(): Promise<AppInfo> {
    return this.rec("recover_store", undefined, () => { this.store = { status: "ok" }; this.orgs = []; return this.info(); });
  }
  uiReady(report: UiReadyReport): Promise<null> {
    return this.rec("ui_ready", { report }, () => { this.readyReports.push(report); return null; });
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
