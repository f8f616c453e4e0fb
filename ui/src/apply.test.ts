// Apply-for-cover screen: destination, what to share, exact preview, consent, send, history, withdraw.
// Uploads go through the real engine to a real intake server on 127.0.0.1 (the harness's
// platform, over TLS with a throw-away certificate authority); only the owner's answer in the
// native "send?" window and Stop are the test back end's.
import { afterEach, describe, expect, it, vi } from "vitest";
import { buttonByText, click, FakeBackend, flush, makeI18n, mount } from "./test-support";

const zh = makeI18n("zh-CN");
const en = makeI18n("en-US");
const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

afterEach(() => { document.body.replaceChildren(); vi.restoreAllMocks(); });

async function openApply(lang: "zh-CN" | "en-US" = "en-US") {
  const b = new FakeBackend({ orgs: ["Acme Ltd"], language: lang });
  b.setProfile(1, { industry: "retail", region: "beijing" });
  return mount(b, { route: { screen: "apply", orgId: 1 }, lang });
}

function type(root: HTMLElement, id: string, value: string): void {
  const el = root.querySelector<HTMLInputElement>(`#${id}`)!;
  el.value = value;
  el.dispatchEvent(new Event("input"));
}

async function submit(root: HTMLElement, sel: string): Promise<void> {
  root.querySelector<HTMLFormElement>(sel)!.dispatchEvent(new Event("submit", { cancelable: true }));
  await flush();
}

function tick(root: HTMLElement, id: string, on: boolean): void {
  const el = root.querySelector<HTMLInputElement>(`#${id}`)!;
  el.checked = on;
  el.dispatchEvent(new Event("change"));
}

describe("apply for cover", () => {
  it("offers saving the report and its JSON twin for a broker as an equal way, without any address", async () => {
    const { root, backend, status } = await openApply("zh-CN");
    const headings = Array.from(root.querySelectorAll(".apply-path h2"), (e) => e.textContent);
    expect(headings).toEqual([zh.t("ui-apply-save-title"), zh.t("ui-apply-upload-title")]);
    backend.saveAsResult = "/home/owner/桌面/就绪报告.pdf";
    click(root.querySelector('[data-focus="apply-save"]'));
    await flush();
    const cmds = backend.cmds();
    expect(cmds.indexOf("generate_report")).toBeLessThan(cmds.indexOf("save_report_as"));
    expect(backend.calls.find((c) => c.cmd === "save_report_as")?.args).toEqual({ path: expect.stringMatching(/\.pdf$/) });
    expect(status.textContent).toBe(zh.t("ui-apply-saved", { path: "/home/owner/桌面/就绪报告.pdf" }));
    expect(root.querySelector(".saved-note")?.textContent).toBe(zh.t("ui-apply-saved", { path: "/home/owner/桌面/就绪报告.pdf" }));
    // Nothing was sent anywhere.
    expect(cmds).not.toContain("prepare_submission");
    expect(cmds).not.toContain("confirm_and_send");
  });


  it("starts empty with a hint, name shared by default, and reports ui_ready", async () => {
    const { root, backend } = await openApply();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(en.t("ui-apply-title"));
    expect(root.querySelector<HTMLInputElement>("#apply-destination")!.value).toBe("");
    expect(root.textContent).toContain(en.t("ui-apply-destination-hint"));
    expect(root.querySelector<HTMLInputElement>("#share-name")!.checked).toBe(true);
    for (const k of ["industry", "headcount_band", "revenue_band", "region"]) {
      expect(root.querySelector<HTMLInputElement>(`#share-${k}`)!.checked).toBe(false);
    }
    expect(root.textContent).toContain(en.t("ui-apply-history-empty"));
    expect(last(backend.readyReports)?.screen).toBe("apply");
    expect(backend.cmds()).toContain("submissions");
  });

  it("refuses an empty address locally", async () => {
    const { root, backend } = await openApply();
    await submit(root, ".apply-form");
    expect(root.querySelector("#apply-destination-error")?.textContent).toBe(en.t("ui-apply-destination-empty"));
    expect(document.activeElement?.id).toBe("apply-destination");
    expect(backend.cmds()).not.toContain("prepare_submission");
  });

  it("shows the back end's own message (message_id) for a refused destination", async () => {
    const { root } = await openApply();
    type(root, "apply-destination", "http://insurer.example/intake");
    await submit(root, ".apply-form");
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(en.t("submission-error-insecure_destination", { url: "http://insurer.example/intake" }));
  });

  it("shows progress while sending; Stop keeps the consented application queued", async () => {
    const { root, backend, status } = await openApply();
    type(root, "apply-destination", await backend.platform());
    await submit(root, ".apply-form");
    tick(root, "apply-agree", true);
    backend.hold = true;
    await submit(root, ".consent-form");
    expect(root.querySelector("#apply-working-text")?.textContent).toBe(en.t("ui-apply-working-send"));
    expect(root.textContent).toContain(en.t("ui-apply-stop-hint-send"));
    click(root.querySelector('[data-focus="apply-stop"]'));
    await flush();
    expect(backend.calls.filter((c) => c.cmd === "cancel_job").map((c) => c.args)).toEqual([{ job: "upload" }]);
    expect(root.querySelector("#apply-working-text")).toBeNull();
    expect(status.textContent).toBe(en.t("ui-apply-send-stopped"));
    expect(document.activeElement?.id).toBe("history-heading");
    const row = root.querySelector(".submission")!;
    expect(row.classList.contains("submission-pending")).toBe(true);
    expect(row.textContent).toContain(en.t("submission-state-pending"));
    // It can be sent later.
    backend.hold = false;
    click(root.querySelector('[data-focus="apply-flush"]'));
    await flush();
    expect(root.querySelector(".submission")!.classList.contains("submission-accepted")).toBe(true);
    expect((await backend.peekSubmissions(1)).map((r) => r.state)).toEqual(["accepted"]);
  });

  it("previews exactly what goes where, requires consent, sends, lists and withdraws", async () => {
    const { root, backend, status } = await openApply();
    const platform = await backend.platform();
    type(root, "apply-destination", platform);
    tick(root, "share-industry", true);
    await submit(root, ".apply-form");
    expect(last(backend.calls.filter((c) => c.cmd === "prepare_submission"))?.args).toEqual({
      orgId: 1, destination: platform, share: ["name", "industry"],
    });
    expect(document.activeElement?.id).toBe("preview-heading");
    const pv = last(backend.previews)!;
    // The engine saw the platform's certificate: its fingerprint is what the owner checks.
    expect(pv.destination_identity).toMatch(/^sha256:[0-9a-f]{64}$/);
    const text = root.querySelector(".preview")!.textContent!;
    expect(text).toContain(en.t("submission-consent-text", { destination: pv.destination_url }));
    expect(text).toContain(en.t("submission-consent-identity", { identity: pv.destination_identity }));
    expect(text).toContain(en.t("submission-key-fingerprint", { fingerprint: pv.key_fingerprint }));
    for (const f of pv.files) { expect(text).toContain(f.name); expect(text).toContain(f.sha256); }
    const rows = Array.from(root.querySelectorAll(".preview tbody tr"), (tr) => tr.textContent);
    expect(rows).toContain(`${en.t("ui-apply-field-name")}Acme Ltd`);
    expect(rows).toContain(`${en.t("profile-field-industry")}${en.t("profile-option-industry-retail")}`);
    expect(root.querySelector('label[for="apply-agree"]')?.textContent).toBe(en.t("submission-consent-agree"));
    // Send without agreeing: refused, focus on the box
    await submit(root, ".consent-form");
    expect(backend.cmds()).not.toContain("confirm_submission");
    expect(root.querySelector("#apply-agree-error")?.textContent).toBe(en.t("ui-apply-agree-required"));
    expect(document.activeElement?.id).toBe("apply-agree");
    tick(root, "apply-agree", true);
    await submit(root, ".consent-form");
    expect(last(backend.calls.filter((c) => c.cmd === "confirm_submission"))?.args).toEqual({ token: pv.token });
    expect(status.textContent).toBe(en.t("ui-apply-sent", { state: en.t("submission-state-accepted") }));
    expect(document.activeElement?.id).toBe("history-heading");
    const sub = root.querySelector(".submission")!;
    expect(sub.textContent).toContain(en.t("submission-state-accepted"));
    expect(sub.textContent).toContain(pv.report_id);
    // Withdraw: a confirmation dialog; cancel keeps it, confirm withdraws
    click(sub.querySelector('[data-focus="withdraw-1"]'));
    let dialog = document.querySelector("dialog")!;
    expect(dialog.textContent).toContain(en.t("ui-apply-withdraw-title"));
    expect(document.activeElement?.textContent).toBe(en.t("ui-apply-withdraw-cancel"));
    click(buttonByText(dialog, en.t("ui-apply-withdraw-cancel")));
    expect(document.querySelector("dialog")).toBeNull();
    expect(backend.cmds()).not.toContain("withdraw_submission");
    expect(document.activeElement?.getAttribute("data-focus")).toBe("withdraw-1");
    click(root.querySelector('[data-focus="withdraw-1"]'));
    dialog = document.querySelector("dialog")!;
    click(buttonByText(dialog, en.t("ui-apply-withdraw-confirm")));
    await flush();
    expect(last(backend.calls)).toEqual({ cmd: "withdraw_submission", args: { id: 1 } });
    expect(root.querySelector(".submission")?.textContent).toContain(en.t("submission-state-withdrawn"));
    expect(root.querySelector('[data-focus="withdraw-1"]')).toBeNull();
  });

  it("sends nothing when the owner says no in the native confirmation window, and keeps the package", async () => {
    const { root, backend, status } = await openApply("zh-CN");
    type(root, "apply-destination", await backend.platform());
    await submit(root, ".apply-form");
    const pv = last(backend.previews)!;
    tick(root, "apply-agree", true);
    backend.nativeConsent = false;
    await submit(root, ".consent-form");
    expect(last(backend.calls)).toEqual({ cmd: "confirm_submission", args: { token: pv.token } });
    expect(await backend.peekSubmissions(1)).toEqual([]);
    expect(status.textContent).toBe(zh.t("ui-apply-declined"));
    expect(zh.t("ui-apply-declined")).toContain(zh.t("ui-apply-cancel"));
    expect(root.querySelector(".stopped-note")?.textContent).toBe(zh.t("ui-apply-declined"));
    expect(root.querySelector(".preview")?.textContent).toContain(pv.report_id);
    expect(document.activeElement?.getAttribute("data-focus")).toBe("apply-send");
    // Asked again, the owner agrees: the same prepared package goes out.
    backend.nativeConsent = true;
    await submit(root, ".consent-form");
    expect((await backend.peekSubmissions(1)).map((r) => [r.report_id, r.state])).toEqual([[pv.report_id, "accepted"]]);
    expect(status.textContent).toBe(zh.t("ui-apply-sent", { state: zh.t("submission-state-accepted") }));
  });

  it("a loopback destination is shown as such; cancel discards the preview", async () => {
    const { root, backend } = await openApply("zh-CN");
    type(root, "apply-destination", await backend.platform({ plain: true }));
    await submit(root, ".apply-form");
    expect(root.querySelector(".preview")?.textContent).toContain(zh.t("submission-consent-identity-loopback"));
    click(buttonByText(root, zh.t("ui-apply-cancel")));
    expect(root.querySelector(".preview")).toBeNull();
    expect(document.activeElement?.getAttribute("data-focus")).toBe("apply-prepare");
    expect(backend.cmds()).not.toContain("confirm_submission");
  });

  it("lists queued submissions with their error and sends them on request", async () => {
    const b = new FakeBackend({ orgs: ["Acme"] });
    // The platform asks the app to come back in an hour, so the consented package stays queued.
    await b.platform({ faults: [{ status: 429, retry_after_secs: 3600 }] });
    b.seedSubmission(1);
    const { root, backend } = await mount(b, { route: { screen: "apply", orgId: 1 } });
    const sub = root.querySelector(".submission")!;
    expect(sub.textContent).toContain(zh.t("submission-state-pending"));
    expect(sub.textContent).toContain(zh.t("submission-error-rate_limited", { retry_after_secs: "3600" }));
    click(buttonByText(root, zh.t("ui-apply-flush")));
    await flush();
    expect(backend.cmds()).toContain("flush_submissions");
    expect(root.querySelector(".submission")?.textContent).toContain(zh.t("submission-state-accepted"));
    expect(root.querySelector('[data-focus="apply-flush"]')).toBeNull();
  });

  it("a package prepared before the app restarted asks to prepare again (submission-error-consent_missing)", async () => {
    const { root, backend } = await openApply();
    type(root, "apply-destination", await backend.platform());
    await submit(root, ".apply-form");
    await backend.restartApp();
    tick(root, "apply-agree", true);
    await submit(root, ".consent-form");
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(en.t("submission-error-consent_missing"));
  });
});
