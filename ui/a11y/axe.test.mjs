// Accessibility test: axe-core in headless Chromium against the built UI
// (ui/dist, served by a tiny static server), every screen in both languages.
// The IPC is answered by a test-only stub (dist-a11y/stub.js, built from
// a11y/stub.ts around the unit tests' FakeBackend) injected with
// page.addInitScript — never part of the production bundle. What the engine
// decides comes from the real engine: the page reaches the coverready-ui-harness
// process through a Playwright binding (../harness/engine.mjs).
// Fails on any serious or critical violation, and on any CSP violation.
// Screenshots go to ../test-output/ui-a11y/ (gitignored).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { Engine } from "../harness/engine.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ui = resolve(here, "..");
const dist = join(ui, "dist");
const stubPath = join(ui, "dist-a11y", "stub.js");
const shots = resolve(ui, "..", "test-output", "ui-a11y");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".json": "application/json" };

function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
    if (path === "" || path.endsWith("/")) path += "index.html";
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** Each screen: the route remembered in sessionStorage, and what to do before checking. */
/** The address of the page's platform: a real intake server on 127.0.0.1 that the engine sends to. */
function platformUrl(page) {
  return page.evaluate(() => window.__A11Y_BACKEND__.platform());
}

const SCREENS = [
  { name: "welcome", route: { screen: "welcome" } },
  { name: "workshop-welcome", route: { screen: "welcome" }, workshop: true },
  { name: "workshop-results", route: { screen: "results", orgId: 1 }, workshop: true },
  { name: "home", route: { screen: "home" } },
  { name: "profile", route: { screen: "profile", orgId: 1, step: 0 } },
  { name: "checklist", route: { screen: "checklist", orgId: 1 } },
  { name: "results", route: { screen: "results", orgId: 1 } },
  { name: "settings", route: { screen: "settings" } },
  {
    name: "scan", route: { screen: "scan", orgId: 1 },
    act: async (page) => {
      await page.click('[data-focus="scan-run"]');
      await page.waitForSelector("#scan-results-heading");
      await page.fill("#domain-input", "example.com.cn");
      await page.click('[data-focus="domain-run"]');
      await page.waitForSelector("#domain-results-heading");
      // open one disclosure so its content is checked too
      await page.click(".finding-list details summary");
    },
  },
  {
    name: "report", route: { screen: "report", orgId: 1 },
    act: async (page) => {
      await page.click('[data-focus="report-create"]');
      await page.waitForSelector("#report-ready-heading");
    },
  },
  {
    name: "apply", route: { screen: "apply", orgId: 1 },
    act: async (page) => {
      await page.fill("#apply-destination", await platformUrl(page));
      await page.check("#share-industry");
      await page.click('[data-focus="apply-prepare"]');
      await page.waitForSelector("#preview-heading");
    },
  },
  { name: "incident-start", route: { screen: "incident", orgId: 1, id: null } },
  {
    name: "incident", route: { screen: "incident", orgId: 1, id: null },
    act: async (page) => {
      await page.check("#incident-kind-ransomware");
      await page.click('[data-focus="incident-start"]');
      await page.waitForSelector("#steps-heading");
      await page.click('[data-focus="step-isolate"]');
      await page.waitForSelector('p[data-focus="step-isolate"]');
      await page.fill("#log-text", "A ransom note on every screen");
      await page.click('[data-focus="log-add"]');
      await page.waitForSelector(".log-entry:nth-child(3)");
      await page.click('[data-focus="pack-make"]');
      await page.waitForSelector("[data-pack-pdf]");
    },
  },
  { name: "policy", route: { screen: "policy", orgId: 1 } },
  {
    // Long work in progress: the scan's and the upload's Stop buttons and progress (the stub
    // holds each job until stopped).
    name: "scan-running", route: { screen: "scan", orgId: 1 }, hold: true,
    act: async (page) => {
      await page.click('[data-focus="scan-run"]');
      await page.waitForSelector('[data-focus="scan-stop"]');
    },
  },
  {
    name: "apply-sending", route: { screen: "apply", orgId: 1 }, hold: true,
    act: async (page) => {
      await page.fill("#apply-destination", await platformUrl(page));
      await page.click('[data-focus="apply-prepare"]');
      await page.waitForSelector("#preview-heading");
      await page.check("#apply-agree");
      await page.click('[data-focus="apply-send"]');
      await page.waitForSelector('[data-focus="apply-stop"]');
    },
  },
  {
    name: "apply-withdraw-dialog", route: { screen: "apply", orgId: 1 },
    act: async (page) => {
      await page.click('[data-focus="withdraw-1"]');
      await page.waitForSelector("dialog[open]");
    },
  },
];
const LANGS = ["zh-CN", "en-US"];

let server; let context; let profileDir; let base; let engine;
const summary = [];

before(async () => {
  assert.ok(existsSync(join(dist, "index.html")), "ui/dist is missing: run `npm run build` first (npm run test:a11y does)");
  assert.ok(existsSync(stubPath), "dist-a11y/stub.js is missing: run `npm run test:a11y`");
  server = await serve();
  base = `http://127.0.0.1:${server.address().port}/`;
  profileDir = mkdtempSync(join(tmpdir(), "coverready-a11y-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1100, height: 900 },
    reducedMotion: "reduce",
  });
  engine = new Engine();
  // Errors cross the binding as data, so the page sees the engine's own {code, message, details}.
  await context.exposeFunction("__coverreadyEngine", (session, cmd, args) =>
    engine.call(session, cmd, args).then((ok) => ({ ok: ok ?? null }), (err) => ({ err })));
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  engine?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  if (summary.length) {
    writeFileSync(join(shots, "summary.json"), JSON.stringify(summary, null, 2));
    console.log("\naxe results (violations by impact):");
    for (const s of summary) console.log(`  ${s.lang} ${s.screen.padEnd(22)} ${JSON.stringify(s.counts)}${s.ids.length ? " " + s.ids.join(",") : ""}`);
  }
});

for (const lang of LANGS) {
  describe(`a11y ${lang}`, () => {
    for (const screen of SCREENS) {
      it(`${screen.name}: no serious or critical axe violations, no CSP violations`, async () => {
        const page = await context.newPage();
        const problems = [];
        page.on("console", (m) => { if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text()); });
        page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
        const init = `window.__A11Y__ = ${JSON.stringify({ lang, hold: screen.hold === true, workshop: screen.workshop === true })};
          try { sessionStorage.setItem("coverready.route", ${JSON.stringify(JSON.stringify(screen.route))}); } catch {}`;
        await page.addInitScript({ content: init });
        await page.addInitScript({ path: stubPath });
        await page.goto(base);
        await page.waitForSelector('main[aria-busy="false"] #screen-heading, main[aria-busy="false"] #home-heading');
        if (screen.act) await screen.act(page);
        const lang0 = await page.evaluate(() => document.documentElement.lang);
        assert.equal(lang0, lang);
        await page.evaluate(axeSource);
        const results = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
          resultTypes: ["violations"],
        }));
        await page.screenshot({ path: join(shots, `${lang}-${screen.name}.png`), fullPage: true });
        // Text at 200 % (Settings → Text size): the page reflows, nothing runs off the side and no
        // text is cut off inside its box (WCAG 1.4.4).
        const at200 = await page.evaluate(() => new Promise((resolve) => {
          document.documentElement.classList.add("text-200");
          requestAnimationFrame(() => requestAnimationFrame(() => {
            const root = document.documentElement;
            const clipped = [...document.querySelectorAll("main *, header *")]
              .filter((e) => e.offsetParent !== null && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                && getComputedStyle(e).overflowX !== "visible" && !e.closest(".visually-hidden"))
              .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? "").trim().slice(0, 40)}`);
            resolve({ scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, clipped });
          }));
        }));
        await page.screenshot({ path: join(shots, `${lang}-${screen.name}-200.png`), fullPage: true });
        const counts = {};
        for (const v of results.violations) counts[v.impact] = (counts[v.impact] ?? 0) + v.nodes.length;
        summary.push({ lang, screen: screen.name, counts, ids: results.violations.map((v) => `${v.id}(${v.impact})`) });
        assert.ok(results.passes.length > 15, `axe ran only ${results.passes.length} passing rules`);
        const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        const describe = bad.map((v) => `${v.id} [${v.impact}] ${v.help}\n` + v.nodes.slice(0, 5).map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ")}`).join("\n")).join("\n");
        await page.close();
        assert.equal(bad.length, 0, `${lang} ${screen.name}:\n${describe}`);
        assert.deepEqual(problems, [], `${lang} ${screen.name}: page problems`);
        assert.ok(at200.scrollWidth <= at200.clientWidth + 1,
          `${lang} ${screen.name} at 200 %: the page is ${at200.scrollWidth}px wide in a ${at200.clientWidth}px window`);
        assert.deepEqual(at200.clipped, [], `${lang} ${screen.name} at 200 %: text cut off`);
      });
    }
  });
}
