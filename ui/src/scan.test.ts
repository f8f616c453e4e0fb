// Scan screen: local scan with progress, findings, contradictions, suggestions, domain check.
import { afterEach, describe, expect, it, vi } from "vitest";
import { buttonByText, click, DOMAIN_FINDINGS, FakeBackend, flush, makeI18n, mount, PROBES, SCAN_FINDINGS } from "./test-support";
import { domainCheckKey } from "./scan";
import { qKey } from "./shell";

const zh = makeI18n("zh-CN");
const en = makeI18n("en-US");
const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

afterEach(() => { document.body.replaceChildren(); vi.restoreAllMocks(); });

async function openScan(seed: Record<string, "yes" | "no" | "not_sure"> = {}, lang: "zh-CN" | "en-US" = "zh-CN") {
  const b = new FakeBackend({ orgs: ["Acme"], language: lang });
  b.seedAnswers(1, seed);
  return mount(b, { route: { screen: "scan", orgId: 1 }, lang });
}

describe("scan screen", () => {
  it("opens from the organisation card, explains the promise and reports ui_ready", async () => {
    const b = new FakeBackend({ orgs: ["Acme"] });
    const { root, backend } = await mount(b);
    click(root.querySelector('[data-action="scan"]'));
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t("ui-scan-title"));
    expect(root.textContent).toContain(zh.t("ui-scan-promise"));
    expect(root.textContent).toContain(zh.t("ui-scan-what", { count: PROBES.length }));
    expect(last(backend.readyReports)?.screen).toBe("scan");
    expect(document.activeElement?.id).toBe("screen-heading");
    expect(backend.cmds()).not.toContain("run_scan"); // nothing runs until asked
    expect(backend.cmds()).not.toContain("domain_check");
  });

  it("stops a running scan from the keyboard, says nothing was kept, and can run again", async () => {
    const { root, backend, status } = await openScan({}, "en-US");
    backend.hold = true;
    click(buttonByText(root, en.t("ui-scan-run")));
    await flush();
    const stop = root.querySelector<HTMLButtonElement>('[data-focus="scan-stop"]');
    expect(stop?.textContent).toBe(en.t("ui-scan-stop"));
    click(stop);
    await flush();
    expect(backend.calls.filter((c) => c.cmd === "cancel_job").map((c) => c.args)).toEqual([{ job: "scan" }]);
    expect(status.textContent).toBe(en.t("ui-scan-stopped"));
    expect(root.querySelector(".stopped-note")?.textContent).toBe(en.t("ui-scan-stopped"));
    expect(root.querySelector('[data-focus="scan-stop"]')).toBeNull();
    expect(root.querySelector(".progress-list")).toBeNull();
    expect(document.activeElement?.getAttribute("data-focus")).toBe("scan-run");
    expect(root.querySelector(".finding-list")).toBeNull(); // nothing from the stopped scan is shown as a result
    backend.hold = false;
    click(buttonByText(root, en.t("ui-scan-run")));
    await flush();
    expect(status.textContent).toBe(en.t("ui-scan-finished", { pass: 3, fail: 2, unknown: 1 }));
    expect(root.querySelector(".stopped-note")).toBeNull();
  });

  it("stops running domain checks", async () => {
    const { root, backend, status } = await openScan({}, "zh-CN");
    const input = root.querySelector<HTMLInputElement>("#domain-input")!;
    input.value = "acme.example";
    input.dispatchEvent(new Event("input"));
    backend.hold = true;
    root.querySelector<HTMLFormElement>(".domain-form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await flush();
    click(root.querySelector('[data-focus="domain-stop"]'));
    await flush();
    expect(backend.calls.filter((c) => c.cmd === "cancel_job").map((c) => c.args)).toEqual([{ job: "domain_check" }]);
    expect(status.textContent).toBe(zh.t("ui-domain-stopped"));
    expect(document.activeElement?.getAttribute("data-focus")).toBe("domain-run");
    expect(root.querySelector(".domain-findings, .domain-results")).toBeNull();
  });

  it("shows per-probe progress with polite announcements, then findings in plain words", async () => {
    const { root, backend, status } = await openScan();
    backend.hold = true;
    click(buttonByText(root, zh.t("ui-scan-run")));
    await flush();
    // first probe started, not finished
    const running = root.querySelectorAll(".progress-list li");
    expect(running.length).toBe(1);
    expect(running[0]!.textContent).toContain(zh.t("scan-os-supported"));
    expect(running[0]!.textContent).toContain(zh.t("ui-scan-checking"));
    expect(root.querySelector('[data-focus="scan-run"]')?.getAttribute("aria-disabled")).toBe("true");
    backend.holdScan!();
    await flush();
    expect(status.textContent).toBe(zh.t("ui-scan-progress-announce", { done: 1, total: PROBES.length, title: zh.t("scan-os-supported"), verdict: zh.t("scan-verdict-pass") }));
    backend.hold = false;
    backend.holdScan!();
    await flush();
    expect(status.textContent).toBe(zh.t("ui-scan-finished", { pass: 3, fail: 2, unknown: 1 }));
    expect(document.activeElement?.id).toBe("scan-results-heading");
    const items = Array.from(root.querySelectorAll(".finding-list .finding"));
    expect(items.length).toBe(SCAN_FINDINGS.length);
    // problems first, each with icon + text verdict
    expect(items[0]!.querySelector(".verdict")?.textContent).toContain(zh.t("scan-verdict-fail"));
    expect(items[0]!.querySelector('.verdict [aria-hidden="true"]')?.textContent).toBe("✗");
    const unknown = items.find((li) => li.textContent!.includes(zh.t("scan-firewall-enabled")))!;
    expect(unknown.textContent).toContain(zh.t("scan-reason-needs_admin"));
    // A failed finding is titled with what was found, never with the pass-style title.
    const disk = items.find((li) => li.textContent!.includes(zh.t("scan-disk-encryption-failed")))!;
    expect(disk.querySelector(".finding-title")?.textContent).toBe(zh.t("scan-disk-encryption-failed"));
    expect(root.querySelector(".finding-list")!.textContent).not.toContain(zh.t("scan-disk-encryption"));
    expect(disk.querySelector("details summary")?.textContent).toBe(zh.t("ui-scan-finding-more"));
    expect(disk.textContent).toContain(zh.t("scan-disk-encryption-why"));
    expect(disk.textContent).toContain(zh.t("scan-disk-encryption-fix"));
  });

  it("lists contradictions titled with what was found: change goes to the question, keep calls keep_answer", async () => {
    // remote desktop and encryption answered yes, but the scan found both wanting
    const { root, backend } = await openScan({ "network.no-exposed-remote-desktop": "yes", "network.encryption": "yes" });
    click(buttonByText(root, zh.t("ui-scan-run")));
    await flush();
    const conflicts = root.querySelector(".conflicts")!;
    expect(conflicts.querySelector("h2")?.textContent).toContain(zh.t("ui-scan-conflicts-title", { count: 2 }));
    const rd = Array.from(conflicts.querySelectorAll(".conflict")).find((li) => li.textContent!.includes(zh.t(qKey("network.no-exposed-remote-desktop"))))!;
    expect(rd.textContent).toContain(zh.t("answer-yes"));
    expect(rd.textContent).toContain("fDenyTSConnections = 0");
    expect(rd.querySelector(".probe-label")?.textContent).toBe(zh.t("scan-remote-desktop-failed"));
    expect(conflicts.textContent).not.toContain(zh.t("scan-remote-desktop"));
    click(rd.querySelector('[data-focus="keep-network.no-exposed-remote-desktop"]'));
    await flush();
    expect(backend.calls.find((c) => c.cmd === "keep_answer")?.args).toEqual({ orgId: 1, question: "network.no-exposed-remote-desktop", keep: true });
    expect(root.querySelector(".conflicts h2")?.textContent).toContain(zh.t("ui-scan-conflicts-title", { count: 1 }));
    click(root.querySelector('[data-focus="change-network.encryption"]'));
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t(qKey("network.encryption")));
    expect(last(backend.readyReports)?.screen).toBe("checklist");
  });

  it("shows which parts the scan showed and which are open, and never answers yes for the owner", async () => {
    const { root, backend } = await openScan({ "patching.end-of-life": "not_sure" });
    click(buttonByText(root, zh.t("ui-scan-run")));
    await flush();
    const item = Array.from(root.querySelectorAll(".shown")).find((li) => li.textContent!.includes(zh.t(qKey("patching.end-of-life"))))!;
    expect(item.textContent).toContain(zh.t("scan-outcome-partly_shown"));
    const parts = Array.from(item.querySelectorAll(".part"), (li) => li.textContent);
    expect(parts).toEqual([
      `✓ ${zh.t("scan-part-patching-end-of-life-this-computer")}${zh.t("ui-scan-part-separator")}${zh.t("scan-part-status-shown")}`,
      `○ ${zh.t("scan-part-patching-end-of-life-other-systems")}${zh.t("ui-scan-part-separator")}${zh.t("scan-part-status-owner_only")}`,
    ]);
    // A passing check with nothing shown (one of two backup checks ran) is not listed at all.
    expect(root.querySelector(".shown")!.parentElement!.textContent).not.toContain(zh.t(qKey("backup.automatic")));
    click(item.querySelector('[data-focus="review-patching.end-of-life"]'));
    await flush();
    expect(backend.cmds()).not.toContain("save_answers");
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t(qKey("patching.end-of-life")));
  });

  it("runs the domain check only on request and formats findings with their facts", async () => {
    const { root, backend } = await openScan({}, "en-US");
    const input = root.querySelector<HTMLInputElement>("#domain-input")!;
    expect(root.querySelector('label[for="domain-input"]')?.textContent).toBe(en.t("ui-domain-label"));
    // empty: refused locally
    root.querySelector<HTMLFormElement>(".domain-form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await flush();
    expect(root.querySelector("#domain-error")?.textContent).toBe(en.t("domain-invalid-empty"));
    expect(backend.cmds()).not.toContain("domain_check");
    // invalid: the back end's reason is shown next to the field
    input.value = "example";
    input.dispatchEvent(new Event("input"));
    root.querySelector<HTMLFormElement>(".domain-form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await flush();
    expect(root.querySelector("#domain-error")?.textContent).toBe(en.t("domain-invalid-single-label"));
    expect(document.activeElement?.id).toBe("domain-input");
    expect(root.querySelector("#domain-input")?.getAttribute("aria-invalid")).toBe("true");
    const input2 = root.querySelector<HTMLInputElement>("#domain-input")!;
    input2.value = "example.com.cn";
    input2.dispatchEvent(new Event("input"));
    root.querySelector<HTMLFormElement>(".domain-form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await flush();
    expect(last(backend.calls.filter((c) => c.cmd === "domain_check"))?.args).toEqual({ orgId: 1, domain: "example.com.cn" });
    expect(document.activeElement?.id).toBe("domain-results-heading");
    const results = root.querySelector(".domain-results")!;
    expect(results.querySelectorAll(".finding").length).toBe(DOMAIN_FINDINGS.length);
    expect(results.textContent).toContain(en.t("domain-check-tls-version"));
    expect(domainCheckKey("tls_version")).toBe("domain-check-tls-version");
    expect(results.textContent).toContain(en.t("domain-certificate-valid", { days_left: 64, not_after: "2026-03-01 00:00" }));
    expect(results.textContent).toContain(en.t("domain-verdict-warn"));
    expect(results.textContent).toContain(en.t("domain-dmarc-none"));
  });

  it("shows a failed scan localised and keeps the button usable", async () => {
    const { root, backend } = await openScan();
    backend.failNext.run_scan = { code: "internal", message: "x", details: { detail: "boom" } };
    click(buttonByText(root, zh.t("ui-scan-run")));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(zh.t("error-internal", { cause: zh.t("cause-other") }));
    expect(root.querySelector('[role="alert"]')?.textContent).not.toContain("boom");
    expect(document.activeElement?.getAttribute("data-focus")).toBe("scan-run");
    expect(root.querySelector('[data-focus="scan-run"]')?.getAttribute("aria-disabled")).toBeNull();
  });

  it("shows the latest scan on return and is remembered across reloads", async () => {
    const b = new FakeBackend({ orgs: ["Acme"] });
    await b.runScan(1, () => {});
    const { root } = await mount(b, { route: { screen: "scan", orgId: 1 } });
    expect(root.querySelectorAll(".finding-list .finding").length).toBe(SCAN_FINDINGS.length);
    expect(root.textContent).toContain(zh.t("ui-scan-again"));
    expect(JSON.parse(sessionStorage.getItem("coverready.route")!)).toEqual({ screen: "scan", orgId: 1 });
  });
});
