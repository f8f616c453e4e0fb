// Glossary: plain-language words on the About page and in each question's help.
import { afterEach, describe, expect, it } from "vitest";
import { FakeBackend, makeI18n, mount } from "./test-support";
import { TERMS, termsIn } from "./glossary";
import { qKey } from "./shell";

afterEach(() => { document.body.replaceChildren(); });

const LANGS = ["zh-CN", "en-US"] as const;

describe("glossary", () => {
  it("has every word and its explanation in both languages", () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(10);
    for (const lang of LANGS) {
      const i18n = makeI18n(lang);
      for (const term of TERMS) {
        expect(i18n.optional(`glossary-${term.id}-term`), `${lang} ${term.id}`).toBeTruthy();
        expect(i18n.optional(`glossary-${term.id}`), `${lang} ${term.id}`).toBeTruthy();
      }
    }
  });

  it("finds the words a text uses, in glossary order", () => {
    const en = makeI18n("en-US");
    const zh = makeI18n("zh-CN");
    expect(termsIn(en.t(qKey("identity.mfa-email")), "en-US")).toEqual(["mfa"]);
    expect(termsIn(zh.t(`${qKey("identity.mfa-email")}-why`), "zh-CN")).toEqual(["mfa"]);
    expect(termsIn("Nothing technical here.", "en-US")).toEqual([]);
    expect(termsIn("A VPN and a backup", "en-US")).toEqual(["backup", "vpn"]);
  });

  for (const lang of LANGS) {
    it(`explains the words of the question being asked in its help (${lang})`, async () => {
      const i18n = makeI18n(lang);
      const b = new FakeBackend({ orgs: ["Acme"], language: lang });
      b.seedAnswers(1, {});
      const { root } = await mount(b, { route: { screen: "checklist", orgId: 1, question: "identity.mfa-email" } as never, lang });
      const help = root.querySelector<HTMLDetailsElement>("details.help")!;
      expect(help.textContent).toContain(i18n.t("ui-walk-words"));
      const words = Array.from(help.querySelectorAll(".glossary dt"), (dt) => dt.textContent);
      expect(words).toContain(i18n.t("glossary-mfa-term"));
      expect(words).not.toContain(i18n.t("glossary-dengbao-term"));
      expect(help.textContent).toContain(i18n.t("glossary-mfa"));
    });

    it(`lists every word on the About page (${lang})`, async () => {
      const i18n = makeI18n(lang);
      const { root } = await mount(new FakeBackend({ orgs: ["Acme"], language: lang }), { route: { screen: "welcome" }, lang });
      expect(root.querySelector("#glossary-heading")?.textContent).toBe(i18n.t("ui-glossary-title"));
      const words = Array.from(root.querySelectorAll(".glossary dt"), (dt) => dt.textContent);
      expect(words).toEqual(TERMS.map((term) => i18n.t(`glossary-${term.id}-term`)));
    });
  }
});
