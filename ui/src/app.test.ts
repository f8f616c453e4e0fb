import { afterEach, describe, expect, it, vi } from "vitest";
import { buttonByText, click, FakeBackend, flush, makeI18n, mount } from "./test-support";
import type { AppInfo, Organisation } from "./bindings";
import { causeMessageId } from "./errors";

const zh = makeI18n("zh-CN");
const en = makeI18n("en-US");
const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

function names(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll(".org-name"), (e) => e.textContent ?? "");
}

function input(root: HTMLElement, id: string): HTMLInputElement {
  const el = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!el) throw new Error(`#${id} not found`);
  return el;
}

async function typeName(root: HTMLElement, value: string): Promise<void> {
  const el = input(root, "org-name");
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

async function submit(root: HTMLElement): Promise<void> {
  root.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await flush();
}

afterEach(() => { document.body.replaceChildren(); vi.restoreAllMocks(); });

describe("home screen", () => {
  it("renders the organisation list and reports ui_ready with the names shown", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["小王便利店", "Acme Ltd"] }));
    // In the order the engine lists them.
    const listed = (await backend.peek<Organisation[]>("list_orgs")).map((o) => o.name);
    expect([...listed].sort()).toEqual(["Acme Ltd", "小王便利店"]);
    expect(names(root)).toEqual(listed);
    expect(root.querySelectorAll("ul.org-list > li").length).toBe(2);
    expect(last(backend.readyReports)).toEqual({ screen: "home", language: "zh-CN", org_names: listed });
    expect(backend.cmds().slice(0, 1)).toEqual(["app_info"]);
    expect(root.querySelector("h1")?.textContent).toBe(zh.t("app-title"));
    expect(document.title).toBe(zh.t("app-title"));
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(document.activeElement).toBe(document.body); // start-up does not steal focus
  });

  it("shows the basic profile with localised labels and options", async () => {
    const b = new FakeBackend({ orgs: ["A"] });
    b.setProfile(1, { region: "beijing", sensitive_data: true });
    const { root } = await mount(b);
    const summary = root.querySelector(".profile-summary")!.textContent!;
    expect(summary).toContain(zh.t("profile-field-region"));
    expect(summary).toContain(zh.t("profile-option-region-beijing"));
    expect(summary).toContain(zh.t("ui-profile-not-set"));
  });

  it("shows an empty state and still reports ui_ready", async () => {
    const { root, backend } = await mount();
    expect(root.querySelector(".empty")?.textContent).toBe(zh.t("ui-orgs-empty"));
    expect(backend.readyReports).toEqual([{ screen: "home", language: "zh-CN", org_names: [] }]);
  });

  it("starts in the language stored by the back end", async () => {
    const { root, backend } = await mount(new FakeBackend({ language: "en-US", orgs: ["A"] }));
    expect(document.documentElement.lang).toBe("en-US");
    expect(root.querySelector("#home-heading")?.textContent).toBe(en.t("ui-orgs-heading"));
    expect(last(backend.readyReports)?.language).toBe("en-US");
  });

  it("gives every button and form control an accessible name", async () => {
    const { root } = await mount(new FakeBackend({ orgs: ["A"] }));
    for (const b of root.querySelectorAll("button")) {
      expect((b.getAttribute("aria-label") ?? b.textContent ?? "").trim()).not.toBe("");
      // label-in-name: the visible text is part of the accessible name
      const label = b.getAttribute("aria-label");
      if (label) expect(label).toContain(b.textContent!.trim());
    }
    click(buttonByText(root, zh.t("ui-org-new")));
    for (const c of root.querySelectorAll("input, select")) {
      expect(root.querySelector(`label[for="${c.id}"]`)?.textContent?.trim()).toBeTruthy();
    }
  });
});

describe("create / edit form", () => {
  it("refuses an empty name with a localised message and focuses the field", async () => {
    const { root, backend } = await mount();
    click(buttonByText(root, zh.t("ui-org-new")));
    expect(document.activeElement?.id).toBe("org-name");
    await typeName(root, "   ");
    await submit(root);
    expect(root.querySelector("#org-name-error")?.textContent).toBe(zh.t("ui-org-name-error-empty"));
    const field = input(root, "org-name");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.getAttribute("aria-describedby")).toContain("org-name-error");
    expect(document.activeElement).toBe(field);
    expect(backend.cmds()).not.toContain("create_org");
  });

  it("refuses more than 200 characters", async () => {
    const { root, backend } = await mount();
    click(buttonByText(root, zh.t("ui-org-new")));
    await typeName(root, "店".repeat(201));
    await submit(root);
    const msg = root.querySelector("#org-name-error")?.textContent ?? "";
    expect(msg).toBe(zh.t("ui-org-name-error-too-long", { max: 200, length: 201 }));
    expect(msg).toContain("201");
    expect(backend.cmds()).not.toContain("create_org");
  });

  it("refuses control characters", async () => {
    const { root, backend } = await mount();
    click(buttonByText(root, zh.t("ui-org-new")));
    await typeName(root, "Acme\u0007Ltd");
    await submit(root);
    expect(root.querySelector("#org-name-error")?.textContent).toBe(zh.t("ui-org-name-error-control"));
    expect(backend.cmds()).not.toContain("create_org");
  });

  it("creates an organisation with its basic profile, trimmed name, and returns home", async () => {
    const { root, backend, status } = await mount();
    click(buttonByText(root, zh.t("ui-org-new")));
    const selects = Array.from(root.querySelectorAll("select"), (s) => s.name);
    expect(selects).toEqual(["industry", "headcount_band", "revenue_band", "region"]);
    const region = root.querySelector<HTMLSelectElement>("#field-region")!;
    expect(region.options[0]!.value).toBe("");
    expect(region.options[0]!.textContent).toBe(zh.t("ui-select-placeholder"));
    region.value = "beijing";
    region.dispatchEvent(new Event("change", { bubbles: true }));
    await typeName(root, "  小王便利店  ");
    await submit(root);
    expect(backend.calls.find((c) => c.cmd === "create_org")?.args).toEqual({
      input: { name: "小王便利店", profile: { region: "beijing" } },
    });
    expect(names(root)).toEqual(["小王便利店"]);
    expect(status.textContent).toBe(zh.t("ui-org-created", { name: "小王便利店" }));
    expect(document.activeElement?.textContent).toBe("小王便利店");
    expect(last(backend.readyReports)?.org_names).toEqual(["小王便利店"]);
  });

  it("renames an organisation and keeps profile answers outside the form", async () => {
    const b = new FakeBackend({ orgs: ["Old"] });
    b.setProfile(1, { industry: "retail", sensitive_data: true });
    const { root, backend } = await mount(b);
    click(root.querySelector('[data-action="edit"]'));
    expect(input(root, "org-name").value).toBe("Old");
    expect(root.querySelector<HTMLSelectElement>("#field-industry")!.value).toBe("retail");
    await typeName(root, "New");
    await submit(root);
    expect(backend.calls.find((c) => c.cmd === "update_org")?.args).toEqual({
      id: 1, input: { name: "New", profile: { industry: "retail", sensitive_data: true } },
    });
    expect(names(root)).toEqual(["New"]);
  });

  it("cancel returns home with focus on the button that opened the form", async () => {
    const { root } = await mount(new FakeBackend({ orgs: ["A"] }));
    click(root.querySelector('[data-action="edit"]'));
    click(buttonByText(root, zh.t("ui-form-cancel")));
    expect(names(root)).toEqual(["A"]);
    expect(document.activeElement?.getAttribute("data-action")).toBe("edit");
  });
});

describe("back-end errors", () => {
  it("shows error-<code> localised, with details as arguments", async () => {
    const b = new FakeBackend();
    b.failNext.create_org = { code: "invalid_profile_value", message: "raw", details: { field: "region", value: "mars" } };
    const { root } = await mount(b);
    click(buttonByText(root, zh.t("ui-org-new")));
    await typeName(root, "Acme");
    await submit(root);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(zh.t("error-invalid_profile_value", { field: "region", value: "mars" }));
    expect(alert?.textContent).not.toContain("raw");
    expect(document.activeElement).toBe(alert);
  });

  it("falls back to error-unknown for an unknown code", async () => {
    const b = new FakeBackend();
    b.failNext.create_org = { code: "weird_new_code", message: "raw" };
    const { root } = await mount(b);
    click(buttonByText(root, zh.t("ui-org-new")));
    await typeName(root, "Acme");
    await submit(root);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(zh.t("error-unknown"));
  });

  it("shows a retry screen when app_info fails", async () => {
    const b = new FakeBackend();
    b.failNext.app_info = { code: "unknown", message: "x" };
    const { root, backend } = await mount(b);
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t("ui-startup-failed-title"));
    click(buttonByText(root, zh.t("ui-retry")));
    await flush();
    expect(root.querySelector("#home-heading")).not.toBeNull();
    expect(document.activeElement?.id).toBe("home-heading");
    expect(backend.readyReports.length).toBe(1);
  });
});

describe("language switch", () => {
  it("calls set_language and re-renders everything in place", async () => {
    const { root, backend, status } = await mount(new FakeBackend({ orgs: ["Acme"] }));
    const enButton = root.querySelector<HTMLButtonElement>('button[lang="en-US"]')!;
    expect(enButton.getAttribute("aria-pressed")).toBe("false");
    enButton.focus();
    click(enButton);
    await flush();
    expect(backend.calls.find((c) => c.cmd === "set_language")?.args).toEqual({ language: "en-US" });
    expect(document.documentElement.lang).toBe("en-US");
    expect(document.title).toBe(en.t("app-title"));
    expect(root.querySelector("h1")?.textContent).toBe(en.t("app-title"));
    expect(root.querySelector("#home-heading")?.textContent).toBe(en.t("ui-orgs-heading"));
    expect(root.querySelector('button[lang="en-US"]')?.getAttribute("aria-pressed")).toBe("true");
    expect(root.querySelector('button[lang="zh-CN"]')?.getAttribute("aria-pressed")).toBe("false");
    expect(document.activeElement?.getAttribute("lang")).toBe("en-US"); // focus kept
    expect(status.textContent).toBe(en.t("ui-language-changed"));
    expect(last(backend.readyReports)?.language).toBe("en-US");
    expect(root.textContent).not.toContain(zh.t("ui-orgs-heading"));
  });

  it("keeps what was typed and re-localises validation messages", async () => {
    const { root } = await mount();
    click(buttonByText(root, zh.t("ui-org-new")));
    await typeName(root, "x".repeat(250));
    await submit(root);
    expect(root.querySelector("#org-name-error")?.textContent).toBe(zh.t("ui-org-name-error-too-long", { max: 200, length: 250 }));
    click(root.querySelector('button[lang="en-US"]'));
    await flush();
    expect(input(root, "org-name").value).toBe("x".repeat(250));
    expect(root.querySelector("#org-name-error")?.textContent).toBe(en.t("ui-org-name-error-too-long", { max: 200, length: 250 }));
    expect(root.querySelector("label[for=org-name]")?.textContent).toBe(en.t("ui-org-name-label"));
  });

  it("shows a localised error and keeps the language when set_language fails", async () => {
    const b = new FakeBackend({ orgs: ["A"] });
    b.failNext.set_language = { code: "store_corrupt", message: "x", details: { path: "/d/s.json" } };
    const { root } = await mount(b);
    click(root.querySelector('button[lang="en-US"]'));
    await flush();
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("/d/s.json");
  });
});

describe("delete", () => {
  it("requires confirmation in a dialog; cancel keeps the organisation and returns focus", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["A", "B"] }));
    const del = root.querySelector<HTMLButtonElement>('[data-focus="delete-2"]')!;
    del.focus();
    click(del);
    const dialog = document.querySelector("dialog")!;
    expect(dialog).not.toBeNull();
    expect(dialog.hasAttribute("open")).toBe(true);
    expect(dialog.getAttribute("aria-labelledby")).toBe("delete-title");
    expect(dialog.textContent).toContain(zh.t("ui-delete-body", { name: "B" }));
    expect(document.activeElement?.textContent).toBe(zh.t("ui-delete-cancel")); // safe default
    expect(backend.cmds()).not.toContain("delete_org");
    click(buttonByText(dialog, zh.t("ui-delete-cancel")));
    await flush();
    expect(document.querySelector("dialog")).toBeNull();
    expect(backend.cmds()).not.toContain("delete_org");
    expect(names(root)).toEqual(["A", "B"]);
    expect(document.activeElement?.getAttribute("data-focus")).toBe("delete-2");
  });

  it("Escape closes the dialog without deleting", async () => {
    const { root, backend } = await mount(new FakeBackend({ orgs: ["A"] }));
    click(root.querySelector('[data-action="delete"]'));
    const dialog = document.querySelector("dialog")!;
    dialog.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    expect(document.querySelector("dialog")).toBeNull();
    expect(backend.cmds()).not.toContain("delete_org");
  });

  it("uses the native modal dialog when available", async () => {
    const showModal = vi.fn(function (this: HTMLDialogElement) { this.setAttribute("open", ""); });
    const close = vi.fn(function (this: HTMLDialogElement) { this.removeAttribute("open"); });
    Object.assign(HTMLDialogElement.prototype, { showModal, close });
    try {
      const { root } = await mount(new FakeBackend({ orgs: ["A"] }));
      click(root.querySelector('[data-action="delete"]'));
      expect(showModal).toHaveBeenCalledTimes(1);
      click(buttonByText(document.querySelector("dialog")!, zh.t("ui-delete-cancel")));
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).close;
    }
  });

  it("deletes after confirmation and announces it", async () => {
    const { root, backend, status } = await mount(new FakeBackend({ orgs: ["A", "B"] }));
    click(root.querySelector('[data-focus="delete-1"]'));
    click(buttonByText(document.querySelector("dialog")!, zh.t("ui-delete-confirm")));
    await flush();
    expect(backend.calls.find((c) => c.cmd === "delete_org")?.args).toEqual({ id: 1 });
    expect(names(root)).toEqual(["B"]);
    expect(document.querySelector("dialog")).toBeNull();
    expect(status.textContent).toBe(zh.t("ui-org-deleted", { name: "A" }));
    expect(document.activeElement?.id).toBe("home-heading");
  });

  it("shows a localised error when deletion fails", async () => {
    const b = new FakeBackend({ orgs: ["A"] });
    b.failNext.delete_org = { code: "not_found", message: "gone", details: { id: "1" } };
    const { root } = await mount(b);
    click(root.querySelector('[data-action="delete"]'));
    click(buttonByText(document.querySelector("dialog")!, zh.t("ui-delete-confirm")));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(zh.t("error-not_found", { id: "1" }));
    expect(document.activeElement?.getAttribute("data-action")).toBe("delete");
  });
});

describe("store problems", () => {
  it("corrupt store: explains, then recover_store starts fresh", async () => {
    const b = new FakeBackend({ store: "corrupt" });
    // A damaged store remembers no language: the app speaks the system's, as the engine says.
    const info = await b.peek<AppInfo>("app_info");
    const zh = makeI18n(info.settings.language);
    const { root, backend } = await mount(b, { lang: info.settings.language });
    const store = info.store as { status: string; path: string };
    expect(store.status).toBe("corrupt");
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t("ui-store-corrupt-title"));
    expect(root.textContent).toContain(store.path);
    expect(backend.cmds()).not.toContain("list_orgs");
    expect(backend.readyReports.map((r) => r.screen)).toEqual(["store-corrupt"]);
    click(buttonByText(root, zh.t("ui-store-recover")));
    await flush();
    expect(backend.cmds()).toContain("recover_store");
    expect(root.querySelector("#home-heading")).not.toBeNull();
    expect(document.activeElement?.id).toBe("home-heading");
    expect(backend.readyReports.map((r) => r.screen)).toEqual(["store-corrupt", "home"]);
  });

  it("too-new store: explains, offers no destructive action", async () => {
    const b = new FakeBackend({ store: "too_new" });
    const info = await b.peek<AppInfo>("app_info");
    const en = makeI18n(info.settings.language);
    const { root } = await mount(b, { lang: info.settings.language });
    const store = info.store as { status: string; found: number; supported: number };
    expect(store.status).toBe("too_new");
    expect(root.querySelector("#screen-heading")?.textContent).toBe(en.t("ui-store-too-new-title"));
    expect(root.textContent).toContain(en.t("ui-store-too-new-body", { found: store.found, supported: store.supported }));
    const labels = Array.from(root.querySelectorAll("main button"), (x) => x.textContent);
    expect(labels).toEqual([]);
  });

  it("unavailable data folder: explains with the system's reason and offers a retry", async () => {
    const b = new FakeBackend({ store: "unavailable" });
    const info = await b.peek<AppInfo>("app_info");
    const zh = makeI18n(info.settings.language);
    const { root, backend } = await mount(b, { lang: info.settings.language });
    const store = info.store as { status: string; path: string; detail: string; cause: string };
    expect(store.status).toBe("unavailable");
    expect(root.querySelector("#screen-heading")?.textContent).toBe(zh.t("ui-store-unavailable-title"));
    // The reason in the owner's words; the system's English text stays out of the window.
    expect(store.cause).not.toBe("");
    expect(root.textContent).toContain(zh.t("ui-store-unavailable-detail", { cause: zh.t(causeMessageId(store.cause, (id) => zh.has(id))) }));
    expect(root.textContent).not.toContain(store.detail);
    expect(root.textContent).toContain(store.path);
    // The owner fixes the folder; Retry opens the store now (the engine tries again).
    await backend.unblockDataDir();
    click(buttonByText(root, zh.t("ui-retry")));
    await flush();
    expect(root.querySelector("#home-heading")).not.toBeNull();
    expect(document.activeElement?.id).toBe("home-heading");
  });
});
