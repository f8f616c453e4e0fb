import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
class FakeChannel<T> { onmessage: (m: T) => void = () => {}; }
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a), Channel: FakeChannel }));

const ipc = await import("./ipc");
const { toIpcError } = await import("./errors");

const sources = import.meta.glob<string>(["./**/*.ts", "!./**/*.test.ts"], {
  query: "?raw", import: "default", eager: true,
});

describe("ipc.ts", () => {
  beforeEach(() => { invoke.mockReset(); invoke.mockResolvedValue(null); });

  it("uses the contract's command names and camelCase argument keys", async () => {
    const input = { name: "Acme", profile: { region: "beijing" } };
    const report = { screen: "home", language: "en-US" as const, org_names: ["Acme"] };
    await ipc.tauriApi.appInfo();
    await ipc.tauriApi.setLanguage("en-US");
    await ipc.tauriApi.listOrgs();
    await ipc.tauriApi.createOrg(input);
    await ipc.tauriApi.updateOrg(3, input);
    await ipc.tauriApi.deleteOrg(3);
    await ipc.tauriApi.profileFields();
    await ipc.tauriApi.recoverStore();
    await ipc.tauriApi.uiReady(report);
    expect(invoke.mock.calls).toEqual([
      ["app_info", undefined],
      ["set_language", { language: "en-US" }],
      ["list_orgs", undefined],
      ["create_org", { input }],
      ["update_org", { id: 3, input }],
      ["delete_org", { id: 3 }],
      ["profile_fields", undefined],
      ["recover_store", undefined],
      ["ui_ready", { report }],
    ]);
  });

  it("maps the checklist, readiness and settings commands", async () => {
    const answers = [{ question: "identity.mfa-email", value: "yes" as const, note: null }];
    const settings = { language: "zh-CN" as const, text_scale: 150, high_contrast: true };
    await ipc.tauriApi.checklist(2, "quick");
    await ipc.tauriApi.currentAssessment(2);
    await ipc.tauriApi.startAssessment(2, "full");
    await ipc.tauriApi.ensureAssessment(2, null);
    await ipc.tauriApi.saveAnswers(2, answers);
    await ipc.tauriApi.readiness(2);
    await ipc.tauriApi.setActionDone(2, "identity.mfa-email", true);
    await ipc.tauriApi.updateSettings(settings);
    expect(invoke.mock.calls).toEqual([
      ["checklist", { orgId: 2, mode: "quick" }],
      ["current_assessment", { orgId: 2 }],
      ["start_assessment", { orgId: 2, mode: "full" }],
      ["ensure_assessment", { orgId: 2, mode: null }],
      ["save_answers", { orgId: 2, answers }],
      ["readiness", { orgId: 2 }],
      ["set_action_done", { orgId: 2, question: "identity.mfa-email", done: true }],
      ["update_settings", { settings }],
    ]);
  });

  it("maps the scan, report and submission commands; progress arrives through a Channel", async () => {
    await ipc.tauriApi.probeCatalogue();
    await ipc.tauriApi.latestScans(4);
    await ipc.tauriApi.keepAnswer(4, "backup.automatic", true);
    await ipc.tauriApi.generateReport(4);
    await ipc.tauriApi.openReport("/r.pdf");
    await ipc.tauriApi.saveReportAs("/r.pdf");
    await ipc.tauriApi.prepareSubmission(4, "https://x.example/", ["name"]);
    await ipc.tauriApi.confirmSubmission("tok");
    await ipc.tauriApi.submissions(4);
    await ipc.tauriApi.flushSubmissions();
    await ipc.tauriApi.withdrawSubmission(9);
    expect(invoke.mock.calls).toEqual([
      ["probe_catalogue", undefined],
      ["latest_scans", { orgId: 4 }],
      ["keep_answer", { orgId: 4, question: "backup.automatic", keep: true }],
      ["generate_report", { orgId: 4 }],
      ["open_report", { path: "/r.pdf" }],
      ["save_report_as", { path: "/r.pdf" }],
      ["prepare_submission", { orgId: 4, destination: "https://x.example/", share: ["name"] }],
      ["confirm_submission", { token: "tok" }],
      ["submissions", { orgId: 4 }],
      ["flush_submissions", undefined],
      ["withdraw_submission", { id: 9 }],
    ]);
    invoke.mockReset();
    const events: unknown[] = [];
    invoke.mockImplementation(async (_cmd: string, args: { onEvent: FakeChannel<unknown> }) => {
      args.onEvent.onmessage({ event: "started", probe: "os-supported" });
      return { ok: true };
    });
    await ipc.tauriApi.runScan(4, (e) => events.push(e));
    await ipc.tauriApi.domainCheck(4, "example.com", (e) => events.push(e));
    expect(invoke.mock.calls.map((c) => [c[0], Object.keys(c[1] as object)])).toEqual([
      ["run_scan", ["orgId", "onEvent"]],
      ["domain_check", ["orgId", "domain", "onEvent"]],
    ]);
    expect((invoke.mock.calls[1]![1] as { domain: string }).domain).toBe("example.com");
    expect(invoke.mock.calls[0]![1]).toHaveProperty("onEvent");
    expect((invoke.mock.calls[0]![1] as { onEvent: unknown }).onEvent).toBeInstanceOf(FakeChannel);
    expect(events.length).toBe(2);
  });

  it("passes back-end errors through as IpcError", async () => {
    const e = { code: "not_found", message: "no org 3", details: { id: "3" } };
    invoke.mockRejectedValueOnce(e);
    await expect(ipc.tauriApi.deleteOrg(3)).rejects.toEqual(e);
  });

  it("turns anything else into code unknown", async () => {
    invoke.mockRejectedValueOnce("Command foo not found");
    await expect(ipc.tauriApi.listOrgs()).rejects.toEqual({ code: "unknown", message: "Command foo not found" });
  });

  it("is the only module importing @tauri-apps/api", () => {
    const importers = Object.entries(sources)
      .filter(([, src]) => /from\s+["']@tauri-apps\/api/.test(src) || /import\(\s*["']@tauri-apps\/api/.test(src))
      .map(([p]) => p);
    expect(importers).toEqual(["./ipc.ts"]);
  });
});

describe("toIpcError", () => {
  it("keeps well-formed errors and stringifies detail values", () => {
    expect(toIpcError({ code: "invalid_name", message: "m", details: { max: 200 } }))
      .toEqual({ code: "invalid_name", message: "m", details: { max: "200" } });
  });
  it("rejects malformed codes", () => {
    expect(toIpcError({ code: "../evil", message: "m" }).code).toBe("unknown");
    expect(toIpcError(new Error("boom"))).toEqual({ code: "unknown", message: "boom" });
    expect(toIpcError(undefined).code).toBe("unknown");
  });
});
