// Readiness: the insurer's gate in one sentence, scores, a domain chart with a
// table alternative, and the action plan with persistent "done" ticks.
import type { ActionItem, Bucket, ReadinessReport, Verification } from "./bindings";
import { h, s } from "./dom";
import { renderRisk } from "./risk-view";
import { qKey, type Shell, type View } from "./shell";

const BUCKETS: Bucket[] = ["this_week", "this_month", "this_quarter"];
const GATE_ICON = { ready: "✓", not_ready: "✗", to_confirm: "?" } as const;
const STEP_ICON = { done: "✓", current: "●", todo: "○" } as const;
/** Icon + text per verification status (never colour alone). */
export const VERIFICATION_ICON: Record<Verification, string> = {
  verified_by_scan: "✓", partly_verified_by_scan: "◐", self_attested: "○", contradicted: "!", contradicted_owner_kept: "≠",
};

export class ResultsView implements View {
  readonly id = "results" as const;
  private report: ReadinessReport | null = null;
  private busy = new Set<string>();

  constructor(private readonly shell: Shell, private readonly orgId: number) {}

  async load(): Promise<void> {
    this.report = await this.shell.api.readiness(this.orgId);
    if (!this.shell.orgs.some((o) => o.id === this.orgId)) this.shell.orgs = await this.shell.api.listOrgs();
  }

  private async setDone(question: string, done: boolean): Promise<void> {
    if (this.busy.has(question)) return;
    this.busy.add(question);
    try {
      this.report = await this.shell.api.setActionDone(this.orgId, question, done);
      this.busy.delete(question);
      this.shell.clearBanner();
      this.shell.announce(done ? "ui-plan-marked-done" : "ui-plan-marked-open");
      this.shell.render();
    } catch (e) {
      this.busy.delete(question);
      this.shell.fail(e, `done-${question}`); // the box re-renders from the unchanged report
    }
  }

  private toQuestion(question: string): void {
    void this.shell.go({ screen: "checklist", orgId: this.orgId, question });
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Record<string, string | number>): string => shell.t(id, args);
    const report = this.report!;
    const r = report.readiness;
    const gate = r.gate;
    // One line in the owner's terms that counts both kinds of open must-haves.
    const gateText = gate.status === "ready"
      ? t("gate-ready")
      : t("ui-results-status", { fix: gate.blockers.length, confirm: gate.to_confirm.length });

    const stat = (label: string, value: string, hint: string): HTMLElement =>
      h("div", { class: "stat" },
        h("dt", {}, label),
        h("dd", {}, h("span", { class: "stat-value" }, value), h("span", { class: "stat-hint" }, hint)),
      );

    return [
      h("section", { class: "panel wide results", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, t("ui-results-eyebrow", { name: shell.orgName(this.orgId), mode: t(`ui-mode-${r.mode}`) })),
        shell.heading(t("ui-results-title")),
        this.renderProgress(report),
        shell.banner(),
        h("div", { class: `gate gate-${gate.status}`, id: "gate" },
          h("span", { class: "gate-icon", "aria-hidden": "true" }, GATE_ICON[gate.status]),
          h("p", { class: "gate-text" }, gateText),
        ),
        h("p", { class: "hint" }, t("ui-results-gate-explain")),
        h("dl", { class: "stats" },
          stat(t("ui-results-score"), r.overall_percent === null ? t("ui-results-no-score") : t("ui-percent", { value: r.overall_percent }), t("ui-results-score-hint")),
          stat(t("ui-results-coverage"), t("answered-count", { answered: r.answered, applicable: r.applicable }), t("ui-results-coverage-hint")),
          stat(t("ui-results-not-sure"), String(r.not_sure), t("ui-results-not-sure-hint", { unanswered: r.unanswered })),
        ),
        // On a shared laptop the way on is the page to take home, not this laptop's scan or a
        // report kept on it.
        shell.workshop ? this.renderTakeaway(report) : this.renderNextStep(report),
        shell.workshop ? null : h("div", { class: "actions tight secondary-actions" },
          h("button", { type: "button", class: "button", "data-focus": "results-new", on: { click: () => void shell.go({ screen: "checklist", orgId: this.orgId, choose: true, fresh: true }) } }, t("ui-results-new")),
          (["scan", "report", "apply"] as const).map((screen) => h("button", {
            type: "button", class: "button", "data-focus": `results-${screen}`,
            on: { click: () => void shell.go({ screen, orgId: this.orgId }) },
          }, t(`ui-org-${screen}`))),
        ),
        report.contradictions.length
          ? h("div", { class: "warn-box", role: "note", "aria-labelledby": "contradictions-note" },
              h("p", { id: "contradictions-note", class: "warn-title" }, h("span", { "aria-hidden": "true" }, "! "),
                t("ui-results-contradictions", { count: report.contradictions.length })),
              h("button", {
                type: "button", class: "link-button", "data-focus": "results-resolve",
                on: { click: () => void shell.go({ screen: "scan", orgId: this.orgId }) },
              }, t("ui-results-resolve")),
            )
          : null,
      ),
      this.renderMustHaves(report),
      this.renderChart(report),
      ...renderRisk(report.risk, t, shell.i18n.language, () => void shell.go({ screen: "profile", orgId: this.orgId, step: 0 })),
      this.renderPlan(report),
      this.renderVerification(report),
    ];
  }

  /** "Verified by scan / self-attested / contradicted" as icon + text. */
  private marker(v: Verification): HTMLElement {
    return h("span", { class: `badge verif verif-${v}` },
      h("span", { "aria-hidden": "true" }, VERIFICATION_ICON[v] ?? "•"), " ", this.shell.t(`ui-verification-${v}`));
  }

  /** The way to cover, with the current stage marked (decided by the engine). */
  private renderProgress(report: ReadinessReport): HTMLElement {
    const t = (id: string): string => this.shell.t(id);
    return h("nav", { class: "step-bar", "aria-label": t("ui-steps-label") },
      h("ol", {}, report.progress.map((p) => h("li", {
        class: `step step-${p.state}`, "aria-current": p.state === "current" ? "step" : null,
      },
        h("span", { class: "step-icon", "aria-hidden": "true" }, STEP_ICON[p.state]),
        h("span", { class: "step-name" }, t(`ui-step-${p.stage}`)),
        h("span", { class: "visually-hidden" }, t(`ui-step-state-${p.state}`)),
      ))),
    );
  }

  /** Workshop mode: save or print the one-page takeaway, then finish and erase. */
  private renderTakeaway(report: ReadinessReport): HTMLElement {
    const { shell } = this;
    const t = (id: string): string => shell.t(id);
    const save = async (): Promise<void> => {
      try {
        const saved = await shell.api.saveTakeaway(this.orgId);
        if (saved) shell.announce("ui-workshop-saved", { path: saved });
      } catch (e) {
        shell.fail(e, "workshop-save");
      }
    };
    const answering = report.next_step.step === "answer";
    return h("div", { class: "workshop-takeaway", role: "group", "aria-labelledby": "workshop-takeaway-title" },
      h("p", { id: "workshop-takeaway-title", class: "label" }, t("ui-workshop-takeaway-title")),
      h("p", { class: "hint" }, t("ui-workshop-takeaway-hint")),
      h("div", { class: "actions next-step" },
        answering ? this.renderNextStep(report) : null,
        h("button", {
          type: "button", class: answering ? "button large" : "button primary large", "data-focus": "workshop-save",
          on: { click: () => void save() },
        }, t("ui-workshop-save")),
        h("button", {
          type: "button", class: "button large", "data-focus": "workshop-finish-results",
          on: { click: () => void shell.workshop?.finish() },
        }, t("ui-workshop-finish")),
      ),
      h("p", { class: "hint" }, t("ui-workshop-no-scan")),
    );
  }

  /** The one main button: the next step the engine chose. */
  private renderNextStep(report: ReadinessReport): HTMLElement {
    const { shell } = this;
    const t = (id: string, args?: Record<string, string | number>): string => shell.t(id, args);
    const next = report.next_step;
    const button = (focus: string, text: string, go: () => void): HTMLElement =>
      h("div", { class: "actions next-step" },
        h("button", { type: "button", class: "button primary large", "data-focus": focus, on: { click: go } }, text));
    switch (next.step) {
      case "answer":
        return button("results-continue", t("ui-results-continue-count", { count: report.readiness.unanswered }),
          () => void shell.go({ screen: "checklist", orgId: this.orgId }));
      case "fix":
        return button("results-next", t("ui-next-fix", { question: t(qKey(next.question)) }), () => this.toQuestion(next.question));
      case "confirm":
        return button("results-next", t("ui-next-confirm", { question: t(qKey(next.question)) }), () => this.toQuestion(next.question));
      case "scan":
        return button("results-next", t("ui-next-scan"), () => void shell.go({ screen: "scan", orgId: this.orgId }));
      case "report":
        return button("results-next", t("ui-next-report"), () => void shell.go({ screen: "report", orgId: this.orgId }));
    }
  }

  /** One card per open must-have: not met first, then the ones to find out. */
  private renderMustHaves(report: ReadinessReport): HTMLElement | null {
    const t = (id: string, args?: Record<string, string | number>): string => this.shell.t(id, args);
    const { blockers, to_confirm } = report.readiness.gate;
    if (blockers.length + to_confirm.length === 0) return null;
    const byQuestion = new Map(report.readiness.action_plan.map((a) => [a.question, a]));
    const cards = [...blockers, ...to_confirm]
      .map((q) => byQuestion.get(q))
      .filter((a): a is ActionItem => a !== undefined);
    return h("section", { class: "panel wide musts", "aria-labelledby": "musts-heading" },
      h("h2", { id: "musts-heading" }, t("ui-results-musts-open", { fix: blockers.length, confirm: to_confirm.length })),
      h("ul", { class: "plan-list must-cards" }, cards.map((a) => this.planItem(report, a, true))),
    );
  }

  /** An action: the fix, its hours and cost, "done", and (on a must-have card) a text for the IT provider. */
  private planItem(report: ReadinessReport, a: ActionItem, card: boolean): HTMLElement {
    const t = (id: string, args?: Record<string, string | number>): string => this.shell.t(id, args);
    const done = report.done_actions.includes(a.question);
    const id = `done-${a.question}`;
    const textId = `plan-q-${a.question.replace(/\./g, "-")}`;
    const question = t(qKey(a.question));
    const fix = this.shell.i18n.optional(`${qKey(a.question)}-fix`) ?? "";
    const blocker = report.readiness.gate.blockers.includes(a.question);
    return h("li", { class: `plan-item${card ? " must-card" : ""}${done ? " is-done" : ""}` },
      h("div", { class: "plan-check" },
        h("input", {
          type: "checkbox", id, checked: done, "data-focus": id, "aria-describedby": textId,
          on: { change: (ev) => void this.setDone(a.question, (ev.target as HTMLInputElement).checked) },
        }),
        h("label", { for: id }, t("ui-plan-done")),
      ),
      h("div", { class: "plan-body" },
        h(card ? "h3" : "p", { class: "plan-q", id: textId }, question),
        h("p", { class: "plan-meta" },
          h("span", { class: `badge reason-${a.reason}` }, t(`plan-reason-${a.reason}`)),
          h("span", { class: `badge weight-${a.weight}` }, t(`weight-${a.weight}`)),
          report.verification[a.question] ? this.marker(report.verification[a.question]!) : null,
          h("span", {}, t("ui-effort-hours", { hours: a.effort_hours })),
          h("span", {}, t(`cost-${a.cost_band}`)),
        ),
        h("p", { class: "plan-fix" }, fix),
        // A tick alone changes nothing an insurer sees: the answer has to say so.
        done ? h("p", { class: "hint done-note" }, t("ui-plan-done-update-answer")) : null,
        h("div", { class: "actions tight" },
          h("button", {
            type: "button", class: done ? "button primary" : "link-button", "data-focus": `${card ? (blocker ? "blocker" : "confirm") : "plan-go"}-${a.question}`,
            "aria-label": t("ui-results-go-to-question-named", { question }),
            on: { click: () => this.toQuestion(a.question) },
          }, t(done ? "ui-plan-update-answer" : "ui-results-go-to-question")),
        ),
        card ? this.renderForIt(a.question, question, fix) : null,
      ),
    );
  }

  /** "Send to my IT provider": a ready text to copy into WeChat or e-mail. */
  private renderForIt(q: string, question: string, fix: string): HTMLElement {
    const { shell } = this;
    const text = shell.t("ui-it-message", { name: shell.orgName(this.orgId), question, fix });
    const areaId = `it-text-${q.replace(/\./g, "-")}`;
    return h("details", { class: "help for-it" },
      h("summary", { "data-focus": `it-${q}` }, shell.t("ui-it-summary")),
      h("div", { class: "help-body" },
        h("label", { for: areaId }, shell.t("ui-it-label")),
        h("textarea", { id: areaId, class: "input", readonly: true, rows: 6 }, text),
        h("button", {
          type: "button", class: "button", "data-focus": `it-copy-${q}`,
          on: { click: () => void this.copy(text, areaId) },
        }, shell.t("ui-it-copy")),
      ),
    );
  }

  private async copy(text: string, areaId: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.shell.announce("ui-it-copied");
    } catch {
      // No clipboard access (older WebView, no user gesture): select the text for Ctrl+C.
      const area = document.getElementById(areaId) as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
      this.shell.announce("ui-it-copy-manually");
    }
  }

  private renderVerification(report: ReadinessReport): HTMLElement | null {
    const t = (id: string, args?: Record<string, string | number>): string => this.shell.t(id, args);
    const entries = Object.entries(report.verification);
    if (entries.length === 0) return null;
    const order: Verification[] = ["contradicted", "contradicted_owner_kept", "verified_by_scan", "partly_verified_by_scan", "self_attested"];
    const count = (v: Verification): number => entries.filter(([, x]) => x === v).length;
    const sorted = [...entries].sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]));
    return h("section", { class: "panel wide", "aria-labelledby": "verif-heading" },
      h("h2", { id: "verif-heading" }, t("ui-verification-title")),
      h("p", { class: "hint" }, t("ui-verification-summary", {
        verified: count("verified_by_scan"), partly: count("partly_verified_by_scan"), self: count("self_attested"),
        contradicted: count("contradicted") + count("contradicted_owner_kept"),
      })),
      h("details", { class: "help" },
        h("summary", { "data-focus": "verif-details" }, t("ui-verification-show", { count: entries.length })),
        h("ul", { class: "verif-list help-body" }, sorted.map(([q, v]) => h("li", {},
          this.marker(v), " ", h("span", {}, t(qKey(q))),
        ))),
      ),
    );
  }

  private renderChart(report: ReadinessReport): HTMLElement {
    const t = (id: string, args?: Record<string, string | number>): string => this.shell.t(id, args);
    const pct = (p: number | null): string => (p === null ? t("ui-results-domain-none") : t("ui-percent", { value: p }));
    const rows = report.readiness.domains.map((d) => {
      const width = d.percent ?? 0;
      const bar = s("svg", { class: "bar", viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true", focusable: "false" },
        s("rect", { class: "bar-track", x: 0, y: 0, width: 100, height: 10 }),
        s("rect", { class: "bar-fill", x: 0, y: 0, width, height: 10 }),
      );
      return h("li", { class: "chart-row" },
        h("span", { class: "chart-label" }, t(`domain-${d.id}`)),
        h("span", { class: "chart-bar" }, bar),
        h("span", { class: "chart-value" }, pct(d.percent)),
      );
    });
    return h("section", { class: "panel wide", "aria-labelledby": "chart-heading" },
      h("h2", { id: "chart-heading" }, t("ui-results-domains")),
      h("p", { class: "hint" }, t("ui-results-domains-hint")),
      h("figure", { class: "chart" },
        // The visual bars repeat what the table says; screen readers get the table.
        h("ul", { class: "chart-rows", "aria-hidden": "true" }, rows),
        // Wrapped: a table ignores the 1px width of .visually-hidden and would widen the page at 200 %.
        h("div", { class: "visually-hidden" }, h("table", {},
          h("caption", {}, t("ui-results-domains")),
          h("thead", {}, h("tr", {},
            h("th", { scope: "col" }, t("ui-results-col-domain")),
            h("th", { scope: "col" }, t("ui-results-col-percent")),
            h("th", { scope: "col" }, t("ui-results-col-answered")),
            h("th", { scope: "col" }, t("ui-results-col-not-sure")),
          )),
          h("tbody", {}, report.readiness.domains.map((d) => h("tr", {},
            h("th", { scope: "row" }, t(`domain-${d.id}`)),
            h("td", {}, pct(d.percent)),
            h("td", {}, t("ui-results-of", { count: d.answered, total: d.applicable })),
            h("td", {}, String(d.not_sure)),
          ))),
        )),
      ),
    );
  }

  private renderPlan(report: ReadinessReport): HTMLElement {
    const t = (id: string, args?: Record<string, string | number>): string => this.shell.t(id, args);
    const done = new Set(report.done_actions);
    // Open must-haves are the cards above; the plan is the rest, this week first.
    const plan = report.readiness.action_plan.filter((a) => a.weight !== "must_have");
    const item = (a: ActionItem): HTMLElement => this.planItem(report, a, false);
    return h("section", { class: "panel wide plan", "aria-labelledby": "plan-heading" },
      h("h2", { id: "plan-heading" }, t("ui-plan-title")),
      plan.length === 0 ? h("p", {}, t("ui-plan-empty")) : h("p", { class: "hint" }, t("ui-plan-intro", { done: plan.filter((a) => done.has(a.question)).length, total: plan.length })),
      BUCKETS.map((b) => {
        const items = plan.filter((a) => a.bucket === b);
        if (items.length === 0) return null;
        return h("section", { class: "bucket", "aria-labelledby": `bucket-${b}` },
          h("h3", { id: `bucket-${b}` }, t(`plan-${b.replace("_", "-")}`)),
          h("ul", { class: "plan-list" }, items.map(item)),
        );
      }),
    );
  }
}
