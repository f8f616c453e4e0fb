import type { IpcError } from "./bindings";

const CODE_RE = /^[a-z0-9_]{1,64}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/**
 * Normalise whatever a failed call threw into the IpcError shape.
 * The back end always sends {code, message, details?}; anything else (a
 * plain string from Tauri itself, a JS Error, …) becomes code "unknown".
 */
export function toIpcError(e: unknown): IpcError {
  if (isRecord(e) && typeof e.code === "string" && CODE_RE.test(e.code)) {
    const out: IpcError = {
      code: e.code,
      message: typeof e.message === "string" ? e.message : "",
    };
    if (isRecord(e.details)) {
      const details: Record<string, string> = {};
      for (const [k, v] of Object.entries(e.details)) {
        if (typeof v === "string") details[k] = v;
        else if (typeof v === "number" || typeof v === "boolean") details[k] = String(v);
      }
      out.details = details;
    }
    return out;
  }
  let message: string;
  if (typeof e === "string") message = e;
  else if (e instanceof Error) message = e.message;
  else {
    try { message = JSON.stringify(e) ?? String(e); } catch { message = String(e); }
  }
  return { code: "unknown", message };
}

/** The causes the locale files word (`cause-<id>`); the same list as coverready_i18n::CAUSES. */
const CAUSE_RE = /^[a-z_]{1,40}$/;

/**
 * The message that words why the system failed (`details.cause`), never the system's own
 * English text: `cause-other` when none is given or this build does not know it.
 */
export function causeMessageId(cause: string | undefined, has: (id: string) => boolean): string {
  const id = cause && CAUSE_RE.test(cause) ? `cause-${cause.replace(/_/g, "-")}` : "cause-other";
  return has(id) ? id : "cause-other";
}

const MESSAGE_ID_RE = /^[a-z][a-z0-9_-]{0,127}$/;

/**
 * Which Fluent message shows an error, and with which arguments: the
 * back end's own `details.message_id` when it names a message we have (e.g.
 * `submission-error-consent_missing`), else `error-<code>`, else
 * `error-unknown`. `details` are the arguments either way.
 */
export function errorMessageId(err: IpcError, has: (id: string) => boolean): string {
  const specific = err.details?.message_id;
  if (specific && MESSAGE_ID_RE.test(specific) && has(specific)) return specific;
  const id = `error-${err.code}`;
  return has(id) ? id : "error-unknown";
}
