// Workshop mode on a shared laptop: the session ends with "Finish and erase" or after the
// facilitator's idle time (a warning first, announced once to screen readers), and then nothing
// of it is left — the engine drops its in-memory store, the page drops its own memory.
import type { WorkshopSettings } from "./bindings";
import { h } from "./dom";

type T = (id: string, args?: Record<string, string | number>) => string;

/** What ending a session needs from the app. */
export interface WorkshopHost {
  t: T;
  /** The engine's erase (`finish_workshop`). */
  erase(): Promise<unknown>;
  /** A polite announcement (role="status"). */
  announce(id: string, args?: Record<string, string | number>): void;
}

const ACTIVITY = ["keydown", "pointerdown", "wheel", "touchstart"] as const;

/** Clears what the page itself keeps, then starts it afresh at the welcome screen. */
export function restartPage(): void {
  try { sessionStorage.clear(); } catch { /* unavailable: nothing kept */ }
  try { localStorage.clear(); } catch { /* unavailable: nothing kept */ }
  location.reload();
}

export class WorkshopSession {
  private idleTimer: number | undefined;
  private tick: number | undefined;
  private warning: HTMLElement | null = null;
  private ending = false;
  private readonly onActivity = (): void => { if (!this.warning) this.arm(); };

  constructor(
    private readonly settings: WorkshopSettings,
    private readonly host: WorkshopHost,
    private readonly doc: Document = document,
    private readonly restart: () => void = restartPage,
  ) {}

  start(): void {
    for (const e of ACTIVITY) this.doc.addEventListener(e, this.onActivity, { capture: true, passive: true });
    this.arm();
  }

  stop(): void {
    for (const e of ACTIVITY) this.doc.removeEventListener(e, this.onActivity, { capture: true });
    window.clearTimeout(this.idleTimer);
    window.clearInterval(this.tick);
  }

  /** The time until the warning: the idle time less the warning's own length. */
  private arm(): void {
    window.clearTimeout(this.idleTimer);
    const quiet = Math.max(0, this.settings.idle_minutes * 60 - this.settings.warning_seconds) * 1000;
    this.idleTimer = window.setTimeout(() => this.warn(), quiet);
  }

  private warn(): void {
    const { t } = this.host;
    let left = this.settings.warning_seconds;
    const count = h("span", { class: "workshop-count" }, String(left));
    const stay = h("button", {
      type: "button", class: "button primary", "data-focus": "workshop-stay",
      on: { click: () => this.dismiss() },
    }, t("ui-workshop-still-here"));
    this.warning = h("div", {
      class: "workshop-warning", role: "alertdialog", "aria-modal": "true",
      "aria-labelledby": "workshop-warning-title", "aria-describedby": "workshop-warning-text",
    },
      h("p", { id: "workshop-warning-title", class: "warn-title" }, t("ui-workshop-idle-title")),
      // Read once when the dialog appears; the ticking number itself is not announced.
      h("p", { id: "workshop-warning-text" }, t("ui-workshop-idle-text", { seconds: left }), " ",
        h("span", { "aria-hidden": "true" }, "("), h("span", { "aria-hidden": "true" }, count), h("span", { "aria-hidden": "true" }, ")")),
      h("div", { class: "actions tight" }, stay,
        h("button", { type: "button", class: "button", "data-focus": "workshop-erase-now", on: { click: () => void this.finish() } },
          t("ui-workshop-finish"))),
    );
    this.doc.body.append(this.warning);
    stay.focus();
    this.tick = window.setInterval(() => {
      left -= 1;
      count.textContent = String(Math.max(0, left));
      if (left <= 0) void this.finish();
    }, 1000);
  }

  private dismiss(): void {
    window.clearInterval(this.tick);
    this.warning?.remove();
    this.warning = null;
    this.host.announce("ui-workshop-continued");
    this.arm();
  }

  /** Ends the session: the engine erases first; the page then forgets its own state. */
  async finish(): Promise<void> {
    if (this.ending) return;
    this.ending = true;
    this.stop();
    try {
      await this.host.erase();
    } finally {
      // Even if the engine could not be reached, the page keeps nothing of the attendee.
      this.restart();
    }
  }
}
