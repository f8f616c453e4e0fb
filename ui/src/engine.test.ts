// The UI's tests meet the real engine: the test back end forwards everything the engine decides
// to coverready-ui-harness, which runs the shell's own command bodies. These tests pin the four
// places where an earlier hand-written test back end disagreed with the engine, and make sure
// no command the engine answers can be answered by the test back end instead.
import { describe, expect, it } from "vitest";
import type { Api } from "./api";
import { COMMAND_NAMES, commandsOver } from "./bindings/commands";
import { engineLog, FakeBackend, flush, HARNESS_COMMANDS, ITEMS, makeI18n, mount } from "./test-support";

/** One plausible call of every Api method (the values need not succeed: the engine may refuse). */
const SAMPLES: { [K in keyof Api]: Parameters<Api[K]> } = {
  appInfo: [], setLanguage: ["en-US"], updateSettings: [{ language: "en-US", text_scale: 125, high_contrast: false }],
  recoverStore: [], uiReady: [{ screen: "home", language: "en-US", org_names: [] }],
  // Refused before any lookup (not encrypted): the test never waits on a network.
  prepareSubmission: [1, "http://intake.example/v1", []], confirmSubmission: ["token"], submissions: [1],
  prepareClaimSubmission: [1, "http://intake.example/v1", []],
  flushSubmissions: [], withdrawSubmission: [1], checklist: [1, "full"], currentAssessment: [1],
  startAssessment: [1, "quick"], ensureAssessment: [1, null], saveAnswers: [1, []], readiness: [1],
  setActionDone: [1, "identity.mfa-email", true], cancelJob: ["scan"], listOrgs: [],
  createOrg: [{ name: "Fictional Bakery", profile: {} }], updateOrg: [1, { name: "Fictional Bakery", profile: {} }],
  deleteOrg: [99], profileFields: [], generateReport: [1], openReport: ["/nowhere.pdf"], openDataFolder: [],
  saveReportAs: ["/nowhere.pdf"], probeCatalogue: [], runScan: [1, () => {}], domainCheck: [1, "example.com", () => {}],
  latestScans: [1], keepAnswer: [1, "identity.mfa-email", true],
  finishWorkshop: [], importAnswerCode: ["NOT-A-CODE"], saveTakeaway: [1],
  policyView: [1], setPolicy: [1, ["notice_hours=72"]], dueRenewals: [], listIncidents: [1],
  startIncident: [1, "ransomware", null], incidentView: [1], tickIncidentStep: [1, "isolate"],
  addIncidentNote: [1, "A ransom note"], addIncidentEvidence: [1, "A photo"], verifyIncident: [1],
  makeClaimPack: [1], openClaimPack: ["/nowhere.pdf"], saveClaimPackAs: ["/nowhere.pdf"],
  // Refused before any lookup (plain HTTP off this computer).
  contentStatus: [], setContentSettings: [false, null], installContentFile: [],
  updateContentFromPlatform: ["http://content.example"],
};

describe("the UI's test back end is the real engine", () => {
  it("every command is run by the engine harness or explicitly left to the test back end", () => {
    const handled = [...HARNESS_COMMANDS.copied, ...HARNESS_COMMANDS.adapted, ...HARNESS_COMMANDS.left].sort();
    expect(handled).toEqual([...COMMAND_NAMES].sort());
    // The engine's decisions are never left to the test back end.
    for (const cmd of ["readiness", "checklist", "save_answers", "set_action_done", "latest_scans", "keep_answer", "generate_report", "create_org", "update_org"]) {
      expect(HARNESS_COMMANDS.copied).toContain(cmd);
    }
  });

  it("each command the harness runs reaches it, and none it leaves does", async () => {
    const sent: Record<string, string> = {};
    const methods = commandsOver(async (cmd) => cmd as never, () => null);
    for (const [method, args] of Object.entries(SAMPLES)) {
      sent[method] = await (methods[method as keyof Api] as (...a: unknown[]) => Promise<string>)(...args);
    }
    expect(Object.values(sent).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const [method, cmd] of Object.entries(sent)) {
      const b = new FakeBackend({ orgs: ["Fictional Bakery"] });
      await b.ready();
      const before = engineLog.length;
      await (b[method as keyof Api] as (...a: unknown[]) => Promise<unknown>)(...SAMPLES[method as keyof Api]).catch(() => undefined);
      const asked = engineLog.slice(before);
      if (HARNESS_COMMANDS.left.includes(cmd)) expect(asked, cmd).not.toContain(cmd);
      else expect(asked, cmd).toContain(cmd);
    }
  });
});

describe("the four disagreements with the old test back end are gone", () => {
  it("a major question scores what the pack's weight gives (3 points, as a must-have), not 2", async () => {
    const major = ITEMS.find((q) => q.weight === "major")!;
    const b = new FakeBackend({ orgs: ["Fictional Bakery"] });
    b.seedAnswers(1, { [major.id]: "yes" });
    const domain = (await b.readiness(1)).readiness.domains.find((d) => d.id === major.domain)!;
    expect(domain.score).toBe(3);
  });

  it("the action plan is bucketed by cumulative effort, so a must-have can wait for this month", async () => {
    const b = new FakeBackend({ orgs: ["Fictional Bakery"] });
    const plan = (await b.readiness(1)).readiness.action_plan;
    expect(plan.length).toBe(ITEMS.length);
    // Weight alone would put every must-have in this week and every major in this month.
    expect(plan.some((a) => a.weight === "must_have" && a.bucket !== "this_week")).toBe(true);
    // Cumulative: the plan is in priority order and its buckets never go back to an earlier one.
    const order = ["this_week", "this_month", "this_quarter"];
    const ranks = plan.filter((a) => a.weight !== "must_have").map((a) => order.indexOf(a.bucket));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it("'partly' is contradicted by a scan that refutes the claim, like 'yes'; 'no' is not", async () => {
    const question = "network.no-exposed-remote-desktop";
    const verification = async (answer: "yes" | "partly" | "no") => {
      const b = new FakeBackend({ orgs: ["Fictional Bakery"] });
      b.seedAnswers(1, { [question]: answer });
      return (await b.runScan(1, () => {})).reconciliation.verification[question];
    };
    expect(await verification("yes")).toBe("contradicted");
    expect(await verification("partly")).toBe("contradicted");
    expect(await verification("no")).not.toBe("contradicted");
  });

  it("domain checks are named `domain.<check>` wherever they appear", async () => {
    const b = new FakeBackend({ orgs: ["Fictional Bakery"] });
    const result = await b.domainCheck(1, "example.com", () => {});
    const rows = result.reconciliation.items;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.probe).toMatch(/^domain\.[a-z_]+$/);
  });

  it("the screens show what the engine answered (results for a fictional clinic)", async () => {
    const b = new FakeBackend({ orgs: ["Fictional Clinic"], language: "en-US" });
    b.setProfile(1, { industry: "healthcare", sensitive_data: true });
    b.seedAnswers(1, Object.fromEntries(ITEMS.slice(0, 6).map((q) => [q.id, "yes" as const])));
    const report = await b.readiness(1);
    const { root } = await mount(b, { route: { screen: "results", orgId: 1 }, lang: "en-US" });
    await flush();
    const en = makeI18n("en-US");
    const gate = report.readiness.gate;
    expect(gate.status).not.toBe("ready");
    expect(root.querySelector("#gate .gate-text")?.textContent)
      .toBe(en.t("ui-results-status", { fix: gate.blockers.length, confirm: gate.to_confirm.length }));
  });
});
