// The checklist, one question at a time. Every choice is saved at once
// (save_answers); a failed save keeps the choice on screen with a retry.
import type { AnswerValue, Assessment, CarriedAnswers, ChecklistItem, IpcError, Mode } from "./bindings";
import { h } from "./dom";
import { toIpcError } from "./errors";
import { glossaryList, termsIn } from "./glossary";
import { qKey, type Shell, type View } from "./shell";

export const NOTE_MAX = 2000;
const ORDER: AnswerValue[] = ["yes", "partly", "no", "not_sure", "not_applicable"];
const WEIGHT_ICON: Record<string, string> = { must_have: "★", major: "◆", minor: "○" };

interface Local { value: AnswerValue | null; note: string }
type SaveState = "saving" | "saved" | "error";

/** Options to offer, in a fixed order; "not sure" is always one of them. */
export function offered(item: ChecklistItem): AnswerValue[] {
  return ORDER.filter((v) => v === "not_sure" || item.options.includes(v));
}

export class ChecklistView implements View {
  readonly id = "checklist" as const;
  private phase: "choose" | "walk" = "walk";
  private items: ChecklistItem[] = [];
  private counts: Record<Mode, number> = { full: 0, quick: 0 };
  private mode: Mode = "full";
  private assessment: Assessment | null = null;
  /** What a new assessment took over from the one before it (shown until the walk ends). */
  private carried: CarriedAnswers | null = null;
  private answers = new Map<string, Local>();
  private saveState = new Map<string, SaveState>();
  private noteDirty = new Set<string>();
  private saveError: IpcError | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private index = 0;
  private busy = false;
  /** The help panel stays open across questions once the owner has opened it. */
  private helpOpen = false;

  constructor(
    private readonly shell: Shell,
    private readonly orgId: number,
    private readonly opts: { question: string | null; choose: boolean; fresh: boolean },
  ) {}

  async load(): Promise<void> {
    const { api } = this.shell;
    const current = await api.currentAssessment(this.orgId);
    this.assessment = current;
    const offerChoice = current === null || this.opts.fresh || (this.opts.choose && current.answers.length === 0);
    if (offerChoice) {
      const [full, quick] = await Promise.all([api.checklist(this.orgId, "full"), api.checklist(this.orgId, "quick")]);
      this.counts = { full: full.length, quick: quick.length };
      this.mode = current?.mode ?? "full";
      this.phase = "choose";
      return;
    }
    await this.loadWalk(current, this.opts.question);
  }

  private async loadWalk(a: Assessment, question: string | null): Promise<void> {
    this.assessment = a;
    this.mode = a.mode;
    this.items = await this.shell.api.checklist(this.orgId, a.mode);
    this.answers = new Map(a.answers.map((s) => [s.question, { value: s.value, note: s.note ?? "" }]));
    this.saveState.clear();
    this.noteDirty.clear();
    this.phase = "walk";
    const at = question ? this.items.findIndex((i) => i.id === question) : -1;
    this.index = at >= 0 ? at : this.firstUnanswered();
  }

  /** Where to resume: the first question without an answer (else the first). */
  firstUnanswered(): number {
    const i = this.items.findIndex((q) => !this.answers.get(q.id)?.value);
    return i >= 0 ? i : 0;
  }

  private answeredCount(): number {
    return this.items.filter((q) => this.answers.get(q.id)?.value).length;
  }

  private remember(): void {
    const q = this.items[this.index];
    this.shell.remember({ screen: "checklist", orgId: this.orgId, question: q?.id ?? null });
  }

  // ───────── choose ─────────

  private async begin(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const { api } = this.shell;
    try {
      const a = this.opts.fresh && this.assessment
        ? await api.startAssessment(this.orgId, this.mode)
        : await api.ensureAssessment(this.orgId, this.mode);
      this.carried = a.carried;
      await this.loadWalk(a, null);
      this.busy = false;
      this.shell.clearBanner();
      this.remember();
      this.shell.focusNext("screen-heading");
      this.shell.render();
    } catch (e) {
      this.busy = false;
      this.shell.fail(e);
    }
  }

  // ───────── answering ─────────

  private save(question: string): Promise<boolean> {
    const local = this.answers.get(question);
    const value = local?.value ?? null;
    const note = value && local && local.note.trim() !== "" ? local.note : null;
    this.saveState.set(question, "saving");
    const run = async (): Promise<boolean> => {
      try {
        this.assessment = await this.shell.api.saveAnswers(this.orgId, [{ question, value, note }]);
        // A newer choice may be queued behind this one; only the last decides the state.
        if (this.saveState.get(question) === "saving") this.saveState.set(question, "saved");
        this.noteDirty.delete(question);
        this.saveError = null;
        this.shell.announce("ui-answer-saved");
        return true;
      } catch (e) {
        this.saveState.set(question, "error");
        this.saveError = toIpcError(e);
        return false;
      } finally {
        this.shell.render();
      }
    };
    const p = this.queue.then(run, run);
    this.queue = p;
    return p;
  }

  private choose(item: ChecklistItem, value: AnswerValue): void {
    const local = this.answers.get(item.id) ?? { value: null, note: "" };
    this.answers.set(item.id, { ...local, value });
    void this.save(item.id);
  }

  /** Saves whatever on this question is not saved yet; false when that fails. */
  private async flush(item: ChecklistItem): Promise<boolean> {
    const state = this.saveState.get(item.id);
    const local = this.answers.get(item.id);
    if (state === "saving") {
      await this.queue;
      return this.saveState.get(item.id) !== "error";
    }
    if (state === "error" || (this.noteDirty.has(item.id) && local?.value)) return this.save(item.id);
    return true;
  }

  private async move(delta: number, saveFirst: boolean): Promise<void> {
    const item = this.items[this.index];
    if (!item || this.busy) return;
    if (saveFirst) {
      this.busy = true;
      const ok = await this.flush(item);
      this.busy = false;
      if (!ok) { this.shell.focusNext("save-error"); this.shell.render(); return; }
    }
    const next = this.index + delta;
    if (next >= this.items.length) {
      await this.shell.go({ screen: "results", orgId: this.orgId });
      return;
    }
    this.index = Math.max(0, next);
    this.saveError = null;
    this.shell.clearBanner();
    this.remember();
    this.shell.focusNext("screen-heading");
    this.shell.render();
  }

  // ───────── rendering ─────────

  /** After a copy across content versions: what is no longer asked and what to answer again. */
  private renderCarried(): HTMLElement | null {
    const c = this.carried;
    if (!c || (c.retired.length === 0 && c.changed.length === 0)) return null;
    const t = (id: string, args?: Record<string, string | number>): string => this.shell.t(id, args);
    const question = (id: string) => h("li", {}, this.shell.i18n.optional(qKey(id)) ?? id);
    return h("section", { class: "notice carried", "aria-labelledby": "carried-heading" },
      h("h2", { id: "carried-heading" }, t("ui-carried-heading", {
        count: c.carried, version: c.from_content_version ?? t("report-cover-content-unknown"),
      })),
      c.retired.length > 0 ? [h("p", {}, t("ui-carried-retired")), h("ul", { class: "points" }, c.retired.map(question))] : null,
      c.changed.length > 0 ? [h("p", {}, t("ui-carried-changed")), h("ul", { class: "points" }, c.changed.map(question))] : null,
    );
  }

  render(): (HTMLElement | null)[] {
    return this.phase === "choose" ? this.renderChoose() : this.renderWalk();
  }

  private renderChoose(): HTMLElement[] {
    const { shell } = this;
    const option = (mode: Mode) => {
      const id = `mode-${mode}`;
      const count = this.counts[mode];
      return h("div", { class: "choice card" },
        h("input", {
          type: "radio", id, name: "mode", value: mode, checked: this.mode === mode, "data-focus": id,
          "aria-describedby": `${id}-desc`,
          on: { change: () => { this.mode = mode; } },
        }),
        h("label", { for: id },
          h("span", { class: "choice-title" }, shell.t(`ui-mode-${mode}-title`)),
          h("span", { class: "choice-desc", id: `${id}-desc` },
            shell.t(`ui-mode-${mode}-desc`, { count, minutes: Math.max(5, Math.round(count * (mode === "quick" ? 0.7 : 1))) })),
        ),
      );
    };
    return [
      h("section", { class: "panel wide", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, shell.orgName(this.orgId)),
        shell.heading(shell.t(this.opts.fresh && this.assessment ? "ui-mode-title-new" : "ui-mode-title")),
        shell.banner(),
        h("p", { class: "intro" }, shell.t(this.opts.fresh && this.assessment ? "ui-mode-intro-new" : "ui-mode-intro")),
        h("form", {
          novalidate: true,
          on: { submit: (ev) => { ev.preventDefault(); void this.begin(); } },
        },
          h("fieldset", { class: "group" },
            h("legend", { class: "visually-hidden" }, shell.t("ui-mode-legend")),
            h("div", { class: "choice-list cards" }, option("full"), option("quick")),
          ),
          h("div", { class: "actions" },
            h("button", { type: "submit", class: "button primary", "data-focus": "mode-start" }, shell.t("ui-mode-start")),
            h("button", {
              type: "button", class: "button", "data-focus": "mode-cancel",
              on: { click: () => void shell.go({ screen: "home" }) },
            }, shell.t("ui-back-to-orgs")),
          ),
        ),
      ),
    ];
  }

  private renderWalk(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Record<string, string | number>): string => shell.t(id, args);
    const total = this.items.length;
    if (total === 0) {
      return [
        h("section", { class: "panel", "aria-labelledby": "screen-heading" },
          shell.heading(t("ui-walk-empty-title")),
          h("p", {}, t("ui-walk-empty")),
          h("div", { class: "actions" },
            h("button", { type: "button", class: "button primary", "data-focus": "walk-profile", on: { click: () => void shell.go({ screen: "profile", orgId: this.orgId, step: 0 }) } }, t("ui-org-profile")),
          ),
        ),
      ];
    }
    const item = this.items[this.index]!;
    const key = qKey(item.id);
    const local = this.answers.get(item.id) ?? { value: null, note: "" };
    const state = this.saveState.get(item.id);
    const last = this.index === total - 1;
    const answered = this.answeredCount();

    const radios = offered(item).map((v) => {
      const id = `ans-${v}`;
      return h("div", { class: `choice answer answer-${v}` },
        h("input", {
          type: "radio", id, name: "answer", value: v, checked: local.value === v, "data-focus": id,
          "aria-describedby": v === "not_sure" ? "ans-not_sure-hint" : null,
          on: { change: () => this.choose(item, v) },
        }),
        h("label", { for: id },
          h("span", { class: "choice-title" }, t(`answer-${v}`)),
          v === "not_sure" ? h("span", { class: "choice-desc", id: "ans-not_sure-hint" }, t("ui-walk-not-sure-hint")) : null,
        ),
      );
    });

    const helpText = (part: string): string => shell.i18n.optional(`${key}${part}`) ?? "";
    const checkLines = helpText("-check").split("\n").map((l) => l.trim()).filter(Boolean);
    // Words of this question the owner may not know, explained where they are needed.
    const words = termsIn(["", "-why", "-check", "-fix"].map(helpText).join("\n"), shell.i18n.language);
    const help = h("details", {
      class: "help", open: this.helpOpen,
      on: { toggle: (ev) => { this.helpOpen = (ev.target as HTMLDetailsElement).open; } },
    },
      h("summary", { "data-focus": "help-summary" }, t("ui-walk-help")),
      h("div", { class: "help-body" },
        h("h3", {}, t("ui-walk-why")),
        h("p", { class: "help-why" }, helpText("-why")),
        h("h3", {}, t("ui-walk-check")),
        h("ul", { class: "help-check" }, checkLines.map((l) => h("li", {}, l))),
        h("h3", {}, t("ui-walk-fix")),
        h("p", { class: "help-fix" }, helpText("-fix")),
        h("dl", { class: "facts" },
          h("div", {}, h("dt", {}, t("ui-effort-label")), h("dd", {}, t("ui-effort-hours", { hours: item.effort_hours }))),
          h("div", {}, h("dt", {}, t("ui-cost-label")), h("dd", {}, t(`cost-${item.cost_band}`))),
        ),
        words.length > 0 ? h("h3", {}, t("ui-walk-words")) : null,
        words.length > 0 ? glossaryList((id) => t(id), words) : null,
      ),
    );

    const saveNote = state === "saving" ? t("ui-walk-saving") : state === "saved" ? t("ui-walk-saved") : null;

    return [
      h("section", { class: "panel wide walk", "aria-labelledby": "screen-heading" },
        h("div", { class: "walk-top" },
          h("p", { class: "eyebrow" }, t("ui-walk-eyebrow", { name: shell.orgName(this.orgId), mode: t(`ui-mode-${this.mode}`) })),
          h("p", { class: "progress-text", id: "walk-progress" },
            h("strong", {}, t("ui-walk-progress", { current: this.index + 1, total })),
            " · ", t("ui-walk-answered", { count: answered, total })),
          h("progress", { class: "progress", max: total, value: answered, "aria-labelledby": "walk-progress" }),
          this.assessment?.content_version
            ? h("p", { class: "hint" }, t("ui-walk-content-version", { version: this.assessment.content_version }))
            : null,
        ),
        this.renderCarried(),
        h("div", { class: "q-meta" },
          h("span", { class: "domain-name" }, t(`domain-${item.domain}`)),
          h("span", { class: `badge weight-${item.weight}` },
            h("span", { "aria-hidden": "true" }, WEIGHT_ICON[item.weight] ?? ""), " ", t(`weight-${item.weight}`)),
        ),
        shell.heading(t(key)),
        shell.banner(),
        this.saveError
          ? h("div", { class: "banner error", role: "alert", tabindex: "-1", "data-focus": "save-error" },
              h("p", { class: "banner-title" }, t("ui-walk-save-failed")),
              h("p", {}, shell.i18n.formatError(this.saveError)),
              h("button", {
                type: "button", class: "button", "data-focus": "save-retry",
                on: { click: () => void this.save(item.id) },
              }, t("ui-retry")),
            )
          : null,
        h("form", {
          class: "walk-form", novalidate: true,
          on: { submit: (ev) => { ev.preventDefault(); void this.move(1, true); } },
        },
          h("fieldset", {
            class: "group answers", "aria-describedby": "walk-save-state",
            on: {
              keydown: (ev) => {
                const k = ev as KeyboardEvent;
                if (k.key === "Enter" && (k.target as HTMLElement).tagName === "INPUT") {
                  k.preventDefault();
                  void this.move(1, true);
                }
              },
            },
          },
            h("legend", {}, t("ui-walk-your-answer")),
            h("div", { class: "choice-list" }, radios),
          ),
          h("p", { class: "save-state", id: "walk-save-state" },
            saveNote ? [h("span", { "aria-hidden": "true" }, state === "saved" ? "✓ " : "… "), saveNote] : null),
          h("div", { class: "field" },
            h("label", { for: "walk-note" }, t("ui-walk-note")),
            h("p", { class: "hint", id: "walk-note-hint" }, t("ui-walk-note-hint", { max: NOTE_MAX })),
            h("textarea", {
              id: "walk-note", class: "input note", rows: 3, maxlength: NOTE_MAX, "data-focus": "walk-note",
              "aria-describedby": "walk-note-hint",
              on: {
                input: (ev) => {
                  const cur = this.answers.get(item.id) ?? { value: null, note: "" };
                  this.answers.set(item.id, { ...cur, note: (ev.target as HTMLTextAreaElement).value });
                  this.noteDirty.add(item.id);
                },
                change: () => { if (this.answers.get(item.id)?.value) void this.save(item.id); },
              },
            }, local.note),
          ),
          help,
          h("div", { class: "actions nav-actions" },
            h("button", { type: "submit", class: "button primary", "data-focus": "walk-next" },
              t(last ? "ui-walk-finish" : "ui-walk-next")),
            h("button", {
              type: "button", class: "button", "data-focus": "walk-back", disabled: this.index === 0,
              on: { click: () => void this.move(-1, true) },
            }, t("ui-back")),
            h("button", {
              type: "button", class: "button", "data-focus": "walk-skip", "aria-describedby": "walk-skip-hint",
              on: { click: () => void this.move(1, false) },
            }, t("ui-walk-skip")),
          ),
          h("p", { class: "hint", id: "walk-skip-hint" }, t("ui-walk-skip-hint")),
        ),
        h("div", { class: "actions walk-exit" },
          h("button", {
            type: "button", class: "link-button", "data-focus": "walk-results",
            on: { click: () => void this.exit({ screen: "results", orgId: this.orgId }) },
          }, t("ui-walk-see-results")),
          h("button", {
            type: "button", class: "link-button", "data-focus": "walk-later",
            on: { click: () => void this.exit({ screen: "home" }) },
          }, t("ui-walk-later")),
        ),
      ),
    ];
  }

  private async exit(route: { screen: "home" } | { screen: "results"; orgId: number }): Promise<void> {
    const item = this.items[this.index];
    if (item && !(await this.flush(item))) { this.shell.focusNext("save-error"); this.shell.render(); return; }
    await this.shell.go(route);
  }
}
