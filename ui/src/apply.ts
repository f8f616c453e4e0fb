// Apply for cover: choose where to send and what to share, see EXACTLY what
// goes where, agree, send; then follow (and withdraw) earlier submissions.
// The same screen sends an incident's claim pack (`incidentId`): the engine packages a fresh
// pack as its own kind and words the consent for it; only the headings here differ.
import type { ConsentPreview, IpcError, Organisation, SubmissionStatusRow } from "./bindings";
import { confirmDialog } from "./dialog";
import { h } from "./dom";
import { toIpcError } from "./errors";
import type { Shell, View } from "./shell";

type Args = Record<string, string | number>;

export const SHAREABLE = ["name", "industry", "headcount_band", "revenue_band", "region"] as const;
const STATE_ICON: Record<string, string> = { pending: "…", accepted: "✓", rejected: "✗", cancelled: "–", withdrawn: "↩" };

type Problem = "destination-empty" | "destination-invalid" | null;
type Working = "prepare" | "send" | "flush";

export class ApplyView implements View {
  readonly id = "apply" as const;
  private destination = "";
  private share = new Set<string>(["name"]);
  private problem: Problem = null;
  private preview: ConsentPreview | null = null;
  private agreed = false;
  private agreeMissing = false;
  private rows: SubmissionStatusRow[] = [];
  private busy = false;
  /** What the network is doing now; shown with a Stop button. */
  private working: Working | null = null;
  /** The owner stopped the last network step; says what was kept. */
  private stoppedNote: string | null = null;

  constructor(private readonly shell: Shell, private readonly orgId: number, private readonly incidentId: number | null = null) {}

  async load(): Promise<void> {
    const { api } = this.shell;
    if (!this.shell.orgs.some((o) => o.id === this.orgId)) this.shell.orgs = await api.listOrgs();
    this.rows = await api.submissions(this.orgId);
  }

  private t(id: string, args?: Args): string { return this.shell.t(id, args); }

  private org(): Organisation | undefined { return this.shell.orgs.find((o) => o.id === this.orgId); }

  private fieldLabel(key: string): string {
    return key === "name" ? this.t("ui-apply-field-name") : this.shell.i18n.optional(`profile-field-${key}`) ?? key;
  }

  private fieldValue(key: string, value: string): string {
    if (key === "name") return value;
    return this.shell.i18n.optional(`profile-option-${key}-${value}`) ?? value;
  }

  private currentValue(key: string): string | null {
    const org = this.org();
    if (!org) return null;
    if (key === "name") return org.name;
    const v = org.profile[key];
    return v === undefined ? null : this.fieldValue(key, String(v));
  }

  // ───────── actions ─────────

  private async prepare(): Promise<void> {
    if (this.busy) return;
    const { shell } = this;
    const dest = this.destination.trim();
    this.problem = dest === "" ? "destination-empty" : /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(dest) ? null : "destination-invalid";
    if (this.problem) { shell.clearBanner(); shell.focusNext("apply-destination"); shell.render(); return; }
    this.begin("prepare");
    try {
      const share = SHAREABLE.filter((k) => this.share.has(k));
      this.preview = this.incidentId === null
        ? await shell.api.prepareSubmission(this.orgId, dest, share)
        : await shell.api.prepareClaimSubmission(this.incidentId, dest, share);
      this.agreed = false;
      this.agreeMissing = false;
      this.end();
      shell.clearBanner();
      shell.announce("ui-apply-prepared");
      shell.focusNext("preview-heading");
      shell.render();
    } catch (e) {
      this.end();
      if (!this.stoppedBy(e, "ui-apply-prepare-stopped", "apply-prepare")) shell.fail(e, "banner");
    }
  }

  private async send(): Promise<void> {
    if (this.busy || !this.preview) return;
    const { shell } = this;
    if (!this.agreed) {
      this.agreeMissing = true;
      shell.focusNext("apply-agree");
      shell.render();
      return;
    }
    this.begin("send");
    try {
      const rows = await shell.api.confirmSubmission(this.preview.token);
      if (rows === null) {
        // The owner said no in the app's own confirmation window: nothing was queued, and the
        // prepared package is still there to send later.
        this.end();
        this.stoppedNote = "ui-apply-declined";
        shell.clearBanner();
        shell.announce("ui-apply-declined");
        shell.focusNext("apply-send");
        shell.render();
        return;
      }
      this.merge(rows);
      this.preview = null;
      this.end();
      shell.clearBanner();
      const mine = rows[rows.length - 1];
      shell.announce("ui-apply-sent", { state: mine ? this.t(`submission-state-${mine.state}`) : "" });
      shell.focusNext("history-heading");
      shell.render();
    } catch (e) {
      this.end();
      if (toIpcError(e).code === "cancelled") {
        // The consent was recorded and the package queued before sending began.
        this.preview = null;
        await this.reloadRows();
        this.stoppedBy(e, "ui-apply-send-stopped", "history-heading");
      } else {
        shell.fail(e, "banner");
      }
    }
  }

  private begin(work: Working): void {
    this.busy = true;
    this.working = work;
    this.stoppedNote = null;
    this.shell.announce(`ui-apply-working-${work}`);
    this.shell.render();
  }

  private end(): void {
    this.busy = false;
    this.working = null;
  }

  /** Asks the back end to stop the network step; the running call rejects with `cancelled`. */
  private async stop(): Promise<void> {
    try {
      await this.shell.api.cancelJob("upload");
    } catch (e) {
      this.shell.fail(e, "apply-stop");
    }
  }

  /** True (and the owner told what was kept) when `e` is the owner's own stop. */
  private stoppedBy(e: unknown, note: string, focusKey: string): boolean {
    if (toIpcError(e).code !== "cancelled") return false;
    this.stoppedNote = note;
    this.shell.clearBanner();
    this.shell.announce(note);
    this.shell.focusNext(focusKey);
    this.shell.render();
    return true;
  }

  private async reloadRows(): Promise<void> {
    try { this.rows = await this.shell.api.submissions(this.orgId); } catch { /* the list refreshes on the next visit */ }
  }

  private cancelPreview(): void {
    this.preview = null;
    this.shell.clearBanner();
    this.shell.focusNext("apply-prepare");
    this.shell.render();
  }

  private merge(rows: SubmissionStatusRow[]): void {
    for (const r of rows) {
      if (r.org_id !== this.orgId) continue;
      const i = this.rows.findIndex((x) => x.id === r.id);
      if (i >= 0) this.rows[i] = r; else this.rows.push(r);
    }
  }

  private async flushQueue(): Promise<void> {
    if (this.busy) return;
    this.begin("flush");
    const waiting = this.rows.filter((r) => r.state === "pending").length;
    try {
      // The back end may answer with every organisation's rows; merge() keeps ours.
      this.merge(await this.shell.api.flushSubmissions());
      await this.reloadRows();
      this.end();
      this.shell.clearBanner();
      this.shell.announce("ui-apply-flushed", { count: waiting });
      this.shell.render();
    } catch (e) {
      this.end();
      if (toIpcError(e).code === "cancelled") {
        await this.reloadRows();
        this.stoppedBy(e, "ui-apply-send-stopped", "history-heading");
      } else {
        this.shell.fail(e, "apply-flush");
      }
    }
  }

  private withdraw(row: SubmissionStatusRow): void {
    const trigger = `withdraw-${row.id}`;
    confirmDialog({
      id: "withdraw",
      title: this.t("ui-apply-withdraw-title"),
      body: this.t("ui-apply-withdraw-body", { destination: row.destination_url, report: row.report_id }),
      confirm: this.t("ui-apply-withdraw-confirm"),
      cancel: this.t("ui-apply-withdraw-cancel"),
      danger: true,
      onCancel: () => this.focus(trigger),
      onConfirm: () => void this.doWithdraw(row, trigger),
    });
  }

  private focus(key: string): void {
    for (const el of document.querySelectorAll<HTMLElement>("[data-focus]")) if (el.dataset.focus === key) { el.focus(); return; }
  }

  private async doWithdraw(row: SubmissionStatusRow, trigger: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const updated = await this.shell.api.withdrawSubmission(row.id);
      this.merge([updated]);
      this.busy = false;
      this.shell.clearBanner();
      this.shell.announce("ui-apply-withdrawn", { state: this.t(`submission-state-${updated.state}`) });
      this.shell.focusNext(`submission-${row.id}`);
      this.shell.render();
    } catch (e) {
      this.busy = false;
      this.shell.fail(e, trigger);
    }
  }

  // ───────── rendering ─────────

  private saving = false;
  private savedTo: string | null = null;

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Args): string => this.t(id, args);
    const claim = this.incidentId;
    return [
      h("section", { class: "panel wide apply", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, shell.orgName(this.orgId)),
        shell.heading(claim === null ? t("ui-apply-title") : t("ui-apply-claim-title", { id: claim })),
        shell.banner(),
        h("p", { class: "lead" }, t(claim === null ? "ui-apply-lead" : "ui-apply-claim-lead")),
        // Two equal ways: most owners have no upload address, they send files to a broker.
        // A claim pack is saved for the broker on the incident screen, where it is made.
        h("div", { class: "apply-paths" },
          claim === null ? this.renderSaveForBroker() : null,
          h("section", { class: "apply-path", "aria-labelledby": "apply-upload-heading" },
            h("h2", { id: "apply-upload-heading" }, t(claim === null ? "ui-apply-upload-title" : "ui-apply-claim-upload-title")),
            h("p", { class: "hint" }, t(claim === null ? "ui-apply-nothing-yet" : "ui-apply-claim-nothing-yet")),
            this.preview ? this.renderPreview(this.preview) : this.renderForm(),
            this.working ? this.renderWorking(this.working) : null,
            this.stoppedNote ? h("p", { class: "hint stopped-note" }, t(this.stoppedNote)) : null,
          ),
        ),
      ),
      this.renderHistory(),
      h("div", { class: "actions page-actions" },
        claim === null
          ? h("button", { type: "button", class: "button", "data-focus": "apply-to-report", on: { click: () => void shell.go({ screen: "report", orgId: this.orgId }) } }, t("ui-org-report"))
          : h("button", { type: "button", class: "button", "data-focus": "apply-to-incident", on: { click: () => void shell.go({ screen: "incident", orgId: this.orgId, id: claim }) } }, t("ui-apply-claim-back")),
        h("button", { type: "button", class: "button", "data-focus": "apply-to-home", on: { click: () => void shell.go({ screen: "home" }) } }, t("ui-back-to-orgs")),
      ),
    ];
  }

  /** For a broker or insurer: the report and its JSON twin saved where the owner chooses. */
  private renderSaveForBroker(): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    return h("section", { class: "apply-path", "aria-labelledby": "apply-save-heading" },
      h("h2", { id: "apply-save-heading" }, t("ui-apply-save-title")),
      h("p", {}, t("ui-apply-save-intro")),
      h("div", { class: "actions" },
        h("button", {
          type: "button", class: "button primary", "data-focus": "apply-save",
          "aria-disabled": this.saving ? "true" : null,
          on: { click: () => void this.saveForBroker() },
        }, t(this.saving ? "ui-apply-save-working" : "ui-apply-save")),
      ),
      this.savedTo ? h("p", { class: "hint saved-note", role: "status" }, t("ui-apply-saved", { path: this.savedTo })) : null,
    );
  }

  private async saveForBroker(): Promise<void> {
    if (this.saving) return;
    const { shell } = this;
    this.saving = true;
    shell.render();
    try {
      const files = await shell.api.generateReport(this.orgId);
      const saved = await shell.api.saveReportAs(files.pdf_path);
      this.saving = false;
      this.savedTo = saved;
      shell.clearBanner();
      shell.announce(saved ? "ui-apply-saved" : "ui-report-save-cancelled", saved ? { path: saved } : undefined);
      shell.render();
    } catch (e) {
      this.saving = false;
      shell.fail(e, "apply-save");
    }
  }

  /** Progress of a network step, which the owner may stop. */
  private renderWorking(work: Working): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    return h("div", { class: "progress-box", "aria-busy": "true" },
      h("p", { class: "progress-text", id: "apply-working-text" }, t(`ui-apply-working-${work}`)),
      // No value: how long the network takes is not known (an indeterminate bar).
      h("progress", { class: "progress", "aria-labelledby": "apply-working-text" }),
      h("div", { class: "actions tight" },
        h("button", { type: "button", class: "button", "data-focus": "apply-stop", on: { click: () => void this.stop() } }, t("ui-apply-stop")),
      ),
      h("p", { class: "hint" }, t(work === "prepare" ? "ui-apply-stop-hint-prepare" : "ui-apply-stop-hint-send")),
    );
  }

  private renderForm(): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    const p = this.problem;
    return h("form", {
      class: "apply-form", novalidate: true,
      on: { submit: (ev) => { ev.preventDefault(); void this.prepare(); } },
    },
      h("div", { class: "field" },
        h("label", { for: "apply-destination" }, t("ui-apply-destination")),
        h("p", { class: "hint", id: "apply-destination-hint" }, t("ui-apply-destination-hint")),
        p ? h("p", { class: "field-error", id: "apply-destination-error" }, t(`ui-apply-${p}`)) : null,
        h("input", {
          id: "apply-destination", type: "url", class: "input", inputmode: "url", autocomplete: "url",
          spellcheck: "false", autocapitalize: "none", placeholder: "https://", "data-focus": "apply-destination",
          required: true, value: this.destination,
          "aria-invalid": p ? "true" : null,
          "aria-describedby": p ? "apply-destination-hint apply-destination-error" : "apply-destination-hint",
          on: { input: (ev) => { this.destination = (ev.target as HTMLInputElement).value; } },
        }),
      ),
      h("fieldset", { class: "group" },
        h("legend", {}, t("ui-apply-share-legend")),
        h("p", { class: "hint" }, t("ui-apply-share-hint")),
        h("div", { class: "choice-list columns" }, SHAREABLE.map((key) => {
          const id = `share-${key}`;
          const value = this.currentValue(key);
          return h("div", { class: "choice" },
            h("input", {
              type: "checkbox", id, name: "share", value: key, checked: this.share.has(key), "data-focus": id,
              on: { change: (ev) => { if ((ev.target as HTMLInputElement).checked) this.share.add(key); else this.share.delete(key); } },
            }),
            h("label", { for: id },
              h("span", { class: "choice-title" }, this.fieldLabel(key)),
              h("span", { class: "choice-desc" }, value ?? t("ui-profile-not-set")),
            ),
          );
        })),
      ),
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button primary", "data-focus": "apply-prepare", "aria-disabled": this.busy ? "true" : null }, t("ui-apply-prepare")),
      ),
      h("p", { class: "hint" }, t("ui-apply-prepare-hint")),
    );
  }

  private renderPreview(pv: ConsentPreview): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    const fieldKeys = Object.keys(pv.fields);
    const identity = pv.destination_identity === "loopback-http"
      ? t("submission-consent-identity-loopback")
      : t("submission-consent-identity", { identity: pv.destination_identity });
    const agreeErr = this.agreeMissing && !this.agreed;
    // Worded by what the engine packaged, not by how this screen was opened.
    const consent = pv.kind === "claim_pack" ? "submission-consent-claim" : "submission-consent";
    return h("div", { class: "preview" },
      h("h3", { id: "preview-heading", class: "subhead", tabindex: "-1", "data-focus": "preview-heading" }, t(`${consent}-title`)),
      h("p", { class: "consent-text", id: "consent-text" }, t(`${consent}-text`, { destination: pv.destination_url })),
      h("ul", { class: "consent-lines" },
        h("li", {}, t("submission-consent-destination", { url: pv.destination_url })),
        h("li", {}, identity),
        h("li", {}, t("ui-apply-preview-report", { id: pv.report_id })),
      ),
      h("p", {}, t("submission-consent-fields", {
        fields: fieldKeys.length ? fieldKeys.map((k) => this.fieldLabel(k)).join(t("ui-list-separator")) : t("ui-apply-no-fields"),
      })),
      fieldKeys.length
        ? h("table", { class: "data-table" },
            h("caption", { class: "visually-hidden" }, t("ui-apply-fields-caption")),
            h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-apply-col-field")), h("th", { scope: "col" }, t("ui-apply-col-value")))),
            h("tbody", {}, fieldKeys.map((k) => h("tr", {},
              h("th", { scope: "row" }, this.fieldLabel(k)),
              h("td", {}, this.fieldValue(k, pv.fields[k] ?? "")),
            ))),
          )
        : null,
      h("p", {}, t("ui-apply-files", { files: pv.files.map((f) => f.name).join(t("ui-list-separator")) })),
      // Fingerprints are for checking, not for deciding: folded away.
      h("details", { class: "help tech-details" },
        h("summary", { "data-focus": "apply-tech" }, t("ui-apply-tech")),
        h("div", { class: "help-body" },
          h("p", {}, t("submission-key-fingerprint", { fingerprint: pv.key_fingerprint })),
          h("table", { class: "data-table" },
            h("caption", {}, t("submission-consent-files")),
            h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-apply-col-file")), h("th", { scope: "col" }, t("ui-apply-col-sha")))),
            h("tbody", {}, pv.files.map((f) => h("tr", {},
              h("th", { scope: "row", class: "path" }, f.name),
              h("td", { class: "path" }, f.sha256),
            ))),
          ),
        ),
      ),
      h("form", {
        class: "consent-form", novalidate: true,
        on: { submit: (ev) => { ev.preventDefault(); void this.send(); } },
      },
        agreeErr ? h("p", { class: "field-error", id: "apply-agree-error" }, t("ui-apply-agree-required")) : null,
        h("div", { class: "choice consent-choice" },
          h("input", {
            type: "checkbox", id: "apply-agree", required: true, checked: this.agreed, "data-focus": "apply-agree",
            "aria-invalid": agreeErr ? "true" : null,
            "aria-describedby": agreeErr ? "consent-text apply-agree-error" : "consent-text",
            on: { change: (ev) => { this.agreed = (ev.target as HTMLInputElement).checked; if (this.agreed) this.agreeMissing = false; } },
          }),
          h("label", { for: "apply-agree" }, t("submission-consent-agree")),
        ),
        h("div", { class: "actions" },
          h("button", { type: "submit", class: "button primary", "data-focus": "apply-send", "aria-disabled": this.busy ? "true" : null }, t("ui-apply-send")),
          h("button", { type: "button", class: "button", "data-focus": "apply-cancel", on: { click: () => this.cancelPreview() } }, t("ui-apply-cancel")),
        ),
      ),
      h("p", { class: "hint" }, t("ui-apply-preview-note")),
    );
  }

  private renderHistory(): HTMLElement {
    const { shell } = this;
    const t = (id: string, args?: Args): string => this.t(id, args);
    const pending = this.rows.some((r) => r.state === "pending");
    const when = (iso: string | null | undefined): string => {
      if (!iso) return "";
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(shell.i18n.language);
    };
    const errorText = (r: SubmissionStatusRow): string | null => {
      if (!r.last_error_code) return null;
      const err: IpcError = toIpcError({ code: "submission_failed", message: r.last_error_code, details: { ...(r.last_error_data ?? {}), message_id: `submission-error-${r.last_error_code}`, reason: r.last_error_code } });
      return shell.i18n.formatError(err);
    };
    return h("section", { class: "panel wide", "aria-labelledby": "history-heading" },
      h("h2", { id: "history-heading", tabindex: "-1", "data-focus": "history-heading" }, t("ui-apply-history")),
      this.rows.length === 0
        ? h("p", { class: "empty" }, t("ui-apply-history-empty"))
        : h("ul", { class: "submission-list" }, [...this.rows].reverse().map((r) => {
            const err = errorText(r);
            return h("li", { class: `submission submission-${r.state}` },
              h("h3", { class: "submission-title", tabindex: "-1", "data-focus": `submission-${r.id}` },
                h("span", { class: `verdict state-badge state-${r.state}` },
                  h("span", { class: "verdict-icon", "aria-hidden": "true" }, STATE_ICON[r.state] ?? "•"), " ",
                  t(`submission-state-${r.state}`)),
                " ", h("span", { class: "path" }, r.destination_url)),
              h("dl", { class: "facts-list" },
                h("div", { class: "row" }, h("dt", {}, t("ui-apply-row-kind")), h("dd", { "data-kind": r.kind }, t(`submission-kind-${r.kind}`))),
                h("div", { class: "row" }, h("dt", {}, t("ui-apply-row-report")), h("dd", { class: "path" }, r.report_id)),
                h("div", { class: "row" }, h("dt", {}, t("ui-apply-row-queued")), h("dd", {}, when(r.queued_at))),
                r.acknowledged_at ? h("div", { class: "row" }, h("dt", {}, t("ui-apply-row-acknowledged")), h("dd", {}, when(r.acknowledged_at))) : null,
                h("div", { class: "row" }, h("dt", {}, t("ui-apply-row-attempts")), h("dd", {}, String(r.attempts))),
                r.remote_id ? h("div", { class: "row" }, h("dt", {}, t("ui-apply-row-remote-id")), h("dd", { class: "path" }, r.remote_id)) : null,
              ),
              r.receipt_key_fingerprint ? h("p", { class: "hint" }, t("submission-receipt-verified", { fingerprint: r.receipt_key_fingerprint })) : null,
              err ? h("p", { class: r.state === "rejected" ? "field-error" : "finding-reason" }, err) : null,
              r.state === "pending" || r.state === "accepted"
                ? h("div", { class: "actions tight" },
                    h("button", {
                      type: "button", class: "button danger", "data-focus": `withdraw-${r.id}`, "aria-haspopup": "dialog",
                      "aria-label": t("ui-apply-withdraw-named", { report: r.report_id }),
                      on: { click: () => this.withdraw(r) },
                    }, t("submission-withdraw")),
                  )
                : null,
            );
          })),
      pending
        ? h("div", { class: "actions" },
            h("button", { type: "button", class: "button primary", "data-focus": "apply-flush", "aria-disabled": this.busy ? "true" : null, on: { click: () => void this.flushQueue() } }, t("ui-apply-flush")),
          )
        : null,
    );
  }
}
