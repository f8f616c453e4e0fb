#!/usr/bin/env python3
"""End to end in the real desktop app under Xvfb, driven by Debian's WebKitWebDriver:
a quick assessment done with the keyboard alone (Tab, Space, arrows and Enter sent to whatever
has focus; nothing is clicked), then a scan and a report, in each language. Screenshots of each
screen go to test-output/e2e/. Uses only the W3C WebDriver protocol over HTTP (no client library).

usage: keyboard_flow.py APP_BINARY LANG [DRIVER_URL]
"""
import base64
import json
import os
import sys
import tempfile
import time
import urllib.request

TAB, ENTER, SPACE, DOWN = "\ue004", "\ue007", "\ue00d", "\ue015"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test-output", "e2e")


class Driver:
    def __init__(self, url, app, args):
        self.url = url.rstrip("/")
        caps = {"capabilities": {"alwaysMatch": {"webkitgtk:browserOptions": {"binary": app, "args": args}}}}
        self.sid = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read() or b"{}").get("value")

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.sid}{path}", body)

    def script(self, source, *args):
        return self.s("POST", "/execute/sync", {"script": source, "args": list(args)})

    def press(self, keys):
        """Presses keys as a keyboard would: whatever has focus receives them. Key actions, not
        "send keys to an element": Enter often removes the focused element (the next question
        replaces it), which an element-bound command does not survive."""
        if all(k in (TAB, ENTER, SPACE, DOWN) for k in keys):
            steps = []
            for k in keys:
                steps += [{"type": "keyDown", "value": k}, {"type": "keyUp", "value": k}]
            self.s("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": steps}]})
        else:
            # Typing text into the focused field (it stays in place while typing).
            active = self.s("GET", "/element/active")
            element = next(iter(active.values()))
            self.s("POST", f"/element/{element}/value", {"text": keys})
        time.sleep(0.05)

    def focused(self):
        return self.script(
            "const e = document.activeElement; return e ? "
            "{tag: e.tagName, focus: e.getAttribute('data-focus') || '', type: e.type || '', "
            "name: e.name || '', text: (e.textContent || '').trim().slice(0, 80)} : null;")

    def wait_for(self, css, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            if self.script("return !!document.querySelector(arguments[0]);", css):
                return
            time.sleep(0.1)
        raise AssertionError(f"{css} did not appear; page: {self.text()[:400]}")

    def text(self):
        return self.script("return document.body.innerText;") or ""

    def tab_until(self, predicate, what, limit=60):
        for _ in range(limit):
            f = self.focused()
            if f and predicate(f):
                return f
            self.press(TAB)
        raise AssertionError(f"could not reach {what} with Tab; focus is on {self.focused()}")

    def screenshot(self, name):
        os.makedirs(OUT, exist_ok=True)
        png = base64.b64decode(self.s("GET", "/screenshot"))
        with open(os.path.join(OUT, name + ".png"), "wb") as f:
            f.write(png)

    def quit(self):
        try:
            self.s("DELETE", "")
        except Exception:
            pass


def message(lang, file, key):
    """A one-line message of the real locale file, as the app shows it."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "locales", lang, file)
    with open(root, encoding="utf-8") as f:
        for line in f:
            if line.startswith(key + " = "):
                return line.split(" = ", 1)[1].strip()
    return ""


def main():
    app, lang = sys.argv[1], sys.argv[2]
    url = sys.argv[3] if len(sys.argv) > 3 else "http://127.0.0.1:4444"
    data = tempfile.mkdtemp(prefix="coverready-e2e-")
    d = Driver(url, app, ["--data-dir", data, "--lang", lang])
    checks = []
    try:
        # First start: the welcome screen. Reach "quick check" with Tab, press Enter.
        d.wait_for("[data-focus='welcome-quick']")
        d.screenshot(f"kbd-{lang}-1-welcome")
        d.tab_until(lambda f: f["focus"] == "welcome-quick", "the quick-check button")
        d.press(ENTER)
        d.wait_for("#quick-name")
        d.tab_until(lambda f: f["focus"] == "quick-name", "the name field")
        d.press("键盘测试店" if lang == "zh-CN" else "Keyboard Test Shop")
        # Before the quick check, the profile questions that decide must-haves: this shop pays
        # no one by bank transfer (arrow to "no") and had no incident (Space on "none").
        d.tab_until(lambda f: f["name"] == "quick-bank_transfers", "the bank-transfer question")
        d.press(DOWN)
        d.tab_until(lambda f: f["name"] == "quick-incidents_3y", "the past-incidents question")
        d.press(SPACE)
        d.screenshot(f"kbd-{lang}-2-quick-name")
        checks.append(("the quick check asks the deciding profile questions first",
                       bool(d.script("return !!document.querySelector('#quick-deciding-title');"))))
        checks.append(("the keyboard chose 'no bank transfers' and 'no incidents'", bool(d.script(
            "return document.querySelector('#quick-bank_transfers-1').checked"
            " && document.querySelector('#quick-incidents_3y-0').checked;"))))
        d.tab_until(lambda f: f["focus"] == "quick-go", "start the quick check")
        d.press(ENTER)

        # The checklist, one question at a time: Tab to the answers, pick one, Enter = next.
        answered = 0
        headings = []
        for n in range(40):
            if d.script("return !!document.querySelector('#gate');"):
                break
            d.wait_for("input[name='answer'], #gate")
            if d.script("return !!document.querySelector('#gate');"):
                break
            d.tab_until(lambda f: f["name"] == "answer", "an answer")
            print(f"  question {n + 1}", file=sys.stderr)
            headings.append(d.script("return document.querySelector('#screen-heading').innerText;"))
            # Alternate answers: first option (yes) or, via arrow keys, a later one.
            if n % 3 == 2:
                d.press(DOWN)
            d.press(SPACE)
            if n == 0:
                d.screenshot(f"kbd-{lang}-3-question")
            d.press(ENTER)
            answered += 1
            time.sleep(0.2)
        d.wait_for("#gate")
        d.screenshot(f"kbd-{lang}-4-results")
        checks.append(("answered between 1 and 15 questions", 1 <= answered <= 15))
        # The profile answers took effect: neither must-have that no longer applies was asked.
        skipped = [message(lang, "checklist.ftl", "q-governance-past-incidents-fixed"),
                   message(lang, "checklist.ftl", "q-email-payment-callback")]
        checks.append(("questions that do not apply were not asked",
                       all(t.strip() not in skipped for t in headings) and all(skipped)))
        gate = d.script("return document.querySelector('#gate').innerText;")
        checks.append(("results show the gate verdict", bool(gate.strip())))
        # Open must-haves lead as cards, and the next step is the one main button.
        cards = d.script("return document.querySelectorAll('.must-card').length;") or 0
        blockers = d.script("return document.querySelectorAll('[data-focus^=\"blocker-\"]').length;") or 0
        checks.append(("each open must-have is a card, not-met ones first", cards >= 1 and blockers >= 1 and bool(d.script(
            "return document.querySelector('.must-card [data-focus]') !== null"
            " && document.querySelectorAll('.must-card')[0].querySelector('[data-focus^=\"blocker-\"]') !== null;"))))
        checks.append(("the next step is the one main button", d.script(
            "return document.querySelectorAll('.results .button.primary').length;") == 1))
        d.script("document.querySelector('.must-cards').scrollIntoView();")
        d.screenshot(f"kbd-{lang}-4b-must-haves")
        d.script("window.scrollTo(0, 0);")
        chinese = any("\u4e00" <= c <= "\u9fff" for c in gate)
        checks.append((f"results are in {lang}", chinese == (lang == "zh-CN")))

        # Results → scan this computer → report, still only with the keyboard.
        d.tab_until(lambda f: f["focus"] == "results-scan", "the scan button on results")
        d.press(ENTER)
        d.wait_for("[data-focus='scan-run']")
        d.tab_until(lambda f: f["focus"] == "scan-run", "scan this computer")
        started = time.time()
        d.press(ENTER)
        d.wait_for("#scan-results-heading", timeout=60)
        scan_seconds = time.time() - started
        d.screenshot(f"kbd-{lang}-5-scan")
        findings = d.script("return document.querySelectorAll('#scan-results-heading ~ * li, .finding').length;")
        checks.append(("the scan listed its findings", (findings or 0) >= 1))
        checks.append(("the scan finished within 10 s", scan_seconds < 10))
        d.tab_until(lambda f: f["focus"] == "scan-to-report", "the report button on scan")
        d.press(ENTER)
        d.wait_for("[data-focus='report-create']")
        d.tab_until(lambda f: f["focus"] == "report-create", "create report")
        d.press(ENTER)
        d.wait_for("#report-ready-heading", timeout=60)
        d.screenshot(f"kbd-{lang}-6-report")
        page = d.text()
        pdf = next((w for w in page.split() if w.endswith(".pdf")), "")
        checks.append(("the report was written", pdf != "" and os.path.exists(pdf)))

        # The remaining screens, each reached with the keyboard and kept as a screenshot:
        # apply for cover (nothing is sent from here without consent), settings, the profile.
        d.tab_until(lambda f: f["focus"] == "report-apply", "apply for cover on the report")
        d.press(ENTER)
        d.wait_for("#apply-destination")
        d.screenshot(f"kbd-{lang}-7-apply")
        checks.append(("apply shows no submission yet",
                       not d.script("return !!document.querySelector('.submission');")))
        d.tab_until(lambda f: f["focus"] == "nav-settings", "settings in the header", limit=120)
        d.press(ENTER)
        d.wait_for("#set-data-dir")
        d.screenshot(f"kbd-{lang}-8-settings")
        shown = d.script("return document.querySelector('#set-data-dir').value;")
        checks.append(("settings show the data folder", os.path.realpath(shown or "") == os.path.realpath(data)))
        d.tab_until(lambda f: f["focus"] == "nav-home", "organisations in the header", limit=120)
        d.press(ENTER)
        d.wait_for("[data-action='profile']")
        d.tab_until(lambda f: f["focus"].startswith("profile-"), "an organisation's profile")
        d.press(ENTER)
        d.wait_for("[data-focus='wiz-next']")
        d.screenshot(f"kbd-{lang}-9-profile")
    finally:
        d.quit()
    failed = [name for name, ok in checks if not ok]
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + f"{name} ({lang})")
    print(f"keyboard-{lang}: {len(checks) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
