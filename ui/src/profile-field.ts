// One choice or yes/no profile question as a radio group, with "skip" last. Shared by the
// profile wizard and the quick check (which asks the fields that decide must-haves first).
import type { ProfileField, ProfileValue } from "./bindings";
import { h } from "./dom";
import type { Shell } from "./shell";

export function choiceField(
  shell: Shell,
  f: ProfileField,
  idPrefix: string,
  current: ProfileValue | undefined,
  set: (value: ProfileValue | undefined) => void,
  /** Whether "skip" starts checked (the wizard) or nothing does (a question asked up front). */
  skipChecked = true,
): HTMLElement {
  const id = `${idPrefix}-${f.id}`;
  const help = shell.i18n.optional(`profile-field-${f.id}-help`);
  const helpId = help ? `${id}-help` : null;
  const label = (value: ProfileValue): string =>
    shell.i18n.optional(`profile-option-${f.id}-${String(value)}`) ?? String(value);
  const options: { value: ProfileValue | undefined; label: string }[] = f.kind === "bool"
    ? [
        { value: true, label: shell.t("profile-bool-yes") },
        { value: false, label: shell.t("profile-bool-no") },
      ]
    : f.options.map((o) => ({ value: o, label: label(o) }));
  // An unknown stored value stays visible rather than being dropped silently.
  if (current !== undefined && !options.some((o) => o.value === current)) {
    options.push({ value: current, label: String(current) });
  }
  options.push({ value: undefined, label: shell.t("ui-wizard-skip-option") });
  return h("fieldset", { class: "field group", "aria-describedby": helpId },
    h("legend", {}, shell.t(`profile-field-${f.id}`)),
    help ? h("p", { id: helpId!, class: "hint" }, help) : null,
    h("div", { class: "choice-list columns" },
      options.map((o, i) => {
        const oid = `${id}-${i}`;
        return h("div", { class: `choice${o.value === undefined ? " skip" : ""}` },
          h("input", {
            type: "radio", id: oid, name: id, "data-focus": oid,
            checked: o.value === current && (o.value !== undefined || skipChecked),
            on: { change: () => set(o.value) },
          }),
          h("label", { for: oid }, o.label),
        );
      }),
    ),
  );
}
