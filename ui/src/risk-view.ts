// Results: what an incident could cost (loss scenarios as ranges, with their assumptions) and
// which kinds of cover to ask about (the coverage category map). Numbers come from the Rust
// risk crate; this only words and lays them out.
import type { CoveragePriority, Quantity, RiskEstimate } from "./bindings";
import { h } from "./dom";

type T = (id: string, args?: Record<string, string | number>) => string;

const PRIORITIES: CoveragePriority[] = ["essential", "recommended", "consider"];

/** A quantity as the report prints it: `¥12,000`, `3.5`, `50,000`, `0.6`. */
export function formatQuantity(q: Quantity, t: T, language: string): string {
  const grouped = (n: number, digits: number): string =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n);
  switch (q.unit) {
    // The report's rule (coverready_report::money_text): 万元 from ¥10,000 in Chinese; the
    // replayed samples in bindings/replay/money.json keep the two the same.
    case "yuan": return t("ui-money", {
      amount: grouped(Math.round(q.value), 0),
      wan: String(Math.round(q.value / 1000) / 10),
      wan_ok: Math.abs(q.value) >= 10000 ? "yes" : "no",
    });
    default: return q.value >= 100 ? grouped(Math.round(q.value), 0) : grouped(q.value, 1);
  }
}

export function renderRisk(risk: RiskEstimate, t: T, language: string, onProfile: () => void): HTMLElement[] {
  const money = (value: number): string => formatQuantity({ value, unit: "yuan" }, t, language);
  const days = (value: number): string => formatQuantity({ value, unit: "days" }, t, language);
  const loss = h("section", { class: "panel wide risk", "aria-labelledby": "risk-heading" },
    h("h2", { id: "risk-heading" }, t("ui-risk-title")),
    h("p", { class: "hint" }, t("ui-risk-intro")),
    risk.scenarios.length === 0
      ? h("p", { class: "empty" }, t("ui-risk-none"))
      : [
          h("table", { class: "data-table risk-table" },
            h("caption", {}, t("ui-risk-caption")),
            h("thead", {}, h("tr", {},
              h("th", { scope: "col" }, t("ui-risk-col-scenario")),
              h("th", { scope: "col", class: "num" }, t("ui-risk-col-low")),
              h("th", { scope: "col", class: "num" }, t("ui-risk-col-likely")),
              h("th", { scope: "col", class: "num" }, t("ui-risk-col-high")),
            )),
            h("tbody", {}, risk.scenarios.map((sc) => {
              const args = Object.fromEntries(Object.entries(sc.assumptions).map(([k, q]) => [k, formatQuantity(q, t, language)]));
              return h("tr", {},
                h("th", { scope: "row" },
                  h("span", { class: "risk-title" }, t(`risk-scenario-${sc.id}`)),
                  h("span", { class: "risk-assumptions" }, t(sc.assumptions_key, args)),
                  // In the owner's own days of gross profit, only when the owner gave that figure.
                  sc.single_loss_days
                    ? h("span", { class: "risk-days" }, t("risk-single-loss-days", {
                        likely: days(sc.single_loss_days.likely),
                        low: days(sc.single_loss_days.low),
                        high: days(sc.single_loss_days.high),
                      }))
                    : null),
                h("td", { class: "num" }, money(sc.single_loss.low)),
                h("td", { class: "num" }, money(sc.single_loss.likely)),
                h("td", { class: "num" }, money(sc.single_loss.high)),
              );
            })),
          ),
          // What one incident costs comes first; the yearly expectation second, explained.
          h("dl", { class: "stats" },
            h("div", { class: "stat" },
              h("dt", {}, t("ui-risk-bad-year")),
              h("dd", {},
                h("span", { class: "stat-value" }, money(risk.bad_year)),
                h("span", { class: "stat-hint" }, t("ui-risk-bad-year-hint")))),
            h("div", { class: "stat" },
              h("dt", {}, t("ui-risk-annual")),
              h("dd", {},
                h("span", { class: "stat-value" }, money(risk.annual_total.likely)),
                h("span", { class: "stat-hint" }, t("ui-risk-range", { low: money(risk.annual_total.low), high: money(risk.annual_total.high) })),
                h("span", { class: "stat-hint" }, t("ui-risk-annual-explain")))),
          ),
        ],
    risk.notes.length
      ? h("ul", { class: "risk-notes" }, risk.notes.map((n) => h("li", {}, t(`risk-note-${n}`))))
      : null,
    risk.notes.length
      ? h("p", {}, h("button", { type: "button", class: "link-button", "data-focus": "risk-profile", on: { click: onProfile } }, t("ui-risk-improve")))
      : null,
    h("p", { class: "hint" }, t("ui-risk-disclaimer")),
  );
  const cover = h("section", { class: "panel wide coverage", "aria-labelledby": "coverage-heading" },
    h("h2", { id: "coverage-heading" }, t("ui-coverage-title")),
    h("p", { class: "hint" }, t("ui-coverage-intro")),
    PRIORITIES.flatMap((p) => {
      const items = risk.coverages.filter((c) => c.priority === p);
      if (items.length === 0) return [];
      return [
        h("h3", { class: "subhead", id: `coverage-${p}` }, t(`ui-coverage-priority-${p}`, { count: items.length })),
        h("ul", { class: "coverage-list", "aria-labelledby": `coverage-${p}` }, items.map((c) => h("li", { class: "coverage-item" },
          h("p", { class: "coverage-title" }, t(`risk-coverage-${c.id}`), " ", h("span", { class: "badge" }, t(`risk-side-${c.side}`))),
          h("p", { class: "coverage-why" }, t(`risk-coverage-${c.id}-why`)),
        ))),
      ];
    }),
  );
  return [loss, cover];
}
