import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

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

  it("passes back-end errors through as IpcError", async () => {
    const e = { code: "not_found", message: "no org 3", details: { id: "3" } };
    invoke.mockRejectedValueOnce(e);
    await expect(ipc.deleteOrg(3)).rejects.toEqual(e);
  });

  it("turns anything else into code unknown", async () => {
    invoke.mockRejectedValueOnce("Command foo not found");
    await expect(ipc.listOrgs()).rejects.toEqual({ code: "unknown", message: "Command foo not found" });
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
