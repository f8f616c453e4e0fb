// The ONLY module that talks to Tauri. Command names are snake_case, argument
// keys camelCase (Tauri 2 convention). Every rejection is normalised to
// IpcError before it reaches the screens.
import { invoke } from "@tauri-apps/api/core";
import type { Api } from "./api";
import type {
  AppInfo, Language, OrgInput, Organisation, ProfileField, Settings, UiReadyReport,
} from "./bindings";
import { toIpcError } from "./errors";

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

export const appInfo = (): Promise<AppInfo> => call("app_info");
export const setLanguage = (language: Language): Promise<Settings> =>
  call("set_language", { language });
export const listOrgs = (): Promise<Organisation[]> => call("list_orgs");
export const createOrg = (input: OrgInput): Promise<Organisation> =>
  call("create_org", { input });
export const updateOrg = (id: number, input: OrgInput): Promise<Organisation> =>
  call("update_org", { id, input });
export const deleteOrg = (id: number): Promise<null> => call("delete_org", { id });
export const profileFields = (): Promise<ProfileField[]> => call("profile_fields");
export const recoverStore = (): Promise<AppInfo> => call("recover_store");
export const uiReady = (report: UiReadyReport): Promise<null> =>
  call("ui_ready", { report });

export const tauriApi: Api = {
  appInfo, setLanguage, listOrgs, createOrg, updateOrg, deleteOrg,
  profileFields, recoverStore, uiReady,
};
