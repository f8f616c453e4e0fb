// Test-only helpers (never imported by main.ts, so never bundled).
import type { ChecklistItem, Language, Mode, ProbeInfo } from "./bindings";
import type { Route } from "./shell";
import { App } from "./app";
import { FakeBackend, useEngine } from "./fake-backend";
import { sharedEngine } from "../harness/engine.mjs";
import { buildBundles, I18n, type Sources } from "./i18n";

export * from "./fake-backend";

// Every FakeBackend in the unit tests asks the real engine (ui/harness/engine.mjs).
const engine = sharedEngine();
/** Every command the test back ends sent to the engine, in order (for the contract test). */
export const engineLog: string[] = [];
useEngine((session, cmd, args) => { engineLog.push(cmd); return engine.call(session, cmd, args); });
/** Which commands the harness runs (copied from the shell, adapted) and which it leaves here. */
export const HARNESS_COMMANDS = (await engine.call(null, "__commands")) as { copied: string[]; adapted: string[]; left: string[] };

// What the engine answers on a fresh store with one organisation and no profile (one session).
const fresh = (await engine.call(null, "__open", {})) as number;
await engine.call(fresh, "create_org", { input: { name: "Fictional Test Shop", profile: {} } });
/** Every question for an organisation with no profile, in asking order, as the engine lists them. */
export const ITEMS = (await engine.call(fresh, "checklist", { orgId: 1, mode: "full" as Mode })) as ChecklistItem[];
const QUICK = (await engine.call(fresh, "checklist", { orgId: 1, mode: "quick" as Mode })) as ChecklistItem[];
/** Quick mode's questions for an organisation with no profile, as the engine lists them. */
export function quickItems(): ChecklistItem[] { return QUICK; }
/** The engine's probe catalogue. */
export const PROBES = (await engine.call(fresh, "probe_catalogue")) as ProbeInfo[];
await engine.call(fresh, "__close");

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

/** Let pending promise chains and the engine's answers settle (until nothing more is asked). */
export async function flush(): Promise<void> {
  for (let round = 0; round < 100; round++) {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
    if (engine.pending === 0) return;
    await engine.idle();
  }
}

export interface Mounted { app: App; backend: FakeBackend; root: HTMLElement; status: HTMLElement; i18n: I18n }

/**
 * Mounts the app. `route` is what sessionStorage remembers from before a
 * "reload"; by default the organisation list (null: a fresh start).
 */
export async function mount(backend = new FakeBackend(), opts: { route?: Route | null; lang?: Language; restartPage?: () => void } = {}): Promise<Mounted> {
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
  const app = new App({ api: backend, i18n, root, status, log: silentLog, restartPage: opts.restartPage ?? (() => undefined) });
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
