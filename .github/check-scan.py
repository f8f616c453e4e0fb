#!/usr/bin/env python3
"""CI's scan smoke test on a real Windows or macOS runner: the scan's JSON must list findings,
and every finding must have a verdict and, unless it does not apply here, at least one piece of
evidence (a probe that panicked
or returned nothing fails here). usage: check-scan.py FINDINGS.json"""
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
findings = report.get("findings") or report.get("report", {}).get("findings") or []
problems = []
if not findings:
    problems.append("the scan returned no findings")
for f in findings:
    if not f.get("verdict"):
        problems.append(f"{f.get('probe')}: no verdict")
    # A probe that does not apply to this system (a Windows check on macOS) has nothing to show.
    if not f.get("evidence") and f.get("verdict") != "not_applicable":
        problems.append(f"{f.get('probe')}: no evidence")
for p in problems:
    print("FAIL", p)
print(f"{len(findings)} findings, {len(problems)} problems")
sys.exit(1 if problems else 0)
