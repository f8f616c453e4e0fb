// First start: what CoverReady does, the privacy promise, and two ways in.
import type { ProfileValue } from "./bindings";
import { h } from "./dom";
import { choiceField } from "./profile-field";
import { glossaryList } from "./glossary";
import { LANGUAGES } from "./i18n";
import type { Shell, View } from "./shell";
import { NAME_MAX, normaliseName, validateName, type NameProblem } from "./validate";

export class WelcomeView implements View {
  readonly id = "welcome" as const;
  private code = "";

  constructor(private readonly shell: Shell) {}

  async load(): Promise<void> { /* static */ }

  /** "Continue from a workshop": the answer code from the takeaway page, typed in. */
  private renderContinue(): HTMLElement {
    const { shell } = this;
    const t = (id: string): string => shell.t(id);
    const submit = async (ev: Event): Promise<void> => {
      ev.preventDefault();
      try {
        const org = await shell.api.importAnswerCode(this.code);
        this.code = "";
        shell.orgs = [...shell.orgs, org];
        shell.announce("ui-workshop-imported", { name: org.name });
        await shell.go({ screen: "results", orgId: org.id });
      } catch (e) {
        shell.fail(e, "continue-code");
      }
    };
    return h("details", { class: "help continue-workshop" },
      h("summary", { "data-focus": "continue-open" }, t("ui-workshop-continue")),
      h("form", { class: "help-body", on: { submit: (ev: Event) => void submit(ev) } },
        h("p", { class: "hint", id: "continue-code-hint" }, t("ui-workshop-continue-hint")),
        h("label", { for: "continue-code", class: "label" }, t("ui-workshop-code-label")),
        h("input", {
          id: "continue-code", type: "text", class: "input code-input", "data-focus": "continue-code",
          autocomplete: "off", spellcheck: "false", autocapitalize: "characters", maxlength: "200",
          "aria-describedby": "continue-code-hint", value: this.code,
          on: { input: (ev: Event) => { this.code = (ev.target as HTMLInputElement).value; } },
        }),
        h("div", { class: "actions tight" },
          h("button", { type: "submit", class: "button", "data-focus": "continue-submit" }, t("ui-workshop-continue-submit"))),
      ),
    );
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string): string => shell.t(id);
    const lang = shell.i18n.language;
    return [
      h("section", { class: "panel welcome wide", "aria-labelledby": "screen-heading" },
        shell.heading(t("ui-welcome-title")),
        shell.banner(),
        h("p", { class: "lead" }, t("ui-welcome-lead")),
        h("div", { class: "lang-choice", role: "group", "aria-labelledby": "welcome-lang-label" },
          h("p", { id: "welcome-lang-label", class: "label" }, t("ui-welcome-language")),
          h("div", { class: "actions tight" },
            LANGUAGES.map((l) => h("button", {
              type: "button", class: "button lang", lang: l, "aria-pressed": String(l === lang),
              "data-focus": `welcome-lang-${l}`,
              on: { click: () => void shell.saveSettings({ ...shell.settings, language: l }) },
            }, t(`ui-language-${l}`))),
          ),
        ),
        h("h3", { class: "subhead" }, t("ui-welcome-what")),
        h("ol", { class: "points" },
          h("li", {}, h("strong", {}, t("ui-welcome-point-1-title")), " ", t("ui-welcome-point-1")),
          h("li", {}, h("strong", {}, t("ui-welcome-point-2-title")), " ", t("ui-welcome-point-2")),
          h("li", {}, h("strong", {}, t("ui-welcome-point-3-title")), " ", t("ui-welcome-point-3")),
        ),
        h("div", { class: "privacy", role: "note", "aria-labelledby": "privacy-title" },
          h("p", { id: "privacy-title", class: "privacy-title" }, t("ui-welcome-privacy-title")),
          h("p", {}, t("ui-welcome-privacy")),
        ),
        h("div", { class: "actions" },
          h("button", {
            type: "button", class: "button primary large", "data-focus": "welcome-start",
            on: { click: () => void shell.go({ screen: "profile", orgId: null, step: 0 }) },
          }, t("ui-welcome-start")),
          h("button", {
            type: "button", class: "button large", "data-focus": "welcome-quick", "aria-describedby": "welcome-quick-hint",
            on: { click: () => void shell.go({ screen: "quick" }) },
          }, t("ui-welcome-quick")),
        ),
        h("p", { class: "hint", id: "welcome-quick-hint" }, t("ui-welcome-quick-hint")),
        shell.workshop
          ? h("p", { class: "privacy", role: "note" }, t("ui-workshop-welcome"))
          : this.renderContinue(),
        shell.orgs.length > 0 && !shell.workshop
          ? h("p", {},
              h("button", {
                type: "button", class: "link-button", "data-focus": "welcome-orgs",
                on: { click: () => void shell.go({ screen: "home" }) },
              }, t("ui-welcome-see-orgs")))
          : null,
      ),
      h("section", { class: "panel wide", "aria-labelledby": "glossary-heading" },
        h("h2", { id: "glossary-heading" }, t("ui-glossary-title")),
        h("p", { class: "hint" }, t("ui-glossary-intro")),
        h("details", { class: "help" },
          h("summary", { "data-focus": "glossary-open" }, t("ui-glossary-show")),
          h("div", { class: "help-body" }, glossaryList(t)),
        ),
      ),
    ];
  }
}

/**
 * Workshop quick mode: a name and the few profile questions that decide whether a must-have
 * applies (the engine marks them), then straight into the short checklist.
 */
export class QuickView implements View {
  readonly id = "welcome" as const;
  private name = "";
  private draft: Record<string, ProfileValue> = {};
  private problem: NameProblem | null = null;
  private busy = false;

  constructor(private readonly shell: Shell) {}

  async load(): Promise<void> { /* static */ }

  private async submit(): Promise<void> {
    if (this.busy) return;
    const { shell } = this;
    const name = normaliseName(this.name);
    this.problem = validateName(name);
    if (this.problem) {
      shell.clearBanner();
      shell.focusNext("quick-name");
      shell.render();
      return;
    }
    this.busy = true;
    try {
      const org = await shell.api.createOrg({ name, profile: { ...this.draft } });
      shell.orgs = [...shell.orgs, org];
      await shell.api.ensureAssessment(org.id, "quick");
      this.busy = false;
      await shell.go({ screen: "checklist", orgId: org.id });
      shell.announce("ui-org-created", { name: org.name });
    } catch (e) {
      this.busy = false;
      shell.fail(e);
    }
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const p = this.problem;
    return [
      h("section", { class: "panel", "aria-labelledby": "screen-heading" },
        shell.heading(shell.t("ui-quick-title")),
        shell.banner(),
        h("p", { class: "intro" }, shell.t("ui-quick-intro")),
        h("form", {
          novalidate: true,
          on: { submit: (ev) => { ev.preventDefault(); void this.submit(); } },
        },
          h("div", { class: "field" },
            h("label", { for: "quick-name" }, shell.t("ui-quick-name-label")),
            h("p", { id: "quick-name-hint", class: "hint" }, shell.t("ui-quick-name-hint", { max: NAME_MAX })),
            p ? h("p", { id: "quick-name-error", class: "field-error" }, shell.t(p.id, "args" in p ? p.args : undefined)) : null,
            h("input", {
              id: "quick-name", type: "text", class: "input", autocomplete: "organization", required: true,
              spellcheck: "false", "data-focus": "quick-name", value: this.name,
              "aria-invalid": p ? "true" : null,
              "aria-describedby": p ? "quick-name-hint quick-name-error" : "quick-name-hint",
              on: { input: (ev) => { this.name = (ev.target as HTMLInputElement).value; } },
            }),
          ),
          this.renderDeciding(),
          h("div", { class: "actions" },
            h("button", { type: "submit", class: "button primary", "data-focus": "quick-go" }, shell.t("ui-quick-go")),
            h("button", {
              type: "button", class: "button", "data-focus": "quick-back",
              on: { click: () => void shell.go({ screen: "welcome" }) },
            }, shell.t("ui-back")),
          ),
        ),
      ),
    ];
  }

  /** The fields that decide must-haves, so no firm meets one it has no honest answer to. */
  private renderDeciding(): HTMLElement | null {
    const { shell } = this;
    const fields = shell.fields.filter((f) => f.decides_must_have && f.kind !== "number");
    if (fields.length === 0) return null;
    return h("section", { class: "deciding", "aria-labelledby": "quick-deciding-title" },
      h("h2", { id: "quick-deciding-title", class: "subhead" }, shell.t("ui-quick-deciding-title", { count: fields.length })),
      h("p", { class: "hint" }, shell.t("ui-quick-deciding-intro")),
      fields.map((f) => choiceField(shell, f, "quick", this.draft[f.id], (value) => {
        if (value === undefined) delete this.draft[f.id];
        else this.draft[f.id] = value;
      }, false)),
    );
  }
}
