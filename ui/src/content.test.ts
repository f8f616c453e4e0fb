// Settings → Content against the real engine: the built-in content and its review dates, an
// update from the session's own platform (a real intake server on loopback publishing a pack
// signed by a throw-away root the harness trusts), and the weekly check only when opted in.
import { describe, expect, it } from "vitest";
import { staleLines } from "./content";
import { buttonByText, click, FakeBackend, flush, makeI18n, mount } from "./test-support";

describe("content updates", () => {
  it("settings show the content in use and each dataset's review date", async () => {
    const { root } = await mount(new FakeBackend({ language: "en-US", orgs: ["Fictional Bakery"] }), {
      route: { screen: "settings" }, lang: "en-US",
    });
    const section = root.querySelector("#content-settings")!;
    expect(section.textContent).toContain("Content in use: version 1.0.0, built into this version of the app.");
    expect(section.textContent).toContain("end-of-life table: review by 2027-03-01");
    expect((root.querySelector("#content-weekly") as HTMLInputElement).checked).toBe(false);
  });

  it("an update from the platform is installed by the engine and announced", async () => {
    const b = new FakeBackend({ language: "en-US", orgs: ["Fictional Bakery"] });
    const url = await b.platform({ contentVersion: "1.1.0" });
    const { root, status } = await mount(b, { route: { screen: "settings" }, lang: "en-US" });
    (root.querySelector("#content-source") as HTMLInputElement).value = url;
    click(buttonByText(root, "Update from the platform now"));
    await flush();
    expect(status.textContent).toContain("Installed content version 1.1.0.");
    expect(root.querySelector("#content-in-use")!.textContent).toContain("version 1.1.0, installed update");
    // Asked again: nothing newer is said plainly, not as an error.
    click(buttonByText(root, "Update from the platform now"));
    await flush();
    expect(status.textContent).toContain("is the newest the platform offers");
    expect(root.querySelector(".banner")).toBeNull();
  });

  it("a platform that publishes nothing is an error in the owner's language, and nothing changes", async () => {
    const b = new FakeBackend({ language: "zh-CN", orgs: ["虚构面包店"] });
    const url = await b.platform();
    const { root } = await mount(b, { route: { screen: "settings" }, lang: "zh-CN" });
    (root.querySelector("#content-source") as HTMLInputElement).value = url;
    click(buttonByText(root, "立即从平台更新"));
    await flush();
    expect(document.activeElement?.getAttribute("data-focus")).toBe("content-update-platform");
    expect(root.textContent).toContain("无法从");
    expect(root.querySelector("#content-in-use")!.textContent).toContain("本版本应用自带");
  });

  it("the weekly check runs at start-up only when the owner opted in", async () => {
    const b = new FakeBackend({ language: "en-US", orgs: ["Fictional Bakery"] });
    const url = await b.platform({ contentVersion: "1.2.0" });
    await mount(b, { lang: "en-US" });
    expect(b.cmds()).not.toContain("update_content_from_platform");
    const { root } = await mount(b, { route: { screen: "settings" }, lang: "en-US" });
    (root.querySelector("#content-source") as HTMLInputElement).value = url;
    click(root.querySelector("#content-weekly"));
    await flush();
    expect(b.cmds()).toContain("set_content_settings");
    const again = await mount(b, { lang: "en-US" });
    expect(again.backend.cmds().filter((c) => c === "update_content_from_platform")).toHaveLength(1);
    expect(again.status.textContent).toContain("Installed content version 1.2.0.");
  });

  it("an assessment is shown with the content version it was answered under", async () => {
    const b = new FakeBackend({ language: "en-US", orgs: ["Fictional Bakery"] });
    b.seedAnswers(1, { "identity.mfa-email": "yes" });
    const { root } = await mount(b, { route: { screen: "checklist", orgId: 1, question: "identity.mfa-email" }, lang: "en-US" });
    expect(root.textContent).toContain("Answered under content version 1.0.0");
  });

  it("a dataset past its review date is worded with its name, days and date", async () => {
    // The engine's status as it answers now, with one dataset marked as the engine marks an
    // overdue one (its clock cannot be moved from here): only the wording is under test.
    const b = new FakeBackend({ language: "en-US" });
    const status = await b.contentStatus();
    const eol = status.datasets.find((d) => d.id === "eol")!;
    const lines = staleLines({ ...status, datasets: [{ ...eol, days_overdue: 96 }] }, (id, args) => makeI18n("en-US").t(id, args));
    expect(lines).toEqual(["The end-of-life table is 96 days past its review date (2027-03-01). Update content to be sure it is current."]);
  });
});
