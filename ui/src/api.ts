// The back end as the screens see it. The real implementation is in ipc.ts
// (Tauri invoke); unit tests inject an in-memory fake.
import type {
  AnswerInput, AppInfo, Assessment, ChecklistItem, Language, Mode, OrgInput, Organisation,
  ProfileField, ReadinessReport, Settings, UiReadyReport,
} from "./bindings";

export interface Api {
  appInfo(): Promise<AppInfo>;
  setLanguage(language: Language): Promise<Settings>;
  updateSettings(settings: Settings): Promise<Settings>;
  listOrgs(): Promise<Organisation[]>;
  createOrg(input: OrgInput): Promise<Organisation>;
  /** Replaces the whole profile: send the full, merged profile. */
  updateOrg(id: number, input: OrgInput): Promise<Organisation>;
  deleteOrg(id: number): Promise<null>;
  profileFields(): Promise<ProfileField[]>;
  recoverStore(): Promise<AppInfo>;
  uiReady(report: UiReadyReport): Promise<null>;
  /** The questions that apply to the organisation, in asking order. */
  checklist(orgId: number, mode: Mode): Promise<ChecklistItem[]>;
  currentAssessment(orgId: number): Promise<Assessment | null>;
  /** A new assessment, starting from a copy of the previous answers. */
  startAssessment(orgId: number, mode: Mode): Promise<Assessment>;
  /** The current assessment, created if none; switches mode when one is given. */
  ensureAssessment(orgId: number, mode: Mode | null): Promise<Assessment>;
  /** All or nothing. */
  saveAnswers(orgId: number, answers: AnswerInput[]): Promise<Assessment>;
  readiness(orgId: number): Promise<ReadinessReport>;
  setActionDone(orgId: number, question: string, done: boolean): Promise<ReadinessReport>;
}
