# CoverReady — interface text (English)
# Every key starts with ui-; zh-CN/ui.ftl must have exactly the same keys.

## Language switch
ui-language-switch-label = Interface language
ui-language-zh-CN = 简体中文
ui-language-en-US = English
ui-language-changed = The interface is now in English.

## General
ui-loading = Loading…
ui-retry = Try again
ui-error-heading = Something went wrong
ui-footer-version = Version { $version }
ui-footer-data-dir = Your data stays on this computer: { $path }

## Start-up failure
ui-startup-failed-title = The app could not start properly

## Data file problems
ui-store-path = File location: { $path }
ui-store-corrupt-title = The data file is damaged
ui-store-corrupt-body = The file that holds your answers cannot be read. The app may not have closed properly last time, or another program may have changed the file.
ui-store-corrupt-keep = You can move the damaged file aside and start again with a blank file. The original is kept exactly as it is — it is never deleted — so a technician can try to recover it later.
ui-store-recover = Move the damaged file aside and start fresh
ui-store-recovered = The damaged file has been moved aside. You can start again now.
ui-store-too-new-title = The data file is from a newer version
ui-store-too-new-body = This data file was saved by a newer version of CoverReady (format version { $found }); this version supports up to format version { $supported }.
ui-store-too-new-action = To keep your data safe, the app will not open it. Please install the latest version of CoverReady and open it again.
ui-store-unavailable-title = The data folder cannot be used
ui-store-unavailable-body = CoverReady could not open the folder where it keeps your data, so nothing can be read or saved right now.
ui-store-unavailable-detail = Reason reported by the system: { $cause }
ui-store-unavailable-action = Check that the folder exists, that the disk is not full and that you may write to it, then choose “Try again”.

## Home: organisations
ui-orgs-heading = Your organisations
ui-orgs-intro = Each organisation keeps its own profile and self-assessment.
ui-orgs-empty = No organisations yet. Choose “Add organisation” to get started.
ui-org-new = Add organisation
ui-org-edit = Edit
ui-org-edit-named = Edit { $name }
ui-org-delete = Delete
ui-org-delete-named = Delete { $name }
ui-profile-not-set = Not answered
ui-org-created = Added “{ $name }”.
ui-org-updated = Saved changes to “{ $name }”.
ui-org-deleted = Deleted “{ $name }”.

## Delete confirmation
ui-delete-title = Delete this organisation?
ui-delete-body = The profile and every self-assessment of “{ $name }” will be deleted permanently. This cannot be undone.
ui-delete-confirm = Delete
ui-delete-cancel = Cancel

## Organisation form
ui-form-new-title = Add organisation
ui-form-edit-title = Edit “{ $name }”
ui-form-intro = Start with the basics. Apart from the name, you can fill these in later.
ui-org-name-label = Organisation name
ui-org-name-hint = Required, up to { $max } characters.
ui-org-name-error-empty = Enter the organisation’s name.
ui-org-name-error-too-long = The name is too long: at most { $max } characters, it has { $length }.
ui-org-name-error-control = The name contains invisible control characters (such as a line break). Remove them and save again.
ui-select-placeholder = Choose…
ui-form-create = Add
ui-form-save = Save changes
ui-form-cancel = Cancel

## Navigation and shared
ui-skip-to-main = Skip to main content
ui-nav-label = Main
ui-nav-home = Organisations
ui-nav-settings = Settings
ui-nav-welcome = About CoverReady
ui-back = Back
ui-back-to-orgs = Back to organisations
ui-load-failed-title = This page could not be loaded
ui-percent = { $value } %
ui-effort-label = Effort
ui-effort-hours =
    { $hours ->
        [one] About 1 hour
       *[other] About { $hours } hours
    }
ui-cost-label = Cost

## Welcome
ui-welcome-title = Welcome to CoverReady
ui-welcome-lead = Insurers ask about your IT security before they offer cyber insurance. CoverReady helps you find out where you stand, in plain language, at your own pace.
ui-welcome-language = Choose your language
ui-welcome-what = What CoverReady does
ui-welcome-point-1-title = Ask:
ui-welcome-point-1 = plain questions about your business and how you protect it. No technical knowledge needed, and “not sure” is always a fine answer.
ui-welcome-point-2-title = Show:
ui-welcome-point-2 = whether you meet the must-haves insurers look for, and a score for each area.
ui-welcome-point-3-title = Plan:
ui-welcome-point-3 = a to-do list for this week, this month and this quarter, with rough effort and cost.
ui-welcome-privacy-title = Your answers stay on this computer
ui-welcome-privacy = CoverReady works offline. Nothing is sent anywhere unless you choose to send it yourself.
ui-welcome-start = Start
ui-welcome-quick = Quick check for workshops
ui-welcome-quick-hint = The quick check asks at most 15 key questions and needs only a name, about 10 minutes.
ui-glossary-title = Words explained
ui-glossary-intro = A few words cannot be avoided when talking about cyber insurance. Here they are in plain language; the help under each question explains the ones that question uses.
ui-glossary-show = Show the words and what they mean
ui-welcome-see-orgs = Go to your organisations

## Quick check
ui-quick-title = Quick check
ui-quick-intro = Enter a name for this check and answer the questions below that decide what applies to you. The rest of the business profile can wait.
ui-quick-name-label = Name of the business
ui-quick-name-hint = Required, up to { $max } characters. A nickname is fine.
ui-quick-go = Start the quick check
ui-quick-deciding-title = { $count ->
    [one] One question first
   *[other] { $count } questions first
}
ui-quick-deciding-intro = They decide which must-have questions apply to you, so you are not asked about things your business does not have. Skip one if you are not sure.

## Home: assessment actions
ui-org-start = Start assessment
ui-org-start-named = Start assessment for { $name }
ui-org-continue = Continue assessment
ui-org-continue-named = Continue assessment for { $name }
ui-org-results = Results
ui-org-results-named = Results for { $name }
ui-org-profile = Business profile
ui-org-profile-named = Business profile of { $name }
ui-org-not-started = Assessment not started yet.
ui-org-progress =
    { $count ->
        [one] { $mode }: 1 question answered so far.
       *[other] { $mode }: { $count } questions answered so far.
    }

## Profile wizard
ui-wizard-title = New organisation
ui-wizard-title-named = Business profile: { $name }
ui-wizard-progress = Step { $current } of { $total }
ui-wizard-step-basics = About your business
ui-wizard-step-data = Data and money
ui-wizard-step-systems = Your IT
ui-wizard-step-resilience = Risks and history
ui-wizard-intro = These answers decide which questions the checklist asks. Skip anything you are not sure about.
ui-wizard-intro-later = Not sure? Choose “Not sure / skip”; the checklist will then ask about it to be safe.
ui-wizard-skip-option = Not sure / skip
ui-wizard-number-skip = Leave empty if you are not sure.
ui-wizard-number-error = Enter a whole number from { $min } to { $max }, without a currency sign, or leave it empty.
ui-wizard-next = Save and continue
ui-wizard-finish = Save and go to the checklist
ui-wizard-later = Save and finish later
ui-wizard-saved = Profile saved.

## Checklist: mode
ui-mode-full = Full check
ui-mode-quick = Quick check
ui-mode-title = How thorough should the check be?
ui-mode-title-new = Start a new assessment
ui-mode-intro = You can stop at any time: every answer is saved as soon as you choose it.
ui-mode-intro-new = The new assessment starts with a copy of your latest answers, so you only change what is different. The old one is kept.
ui-mode-legend = Kind of check
ui-mode-full-title = Full check
ui-mode-full-desc = { $count } questions, about { $minutes } minutes. Best before you apply for insurance.
ui-mode-quick-title = Quick check
ui-mode-quick-desc = { $count } key questions, about { $minutes } minutes. Good for a workshop or a first look.
ui-mode-start = Start

## Checklist: one question at a time
ui-walk-eyebrow = { $name } · { $mode }
ui-walk-progress = Question { $current } of { $total }
ui-walk-answered = { $count } of { $total } answered
ui-walk-your-answer = Your answer
ui-walk-not-sure-hint = An honest answer: it becomes a to-do to find out.
ui-walk-saving = Saving…
ui-walk-saved = Saved
ui-answer-saved = Answer saved.
ui-walk-save-failed = Your answer could not be saved
ui-walk-note = Note (optional)
ui-walk-note-hint = For yourself or your broker, for example who to ask. Up to { $max } characters.
ui-walk-help = Why this matters, how to check, how to fix
ui-walk-why = Why it matters
ui-walk-check = How to check
ui-walk-fix = How to fix it
ui-walk-words = Words used here
ui-walk-next = Next
ui-walk-finish = See the results
ui-walk-skip = Skip for now
ui-walk-skip-hint = Skipped questions stay open; you can come back to them later.
ui-walk-see-results = See the results so far
ui-walk-later = Finish later
ui-walk-empty-title = No questions to ask
ui-walk-empty = None of the questions applies to this business profile. Check the profile.

## Results
ui-results-title = Your readiness
ui-results-eyebrow = { $name } · { $mode }
ui-results-gate-explain = Insurers first check the must-haves. Without them, they often do not offer cover at all.
ui-results-score = { -cl-readiness-score }
ui-results-score-hint = Weighted by how much insurers care about each answer; shown once at least half the questions have a definite answer, so “not sure” never passes for a low score.
ui-results-no-score = After half the answers
ui-results-coverage = { -cl-answered }
ui-results-coverage-hint = Questions answered yes, partly, no or doesn’t apply, of all that apply to you.
ui-results-not-sure = Not sure
ui-results-not-sure-hint =
    { $unanswered ->
        [0] Answers to find out. Every question has an answer.
        [one] Answers to find out. 1 question is not answered yet.
       *[other] Answers to find out. { $unanswered } questions are not answered yet.
    }
ui-results-continue = Continue the checklist
ui-results-new = Start a new assessment
ui-results-musts = Must-haves
ui-results-missing =
    { $count ->
        [one] Missing (1)
       *[other] Missing ({ $count })
    }
ui-results-to-confirm =
    { $count ->
        [one] To confirm (1)
       *[other] To confirm ({ $count })
    }
ui-results-status = { $fix ->
    [0] Before you apply, find out { $confirm ->
        [one] 1 must-have
       *[other] { $confirm } must-haves
    }.
   *[other] Before you apply, fix { $fix ->
        [one] 1 must-have
       *[other] { $fix } must-haves
    }{ $confirm ->
        [0] .
        [one] , then find out 1 more.
       *[other] , then find out { $confirm } more.
    }
}
ui-results-musts-open = { $fix ->
    [0] Must-haves to find out ({ $confirm })
   *[other] Must-haves to fix first{ $confirm ->
        [0] {" "}({ $fix })
       *[other] {" "}({ $fix } to fix, { $confirm } to find out)
    }
}
ui-results-continue-count = { $count ->
    [one] Answer the last question
   *[other] Answer the { $count } open questions
}
ui-next-fix = Fix first: { $question }
ui-next-confirm = Find out first: { $question }
ui-next-scan = Check this computer
ui-next-report = Make the readiness report
ui-steps-label = Your way to cover
ui-step-profile = Profile
ui-step-questions = Questions
ui-step-scan = Check this computer
ui-step-report = Report
ui-step-apply = Apply
ui-step-state-done = (done)
ui-step-state-current = (you are here)
ui-step-state-todo = (still to do)
ui-plan-done-update-answer = Marked as done. Change your answer too, so the result and the report show it.
ui-plan-update-answer = Update my answer
ui-it-summary = Send to my IT provider
ui-it-label = A text to copy into WeChat or an e-mail
ui-it-message = Hello, for { $name } we need this before we apply for cyber insurance: { $question } What to do: { $fix } Please tell us when it is done, so we can update our answer. Thank you.
ui-it-copy = Copy the text
ui-it-copied = The text is copied.
ui-it-copy-manually = The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
ui-results-go-to-question = Change answer
ui-results-go-to-question-named = Change answer: { $question }
ui-results-domains = Score by area
ui-results-domains-hint = The share of possible points in each area. An area is scored once at least half its questions have a definite answer; “not sure” and unanswered questions earn no points.
ui-results-domain-none = No score
ui-results-col-domain = Area
ui-results-col-percent = Score
ui-results-col-answered = Answered
ui-results-col-not-sure = Not sure
ui-results-of = { $count } of { $total }

## Action plan
ui-plan-title = Action plan
ui-plan-intro = { $done } of { $total } done. Tick an item off when it is done; it stays ticked.
ui-plan-empty = Nothing to do: every question is answered “yes” or doesn’t apply.
ui-plan-done = Done
ui-plan-marked-done = Marked as done.
ui-plan-marked-open = Marked as not done.

## Settings
ui-settings-title = Settings
ui-settings-intro = Changes are saved at once and apply everywhere in the app.
ui-settings-language = Language
ui-settings-text-size = Text size
ui-settings-text-size-hint = Larger text makes everything bigger; the pages rearrange to fit.
ui-settings-percent = { $value } %
ui-settings-display = Display
ui-settings-high-contrast = High contrast
ui-settings-high-contrast-hint = Stronger colours and thicker outlines, easier to see in bright light or with low vision.
ui-settings-data-dir = Data folder
ui-settings-data-dir-hint = Everything CoverReady saves is in this folder on this computer. Copy it to make a backup.
ui-settings-data-dir-open = Show the folder
ui-settings-saved = Settings saved.

## Shared (scan, report, apply)
ui-list-separator = {", "}
ui-org-scan = Check this computer
ui-org-scan-named = Check this computer for { $name }
ui-org-report = Report
ui-org-report-named = Report for { $name }
ui-org-apply = Apply for cover
ui-org-apply-named = Apply for cover for { $name }

## Results: how answers are backed
ui-verification-verified_by_scan = Verified by scan
ui-verification-partly_verified_by_scan = Partly verified by scan
ui-verification-self_attested = Self-attested
ui-verification-contradicted = Scan disagrees
ui-verification-contradicted_owner_kept = Kept despite scan
ui-verification-title = How your answers are backed
ui-verification-summary = { $verified } confirmed by a scan, { $partly } partly confirmed, { $self } based on your word, { $contradicted } where a scan saw something different.
ui-verification-show = Show all { $count } answers
ui-results-contradictions =
    { $count ->
        [one] A scan saw something different from 1 of your answers.
       *[other] A scan saw something different from { $count } of your answers.
    }
ui-results-resolve = Look at them now

## Scan
ui-scan-title = Check this computer
ui-scan-lead = CoverReady can look at the security settings of this computer: updates, anti-virus, disk encryption, firewall, remote access, accounts and backups. It takes about a minute. The results back up your answers, so an insurer can see they were checked.
ui-scan-promise-title = Read-only, and nothing is sent
ui-scan-promise = The check only reads settings. It changes nothing on this computer, and its results stay here unless you send a report yourself.
ui-scan-what = What is checked ({ $count } checks)
ui-scan-run = Scan this computer
ui-scan-again = Scan again
ui-scan-running = Scanning…
ui-scan-stop = Stop scan
ui-scan-stopped = Scan stopped. Nothing from it was saved; run it again whenever you like.
ui-scan-run-hint = Not scanned yet. You can scan again at any time; only the latest result counts.
ui-scan-last = Last scan: { $when }. You can scan again at any time; only the latest result counts.
ui-scan-started = The scan has started.
ui-scan-progress-title = Progress
ui-scan-progress = { $done } of { $total } checks done
ui-scan-checking = Checking…
ui-scan-progress-announce = { $done } of { $total }: { $title } — { $verdict }
ui-scan-finished = Scan finished: { $pass } passed, { $fail } failed, { $unknown } could not tell.
ui-scan-results-title = What the scan found
ui-scan-results-summary = { $pass } passed, { $fail } failed, { $unknown } could not tell. Problems are listed first.
ui-scan-os = Computer: { $name } { $version }
ui-scan-reason = Why not: { $reason }
ui-scan-finding-more = Why it matters and how to fix it
ui-scan-evidence = What the scan saw
ui-scan-conflicts-title =
    { $count ->
        [one] 1 answer to look at again
       *[other] { $count } answers to look at again
    }
ui-scan-conflicts-intro = The scan saw something different from what you answered. Either change your answer, or keep it if you know better (for example, the setting is handled on another computer).
ui-scan-your-answer = Your answer
ui-scan-what-scan-saw = What the scan saw
ui-scan-not-answered = Not answered yet
ui-scan-change = Change my answer
ui-scan-change-named = Change my answer: { $question }
ui-scan-keep = Keep my answer
ui-scan-keep-named = Keep my answer: { $question }
ui-scan-kept = Your answer is kept: { $question }
ui-scan-partly-title = What the scan showed, and what is still up to you
ui-scan-partly-intro = The scan saw part of what these questions ask. It cannot answer “Yes” for you: the parts marked “Only you can confirm this” or “Not checked yet” are still open.
ui-scan-part-separator = { ": " }
ui-scan-review = Review my answer
ui-scan-review-named = Review my answer: { $question }

## Domain check
ui-domain-title = Check your website and email domain (optional)
ui-domain-network-note = This is the only check that uses the internet. It runs only when you choose “Check the domain”.
ui-domain-label = Your domain name
ui-domain-hint = Just the name, for example example.com.cn — without https:// or www.
ui-domain-run = Check the domain
ui-domain-running = Checking…
ui-domain-stop = Stop checks
ui-domain-stopped = Domain checks stopped. Nothing from them was saved.
ui-domain-started = Checking { $domain }…
ui-domain-progress-title = Progress
ui-domain-progress-announce = { $title } — { $verdict }
ui-domain-finished = Domain check of { $domain } finished.
ui-domain-results-title = Results for { $domain }

## Report
ui-report-title = Create a report
ui-report-lead = The report sums up your readiness for an insurer or broker, in a form they can check.
ui-report-contains-1 = A PDF with your score, the must-haves, every answer and the action plan.
ui-report-contains-2 = A data file (.json) with the same content, for the insurer's systems.
ui-report-contains-3 = Which answers a scan confirmed, and fingerprints that show if a file was changed.
ui-report-private = The report is saved on this computer only. Nothing is sent.
ui-report-create = Create report
ui-report-create-again = Create a new report
ui-report-creating-button = Creating…
ui-report-creating = Creating the report. This takes a few seconds…
ui-report-created =
    { $pages ->
        [one] The report is ready: 1 page.
       *[other] The report is ready: { $pages } pages.
    }
ui-report-ready = Your report is ready
ui-report-pages = Pages
ui-report-pages-value = { $pages }
ui-report-id = Report ID
ui-report-pdf-path = PDF file
ui-report-pdf-sha = PDF fingerprint (SHA-256)
ui-report-json-path = Data file
ui-report-json-sha = Data file fingerprint (SHA-256)
ui-report-fingerprint-hint = A fingerprint changes if even one character of the file changes, so the receiver can check they got exactly this file.
ui-report-warnings =
    { $count ->
        [one] 1 thing to know about this report
       *[other] { $count } things to know about this report
    }
ui-report-open = Open
ui-report-save-as = Save a copy…
ui-report-opened = The report was opened in your PDF viewer.
ui-report-saved = A copy was saved to { $path }
ui-report-save-cancelled = No copy was saved.
ui-report-to-apply = Apply for cover with this report

## Apply for cover
ui-apply-title = Apply for cover
ui-apply-lead = Send your readiness report to an insurer, a broker or an insurance platform. You will see exactly what is sent, and to whom, before anything leaves this computer.
ui-apply-nothing-yet = Nothing is sent until you tick “I agree”, choose “Send” and confirm in the window CoverReady then opens.
ui-apply-save-title = Send it to your broker or insurer yourself
ui-apply-save-intro = Most firms apply through a broker or an insurer’s staff. Save the report (PDF) and its data file (the .json of the same name, which lets them check that nothing was changed), then send both by WeChat or e-mail. Nothing leaves this computer unless you send it.
ui-apply-save = Make and save the report…
ui-apply-save-working = Making the report…
ui-apply-saved = Saved to { $path }, with the .json data file beside it.
ui-apply-upload-title = Upload to a platform or a broker’s intake
ui-apply-claim-title = Send the claim pack of incident { $id }
ui-apply-claim-lead = Send this incident’s claim pack to your insurer or broker. CoverReady makes a fresh pack from the log as it stands now; you will see exactly what is sent, and to whom, before anything leaves this computer.
ui-apply-claim-upload-title = Upload to your insurer’s or broker’s intake
ui-apply-claim-nothing-yet = Nothing is sent until you tick “I agree”, choose “Send” and confirm in the window CoverReady then opens. Sending the pack is not the written notice of a claim: give that notice the way your policy says.
ui-apply-claim-back = Back to the incident
ui-apply-files = Files: { $files }
ui-apply-tech = Technical details (fingerprints for checking)
ui-apply-destination = Where to send it
ui-apply-destination-hint = The web address your insurer or broker gave you. It starts with https://
ui-apply-destination-empty = Enter the address to send to.
ui-apply-destination-invalid = This does not look like a web address. It should start with https://
ui-apply-share-legend = Organisation details to share
ui-apply-share-hint = The report is always sent. Choose which details go with it; you can leave out everything but the name.
ui-apply-field-name = Organisation name
ui-apply-prepare = Prepare
ui-apply-prepare-hint = Preparing creates the report package and shows you what would be sent. Nothing is sent yet.
ui-apply-prepared = Ready to review. Check what will be sent, then agree and send.
ui-apply-preview-report = Report: { $id }
ui-apply-no-fields = none
ui-apply-fields-caption = Organisation details shared
ui-apply-col-field = Detail
ui-apply-col-value = Value sent
ui-apply-col-file = File
ui-apply-col-sha = Fingerprint (SHA-256)
ui-apply-agree-required = Tick “I agree” to send, or choose “Cancel”.
ui-apply-send = Send
ui-apply-cancel = Cancel
ui-apply-preview-note = If you change anything (the address or the details), choose “Cancel” and prepare again.
ui-apply-sent = Sent. Status: { $state }
ui-apply-declined = Nothing was sent: you chose “{ ui-apply-cancel }” in the confirmation window. The package is still prepared; send it when you are ready, or cancel.
ui-apply-history = Earlier submissions
ui-apply-history-empty = Nothing has been sent yet.
ui-apply-row-report = Report
ui-apply-row-kind = What
ui-apply-row-queued = Queued
ui-apply-row-acknowledged = Confirmed by the receiver
ui-apply-row-attempts = Attempts
ui-apply-row-remote-id = Receiver's reference
ui-apply-flush = Send queued now
ui-apply-working-prepare = Preparing the package and contacting the destination…
ui-apply-working-send = Sending your application…
ui-apply-working-flush = Sending queued applications…
ui-apply-stop = Stop
ui-apply-stop-hint-prepare = Stopping sends nothing.
ui-apply-stop-hint-send = If you stop, what you agreed to send stays in the queue: send it later or withdraw it.
ui-apply-prepare-stopped = Stopped. Nothing was sent.
ui-apply-send-stopped = Sending stopped. Your application is still queued: choose “Send queued now” later, or withdraw it.
ui-apply-flushed =
    { $count ->
        [0] Nothing was waiting to be sent.
        [one] Tried to send 1 submission.
       *[other] Tried to send { $count } submissions.
    }
ui-apply-withdraw-named = Withdraw report { $report }
ui-apply-withdraw-title = Withdraw this submission?
ui-apply-withdraw-body = CoverReady will ask { $destination } to delete report { $report } and the details sent with it. If it has not been sent yet, it is cancelled.
ui-apply-withdraw-confirm = Withdraw
ui-apply-withdraw-cancel = Keep it
ui-apply-withdrawn = Done. Status: { $state }

## Results: loss scenarios and the coverage map
ui-money = { $wan_ok ->
    [yes] ¥{ $amount }
   *[other] ¥{ $amount }
}
ui-risk-title = What an incident could cost
ui-risk-intro = Rough ranges worked out from your business profile and answers, with the assumptions under each line. They help you choose limits and decide what to fix first; they are not a forecast and not a quote.
ui-risk-none = Nothing can be estimated yet: add your business profile first.
ui-risk-annual = Expected cost a year
ui-risk-annual-explain = The chance of each incident in a year times what one costs, added up: an average over many years, not a bill you pay every year.
ui-risk-range = range { $low } to { $high }
ui-risk-bad-year = One bad incident
ui-risk-bad-year-hint = The worst single case in the table: a first guide to the limit to ask for.
ui-risk-caption = Cost of one incident
ui-risk-col-scenario = What happens
ui-risk-col-low = Low
ui-risk-col-likely = Likely
ui-risk-col-high = High
ui-risk-improve = Complete the business profile for a better estimate
ui-risk-disclaimer = Real losses vary widely: most incidents cost little and a few cost very much. Look at the High column when you choose limits.
ui-coverage-title = Cover to ask about
ui-coverage-intro = The kinds of cyber cover that fit your business, from the category map of China’s cyber-insurance products. Ask your insurer or broker for them by name, and for each ask for the limit, the deductible, any waiting period and the exclusions.
ui-coverage-priority-essential = Essential ({ $count })
ui-coverage-priority-recommended = Recommended ({ $count })
ui-coverage-priority-consider = Worth considering ({ $count })
ui-content-title = Content
ui-content-datasets = Parts of the content and their review dates
ui-content-source = Platform address
ui-content-source-hint = Where content updates come from, for example the cyber insurance platform's address. Nothing about you is sent when CoverReady asks it for an update.
ui-content-weekly = Check the platform for updates once a week
ui-content-weekly-hint = Off unless you turn it on: CoverReady then asks the platform at start-up when a week has passed since the last check.
ui-content-last-check = Last asked the platform: { $date }
ui-content-update-platform = Update from the platform now
ui-content-update-file = Update from a file…
ui-content-update-open = Update content
ui-content-stale-heading = Some content may be out of date
ui-content-updating = Asking the platform for newer content…
ui-walk-content-version = Answered under content version { $version }
ui-carried-heading = Started from a copy of the previous assessment (content version { $version }): { $count ->
        [one] one answer
       *[other] { $count } answers
    } carried over
ui-carried-retired = No longer asked (your answers stay in the earlier assessment):
ui-carried-changed = Please answer again (the earlier answer is no longer one of the options):
