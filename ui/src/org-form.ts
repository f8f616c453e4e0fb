// The form that creates or edits an organisation: its name and the basic profile choices.
// It owns its draft; the shell shows it and takes it back to the home screen when done.
import type { I18n } from "./i18n";
import type { OrgInput, Organisation, ProfileField, ProfileValue } from "./bindings";
import { h } from "./dom";
import type { Shell } from "./shell";
import { NAME_MAX, normaliseName, validateName, type NameProblem } from "./validate";

/** The profile questions the form and the home cards show: the basic choices. */
export function basicFields(fields: ProfileField[]): ProfileField[] {
  return fields.filter((f) => f.basic && f.kind === "choice");
}

export function optionLabel(i18n: I18n, fieldId: string, value: ProfileValue): string {
  return i18n.optional(`profile-option-${fieldId}-${String(value)}`) ?? String(value);
}

export class OrgForm {
  private draft: { name: string; profile: Record<string, string> } = { name: "", profile: {} };
  private nameProblem: NameProblem | null = null;
  private busy = false;

  constructor(
    private readonly shell: Shell,
    private readonly editing: Organisation | null,
    /** Where focus goes back to when the owner cancels. */
    private readonly returnFocus: string,
    /** Back to the home screen, focusing `focus`. */
    private readonly done: (focus: string) => void,
  ) {
    if (editing) {
      this.draft.name = editing.name;
      for (const f of basicFields(shell.fields)) {
        const v = editing.profile[f.id];
        if (typeof v === "string") this.draft.profile[f.id] = v;
      }
    }
  }

  private t(id: string, args?: Parameters<Shell["t"]>[1]): string { return this.shell.t(id, args); }

  cancel(): void { this.done(this.returnFocus); }

  async submit(): Promise<void> {
    if (this.busy) return;
    const shell = this.shell;
    const editing = this.editing;
    const name = normaliseName(this.draft.name);
    this.nameProblem = validateName(name);
    if (this.nameProblem) {
      shell.clearBanner();
      shell.focusNext("name");
      shell.render();
      return;
    }
    const profile: Record<string, ProfileValue> = editing ? { ...editing.profile } : {};
    for (const f of basicFields(shell.fields)) {
      const v = this.draft.profile[f.id];
      if (v) profile[f.id] = v;
      else delete profile[f.id];
    }
    const input: OrgInput = { name, profile };
    this.busy = true;
    try {
      const saved = editing ? await shell.api.updateOrg(editing.id, input) : await shell.api.createOrg(input);
      shell.orgs = await shell.api.listOrgs();
      this.busy = false;
      shell.announce(editing ? "ui-org-updated" : "ui-org-created", { name: saved.name });
      this.done(`org-${saved.id}`);
    } catch (e) {
      this.busy = false;
      shell.fail(e);
    }
  }

  render(): HTMLElement[] {
    const editing = this.editing;
    const problem = this.nameProblem;
    const nameError = problem
      ? h("p", { id: "org-name-error", class: "field-error" },
          this.t(problem.id, "args" in problem ? problem.args : undefined))
      : null;
    const nameInput = h("input", {
      id: "org-name", name: "name", type: "text", class: "input",
      autocomplete: "organization", required: true, spellcheck: "false",
      "aria-invalid": problem ? "true" : null,
      "aria-describedby": problem ? "org-name-hint org-name-error" : "org-name-hint",
      "data-focus": "name",
      value: this.draft.name,
      on: { input: (ev) => { this.draft.name = (ev.target as HTMLInputElement).value; } },
    });

    const selects = basicFields(this.shell.fields).map((f) => {
      const id = `field-${f.id}`;
      const help = this.shell.i18n.optional(`profile-field-${f.id}-help`);
      const current = this.draft.profile[f.id] ?? "";
      const options = [
        h("option", { value: "" }, this.t("ui-select-placeholder")),
        ...f.options.map((opt) => h("option", { value: opt, selected: opt === current }, optionLabel(this.shell.i18n, f.id, opt))),
      ];
      // An unknown stored value is kept visible rather than silently dropped.
      if (current && !f.options.includes(current)) options.push(h("option", { value: current, selected: true }, current));
      const select = h("select", {
        id, name: f.id, class: "input",
        "aria-describedby": help ? `${id}-help` : null,
        "data-focus": id,
        on: {
          change: (ev) => { this.draft.profile[f.id] = (ev.target as HTMLSelectElement).value; },
        },
      }, options);
      return h("div", { class: "field" },
        h("label", { for: id }, this.t(`profile-field-${f.id}`)),
        help ? h("p", { id: `${id}-help`, class: "hint" }, help) : null,
        select,
      );
    });

    const form = h("form", {
      class: "org-form", novalidate: true,
      on: { submit: (ev) => { ev.preventDefault(); void this.submit(); } },
    },
      h("div", { class: "field" },
        h("label", { for: "org-name" }, this.t("ui-org-name-label")),
        h("p", { id: "org-name-hint", class: "hint" }, this.t("ui-org-name-hint", { max: NAME_MAX })),
        nameError,
        nameInput,
      ),
      selects,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button primary", "data-focus": "save" },
          this.t(editing ? "ui-form-save" : "ui-form-create")),
        h("button", {
          type: "button", class: "button", "data-focus": "cancel",
          on: { click: () => this.cancel() },
        }, this.t("ui-form-cancel")),
      ),
    );

    return [
      h("section", { class: "panel", "aria-labelledby": "screen-heading" },
        this.shell.heading(editing ? this.t("ui-form-edit-title", { name: editing.name }) : this.t("ui-form-new-title")),
        this.shell.banner(),
        h("p", { class: "intro" }, this.t("ui-form-intro")),
        form,
      ),
    ];
  }
}
