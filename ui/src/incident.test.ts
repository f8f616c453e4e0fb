// "Something happened" and the policy screen, against the real engine (the harness runs the
// shell's own incident and policy commands; only the open/save dialogs are the test back end's).
import { afterEach, describe, expect, it } from "vitest";
import { click, FakeBackend, flush, makeI18n, mount } from "./test-support";
import type { IncidentView, PolicyView } from "./bindings";
import { deadlineMessage, deadlineText, KINDS, localToRfc3339, shownTime } from "./incident";

afterEach(() => { document.body.replaceChildren(); });

const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

function type(el: Element | null, value: string): void {
  const input = el as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

async function startRansomware(lang: "zh-CN" | "en-US", setup?: (b: FakeBackend) => void) {
  const b = new FakeBackend({ orgs: ["Acme"], language: lang });
  setup?.(b);
  const m = await mount(b, { route: { screen: "results", orgId: 1 }, lang });
  // One key from any screen.
  document.dispatchEvent(new KeyboardEvent("keydown", { key: "F9", bubbles: true, cancelable: true }));
  await flush();
  expect(m.root.querySelector("#screen-heading")?.textContent).toBe(m.i18n.t("incident-app-title"));
  click(m.root.querySelector("#incident-kind-ransomware"));
  click(m.root.querySelector('[data-focus="incident-start"]'));
  await flush();
  return m;
}

describe("something happened", () => {
  it("has one button in the header, announced with its key, on every screen", async () => {
    const { root, i18n } = await mount(new FakeBackend({ orgs: ["Acme"], language: "en-US" }), { lang: "en-US" });
    const button = root.querySelector<HTMLButtonElement>('[data-focus="incident-button"]')!;
    expect(button.getAttribute("aria-keyshortcuts")).toBe("F9");
    expect(button.textContent).toContain(i18n.t("incident-app-button"));
    click(button);
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(i18n.t("incident-app-title"));
    // Seven kinds to choose from, in the owner's words.
    const labels = Array.from(root.querySelectorAll(".incident-kinds label"), (l) => l.textContent);
    expect(labels).toEqual(KINDS.map((k) => i18n.t(`incident-kind-${k}`)));
    expect(root.querySelector<HTMLInputElement>("#incident-discovered")?.value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  });

  it("starts an incident: ordered steps with their sources, deadlines counting down, who to call (zh-CN)", async () => {
    const { root, backend, i18n } = await startRansomware("zh-CN");
    const start = backend.calls.find((c) => c.cmd === "start_incident");
    // Discovery left as it was: "now", the engine's clock.
    expect(start?.args).toEqual({ orgId: 1, kind: "ransomware", discovered: null });
    const view = await backend.incidentView(1);
    expect(root.querySelector("#screen-heading")?.textContent)
      .toBe(i18n.t("incident-app-heading", { id: 1, kind: i18n.t("incident-kind-ransomware") }));
    const steps = Array.from(root.querySelectorAll(".incident-step-list > li .incident-step-text"), (p) => p.textContent);
    expect(steps).toEqual(view.steps.map((s) => i18n.t(`incident-step-${s.id}`)));
    expect(steps.length).toBeGreaterThan(3);
    expect(root.querySelector(".incident-step-list .source")?.textContent)
      .toBe(i18n.t("incident-app-source", { source: view.steps[0]!.source.title }));
    const t = (id: string, args?: Record<string, string | number>): string => i18n.t(id, args);
    const deadlines = Array.from(root.querySelectorAll("[data-deadline]"), (e) => e.textContent);
    expect(deadlines).toEqual(view.deadlines.map((d) => deadlineText(d, t)));
    // The 4-hour report counts down from now; no policy, so no notice period.
    expect(deadlines[0]).toContain("4 小时");
    expect(root.querySelector(".incident")?.textContent).toContain(i18n.t("incident-app-no-policy"));
    const contacts = root.querySelector(".incident-contacts")!.textContent ?? "";
    expect(contacts).toContain("12387");
    expect(contacts).toContain(i18n.t("incident-app-contact-missing"));
    // No countdown is a live region: nothing is announced each minute.
    expect(root.querySelector(".incident-deadlines [aria-live]")).toBeNull();
  });

  it("ticks a step with its time, logs entries, verifies the log and makes the claim pack (en-US)", async () => {
    const { root, backend, i18n, status } = await startRansomware("en-US");
    const first = (await backend.incidentView(1)).steps[0]!;
    click(root.querySelector(`[data-focus="step-${first.id}"]`));
    await flush();
    const ticked = (await backend.incidentView(1)).steps[0]!;
    expect(ticked.done_at).not.toBeNull();
    const done = root.querySelector(`[data-focus="step-${first.id}"]`)!;
    expect(done.tagName).toBe("P");
    expect(done.textContent).toContain(i18n.t("incident-app-step-done", { time: shownTime(ticked.done_at!, (id, a) => i18n.t(id, a)) }));
    expect(document.activeElement).toBe(done);

    type(root.querySelector("#log-text"), "Screens show a ransom note");
    click(root.querySelector('[data-focus="log-add"]'));
    await flush();
    expect(status.textContent).toBe(i18n.t("incident-app-entry-added", { seq: 3 }));
    type(root.querySelector("#log-text"), "Photo of the note");
    click(root.querySelector('[data-focus="log-add-evidence"]'));
    await flush();
    expect(last(backend.calls)?.cmd).not.toBe("add_incident_note");
    expect(backend.calls.some((c) => c.cmd === "add_incident_evidence")).toBe(true);
    const texts = Array.from(root.querySelectorAll(".log-entry .log-text"), (p) => p.textContent);
    expect(texts).toEqual([
      i18n.t("incident-entry-started", { kind: i18n.t("incident-kind-ransomware") }),
      i18n.t("incident-entry-step", { step: i18n.t(`incident-step-${first.id}`) }),
      "Screens show a ransom note",
      "Photo of the note",
    ]);
    // The owner closes the open dialog: nothing is added.
    backend.pickEvidence = null;
    click(root.querySelector('[data-focus="log-add-evidence"]'));
    await flush();
    expect(status.textContent).toBe(i18n.t("incident-app-evidence-cancelled"));
    expect(root.querySelectorAll(".log-entry").length).toBe(4);

    click(root.querySelector('[data-focus="log-verify"]'));
    await flush();
    expect(root.querySelector("[data-chain]")?.getAttribute("data-chain")).toBe("intact");
    expect(status.textContent).toBe(i18n.t("incident-app-verify-ok", { count: 4 }));

    click(root.querySelector('[data-focus="pack-make"]'));
    await flush();
    const pdf = root.querySelector("[data-pack-pdf]")?.textContent ?? "";
    expect(pdf).toMatch(/incidents[/\\]1[/\\]claim-pack-\d{8}T\d{6}Z\.pdf$/);
    expect(document.activeElement?.id).toBe("pack-heading");
    click(root.querySelector('[data-focus="pack-save"]'));
    await flush();
    expect(last(backend.calls)).toEqual({ cmd: "save_claim_pack_as", args: { path: pdf } });
    click(root.querySelector('[data-focus="pack-open"]'));
    await flush();
    expect(last(backend.calls)).toEqual({ cmd: "open_claim_pack", args: { path: pdf } });
  });

  it("shows the engine's refusal of a step ticked twice or an empty entry, and a time in the future", async () => {
    const { root, backend, i18n } = await startRansomware("en-US");
    click(root.querySelector('[data-focus="log-add"]'));
    await flush();
    expect(root.querySelector(".banner")?.textContent).toContain(i18n.t("incident-error-text"));
    await expect(backend.tickIncidentStep(1, "no-such-step")).rejects.toMatchObject({ code: "invalid_argument" });
    await expect(backend.startIncident(1, "ransomware", "2999-01-01T00:00:00+08:00")).rejects.toMatchObject({ code: "invalid_argument" });
    await expect(backend.startIncident(1, "meteor", null)).rejects.toMatchObject({ code: "invalid_argument" });
  });

  it("lists earlier incidents to reopen", async () => {
    const b = new FakeBackend({ orgs: ["Acme"], language: "en-US" });
    const { root, i18n, app } = await mount(b, { lang: "en-US" });
    await b.startIncident(1, "website", null);
    await app.go({ screen: "incident", orgId: 1, id: null });
    await flush();
    const open = root.querySelector<HTMLButtonElement>('[data-focus="incident-open-1"]')!;
    expect(open.textContent).toContain(i18n.t("incident-kind-website"));
    click(open);
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent)
      .toBe(i18n.t("incident-app-heading", { id: 1, kind: i18n.t("incident-kind-website") }));
  });

  it("turns the discovery field into RFC 3339 with this computer's offset", () => {
    const value = localToRfc3339("2026-12-03T09:30");
    expect(value).toMatch(/^2026-12-03T09:30:00[+-]\d\d:\d\d$/);
    expect(Date.parse(value!)).toBe(new Date(2026, 11, 3, 9, 30).getTime());
    expect(localToRfc3339("yesterday")).toBeNull();
    const en = makeI18n("en-US");
    expect(shownTime("2026-12-03T09:30:00+08:00", (id, a) => en.t(id, a))).toBe(en.t("incident-app-time", { date: "2026-12-03", clock: "09:30" }));
  });
});

describe("sending the claim pack", () => {
  it("opens the sending page for the incident, words the consent for a claim pack and sends it as one (zh-CN)", async () => {
    const { root, backend, i18n } = await startRansomware("zh-CN");
    const send = root.querySelector<HTMLButtonElement>('[data-focus="pack-send"]')!;
    expect(send.textContent).toBe(i18n.t("incident-app-pack-send"));
    click(send);
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(i18n.t("ui-apply-claim-title", { id: 1 }));
    // The readiness report's broker path is not offered here: the pack is saved on the incident screen.
    expect(root.querySelector('[data-focus="apply-save"]')).toBeNull();
    const input = root.querySelector<HTMLInputElement>("#apply-destination")!;
    input.value = await backend.platform();
    input.dispatchEvent(new Event("input"));
    root.querySelector<HTMLFormElement>(".apply-form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await flush();
    expect(last(backend.calls.filter((c) => c.cmd === "prepare_claim_submission"))?.args)
      .toEqual({ incidentId: 1, destination: input.value, share: ["name"] });
    expect(backend.cmds()).not.toContain("prepare_submission");
    // The engine packaged a claim pack: its own consent text, which says it is not the written notice.
    const preview = last(backend.previews)!;
    expect(preview.kind).toBe("claim_pack");
    expect(preview.report_id).toMatch(/^CP-/);
    expect(root.querySelector("#preview-heading")?.textContent).toBe(i18n.t("submission-consent-claim-title"));
    expect(root.querySelector("#consent-text")?.textContent).toBe(i18n.t("submission-consent-claim-text", { destination: preview.destination_url }));
    const agree = root.querySelector<HTMLInputElement>("#apply-agree")!;
    agree.checked = true;
    agree.dispatchEvent(new Event("change"));
    root.querySelector<HTMLFormElement>(".consent-form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await flush();
    const rows = await backend.peekSubmissions(1);
    expect(rows.map((r) => [r.kind, r.state])).toEqual([["claim_pack", "accepted"]]);
    expect(root.querySelector("[data-kind]")?.textContent).toBe(i18n.t("submission-kind-claim_pack"));
    click(root.querySelector('[data-focus="apply-to-incident"]'));
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent)
      .toBe(i18n.t("incident-app-heading", { id: 1, kind: i18n.t("incident-kind-ransomware") }));
  });
});

describe("the policy screen", () => {
  it("saves the policy through the engine, shows gaps plainly and uses it in the incident", async () => {
    const b = new FakeBackend({ orgs: ["Acme"], language: "en-US" });
    const { root, backend, i18n, app } = await mount(b, { route: { screen: "policy", orgId: 1 }, lang: "en-US" });
    expect(root.querySelector("#screen-heading")?.textContent).toBe(i18n.t("incident-policy-heading", { org: "Acme" }));
    const before = await backend.policyView(1);
    expect(before.policy).toBeNull();
    expect(Array.from(root.querySelectorAll(".gap-list li"), (l) => l.textContent))
      .toEqual(before.gaps.map((g) => i18n.t(`risk-coverage-${g}`)));
    type(root.querySelector("#policy-insurer"), "Fictional Mutual");
    type(root.querySelector("#policy-start"), "2026-01-01");
    type(root.querySelector("#policy-end"), "2026-12-31");
    type(root.querySelector("#policy-hotline"), "400 000 0000");
    type(root.querySelector("#policy-notice-hours"), "72");
    const firstGap = before.gaps[0]!;
    type(root.querySelector(`#policy-limit-${firstGap}`), "500000");
    click(root.querySelector('[data-focus="policy-save"]'));
    await flush();
    const after: PolicyView = await backend.policyView(1);
    expect(after.policy?.insurer).toBe("Fictional Mutual");
    expect(after.policy?.notice_hours).toBe(72);
    expect(after.policy?.limits[firstGap]).toBe(500000);
    expect(after.gaps).not.toContain(firstGap);
    expect(document.activeElement?.textContent).toContain(i18n.t("incident-app-policy-saved"));

    // A bad value: the engine refuses, in the owner's words, and nothing is saved.
    type(root.querySelector("#policy-hotline"), "call me");
    type(root.querySelector("#policy-notice-hours"), "48");
    click(root.querySelector('[data-focus="policy-save"]'));
    await flush();
    expect(root.querySelector(".banner")?.textContent).toContain(i18n.t("incident-policy-error-bad_phone", { value: "call me" }));
    expect((await backend.policyView(1)).policy?.notice_hours).toBe(72);
    type(root.querySelector("#policy-hotline"), "400 000 0000");
    type(root.querySelector("#policy-notice-hours"), "72");

    // The incident now has the insurer's hotline and the policy's notice period.
    const v: IncidentView = await backend.startIncident(1, "data-leak", null);
    await app.go({ screen: "incident", orgId: 1, id: v.id });
    await flush();
    expect(root.querySelector(".incident-contacts")?.textContent).toContain("400 000 0000");
    const notice = v.deadlines.find((d) => d.id === "insurer-notice");
    expect(notice?.hours).toBe(72);
    expect(root.querySelector('[data-deadline="insurer-notice"]')?.textContent).toContain("in 72 h");
  });
});

describe("the screens' texts", () => {
  const sources = import.meta.glob<string>(["./incident.ts", "./policy.ts", "./app.ts"], { query: "?raw", import: "default", eager: true });
  const files = import.meta.glob<string>("../../locales/*/incident.ftl", { query: "?raw", import: "default", eager: true });

  it("every incident-app- key the screens use is in incident.ftl of both languages, and no more", () => {
    const used = new Set<string>();
    for (const src of Object.values(sources)) {
      for (const m of src.matchAll(/["'`](incident-app-[a-z0-9-]+)["'`]/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    const keysOf = (text: string): string[] =>
      text.split("\n").filter((l) => l.startsWith("incident-app-")).map((l) => l.split(" =")[0]!).sort();
    const [a, b] = Object.values(files).map(keysOf);
    expect(a).toEqual(b);
    expect(a!.filter((k) => !used.has(k))).toEqual([]);
    expect([...used].filter((k) => !a!.includes(k))).toEqual([]);
  });
});

describe("choosing the business", () => {
  it("changes the business in place, without leaving the screen", async () => {
    const b = new FakeBackend({ orgs: ["Acme", "Bravo"], language: "en-US" });
    const { root, backend } = await mount(b, { route: { screen: "incident", orgId: 1, id: null }, lang: "en-US" });
    await backend.startIncident(2, "lost-device", null);
    const select = root.querySelector<HTMLSelectElement>("#incident-org")!;
    select.value = "2";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await flush();
    expect(root.querySelector<HTMLSelectElement>("#incident-org")?.value).toBe("2");
    expect(root.querySelector('[data-focus="incident-open-1"]')).not.toBeNull();
    click(root.querySelector("#incident-kind-other"));
    click(root.querySelector('[data-focus="incident-start"]'));
    await flush();
    expect(last(backend.calls.filter((c) => c.cmd === "start_incident"))?.args).toMatchObject({ orgId: 2, kind: "other" });
  });
});

describe("the renewal reminder", () => {
  it("is shown on the organisation list when due, and leads to the policy", async () => {
    const b = new FakeBackend({ orgs: ["Acme"], language: "zh-CN" });
    const { root, backend, i18n, app } = await mount(b, { lang: "zh-CN" });
    expect(root.querySelector(".renewal-notice")).toBeNull();
    // Ends within 30 days of the engine's clock (today).
    const day = (offset: number): string => new Date(Date.now() + 8 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);
    await backend.setPolicy(1, [`start=${day(-300)}`, `end=${day(20)}`]);
    await app.go({ screen: "home" });
    await flush();
    const notice = root.querySelector(".renewal-notice")!;
    expect(notice.querySelector("h2")?.textContent).toBe(i18n.t("incident-app-policy-renewal-heading"));
    expect(notice.textContent).toContain(day(20));
    click(notice.querySelector('[data-focus="renewal-1"]'));
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(i18n.t("incident-policy-heading", { org: "Acme" }));
    expect(root.querySelector(".policy")?.textContent).toContain(day(20));
  });
});

describe("the countdown", () => {
  it("words the hours left, within the hour and overdue, in stages that are announced once", () => {
    const en = makeI18n("en-US");
    const t = (id: string, a?: Record<string, string | number>): string => en.t(id, a);
    const d = { id: "cac-4h", hours: 4, from_policy: false, due_at: "2026-12-03T14:00:00+08:00", remaining_hours: 4, overdue: false, source: { title: "x" } };
    const name = en.t("incident-deadline-cac-4h");
    const time = en.t("incident-app-time", { date: "2026-12-03", clock: "14:00" });
    expect(deadlineText(d, t)).toBe(en.t("incident-app-deadline-due", { name, time, hours: 4 }));
    expect(deadlineText(d, t, 2.5)).toBe(en.t("incident-app-deadline-due", { name, time, hours: 1 }));
    expect(deadlineMessage(d, t, 3.5)).toMatchObject({ id: "incident-app-deadline-soon", stage: 1 });
    expect(deadlineMessage(d, t, 6.2)).toMatchObject({ id: "incident-app-deadline-overdue", args: { hours: 2 }, stage: 2 });
    expect(deadlineText({ ...d, due_at: null, remaining_hours: null }, t)).toBe(en.t("incident-app-deadline-no-policy", { name }));
  });
});

describe("prepare for renewal", () => {
  it("starts a new assessment from a copy of the answers when the renewal is due", async () => {
    const b = new FakeBackend({ orgs: ["Acme"], language: "en-US" });
    b.seedAnswers(1, { "identity.mfa-email": "yes", "backup.offline-copy": "partly" });
    const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const { root, backend, i18n } = await mount(b, { route: { screen: "policy", orgId: 1 }, lang: "en-US" });
    // Not due yet: no button.
    expect(root.querySelector('[data-focus="policy-prepare-renewal"]')).toBeNull();
    const earlier = (await backend.currentAssessment(1))!;
    await backend.setPolicy(1, [`start=${day(-340)}`, `end=${day(20)}`]);
    const again = await mount(backend, { route: { screen: "policy", orgId: 1 }, lang: "en-US" });
    const button = again.root.querySelector<HTMLButtonElement>('[data-focus="policy-prepare-renewal"]');
    expect(button?.textContent).toBe(i18n.t("incident-app-policy-prepare-renewal"));
    click(button);
    await flush();
    const renewed = (await backend.currentAssessment(1))!;
    expect(renewed.id).not.toBe(earlier.id);
    expect(renewed.based_on).toBe(earlier.id);
    expect(renewed.answers.map((a) => [a.question, a.value])).toEqual(earlier.answers.map((a) => [a.question, a.value]));
    expect(again.root.querySelector("#screen-heading")).not.toBeNull();
    expect(backend.cmds()).toContain("start_assessment");
    void root;
  });
});
