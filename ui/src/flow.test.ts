// The guided flow: welcome → profile wizard → checklist → results, and settings.
import { afterEach, describe, expect, it, vi } from "vitest";
import { offered } from "./checklist";
import { buttonByText, click, FakeBackend, flush, ITEMS, makeI18n, mount, quickItems } from "./test-support";
import { qKey } from "./shell";
import type { ProfileField } from "./bindings";
import type { AppInfo, Assessment, Organisation, Settings } from "./bindings";

/** What the engine holds now (read without recording a call). */
const settingsOf = async (b: FakeBackend): Promise<Settings> => (await b.peek<AppInfo>("app_info")).settings;
const orgsOf = (b: FakeBackend): Promise<Organisation[]> => b.peek<Organisation[]>("list_orgs");
const answersOf = async (b: FakeBackend, orgId = 1): Promise<Assessment["answers"]> =>
  (await b.peek<Assessment | null>("current_assessment", { orgId }))?.answers ?? [];

const zh = makeI18n("zh-CN");
const en = makeI18n("en-US");
const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

afterEach(() => { document.body.replaceChildren(); vi.restoreAllMocks(); });

function radio(root: HTMLElement, value: string): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(`input[name="answer"][value="${value}"]`);
  if (!el) throw new Error(`no answer ${value}`);
  return el;
}

function pick(el: HTMLInputElement): void {
  el.checked = true;
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

function heading(root: HTMLElement): string {
  return root.querySelector("#screen-heading")?.textContent ?? "";
}

async function submit(root: HTMLElement): Promise<void> {
  root.querySelector("main form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await flush();
}

function saves(b: FakeBackend): unknown[] {
  return b.calls.filter((c) => c.cmd === "save_answers").map((c) => c.args);
}

describe("welcome", () => {
  it("is the first screen when there is nothing but the example organisation", async () => {
    const b = new FakeBackend({ orgs: [zh.t("app-example-org-name")] });
    const { root, backend } = await mount(b, { route: null });
    expect(heading(root)).toBe(zh.t("ui-welcome-title"));
    expect(root.textContent).toContain(zh.t("ui-welcome-privacy"));
    expect(root.querySelectorAll(".points li").length).toBe(3);
    expect(last(backend.readyReports)).toEqual({ screen: "welcome", language: "zh-CN", org_names: [zh.t("app-example-org-name")] });
  });

  it("is skipped when real organisations exist", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["小王便利店"] }), { route: null });
    expect(root.querySelector("#home-heading")).not.toBeNull();
    expect(last(backend.readyReports)?.screen).toBe("home");
  });

  it("switches language from the welcome screen and persists it", async () => {
    const { root, backend } = await mount(new FakeBackend(), { route: null });
    click(root.querySelector('.lang-choice button[lang="en-US"]'));
    await flush();
    expect((await settingsOf(backend)).language).toBe("en-US");
    expect(heading(root)).toBe(en.t("ui-welcome-title"));
    expect(document.documentElement.lang).toBe("en-US");
  });

  it("quick mode: a name creates an organisation and lands on a short checklist", async () => {
    const { root, backend } = await mount(new FakeBackend(), { route: null });
    click(buttonByText(root, zh.t("ui-welcome-quick")));
    await flush();
    expect(heading(root)).toBe(zh.t("ui-quick-title"));
    await submit(root); // empty name refused
    expect(root.querySelector("#quick-name-error")?.textContent).toBe(zh.t("ui-org-name-error-empty"));
    expect(backend.cmds()).not.toContain("create_org");
    const input = root.querySelector<HTMLInputElement>("#quick-name")!;
    input.value = " 培训班 A ";
    input.dispatchEvent(new Event("input"));
    await submit(root);
    expect(backend.calls.find((c) => c.cmd === "create_org")?.args).toEqual({ input: { name: "培训班 A", profile: {} } });
    expect(backend.calls.find((c) => c.cmd === "ensure_assessment")?.args).toEqual({ orgId: 1, mode: "quick" });
    const total = quickItems().length;
    expect(total).toBeLessThanOrEqual(15);
    expect(root.querySelector(".progress-text")?.textContent).toContain(zh.t("ui-walk-progress", { current: 1, total }));
    expect(heading(root)).toBe(zh.t(qKey(quickItems()[0]!.id)));
    expect(document.activeElement?.id).toBe("screen-heading");
    expect(last(backend.readyReports)?.screen).toBe("checklist");
  });

  it("quick mode asks the profile questions that decide must-haves first, and sends the answers", async () => {
    const { root, backend } = await mount(new FakeBackend(), { route: null });
    click(buttonByText(root, zh.t("ui-welcome-quick")));
    await flush();
    // The engine marks bank_transfers and incidents_3y (profile-fields replay).
    const legends = Array.from(root.querySelectorAll(".deciding legend"), (l) => l.textContent);
    expect(legends).toEqual([zh.t("profile-field-bank_transfers"), zh.t("profile-field-incidents_3y")]);
    expect(root.querySelector("#quick-deciding-title")?.textContent).toBe(zh.t("ui-quick-deciding-title", { count: 2 }));
    const input = root.querySelector<HTMLInputElement>("#quick-name")!;
    input.value = "培训班 B";
    input.dispatchEvent(new Event("input"));
    const none = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="quick-incidents_3y"]'))
      .find((r) => r.labels?.[0]?.textContent === zh.t("profile-option-incidents_3y-none"))!;
    none.checked = true;
    none.dispatchEvent(new Event("change", { bubbles: true }));
    // bank transfers skipped: left out of the profile, so its must-have still applies.
    await submit(root);
    expect(backend.calls.find((c) => c.cmd === "create_org")?.args).toEqual({ input: { name: "培训班 B", profile: { incidents_3y: "none" } } });
  });

  it("Start opens the profile wizard for a new organisation", async () => {
    const { root } = await mount(new FakeBackend(), { route: null });
    click(buttonByText(root, zh.t("ui-welcome-start")));
    await flush();
    expect(heading(root)).toBe(zh.t("ui-wizard-step-basics"));
    expect(root.querySelector("#wiz-name")).not.toBeNull();
  });
});

const WIZ_FIELDS: ProfileField[] = [
  { id: "industry", kind: "choice", basic: true, decides_must_have: false, options: ["retail", "other"], min: null, max: null },
  { id: "region", kind: "choice", basic: true, decides_must_have: false, options: ["beijing", "other-mainland"], min: null, max: null },
  { id: "sensitive_data", kind: "bool", basic: false, decides_must_have: false, options: [], min: null, max: null },
  { id: "bank_transfers", kind: "bool", basic: false, decides_must_have: true, options: [], min: null, max: null },
  { id: "remote_work", kind: "bool", basic: false, decides_must_have: false, options: [], min: null, max: null },
  { id: "daily_gross_profit", kind: "number", basic: false, decides_must_have: false, options: [], min: 0, max: 10000000000 },
  { id: "future_field", kind: "bool", basic: false, decides_must_have: false, options: [], min: null, max: null },
];

describe("profile wizard", () => {
  async function openWizard(): Promise<{ root: HTMLElement; backend: FakeBackend }> {
    const b = new FakeBackend({ orgs: ["Acme"] });
    b.setProfile(1, { industry: "retail", sensitive_data: true });
    vi.spyOn(b, "profileFields").mockResolvedValue(WIZ_FIELDS);
    const m = await mount(b);
    click(m.root.querySelector('[data-action="profile"]'));
    await flush();
    return m;
  }

  it("shows steps with progress, localised labels, help and a skip option", async () => {
    const { root, backend } = await openWizard();
    expect(root.querySelector(".step-count")?.textContent).toBe(zh.t("ui-wizard-progress", { current: 1, total: 4 }));
    expect(root.querySelector('[aria-current="step"]')?.textContent).toBe(zh.t("ui-wizard-step-basics"));
    expect(root.textContent).toContain(zh.t("profile-field-industry"));
    expect(root.textContent).toContain(zh.t("profile-field-industry-help"));
    expect(root.textContent).toContain(zh.t("profile-option-industry-retail"));
    expect(root.textContent).toContain(zh.t("ui-wizard-skip-option"));
    expect(root.querySelector<HTMLInputElement>("#wiz-name")!.value).toBe("Acme");
    expect(last(backend.readyReports)?.screen).toBe("profile");
    expect(document.activeElement?.id).toBe("screen-heading");
  });

  it("saves the full merged profile on every step", async () => {
    const { root, backend } = await openWizard();
    // step 1: region = beijing, industry → not sure (cleared)
    pick(root.querySelector<HTMLInputElement>('input[name="wiz-region"]')!);
    const industry = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="wiz-industry"]'));
    pick(industry[industry.length - 1]!); // "not sure / skip"
    await submit(root);
    expect(last(backend.calls.filter((c) => c.cmd === "update_org"))?.args).toEqual({
      id: 1, input: { name: "Acme", profile: { region: "beijing", sensitive_data: true } },
    });
    expect(root.querySelector(".step-count")?.textContent).toBe(zh.t("ui-wizard-progress", { current: 2, total: 4 }));
    expect(document.activeElement?.id).toBe("screen-heading");
    // step 2: bank transfers yes; sensitive data stays as it was
    expect(root.textContent).toContain(zh.t("profile-bool-yes"));
    pick(root.querySelector<HTMLInputElement>('input[name="wiz-bank_transfers"]')!);
    await submit(root);
    expect((await orgsOf(backend))[0]!.profile).toEqual({ region: "beijing", sensitive_data: true, bank_transfers: true });
    // step 3 (systems) then 4: a bad number is refused, a good one saved; unknown fields land on the last step
    await submit(root);
    expect(root.querySelector("#wiz-future_field-0")).not.toBeNull();
    const num = root.querySelector<HTMLInputElement>("#wiz-daily_gross_profit")!;
    num.value = "12.5";
    num.dispatchEvent(new Event("input"));
    const before = backend.calls.length;
    await submit(root);
    expect(root.querySelector("#wiz-daily_gross_profit-error")).not.toBeNull();
    expect(backend.calls.length).toBe(before);
    const num2 = root.querySelector<HTMLInputElement>("#wiz-daily_gross_profit")!;
    num2.value = "25,000";
    num2.dispatchEvent(new Event("input"));
    await submit(root);
    expect((await orgsOf(backend))[0]!.profile.daily_gross_profit).toBe(25000);
    // the last step leads to the checklist (mode choice, as nothing is answered yet)
    expect(heading(root)).toBe(zh.t("ui-mode-title"));
  });

  it("creates a new organisation from step 1 and shows back-end errors localised", async () => {
    const b = new FakeBackend();
    vi.spyOn(b, "profileFields").mockResolvedValue(WIZ_FIELDS);
    const { root, backend } = await mount(b, { route: { screen: "profile", orgId: null, step: 0 } });
    await submit(root);
    expect(root.querySelector("#wiz-name-error")?.textContent).toBe(zh.t("ui-org-name-error-empty"));
    const name = root.querySelector<HTMLInputElement>("#wiz-name")!;
    name.value = "新店";
    name.dispatchEvent(new Event("input"));
    backend.failNext.create_org = { code: "disk_full", message: "x" };
    await submit(root);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(zh.t("error-disk_full"));
    await submit(root);
    expect((await orgsOf(backend)).map((o) => o.name)).toEqual(["新店"]);
    expect(root.querySelector(".step-count")?.textContent).toBe(zh.t("ui-wizard-progress", { current: 2, total: 4 }));
    expect(JSON.parse(sessionStorage.getItem("coverready.route")!)).toEqual({ screen: "profile", orgId: 1, step: 1 });
  });
});

describe("checklist walk", () => {
  async function walk(seed: Record<string, "yes" | "no" | "not_sure"> = {}, route?: object) {
    const b = new FakeBackend({ orgs: ["Acme"] });
    b.seedAnswers(1, seed); // an assessment exists (walks straight in)
    const m = await mount(b, { route: (route ?? { screen: "checklist", orgId: 1 }) as never });
    return m;
  }

  it("asks the mode first when no assessment exists, then starts it", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["Acme"] }));
    click(root.querySelector('[data-action="assess"]'));
    await flush();
    expect(heading(root)).toBe(zh.t("ui-mode-title"));
    expect(root.textContent).toContain(zh.t("ui-mode-quick-desc", { count: quickItems().length, minutes: Math.max(5, Math.round(quickItems().length * 0.7)) }));
    pick(root.querySelector<HTMLInputElement>("#mode-quick")!);
    await submit(root);
    expect(backend.calls.find((c) => c.cmd === "ensure_assessment")?.args).toEqual({ orgId: 1, mode: "quick" });
    expect(root.querySelector(".progress-text")?.textContent).toContain(zh.t("ui-walk-progress", { current: 1, total: quickItems().length }));
  });

  it("shows progress, domain, weight badge, question and help texts", async () => {
    const { root, backend } = await walk({ [ITEMS[0]!.id]: "yes" });
    const item = ITEMS[1]!;
    expect(heading(root)).toBe(zh.t(qKey(item.id)));
    expect(root.querySelector(".progress-text")?.textContent).toContain(zh.t("ui-walk-progress", { current: 2, total: ITEMS.length }));
    const bar = root.querySelector("progress")!;
    expect(bar.getAttribute("max")).toBe(String(ITEMS.length));
    expect(bar.getAttribute("aria-labelledby")).toBe("walk-progress");
    expect(root.querySelector(".domain-name")?.textContent).toBe(zh.t(`domain-${item.domain}`));
    expect(root.querySelector(".badge")?.textContent).toContain(zh.t(`weight-${item.weight}`));
    const help = root.querySelector("details.help")!;
    expect(help.querySelector("summary")?.textContent).toBe(zh.t("ui-walk-help"));
    expect(help.querySelector(".help-why")?.textContent).toBe(zh.t(`${qKey(item.id)}-why`));
    const lines = zh.t(`${qKey(item.id)}-check`).split("\n").filter((l) => l.trim());
    expect(help.querySelectorAll(".help-check li").length).toBe(lines.length);
    expect(help.querySelector(".help-fix")?.textContent).toBe(zh.t(`${qKey(item.id)}-fix`));
    expect(help.textContent).toContain(zh.t("ui-effort-hours", { hours: item.effort_hours }));
    expect(help.textContent).toContain(zh.t(`cost-${item.cost_band}`));
    expect(last(backend.readyReports)?.screen).toBe("checklist");
  });

  it("offers not sure on every question and n/a only where listed", async () => {
    const { root } = await walk();
    for (let i = 0; i < ITEMS.length; i++) {
      const item = ITEMS[i]!;
      const values = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="answer"]'), (r) => r.value);
      expect(values, item.id).toEqual(offered(item));
      expect(values).toContain("not_sure");
      expect(values.includes("not_applicable")).toBe(item.options.includes("not_applicable"));
      for (const r of root.querySelectorAll<HTMLInputElement>('input[name="answer"]')) {
        expect(root.querySelector(`label[for="${r.id}"]`)?.textContent).toContain(zh.t(`answer-${r.value}`));
      }
      if (i < ITEMS.length - 1) click(buttonByText(root, zh.t("ui-walk-skip")));
      await flush();
    }
    expect(ITEMS.some((q) => q.options.includes("not_applicable"))).toBe(true);
    expect(ITEMS.some((q) => !q.options.includes("not_applicable"))).toBe(true);
  });

  it("autosaves every choice at once, with the note", async () => {
    const { root, backend, status } = await walk();
    const q = ITEMS[0]!.id;
    const note = root.querySelector<HTMLTextAreaElement>("#walk-note")!;
    expect(note.getAttribute("maxlength")).toBe("2000");
    note.value = "问一下 IT 公司";
    note.dispatchEvent(new Event("input"));
    pick(radio(root, "not_sure"));
    await flush();
    expect(saves(backend)).toEqual([{ orgId: 1, answers: [{ question: q, value: "not_sure", note: "问一下 IT 公司" }] }]);
    expect(status.textContent).toBe(zh.t("ui-answer-saved"));
    expect(root.querySelector(".save-state")?.textContent).toContain(zh.t("ui-walk-saved"));
    pick(radio(root, "yes"));
    await flush();
    expect(saves(backend).length).toBe(2);
    expect((await answersOf(backend)).map((a) => [a.question, a.value])).toEqual([[q, "yes"]]);
  });

  it("keeps the choice and offers a retry when saving fails", async () => {
    const { root, backend } = await walk();
    backend.failNext.save_answers = { code: "disk_full", message: "full" };
    pick(radio(root, "no"));
    await flush();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain(zh.t("error-disk_full"));
    expect(radio(root, "no").checked).toBe(true);
    expect(await answersOf(backend)).toEqual([]);
    click(buttonByText(alert as HTMLElement, zh.t("ui-retry")));
    await flush();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect((await answersOf(backend)).map((a) => a.value)).toEqual(["no"]);
  });

  it("resumes at the first unanswered question", async () => {
    const { root } = await walk({ [ITEMS[0]!.id]: "yes", [ITEMS[1]!.id]: "no", [ITEMS[3]!.id]: "yes" });
    expect(heading(root)).toBe(zh.t(qKey(ITEMS[2]!.id)));
  });

  it("back, skip and Enter = Next move one question and focus its heading", async () => {
    const { root, backend } = await walk();
    const back = buttonByText(root, zh.t("ui-back"));
    expect(back.disabled).toBe(true);
    click(buttonByText(root, zh.t("ui-walk-skip")));
    await flush();
    expect(heading(root)).toBe(zh.t(qKey(ITEMS[1]!.id)));
    expect(document.activeElement?.id).toBe("screen-heading");
    expect(saves(backend)).toEqual([]);
    const yes = radio(root, "yes");
    pick(yes);
    await flush();
    radio(root, "yes").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await flush();
    expect(heading(root)).toBe(zh.t(qKey(ITEMS[2]!.id)));
    expect(document.activeElement?.id).toBe("screen-heading");
    click(buttonByText(root, zh.t("ui-back")));
    await flush();
    expect(heading(root)).toBe(zh.t(qKey(ITEMS[1]!.id)));
    expect(radio(root, "yes").checked).toBe(true);
    expect(JSON.parse(sessionStorage.getItem("coverready.route")!)).toEqual({ screen: "checklist", orgId: 1, question: ITEMS[1]!.id });
  });

  it("opens at a given question (from the results) and survives a reload", async () => {
    const target = ITEMS[5]!.id;
    const { root } = await walk({}, { screen: "checklist", orgId: 1, question: target });
    expect(heading(root)).toBe(zh.t(qKey(target)));
  });

  it("the last question leads to the results", async () => {
    const { root } = await walk({}, { screen: "checklist", orgId: 1, question: ITEMS[ITEMS.length - 1]!.id });
    click(buttonByText(root, zh.t("ui-walk-finish")));
    await flush();
    expect(heading(root)).toBe(zh.t("ui-results-title"));
  });
});

describe("results", () => {
  async function results(seed: Record<string, "yes" | "no" | "not_sure" | "partly">, lang: "zh-CN" | "en-US" = "zh-CN") {
    const b = new FakeBackend({ orgs: ["Acme"], language: lang });
    b.seedAnswers(1, seed);
    return mount(b, { route: { screen: "results", orgId: 1 }, lang });
  }
  const musts = ITEMS.filter((q) => q.weight === "must_have").map((q) => q.id);

  it("states the gate in one sentence with an icon and text", async () => {
    const { root, backend } = await results({ [musts[0]!]: "no", [musts[1]!]: "yes" });
    const gate = root.querySelector(".gate")!;
    // Both kinds of open must-haves counted in one line: "投保前先补 1 件，再弄清 6 件。"
    expect(gate.querySelector(".gate-text")?.textContent).toBe(zh.t("ui-results-status", { fix: 1, confirm: musts.length - 2 }));
    expect(gate.querySelector(".gate-text")?.textContent).toBe(`投保前先补 1 件，再弄清 ${musts.length - 2} 件。`);
    expect(gate.querySelector(".gate-icon")?.getAttribute("aria-hidden")).toBe("true");
    expect(root.querySelector("#musts-heading")?.textContent).toBe(zh.t("ui-results-musts-open", { fix: 1, confirm: musts.length - 2 }));
    expect(last(backend.readyReports)?.screen).toBe("results");
  });

  it("says ready when every must-have is in place, to confirm when some are unknown", async () => {
    const all = Object.fromEntries(musts.map((m) => [m, "yes" as const]));
    let m = await results(all, "en-US");
    expect(m.root.querySelector(".gate-text")?.textContent).toBe(en.t("gate-ready"));
    m = await results({ ...all, [musts[0]!]: "not_sure" }, "en-US");
    expect(m.root.querySelector(".gate-text")?.textContent).toBe("Before you apply, find out 1 must-have.");
  });

  it("has a domain chart with a text alternative", async () => {
    // Every question of the first area answered, so that area has a score to chart.
    const area = ITEMS.filter((q) => q.domain === ITEMS[0]!.domain);
    const { root, backend } = await results(Object.fromEntries(area.map((q) => [q.id, "yes" as const])));
    const report = await backend.readiness(1);
    const rows = root.querySelectorAll(".chart-row");
    expect(rows.length).toBe(report.readiness.domains.length);
    expect(root.querySelector(".chart-rows")?.getAttribute("aria-hidden")).toBe("true");
    const table = root.querySelector("figure.chart table")!;
    expect(table.querySelector("caption")?.textContent).toBe(zh.t("ui-results-domains"));
    const first = report.readiness.domains[0]!;
    const cells = Array.from(table.querySelectorAll("tbody tr")[0]!.children, (c) => c.textContent);
    expect(cells[0]).toBe(zh.t(`domain-${first.id}`));
    expect(cells[1]).toBe(zh.t("ui-percent", { value: first.percent! }));
    expect(rows[0]!.textContent).toContain(zh.t(`domain-${first.id}`));
    expect(rows[0]!.querySelector("svg rect.bar-fill")?.getAttribute("width")).toBe(String(first.percent));
  });

  it("groups the action plan by bucket and persists the done checkbox", async () => {
    const { root, backend, status } = await results({ [musts[0]!]: "no" });
    // Open must-haves are the cards on top; the rest of the plan is grouped below.
    for (const b of ["this-month", "this-quarter"]) {
      expect(root.querySelector(".plan")!.textContent).toContain(zh.t(`plan-${b}`));
    }
    expect(root.querySelector(".plan")!.textContent).not.toContain(zh.t(qKey(musts[0]!)));
    const item = root.querySelector(".plan-item")!;
    expect(item.textContent).toContain(zh.t(qKey(musts[0]!)));
    expect(item.textContent).toContain(zh.t("plan-reason-unmet"));
    const box = root.querySelector<HTMLInputElement>(`[id="done-${musts[0]}"]`)!;
    expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBe(zh.t("ui-plan-done"));
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await flush();
    expect(backend.calls.find((c) => c.cmd === "set_action_done")?.args).toEqual({ orgId: 1, question: musts[0], done: true });
    expect(status.textContent).toBe(zh.t("ui-plan-marked-done"));
    // a fresh start (reload) shows it ticked, from the back end
    const again = await mount(backend, { route: { screen: "results", orgId: 1 } });
    expect(again.root.querySelector<HTMLInputElement>(`[id="done-${musts[0]}"]`)!.checked).toBe(true);
  });

  it("a failed tick is undone and explained", async () => {
    const { root, backend } = await results({});
    backend.failNext.set_action_done = { code: "store_io", message: "x", details: { path: "/d", detail: "ro" } };
    const box = root.querySelector<HTMLInputElement>(".plan-item input[type=checkbox]")!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("/d");
    expect(root.querySelector<HTMLInputElement>(".plan-item input[type=checkbox]")!.checked).toBe(false);
  });

  it("leads with the next step as the one main button, a step bar, and a text for the IT provider", async () => {
    const everything = Object.fromEntries(ITEMS.map((q) => [q.id, "yes" as const]));
    const { root, status } = await results({ ...everything, [musts[0]!]: "no" });
    const bar = root.querySelector('nav.step-bar[aria-label]')!;
    expect(bar.getAttribute("aria-label")).toBe(zh.t("ui-steps-label"));
    expect(bar.querySelector('[aria-current="step"]')?.textContent).toContain(zh.t("ui-step-questions"));
    const primary = Array.from(root.querySelectorAll(".results .button.primary"));
    expect(primary.length).toBe(1);
    expect(primary[0]!.textContent).toBe(zh.t("ui-next-fix", { question: zh.t(qKey(musts[0]!)) }));
    // The card of the missing must-have: its fix and a ready text to send.
    const card = root.querySelector(".must-card")!;
    expect(card.querySelector("h3")?.textContent).toBe(zh.t(qKey(musts[0]!)));
    expect(card.textContent).toContain(zh.t(`${qKey(musts[0]!)}-fix`));
    const text = card.querySelector<HTMLTextAreaElement>(".for-it textarea")!;
    expect(text.value).toContain(zh.t(qKey(musts[0]!)));
    expect(text.value).toContain("Acme");
    click(card.querySelector(`[data-focus="it-copy-${musts[0]}"]`));
    await flush();
    // No clipboard here (as in an older WebView): the text is selected for Ctrl+C instead.
    expect(status.textContent).toBe(zh.t("ui-it-copy-manually"));
    expect(document.activeElement).toBe(text);
    click(primary[0]!);
    await flush();
    expect(heading(root)).toBe(zh.t(qKey(musts[0]!)));
  });

  it("links back into the checklist at a specific question", async () => {
    const { root } = await results({ [musts[0]!]: "no" });
    click(root.querySelector(`[data-focus="blocker-${musts[0]}"]`));
    await flush();
    expect(heading(root)).toBe(zh.t(qKey(musts[0]!)));
    expect(radio(root, "no").checked).toBe(true);
  });
});

describe("settings", () => {
  it("applies text size and contrast on <html> and persists them", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["A"] }));
    click(root.querySelector('[data-focus="nav-settings"]'));
    await flush();
    expect(heading(root)).toBe(zh.t("ui-settings-title"));
    expect(last(backend.readyReports)?.screen).toBe("settings");
    expect(root.querySelector<HTMLInputElement>("#set-data-dir")!.value).toBe((await backend.peek<AppInfo>("app_info")).data_dir);
    expect(root.querySelector<HTMLInputElement>("#set-data-dir")!.readOnly).toBe(true);
    pick(root.querySelector<HTMLInputElement>("#set-scale-200")!);
    await flush();
    expect(document.documentElement.classList.contains("text-200")).toBe(true);
    expect(await settingsOf(backend)).toEqual({ language: "zh-CN", text_scale: 200, high_contrast: false });
    const hc = root.querySelector<HTMLInputElement>("#set-contrast")!;
    hc.checked = true;
    hc.dispatchEvent(new Event("change"));
    await flush();
    expect(document.documentElement.classList.contains("high-contrast")).toBe(true);
    expect((await settingsOf(backend)).high_contrast).toBe(true);
    pick(root.querySelector<HTMLInputElement>("#set-lang-en-US")!);
    await flush();
    expect(document.documentElement.lang).toBe("en-US");
    expect(heading(root)).toBe(en.t("ui-settings-title"));
    expect(await settingsOf(backend)).toEqual({ language: "en-US", text_scale: 200, high_contrast: true });
  });

  it("shows the data folder in the file manager, and explains when that fails", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["A"] }), { route: { screen: "settings" } });
    click(root.querySelector('[data-focus="set-data-dir-open"]'));
    await flush();
    expect(last(backend.calls)).toEqual({ cmd: "open_data_folder" });
    backend.failNext.open_data_folder = { code: "internal", message: "x", details: { detail: "no file manager" } };
    click(root.querySelector('[data-focus="set-data-dir-open"]'));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(zh.t("error-internal", { cause: zh.t("cause-other") }));
    // The system's own English never reaches a Chinese owner.
    expect(root.querySelector('[role="alert"]')?.textContent).not.toContain("no file manager");
  });

  it("applies stored settings at start-up", async () => {
    const b = new FakeBackend({ orgs: ["A"] });
    b.seedSettings({ language: "zh-CN", text_scale: 150, high_contrast: true });
    await mount(b);
    expect(document.documentElement.classList.contains("text-150")).toBe(true);
    expect(document.documentElement.classList.contains("high-contrast")).toBe(true);
  });

  it("reverts and explains when saving fails", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["A"] }), { route: { screen: "settings" } });
    backend.failNext.update_settings = { code: "disk_full", message: "x" };
    pick(root.querySelector<HTMLInputElement>("#set-scale-125")!);
    await flush();
    expect(document.documentElement.classList.contains("text-125")).toBe(false);
    expect(root.querySelector<HTMLInputElement>("#set-scale-100")!.checked).toBe(true);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(zh.t("error-disk_full"));
  });
});

describe("home cards", () => {
  it("offer start or continue, results and profile, with names in their labels", async () => {
    const b = new FakeBackend({ orgs: ["A", "B"] });
    b.seedAnswers(2, { [ITEMS[0]!.id]: "yes" });
    const { root } = await mount(b);
    const assess = Array.from(root.querySelectorAll('[data-action="assess"]'), (x) => x.textContent);
    expect(assess).toEqual([zh.t("ui-org-start"), zh.t("ui-org-continue")]);
    expect(root.querySelector('[data-focus="results-2"]')?.getAttribute("aria-label")).toBe(zh.t("ui-org-results-named", { name: "B" }));
    click(root.querySelector('[data-focus="assess-2"]'));
    await flush();
    expect(heading(root)).toBe(zh.t(qKey(ITEMS[1]!.id)));
  });
});

describe("results: scan markers and new destinations", () => {
  it("marks each answered question as partly verified by scan, self-attested or contradicted (icon + text)", async () => {
    const b = new FakeBackend({ orgs: ["Acme"] });
    b.seedAnswers(1, { "patching.auto-update": "yes", "network.no-exposed-remote-desktop": "yes", "backup.offline-copy": "no" });
    await b.runScan(1, () => {});
    const { root, backend } = await mount(b, { route: { screen: "results", orgId: 1 } });
    const list = root.querySelector(".verif-list")!;
    const row = (q: string) => Array.from(list.querySelectorAll("li")).find((li) => li.textContent!.includes(zh.t(qKey(q))))!;
    // The scan saw this computer's updates only: partly verified, never "verified" outright.
    expect(row("patching.auto-update").textContent).toContain(zh.t("ui-verification-partly_verified_by_scan"));
    expect(row("patching.auto-update").querySelector('[aria-hidden="true"]')?.textContent).toBe("◐");
    expect(row("backup.offline-copy").textContent).toContain(zh.t("ui-verification-self_attested"));
    expect(row("network.no-exposed-remote-desktop").textContent).toContain(zh.t("ui-verification-contradicted"));
    expect(root.textContent).toContain(zh.t("ui-results-contradictions", { count: 1 }));
    click(root.querySelector('[data-focus="results-resolve"]'));
    await flush();
    expect(last(backend.readyReports)?.screen).toBe("scan");
  });

  it("leads to scan, report and apply from Results and the organisation card", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["Acme"] }));
    for (const screen of ["scan", "report", "apply"] as const) {
      click(root.querySelector(`[data-action="${screen}"]`));
      await flush();
      expect(last(backend.readyReports)?.screen).toBe(screen);
      click(root.querySelector('[data-focus="nav-home"]'));
      await flush();
    }
    await mount(backend, { route: { screen: "results", orgId: 1 } });
    for (const screen of ["scan", "report", "apply"] as const) {
      click(document.querySelector(`[data-focus="results-${screen}"]`));
      await flush();
      expect(last(backend.readyReports)?.screen).toBe(screen);
      click(document.querySelector('[data-focus="nav-home"]'));
      await flush();
      click(document.querySelector('[data-action="results"]'));
      await flush();
    }
  });
});
