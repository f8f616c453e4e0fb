// Test-only: answers the app's IPC from the in-memory FakeBackend (the same
// one the unit tests use), through the same window.__TAURI_INTERNALS__ hooks
// that @tauri-apps/api calls, so Channels (scan progress) take the real path.
// Configured per page by window.__A11Y__ = { lang } set before this script.
import type { AnswerValue, Language } from "../src/bindings";
import { FakeBackend, useEngine } from "../src/fake-backend";

type Cb = (msg: unknown) => void;
type Args = Record<string, unknown>;
interface ChannelLike { id: number }

declare global {
  interface Window {
    /** The real engine, through the test's Playwright binding (axe.test.mjs). */
    __coverreadyEngine?: (session: number | null, cmd: string, args?: Record<string, unknown>) => Promise<{ ok?: unknown; err?: unknown }>;
    __A11Y__?: { lang?: Language; hold?: boolean; workshop?: boolean };
    __TAURI_INTERNALS__?: unknown;
  }
}

useEngine(async (session, cmd, args) => {
  const reply = await window.__coverreadyEngine!(session, cmd, args);
  if ("err" in reply) throw reply.err;
  return reply.ok;
});

const lang: Language = window.__A11Y__?.lang ?? "zh-CN";
const b = new FakeBackend({ language: lang, orgs: ["小王便利店", "Acme Trading Ltd"] });
b.setProfile(1, { industry: "retail", region: "beijing", headcount_band: "1-9" });
const seed: Record<string, AnswerValue> = {
  "identity.mfa-email": "yes", "identity.mfa-remote": "no", "identity.mfa-admin": "not_sure",
  "patching.auto-update": "no", "network.no-exposed-remote-desktop": "yes", "backup.automatic": "not_sure",
  "backup.offline-copy": "partly", "patching.end-of-life": "yes",
};
if (window.__A11Y__?.workshop) {
  // A shared laptop's session: the in-memory store, one attendee's quick check.
  b.workshop({ language: lang }, ["讲座演示店（虚构）"]);
  b.seedAnswers(1, seed, "quick");
} else {
  b.seedAnswers(1, seed);
}
// Scans, domain checks and uploads wait until stopped, so screens with work in progress are checked.
b.hold = window.__A11Y__?.hold === true;
// An application sent earlier that the platform (a real intake on loopback) asked to retry in
// an hour: the apply screen shows a queued row with its reason.
// (Not in a workshop: a shared laptop keeps no report to send.)
if (!window.__A11Y__?.workshop) {
  void b.platform({ faults: [{ status: 429, retry_after_secs: 3600 }] });
  b.seedSubmission(1);
}

const callbacks = new Map<number, Cb>();
let nextId = 1;

function channel(v: unknown): (e: unknown) => void {
  const cb = callbacks.get((v as ChannelLike).id);
  let index = 0;
  return (message) => cb?.({ message, index: index++ });
}

function dispatch(cmd: string, a: Args): Promise<unknown> {
  const n = (k: string): number => a[k] as number;
  const s = (k: string): string => a[k] as string;
  switch (cmd) {
    case "app_info": return b.appInfo();
    case "set_language": return b.setLanguage(a.language as Language);
    case "update_settings": return b.updateSettings(a.settings as never);
    case "list_orgs": return b.listOrgs();
    case "create_org": return b.createOrg(a.input as never);
    case "update_org": return b.updateOrg(n("id"), a.input as never);
    case "delete_org": return b.deleteOrg(n("id"));
    case "profile_fields": return b.profileFields();
    case "recover_store": return b.recoverStore();
    case "ui_ready": return b.uiReady(a.report as never);
    case "checklist": return b.checklist(n("orgId"), a.mode as never);
    case "current_assessment": return b.currentAssessment(n("orgId"));
    case "start_assessment": return b.startAssessment(n("orgId"), a.mode as never);
    case "ensure_assessment": return b.ensureAssessment(n("orgId"), a.mode as never);
    case "save_answers": return b.saveAnswers(n("orgId"), a.answers as never);
    case "readiness": return b.readiness(n("orgId"));
    case "set_action_done": return b.setActionDone(n("orgId"), s("question"), a.done as boolean);
    case "probe_catalogue": return b.probeCatalogue();
    case "run_scan": return b.runScan(n("orgId"), channel(a.onEvent) as never);
    case "domain_check": return b.domainCheck(n("orgId"), s("domain"), channel(a.onEvent) as never);
    case "latest_scans": return b.latestScans(n("orgId"));
    case "keep_answer": return b.keepAnswer(n("orgId"), s("question"), a.keep as boolean);
    case "generate_report": return b.generateReport(n("orgId"));
    case "open_report": return b.openReport(s("path"));
    case "save_report_as": return b.saveReportAs(s("path"));
    case "save_takeaway": return b.saveTakeaway(n("orgId"));
    case "finish_workshop": return b.finishWorkshop();
    case "import_answer_code": return b.importAnswerCode(s("code"));
    case "prepare_submission": return b.prepareSubmission(n("orgId"), s("destination"), a.share as string[]);
    case "prepare_claim_submission": return b.prepareClaimSubmission(n("incidentId"), s("destination"), a.share as string[]);
    case "confirm_submission": return b.confirmSubmission(s("token"));
    case "submissions": return b.submissions(n("orgId"));
    case "flush_submissions": return b.flushSubmissions();
    case "withdraw_submission": return b.withdrawSubmission(n("id"));
    case "policy_view": return b.policyView(n("orgId"));
    case "set_policy": return b.setPolicy(n("orgId"), a.assignments as string[]);
    case "due_renewals": return b.dueRenewals();
    case "list_incidents": return b.listIncidents(n("orgId"));
    case "start_incident": return b.startIncident(n("orgId"), s("kind"), (a.discovered as string | null) ?? null);
    case "incident_view": return b.incidentView(n("id"));
    case "tick_incident_step": return b.tickIncidentStep(n("id"), s("step"));
    case "add_incident_note": return b.addIncidentNote(n("id"), s("text"));
    case "add_incident_evidence": return b.addIncidentEvidence(n("id"), s("text"));
    case "verify_incident": return b.verifyIncident(n("id"));
    case "make_claim_pack": return b.makeClaimPack(n("id"));
    case "open_claim_pack": return b.openClaimPack(s("path"));
    case "save_claim_pack_as": return b.saveClaimPackAs(s("path"));
    default: return Promise.reject({ code: "internal", message: `stub: unknown command ${cmd}`, details: { detail: cmd } });
  }
}

window.__TAURI_INTERNALS__ = {
  transformCallback(cb: Cb): number { const id = nextId++; callbacks.set(id, cb); return id; },
  unregisterCallback(id: number): void { callbacks.delete(id); },
  invoke(cmd: string, args: Args = {}): Promise<unknown> { return dispatch(cmd, args); },
  convertFileSrc(path: string): string { return path; },
  metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
};
(window as unknown as { __A11Y_BACKEND__: FakeBackend }).__A11Y_BACKEND__ = b;
