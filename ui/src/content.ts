// The content CoverReady judges by (question bank, end-of-life tables, risk model…): the
// banner when a dataset is past its review date, and Settings → Content, where the owner
// updates it from the platform (when they ask, or weekly if they opted in) or from a file.
// Every check of a pack is the engine's; this module only shows what it answers.
import type { ContentStatus, ContentUpdate } from "./bindings";
import { h } from "./dom";
import type { Args, I18n } from "./i18n";

type T = (id: string, args?: Args) => string;

/** An installed pack's texts replace the built-in ones (the engine sends none for built-in content). */
export function applyContentTexts(i18n: I18n, status: ContentStatus): void {
  for (const { language, text } of status.texts) i18n.addOverrides(language, text);
}

/** The datasets past their review date, worded for a banner line each. */
export function staleLines(status: ContentStatus, t: T): string[] {
  return status.datasets
    .filter((d) => d.days_overdue !== null)
    .map((d) => t("content-stale-dataset", {
      dataset: t(`content-dataset-${d.id}`), days: d.days_overdue ?? 0, date: d.review_by,
    }));
}

/** "The end-of-life table is 96 days past its review date — update content": never blocking. */
export function renderStaleBanner(status: ContentStatus | null, t: T, openSettings: () => void): HTMLElement | null {
  if (!status) return null;
  const lines = staleLines(status, t);
  if (lines.length === 0) return null;
  return h("section", { class: "panel notice content-stale", "aria-labelledby": "content-stale-heading" },
    h("h2", { id: "content-stale-heading" }, t("ui-content-stale-heading")),
    h("ul", { class: "points" }, lines.map((line) => h("li", {}, line))),
    h("button", { type: "button", class: "button", "data-focus": "content-stale-open", on: { click: openSettings } },
      t("ui-content-update-open")),
  );
}

export interface ContentSectionHost {
  t: T;
  status: ContentStatus | null;
  busy: boolean;
  /** The owner asked: from the platform at `url` (null: the saved address). */
  fromPlatform(url: string | null): void;
  fromFile(): void;
  saveSettings(weekly: boolean, url: string | null): void;
  formatError(e: ContentStatus["passed_over"][number]): string;
}

/** Settings → Content: what is in use, how current each part is, and the two ways to update. */
export function renderContentSection(host: ContentSectionHost): HTMLElement {
  const { t, status } = host;
  if (!status) {
    return h("fieldset", { class: "group", id: "content-settings" },
      h("legend", {}, t("ui-content-title")),
      h("p", { class: "loading" }, t("ui-loading")));
  }
  const urlInput = h("input", {
    id: "content-source", class: "input", type: "url", inputmode: "url", autocomplete: "url",
    value: status.source_url ?? "", "aria-describedby": "content-source-hint", "data-focus": "content-source",
    placeholder: "https://",
  }) as HTMLInputElement;
  const weekly = h("input", {
    type: "checkbox", id: "content-weekly", checked: status.weekly_check, "data-focus": "content-weekly",
    "aria-describedby": "content-weekly-hint",
    on: { change: () => host.saveSettings(weekly.checked, urlInput.value.trim() || null) },
  }) as HTMLInputElement;
  return h("fieldset", { class: "group", id: "content-settings" },
    h("legend", {}, t("ui-content-title")),
    h("p", { id: "content-in-use" }, t("content-show-heading", {
      version: status.version, origin: t(`content-origin-${status.origin}`),
    })),
    status.expires ? h("p", { class: "hint" }, t("content-show-expires", { date: status.expires })) : null,
    h("ul", { class: "points", "aria-label": t("ui-content-datasets") }, status.datasets.map((d) =>
      h("li", { class: d.days_overdue !== null ? "stale" : null },
        d.days_overdue !== null
          ? t("content-stale-dataset", { dataset: t(`content-dataset-${d.id}`), days: d.days_overdue, date: d.review_by })
          : t("content-show-dataset", { dataset: t(`content-dataset-${d.id}`), date: d.review_by })))),
    status.passed_over.length > 0
      ? h("div", { class: "notice", role: "note" }, status.passed_over.map((e) =>
        h("p", {}, `${t(`content-passed-over-${e.details.origin ?? "installed"}`)} ${host.formatError(e)}`)))
      : null,
    h("div", { class: "field" },
      h("label", { for: "content-source" }, t("ui-content-source")),
      h("p", { class: "hint", id: "content-source-hint" }, t("ui-content-source-hint")),
      urlInput,
    ),
    h("div", { class: "choice" },
      weekly,
      h("label", { for: "content-weekly" }, t("ui-content-weekly")),
    ),
    h("p", { class: "hint", id: "content-weekly-hint" }, t("ui-content-weekly-hint")),
    status.last_check ? h("p", { class: "hint" }, t("ui-content-last-check", { date: status.last_check })) : null,
    h("div", { class: "actions tight" },
      h("button", {
        type: "button", class: "button primary", "data-focus": "content-update-platform", disabled: host.busy,
        on: { click: () => host.fromPlatform(urlInput.value.trim() || null) },
      }, t("ui-content-update-platform")),
      h("button", {
        type: "button", class: "button", "data-focus": "content-update-file", disabled: host.busy,
        on: { click: () => host.fromFile() },
      }, t("ui-content-update-file")),
    ),
  );
}

/** What the status line says after an update. */
export function updateAnnouncement(update: ContentUpdate): [string, Args] {
  return update.installed
    ? ["content-installed", { version: update.status.version }]
    : ["content-up-to-date", { version: update.status.version }];
}
