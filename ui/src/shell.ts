// What the screen modules (welcome, wizard, checklist, results, settings) get
// from the App: the back end, the texts, and a few shared UI services.
import type { Api } from "./api";
import type { AppInfo, ContentStatus, Organisation, ProfileField, Settings } from "./bindings";
import type { Args, I18n } from "./i18n";

export type Route =
  | { screen: "welcome" }
  | { screen: "quick" }
  | { screen: "home" }
  | { screen: "settings" }
  | { screen: "profile"; orgId: number | null; step: number }
  /**
   * `question`: open at this question; `choose`: offer the full/quick choice
   * first (when nothing is answered yet); `fresh`: start a new assessment.
   */
  | { screen: "checklist"; orgId: number; question?: string | null; choose?: boolean; fresh?: boolean }
  | { screen: "results"; orgId: number }
  | { screen: "scan"; orgId: number }
  | { screen: "report"; orgId: number }
  /** `incidentId`: send that incident's claim pack instead of the readiness report. */
  | { screen: "apply"; orgId: number; incidentId?: number | null }
  /** "Something happened": `id` null chooses what happened (for `orgId`, or the first business). */
  | { screen: "incident"; orgId: number | null; id: number | null }
  | { screen: "policy"; orgId: number };

export type ScreenId = Route["screen"];

export interface Shell {
  readonly api: Api;
  readonly i18n: I18n;
  readonly log: Pick<Console, "warn" | "error">;
  readonly info: AppInfo | null;
  readonly settings: Settings;
  orgs: Organisation[];
  fields: ProfileField[];
  /** The content in use (null until the engine answered). */
  readonly content: ContentStatus | null;
  /** The engine answered a new content status (an update, a settings change): texts applied. */
  setContent(status: ContentStatus): void;
  t(id: string, args?: Args): string;
  /** Re-renders the whole page, keeping focus where it was unless focusNext() was called. */
  render(): void;
  /** Focus this data-focus key after the next render. */
  focusNext(key: string): void;
  /** Navigate (loads the screen, moves focus to its heading, reports ui_ready). */
  go(route: Route): Promise<void>;
  /** Update the remembered route without navigating (survives reloads). */
  remember(route: Route): void;
  announce(id: string, args?: Args): void;
  /** Show a back-end error in the banner and focus it (or `focus`). */
  fail(e: unknown, focus?: string): void;
  clearBanner(): void;
  banner(): HTMLElement | null;
  heading(text: string): HTMLElement;
  /** Apply and persist settings (optimistic; reverted with an error when saving fails). */
  saveSettings(next: Settings): Promise<void>;
  orgName(orgId: number): string;
  /** Workshop mode (a shared laptop), or null. */
  readonly workshop: { finish(): Promise<void> } | null;
}

export interface View {
  /** ui_ready screen id */
  readonly id: "welcome" | "home" | "profile" | "checklist" | "results" | "settings" | "scan" | "report" | "apply" | "incident" | "policy";
  /** Fetches what the screen needs; a rejection shows the load-error panel. */
  load(): Promise<void>;
  render(): (HTMLElement | null)[];
}

const KEY = "coverready.route";

export function saveRoute(route: Route): void {
  try { sessionStorage.setItem(KEY, JSON.stringify(route)); } catch { /* storage unavailable: fine */ }
}

export function loadRoute(): Route | null {
  let raw: string | null = null;
  try { raw = sessionStorage.getItem(KEY); } catch { return null; }
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Record<string, unknown>;
    const id = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) ? v : null);
    switch (r.screen) {
      case "welcome": case "quick": case "home": case "settings":
        return { screen: r.screen };
      case "profile":
        return { screen: "profile", orgId: id(r.orgId), step: id(r.step) ?? 0 };
      case "checklist": {
        const orgId = id(r.orgId);
        if (orgId === null) return null;
        return {
          screen: "checklist", orgId, question: typeof r.question === "string" ? r.question : null,
          choose: r.choose === true, fresh: r.fresh === true,
        };
      }
      case "incident":
        return { screen: "incident", orgId: id(r.orgId), id: id(r.id) };
      case "apply": {
        const orgId = id(r.orgId);
        return orgId === null ? null : { screen: "apply", orgId, incidentId: id(r.incidentId) };
      }
      case "results": case "scan": case "report": case "policy": {
        const orgId = id(r.orgId);
        return orgId === null ? null : { screen: r.screen, orgId };
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}

/** Localisation key of a checklist question: dots become hyphens. */
export const qKey = (id: string): string => `q-${id.replace(/\./g, "-")}`;
