#!/usr/bin/env python3
"""Workshop mode leaves nothing behind, in the real app under Xvfb (WebKitWebDriver, keyboard
only): an attendee types a unique marker as the business name and answers the quick check;
then after "Finish and erase", after an idle reset, and after SIGKILL mid-session, a search of
the data folder, the temp folder, the home folder (where WebKit keeps its data and cache) finds
the marker nowhere. Each session gets its own HOME and TMPDIR, so the search covers everything
the app and its webview could have written.

usage: workshop_flow.py APP_BINARY WEBKITWEBDRIVER
"""
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keyboard_flow import ENTER, SPACE, Driver  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Session:
    """A fresh HOME, TMPDIR and data folder, a WebKitWebDriver in them, and the app."""

    def __init__(self, app, driver_bin, args):
        self.root = tempfile.mkdtemp(prefix="coverready-workshop-e2e-")
        self.home, self.tmp, self.data = (os.path.join(self.root, d) for d in ("home", "tmp", "data"))
        for d in (self.home, self.tmp, self.data):
            os.makedirs(d)
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env.update(HOME=self.home, TMPDIR=self.tmp, TAURI_WEBVIEW_AUTOMATION="true")
        port = free_port()
        self.driver_proc = subprocess.Popen(
            [driver_bin, f"--port={port}", "--host=127.0.0.1"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        self.marker_args = ["--data-dir", self.data] + args
        self.d = Driver(f"http://127.0.0.1:{port}", app, self.marker_args)

    def app_pid(self):
        out = subprocess.run(["pgrep", "-f", self.data], capture_output=True, text=True).stdout
        pids = [int(p) for p in out.split() if int(p) != os.getpid()]
        return pids[0] if pids else None

    def close(self):
        self.d.quit()
        self.driver_proc.kill()
        self.driver_proc.wait()

    def traces(self, marker):
        """Every file under the session's folders that holds the marker (as UTF-8 or UTF-16)."""
        needles = [marker.encode(), marker.encode("utf-16-le")]
        found = []
        for top in (self.home, self.tmp, self.data):
            for dirpath, _, files in os.walk(top):
                for name in files:
                    path = os.path.join(dirpath, name)
                    try:
                        with open(path, "rb") as f:
                            blob = f.read()
                    except OSError:
                        continue
                    if any(n in blob for n in needles):
                        found.append(os.path.relpath(path, self.root))
        return found


def quick_check_with(d, marker, answers=3):
    """Welcome → quick check with the marker as the name → a few answers (keyboard only)."""
    d.wait_for("[data-focus='welcome-quick']")
    d.tab_until(lambda f: f["focus"] == "welcome-quick", "the quick-check button")
    d.press(ENTER)
    d.wait_for("#quick-name")
    d.tab_until(lambda f: f["focus"] == "quick-name", "the name field")
    d.press(marker)
    d.tab_until(lambda f: f["focus"] == "quick-go", "start the quick check")
    d.press(ENTER)
    for _ in range(answers):
        d.wait_for("input[name='answer'], #gate")
        if d.script("return !!document.querySelector('#gate');"):
            return
        d.tab_until(lambda f: f["name"] == "answer", "an answer")
        d.press(SPACE)
        d.press(ENTER)
        time.sleep(0.3)


def shown(d, marker):
    return marker in (d.text() or "")


def main():
    app, driver_bin = sys.argv[1], sys.argv[2]
    checks = []

    # 0. The search can fail: outside workshop mode the name is in the store on disk.
    marker = f"WS{uuid.uuid4().hex[:12]}"
    s = Session(app, driver_bin, ["--lang", "en-US"])
    try:
        quick_check_with(s.d, marker, answers=1)
        time.sleep(0.5)
        checks.append(("control: outside workshop mode the search finds the name on disk",
                       bool(s.traces(marker))))
    finally:
        s.close()

    # 1. Finish and erase, from the header button, with the keyboard.
    marker = f"WS{uuid.uuid4().hex[:12]}"
    s = Session(app, driver_bin, ["--workshop", "--lang", "zh-CN"])
    try:
        quick_check_with(s.d, marker)
        checks.append(("the marker was typed into the session", bool(s.d.script(
            "return document.body.innerText.length > 0;"))))
        s.d.tab_until(lambda f: f["focus"] == "workshop-finish", "Finish and erase")
        s.d.press(ENTER)
        s.d.wait_for("[data-focus='welcome-quick']", timeout=20)
        checks.append(("after Finish and erase the welcome screen is back, without the name",
                       not shown(s.d, marker)))
        s.d.wait_for("[data-focus='welcome-quick']")
        checks.append(("no organisation survived the erase", s.d.script(
            "return !document.querySelector(\"[data-focus='welcome-orgs']\");")))
        traces = s.traces(marker)
        checks.append((f"after Finish and erase the marker is on no disk ({traces})", not traces))
    finally:
        s.close()
    checks.append((f"after the app closed the marker is on no disk ({s.traces(marker)})", not s.traces(marker)))

    # 2. Idle reset: a facilitator's file with a short idle time.
    marker = f"WS{uuid.uuid4().hex[:12]}"
    config = os.path.join(tempfile.mkdtemp(prefix="coverready-workshop-config-"), "workshop.json")
    with open(config, "w") as f:
        json.dump({"language": "en-US", "idle_minutes": 0.25, "warning_seconds": 5}, f)
    s = Session(app, driver_bin, ["--workshop-config", config])
    try:
        quick_check_with(s.d, marker, answers=1)
        # Nobody touches the laptop: the warning comes, then the erase.
        s.d.wait_for("[role='alertdialog']", timeout=30)
        checks.append(("the idle warning is a dialog with the focus on 'I'm still here'",
                       s.d.focused()["focus"] == "workshop-stay"))
        s.d.wait_for("[data-focus='welcome-quick']", timeout=30)
        time.sleep(0.5)
        checks.append(("after the idle reset the welcome screen is back, without the name",
                       not shown(s.d, marker) and not s.d.script("return !!document.querySelector('[role=alertdialog]');")))
        traces = s.traces(marker)
        checks.append((f"after the idle reset the marker is on no disk ({traces})", not traces))
    finally:
        s.close()

    # 3. SIGKILL in the middle of a session: no clean-up runs, and none is needed.
    marker = f"WS{uuid.uuid4().hex[:12]}"
    s = Session(app, driver_bin, ["--workshop", "--lang", "en-US"])
    try:
        quick_check_with(s.d, marker, answers=2)
        pid = s.app_pid()
        checks.append(("the app's process was found", pid is not None))
        if pid:
            os.kill(pid, signal.SIGKILL)
            time.sleep(1)
        traces = s.traces(marker)
        checks.append((f"after SIGKILL the marker is on no disk ({traces})", not traces))
    finally:
        s.close()

    failed = [c for c, ok in checks if not ok]
    for c, ok in checks:
        print(("ok   " if ok else "FAIL ") + c)
    print(f"workshop: {len(checks) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
