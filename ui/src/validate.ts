export const NAME_MAX = 200;

export type NameProblem =
  | { id: "ui-org-name-error-empty" }
  | { id: "ui-org-name-error-too-long"; args: { max: number; length: number } }
  | { id: "ui-org-name-error-control" };

// Unicode general category Cc (C0, DEL, C1) — what Rust's char::is_control tests.
const CONTROL_RE = /\p{Cc}/u;

/** Name as it will be sent: surrounding whitespace removed. */
export function normaliseName(raw: string): string {
  return raw.trim();
}

/** Validates a normalised name: 1–200 Unicode scalar values, no control characters. */
export function validateName(name: string): NameProblem | null {
  if (name.length === 0) return { id: "ui-org-name-error-empty" };
  if (CONTROL_RE.test(name)) return { id: "ui-org-name-error-control" };
  const length = [...name].length;
  if (length > NAME_MAX) return { id: "ui-org-name-error-too-long", args: { max: NAME_MAX, length } };
  return null;
}
