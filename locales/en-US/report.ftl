# CoverReady PDF report texts (en-US). Every key starts with "report-"; question, domain and answer
# texts come from checklist.ftl. Keep the same keys as locales/zh-CN/report.ftl.

## Cover
report-title = Cyber insurance readiness report
report-subtitle = CoverReady self-assessment · 网安投保就绪自评
report-cover = Cover
report-cover-generated = Generated
report-cover-report-id = Report ID
report-cover-app-version = App version
report-cover-content = Content version
report-cover-content-unknown = not recorded (answered before content packs)
report-cover-checklist = Checklist
report-cover-checklist-value = { $id }, version { $version }, { $mode }
report-mode-full = full mode
report-mode-quick = quick mode
report-cover-fingerprint = Data file fingerprint (SHA-256)
report-cover-fingerprint-help = This report comes with a .json data file of the same name holding the same data. Any SHA-256 tool run on that file must give exactly the string above; if it differs, the data file has been changed.
report-cover-profile = Business profile
report-cover-line = Generated { $generated } · report { $report_id }
report-incidents = Security incidents in the last 3 years
report-incidents-not-given = Not stated in the profile.
report-technical = Technical details
report-profile-empty = The business profile has not been filled in yet.

## Running header and footer
report-header = { $org } · Cyber insurance readiness report
report-footer = Page { $page } of { $total } · Report { $id }

## Summary
report-summary = For you: the numbers and what to do first
report-summary-score = { -cl-readiness-score }
report-summary-score-value = { $percent } out of 100
report-summary-coverage = { -cl-answered }
report-summary-coverage-value = { $answered }/{ $applicable } answered definitely, { $not_sure } not sure, { $unanswered } not answered
report-summary-scan-label = Checked by scan
report-summary-no-scan = No scan has been run yet: every answer is self-assessed.
report-summary-scan = Scans found { $pass } passed, { $fail } failed and { $unknown } that could not be decided; see Appendix A.
report-summary-top-actions = The five things to do first
report-summary-no-actions = Nothing left to do: every question is in place or does not apply.
report-summary-no-answers = No question has been answered yet, so there are no scores below and the action plan lists every question as “not answered yet”. Answer the checklist and create the report again.
report-action-line = { $question } ({ $bucket }, about { $hours } h, { $cost })
report-list-separator = { "; " }

## Scores
report-scores = Scores by domain
report-scores-intro = Scores are weighted: must-haves and important questions count 3 points, good-to-haves 1; “partly” earns half, “not sure” and unanswered earn nothing, and “doesn't apply” is left out. A domain's score is the share of the points it could earn.
report-scores-empty = Nothing can be scored yet.
report-scores-bar = Bar chart
report-scores-radar = Radar chart
report-percent = { $percent }%
report-not-scored = not scored
report-score-withheld = not scored yet: fewer than half the questions have a definite answer

## Must-haves
report-must-have = Must-have controls
report-must-have-intro = Insurers usually expect all of these. A “no” or “partly” on any of them can mean no quote, an exclusion, or a refused claim if the answer was misstated.
report-must-have-none = No must-have applies to this business profile.
report-col-question = Question
report-col-answer = Answer
report-col-verification = Checked
report-col-status = Status
report-status-met = In place
report-status-unmet = Not in place
report-status-to-confirm = To confirm

## Answers by domain
report-findings = Answers by domain
report-findings-domain-score = score { $score }
report-unanswered = Not answered
report-answer-line = { $weight } · Answer: { $answer } · { $verification }
report-verification-self_attested = Self-assessed
report-verification-verified_by_scan = Confirmed by scan
report-verification-partly_verified_by_scan = Partly confirmed by scan; the rest is self-assessed
report-verification-contradicted = The scan disagrees with this answer; not resolved yet
report-verification-contradicted_owner_kept = Scan disagreed; the owner kept the answer
report-note = Note: { $note }
report-answered-at = Answered: { $date }
report-answered-span = Answered between { $from } and { $to }

## Action plan
report-plan = Action plan
report-plan-intro = Must-haves come first, then whatever earns the most points per hour of work. Hours and costs are rough estimates.
report-plan-empty = Nothing left to do: every question is in place or does not apply.
report-plan-bucket = { $bucket }: { $count } items, about { $hours } h
report-col-action = What to do
report-col-why = Why
report-col-effort = Effort
report-col-cost = Cost
report-hours = { $hours } h

## Loss scenarios and coverage
report-loss = Loss scenarios
report-loss-intro = What one such incident could cost, as rough ranges worked out from the assumptions under each line: not a forecast and not a quote. Check whether each assumption fits your business.
report-col-scenario = Scenario
report-col-low = Low
report-col-likely = Likely
report-col-high = High
report-money = { $wan_ok ->
    [yes] ¥{ $amount }
   *[other] ¥{ $amount }
}
report-assumptions = Assumptions: { $text }
report-coverage = Coverage to consider
report-coverage-intro = Given the business profile, these kinds of cover are worth asking an insurer or broker about. For each, ask for the limit, the deductible, any waiting period and the exclusions, and disclose your situation truthfully.
report-coverage-item = { $title } ({ $priority }; { $side })

## Appendices
report-evidence = Appendix A: scan evidence
report-evidence-intro = Evidence excerpts have personal data and secrets removed; only what the verdict needs is kept.
report-verdict-pass = Passed
report-verdict-fail = Failed
report-verdict-unknown = Could not decide
report-verdict-not_applicable = Does not apply
report-evidence-reason = Reason: { $reason }
report-evidence-excerpt = Evidence: { $evidence }
report-evidence-questions = Questions: { $questions }
report-mappings = Appendix B: framework mappings
report-mappings-intro = The clauses of common security frameworks each question corresponds to, for insurers, auditors and classified-protection (Dengbao) assessors.
report-col-mappings = Corresponding clauses
report-mappings-none = No corresponding clause
report-framework-nist_csf_2 = NIST CSF 2.0
report-framework-cis_v8 = CIS Controls v8
report-framework-cyber_essentials = UK Cyber Essentials
report-framework-essential_eight = Australian Essential Eight
report-framework-gbt_22239_l2 = GB/T 22239-2019 level 2 (Dengbao)

## Glossary
report-glossary = Glossary

## Disclaimer
report-disclaimer = Disclaimer
report-disclaimer-self = This report is a self-assessment made by the business with CoverReady against its checklist. It is not an insurer's underwriting decision and does not mean any insurer will offer cover or a particular price. Cover, premium and terms are decided by the insurer and set out in the policy.
report-disclaimer-estimates = Scores, hours, costs and loss amounts in this report are rough estimates from published methods, for guidance only. Answers marked “self-assessed” have not been checked; answering an insurer truthfully is the business's own responsibility, and a misstatement can lead to a refused claim.
report-disclaimer-privacy = This report was created offline on the business's own computer. CoverReady does not send it to anyone by itself.
report-disclaimer-fingerprint = How to check: compute the SHA-256 fingerprint of the .json data file with the same name and compare it with the fingerprint on the cover. If they match, the data file belongs to this report and has not been changed.

# Notes about a report (the app and the command line show them)
report-warning-missing-glyph = The PDF font has no character { $char } ({ $code }); it is shown as □. The data file has it correctly.
report-warning-pack-mismatch = The answers were given with a different version of the checklist ({ $answered_with }); the report uses the current one ({ $rendered_with }).
