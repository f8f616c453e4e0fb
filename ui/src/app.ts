import type { Api } from "./api";
import type {
  AppInfo, IpcError, Language, OrgInput, Organisation, ProfileField, ProfileValue, StoreStatus,
} from "./bindings";
import { h } from "./dom";
import { toIpcError } from "./errors";
import { LANGUAGES, type Args, type I18n } from "./i18n";
import { NAME_MAX, normaliseName, validateName, type NameProblem } from "./validate";

type Screen =
  | { kind: "loading" }
  | { kind: "fatal"; error: IpcError }
  | { kind: "store"; store: Exclude<StoreStatus, { status: "ok" }> }
  | { kind: "home" }
  | { kind: "form"; editing: Organisation | null; returnFocus: string };

interface Draft { name: string; profile: Record<string, string> }

export interface AppOptions {
  api: Api;
  i18n: I18n;
  /** Element whose content the app owns and re-renders. */
  root: HTMLElement;
  /** A polite live region (role="status") outside root. */
  status: HTMLElement;
  log?: Pick<Console, "warn" | "error">;
}

const emptyDraft = (): Draft => ({ name: "", profile: {} });

export class App {
  private readonly api: Api;
  private readonly i18n: I18n;
  private readonly root: HTMLElement;
  private readonly statusEl: HTMLElement;
  private readonly log: Pick<Console, "warn" | "error">;

  private screen: Screen = { kind: "loading" };
  private info: AppInfo | null = null;
  private fields: ProfileField[] | null = null;
  private orgs: Organisation[] = [];
  private draft: Draft = emptyDraft();
  private nameProblem: NameProblem | null = null;
  private banner: IpcError | null = null;
  private busy = false;
  private pendingFocus: string | null = null;

  constructor(opts: AppOptions) {
    this.api = opts.api;
    this.i18n = opts.i18n;
    this.root = opts.root;
    this.statusEl = opts.status;
    this.log = opts.log ?? console;
  }

  private t(id: string, args?: Args): string { return this.i18n.t(id, args); }

  // ───────────────────────── start-up ─────────────────────────

  /** `moveFocus`: put keyboard focus on the new screen's heading (not at first start-up). */
  async start(moveFocus = false): Promise<void> {
    this.screen = { kind: "loading" };
    this.applyLanguage(this.i18n.language);
    this.render();
    let info: AppInfo;
    try {
      info = await this.api.appInfo();
    } catch (e) {
      this.showFatal(toIpcError(e), moveFocus);
      return;
    }
    await this.afterInfo(info, moveFocus);
  }

  private async afterInfo(info: AppInfo, moveFocus: boolean): Promise<void> {
    this.info = info;
    this.applyLanguage(info.settings.language);
    if (info.store.status !== "ok") {
      this.screen = { kind: "store", store: info.store };
      this.pendingFocus = moveFocus ? "screen-heading" : null;
      this.render();
      this.reportReady();
      return;
    }
    await this.loadHome(moveFocus);
  }

  private async loadHome(moveFocus: boolean): Promise<void> {
    try {
      const [fields, orgs] = await Promise.all([
        this.fields ? Promise.resolve(this.fields) : this.api.profileFields(),
        this.api.listOrgs(),
      ]);
      this.fields = fields;
      this.orgs = orgs;
    } catch (e) {
      this.showFatal(toIpcError(e), moveFocus);
      return;
    }
    this.showHome(moveFocus ? "home-heading" : null);
  }

  private showFatal(error: IpcError, moveFocus: boolean): void {
    this.screen = { kind: "fatal", error };
    this.pendingFocus = moveFocus ? "screen-heading" : null;
    this.render();
  }

  private showHome(focus: string | null): void {
    this.screen = { kind: "home" };
    this.banner = null;
    this.pendingFocus = focus;
    this.render();
    this.reportReady();
  }

  /** Tells the back end the home screen is up (the CI self-test waits for it). */
  private reportReady(): void {
    let screen: string;
    if (this.screen.kind === "home") screen = "home";
    else if (this.screen.kind === "store") screen = `store-${this.screen.store.status}`;
    else return;
    const names = Array.from(this.root.querySelectorAll<HTMLElement>(".org-name"), (el) => el.textContent ?? "");
    this.api
      .uiReady({ screen, language: this.i18n.language, org_names: names })
      .catch((e: unknown) => this.log.warn("[ipc] ui_ready failed", toIpcError(e)));
  }

  // ───────────────────────── language ─────────────────────────

  private applyLanguage(lang: Language): void {
    this.i18n.setLanguage(lang);
    document.documentElement.lang = lang;
    document.title = this.t("app-title");
  }

  async switchLanguage(lang: Language): Promise<void> {
    if (lang === this.i18n.language || this.busy) return;
    this.busy = true;
    try {
      const settings = await this.api.setLanguage(lang);
      this.applyLanguage(settings.language);
      this.banner = null;
      this.announce("ui-language-changed");
    } catch (e) {
      this.banner = toIpcError(e);
    } finally {
      this.busy = false;
    }
    this.render();
    this.reportReady();
  }

  // ───────────────────────── actions ─────────────────────────

  private async recover(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const info = await this.api.recoverStore();
      this.announce("ui-store-recovered");
      this.busy = false;
      await this.afterInfo(info, true);
    } catch (e) {
      this.busy = false;
      this.banner = toIpcError(e);
      this.pendingFocus = "banner";
      this.render();
    }
  }

  private openForm(editing: Organisation | null, returnFocus: string): void {
    this.screen = { kind: "form", editing, returnFocus };
    this.banner = null;
    this.nameProblem = null;
    this.draft = emptyDraft();
    if (editing) {
      this.draft.name = editing.name;
      for (const f of this.basicFields()) {
        const v = editing.profile[f.id];
        if (typeof v === "string") this.draft.profile[f.id] = v;
      }
    }
    this.pendingFocus = "name";
    this.render();
  }

  private cancelForm(): void {
    const focus = this.screen.kind === "form" ? this.screen.returnFocus : "new-org";
    this.showHome(focus);
  }

  private async submitForm(): Promise<void> {
    if (this.screen.kind !== "form" || this.busy) return;
    const editing = this.screen.editing;
    const name = normaliseName(this.draft.name);
    this.nameProblem = validateName(name);
    if (this.nameProblem) {
      this.banner = null;
      this.pendingFocus = "name";
      this.render();
      return;
    }
    const profile: Record<string, ProfileValue> = editing ? { ...editing.profile } : {};
    for (const f of this.basicFields()) {
      const v = this.draft.profile[f.id];
      if (v) profile[f.id] = v;
      else delete profile[f.id];
    }
    const input: OrgInput = { name, profile };
    this.busy = true;
    try {
      const saved = editing ? await this.api.updateOrg(editing.id, input) : await this.api.createOrg(input);
      this.orgs = await this.api.listOrgs();
      this.busy = false;
      this.announce(editing ? "ui-org-updated" : "ui-org-created", { name: saved.name });
      this.showHome(`org-${saved.id}`);
    } catch (e) {
      this.busy = false;
      this.banner = toIpcError(e);
      this.pendingFocus = "banner";
      this.render();
    }
  }

  private confirmDelete(org: Organisation, triggerKey: string): void {
    const cancelBtn = h("button", { type: "button", class: "button" }, this.t("ui-delete-cancel"));
    const confirmBtn = h("button", { type: "button", class: "button danger" }, this.t("ui-delete-confirm"));
    const dialog = h(
      "dialog",
      { class: "dialog", "aria-labelledby": "delete-title", "aria-describedby": "delete-body" },
      h("h2", { id: "delete-title" }, this.t("ui-delete-title")),
      h("p", { id: "delete-body" }, this.t("ui-delete-body", { name: org.name })),
      h("div", { class: "actions" }, cancelBtn, confirmBtn),
    );
    const close = (focus: string | null): void => {
      if (typeof dialog.close === "function") { if (dialog.open) dialog.close(); } else dialog.removeAttribute("open");
      dialog.remove();
      if (focus) this.focusKey(focus);
    };
    cancelBtn.addEventListener("click", () => close(triggerKey));
    // Escape: the browser fires "cancel"; close ourselves so focus is returned.
    dialog.addEventListener("cancel", (ev) => { ev.preventDefault(); close(triggerKey); });
    dialog.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") { ev.preventDefault(); close(triggerKey); }
    });
    confirmBtn.addEventListener("click", () => {
      if (this.busy) return;
      this.busy = true;
      confirmBtn.setAttribute("aria-disabled", "true");
      this.api.deleteOrg(org.id).then(
        async () => {
          close(null);
          try { this.orgs = await this.api.listOrgs(); } catch (e) {
            this.orgs = this.orgs.filter((o) => o.id !== org.id);
            this.log.warn("[ipc] list_orgs after delete failed", toIpcError(e));
          }
          this.busy = false;
          this.announce("ui-org-deleted", { name: org.name });
          this.showHome("home-heading");
        },
        (e: unknown) => {
          this.busy = false;
          close(null);
          this.banner = toIpcError(e);
          this.pendingFocus = triggerKey;
          this.render();
        },
      );
    });
    document.body.append(dialog);
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    cancelBtn.focus(); // the safe choice has the initial focus
  }

  // ───────────────────────── rendering ─────────────────────────

  /** Re-renders everything in place, keeping keyboard focus where it was. */
  render(): void {
    const active = document.activeElement;
    const keep = active instanceof HTMLElement && this.root.contains(active) ? active.dataset.focus ?? null : null;
    this.root.replaceChildren(this.renderHeader(), this.renderMain(), this.renderFooter());
    const target = this.pendingFocus ?? keep;
    this.pendingFocus = null;
    if (target) this.focusKey(target);
  }

  private focusKey(key: string): void {
    for (const el of document.querySelectorAll<HTMLElement>("[data-focus]")) {
      if (el.dataset.focus === key) { el.focus(); return; }
    }
  }

  private announce(id: string, args?: Args): void {
    this.statusEl.textContent = this.t(id, args);
  }

  private renderHeader(): HTMLElement {
    const switcher = h(
      "div",
      { class: "lang-switch", role: "group", "aria-label": this.t("ui-language-switch-label") },
      LANGUAGES.map((lang) =>
        h(
          "button",
          {
            type: "button",
            class: "button lang",
            lang,
            "aria-pressed": String(lang === this.i18n.language),
            "data-focus": `lang-${lang}`,
            on: { click: () => void this.switchLanguage(lang) },
          },
          this.t(`ui-language-${lang}`),
        ),
      ),
    );
    return h(
      "header",
      { class: "app-header" },
      h("div", { class: "brand" },
        h("h1", { class: "app-title" }, this.t("app-title")),
        h("p", { class: "tagline" }, this.t("app-tagline")),
      ),
      switcher,
    );
  }

  private renderFooter(): HTMLElement {
    return h(
      "footer",
      { class: "app-footer" },
      this.info ? h("p", {}, this.t("ui-footer-version", { version: this.info.version })) : null,
      this.info ? h("p", {}, this.t("ui-footer-data-dir", { path: this.info.data_dir })) : null,
    );
  }

  private renderBanner(): HTMLElement | null {
    if (!this.banner) return null;
    return h(
      "div",
      { class: "banner error", role: "alert", tabindex: "-1", "data-focus": "banner" },
      h("p", { class: "banner-title" }, this.t("ui-error-heading")),
      h("p", {}, this.i18n.formatError(this.banner)),
    );
  }

  private renderMain(): HTMLElement {
    const s = this.screen;
    let content: (HTMLElement | null)[];
    switch (s.kind) {
      case "loading":
        content = [h("p", { class: "loading" }, this.t("ui-loading"))];
        break;
      case "fatal":
        content = this.renderFatal(s.error);
        break;
      case "store":
        content = this.renderStore(s.store);
        break;
      case "home":
        content = this.renderHome();
        break;
      case "form":
        content = this.renderForm(s.editing);
        break;
    }
    return h("main", { id: "main", class: `screen screen-${s.kind}`, "aria-busy": String(s.kind === "loading") }, content);
  }

  private heading(text: string): HTMLElement {
    return h("h2", { id: "screen-heading", tabindex: "-1", "data-focus": "screen-heading" }, text);
  }

  private renderFatal(error: IpcError): HTMLElement[] {
    return [
      h("section", { class: "panel notice", "aria-labelledby": "screen-heading" },
        this.heading(this.t("ui-startup-failed-title")),
        this.renderBanner(),
        h("p", {}, this.i18n.formatError(error)),
        h("div", { class: "actions" },
          h("button", {
            type: "button", class: "button primary", "data-focus": "retry",
            on: { click: () => void this.start(true) },
          }, this.t("ui-retry")),
        ),
      ),
    ];
  }

  private renderStore(store: Exclude<StoreStatus, { status: "ok" }>): HTMLElement[] {
    const panel = (title: string, ...body: (HTMLElement | null)[]): HTMLElement[] => [
      h("section", { class: "panel notice", "aria-labelledby": "screen-heading" },
        this.heading(this.t(title)),
        this.renderBanner(),
        body,
      ),
    ];
    const path = h("p", { class: "path" }, this.t("ui-store-path", { path: store.path }));
    const button = (focus: string, label: string, act: () => void): HTMLElement =>
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button primary", "data-focus": focus, on: { click: act } }, this.t(label)),
      );
    switch (store.status) {
      case "corrupt":
        return panel("ui-store-corrupt-title",
          h("p", {}, this.t("ui-store-corrupt-body")),
          path,
          h("p", {}, this.t("ui-store-corrupt-keep")),
          button("recover", "ui-store-recover", () => void this.recover()),
        );
      case "too_new":
        return panel("ui-store-too-new-title",
          h("p", {}, this.t("ui-store-too-new-body", { found: store.found, supported: store.supported })),
          path,
          h("p", {}, this.t("ui-store-too-new-action")),
        );
      case "unavailable":
        return panel("ui-store-unavailable-title",
          h("p", {}, this.t("ui-store-unavailable-body")),
          path,
          h("p", { class: "path" }, this.t("ui-store-unavailable-detail", { detail: store.detail })),
          h("p", {}, this.t("ui-store-unavailable-action")),
          button("retry", "ui-retry", () => void this.start(true)),
        );
      default: {
        // A status this build does not know (newer back end): explain generically.
        const unknown: { status: string; path: string } = store;
        this.log.warn(`[store] unknown status ${unknown.status}`);
        return panel("ui-store-unavailable-title", path, button("retry", "ui-retry", () => void this.start(true)));
      }
    }
  }

  private basicFields(): ProfileField[] {
    return (this.fields ?? []).filter((f) => f.basic && f.kind === "choice");
  }

  private optionLabel(fieldId: string, value: ProfileValue): string {
    return this.i18n.optional(`profile-option-${fieldId}-${String(value)}`) ?? String(value);
  }

  private renderHome(): HTMLElement[] {
    const list = this.orgs.length === 0
      ? h("p", { class: "empty" }, this.t("ui-orgs-empty"))
      : h("ul", { class: "org-list", "aria-labelledby": "home-heading" },
          this.orgs.map((org) => this.renderOrg(org)));
    return [
      h("section", { class: "orgs", "aria-labelledby": "home-heading" },
        h("div", { class: "section-head" },
          h("h2", { id: "home-heading", tabindex: "-1", "data-focus": "home-heading" }, this.t("ui-orgs-heading")),
          h("button", {
            type: "button", class: "button primary", "data-focus": "new-org",
            on: { click: () => this.openForm(null, "new-org") },
          }, this.t("ui-org-new")),
        ),
        this.renderBanner(),
        h("p", { class: "intro" }, this.t("ui-orgs-intro")),
        list,
      ),
    ];
  }

  private renderOrg(org: Organisation): HTMLElement {
    const rows = this.basicFields().map((f) => {
      const v = org.profile[f.id];
      return h("div", { class: "row" },
        h("dt", {}, this.t(`profile-field-${f.id}`)),
        h("dd", { class: v === undefined ? "unset" : null },
          v === undefined ? this.t("ui-profile-not-set") : this.optionLabel(f.id, v)),
      );
    });
    return h("li", { class: "org-card", "data-org-id": String(org.id) },
      h("h3", { class: "org-name", tabindex: "-1", "data-focus": `org-${org.id}` }, org.name),
      rows.length ? h("dl", { class: "profile-summary" }, rows) : null,
      h("div", { class: "actions" },
        h("button", {
          type: "button", class: "button", "data-action": "edit", "data-focus": `edit-${org.id}`,
          "aria-label": this.t("ui-org-edit-named", { name: org.name }),
          on: { click: () => this.openForm(org, `edit-${org.id}`) },
        }, this.t("ui-org-edit")),
        h("button", {
          type: "button", class: "button danger", "data-action": "delete", "data-focus": `delete-${org.id}`,
          "aria-label": this.t("ui-org-delete-named", { name: org.name }),
          "aria-haspopup": "dialog",
          on: { click: () => this.confirmDelete(org, `delete-${org.id}`) },
        }, this.t("ui-org-delete")),
      ),
    );
  }

  private renderForm(editing: Organisation | null): HTMLElement[] {
    const problem = this.nameProblem;
    const nameError = problem
      ? h("p", { id: "org-name-error", class: "field-error" },
          this.t(problem.id, "args" in problem ? problem.args : undefined))
      : null;
    const nameInput = h("input", {
      id: "org-name", name: "name", type: "text", class: "input",
      autocomplete: "organization", required: true, spellcheck: "false",
      "aria-invalid": problem ? "true" : null,
      "aria-describedby": problem ? "org-name-hint org-name-error" : "org-name-hint",
      "data-focus": "name",
      value: this.draft.name,
      on: { input: (ev) => { this.draft.name = (ev.target as HTMLInputElement).value; } },
    });

    const selects = this.basicFields().map((f) => {
      const id = `field-${f.id}`;
      const help = this.i18n.optional(`profile-field-${f.id}-help`);
      const current = this.draft.profile[f.id] ?? "";
      const options = [
        h("option", { value: "" }, this.t("ui-select-placeholder")),
        ...f.options.map((opt) => h("option", { value: opt, selected: opt === current }, this.optionLabel(f.id, opt))),
      ];
      // An unknown stored value is kept visible rather than silently dropped.
      if (current && !f.options.includes(current)) options.push(h("option", { value: current, selected: true }, current));
      const select = h("select", {
        id, name: f.id, class: "input",
        "aria-describedby": help ? `${id}-help` : null,
        "data-focus": id,
        on: {
          change: (ev) => { this.draft.profile[f.id] = (ev.target as HTMLSelectElement).value; },
        },
      }, options);
      return h("div", { class: "field" },
        h("label", { for: id }, this.t(`profile-field-${f.id}`)),
        help ? h("p", { id: `${id}-help`, class: "hint" }, help) : null,
        select,
      );
    });

    const form = h("form", {
      class: "org-form", novalidate: true,
      on: { submit: (ev) => { ev.preventDefault(); void this.submitForm(); } },
    },
      h("div", { class: "field" },
        h("label", { for: "org-name" }, this.t("ui-org-name-label")),
        h("p", { id: "org-name-hint", class: "hint" }, this.t("ui-org-name-hint", { max: NAME_MAX })),
        nameError,
        nameInput,
      ),
      selects,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button primary", "data-focus": "save" },
          this.t(editing ? "ui-form-save" : "ui-form-create")),
        h("button", {
          type: "button", class: "button", "data-focus": "cancel",
          on: { click: () => this.cancelForm() },
        }, this.t("ui-form-cancel")),
      ),
    );

    return [
      h("section", { class: "panel", "aria-labelledby": "screen-heading" },
        this.heading(editing ? this.t("ui-form-edit-title", { name: editing.name }) : this.t("ui-form-new-title")),
        this.renderBanner(),
        h("p", { class: "intro" }, this.t("ui-form-intro")),
        form,
      ),
    ];
  }
}
