// Report screen: create, fingerprints, warnings, open, save a copy.
import { afterEach, describe, expect, it, vi } from "vitest";
import { buttonByText, click, FakeBackend, flush, makeI18n, mount } from "./test-support";
import { warningMessage } from "./report";

const zh = makeI18n("zh-CN");
const en = makeI18n("en-US");
const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

afterEach(() => { document.body.replaceChildren(); vi.restoreAllMocks(); });

describe("report screen", () => {
  it("opens from Results and reports ui_ready", async () => {
    const b = new FakeBackend({ orgs: ["Acme"] });
    const { root, backend } = await mount(b, { route: { screen: "results", orgId: 1 } });
    click(root.querySelector('[data-focus="results-report"]'));
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t("ui-report-title"));
    expect(last(backend.readyReports)?.screen).toBe("report");
    expect(root.textContent).toContain(zh.t("ui-report-private"));
  });

  it("leaves its announcement behind when the owner moves on to apply for cover", async () => {
    const b = new FakeBackend({ orgs: ["Acme"], language: "en-US" });
    const { root, status } = await mount(b, { route: { screen: "report", orgId: 1 }, lang: "en-US" });
    click(buttonByText(root, en.t("ui-report-create")));
    await flush();
    expect(status.textContent).toBe(en.t("ui-report-created", { pages: b.reports.get(1)!.pages }));
    click(root.querySelector('[data-focus="report-apply"]'));
    await flush();
    expect(root.querySelector("#screen-heading")?.textContent).toBe(en.t("ui-apply-title"));
    expect(status.textContent).toBe("");
  });

  it("creates the report, shows progress, fingerprints, pages and warnings", async () => {
    // A character no bundled font has: the engine's report warns about it.
    const b = new FakeBackend({ orgs: ["Acme ⸺ Fictional"], language: "en-US" });
    const { root, backend, status } = await mount(b, { route: { screen: "report", orgId: 1 }, lang: "en-US" });
    click(buttonByText(root, en.t("ui-report-create")));
    expect(status.textContent).toBe(en.t("ui-report-creating"));
    expect(root.querySelector(".report progress")).not.toBeNull();
    expect(root.querySelector(".report")?.getAttribute("aria-busy")).toBe("true");
    await flush();
    expect(backend.calls.find((c) => c.cmd === "generate_report")?.args).toEqual({ orgId: 1 });
    expect(document.activeElement?.id).toBe("report-ready-heading");
    const files = backend.reports.get(1)!;
    expect(files.pages).toBeGreaterThan(1);
    expect(status.textContent).toBe(en.t("ui-report-created", { pages: files.pages }));
    const text = root.textContent!;
    expect(files.warnings).toContainEqual({ kind: "missing_glyph", code: "U+2E3A", character: "⸺" });
    expect(text).toContain(files.pdf_sha256);
    expect(text).toContain(files.json_sha256);
    expect(text).toContain(files.report_id);
    expect(text).toContain(en.t("report-warning-missing-glyph", { code: "U+2E3A", char: "⸺" }));
    click(buttonByText(root, en.t("ui-report-open")));
    await flush();
    expect(last(backend.calls)).toEqual({ cmd: "open_report", args: { path: files.pdf_path } });
    click(buttonByText(root, en.t("ui-report-save-as")));
    await flush();
    expect(last(backend.calls.filter((c) => c.cmd === "save_report_as"))?.args).toEqual({ path: files.pdf_path });
    expect(root.textContent).toContain(en.t("ui-report-saved", { path: backend.saveAsResult! }));
  });

  it("says so when the owner cancels the save dialog", async () => {
    const b = new FakeBackend({ orgs: ["Acme"] });
    b.saveAsResult = null;
    const { root, status } = await mount(b, { route: { screen: "report", orgId: 1 } });
    click(buttonByText(root, zh.t("ui-report-create")));
    await flush();
    click(buttonByText(root, zh.t("ui-report-save-as")));
    await flush();
    expect(status.textContent).toBe(zh.t("ui-report-save-cancelled"));
    expect(root.textContent).toContain(zh.t("ui-report-save-cancelled"));
  });

  it("shows a failed report localised with its details", async () => {
    const b = new FakeBackend({ orgs: ["Acme"] });
    b.failNext.generate_report = { code: "report_unwritable", message: "x", details: { path: "/r", detail: "Read-only file system (os error 30)", cause: "read_only" } };
    const { root } = await mount(b, { route: { screen: "report", orgId: 1 } });
    click(buttonByText(root, zh.t("ui-report-create")));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(zh.t("error-report_unwritable", { path: "/r", cause: zh.t("cause-read-only") }));
    expect(root.querySelector('[role="alert"]')?.textContent).not.toContain("os error");
    expect(document.activeElement?.getAttribute("data-focus")).toBe("report-create");
  });

  it("turns machine-readable warnings into messages", () => {
    expect(warningMessage({ kind: "missing_glyph", code: "U+4E2D", character: "中" }))
      .toEqual({ id: "report-warning-missing-glyph", args: { code: "U+4E2D", char: "中" } });
    const mismatch = warningMessage({ kind: "pack_mismatch", answered_with: "sme@1.0.0", rendered_with: "sme@1.1.0" });
    expect(mismatch.id).toBe("report-warning-pack-mismatch");
    for (const lang of ["zh-CN", "en-US"] as const) {
      expect(makeI18n(lang).has(mismatch.id)).toBe(true);
      expect(makeI18n(lang).t(mismatch.id, mismatch.args)).toContain("sme@1.1.0");
    }
  });
});
