// The home screen: the organisations, each with its profile summary, progress and next steps.
// Pure rendering from what the app holds; the app owns loading, navigation and the dialogs.
import type { Assessment, Organisation, ProfileField } from "./bindings";
import { h } from "./dom";
import type { Args, I18n } from "./i18n";
import { basicFields, optionLabel } from "./org-form";
import type { Route } from "./shell";

export interface Home {
  orgs: Organisation[];
  /** Current assessment per organisation (start or continue). */
  progress: Map<number, Assessment | null>;
  fields: ProfileField[];
  i18n: I18n;
  /** The app's error banner, shown under the heading (null: none). */
  banner: HTMLElement | null;
  go(route: Route): void;
  /** Opens the organisation form (null: a new one); focus returns to `focus` after. */
  edit(org: Organisation | null, focus: string): void;
  /** Asks before deleting. */
  remove(org: Organisation, focus: string): void;
}

export function renderHome(home: Home): HTMLElement[] {
  const t = (id: string, args?: Args): string => home.i18n.t(id, args);
  const list = home.orgs.length === 0
    ? h("p", { class: "empty" }, t("ui-orgs-empty"))
    : h("ul", { class: "org-list", "aria-labelledby": "home-heading" },
        home.orgs.map((org) => renderOrg(home, org)));
  return [
    h("section", { class: "orgs", "aria-labelledby": "home-heading" },
      h("div", { class: "section-head" },
        h("h2", { id: "home-heading", tabindex: "-1", "data-focus": "home-heading" }, t("ui-orgs-heading")),
        h("button", {
          type: "button", class: "button primary", "data-focus": "new-org",
          on: { click: () => home.edit(null, "new-org") },
        }, t("ui-org-new")),
      ),
      home.banner,
      h("p", { class: "intro" }, t("ui-orgs-intro")),
      list,
    ),
  ];
}

function renderOrgProgress(home: Home, org: Organisation): HTMLElement {
  const t = (id: string, args?: Args): string => home.i18n.t(id, args);
  const a = home.progress.get(org.id) ?? null;
  const started = a !== null;
  const status = started
    ? t("ui-org-progress", { count: a.answers.length, mode: t(`ui-mode-${a.mode}`) })
    : t("ui-org-not-started");
  return h("div", { class: "org-progress" },
    h("p", { class: "org-status" }, status),
    h("div", { class: "actions" },
      h("button", {
        type: "button", class: "button primary", "data-action": "assess", "data-focus": `assess-${org.id}`,
        "aria-label": t(started ? "ui-org-continue-named" : "ui-org-start-named", { name: org.name }),
        on: { click: () => home.go(started ? { screen: "checklist", orgId: org.id } : { screen: "checklist", orgId: org.id, choose: true }) },
      }, t(started ? "ui-org-continue" : "ui-org-start")),
      h("button", {
        type: "button", class: "button", "data-action": "results", "data-focus": `results-${org.id}`,
        "aria-label": t("ui-org-results-named", { name: org.name }),
        on: { click: () => home.go({ screen: "results", orgId: org.id }) },
      }, t("ui-org-results")),
      h("button", {
        type: "button", class: "button", "data-action": "profile", "data-focus": `profile-${org.id}`,
        "aria-label": t("ui-org-profile-named", { name: org.name }),
        on: { click: () => home.go({ screen: "profile", orgId: org.id, step: 0 }) },
      }, t("ui-org-profile")),
    ),
    h("div", { class: "actions tight" },
      (["scan", "report", "apply"] as const).map((screen) => h("button", {
        type: "button", class: "button", "data-action": screen, "data-focus": `${screen}-${org.id}`,
        "aria-label": t(`ui-org-${screen}-named`, { name: org.name }),
        on: { click: () => home.go({ screen, orgId: org.id }) },
      }, t(`ui-org-${screen}`))),
    ),
  );
}

function renderOrg(home: Home, org: Organisation): HTMLElement {
  const t = (id: string, args?: Args): string => home.i18n.t(id, args);
  const rows = basicFields(home.fields).map((f) => {
    const v = org.profile[f.id];
    return h("div", { class: "row" },
      h("dt", {}, t(`profile-field-${f.id}`)),
      h("dd", { class: v === undefined ? "unset" : null },
        v === undefined ? t("ui-profile-not-set") : optionLabel(home.i18n, f.id, v)),
    );
  });
  return h("li", { class: "org-card", "data-org-id": String(org.id) },
    h("h3", { class: "org-name", tabindex: "-1", "data-focus": `org-${org.id}` }, org.name),
    rows.length ? h("dl", { class: "profile-summary" }, rows) : null,
    renderOrgProgress(home, org),
    h("div", { class: "actions secondary" },
      h("button", {
        type: "button", class: "button", "data-action": "edit", "data-focus": `edit-${org.id}`,
        "aria-label": t("ui-org-edit-named", { name: org.name }),
        on: { click: () => home.edit(org, `edit-${org.id}`) },
      }, t("ui-org-edit")),
      h("button", {
        type: "button", class: "button danger", "data-action": "delete", "data-focus": `delete-${org.id}`,
        "aria-label": t("ui-org-delete-named", { name: org.name }),
        "aria-haspopup": "dialog",
        on: { click: () => home.remove(org, `delete-${org.id}`) },
      }, t("ui-org-delete")),
    ),
  );
}
