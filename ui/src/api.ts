// The back end as the screens see it. The real implementation is in ipc.ts
// (Tauri invoke); unit tests inject an in-memory fake.
import type {
  AppInfo, Language, OrgInput, Organisation, ProfileField, Settings, UiReadyReport,
} from "./bindings";

export interface Api {
  appInfo(): Promise<AppInfo>;
  setLanguage(language: Language): Promise<Settings>;
  listOrgs(): Promise<Organisation[]>;
  createOrg(input: OrgInput): Promise<Organisation>;
  updateOrg(id: number, input: OrgInput): Promise<Organisation>;
  deleteOrg(id: number): Promise<null>;
  profileFields(): Promise<ProfileField[]>;
  recoverStore(): Promise<AppInfo>;
  uiReady(report: UiReadyReport): Promise<null>;
}
