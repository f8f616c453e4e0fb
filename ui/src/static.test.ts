// Checks that the page stays compatible with the strict CSP and the i18n rule.
import { describe, expect, it } from "vitest";

const html = import.meta.glob<string>("../index.html", { query: "?raw", import: "default", eager: true });
const css = import.meta.glob<string>("./**/*.css", { query: "?raw", import: "default", eager: true });
const ts = import.meta.glob<string>(["./**/*.ts", "!./**/*.test.ts", "!./test-support.ts"], {
  query: "?raw", import: "default", eager: true,
});

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ipc: http://ipc.localhost";

describe("index.html", () => {
  const page = Object.values(html)[0]!;
  const doc = new DOMParser().parseFromString(page, "text/html");

  it("declares utf-8 and the strict CSP", () => {
    expect(doc.querySelector("meta[charset]")?.getAttribute("charset")?.toLowerCase()).toBe("utf-8");
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe(CSP);
  });

  it("has no inline scripts, inline styles or event-handler attributes", () => {
    for (const s of doc.querySelectorAll("script")) expect(s.getAttribute("src")).toBeTruthy();
    expect(doc.querySelectorAll("style").length).toBe(0);
    for (const el of doc.querySelectorAll("*")) {
      for (const a of el.getAttributeNames()) {
        expect(a).not.toBe("style");
        expect(a.startsWith("on")).toBe(false);
      }
    }
  });

  it("has a polite live region and no user-visible text", () => {
    const status = doc.getElementById("status");
    expect(status?.getAttribute("role")).toBe("status");
    expect(status?.getAttribute("aria-live")).toBe("polite");
    expect(doc.body.textContent?.trim()).toBe("");
    expect(doc.title).toBe("");
  });
});

describe("sources", () => {
  it("never use innerHTML, inline styles or eval", () => {
    for (const [p, src] of Object.entries(ts)) {
      expect(src, p).not.toMatch(/\.innerHTML|\.outerHTML|insertAdjacentHTML|\.style\b|\beval\(|new Function/);
    }
  });

  it("stylesheet honours reduced motion and visible focus", () => {
    const all = Object.values(css).join("\n");
    expect(all).toMatch(/prefers-reduced-motion:\s*reduce/);
    expect(all).toMatch(/:focus-visible/);
    expect(all).toMatch(/Noto Sans CJK SC/);
  });
});
