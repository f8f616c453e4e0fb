// "Something happened": choose what happened and when it was discovered, then the first steps
// in order (each with its source, ticked with the time), the deadlines counting down from
// discovery, who to call, the hash-chained log with evidence files, "verify the log" and the
// claim pack. Every rule and every check is the engine's (coverready-core incidents.rs); this
// only lays it out. Evidence files are picked in the system's own dialog, run in Rust.
import type { ChainStatus, DeadlineView, EntryView, IncidentView, Kind, ReportFiles } from "./bindings";
import { h } from "./dom";
import type { Shell, View } from "./shell";

/** A source as the reader sees it: a document's own title, or the message naming the owner's own policy. */
function sourceTitle(source: { title: string; title_key?: string | null }, t: (id: string) => string): string {
  return source.title_key ? t(source.title_key) : source.title;
}

type Args = Record<string, string | number>;

/** The kinds in the order the owner sees them (coverready_incident::Kind). */
export const KINDS: Kind[] = ["ransomware", "payment-fraud", "data-leak", "account-takeover", "website", "lost-device", "other"];

/** The single key that opens "Something happened" from every screen (announced in aria-keyshortcuts). */
export const INCIDENT_KEY = "F9";

/** A time of the engine's views (RFC 3339, +08:00) as `2026-12-03 16:00`, in Beijing time. */
export function shownTime(rfc3339: string, t: (id: string, args?: Args) => string): string {
  const ms = Date.parse(rfc3339);
  if (Number.isNaN(ms)) return rfc3339;
  const cst = new Date(ms + 8 * 3600_000).toISOString();
  return t("incident-app-time", { date: cst.slice(0, 10), clock: cst.slice(11, 16) });
}

/** The value of a `datetime-local` input as RFC 3339 with this computer's offset. */
export function localToRfc3339(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const local = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? "0"));
  if (Number.isNaN(local.getTime())) return null;
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(Number(m[6] ?? "0"))}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Now as a `datetime-local` value (minutes), in this computer's time. */
function localNow(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A deadline's countdown as its message (id and arguments), the hours left as the engine
 * counted them when the view was loaded, less `elapsedHours` since. */
export function deadlineMessage(d: DeadlineView, t: (id: string, args?: Args) => string, elapsedHours = 0): { id: string; args: Args; stage: number } {
  const name = t(`incident-deadline-${d.id}`);
  if (!d.due_at || d.remaining_hours === null) return { id: "incident-app-deadline-no-policy", args: { name }, stage: 0 };
  // Half a minute's grace, so a fresh 4-hour deadline reads "4 h", not "3 h".
  const left = d.remaining_hours - elapsedHours + 1 / 120;
  const time = shownTime(d.due_at, t);
  if (left < 0) return { id: "incident-app-deadline-overdue", args: { name, time, hours: Math.floor(-left) }, stage: 2 };
  if (left < 1) return { id: "incident-app-deadline-soon", args: { name, time }, stage: 1 };
  return { id: "incident-app-deadline-due", args: { name, time, hours: Math.floor(left) }, stage: 0 };
}

/** A deadline's countdown in words. */
export function deadlineText(d: DeadlineView, t: (id: string, args?: Args) => string, elapsedHours = 0): string {
  const m = deadlineMessage(d, t, elapsedHours);
  return t(m.id, m.args);
}

/** The incident screen on show: an earlier one's countdown stops. */
let shown: IncidentScreen | null = null;

export class IncidentScreen implements View {
  readonly id = "incident" as const;
  private orgId: number | null;
  private incident: IncidentView | null = null;
  private incidents: IncidentView[] = [];
  private loadedAt = Date.now();
  private kind: Kind | null = null;
  private discovered = localNow();
  private discoveredTouched = false;
  private note = "";
  private verified: ChainStatus | null = null;
  private pack: ReportFiles | null = null;
  private packNote: string | null = null;
  private busy = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly shell: Shell, orgId: number | null, private readonly incidentId: number | null) {
    this.orgId = orgId;
  }

  async load(): Promise<void> {
    const { shell } = this;
    if (shell.orgs.length === 0 || (this.orgId !== null && !shell.orgs.some((o) => o.id === this.orgId))) {
      shell.orgs = await shell.api.listOrgs();
    }
    if (this.incidentId !== null) {
      this.incident = await shell.api.incidentView(this.incidentId);
      this.orgId = this.incident.org_id;
      this.loadedAt = Date.now();
      this.startTimer();
      return;
    }
    if (this.orgId === null) this.orgId = shell.orgs[0]?.id ?? null;
    this.incidents = this.orgId === null ? [] : await shell.api.listIncidents(this.orgId);
  }

  /** The countdown is redrawn each minute while the screen is up. Nothing is announced, except
   * once when a deadline comes within the hour or passes. */
  private startTimer(): void {
    if (this.timer !== null) return;
    const t = (id: string, args?: Args): string => this.shell.t(id, args);
    const stages = new Map<string, number>();
    for (const d of this.incident?.deadlines ?? []) stages.set(d.id, deadlineMessage(d, t).stage);
    this.timer = setInterval(() => {
      const el = document.querySelector(".incident-deadlines");
      if (!el || !this.incident || shown !== this) {
        if (this.timer !== null) clearInterval(this.timer);
        this.timer = null;
        return;
      }
      const elapsed = (Date.now() - this.loadedAt) / 3600_000;
      for (const item of el.querySelectorAll<HTMLElement>("[data-deadline]")) {
        const d = this.incident.deadlines.find((x) => x.id === item.dataset.deadline);
        if (!d) continue;
        const m = deadlineMessage(d, t, elapsed);
        item.textContent = t(m.id, m.args);
        if (m.stage > (stages.get(d.id) ?? 0)) this.shell.announce(m.id, m.args);
        stages.set(d.id, m.stage);
      }
    }, 60_000);
  }

  private t(id: string, args?: Args): string { return this.shell.t(id, args); }

  private async chooseOrg(orgId: number): Promise<void> {
    this.orgId = orgId;
    this.shell.remember({ screen: "incident", orgId, id: null });
    try {
      this.incidents = await this.shell.api.listIncidents(orgId);
    } catch (e) {
      this.incidents = [];
      this.shell.fail(e, "incident-org");
      return;
    }
    this.shell.render();
  }

  private async reload(): Promise<void> {
    if (this.incidentId === null) return;
    this.incident = await this.shell.api.incidentView(this.incidentId);
    this.loadedAt = Date.now();
  }

  private async run(focus: string, act: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.shell.clearBanner();
    try {
      await act();
      this.busy = false;
      this.shell.render();
    } catch (e) {
      this.busy = false;
      this.shell.fail(e, focus);
    }
  }

  private start(): Promise<void> {
    return this.run("incident-start", async () => {
      if (this.orgId === null) return;
      if (this.kind === null) {
        this.shell.announce("incident-app-choose-kind-first");
        this.shell.focusNext(`incident-kind-${KINDS[0]}`);
        return;
      }
      const discovered = this.discoveredTouched ? localToRfc3339(this.discovered) ?? this.discovered : null;
      const view = await this.shell.api.startIncident(this.orgId, this.kind, discovered);
      this.busy = false;
      this.shell.announce("incident-app-started", { id: view.id });
      await this.shell.go({ screen: "incident", orgId: view.org_id, id: view.id });
    });
  }

  private tick(step: string): Promise<void> {
    return this.run(`step-${step}`, async () => {
      if (this.incidentId === null) return;
      const entry = await this.shell.api.tickIncidentStep(this.incidentId, step);
      await this.reload();
      this.shell.announce("incident-app-ticked", { time: shownTime(entry.at, (id, a) => this.t(id, a)) });
      this.shell.focusNext(`step-${step}`);
    });
  }

  private addEntry(withEvidence: boolean): Promise<void> {
    const focus = withEvidence ? "log-add-evidence" : "log-add";
    return this.run(focus, async () => {
      if (this.incidentId === null) return;
      const entry = withEvidence
        ? await this.shell.api.addIncidentEvidence(this.incidentId, this.note)
        : await this.shell.api.addIncidentNote(this.incidentId, this.note);
      if (entry === null) {
        this.shell.announce("incident-app-evidence-cancelled");
        this.shell.focusNext(focus);
        return;
      }
      this.note = "";
      this.verified = null;
      await this.reload();
      this.shell.announce("incident-app-entry-added", { seq: entry.seq });
      this.shell.focusNext("log-text");
    });
  }

  private verify(): Promise<void> {
    return this.run("log-verify", async () => {
      if (this.incidentId === null) return;
      this.verified = await this.shell.api.verifyIncident(this.incidentId);
      this.shell.announce(this.verified.intact ? "incident-app-verify-ok" : "incident-app-verify-broken",
        { count: this.verified.count, seq: this.verified.broken?.seq ?? 0 });
      this.shell.focusNext("log-verify");
    });
  }

  private makePack(): Promise<void> {
    return this.run("pack-make", async () => {
      if (this.incidentId === null) return;
      this.shell.announce("incident-app-pack-making");
      this.pack = await this.shell.api.makeClaimPack(this.incidentId);
      this.packNote = null;
      this.shell.announce("incident-app-pack-made", { pages: this.pack.pages });
      this.shell.focusNext("pack-heading");
    });
  }

  private openPack(): Promise<void> {
    return this.run("pack-open", async () => {
      if (!this.pack) return;
      await this.shell.api.openClaimPack(this.pack.pdf_path);
      this.shell.announce("incident-app-pack-opened");
    });
  }

  private savePack(): Promise<void> {
    return this.run("pack-save", async () => {
      if (!this.pack) return;
      const saved = await this.shell.api.saveClaimPackAs(this.pack.pdf_path);
      this.packNote = saved ? this.t("incident-app-pack-saved", { path: saved }) : this.t("incident-app-pack-save-cancelled");
      this.shell.announce(saved ? "incident-app-pack-saved" : "incident-app-pack-save-cancelled", { path: saved ?? "" });
    });
  }

  render(): (HTMLElement | null)[] {
    shown = this;
    return this.incident ? this.renderIncident(this.incident) : this.renderStart();
  }

  // ───────── choose what happened and when ─────────

  private renderStart(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Args): string => this.t(id, args);
    const orgs = shell.orgs;
    const form = h("form", {
      class: "incident-start", novalidate: true,
      on: { submit: (ev) => { ev.preventDefault(); void this.start(); } },
    },
      orgs.length > 1
        ? h("div", { class: "field" },
            h("label", { for: "incident-org" }, t("incident-app-org-label")),
            h("select", {
              id: "incident-org", class: "input", "data-focus": "incident-org",
              on: {
                // Stays on this screen (no change of context on input): only the list below follows.
                change: (ev) => void this.chooseOrg(Number((ev.target as HTMLSelectElement).value)),
              },
            }, orgs.map((o) => h("option", { value: String(o.id), selected: o.id === this.orgId }, o.name))))
        : null,
      h("fieldset", { class: "field incident-kinds" },
        h("legend", {}, t("incident-app-kind-legend")),
        h("div", { class: "choice-list" }, KINDS.map((k) =>
          h("div", { class: "choice" },
            h("input", {
              type: "radio", name: "incident-kind", id: `incident-kind-${k}`, value: k,
              "data-focus": `incident-kind-${k}`, checked: this.kind === k,
              on: { change: () => { this.kind = k; } },
            }),
            h("label", { for: `incident-kind-${k}` }, t(`incident-kind-${k}`)),
          ))),
      ),
      h("div", { class: "field" },
        h("label", { for: "incident-discovered" }, t("incident-app-discovered-label")),
        h("p", { id: "incident-discovered-hint", class: "hint" }, t("incident-app-discovered-hint")),
        h("input", {
          id: "incident-discovered", type: "datetime-local", class: "input", value: this.discovered,
          "aria-describedby": "incident-discovered-hint", "data-focus": "incident-discovered",
          on: { input: (ev) => { this.discovered = (ev.target as HTMLInputElement).value; this.discoveredTouched = true; } },
        }),
      ),
      h("div", { class: "actions" },
        h("button", {
          type: "submit", class: "button primary large", "data-focus": "incident-start",
          "aria-disabled": this.busy || this.orgId === null ? "true" : null,
        }, t("incident-app-start")),
      ),
    );
    const earlier = this.incidents.length
      ? h("section", { class: "panel wide", "aria-labelledby": "incident-earlier-heading" },
          h("h2", { id: "incident-earlier-heading" }, t("incident-app-earlier")),
          h("ul", { class: "incident-list" }, [...this.incidents].reverse().map((i) =>
            h("li", {},
              h("button", {
                type: "button", class: "button subtle", "data-focus": `incident-open-${i.id}`,
                on: { click: () => void shell.go({ screen: "incident", orgId: i.org_id, id: i.id }) },
              }, t("incident-app-earlier-item", {
                id: i.id, kind: t(`incident-kind-${i.kind}`), time: shownTime(i.discovered_at, t),
                done: i.steps.filter((s) => s.done_at !== null).length, steps: i.steps.length,
              }))))))
      : null;
    return [
      h("section", { class: "panel wide incident", "aria-labelledby": "screen-heading" },
        this.orgId !== null ? h("p", { class: "eyebrow" }, shell.orgName(this.orgId)) : null,
        shell.heading(t("incident-app-title")),
        shell.banner(),
        h("p", { class: "lead" }, t("incident-app-lead")),
        this.orgId === null ? h("p", {}, t("incident-app-no-org")) : form,
      ),
      earlier,
      this.pageActions(),
    ];
  }

  private pageActions(): HTMLElement {
    const { shell } = this;
    const t = (id: string): string => this.t(id);
    const orgId = this.orgId;
    return h("div", { class: "actions page-actions" },
      orgId !== null
        ? h("button", { type: "button", class: "button", "data-focus": "incident-to-policy", on: { click: () => void shell.go({ screen: "policy", orgId }) } }, t("incident-app-policy-open"))
        : null,
      orgId !== null
        ? h("button", { type: "button", class: "button", "data-focus": "incident-to-results", on: { click: () => void shell.go({ screen: "results", orgId }) } }, t("ui-org-results"))
        : null,
      h("button", { type: "button", class: "button", "data-focus": "incident-to-home", on: { click: () => void shell.go({ screen: "home" }) } }, t("ui-back-to-orgs")),
    );
  }

  // ───────── the incident ─────────

  private renderIncident(v: IncidentView): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Args): string => this.t(id, args);
    const time = (s: string): string => shownTime(s, t);
    const flags = v.flags.map((f) => h("p", { class: "warn-box", role: "note" },
      t(`incident-flag-${f}`, { start: v.policy_starts_at ? time(v.policy_starts_at) : "", end: v.policy_ends_at ? time(v.policy_ends_at) : "" })));
    const elapsed = (Date.now() - this.loadedAt) / 3600_000;
    return [
      h("section", { class: "panel wide incident", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, v.org_name),
        shell.heading(t("incident-app-heading", { id: v.id, kind: t(`incident-kind-${v.kind}`) })),
        shell.banner(),
        h("p", { class: "lead" }, t("incident-app-discovered", { time: time(v.discovered_at) })),
        flags,
        v.policy ? null : h("p", { class: "warn-box", role: "note" }, t("incident-app-no-policy")),
      ),
      h("section", { class: "panel wide incident-deadlines", "aria-labelledby": "deadlines-heading" },
        h("h2", { id: "deadlines-heading" }, t("incident-deadlines-heading")),
        h("ul", { class: "points" }, v.deadlines.map((d) =>
          h("li", { class: d.overdue ? "deadline overdue" : "deadline" },
            h("span", { "data-deadline": d.id }, deadlineText(d, t, elapsed)),
            h("span", { class: "source" }, t("incident-app-source", { source: sourceTitle(d.source, t) })),
          ))),
      ),
      h("section", { class: "panel wide incident-steps", "aria-labelledby": "steps-heading" },
        h("h2", { id: "steps-heading" }, t("incident-steps-heading")),
        h("ol", { class: "incident-step-list" }, v.steps.map((s) =>
          h("li", { class: s.done_at ? "incident-step done" : "incident-step" },
            h("p", { class: "incident-step-text", id: `step-text-${s.id}` }, t(`incident-step-${s.id}`)),
            h("p", { class: "source" }, t("incident-app-source", { source: sourceTitle(s.source, t) })),
            s.done_at
              ? h("p", { class: "incident-step-done", tabindex: "-1", "data-focus": `step-${s.id}` },
                  h("span", { "aria-hidden": "true" }, "✓ "), t("incident-app-step-done", { time: time(s.done_at) }))
              : h("button", {
                  type: "button", class: "button", "data-focus": `step-${s.id}`,
                  "aria-describedby": `step-text-${s.id}`,
                  on: { click: () => void this.tick(s.id) },
                }, t("incident-app-tick", { n: s.n })),
          ))),
      ),
      h("section", { class: "panel wide incident-contacts", "aria-labelledby": "contacts-heading" },
        h("h2", { id: "contacts-heading" }, t("incident-contacts-heading")),
        h("dl", { class: "facts-list" }, v.contacts.map((c) =>
          h("div", { class: "row" },
            h("dt", {}, t(`incident-contact-${c.id}`)),
            h("dd", {}, c.number ?? t("incident-app-contact-missing"),
              c.source ? h("span", { class: "source" }, " · ", t("incident-app-source", { source: sourceTitle(c.source, t) })) : null),
          ))),
      ),
      this.renderLog(v),
      this.renderPack(),
      this.pageActions(),
    ];
  }

  private renderLog(v: IncidentView): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    const time = (s: string): string => shownTime(s, t);
    const entryText = (e: EntryView): string => {
      switch (e.what) {
        case "started": return t("incident-entry-started", { kind: t(`incident-kind-${e.text}`) });
        case "step": return t("incident-entry-step", { step: e.step ? t(`incident-step-${e.step}`) : "" });
        default: return e.text;
      }
    };
    const chain = this.verified ?? v.chain;
    return h("section", { class: "panel wide incident-log", "aria-labelledby": "log-heading" },
      h("h2", { id: "log-heading" }, t("incident-timeline-heading")),
      h("p", { class: "hint" }, t("incident-app-log-hint")),
      h("div", { class: "field" },
        h("label", { for: "log-text" }, t("incident-app-log-text")),
        h("textarea", {
          id: "log-text", class: "input", rows: 3, maxlength: 2000, "data-focus": "log-text",
          on: { input: (ev) => { this.note = (ev.target as HTMLTextAreaElement).value; } },
        }, this.note),
      ),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button primary", "data-focus": "log-add", on: { click: () => void this.addEntry(false) } }, t("incident-app-log-add")),
        h("button", {
          type: "button", class: "button", "data-focus": "log-add-evidence", "aria-haspopup": "dialog",
          on: { click: () => void this.addEntry(true) },
        }, t("incident-app-log-add-evidence")),
      ),
      h("ol", { class: "incident-log-list", "aria-label": t("incident-app-log-list") }, v.entries.map((e) =>
        h("li", { class: "log-entry" },
          h("p", { class: "log-meta" }, t("incident-app-entry-meta", { seq: e.seq, time: time(e.at), who: e.who || t("incident-who-unknown") })),
          h("p", { class: "log-text" }, entryText(e)),
          e.evidence
            ? h("p", { class: "log-evidence" }, t("incident-app-entry-evidence", { name: e.evidence.name, size: e.evidence.size, sha: e.evidence.sha256.slice(0, 16) }))
            : null,
          h("p", { class: "log-hash path" }, t("incident-app-entry-hash", { hash: e.hash.slice(0, 16) })),
        ))),
      h("p", { class: chain.intact ? "chain ok" : "chain broken", "data-chain": chain.intact ? "intact" : "broken" },
        h("span", { "aria-hidden": "true" }, chain.intact ? "✓ " : "! "),
        chain.intact
          ? t("incident-app-verify-ok", { count: chain.count })
          : t("incident-app-verify-broken", { seq: chain.broken?.seq ?? 0, count: chain.count })),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", "data-focus": "log-verify", on: { click: () => void this.verify() } }, t("incident-app-verify")),
      ),
    );
  }

  private renderPack(): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    const p = this.pack;
    return h("section", { class: "panel wide incident-pack", "aria-labelledby": "pack-heading" },
      h("h2", { id: "pack-heading", tabindex: "-1", "data-focus": "pack-heading" }, t("incident-app-pack-title")),
      h("p", { class: "hint" }, t("incident-app-pack-hint")),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button primary", "data-focus": "pack-make", on: { click: () => void this.makePack() } },
          t(p ? "incident-app-pack-make-again" : "incident-app-pack-make")),
      ),
      p
        ? h("div", { class: "pack-files" },
            h("dl", { class: "facts-list" },
              h("div", { class: "row" }, h("dt", {}, t("incident-app-pack-pages")), h("dd", {}, String(p.pages))),
              h("div", { class: "row" }, h("dt", {}, t("incident-app-pack-pdf")), h("dd", { class: "path", "data-pack-pdf": "" }, p.pdf_path)),
              h("div", { class: "row" }, h("dt", {}, t("incident-app-pack-json-sha")), h("dd", { class: "path" }, p.json_sha256)),
            ),
            h("div", { class: "actions" },
              h("button", { type: "button", class: "button", "data-focus": "pack-open", on: { click: () => void this.openPack() } }, t("incident-app-pack-open")),
              h("button", { type: "button", class: "button", "data-focus": "pack-save", "aria-haspopup": "dialog", on: { click: () => void this.savePack() } }, t("incident-app-pack-save")),
            ),
            this.packNote ? h("p", { class: "save-note" }, this.packNote) : null,
          )
        : null,
      // Sending makes a fresh pack from the log as it stands, so it is offered before one is made.
      this.incidentId !== null && this.orgId !== null
        ? h("div", { class: "actions" },
            h("button", {
              type: "button", class: "button", "data-focus": "pack-send", "aria-describedby": "pack-send-hint",
              on: { click: () => void this.shell.go({ screen: "apply", orgId: this.orgId ?? 0, incidentId: this.incidentId ?? undefined }) },
            }, t("incident-app-pack-send")),
            h("p", { class: "hint", id: "pack-send-hint" }, t("incident-app-pack-send-hint")),
          )
        : null,
    );
  }
}
