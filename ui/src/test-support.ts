// Test-only helpers (never imported by main.ts, so never bundled).
import type { Language } from "./bindings";
import type { Route } from "./shell";
import { App } from "./app";
import { FakeBackend } from "./fake-backend";
import { buildBundles, I18n, type Sources } from "./i18n";

export * from "./fake-backend";

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
