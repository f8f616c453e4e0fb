// Report: create the PDF (with its JSON twin), show its fingerprints, page
// count and warnings, open it or save a copy elsewhere.
import type { ReportFiles, ReportWarning } from "./bindings";
import { h } from "./dom";
import type { Shell, View } from "./shell";

type Args = Record<string, string | number>;

/** A report warning as its Fluent key (`report-warning-<kind>`, shared with the CLI) and arguments. */
export function warningMessage(w: ReportWarning): { id: string; args: Args } {
  switch (w.kind) {
    case "missing_glyph": return { id: "report-warning-missing-glyph", args: { code: w.code, char: w.character } };
    case "pack_mismatch":
      return { id: "report-warning-pack-mismatch", args: { answered_with: w.answered_with, rendered_with: w.rendered_with } };
  }
}

export class ReportView implements View {
  readonly id = "report" as const;
  private files: ReportFiles | null = null;
  private creating = false;
  private savedTo: string | null = null;
  private saveCancelled = false;
  private busy = false;

  constructor(private readonly shell: Shell, private readonly orgId: number) {}

  async load(): Promise<void> {
    if (!this.shell.orgs.some((o) => o.id === this.orgId)) this.shell.orgs = await this.shell.api.listOrgs();
  }

  private async create(): Promise<void> {
    if (this.creating) return;
    const { shell } = this;
    this.creating = true;
    this.savedTo = null;
    this.saveCancelled = false;
    shell.clearBanner();
    shell.announce("ui-report-creating");
    shell.render();
    try {
      this.files = await shell.api.generateReport(this.orgId);
      this.creating = false;
      shell.announce("ui-report-created", { pages: this.files.pages });
      shell.focusNext("report-ready-heading");
      shell.render();
    } catch (e) {
      this.creating = false;
      shell.fail(e, "report-create");
    }
  }

  private async open(): Promise<void> {
    if (!this.files || this.busy) return;
    this.busy = true;
    try {
      await this.shell.api.openReport(this.files.pdf_path);
      this.busy = false;
      this.shell.clearBanner();
      this.shell.announce("ui-report-opened");
      this.shell.render();
    } catch (e) {
      this.busy = false;
      this.shell.fail(e, "report-open");
    }
  }

  private async saveAs(): Promise<void> {
    if (!this.files || this.busy) return;
    this.busy = true;
    try {
      const saved = await this.shell.api.saveReportAs(this.files.pdf_path);
      this.busy = false;
      this.savedTo = saved;
      this.saveCancelled = saved === null;
      this.shell.clearBanner();
      if (saved) this.shell.announce("ui-report-saved", { path: saved });
      else this.shell.announce("ui-report-save-cancelled");
      this.shell.render();
    } catch (e) {
      this.busy = false;
      this.shell.fail(e, "report-save");
    }
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Args): string => shell.t(id, args);
    const f = this.files;
    return [
      h("section", { class: "panel wide report", "aria-labelledby": "screen-heading", "aria-busy": String(this.creating) },
        h("p", { class: "eyebrow" }, shell.orgName(this.orgId)),
        shell.heading(t("ui-report-title")),
        shell.banner(),
        h("p", { class: "lead" }, t("ui-report-lead")),
        h("ul", { class: "points" },
          h("li", {}, t("ui-report-contains-1")),
          h("li", {}, t("ui-report-contains-2")),
          h("li", {}, t("ui-report-contains-3")),
        ),
        h("p", { class: "hint" }, t("ui-report-private")),
        h("div", { class: "actions" },
          h("button", {
            type: "button", class: "button primary large", "data-focus": "report-create",
            "aria-disabled": this.creating ? "true" : null,
            on: { click: () => void this.create() },
          }, t(this.creating ? "ui-report-creating-button" : f ? "ui-report-create-again" : "ui-report-create")),
        ),
        this.creating
          ? h("div", { class: "progress-box" },
              h("p", { id: "report-progress-label" }, t("ui-report-creating")),
              h("progress", { class: "progress", "aria-labelledby": "report-progress-label" }),
            )
          : null,
      ),
      f && !this.creating ? this.renderFiles(f) : null,
      h("div", { class: "actions page-actions" },
        h("button", { type: "button", class: "button", "data-focus": "report-to-results", on: { click: () => void shell.go({ screen: "results", orgId: this.orgId }) } }, t("ui-org-results")),
        h("button", { type: "button", class: "button", "data-focus": "report-to-home", on: { click: () => void shell.go({ screen: "home" }) } }, t("ui-back-to-orgs")),
      ),
    ];
  }

  private renderFiles(f: ReportFiles): HTMLElement {
    const { shell } = this;
    const t = (id: string, args?: Args): string => shell.t(id, args);
    const row = (label: string, value: string, mono = false): HTMLElement =>
      h("div", { class: "row" }, h("dt", {}, label), h("dd", { class: mono ? "path" : null }, value));
    return h("section", { class: "panel wide", "aria-labelledby": "report-ready-heading" },
      h("h2", { id: "report-ready-heading", tabindex: "-1", "data-focus": "report-ready-heading" },
        h("span", { "aria-hidden": "true" }, "✓ "), t("ui-report-ready")),
      h("dl", { class: "facts-list" },
        row(t("ui-report-pages"), t("ui-report-pages-value", { pages: f.pages })),
        row(t("ui-report-id"), f.report_id, true),
        row(t("ui-report-pdf-path"), f.pdf_path, true),
        row(t("ui-report-pdf-sha"), f.pdf_sha256, true),
        row(t("ui-report-json-path"), f.json_path, true),
        row(t("ui-report-json-sha"), f.json_sha256, true),
      ),
      h("p", { class: "hint" }, t("ui-report-fingerprint-hint")),
      f.warnings.length
        ? h("div", { class: "warn-box", role: "note", "aria-labelledby": "report-warnings-title" },
            h("p", { id: "report-warnings-title", class: "warn-title" }, h("span", { "aria-hidden": "true" }, "! "), t("ui-report-warnings", { count: f.warnings.length })),
            h("ul", {}, f.warnings.map((w) => { const m = warningMessage(w); return h("li", {}, t(m.id, m.args)); })),
          )
        : null,
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button primary", "data-focus": "report-open", on: { click: () => void this.open() } }, t("ui-report-open")),
        h("button", { type: "button", class: "button", "data-focus": "report-save", "aria-haspopup": "dialog", on: { click: () => void this.saveAs() } }, t("ui-report-save-as")),
        h("button", { type: "button", class: "button", "data-focus": "report-apply", on: { click: () => void shell.go({ screen: "apply", orgId: this.orgId }) } }, t("ui-report-to-apply")),
      ),
      this.savedTo ? h("p", { class: "save-note" }, h("span", { "aria-hidden": "true" }, "✓ "), t("ui-report-saved", { path: this.savedTo })) : null,
      this.saveCancelled ? h("p", { class: "save-note" }, t("ui-report-save-cancelled")) : null,
    );
  }
}
