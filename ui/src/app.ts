import type { Api } from "./api";
import type {
  AppInfo, Assessment, IpcError, Language, Organisation, ProfileField, Settings,
  StoreStatus,
} from "./bindings";
import { ChecklistView } from "./checklist";
import { confirmDialog } from "./dialog";
import { h } from "./dom";
import { causeMessageId, toIpcError } from "./errors";
import { LANGUAGES, type Args, type I18n } from "./i18n";
import { ApplyView } from "./apply";
import { ReportView } from "./report";
import { INCIDENT_KEY, IncidentScreen } from "./incident";
import { PolicyScreen, renderRenewals } from "./policy";
import type { ContentStatus, PolicyView } from "./bindings";
import { applyContentTexts, renderStaleBanner } from "./content";
import { ResultsView } from "./results";
import { ScanView } from "./scan";
import { applyDisplay, normaliseSettings, SettingsView } from "./settings";
import { loadRoute, saveRoute, type Route, type Shell, type View } from "./shell";
import { OrgForm } from "./org-form";
import { renderHome } from "./home";
import { QuickView, WelcomeView } from "./welcome";
import { ProfileWizard } from "./wizard";
import { restartPage, WorkshopSession } from "./workshop";

type Screen =
  | { kind: "loading" }
  | { kind: "fatal"; error: IpcError }
  | { kind: "store"; store: Exclude<StoreStatus, { status: "ok" }> }
  | { kind: "home" }
  | { kind: "form"; form: OrgForm }
  | { kind: "view"; view: View; loaded: boolean; error: IpcError | null };

export interface AppOptions {
  api: Api;
  i18n: I18n;
  /** Element whose content the app owns and re-renders. */
  root: HTMLElement;
  /** A polite live region (role="status") outside root. */
  status: HTMLElement;
  log?: Pick<Console, "warn" | "error">;
  /** How a finished workshop starts the page afresh (a reload; tests watch it instead). */
  restartPage?: () => void;
}

export class App implements Shell {
  readonly api: Api;
  readonly i18n: I18n;
  private readonly root: HTMLElement;
  private readonly statusEl: HTMLElement;
  readonly log: Pick<Console, "warn" | "error">;

  private screen: Screen = { kind: "loading" };
  info: AppInfo | null = null;
  settings: Settings = normaliseSettings(null, "zh-CN");
  fields: ProfileField[] = [];
  private fieldsLoaded = false;
  orgs: Organisation[] = [];
  /** Current assessment per organisation (home cards: start or continue). */
  private progress = new Map<number, Assessment | null>();
  private navSeq = 0;
  private bannerError: IpcError | null = null;
  private busy = false;
  private pendingFocus: string | null = null;
  /** Set in workshop mode (a shared laptop): ends the session on request or when idle. */
  workshop: WorkshopSession | null = null;
  /** Renewal reminders due on start (policy.ts). */
  private renewals: PolicyView[] = [];
  private route: Route | null = null;
  content: ContentStatus | null = null;

  constructor(opts: AppOptions) {
    this.api = opts.api;
    this.i18n = opts.i18n;
    this.root = opts.root;
    this.statusEl = opts.status;
    this.log = opts.log ?? console;
    this.restartPage = opts.restartPage ?? restartPage;
    listenForIncidentKey(this);
  }
  private readonly restartPage: () => void;

  /** "Something happened" (the header button and F9): for the business on screen, else the first one. */
  openIncident(): void {
    if (this.info === null || this.info.store.status !== "ok" || this.workshop) return;
    const r = this.route;
    const onScreen = r && "orgId" in r ? r.orgId : null;
    const orgId = onScreen ?? this.orgs.find((o) => !this.isExample(o))?.id ?? this.orgs[0]?.id ?? null;
    void this.go({ screen: "incident", orgId, id: null });
  }

  t(id: string, args?: Args): string { return this.i18n.t(id, args); }

  focusNext(key: string): void { this.pendingFocus = key; }

  clearBanner(): void { this.bannerError = null; }

  fail(e: unknown, focus = "banner"): void {
    this.bannerError = toIpcError(e);
    this.pendingFocus = focus;
    this.render();
  }

  banner(): HTMLElement | null { return this.renderBanner(); }

  orgName(orgId: number): string {
    return this.orgs.find((o) => o.id === orgId)?.name ?? "";
  }

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
    if (info.workshop && !this.workshop) {
      this.workshop = new WorkshopSession(info.workshop, {
        t: (id, args) => this.t(id, args),
        erase: () => this.api.finishWorkshop(),
        announce: (id, args) => this.announce(id, args),
      }, document, this.restartPage);
      this.workshop.start();
    }
    this.settings = normaliseSettings(info.settings, info.settings.language);
    applyDisplay(this.settings);
    this.applyLanguage(this.settings.language);
    if (info.store.status !== "ok") {
      this.screen = { kind: "store", store: info.store };
      this.pendingFocus = moveFocus ? "screen-heading" : null;
      this.render();
      this.reportReady();
      return;
    }
    await this.loadContent();
    await this.loadHome(moveFocus);
  }

  setContent(status: ContentStatus): void {
    this.content = status;
    applyContentTexts(this.i18n, status);
  }

  /** The content in use; and, when the owner opted into it and a week has passed, a quiet
   * check of the platform (a failure is left for Settings to show, never blocking start-up). */
  private async loadContent(): Promise<void> {
    try { this.setContent(await this.api.contentStatus()); } catch (e) {
      this.log.warn("[ipc] content_status failed", toIpcError(e));
      return;
    }
    if (this.content?.check_due && !this.workshop) {
      void this.api.updateContentFromPlatform(null).then((update) => {
        this.setContent(update.status);
        if (update.installed) {
          this.announce("content-installed", { version: update.status.version });
          this.render();
        }
      }, (e: unknown) => this.log.warn("[ipc] weekly content check failed", toIpcError(e)));
    }
  }

  private async loadHome(moveFocus: boolean): Promise<void> {
    try {
      const [fields, orgs] = await Promise.all([
        this.fieldsLoaded ? Promise.resolve(this.fields) : this.api.profileFields(),
        this.api.listOrgs(),
      ]);
      this.fields = fields;
      this.fieldsLoaded = true;
      this.orgs = orgs;
    } catch (e) {
      this.showFatal(toIpcError(e), moveFocus);
      return;
    }
    // Where the owner was before a reload, else the welcome screen for a new
    // installation (nothing but the example), else the organisation list.
    const saved = loadRoute();
    if (saved && this.routeValid(saved) && saved.screen !== "home") {
      await this.go(saved, moveFocus);
      return;
    }
    if (!saved && !this.orgs.some((o) => !this.isExample(o))) {
      await this.go({ screen: "welcome" }, moveFocus);
      return;
    }
    await this.loadProgress();
    await this.loadRenewals();
    saveRoute({ screen: "home" });
    this.showHome(moveFocus ? "home-heading" : null);
  }

  /** The example organisation the back end adds on first run (its name in either language). */
  private isExample(org: Organisation): boolean {
    return LANGUAGES.some((l) => this.i18n.tIn(l, "app-example-org-name") === org.name);
  }

  private routeValid(r: Route): boolean {
    if ("orgId" in r && r.orgId !== null) return this.orgs.some((o) => o.id === r.orgId);
    return true;
  }

  private async loadProgress(): Promise<void> {
    const entries = await Promise.all(this.orgs.map(async (o) => {
      try { return [o.id, await this.api.currentAssessment(o.id)] as const; } catch (e) {
        this.log.warn("[ipc] current_assessment failed", toIpcError(e));
        return [o.id, null] as const;
      }
    }));
    this.progress = new Map(entries);
  }

  /** The renewal reminders due now (offline: the engine's clock and the stored policies). */
  private async loadRenewals(): Promise<void> {
    try { this.renewals = await this.api.dueRenewals(); } catch (e) {
      this.log.warn("[ipc] due_renewals failed", toIpcError(e));
    }
  }

  async refreshOrgs(): Promise<void> {
    this.orgs = await this.api.listOrgs();
  }

  remember(route: Route): void { saveRoute(route); this.route = route; }

  /** Navigate to a screen: load its data, render it, focus its heading, report it. */
  async go(route: Route, moveFocus = true): Promise<void> {
    const seq = ++this.navSeq;
    saveRoute(route);
    this.route = route;
    this.bannerError = null;
    // An announcement belongs to the screen it was made on; a new screen starts quiet.
    this.statusEl.textContent = "";
    if (route.screen === "home") {
      try { await this.refreshOrgs(); } catch (e) { this.log.warn("[ipc] list_orgs failed", toIpcError(e)); }
      await this.loadProgress();
      await this.loadRenewals();
      if (seq !== this.navSeq) return;
      this.showHome(moveFocus ? "home-heading" : null);
      return;
    }
    const view = this.makeView(route);
    this.screen = { kind: "view", view, loaded: false, error: null };
    this.render();
    let error: IpcError | null = null;
    try { await view.load(); } catch (e) { error = toIpcError(e); }
    if (seq !== this.navSeq) return;
    this.screen = { kind: "view", view, loaded: error === null, error };
    this.pendingFocus = moveFocus ? "screen-heading" : null;
    this.render();
    if (!error) this.reportReady();
  }

  private makeView(route: Exclude<Route, { screen: "home" }>): View {
    switch (route.screen) {
      case "welcome": return new WelcomeView(this);
      case "quick": return new QuickView(this);
      case "settings": return new SettingsView(this);
      case "profile": return new ProfileWizard(this, route.orgId, route.step);
      case "checklist":
        return new ChecklistView(this, route.orgId, { question: route.question ?? null, choose: route.choose === true, fresh: route.fresh === true });
      case "results": return new ResultsView(this, route.orgId);
      case "scan": return new ScanView(this, route.orgId);
      case "report": return new ReportView(this, route.orgId);
      case "apply": return new ApplyView(this, route.orgId, route.incidentId ?? null);
      case "incident": return new IncidentScreen(this, route.orgId, route.id);
      case "policy": return new PolicyScreen(this, route.orgId);
    }
  }

  async saveSettings(next: Settings): Promise<void> {
    const before = this.settings;
    this.settings = next;
    applyDisplay(next);
    if (next.language !== before.language) this.applyLanguage(next.language);
    this.render();
    try {
      const saved = normaliseSettings(await this.api.updateSettings(next), next.language);
      this.settings = saved;
      applyDisplay(saved);
      this.applyLanguage(saved.language);
      this.bannerError = null;
      this.announce("ui-settings-saved");
      this.render();
      this.reportReady();
    } catch (e) {
      this.settings = before;
      applyDisplay(before);
      this.applyLanguage(before.language);
      this.fail(e);
    }
  }

  private showFatal(error: IpcError, moveFocus: boolean): void {
    this.screen = { kind: "fatal", error };
    this.pendingFocus = moveFocus ? "screen-heading" : null;
    this.render();
  }

  private showHome(focus: string | null): void {
    this.navSeq++;
    saveRoute({ screen: "home" });
    this.route = { screen: "home" };
    this.screen = { kind: "home" };
    this.bannerError = null;
    this.pendingFocus = focus;
    this.render();
    this.reportReady();
  }

  /** Tells the back end the home screen is up (the CI self-test waits for it). */
  private reportReady(): void {
    let screen: string;
    let names: string[];
    if (this.screen.kind === "home") {
      screen = "home";
      names = Array.from(this.root.querySelectorAll<HTMLElement>(".org-name"), (el) => el.textContent ?? "");
    } else if (this.screen.kind === "store") {
      screen = `store-${this.screen.store.status}`;
      names = [];
    } else if (this.screen.kind === "view" && this.screen.loaded) {
      screen = this.screen.view.id;
      names = this.orgs.map((o) => o.name);
    } else return;
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
      this.settings = { ...this.settings, language: settings.language };
      this.applyLanguage(settings.language);
      this.bannerError = null;
      this.announce("ui-language-changed");
    } catch (e) {
      this.bannerError = toIpcError(e);
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
      this.bannerError = toIpcError(e);
      this.pendingFocus = "banner";
      this.render();
    }
  }

  private openForm(editing: Organisation | null, returnFocus: string): void {
    this.bannerError = null;
    this.screen = { kind: "form", form: new OrgForm(this, editing, returnFocus, (focus) => this.showHome(focus)) };
    this.pendingFocus = "name";
    this.render();
  }

  private confirmDelete(org: Organisation, triggerKey: string): void {
    confirmDialog({
      id: "delete", danger: true,
      title: this.t("ui-delete-title"), body: this.t("ui-delete-body", { name: org.name }),
      confirm: this.t("ui-delete-confirm"), cancel: this.t("ui-delete-cancel"),
      onCancel: () => this.focusKey(triggerKey),
      onConfirm: () => {
        if (this.busy) return;
        this.busy = true;
        this.api.deleteOrg(org.id).then(
          async () => {
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
            this.bannerError = toIpcError(e);
            this.pendingFocus = triggerKey;
            this.render();
          },
        );
      },
    });
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

  announce(id: string, args?: Args): void {
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
    const current = this.screen.kind === "view" ? this.screen.view.id : this.screen.kind === "home" || this.screen.kind === "form" ? "home" : null;
    const ready = this.info !== null && this.info.store.status === "ok";
    const link = (id: "home" | "settings" | "welcome", label: string): HTMLElement =>
      h("li", {},
        h("button", {
          type: "button", class: "nav-link", "data-focus": `nav-${id}`,
          "aria-current": current === id ? "page" : null,
          on: { click: () => void this.go({ screen: id }) },
        }, this.t(label)),
      );
    return h(
      "header",
      { class: "app-header" },
      h("a", { class: "skip-link", href: "#main" }, this.t("ui-skip-to-main")),
      h("div", { class: "brand" },
        h("h1", { class: "app-title" }, this.t("app-title")),
        h("p", { class: "tagline" }, this.t("app-tagline")),
      ),
      h("div", { class: "header-tools" },
        // A shared workshop laptop is no place for an incident log of one's business.
        ready && !this.workshop
          ? h("button", {
              type: "button", class: "button incident-button", "data-focus": "incident-button",
              "aria-keyshortcuts": INCIDENT_KEY, "aria-describedby": "incident-button-hint",
              "aria-current": current === "incident" ? "page" : null,
              on: { click: () => this.openIncident() },
            }, this.t("incident-app-button"), " ", h("kbd", { "aria-hidden": "true" }, INCIDENT_KEY))
          : null,
        ready && !this.workshop ? h("span", { id: "incident-button-hint", class: "visually-hidden" }, this.t("incident-app-button-hint")) : null,
        ready
          ? h("nav", { class: "app-nav", "aria-label": this.t("ui-nav-label") },
              h("ul", {},
                link("home", "ui-nav-home"),
                link("settings", "ui-nav-settings"),
                link("welcome", "ui-nav-welcome"),
              ))
          : null,
        this.workshop
          ? h("button", {
              type: "button", class: "button workshop-finish", "data-focus": "workshop-finish",
              on: { click: () => void this.finishWorkshop() },
            }, this.t("ui-workshop-finish"))
          : null,
        switcher,
      ),
    );
  }

  /** "Finish and erase": the engine forgets the session, then the page starts afresh. */
  async finishWorkshop(): Promise<void> {
    await this.workshop?.finish();
  }

  private renderFooter(): HTMLElement {
    return h(
      "footer",
      { class: "app-footer" },
      this.info ? h("p", {}, this.t("ui-footer-version", { version: this.info.version })) : null,
      // A workshop keeps no data folder: say what happens instead of naming a path.
      this.info?.workshop
        ? h("p", {}, this.t("ui-workshop-footer"))
        : this.info ? h("p", {}, this.t("ui-footer-data-dir", { path: this.info.data_dir })) : null,
    );
  }

  private renderBanner(): HTMLElement | null {
    if (!this.bannerError) return null;
    return h(
      "div",
      { class: "banner error", role: "alert", tabindex: "-1", "data-focus": "banner" },
      h("p", { class: "banner-title" }, this.t("ui-error-heading")),
      h("p", {}, this.i18n.formatError(this.bannerError)),
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
        content = renderHome({
          orgs: this.orgs, progress: this.progress, fields: this.fields, i18n: this.i18n, banner: this.renderBanner(),
          go: (route) => void this.go(route),
          edit: (org, focus) => this.openForm(org, focus),
          remove: (org, focus) => this.confirmDelete(org, focus),
        });
        content = [
          ...content,
          renderStaleBanner(this.content, (id, args) => this.t(id, args), () => void this.go({ screen: "settings" })),
          renderRenewals(this.renewals, (id, args) => this.t(id, args), (orgId) => void this.go({ screen: "policy", orgId })),
        ];
        break;
      case "form":
        content = s.form.render();
        break;
      case "view":
        content = s.error ? this.renderLoadError(s.error) : s.loaded ? s.view.render() : [h("p", { class: "loading" }, this.t("ui-loading"))];
        break;
    }
    const name = s.kind === "view" ? s.view.id : s.kind;
    const busy = s.kind === "loading" || (s.kind === "view" && !s.loaded && !s.error);
    return h("main", { id: "main", tabindex: "-1", class: `screen screen-${name}`, "aria-busy": String(busy) }, content);
  }

  heading(text: string): HTMLElement {
    return h("h2", { id: "screen-heading", tabindex: "-1", "data-focus": "screen-heading" }, text);
  }

  private renderLoadError(error: IpcError): HTMLElement[] {
    return [
      h("section", { class: "panel notice", "aria-labelledby": "screen-heading" },
        this.heading(this.t("ui-load-failed-title")),
        h("p", { role: "alert" }, this.i18n.formatError(error)),
        h("div", { class: "actions" },
          h("button", {
            type: "button", class: "button primary", "data-focus": "retry",
            on: { click: () => { const r = loadRoute(); if (r) void this.go(r); } },
          }, this.t("ui-retry")),
          h("button", {
            type: "button", class: "button", "data-focus": "back-home",
            on: { click: () => void this.go({ screen: "home" }) },
          }, this.t("ui-back-to-orgs")),
        ),
      ),
    ];
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
          h("p", { class: "path" }, this.t("ui-store-unavailable-detail", { cause: this.t(causeMessageId(store.cause, (id) => this.i18n.has(id))) })),
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
}

/** The app the single "Something happened" key (F9) goes to: the one mounted last. */
let keyTarget: App | null = null;
let keyListening = false;

function listenForIncidentKey(app: App): void {
  keyTarget = app;
  if (keyListening || typeof document === "undefined") return;
  keyListening = true;
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== INCIDENT_KEY || ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.repeat) return;
    // Not while a modal dialog is open: it keeps the keyboard until it is answered.
    if (document.querySelector("dialog[open]")) return;
    ev.preventDefault();
    keyTarget?.openIncident();
  });
}
