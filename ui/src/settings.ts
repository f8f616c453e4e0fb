// Display settings (language, text size, high contrast) and their screen.
// Applied as classes on <html>; the CSP forbids style attributes.
import type { Language, Settings } from "./bindings";
import { h } from "./dom";
import { isLanguage, LANGUAGES } from "./i18n";
import type { Shell, View } from "./shell";
import { renderContentSection, updateAnnouncement } from "./content";
import type { ContentUpdate } from "./bindings";

export const TEXT_SCALES = [100, 125, 150, 200] as const;

/** Settings with every field present and valid (older back ends send only the language). */
export function normaliseSettings(raw: Partial<Settings> | null | undefined, fallback: Language): Settings {
  const scale = Number(raw?.text_scale);
  return {
    language: isLanguage(raw?.language) ? raw.language : fallback,
    text_scale: (TEXT_SCALES as readonly number[]).includes(scale) ? scale : 100,
    high_contrast: raw?.high_contrast === true,
  };
}

/** Applies text size and contrast to the whole document. */
export function applyDisplay(s: Settings, root: HTMLElement = document.documentElement): void {
  for (const v of TEXT_SCALES) root.classList.toggle(`text-${v}`, v === s.text_scale && v !== 100);
  root.classList.toggle("high-contrast", s.high_contrast);
}

export class SettingsView implements View {
  readonly id = "settings" as const;

  private contentBusy = false;

  constructor(private readonly shell: Shell) {}

  async load(): Promise<void> {
    // Display settings are in shell.settings and shell.info; the content status is asked
    // afresh (its review dates are judged at the engine's clock).
    this.shell.setContent(await this.shell.api.contentStatus());
  }

  private async updateContent(run: () => Promise<ContentUpdate | null>, focus: string): Promise<void> {
    if (this.contentBusy) return;
    this.contentBusy = true;
    this.shell.clearBanner();
    this.shell.render();
    try {
      const update = await run();
      if (update) {
        this.shell.setContent(update.status);
        const [id, args] = updateAnnouncement(update);
        this.shell.announce(id, args);
      }
      this.contentBusy = false;
      this.shell.focusNext(focus);
      this.shell.render();
    } catch (e) {
      this.contentBusy = false;
      this.shell.fail(e, focus);
    }
  }

  private async saveContentSettings(weekly: boolean, url: string | null): Promise<void> {
    try {
      this.shell.setContent(await this.shell.api.setContentSettings(weekly, url));
      this.shell.announce("ui-settings-saved");
      this.shell.focusNext("content-weekly");
      this.shell.render();
    } catch (e) {
      this.shell.fail(e, "content-source");
    }
  }

  private async openFolder(): Promise<void> {
    try {
      await this.shell.api.openDataFolder();
    } catch (e) {
      this.shell.fail(e, "set-data-dir-open");
    }
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Record<string, string | number>): string => shell.t(id, args);
    const s = shell.settings;
    const radios = <V extends string | number>(name: string, values: readonly V[], current: V, label: (v: V) => string, pick: (v: V) => Settings, lang?: (v: V) => string) =>
      h("div", { class: "choice-list inline" },
        values.map((v) => {
          const id = `${name}-${v}`;
          return h("div", { class: "choice" },
            h("input", {
              type: "radio", id, name, value: String(v), checked: v === current, "data-focus": id,
              on: { change: () => void shell.saveSettings(pick(v)) },
            }),
            h("label", { for: id, lang: lang ? lang(v) : null }, label(v)),
          );
        }),
      );

    return [
      h("section", { class: "panel wide", "aria-labelledby": "screen-heading" },
        shell.heading(t("ui-settings-title")),
        shell.banner(),
        h("p", { class: "intro" }, t("ui-settings-intro")),
        h("fieldset", { class: "group" },
          h("legend", {}, t("ui-settings-language")),
          radios("set-lang", LANGUAGES, s.language, (l) => t(`ui-language-${l}`), (l) => ({ ...s, language: l }), (l) => l),
        ),
        h("fieldset", { class: "group" },
          h("legend", {}, t("ui-settings-text-size")),
          h("p", { class: "hint", id: "text-size-hint" }, t("ui-settings-text-size-hint")),
          radios("set-scale", TEXT_SCALES, s.text_scale as (typeof TEXT_SCALES)[number], (v) => t("ui-settings-percent", { value: v }), (v) => ({ ...s, text_scale: v })),
        ),
        h("fieldset", { class: "group" },
          h("legend", {}, t("ui-settings-display")),
          h("div", { class: "choice" },
            h("input", {
              type: "checkbox", id: "set-contrast", checked: s.high_contrast, "data-focus": "set-contrast",
              "aria-describedby": "set-contrast-hint",
              on: { change: (ev) => void shell.saveSettings({ ...s, high_contrast: (ev.target as HTMLInputElement).checked }) },
            }),
            h("label", { for: "set-contrast" }, t("ui-settings-high-contrast")),
          ),
          h("p", { class: "hint", id: "set-contrast-hint" }, t("ui-settings-high-contrast-hint")),
        ),
        renderContentSection({
          t: (id, args) => shell.t(id, args), status: shell.content, busy: this.contentBusy,
          fromPlatform: (url) => {
            shell.announce("ui-content-updating");
            void this.updateContent(() => shell.api.updateContentFromPlatform(url), "content-update-platform");
          },
          fromFile: () => void this.updateContent(() => shell.api.installContentFile(), "content-update-file"),
          saveSettings: (weekly, url) => void this.saveContentSettings(weekly, url),
          formatError: (e) => shell.i18n.formatError(e),
        }),
        h("div", { class: "field" },
          h("label", { for: "set-data-dir" }, t("ui-settings-data-dir")),
          h("p", { class: "hint", id: "set-data-dir-hint" }, t("ui-settings-data-dir-hint")),
          h("input", {
            id: "set-data-dir", class: "input path", type: "text", readonly: true,
            "aria-describedby": "set-data-dir-hint", value: shell.info?.data_dir ?? "",
          }),
          h("div", { class: "actions tight" },
            h("button", {
              type: "button", class: "button", "data-focus": "set-data-dir-open",
              on: { click: () => void this.openFolder() },
            }, t("ui-settings-data-dir-open")),
          ),
        ),
      ),
    ];
  }
}
