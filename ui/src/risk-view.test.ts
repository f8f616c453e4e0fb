// Results: loss scenarios and the coverage map, worded from the estimate the back end computes.
import { afterEach, describe, expect, it } from "vitest";
import { click, FakeBackend, flush, makeI18n, mount } from "./test-support";
import type { Quantity } from "./bindings";
import { formatQuantity } from "./risk-view";
import MONEY from "./bindings/replay/money.json";

afterEach(() => { document.body.replaceChildren(); });

async function openResults(lang: "zh-CN" | "en-US") {
  const b = new FakeBackend({ orgs: ["Acme"], language: lang });
  b.seedAnswers(1, { "identity.mfa-email": "yes" });
  return mount(b, { route: { screen: "results", orgId: 1 }, lang });
}

describe("loss scenarios and cover on the results screen", () => {
  it("writes money exactly as the report does (samples from coverready_report::money_text)", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const i18n = makeI18n(lang);
      const t = (id: string, args?: Record<string, string | number>): string => i18n.t(id, args);
      for (const row of MONEY as Array<Record<string, string | number>>) {
        expect(formatQuantity({ value: row.value as number, unit: "yuan" }, t, lang)).toBe(row[lang]);
      }
    }
    // In Chinese, the owner's unit: 万元.
    expect((MONEY as Array<Record<string, string | number>>).find((r) => r.value === 360000)?.["zh-CN"]).toBe("36 万元");
  });


  it("formats quantities like the report: yuan grouped, days with one decimal, percent whole", () => {
    const en = makeI18n("en-US");
    const t = (id: string, args?: Record<string, string | number>): string => en.t(id, args);
    expect(formatQuantity({ value: 120000, unit: "yuan" }, t, "en-US")).toBe("¥120,000");
    expect(formatQuantity({ value: 0.5, unit: "days" }, t, "en-US")).toBe("0.5");
    expect(formatQuantity({ value: 7, unit: "days" }, t, "en-US")).toBe("7");
    expect(formatQuantity({ value: 50000, unit: "count" }, t, "en-US")).toBe("50,000");
    expect(formatQuantity({ value: 75, unit: "percent" }, t, "en-US")).toBe("75");
    expect(formatQuantity({ value: 0.625, unit: "percent" }, t, "en-US")).toBe("0.6");
  });

  it("shows each scenario with its range and assumptions, the yearly total and the worst case (en-US)", async () => {
    const en = makeI18n("en-US");
    const t = (id: string, args?: Record<string, string | number>): string => en.t(id, args);
    const { root, backend } = await openResults("en-US");
    // What the engine estimated for this organisation; the screen must show exactly that.
    const risk = (await backend.readiness(1)).risk;
    const money = (value: number): string => formatQuantity({ value, unit: "yuan" }, t, "en-US");
    const section = root.querySelector<HTMLElement>(".risk")!;
    expect(section.querySelector("#risk-heading")?.textContent).toBe(en.t("ui-risk-title"));
    const rows = Array.from(section.querySelectorAll(".risk-table tbody tr"));
    expect(rows.length).toBe(risk.scenarios.length);
    expect(rows.length).toBeGreaterThan(0);
    const first = rows[0]!;
    const scenario = risk.scenarios[0]!;
    expect(first.querySelector(".risk-title")?.textContent).toBe(en.t(`risk-scenario-${scenario.id}`));
    const assumptions = Object.fromEntries(Object.entries(scenario.assumptions)
      .map(([k, q]) => [k, formatQuantity(q as Quantity, t, "en-US")]));
    expect(first.querySelector(".risk-assumptions")?.textContent).toBe(en.t(scenario.assumptions_key, assumptions));
    expect(Array.from(first.querySelectorAll("td"), (td) => td.textContent))
      .toEqual([money(scenario.single_loss.low), money(scenario.single_loss.likely), money(scenario.single_loss.high)]);
    expect(section.textContent).toContain(money(risk.annual_total.likely));
    expect(section.textContent).toContain(en.t("ui-risk-range", { low: money(risk.annual_total.low), high: money(risk.annual_total.high) }));
    expect(section.textContent).toContain(money(risk.bad_year));
    for (const note of risk.notes) expect(section.textContent).toContain(en.t(`risk-note-${note}`));
  });

  it("says what one incident costs in days of the owner's own gross profit, only when the owner gave it", async () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const i18n = makeI18n(lang);
      const t = (id: string, args?: Record<string, string | number>): string => i18n.t(id, args);
      const days = (value: number): string => formatQuantity({ value, unit: "days" }, t, lang);
      const b = new FakeBackend({ orgs: ["Acme"], language: lang });
      b.setProfile(1, { headcount_band: "1-9", revenue_band: "1m-10m", daily_gross_profit: 10000 });
      const { root, backend } = await mount(b, { route: { screen: "results", orgId: 1 }, lang });
      const scenario = (await backend.readiness(1)).risk.scenarios.find((s) => s.id === "ransomware")!;
      const d = scenario.single_loss_days!;
      // The engine divides the range by the owner's ¥10,000 a day.
      expect(d.likely).toBeCloseTo(scenario.single_loss.likely / 10000);
      const row = Array.from(root.querySelectorAll(".risk-table tbody tr"))
        .find((r) => r.querySelector(".risk-title")?.textContent === i18n.t("risk-scenario-ransomware"))!;
      expect(row.querySelector(".risk-days")?.textContent)
        .toBe(t("risk-single-loss-days", { likely: days(d.likely), low: days(d.low), high: days(d.high) }));
      document.body.replaceChildren();
    }
    // Without the owner's figure (estimated from revenue, or none) no days are claimed.
    const { root, backend } = await openResults("en-US");
    expect((await backend.readiness(1)).risk.scenarios.every((s) => s.single_loss_days === null)).toBe(true);
    expect(root.querySelector(".risk-days")).toBeNull();
  });

  it("groups cover by priority with whose loss it pays (zh-CN), and links to the profile", async () => {
    const zh = makeI18n("zh-CN");
    const { root, backend } = await openResults("zh-CN");
    const coverages = (await backend.readiness(1)).risk.coverages;
    const count = (p: string): number => coverages.filter((c) => c.priority === p).length;
    const section = root.querySelector<HTMLElement>(".coverage")!;
    const heads = Array.from(section.querySelectorAll("h3"), (x) => x.textContent);
    expect(heads).toEqual((["essential", "recommended", "consider"] as const).filter((p) => count(p) > 0)
      .map((p) => zh.t(`ui-coverage-priority-${p}`, { count: count(p) })));
    expect(coverages[0]?.id).toBe("incident-response");
    const first = section.querySelector(".coverage-item")!;
    expect(first.textContent).toContain(zh.t("risk-coverage-incident-response"));
    expect(first.textContent).toContain(zh.t("risk-side-first_party"));
    expect(first.textContent).toContain(zh.t("risk-coverage-incident-response-why"));
    click(root.querySelector('[data-focus="risk-profile"]'));
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t("ui-wizard-step-basics"));
    expect(last(backend.readyReports)?.screen).toBe("profile");
  });
});

const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];
