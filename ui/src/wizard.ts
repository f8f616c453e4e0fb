// Business profile in a few short steps. Each step is saved when the owner
// moves on (update_org replaces the whole profile, so the full merged profile
// is always sent). Any question may be left unanswered ("not sure / skip").
import type { Organisation, ProfileField, ProfileValue } from "./bindings";
import { h } from "./dom";
import { choiceField } from "./profile-field";
import type { Shell, View } from "./shell";
import { NAME_MAX, normaliseName, validateName, type NameProblem } from "./validate";

/** Steps by theme; fields the UI does not know yet go to the last step. */
const STEPS: { title: string; fields: string[] }[] = [
  { title: "ui-wizard-step-basics", fields: ["industry", "headcount_band", "revenue_band", "region"] },
  { title: "ui-wizard-step-data", fields: ["personal_records", "sensitive_data", "bank_transfers", "largest_transfer", "card_payments"] },
  { title: "ui-wizard-step-systems", fields: ["website", "cloud_services", "outsourced_it", "own_servers", "remote_work", "key_sector_supplier"] },
  { title: "ui-wizard-step-resilience", fields: ["downtime_tolerance", "daily_gross_profit", "incidents_3y", "mlps_status"] },
];

export function wizardSteps(fields: ProfileField[]): { title: string; fields: ProfileField[] }[] {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const placed = new Set(STEPS.flatMap((s) => s.fields));
  const steps = STEPS.map((s) => ({
    title: s.title,
    fields: s.fields.map((id) => byId.get(id)).filter((f): f is ProfileField => f !== undefined),
  }));
  steps[steps.length - 1]!.fields.push(...fields.filter((f) => !placed.has(f.id)));
  // Step 1 always exists (it holds the name), others only when they have questions.
  return steps.filter((s, i) => i === 0 || s.fields.length > 0);
}

type NumberProblem = { min: number; max: number };

export class ProfileWizard implements View {
  readonly id = "profile" as const;
  private org: Organisation | null = null;
  private name = "";
  /** Draft answers; a missing key means "not answered". */
  private draft: Record<string, ProfileValue> = {};
  /** Raw text of number fields, kept as typed. */
  private numbers: Record<string, string> = {};
  private nameProblem: NameProblem | null = null;
  private numberProblems: Record<string, NumberProblem> = {};
  private busy = false;

  constructor(private readonly shell: Shell, private orgId: number | null, private step: number) {}

  async load(): Promise<void> {
    const { shell } = this;
    if (shell.fields.length === 0) shell.fields = await shell.api.profileFields();
    if (this.orgId !== null) {
      const orgs = await shell.api.listOrgs();
      shell.orgs = orgs;
      const org = orgs.find((o) => o.id === this.orgId);
      if (!org) throw { code: "not_found", message: "organisation gone", details: { id: String(this.orgId) } };
      this.org = org;
      this.name = org.name;
      this.draft = { ...org.profile };
      for (const f of shell.fields) {
        const v = org.profile[f.id];
        if (f.kind === "number" && typeof v === "number") this.numbers[f.id] = String(v);
      }
    } else {
      this.step = 0;
    }
    this.step = Math.min(Math.max(0, this.step), this.steps().length - 1);
  }

  private steps(): { title: string; fields: ProfileField[] }[] { return wizardSteps(this.shell.fields); }

  private validateStep(): boolean {
    const fields = this.steps()[this.step]!.fields;
    let focus: string | null = null;
    if (this.step === 0) {
      this.nameProblem = validateName(normaliseName(this.name));
      if (this.nameProblem) focus = "wiz-name";
    }
    this.numberProblems = {};
    for (const f of fields) {
      if (f.kind !== "number") continue;
      const raw = (this.numbers[f.id] ?? "").trim().replace(/[,，\s]/g, "");
      if (raw === "") { delete this.draft[f.id]; continue; }
      const min = f.min ?? 0;
      const max = f.max ?? Number.MAX_SAFE_INTEGER;
      const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        this.numberProblems[f.id] = { min, max };
        focus ??= `wiz-${f.id}`;
      } else {
        this.draft[f.id] = n;
      }
    }
    if (focus) {
      this.shell.clearBanner();
      this.shell.focusNext(focus);
      this.shell.render();
      return false;
    }
    return true;
  }

  /** The whole profile to send: what the org had, with this wizard's answers merged in. */
  private mergedProfile(): Record<string, ProfileValue> {
    const out: Record<string, ProfileValue> = { ...(this.org?.profile ?? {}) };
    for (const f of this.shell.fields) {
      const v = this.draft[f.id];
      if (v === undefined) delete out[f.id];
      else out[f.id] = v;
    }
    return out;
  }

  private async save(): Promise<boolean> {
    const { shell } = this;
    const input = { name: normaliseName(this.name), profile: this.mergedProfile() };
    this.busy = true;
    try {
      const saved = this.org ? await shell.api.updateOrg(this.org.id, input) : await shell.api.createOrg(input);
      this.busy = false;
      if (!this.org) shell.announce("ui-org-created", { name: saved.name });
      else shell.announce("ui-wizard-saved");
      this.org = saved;
      this.orgId = saved.id;
      this.name = saved.name;
      shell.orgs = shell.orgs.some((o) => o.id === saved.id)
        ? shell.orgs.map((o) => (o.id === saved.id ? saved : o))
        : [...shell.orgs, saved];
      return true;
    } catch (e) {
      this.busy = false;
      shell.fail(e);
      return false;
    }
  }

  private async next(): Promise<void> {
    if (this.busy || !this.validateStep()) return;
    if (!(await this.save())) return;
    const last = this.step >= this.steps().length - 1;
    const orgId = this.orgId!;
    if (last) {
      await this.shell.go({ screen: "checklist", orgId, choose: true });
      return;
    }
    this.step += 1;
    this.moved();
  }

  /** Save what is on this step (when the organisation exists), then go home. */
  private async later(): Promise<void> {
    if (this.busy) return;
    if (this.org) {
      if (!this.validateStep() || !(await this.save())) return;
    }
    await this.shell.go({ screen: "home" });
  }

  private back(): void {
    if (this.busy || this.step === 0) return;
    this.step -= 1;
    this.moved();
  }

  private moved(): void {
    this.nameProblem = null;
    this.numberProblems = {};
    this.shell.clearBanner();
    this.shell.remember({ screen: "profile", orgId: this.orgId, step: this.step });
    this.shell.focusNext("screen-heading");
    this.shell.render();
  }

  private renderField(f: ProfileField): HTMLElement {
    const { shell } = this;
    const id = `wiz-${f.id}`;
    const help = shell.i18n.optional(`profile-field-${f.id}-help`);
    const helpId = help ? `${id}-help` : null;
    if (f.kind === "number") {
      const p = this.numberProblems[f.id];
      return h("div", { class: "field" },
        h("label", { for: id }, shell.t(`profile-field-${f.id}`)),
        help ? h("p", { id: helpId!, class: "hint" }, help) : null,
        h("p", { id: `${id}-skip`, class: "hint" }, shell.t("ui-wizard-number-skip")),
        p ? h("p", { id: `${id}-error`, class: "field-error" }, shell.t("ui-wizard-number-error", { min: p.min, max: p.max })) : null,
        h("input", {
          id, type: "text", inputmode: "numeric", class: "input narrow", autocomplete: "off",
          "data-focus": id, value: this.numbers[f.id] ?? "",
          "aria-invalid": p ? "true" : null,
          "aria-describedby": [helpId, `${id}-skip`, p ? `${id}-error` : null].filter(Boolean).join(" "),
          on: { input: (ev) => { this.numbers[f.id] = (ev.target as HTMLInputElement).value; } },
        }),
      );
    }
    return choiceField(shell, f, "wiz", this.draft[f.id], (value) => {
      if (value === undefined) delete this.draft[f.id];
      else this.draft[f.id] = value;
    });
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const steps = this.steps();
    const step = steps[this.step]!;
    const total = steps.length;
    const last = this.step === total - 1;
    const np = this.nameProblem;
    const title = this.org ? shell.t("ui-wizard-title-named", { name: this.org.name }) : shell.t("ui-wizard-title");
    return [
      h("section", { class: "panel wide wizard", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, title),
        shell.heading(shell.t(step.title)),
        h("p", { class: "step-count", id: "wizard-progress" }, shell.t("ui-wizard-progress", { current: this.step + 1, total })),
        h("ol", { class: "stepper", "aria-labelledby": "wizard-progress" },
          steps.map((s, i) => h("li", {
            class: i < this.step ? "done" : i === this.step ? "current" : null,
            "aria-current": i === this.step ? "step" : null,
          }, shell.t(s.title))),
        ),
        shell.banner(),
        h("p", { class: "intro" }, shell.t(this.step === 0 ? "ui-wizard-intro" : "ui-wizard-intro-later")),
        h("form", {
          class: "wizard-form", novalidate: true,
          on: { submit: (ev) => { ev.preventDefault(); void this.next(); } },
        },
          this.step === 0
            ? h("div", { class: "field" },
                h("label", { for: "wiz-name" }, shell.t("ui-org-name-label")),
                h("p", { id: "wiz-name-hint", class: "hint" }, shell.t("ui-org-name-hint", { max: NAME_MAX })),
                np ? h("p", { id: "wiz-name-error", class: "field-error" }, shell.t(np.id, "args" in np ? np.args : undefined)) : null,
                h("input", {
                  id: "wiz-name", type: "text", class: "input", autocomplete: "organization", required: true,
                  spellcheck: "false", "data-focus": "wiz-name", value: this.name,
                  "aria-invalid": np ? "true" : null,
                  "aria-describedby": np ? "wiz-name-hint wiz-name-error" : "wiz-name-hint",
                  on: { input: (ev) => { this.name = (ev.target as HTMLInputElement).value; } },
                }),
              )
            : null,
          step.fields.map((f) => this.renderField(f)),
          h("div", { class: "actions nav-actions" },
            h("button", { type: "submit", class: "button primary", "data-focus": "wiz-next" },
              shell.t(last ? "ui-wizard-finish" : "ui-wizard-next")),
            this.step > 0
              ? h("button", { type: "button", class: "button", "data-focus": "wiz-back", on: { click: () => this.back() } }, shell.t("ui-back"))
              : null,
            h("button", {
              type: "button", class: "button subtle", "data-focus": "wiz-later",
              on: { click: () => void this.later() },
            }, shell.t(this.org ? "ui-wizard-later" : "ui-form-cancel")),
          ),
        ),
      ),
    ];
  }
}
