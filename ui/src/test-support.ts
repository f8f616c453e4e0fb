// Test-only helpers (never imported by main.ts, so never bundled).
import type { Api } from "./api";
import type {
  ActionItem, AnswerInput, AnswerValue, AppInfo, Assessment, ChecklistItem, DomainScore, IpcError, Language,
  Mode, OrgInput, Organisation, ProfileField, ReadinessReport, Settings, StoreStatus, UiReadyReport,
} from "./bindings";
import type { Route } from "./shell";
import { App } from "./app";
import { buildBundles, I18n, type Sources } from "./i18n";
import { NAME_MAX } from "./validate";

const real: Sources = import.meta.glob<string>("../../locales/*/*.ftl", {
  query: "?raw", import: "default", eager: true,
});
/** The real locale files, exactly as the app bundles them. */
export function testSources(): Sources {
  return { ...real };
}

export const realSources = (): Sources => ({ ...real });

export const silentLog = { warn: () => {}, error: () => {} };

export function makeI18n(lang: Language = "zh-CN"): I18n {
  return new I18n(buildBundles(testSources(), silentLog), lang, silentLog);
}

export const FIELDS: ProfileField[] = [
  { id: "industry", kind: "choice", basic: true, options: ["retail", "other"], min: null, max: null },
  { id: "headcount_band", kind: "choice", basic: true, options: ["1-9", "10-49"], min: null, max: null },
  { id: "revenue_band", kind: "choice", basic: true, options: ["under-1m"], min: null, max: null },
  { id: "region", kind: "choice", basic: true, options: ["beijing", "other-mainland"], min: null, max: null },
  { id: "sensitive_data", kind: "bool", basic: false, options: [], min: null, max: null },
];

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
        id: d, score: ds, max: dm, percent: dm ? Math.round((100 * ds) / dm) : null, applicable: qs.length,
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
    return {
      org_id: orgId, assessment_id: a?.id ?? null, done_actions: [...(this.done.get(orgId) ?? [])],
      verification: {}, contradictions: [],
      readiness: {
        pack_id: "sme", pack_version: "1.0.0", mode,
        gate: { status: blockers.length ? "not_ready" : toConfirm.length ? "to_confirm" : "ready", blockers, to_confirm: toConfirm },
        overall_percent: max ? Math.round((100 * score) / max) : null,
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

/** Let pending promise chains (fake IPC round-trips) settle. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

export interface Mounted { app: App; backend: FakeBackend; root: HTMLElement; status: HTMLElement; i18n: I18n }

/**
 * Mounts the app. `route` is what sessionStorage remembers from before a
 * "reload"; by default the organisation list (null: a fresh start).
 */
export async function mount(backend = new FakeBackend(), opts: { route?: Route | null; lang?: Language } = {}): Promise<Mounted> {
  document.body.replaceChildren();
  document.documentElement.className = "";
  sessionStorage.clear();
  const route = opts.route === undefined ? { screen: "home" } : opts.route;
  if (route) sessionStorage.setItem("coverready.route", JSON.stringify(route));
  const root = document.createElement("div");
  const status = document.createElement("div");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.append(root, status);
  const i18n = makeI18n(opts.lang ?? "zh-CN");
  const app = new App({ api: backend, i18n, root, status, log: silentLog });
  await app.start();
  await flush();
  return { app, backend, root, status, i18n };
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error("element to click not found");
  (el as HTMLElement).click();
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const b = Array.from(root.querySelectorAll("button")).find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}
