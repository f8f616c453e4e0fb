// Scan: a read-only check of this computer (per-probe progress, findings in
// plain words), answers the scan disagrees with, and the optional outside-in
// check of the firm's domain (only when the owner starts it).
import type {
  DomainFinding, DomainReport, Finding, IpcError, JobKind, LatestScans, PartStatus, ProbeInfo, QuestionEvidence,
  ReconciliationItem, ReconciliationView, ScanReport,
ScanVerdict,
} from "./bindings";
import { h } from "./dom";
import { toIpcError } from "./errors";
import { qKey, type Shell, type View } from "./shell";

type Args = Record<string, string | number>;

/** Icons repeat the verdict text (never colour alone); hidden from screen readers. */
export const VERDICT_ICON: Record<string, string> = {
  pass: "✓", fail: "✗", unknown: "?", not_applicable: "–", warn: "!",
};
/** Icons repeat the part's status text; hidden from screen readers. */
const PART_ICON: Record<PartStatus, string> = { shown: "✓", refuted: "✗", not_checked: "?", owner_only: "○" };
const VERDICT_ORDER: Record<string, number> = { fail: 0, warn: 1, unknown: 2, pass: 3, not_applicable: 4 };

/** Fluent key of a domain check's title: `tls_version` → `domain-check-tls-version`. */
export const domainCheckKey = (check: string): string => `domain-check-${check.replace(/_/g, "-")}`;

interface Progress<F> { id: string; finding: F | null }

type ScreenJob = Exclude<JobKind, "upload" | "download">;
/** The Stop button's focus key and text, and the note after a stop, of each job on this screen. */
const STOP_TEXT: Record<ScreenJob, { focus: string; stop: string; stopped: string }> = {
  scan: { focus: "scan-stop", stop: "ui-scan-stop", stopped: "ui-scan-stopped" },
  domain_check: { focus: "domain-stop", stop: "ui-domain-stop", stopped: "ui-domain-stopped" },
};

export class ScanView implements View {
  readonly id = "scan" as const;
  private probes: ProbeInfo[] = [];
  private local: ScanReport | null = null;
  private domain: DomainReport | null = null;
  private recon: ReconciliationView | null = null;
  private scanning = false;
  private scanProgress: Progress<Finding>[] = [];
  private checking = false;
  private domainProgress: Progress<DomainFinding>[] = [];
  private domainInput = "";
  private domainError: IpcError | null = null;
  /** The last scan / domain check was stopped by the owner (nothing of it was kept). */
  private stopped = new Set<ScreenJob>();
  private busy = new Set<string>();

  constructor(private readonly shell: Shell, private readonly orgId: number) {}

  async load(): Promise<void> {
    const { api } = this.shell;
    const [probes, latest] = await Promise.all([api.probeCatalogue(), api.latestScans(this.orgId)]);
    this.probes = probes;
    this.apply(latest);
    if (this.domain) this.domainInput = this.domain.domain.unicode;
    if (!this.shell.orgs.some((o) => o.id === this.orgId)) this.shell.orgs = await api.listOrgs();
  }

  private apply(latest: LatestScans): void {
    this.local = latest.local;
    this.domain = latest.domain;
    this.recon = latest.reconciliation;
  }

  private t(id: string, args?: Args): string { return this.shell.t(id, args); }

  /** What was checked, or, for a failed finding, what was found ("remote desktop is on …"). */
  private probeTitle(probe: string, verdict?: string): string {
    const info = this.probes.find((p) => p.id === probe);
    if (verdict === "fail") return this.t(info?.failed_title_key ?? `scan-${probe}-failed`);
    return this.t(info?.title_key ?? `scan-${probe}`);
  }

  // ───────── actions ─────────

  private async runScan(): Promise<void> {
    if (this.scanning) return;
    const { shell } = this;
    this.scanning = true;
    this.scanProgress = [];
    this.stopped.delete("scan");
    shell.clearBanner();
    shell.announce("ui-scan-started");
    shell.render();
    try {
      const res = await shell.api.runScan(this.orgId, (e) => {
        if (e.event === "started") {
          this.scanProgress.push({ id: e.probe, finding: null });
        } else {
          const row = this.scanProgress.find((p) => p.id === e.finding.probe && p.finding === null);
          if (row) row.finding = e.finding; else this.scanProgress.push({ id: e.finding.probe, finding: e.finding });
          const done = this.scanProgress.filter((p) => p.finding).length;
          shell.announce("ui-scan-progress-announce", {
            done, total: this.probes.length || done, title: this.probeTitle(e.finding.probe, e.finding.verdict),
            verdict: this.t(`scan-verdict-${e.finding.verdict}`),
          });
        }
        shell.render();
      });
      this.local = res.report;
      this.recon = res.reconciliation;
      this.scanning = false;
      const count = (v: ScanVerdict): number => res.report.findings.filter((f) => f.verdict === v).length;
      shell.announce("ui-scan-finished", { pass: count("pass"), fail: count("fail"), unknown: count("unknown") });
      shell.focusNext("scan-results-heading");
      shell.render();
    } catch (e) {
      this.scanning = false;
      const err = toIpcError(e);
      if (err.code === "cancelled") this.afterStop("scan", "scan-run");
      else shell.fail(err, "scan-run");
    }
  }

  /** Asks the back end to stop; the running call then rejects with `cancelled`. */
  private async stop(job: JobKind, focusKey: string): Promise<void> {
    try {
      await this.shell.api.cancelJob(job);
    } catch (e) {
      this.shell.fail(e, focusKey);
    }
  }

  private afterStop(job: ScreenJob, focusKey: string): void {
    this.stopped.add(job);
    if (job === "scan") this.scanProgress = []; else this.domainProgress = [];
    this.shell.announce(STOP_TEXT[job].stopped);
    this.shell.focusNext(focusKey);
    this.shell.render();
  }

  private async runDomainCheck(): Promise<void> {
    if (this.checking) return;
    const { shell } = this;
    const domain = this.domainInput.trim();
    if (domain === "") {
      this.domainError = { code: "invalid_domain", message: "", details: { input: "", reason_key: "domain-invalid-empty" } };
      shell.focusNext("domain-input");
      shell.render();
      return;
    }
    this.checking = true;
    this.domainError = null;
    this.domainProgress = [];
    this.stopped.delete("domain_check");
    shell.clearBanner();
    shell.announce("ui-domain-started", { domain });
    shell.render();
    try {
      const res = await shell.api.domainCheck(this.orgId, domain, (e) => {
        if (e.event === "started") this.domainProgress.push({ id: e.check, finding: null });
        else {
          const row = this.domainProgress.find((p) => p.id === e.finding.check && p.finding === null);
          if (row) row.finding = e.finding; else this.domainProgress.push({ id: e.finding.check, finding: e.finding });
          shell.announce("ui-domain-progress-announce", {
            title: this.t(domainCheckKey(e.finding.check)), verdict: this.t(`domain-verdict-${e.finding.verdict}`),
          });
        }
        shell.render();
      });
      this.domain = res.report;
      this.recon = res.reconciliation;
      this.checking = false;
      shell.announce("ui-domain-finished", { domain: res.report.domain.unicode });
      shell.focusNext("domain-results-heading");
      shell.render();
    } catch (e) {
      this.checking = false;
      const err = toIpcError(e);
      if (err.code === "invalid_domain") {
        this.domainError = err;
        shell.focusNext("domain-input");
        shell.render();
      } else if (err.code === "cancelled") {
        this.afterStop("domain_check", "domain-run");
      } else {
        shell.fail(err, "domain-run");
      }
    }
  }

  private async keep(question: string): Promise<void> {
    const key = `keep-${question}`;
    if (this.busy.has(key)) return;
    this.busy.add(key);
    try {
      this.recon = await this.shell.api.keepAnswer(this.orgId, question, true);
      this.busy.delete(key);
      this.shell.clearBanner();
      this.shell.announce("ui-scan-kept", { question: this.t(qKey(question)) });
      this.shell.focusNext("conflicts-heading");
      this.shell.render();
    } catch (e) {
      this.busy.delete(key);
      this.shell.fail(e, key);
    }
  }

  // ───────── rendering ─────────

  private verdictBadge(kind: "scan" | "domain", verdict: string): HTMLElement {
    return h("span", { class: `verdict verdict-${verdict}` },
      h("span", { class: "verdict-icon", "aria-hidden": "true" }, VERDICT_ICON[verdict] ?? "•"),
      " ", this.t(`${kind}-verdict-${verdict}`));
  }

  render(): (HTMLElement | null)[] {
    const { shell } = this;
    const t = (id: string, args?: Args): string => this.t(id, args);
    const last = this.local ? new Date(this.local.started_at * 1000) : null;
    return [
      h("section", { class: "panel wide scan", "aria-labelledby": "screen-heading" },
        h("p", { class: "eyebrow" }, shell.orgName(this.orgId)),
        shell.heading(t("ui-scan-title")),
        shell.banner(),
        h("p", { class: "lead" }, t("ui-scan-lead")),
        h("div", { class: "privacy", role: "note", "aria-labelledby": "scan-promise-title" },
          h("p", { id: "scan-promise-title", class: "privacy-title" }, t("ui-scan-promise-title")),
          h("p", {}, t("ui-scan-promise")),
        ),
        h("details", { class: "help" },
          h("summary", { "data-focus": "scan-what" }, t("ui-scan-what", { count: this.probes.length })),
          h("div", { class: "help-body" },
            h("ul", { class: "help-check" }, this.probes.map((p) => h("li", {}, t(p.title_key)))),
          ),
        ),
        h("div", { class: "actions" },
          h("button", {
            type: "button", class: "button primary large", "data-focus": "scan-run",
            "aria-disabled": this.scanning ? "true" : null, "aria-describedby": "scan-run-hint",
            on: { click: () => void this.runScan() },
          }, t(this.scanning ? "ui-scan-running" : this.local ? "ui-scan-again" : "ui-scan-run")),
          this.scanning ? this.stopButton("scan") : null,
        ),
        this.stoppedNote("scan"),
        h("p", { class: "hint", id: "scan-run-hint" },
          last ? t("ui-scan-last", { when: last.toLocaleString(shell.i18n.language) }) : t("ui-scan-run-hint")),
        this.scanning || (this.scanProgress.length > 0 && !this.local) ? this.renderScanProgress() : null,
      ),
      this.local && !this.scanning ? this.renderFindings(this.local) : null,
      this.renderConflicts(),
      this.renderShown(),
      this.renderDomain(),
      h("div", { class: "actions page-actions" },
        h("button", { type: "button", class: "button", "data-focus": "scan-to-results", on: { click: () => void shell.go({ screen: "results", orgId: this.orgId }) } }, t("ui-org-results")),
        h("button", { type: "button", class: "button", "data-focus": "scan-to-report", on: { click: () => void shell.go({ screen: "report", orgId: this.orgId }) } }, t("ui-org-report")),
        h("button", { type: "button", class: "button", "data-focus": "scan-to-home", on: { click: () => void shell.go({ screen: "home" }) } }, t("ui-back-to-orgs")),
      ),
    ];
  }

  /** The Stop button beside a running scan or domain check. */
  private stopButton(job: ScreenJob): HTMLElement {
    const { focus, stop } = STOP_TEXT[job];
    return h("button", {
      type: "button", class: "button", "data-focus": focus,
      on: { click: () => void this.stop(job, focus) },
    }, this.t(stop));
  }

  /** Says that the last run was stopped and nothing of it kept. */
  private stoppedNote(job: ScreenJob): HTMLElement | null {
    return this.stopped.has(job) ? h("p", { class: "hint stopped-note" }, this.t(STOP_TEXT[job].stopped)) : null;
  }

  private progressList<F extends { verdict: string }>(kind: "scan" | "domain", rows: Progress<F>[], title: (id: string, verdict?: string) => string, total: number): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    const done = rows.filter((r) => r.finding).length;
    return h("div", { class: "scan-progress" },
      h("p", { class: "progress-text", id: `${kind}-progress-text` }, t("ui-scan-progress", { done, total: Math.max(total, rows.length) })),
      h("progress", { class: "progress", max: Math.max(total, rows.length, 1), value: done, "aria-labelledby": `${kind}-progress-text` }),
      h("ol", { class: "progress-list" },
        rows.map((r) => h("li", { class: r.finding ? "is-done" : "is-running" },
          h("span", { class: "progress-name" }, title(r.id, r.finding?.verdict)),
          r.finding
            ? this.verdictBadge(kind, r.finding.verdict)
            : h("span", { class: "verdict verdict-running" }, h("span", { class: "verdict-icon", "aria-hidden": "true" }, "…"), " ", t("ui-scan-checking")),
        )),
      ),
    );
  }

  private renderScanProgress(): HTMLElement {
    return h("section", { class: "progress-box", "aria-labelledby": "scan-progress-heading", "aria-busy": String(this.scanning) },
      h("h3", { id: "scan-progress-heading", class: "subhead" }, this.t("ui-scan-progress-title")),
      this.progressList("scan", this.scanProgress, (id, verdict) => this.probeTitle(id, verdict), this.probes.length),
    );
  }

  private renderFindings(report: ScanReport): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    const sorted = [...report.findings].sort((a, b) => (VERDICT_ORDER[a.verdict] ?? 9) - (VERDICT_ORDER[b.verdict] ?? 9));
    const count = (v: string): number => report.findings.filter((f) => f.verdict === v).length;
    return h("section", { class: "panel wide", "aria-labelledby": "scan-results-heading" },
      h("h2", { id: "scan-results-heading", tabindex: "-1", "data-focus": "scan-results-heading" }, t("ui-scan-results-title")),
      h("p", {}, t("ui-scan-results-summary", { pass: count("pass"), fail: count("fail"), unknown: count("unknown") })),
      h("p", { class: "hint" }, t("ui-scan-os", { name: report.os.name, version: report.os.version })),
      h("ul", { class: "finding-list" }, sorted.map((f) => this.renderFinding(f))),
    );
  }

  private renderFinding(f: Finding): HTMLElement {
    const t = (id: string, args?: Args): string => this.t(id, args);
    const info = this.probes.find((p) => p.id === f.probe);
    // A judge may name what it found more precisely than the probe's failed title (BitLocker on
    // but suspended): its `reason_key` fact, and that message's own fix.
    const reasonKey = f.verdict === "fail"
      ? f.evidence.map((e) => e.facts.reason_key).find((k): k is string => typeof k === "string" && this.shell.i18n.has(k))
      : undefined;
    const why = this.shell.i18n.optional(info?.rationale_key ?? `scan-${f.probe}-why`);
    const fix = (reasonKey ? this.shell.i18n.optional(`${reasonKey}-fix`) : null)
      ?? this.shell.i18n.optional(info?.remediation_key ?? `scan-${f.probe}-fix`);
    const excerpt = f.evidence.map((e) => e.excerpt).filter((x) => x.trim() !== "").join("\n");
    const titleId = `finding-${f.probe}`;
    return h("li", { class: `finding finding-${f.verdict}`, "aria-labelledby": titleId },
      h("div", { class: "finding-head" },
        h("h3", { class: "finding-title", id: titleId }, reasonKey ? t(reasonKey) : this.probeTitle(f.probe, f.verdict)),
        this.verdictBadge("scan", f.verdict),
      ),
      // Judged with content past its review date: said on the finding itself (the engine's facts).
      ...f.evidence.filter((e) => typeof e.facts.stale_dataset === "string").map((e) =>
        h("p", { class: "finding-caveat" }, t("content-stale-evidence", {
          dataset: t(`content-dataset-${String(e.facts.stale_dataset)}`),
          days: Number(e.facts.days_overdue), date: String(e.facts.review_by),
        }))),
      f.verdict === "unknown" && f.reason
        ? h("p", { class: "finding-reason" }, t("ui-scan-reason", { reason: this.shell.i18n.optional(`scan-reason-${f.reason}`) ?? f.reason }))
        : null,
      why || fix || excerpt
        ? h("details", { class: "help" },
            h("summary", { "data-focus": `finding-more-${f.probe}` }, t("ui-scan-finding-more")),
            h("div", { class: "help-body" },
              why ? [h("h4", {}, t("ui-walk-why")), h("p", {}, why)] : null,
              fix && f.verdict !== "pass" ? [h("h4", {}, t("ui-walk-fix")), h("p", {}, fix)] : null,
              excerpt ? [h("h4", {}, t("ui-scan-evidence")), h("pre", { class: "evidence" }, excerpt)] : null,
            ),
          )
        : null,
    );
  }

  private itemFor(question: string, outcome: ReconciliationItem["outcome"]): ReconciliationItem | undefined {
    return this.recon?.items.find((i) => i.question === question && i.outcome === outcome);
  }

  private answerLabel(answer: string | null): string {
    return answer === null ? this.t("ui-scan-not-answered") : this.shell.i18n.optional(`answer-${answer}`) ?? answer;
  }

  private renderConflicts(): HTMLElement | null {
    const recon = this.recon;
    if (!recon || recon.contradictions.length === 0) return null;
    const t = (id: string, args?: Args): string => this.t(id, args);
    return h("section", { class: "panel wide conflicts", "aria-labelledby": "conflicts-heading" },
      h("h2", { id: "conflicts-heading", tabindex: "-1", "data-focus": "conflicts-heading" },
        h("span", { "aria-hidden": "true" }, "! "), t("ui-scan-conflicts-title", { count: recon.contradictions.length })),
      h("p", { class: "hint" }, t("ui-scan-conflicts-intro")),
      h("ul", { class: "conflict-list" }, recon.contradictions.map((q) => {
        const item = this.itemFor(q, "contradicts");
        const qText = t(qKey(q));
        return h("li", { class: "conflict" },
          h("h3", { class: "conflict-q" }, qText),
          h("dl", { class: "conflict-facts" },
            h("div", {}, h("dt", {}, t("ui-scan-your-answer")), h("dd", {}, this.answerLabel(item?.answer ?? null))),
            h("div", {}, h("dt", {}, t("ui-scan-what-scan-saw")),
              h("dd", {}, item ? [this.probeLabel(item.probe, "fail"), item.evidence_excerpt ? h("pre", { class: "evidence" }, item.evidence_excerpt) : null] : "")),
          ),
          h("div", { class: "actions tight" },
            h("button", {
              type: "button", class: "button primary", "data-focus": `change-${q}`,
              "aria-label": t("ui-scan-change-named", { question: qText }),
              on: { click: () => void this.shell.go({ screen: "checklist", orgId: this.orgId, question: q }) },
            }, t("ui-scan-change")),
            h("button", {
              type: "button", class: "button", "data-focus": `keep-${q}`,
              "aria-label": t("ui-scan-keep-named", { question: qText }),
              "aria-disabled": this.busy.has(`keep-${q}`) ? "true" : null,
              on: { click: () => void this.keep(q) },
            }, t("ui-scan-keep")),
          ),
        );
      })),
    );
  }

  /** A check named as the engine names it: a probe id, or `domain.<check>`. */
  private probeLabel(probe: string, verdict?: string): HTMLElement {
    const title = probe.startsWith("domain.") ? this.t(domainCheckKey(probe.slice(7))) : this.probeTitle(probe, verdict);
    return h("span", { class: "probe-label" }, title);
  }

  /** One question's parts: what the scan showed, what it found wrong, what is still open. */
  private renderParts(q: QuestionEvidence): HTMLElement {
    return h("ul", { class: "part-list" }, q.parts.map((p) =>
      h("li", { class: `part part-${p.status}` },
        h("span", { "aria-hidden": "true" }, PART_ICON[p.status], " "),
        h("span", { class: "part-name" }, this.t(p.label_key)), this.t("ui-scan-part-separator"),
        h("span", { class: "part-status" }, this.t(`scan-part-status-${p.status}`)),
      )));
  }

  /**
   * Questions where the scan showed parts and found nothing wrong, each part with its status.
   * The scan never answers "yes" for the owner: the owner changes the answer, on the question.
   */
  private renderShown(): HTMLElement | null {
    const questions = (this.recon?.questions ?? []).filter((q) => q.outcome === "partly_shown" || q.outcome === "scan_suggests_yes");
    if (questions.length === 0) return null;
    const t = (id: string, args?: Args): string => this.t(id, args);
    return h("section", { class: "panel wide", "aria-labelledby": "shown-heading" },
      h("h2", { id: "shown-heading" }, t("ui-scan-partly-title")),
      h("p", { class: "hint" }, t("ui-scan-partly-intro")),
      h("ul", { class: "conflict-list" }, questions.map((q) => {
        const qText = t(qKey(q.question));
        return h("li", { class: `conflict shown shown-${q.outcome}` },
          h("h3", { class: "conflict-q" }, qText),
          h("p", {}, t("ui-scan-your-answer"), t("ui-scan-part-separator"), this.answerLabel(q.answer)),
          h("p", {}, t(`scan-outcome-${q.outcome}`)),
          this.renderParts(q),
          h("div", { class: "actions tight" },
            h("button", {
              type: "button", class: "button", "data-focus": `review-${q.question}`,
              "aria-label": t("ui-scan-review-named", { question: qText }),
              on: { click: () => void this.shell.go({ screen: "checklist", orgId: this.orgId, question: q.question }) },
            }, t("ui-scan-review")),
          ),
        );
      })),
    );
  }

  private renderDomain(): HTMLElement {
    const { shell } = this;
    const t = (id: string, args?: Args): string => this.t(id, args);
    const err = this.domainError;
    let errText: string | null = null;
    if (err) {
      const reasonKey = err.details?.reason_key;
      errText = reasonKey && shell.i18n.has(reasonKey) ? shell.t(reasonKey, { ...(err.details ?? {}) }) : shell.i18n.formatError(err);
    }
    return h("section", { class: "panel wide domain", "aria-labelledby": "domain-heading" },
      h("h2", { id: "domain-heading" }, t("ui-domain-title")),
      h("p", {}, t("domain-intro")),
      h("p", { class: "hint" }, t("ui-domain-network-note")),
      h("form", {
        class: "domain-form", novalidate: true,
        on: { submit: (ev) => { ev.preventDefault(); void this.runDomainCheck(); } },
      },
        h("div", { class: "field" },
          h("label", { for: "domain-input" }, t("ui-domain-label")),
          h("p", { class: "hint", id: "domain-hint" }, t("ui-domain-hint")),
          errText ? h("p", { class: "field-error", id: "domain-error" }, errText) : null,
          h("input", {
            id: "domain-input", type: "text", class: "input", inputmode: "url", autocomplete: "url",
            spellcheck: "false", autocapitalize: "none", "data-focus": "domain-input", value: this.domainInput,
            "aria-invalid": err ? "true" : null,
            "aria-describedby": err ? "domain-hint domain-error" : "domain-hint",
            on: { input: (ev) => { this.domainInput = (ev.target as HTMLInputElement).value; } },
          }),
        ),
        h("div", { class: "actions tight" },
          h("button", {
            type: "submit", class: "button primary", "data-focus": "domain-run",
            "aria-disabled": this.checking ? "true" : null,
          }, t(this.checking ? "ui-domain-running" : "ui-domain-run")),
          this.checking ? this.stopButton("domain_check") : null,
        ),
        this.stoppedNote("domain_check"),
      ),
      this.checking
        ? h("section", { class: "progress-box", "aria-labelledby": "domain-progress-heading", "aria-busy": "true" },
            h("h3", { id: "domain-progress-heading", class: "subhead" }, t("ui-domain-progress-title")),
            this.progressList("domain", this.domainProgress, (id) => t(domainCheckKey(id)), 0),
          )
        : null,
      this.domain && !this.checking ? this.renderDomainResults(this.domain) : null,
    );
  }

  private renderDomainResults(report: DomainReport): HTMLElement {
    const { shell } = this;
    const t = (id: string, args?: Args): string => this.t(id, args);
    const sorted = [...report.findings].sort((a, b) => (VERDICT_ORDER[a.verdict] ?? 9) - (VERDICT_ORDER[b.verdict] ?? 9));
    return h("div", { class: "domain-results" },
      h("h3", { id: "domain-results-heading", class: "subhead", tabindex: "-1", "data-focus": "domain-results-heading" },
        t("ui-domain-results-title", { domain: report.domain.unicode })),
      h("ul", { class: "finding-list" }, sorted.map((f) => {
        const args: Args = {};
        // Facts are the message's arguments; Fluent takes numbers and strings, so anything else is
        // spelt out as text.
        for (const [k, v] of Object.entries(f.facts)) args[k] = typeof v === "number" || typeof v === "string" ? v : JSON.stringify(v);
        const reason = f.verdict === "unknown" && f.reason ? shell.i18n.optional(`domain-unknown-${f.reason.replace(/_/g, "-")}`) : undefined;
        const detail = shell.i18n.optional(f.detail_key, args);
        const titleId = `domain-finding-${f.check}`;
        return h("li", { class: `finding finding-${f.verdict}`, "aria-labelledby": titleId },
          h("div", { class: "finding-head" },
            h("h4", { class: "finding-title", id: titleId }, t(domainCheckKey(f.check))),
            this.verdictBadge("domain", f.verdict),
          ),
          detail ? h("p", {}, detail) : null,
          reason && reason !== detail ? h("p", { class: "finding-reason" }, reason) : null,
        );
      })),
    );
  }
}
