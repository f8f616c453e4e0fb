// The words CoverReady cannot avoid, explained in plain language: the same list
// (assets/glossary/terms.json) and texts (locales/*/glossary.ftl) as the report's glossary.
import { h } from "./dom";
import type { Language } from "./bindings";

interface GlossaryTerm { id: string; appears_as: Record<Language, string[]> }

const files = import.meta.glob<{ terms: GlossaryTerm[] }>("../../assets/glossary/terms.json", {
  import: "default", eager: true,
});
export const TERMS: readonly GlossaryTerm[] = Object.values(files)[0]?.terms ?? [];

/** Ids of the terms written somewhere in `text`, in glossary order. */
export function termsIn(text: string, language: Language): string[] {
  return TERMS.filter((term) => term.appears_as[language]?.some((written) => text.includes(written))).map((term) => term.id);
}

/** A definition list of the given terms (all of them by default). */
export function glossaryList(t: (id: string) => string, ids: readonly string[] = TERMS.map((term) => term.id)): HTMLElement {
  return h("dl", { class: "glossary" },
    ids.map((id) => h("div", { class: "glossary-entry" },
      h("dt", {}, t(`glossary-${id}-term`)),
      h("dd", {}, t(`glossary-${id}`)),
    )),
  );
}
