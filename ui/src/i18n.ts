import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { IpcError, Language } from "./bindings";
import { causeMessageId, errorMessageId } from "./errors";

export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];
export const DEFAULT_LANGUAGE: Language = "zh-CN";

export type Args = Record<string, FluentVariable>;

export function isLanguage(v: unknown): v is Language {
  return typeof v === "string" && (LANGUAGES as readonly string[]).includes(v);
}

/** Fluent sources keyed by path, e.g. "../../locales/zh-CN/ui.ftl" → text. */
export type Sources = Record<string, string>;

/** Language directory of a path like ".../locales/zh-CN/ui.ftl". */
export function languageOfPath(path: string): Language | null {
  const parts = path.split("/");
  const dir = parts[parts.length - 2];
  return isLanguage(dir) ? dir : null;
}

export type Bundles = Record<Language, FluentBundle>;

/** One FluentBundle per language, without Unicode isolation marks. */
export function buildBundles(sources: Sources, log: Pick<Console, "warn"> = console): Bundles {
  const bundles = {} as Bundles;
  for (const lang of LANGUAGES) bundles[lang] = new FluentBundle(lang, { useIsolating: false });
  for (const path of Object.keys(sources).sort()) {
    const lang = languageOfPath(path);
    const text = sources[path];
    if (!lang || text === undefined) continue;
    const errors = bundles[lang].addResource(new FluentResource(text));
    for (const err of errors) log.warn(`[i18n] ${path}: ${err.message}`);
  }
  return bundles;
}

export class I18n {
  private warned = new Set<string>();

  constructor(
    private readonly bundles: Bundles,
    private lang: Language = DEFAULT_LANGUAGE,
    private readonly log: Pick<Console, "warn" | "error"> = console,
  ) {}

  get language(): Language { return this.lang; }

  setLanguage(lang: Language): void { this.lang = lang; }

  has(id: string): boolean { return this.bundles[this.lang].hasMessage(id); }

  /** Localised string; a missing message yields its id (and is logged once). */
  t(id: string, args?: Args): string {
    const bundle = this.bundles[this.lang];
    const msg = bundle.getMessage(id);
    if (!msg || msg.value === null) {
      const key = `${this.lang}:${id}`;
      if (!this.warned.has(key)) {
        this.warned.add(key);
        this.log.warn(`[i18n] missing message "${id}" in ${this.lang}`);
      }
      return id;
    }
    const errors: Error[] = [];
    const out = bundle.formatPattern(msg.value, args ?? null, errors);
    for (const err of errors) this.log.warn(`[i18n] ${this.lang} ${id}: ${err.message}`);
    return out;
  }

  /** A message in a given language (undefined when missing there). */
  tIn(lang: Language, id: string): string | undefined {
    const bundle = this.bundles[lang];
    const msg = bundle.getMessage(id);
    return msg?.value ? bundle.formatPattern(msg.value, null, []) : undefined;
  }

  /** Texts of an installed content pack: they replace the built-in messages they share ids with. */
  addOverrides(lang: Language, text: string): void {
    const errors = this.bundles[lang].addResource(new FluentResource(text), { allowOverrides: true });
    for (const err of errors) this.log.warn(`[i18n] content pack ${lang}: ${err.message}`);
  }

  /** Like t(), but undefined (silently) when the message does not exist. */
  optional(id: string, args?: Args): string | undefined {
    return this.has(id) ? this.t(id, args) : undefined;
  }

  /**
   * `details.message_id` (when the back end names one we have) or
   * `error-<code>`, with details as arguments; falls back to `error-unknown`.
   */
  formatError(err: IpcError): string {
    this.log.error(`[ipc] ${err.code}: ${err.message}`, err.details ?? {});
    const has = (id: string): boolean => this.has(id);
    const args: Args = { ...(err.details ?? {}), cause: this.t(causeMessageId(err.details?.cause, has)) };
    return this.t(errorMessageId(err, has), args);
  }
}
