// The organisation's policy: insurer, number, period, retention, hotline, notice period, broker
// and a limit per cover type, with the recommended cover it lacks and the renewal reminder.
// Values go to the engine as KEY=VALUE text, validated there all or nothing (an empty field
// clears its value).
import type { Policy, PolicyView, Renewal } from "./bindings";
import { h } from "./dom";
import type { Shell, View } from "./shell";

type Args = Record<string, string | number>;
type T = (id: string, args?: Args) => string;

/** The policy's fields as the engine names them (coverready_incident::POLICY_KEYS). */
export const POLICY_FIELDS = ["insurer", "policy_number", "start", "end", "retention", "hotline", "notice_hours", "broker"] as const;
type Field = (typeof POLICY_FIELDS)[number];

/** A Unix time as its day in Beijing time (`2026-12-31`). */
export function beijingDate(unix: number): string {
  return new Date((unix + 8 * 3600) * 1000).toISOString().slice(0, 10);
}

/** The renewal reminder in words (null when there is nothing to say). */
export function renewalText(r: Renewal | null, t: T, end: string | null): string | null {
  if (!r) return null;
  switch (r.state) {
    case "not_yet": return t("incident-app-policy-renewal-not-yet", { date: beijingDate(r.next_at) });
    case "due": return t("incident-app-policy-renewal-due", { days_before: r.days_before, days_left: r.days_left, end: end ?? "" });
    // The policy ends at 24:00 of its end day.
    case "expired": return t("incident-app-policy-renewal-expired", { end: end ?? beijingDate(r.ended_at - 1) });
  }
}

function fieldValue(p: Policy | null, f: Field): string {
  const v = p ? p[f] : null;
  return v === null || v === undefined ? "" : String(v);
}

/** The renewal reminders due on start, for the organisation list. */
export function renderRenewals(views: PolicyView[], t: T, open: (orgId: number) => void): HTMLElement | null {
  const due = views.filter((v) => v.renewal && v.renewal.state !== "not_yet");
  if (due.length === 0) return null;
  return h("section", { class: "panel notice renewal-notice", "aria-labelledby": "renewal-heading" },
    h("h2", { id: "renewal-heading" }, t("incident-app-policy-renewal-heading")),
    h("ul", { class: "points" }, due.map((v) =>
      h("li", {},
        h("p", {}, t("incident-app-policy-renewal-org", { org: v.org_name, text: renewalText(v.renewal, t, v.policy?.end ?? null) ?? "" })),
        h("button", { type: "button", class: "button", "data-focus": `renewal-${v.org_id}`, on: { click: () => open(v.org_id) } },
          t("incident-app-policy-open-named", { org: v.org_name })),
      ))),
  );
}

export class PolicyScreen implements View {
  readonly id = "policy" as const;
  private view: PolicyView | null = null;
  private draft: Record<string, string> = {};
  private busy = false;
  private saved = false;

  constructor(private readonly shell: Shell, private readonly orgId: number) {}

  async load(): Promise<void> {
    this.view = await this.shell.api.policyView(this.orgId);
    this.resetDraft();
  }

  /** "Prepare for renewal": a fresh assessment from a copy of the answers, opened at once. */
  private async prepareRenewal(): Promise<void> {
    try {
      await this.shell.api.startAssessment(this.orgId, "full");
      this.shell.announce("incident-app-policy-renewal-started");
      await this.shell.go({ screen: "checklist", orgId: this.orgId });
    } catch (e) {
      this.shell.fail(e, "policy-prepare-renewal");
    }
  }

  private covers(): string[] {
    const v = this.view;
    if (!v) return [];
    const out = [...v.recommended];
    for (const k of Object.keys(v.policy?.limits ?? {})) if (!out.includes(k)) out.push(k);
    return out;
  }

  private resetDraft(): void {
    const p = this.view?.policy ?? null;
    this.draft = {};
    for (const f of POLICY_FIELDS) this.draft[f] = fieldValue(p, f);
    for (const c of this.covers()) {
      const limit = p?.limits[c];
      this.draft[`limit.${c}`] = limit === undefined ? "" : String(limit);
    }
  }

  private async save(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const assignments = Object.entries(this.draft).map(([k, v]) => `${k}=${v.trim()}`);
    try {
      this.view = await this.shell.api.setPolicy(this.orgId, assignments);
      this.resetDraft();
      this.busy = false;
      this.saved = true;
      this.shell.clearBanner();
      this.shell.announce("incident-app-policy-saved");
      this.shell.focusNext("policy-saved");
      this.shell.render();
    } catch (e) {
      this.busy = false;
      this.saved = false;
      this.shell.fail(e, "banner");
    }
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const t: T = (id, args) => shell.t(id, args);
    const v = this.view;
    if (!v) return [];
    const input = (key: string, label: string, type: string, hint: string | null): HTMLElement => {
      const id = `policy-${key.replace(/[._]/g, "-")}`;
      return h("div", { class: "field" },
        h("label", { for: id }, label),
        hint ? h("p", { id: `${id}-hint`, class: "hint" }, hint) : null,
        h("input", {
          id, name: key, type, class: "input", value: this.draft[key] ?? "", "data-focus": id,
          inputmode: type === "number" ? "numeric" : null, min: type === "number" ? 0 : null,
          "aria-describedby": hint ? `${id}-hint` : null,
          on: { input: (ev) => { this.draft[key] = (ev.target as HTMLInputElement).value; this.saved = false; } },
        }),
      );
    };
    const renewal = renewalText(v.renewal, t, v.policy?.end ?? null);
    const form = h("form", {
      class: "policy-form", novalidate: true,
      on: { submit: (ev) => { ev.preventDefault(); void this.save(); } },
    },
      h("fieldset", { class: "field-group" },
        h("legend", {}, t("incident-app-policy-fields")),
        input("insurer", t("incident-policy-field-insurer"), "text", null),
        input("policy_number", t("incident-policy-field-policy_number"), "text", null),
        input("start", t("incident-policy-field-start"), "date", t("incident-app-policy-date-hint")),
        input("end", t("incident-policy-field-end"), "date", t("incident-app-policy-date-hint")),
        input("retention", t("incident-policy-field-retention"), "number", t("incident-app-policy-yuan-hint")),
        input("hotline", t("incident-policy-field-hotline"), "tel", t("incident-app-policy-hotline-hint")),
        input("notice_hours", t("incident-policy-field-notice_hours"), "number", t("incident-app-policy-hours-hint")),
        input("broker", t("incident-policy-field-broker"), "text", t("incident-app-policy-broker-hint")),
      ),
      h("fieldset", { class: "field-group" },
        h("legend", {}, t("incident-policy-limits")),
        h("p", { class: "hint" }, t("incident-app-policy-limits-hint")),
        this.covers().map((c) => input(`limit.${c}`, t(`risk-coverage-${c}`), "number", null)),
      ),
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button primary", "data-focus": "policy-save", "aria-disabled": this.busy ? "true" : null }, t("incident-app-policy-save")),
      ),
      this.saved ? h("p", { class: "save-note", tabindex: "-1", "data-focus": "policy-saved" }, h("span", { "aria-hidden": "true" }, "✓ "), t("incident-app-policy-saved")) : null,
    );
    return [
      h("section", { class: "panel wide policy", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, v.org_name),
        shell.heading(t("incident-policy-heading", { org: v.org_name })),
        shell.banner(),
        h("p", { class: "lead" }, t("incident-app-policy-lead")),
        renewal ? h("p", { class: v.renewal?.state === "not_yet" ? "hint" : "warn-box", role: v.renewal?.state === "not_yet" ? null : "note" }, renewal) : h("p", { class: "hint" }, t("incident-policy-renewal-unknown")),
        // Renewal time: a new assessment that starts from a copy of the current answers (the
        // current one stays as it was, for the record of what was declared last year).
        v.renewal && v.renewal.state !== "not_yet"
          ? h("div", { class: "actions tight" },
              h("button", {
                type: "button", class: "button", "data-focus": "policy-prepare-renewal", "aria-describedby": "policy-prepare-renewal-hint",
                on: { click: () => void this.prepareRenewal() },
              }, t("incident-app-policy-prepare-renewal")),
              h("p", { class: "hint", id: "policy-prepare-renewal-hint" }, t("incident-app-policy-prepare-renewal-hint")))
          : null,
      ),
      h("section", { class: "panel wide policy-gaps", "aria-labelledby": "gaps-heading" },
        h("h2", { id: "gaps-heading" }, t("incident-app-policy-gaps-title")),
        v.gaps.length
          ? [h("p", {}, t("incident-policy-gaps")), h("ul", { class: "points gap-list" }, v.gaps.map((g) => h("li", {}, t(`risk-coverage-${g}`))))]
          : h("p", {}, t("incident-policy-no-gaps")),
      ),
      h("section", { class: "panel wide", "aria-labelledby": "policy-form-heading" },
        h("h2", { id: "policy-form-heading" }, t("incident-app-policy-form-title")),
        form,
      ),
      h("div", { class: "actions page-actions" },
        h("button", { type: "button", class: "button", "data-focus": "policy-to-incident", on: { click: () => void shell.go({ screen: "incident", orgId: this.orgId, id: null }) } }, t("incident-app-button")),
        h("button", { type: "button", class: "button", "data-focus": "policy-to-results", on: { click: () => void shell.go({ screen: "results", orgId: this.orgId }) } }, t("ui-org-results")),
        h("button", { type: "button", class: "button", "data-focus": "policy-to-home", on: { click: () => void shell.go({ screen: "home" }) } }, t("ui-back-to-orgs")),
      ),
    ];
  }
}
