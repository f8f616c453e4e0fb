import { FluentResource } from "@fluent/bundle";
import { describe, expect, it, vi } from "vitest";
import { errorMessageId } from "./errors";
import { buildBundles, I18n, LANGUAGES, languageOfPath } from "./i18n";
import { makeI18n, realSources, silentLog, testSources } from "./test-support";

const tsSources = import.meta.glob<string>(["./**/*.ts", "!./**/*.test.ts", "!./test-support.ts"], {
  query: "?raw", import: "default", eager: true,
});

/** Message ids (and their attributes, as id.attr) of one Fluent file. */
function ids(text: string): string[] {
  const res = new FluentResource(text);
  const out: string[] = [];
  for (const m of res.body) {
    if (m.id.startsWith("-")) continue;
    out.push(m.id);
    for (const a of Object.keys(m.attributes)) out.push(`${m.id}.${a}`);
  }
  return out.sort();
}

function uiFile(lang: string): string {
  const entry = Object.entries(realSources()).find(([p]) => p.endsWith(`/${lang}/ui.ftl`));
  if (!entry) throw new Error(`locales/${lang}/ui.ftl not found`);
  return entry[1];
}

describe("Fluent loading", () => {
  it("finds ui.ftl for both languages in the repo's locales/", () => {
    for (const lang of LANGUAGES) expect(uiFile(lang).length).toBeGreaterThan(0);
  });

  it("maps paths to languages", () => {
    expect(languageOfPath("../../locales/zh-CN/ui.ftl")).toBe("zh-CN");
    expect(languageOfPath("../../locales/en-US/errors.ftl")).toBe("en-US");
    expect(languageOfPath("../../locales/fr-FR/ui.ftl")).toBeNull();
  });

  it("both languages have exactly the same ui- keys, all prefixed ui-", () => {
    const zh = ids(uiFile("zh-CN"));
    const en = ids(uiFile("en-US"));
    expect(zh.length).toBeGreaterThan(20);
    expect(en).toEqual(zh);
    for (const id of zh) expect(id.startsWith("ui-")).toBe(true);
  });

  it("ui.ftl files parse without junk and without duplicate ids", () => {
    for (const lang of LANGUAGES) {
      const warn = vi.fn();
      const bundles = buildBundles({ [`x/locales/${lang}/ui.ftl`]: uiFile(lang) }, { warn });
      expect(warn).not.toHaveBeenCalled();
      const text = uiFile(lang);
      const entries = text.split("\n").filter((l) => /^ui-[\w-]+\s*=/.test(l)).length;
      expect(ids(text).length).toBe(entries); // nothing was dropped as junk
      expect(bundles[lang].hasMessage("ui-retry")).toBe(true);
    }
  });

  it("every literal ui- key used in the TS sources exists in both languages", () => {
    const used = new Set<string>();
    for (const src of Object.values(tsSources)) {
      for (const m of src.matchAll(/["'`](ui-[a-z0-9-]+)["'`]/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const lang of LANGUAGES) {
      // A screen's texts may live with its feature (workshop.ftl, incident.ftl): the window
      // loads every file of the language.
      const have = new Set(Object.entries(realSources())
        .filter(([p]) => p.includes(`/${lang}/`))
        .flatMap(([, text]) => ids(text)));
      expect(have.size).toBeGreaterThan(ids(uiFile(lang)).length);
      const missing = [...used].filter((k) => !have.has(k));
      expect(missing, `${lang} is missing`).toEqual([]);
    }
  });

  it("the dynamically built language names exist", () => {
    for (const lang of LANGUAGES) {
      const i18n = makeI18n(lang);
      for (const l of LANGUAGES) expect(i18n.has(`ui-language-${l}`)).toBe(true);
    }
  });

  it("produces no Unicode isolation marks", () => {
    for (const lang of LANGUAGES) {
      const i18n = makeI18n(lang);
      const out = i18n.t("ui-org-deleted", { name: "Acme 有限公司" });
      expect(out).toContain("Acme 有限公司");
      expect(out).not.toMatch(/[\u2066-\u2069]/);
    }
  });

  it("loads app.ftl (real or fixture) into both bundles", () => {
    const b = buildBundles(testSources(), silentLog);
    for (const lang of LANGUAGES) expect(b[lang].hasMessage("app-title")).toBe(true);
  });

  it("returns the id and logs (once) when a message is missing, without throwing", () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const i18n = new I18n(buildBundles(testSources(), silentLog), "en-US", log);
    expect(i18n.t("ui-no-such-key")).toBe("ui-no-such-key");
    expect(i18n.t("ui-no-such-key")).toBe("ui-no-such-key");
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(i18n.optional("ui-no-such-key")).toBeUndefined();
  });

  it("works with no resources at all", () => {
    const i18n = new I18n(buildBundles({}, silentLog), "zh-CN", silentLog);
    expect(i18n.t("app-title")).toBe("app-title");
    expect(i18n.formatError({ code: "not_found", message: "x" })).toBe("error-unknown");
  });
});

describe("error code → localised message", () => {
  it("uses error-<code> with details as arguments", () => {
    const zh = makeI18n("zh-CN");
    const en = makeI18n("en-US");
    const e = { code: "invalid_profile_value", message: "bad", details: { field: "region", value: "mars" } };
    expect(zh.formatError(e)).toContain("mars");
    expect(en.formatError(e)).toContain("region");
    expect(zh.formatError(e)).not.toBe(en.formatError(e));
    expect(en.formatError(e)).not.toMatch(/[\u2066-\u2069]/);
  });

  it("prefers details.message_id (e.g. from submission.ftl), with details as arguments", () => {
    const i = new I18n(buildBundles(realSources(), silentLog), "en-US", silentLog);
    const err = { code: "submission_failed", message: "x", details: { message_id: "submission-error-insecure_destination", url: "http://a.example/" } };
    expect(i.formatError(err)).toBe(i.t("submission-error-insecure_destination", { url: "http://a.example/" }));
    expect(i.formatError(err)).toContain("http://a.example/");
    // an id we do not have (or a malformed one) falls back to error-<code>
    expect(i.formatError({ ...err, details: { message_id: "submission-error-from-the-future", reason: "r" } }))
      .toBe(i.t("error-submission_failed", { cause: i.t("cause-other") }));
    expect(i.formatError({ ...err, details: { message_id: "../x", reason: "r" } })).toBe(i.t("error-submission_failed", { cause: i.t("cause-other") }));
    // The system's words never reach the message; the cause does, in the owner's language.
    const io = { code: "store_io", message: "x", details: { path: "/d", detail: "Permission denied (os error 13)", cause: "permission_denied" } };
    expect(i.formatError(io)).toContain(i.t("cause-permission-denied"));
    expect(i.formatError(io)).not.toContain("os error");
    expect(errorMessageId({ code: "nope", message: "" }, () => false)).toBe("error-unknown");
  });

  it("falls back to error-unknown for an unknown code", () => {
    const en = makeI18n("en-US");
    expect(en.formatError({ code: "no_such_code", message: "?" })).toBe(en.t("error-unknown"));
  });

  it("logs the raw back-end message for diagnostics", () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const i18n = new I18n(buildBundles(testSources(), silentLog), "en-US", log);
    i18n.formatError({ code: "not_found", message: "org 7 missing" });
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining("org 7 missing"), {});
  });
});

describe("generated bindings", () => {
  const generated = import.meta.glob<string>("./bindings/bindings.ts", { query: "?raw", import: "default", eager: true });
  const text = Object.values(generated)[0] ?? "";

  it("every back-end ErrorCode has an error-<code> message in both languages", () => {
    const union = /export type ErrorCode = ([^;]+);/.exec(text)?.[1] ?? "";
    const codes = [...union.matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES) {
      const i18n = makeI18n(lang);
      const missing = codes.filter((c) => !i18n.has(`error-${c}`));
      expect(missing, `${lang} errors.ftl is missing`).toEqual([]);
      expect(i18n.has("error-unknown")).toBe(true);
    }
  });
});
