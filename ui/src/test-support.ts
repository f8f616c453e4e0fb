// Test-only helpers (never imported by main.ts, so never bundled).
import type { Api } from "./api";
import type {
  AppInfo, IpcError, Language, OrgInput, Organisation, ProfileField, Settings, StoreStatus, UiReadyReport,
} from "./bindings";
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

const err = (code: string, message: string, details?: Record<string, string>): IpcError =>
  details ? { code, message, details } : { code, message };

/** In-memory stand-in for the Rust back end, recording every call. */
export class FakeBackend implements Api {
  calls: { cmd: string; args?: unknown }[] = [];
  readyReports: UiReadyReport[] = [];
  language: Language = "zh-CN";
  store: StoreStatus = { status: "ok" };
  orgs: Organisation[] = [];
  nextId = 1;
  /** Make the next call of this command fail with this error. */
  failNext: Record<string, IpcError> = {};

  constructor(init?: { language?: Language; store?: StoreStatus; orgs?: string[] }) {
    if (init?.language) this.language = init.language;
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
    return { version: "0.1.0-test", data_dir: "/tmp/coverready", settings: { language: this.language }, store: this.store };
  }

  appInfo(): Promise<AppInfo> { return this.rec("app_info", undefined, () => this.info()); }
  setLanguage(language: Language): Promise<Settings> {
    return this.rec("set_language", { language }, () => { this.language = language; return { language }; });
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

export async function mount(backend = new FakeBackend()): Promise<Mounted> {
  document.body.replaceChildren();
  const root = document.createElement("div");
  const status = document.createElement("div");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.append(root, status);
  const i18n = makeI18n("zh-CN");
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
