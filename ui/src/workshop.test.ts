// Workshop mode against the real engine (an in-memory store in the harness, as `--workshop`
// starts it), the idle reset, and "Continue from a workshop" with a code the engine wrote.
import { afterEach, describe, expect, it, vi } from "vitest";
import { buttonByText, click, FakeBackend, flush, makeI18n, mount } from "./test-support";
import { WorkshopSession } from "./workshop";

afterEach(() => { document.body.replaceChildren(); vi.useRealTimers(); });

describe("workshop mode on a shared laptop", () => {
  it("offers the takeaway and 'Finish and erase', no scan, no data folder; finishing erases the session", async () => {
    const en = makeI18n("en-US");
    const b = new FakeBackend({ orgs: ["WORKSHOP-MARKER Bakery (fictional)"], language: "en-US" });
    b.workshop({ language: "en-US" });
    // The workshop's store is a fresh one: this session's attendee creates the organisation.
    const restart = vi.fn();
    const { root, backend } = await mount(b, { route: { screen: "welcome" }, lang: "en-US", restartPage: restart });
    expect(root.textContent).toContain(en.t("ui-workshop-welcome"));
    expect(root.textContent).toContain(en.t("ui-workshop-footer"));
    expect(root.textContent).not.toContain(en.t("ui-workshop-continue"));
    const org = await backend.createOrg({ name: "WORKSHOP-MARKER", profile: {} });
    backend.seedAnswers(org.id, { "identity.mfa-email": "no" }, "quick");
    await backend.listOrgs();
    const results = await mount(backend, { route: { screen: "results", orgId: org.id }, lang: "en-US", restartPage: restart });
    const text = results.root.textContent ?? "";
    expect(text).toContain(en.t("ui-workshop-save"));
    expect(text).toContain(en.t("ui-workshop-no-scan"));
    expect(results.root.querySelector("[data-focus=results-scan]")).toBeNull();
    expect(results.root.querySelector("[data-focus=results-report]")).toBeNull();

    click(buttonByText(results.root, en.t("ui-workshop-save")));
    await flush();
    expect(backend.cmds()).toContain("save_takeaway");

    click(results.root.querySelector("[data-focus=workshop-finish]"));
    await flush();
    expect(backend.cmds()).toContain("finish_workshop");
    expect(restart).toHaveBeenCalledTimes(1);
    expect(await backend.peek("list_orgs")).toEqual([]);
  });

  it("warns before an idle reset, announced once; 'I'm still here' keeps the session", async () => {
    vi.useFakeTimers();
    const en = makeI18n("en-US");
    const erase = vi.fn(async () => undefined);
    const restart = vi.fn();
    const announce = vi.fn();
    const session = new WorkshopSession({ language: null, idle_minutes: 1, warning_seconds: 10 },
      { t: (id, args) => en.t(id, args), erase, announce }, document, restart);
    session.start();
    vi.advanceTimersByTime(49_000);
    expect(document.querySelector("[role=alertdialog]")).toBeNull();
    vi.advanceTimersByTime(1_000);
    const dialog = document.querySelector<HTMLElement>("[role=alertdialog]")!;
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.getElementById(dialog.getAttribute("aria-describedby")!)?.textContent)
      .toContain(en.t("ui-workshop-idle-text", { seconds: 10 }));
    expect((document.activeElement as HTMLElement).dataset.focus).toBe("workshop-stay");
    click(document.activeElement);
    expect(document.querySelector("[role=alertdialog]")).toBeNull();
    expect(announce).toHaveBeenCalledWith("ui-workshop-continued");

    // Activity re-arms the timer; then nobody comes back.
    vi.advanceTimersByTime(30_000);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    vi.advanceTimersByTime(49_000);
    expect(document.querySelector("[role=alertdialog]")).toBeNull();
    vi.advanceTimersByTime(1_000 + 10_000);
    await vi.runOnlyPendingTimersAsync();
    expect(erase).toHaveBeenCalledTimes(1);
    expect(restart).toHaveBeenCalledTimes(1);
  });
});

describe("continue from a workshop", () => {
  it("restores the answers the engine wrote into the code, on another computer", async () => {
    const zh = makeI18n("zh-CN");
    const laptop = new FakeBackend({ orgs: ["讲座演示（虚构）"], language: "zh-CN" });
    laptop.seedAnswers(1, { "identity.mfa-email": "no", "backup.offline-copy": "yes" }, "quick");
    const code = await laptop.answerCode(1);
    const before = (await laptop.readiness(1)).readiness;

    const home = new FakeBackend({ orgs: [], language: "zh-CN" });
    const { root, backend } = await mount(home, { route: { screen: "welcome" }, lang: "zh-CN" });
    click(root.querySelector("[data-focus=continue-open]"));
    const input = root.querySelector<HTMLInputElement>("#continue-code")!;
    input.value = code.toLowerCase();
    input.dispatchEvent(new Event("input"));
    click(buttonByText(root, zh.t("ui-workshop-continue-submit")));
    await flush();
    const orgs = await backend.peek<{ id: number; name: string }[]>("list_orgs");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.name).toContain("讲座自查");
    const after = (await backend.readiness(orgs[0]!.id)).readiness;
    expect(after.answered).toBe(before.answered);
    expect(after.gate).toEqual(before.gate);
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t("ui-results-title"));

    // A mistyped code: the engine's own reason, in the owner's language, and nothing saved.
    const again = await mount(new FakeBackend({ orgs: [], language: "zh-CN" }), { route: { screen: "welcome" }, lang: "zh-CN" });
    click(again.root.querySelector("[data-focus=continue-open]"));
    const box = again.root.querySelector<HTMLInputElement>("#continue-code")!;
    box.value = code.slice(0, -3) + (code.endsWith("0") ? "1" : "0") + code.slice(-2);
    box.dispatchEvent(new Event("input"));
    click(buttonByText(again.root, zh.t("ui-workshop-continue-submit")));
    await flush();
    expect(again.root.querySelector("[role=alert]")?.textContent).toMatch(/对不上|不完整/);
    expect(await again.backend.peek("list_orgs")).toEqual([]);
  });
});
