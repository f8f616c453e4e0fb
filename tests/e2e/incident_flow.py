#!/usr/bin/env python3
"""End to end in the real desktop app under Xvfb, keyboard only: from the results screen, F9
opens "Something happened"; start a ransomware incident, tick the first step, add two log
entries (the second with an evidence file), verify the log and make the claim pack; then check
that the PDF exists and that `pdftotext` shows the step and both entries.

The evidence file is the one the debug build's open dialog answers with
(COVERREADY_E2E_PICK_FILE, set by webdriver-run.sh before the driver starts the app): WebDriver
cannot drive a native dialog, and release builds have no such hook.

usage: incident_flow.py APP_BINARY LANG [DRIVER_URL]
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keyboard_flow import ENTER, SPACE, TAB, Driver, message  # noqa: E402

F9 = "\ue039"


def key(d, k):
    """One key pressed and released, sent to whatever has focus."""
    d.s("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": [
        {"type": "keyDown", "value": k}, {"type": "keyUp", "value": k}]}]})
    time.sleep(0.05)


def flat(text):
    """Text without any white space (pdftotext breaks lines where the PDF wraps them)."""
    return re.sub(r"\s+", "", text or "")


def main():
    app, lang = sys.argv[1], sys.argv[2]
    url = sys.argv[3] if len(sys.argv) > 3 else "http://127.0.0.1:4444"
    evidence = os.environ.get("COVERREADY_E2E_PICK_FILE", "")
    data = tempfile.mkdtemp(prefix="coverready-e2e-incident-")
    d = Driver(url, app, ["--data-dir", data, "--lang", lang])
    checks = []
    first_note = "勒索信出现在每台电脑上" if lang == "zh-CN" else "A ransom note on every screen"
    second_note = "勒索信的照片" if lang == "zh-CN" else "Photo of the ransom note"
    try:
        # First start: the welcome screen. The organisations, then the example's results.
        d.wait_for("[data-focus='nav-home']")
        d.tab_until(lambda f: f["focus"] == "nav-home", "organisations in the header")
        d.press(ENTER)
        d.wait_for("[data-action='results']")
        d.tab_until(lambda f: f["focus"].startswith("results-"), "an organisation's results")
        d.press(ENTER)
        d.wait_for("#gate")
        d.screenshot(f"incident-{lang}-1-results")

        # One key from any screen: F9.
        key(d, F9)
        d.wait_for("#incident-kind-ransomware")
        d.screenshot(f"incident-{lang}-2-start")
        heading = d.script("return document.querySelector('#screen-heading').innerText;")
        checks.append(("F9 opens “Something happened”", heading.strip() == message(lang, "incident.ftl", "incident-app-title")))
        checks.append(("the header button names its key", d.script(
            "return document.querySelector('[data-focus=\"incident-button\"]').getAttribute('aria-keyshortcuts');") == "F9"))
        checks.append(("seven kinds to choose from", d.script(
            "return document.querySelectorAll('input[name=\"incident-kind\"]').length;") == 7))
        d.tab_until(lambda f: f["name"] == "incident-kind", "the kinds")
        d.press(SPACE)
        checks.append(("the keyboard chose ransomware", bool(d.script(
            "return document.querySelector('#incident-kind-ransomware').checked;"))))
        d.tab_until(lambda f: f["focus"] == "incident-start", "start")
        d.press(ENTER)
        d.wait_for("#steps-heading")
        d.screenshot(f"incident-{lang}-3-incident")
        steps = d.script("return Array.from(document.querySelectorAll('.incident-step-list .incident-step-text'), (p) => p.innerText);") or []
        checks.append(("the first steps are listed in order, isolate first",
                       len(steps) >= 4 and steps[0].strip() == message(lang, "incident.ftl", "incident-step-isolate")))
        deadline = d.script("return document.querySelector('[data-deadline=\"cac-4h\"]').innerText;") or ""
        checks.append(("the 4-hour report counts down", bool(re.search(r"\b[34]\b", deadline))))
        directory = d.script("return document.querySelector('.incident-contacts').innerText;") or ""
        checks.append(("the directory has 12387 and 110", "12387" in directory and "110" in directory))

        # Tick the first step: it shows the time it was done.
        d.tab_until(lambda f: f["focus"] == "step-isolate", "the first step's tick")
        d.press(ENTER)
        d.wait_for("p[data-focus='step-isolate']")
        checks.append(("the ticked step shows its time", bool(d.script(
            "return /\\d{2}:\\d{2}/.test(document.querySelector('p[data-focus=\"step-isolate\"]').innerText);"))))

        # Two entries, the second with the evidence file.
        d.tab_until(lambda f: f["focus"] == "log-text", "the log's text")
        d.press(first_note)
        d.tab_until(lambda f: f["focus"] == "log-add", "add entry")
        d.press(ENTER)
        d.wait_for(".log-entry:nth-child(3)")
        d.tab_until(lambda f: f["focus"] == "log-text", "the log's text again")
        d.press(second_note)
        d.tab_until(lambda f: f["focus"] == "log-add-evidence", "add entry with evidence")
        d.press(ENTER)
        d.wait_for(".log-entry:nth-child(4)")
        shown = d.script("return document.querySelector('.log-entry:nth-child(4) .log-evidence')?.innerText || '';") or ""
        sha = hashlib.sha256(open(evidence, "rb").read()).hexdigest() if evidence else "?"
        checks.append(("the evidence entry shows the file and its SHA-256",
                       os.path.basename(evidence) in shown and sha[:16] in shown))
        kept = [f for f in os.listdir(os.path.join(data, "incidents", "1")) if f.startswith(sha[:16])]
        checks.append(("the evidence file was copied into the data folder", len(kept) == 1))

        d.tab_until(lambda f: f["focus"] == "log-verify", "verify the log")
        d.press(ENTER)
        time.sleep(0.5)
        checks.append(("the log verifies intact", d.script(
            "return document.querySelector('[data-chain]').getAttribute('data-chain');") == "intact"))

        d.tab_until(lambda f: f["focus"] == "pack-make", "make the claim pack")
        d.press(ENTER)
        d.wait_for("[data-pack-pdf]", timeout=60)
        d.screenshot(f"incident-{lang}-4-claim-pack")
        pdf = (d.script("return document.querySelector('[data-pack-pdf]').innerText;") or "").strip()
        checks.append(("the claim pack PDF exists in the incident's folder",
                       os.path.isfile(pdf) and os.path.dirname(os.path.realpath(pdf)) == os.path.realpath(os.path.join(data, "incidents", "1"))))
        checks.append(("its JSON twin exists", os.path.isfile(pdf[:-4] + ".json")))
        text = ""
        if os.path.isfile(pdf):
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        step = flat(message(lang, "incident.ftl", "incident-step-isolate"))
        checks.append(("pdftotext shows the ticked step", flat(text).find(step[:12]) >= 0))
        checks.append(("pdftotext shows both entries", flat(first_note) in flat(text) and flat(second_note) in flat(text)))
        checks.append(("pdftotext shows the evidence file's SHA-256", sha[:16] in flat(text)))
    finally:
        d.quit()
    failed = [name for name, ok in checks if not ok]
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + f"{name} ({lang})")
    print(f"incident-{lang}: {len(checks) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
