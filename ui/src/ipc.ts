// The ONLY module that talks to Tauri. The calls themselves are generated from
// the Rust commands (bindings/commands.ts); this module supplies `invoke` and
// channels, and normalises every rejection to IpcError before it reaches the
// screens.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { Api } from "./api";
import { commandsOver } from "./bindings/commands";
import { toIpcError } from "./errors";

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

/** A Tauri channel delivering each message to `onEvent` (progress streams). */
function channel<T>(onEvent: (e: T) => void): Channel<T> {
  const ch = new Channel<T>();
  ch.onmessage = onEvent;
  return ch;
}

/** Every command of the shell, as declared in Rust (bindings/commands.ts is generated). */
export const tauriApi: Api = commandsOver(call, channel);
