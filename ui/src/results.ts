// Readiness: the insurer's gate in one sentence, scores, a domain chart with a
// table alternative, and the action plan with persistent "done" ticks.
import type { ActionItem, Bucket, ReadinessReport, Verification } from "./bindings";
import { h, s } from "./dom";
import { renderRisk } from "./risk-view";
import { qKey, type Shell, type View } from "./shell";

const BUCKETS: Bucket[] = ["this_week", "this_month", "this_quarter"];
const GATE_ICON = { ready: "✓", not_ready: "✗", to_confirm: "?" } as const;
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
    const gateText = gate.status === "ready"
      ? t("gate-ready")
      : gate.status === "not_ready"
        ? t("gate-not-ready", { count: gate.blockers.length })
        : t("gate-to-confirm", { count: gate.to_confirm.length });

    const stat = (label: string, value: string, hint: string): HTMLElement =>
      h("div", { class: "stat" },
        h("dt", {}, label),
        h("dd", {}, h("span", { class: "stat-value" }, value), h("span", { class: "stat-hint" }, hint)),
      );

    const qList = (ids: string[], focusPrefix: string): HTMLElement =>
      h("ul", { class: "q-list" },
        ids.map((id) => h("li", {},
          h("span", {}, t(qKey(id))), " ",
          h("button", {
            type: "button", class: "link-button", "data-focus": `${focusPrefix}-${id}`,
            "aria-label": t("ui-results-go-to-question-named", { question: t(qKey(id)) }),
            on: { click: () => this.toQuestion(id) },
          }, t("ui-results-go-to-question")),
        )),
      );

    return [
      h("section", { class: "panel wide results", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, t("ui-results-eyebrow", { name: shell.orgName(this.orgId), mode: t(`ui-mode-${r.mode}`) })),
        shell.heading(t("ui-results-title")),
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
        h("div", { class: "actions" },
          r.unanswered > 0
            ? h("button", { type: "button", class: "button primary", "data-focus": "results-continue", on: { click: () => void shell.go({ screen: "checklist", orgId: this.orgId }) } }, t("ui-results-continue"))
            : null,
          h("button", { type: "button", class: "button", "data-focus": "results-new", on: { click: () => void shell.go({ screen: "checklist", orgId: this.orgId, choose: true, fresh: true }) } }, t("ui-results-new")),
        ),
        h("div", { class: "actions tight" },
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
      gate.blockers.length || gate.to_confirm.length
        ? h("section", { class: "panel wide", "aria-labelledby": "musts-heading" },
            h("h2", { id: "musts-heading" }, t("ui-results-musts")),
            gate.blockers.length
              ? [h("h3", { class: "subhead" }, h("span", { "aria-hidden": "true" }, "✗ "), t("ui-results-missing", { count: gate.blockers.length })), qList(gate.blockers, "blocker")]
              : null,
            gate.to_confirm.length
              ? [h("h3", { class: "subhead" }, h("span", { "aria-hidden": "true" }, "? "), t("ui-results-to-confirm", { count: gate.to_confirm.length })), qList(gate.to_confirm, "confirm")]
              : null,
          )
        : null,
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
        h("table", { class: "visually-hidden" },
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
        ),
      ),
    );
  }

  private renderPlan(report: ReadinessReport): HTMLElement {
    const t = (id: string, args?: Record<string, string | number>): string => this.shell.t(id, args);
    const done = new Set(report.done_actions);
    const plan = report.readiness.action_plan;
    const item = (a: ActionItem): HTMLElement => {
      const id = `done-${a.question}`;
      const isDone = done.has(a.question);
      const textId = `plan-q-${a.question.replace(/\./g, "-")}`;
      return h("li", { class: `plan-item${isDone ? " is-done" : ""}` },
        h("div", { class: "plan-check" },
          h("input", {
            type: "checkbox", id, checked: isDone, "data-focus": id, "aria-describedby": textId,
            on: { change: (ev) => void this.setDone(a.question, (ev.target as HTMLInputElement).checked) },
          }),
          h("label", { for: id }, t("ui-plan-done")),
        ),
        h("div", { class: "plan-body" },
          h("p", { class: "plan-q", id: textId }, t(qKey(a.question))),
          h("p", { class: "plan-meta" },
            h("span", { class: `badge reason-${a.reason}` }, t(`plan-reason-${a.reason}`)),
            h("span", { class: `badge weight-${a.weight}` }, t(`weight-${a.weight}`)),
            report.verification[a.question] ? this.marker(report.verification[a.question]!) : null,
            h("span", {}, t("ui-effort-hours", { hours: a.effort_hours })),
            h("span", {}, t(`cost-${a.cost_band}`)),
          ),
          h("p", { class: "plan-fix" }, this.shell.i18n.optional(`${qKey(a.question)}-fix`) ?? ""),
          h("button", {
            type: "button", class: "link-button", "data-focus": `plan-go-${a.question}`,
            "aria-label": t("ui-results-go-to-question-named", { question: t(qKey(a.question)) }),
            on: { click: () => this.toQuestion(a.question) },
          }, t("ui-results-go-to-question")),
        ),
      );
    };
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
