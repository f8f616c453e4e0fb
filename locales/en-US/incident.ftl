## After cover: the policy, “something happened”, the incident log and the claim pack.

## Command-line help

cli-about-coverready-policy = The insurance policy: insurer, period, limits, hotline, notice period
cli-about-coverready-policy-set = Set policy values, all or nothing (KEY= clears one)
cli-about-coverready-policy-show = Show the policy, the cover it lacks and the renewal reminder
cli-about-coverready-incident = Something happened: first steps, deadlines, the log and the claim pack
cli-about-coverready-incident-start = Start an incident: its first steps and deadlines count from discovery
cli-about-coverready-incident-list = List a business’s incidents
cli-about-coverready-incident-show = Show an incident: steps, deadlines, who to call, the log
cli-about-coverready-incident-tick = Tick a step as done (logged with its time)
cli-about-coverready-incident-log = Add an entry to the log, with an evidence file if you have one
cli-about-coverready-incident-verify = Check that the log has not been edited, deleted or reordered
cli-about-coverready-incident-pack = Write the claim pack: a PDF and its JSON twin
cli-about-coverready-incident-send = Make a fresh claim pack and send it, signed, to the insurer’s or broker’s intake (only with --consent)
cli-arg-policy-assignments = Policy values such as insurer=… start=2026-01-01 end=2026-12-31 notice_hours=72 limit.cyber-extortion=500000
cli-arg-kind = What happened: ransomware, payment-fraud, data-leak, account-takeover, website, lost-device or other
cli-arg-discovered = When it was discovered, RFC 3339 with offset (default: now), e.g. 2026-12-03T09:30:00+08:00
cli-arg-incident = Incident number (printed by “incident start”)
cli-arg-step = Step id (see “incident show”)
cli-arg-at = When, RFC 3339 with offset (default: now)
cli-arg-text = What happened or was done, in your words
cli-arg-evidence = A file to keep as evidence (copied into the data folder, at most 200 MB)
cli-arg-who = Who did or saw it (default: the user name of this computer)
cli-arg-pack-out = Where to write the claim pack PDF (the JSON goes next to it)

## Incident kinds

incident-kind-ransomware = Ransomware (files locked, ransom demanded)
incident-kind-payment-fraud = Payment fraud (money sent to a fraudster)
incident-kind-data-leak = Data leak (information got out)
incident-kind-account-takeover = Account taken over (e-mail, cloud, bank login)
incident-kind-website = Website attacked or down
incident-kind-lost-device = Lost or stolen device
incident-kind-other = Something else

## First steps

incident-step-isolate = Disconnect the affected computers from the network (cable out, Wi-Fi off). Do not wipe, reinstall or restore them yet: they are evidence. Switch off only if you cannot disconnect.
incident-step-no-ransom = Do not pay or negotiate a ransom without the insurer’s approval.
incident-step-bank-recall = Call your bank first, now: ask it to stop or recall the payment. The time to recall a transfer is short.
incident-step-anti-fraud-96110 = Call the anti-fraud hotline 96110.
incident-step-keep-evidence = Keep the evidence: messages, e-mails, logs, screenshots. Write down when and how it was found; keep every invoice.
incident-step-insurer-hotline = Call the insurer’s 24-hour incident hotline before hiring anyone: responders and lawyers need the insurer’s consent.
incident-step-written-notice = Also give the insurer written notice within the policy’s notice period: the hotline call may not count as formal notice.
incident-step-pipl-notice = If personal information is involved: act at once to limit the harm, and notify the authority and the people affected (PIPL Art. 57: which information, the cause, the possible harm, what you have done, what people can do, a contact).
incident-step-cac-report = If the event may be “major” (较大) or worse: report it to the provincial cyberspace office (网信) within 4 hours, hotline 12387.
incident-step-police-110 = If a crime is involved (extortion, fraud, theft): report it to the police, 110.

## Deadlines

incident-deadline-cac-4h = Report to the provincial cyberspace office (if “major” or worse)
incident-deadline-insurer-notice = Written notice to the insurer

## Who to call

incident-contact-cac-12387 = Cybersecurity incident reports (网信)
incident-contact-police-110 = Police
incident-contact-anti-fraud-96110 = Anti-fraud warning hotline
incident-contact-insurer = Insurer’s 24-hour hotline
incident-contact-broker = Broker

## Policy

incident-policy-heading = Policy of { $org }
incident-policy-none = No policy recorded yet. Set one with: coverready policy set --org { $id } insurer=… policy_number=… start=YYYY-MM-DD end=YYYY-MM-DD
incident-policy-field-insurer = Insurer
incident-policy-field-policy_number = Policy number
incident-policy-field-start = Starts
incident-policy-field-end = Ends
incident-policy-field-retention = Retention (deductible)
incident-policy-field-hotline = 24-hour incident hotline
incident-policy-field-notice_hours = Notice period
incident-policy-field-broker = Broker
incident-field-line = { $label }: { $value }
incident-policy-unset = (not set)
incident-policy-hours = { $hours } hours
incident-policy-limits = Limits
incident-policy-limits-none = No limits recorded yet (limit.<cover type>=AMOUNT).
incident-policy-gaps = Cover the coverage map recommends for this business that the policy has no limit for:
incident-policy-no-gaps = Every cover the coverage map recommends for this business has a limit.
incident-policy-renewal-not-yet = Renewal: the first reminder (120 days before the end) is due on { $date }.
incident-policy-renewal-due = Renewal reminder due ({ $days_before } days before the end): { $days_left } days left, the policy ends { $end }.
incident-policy-renewal-expired = The policy ended on { $end }: renew it or record the new one.
incident-policy-renewal-unknown = Renewal: set the end date to get reminders.
incident-policy-saved = { $count ->
    [one] Saved 1 policy value.
   *[other] Saved { $count } policy values.
}

## Policy input refused

incident-policy-error-unknown_key = “{ $key }” is not a policy field. Valid fields: { $valid }, limit.<cover type>.
incident-policy-error-unknown_cover = “{ $cover }” is not a cover type. Valid cover types: { $valid }.
incident-policy-error-not_assignment = Expected KEY=VALUE, got “{ $text }”.
incident-policy-error-bad_date = “{ $value }” is not a date for { $key }: write YYYY-MM-DD, e.g. 2026-01-01.
incident-policy-error-end_not_after_start = The policy must end ({ $end }) after it starts ({ $start }).
incident-policy-error-bad_amount = “{ $value }” is not an amount for { $key }: a number of yuan from 0 to 1,000,000,000,000.
incident-policy-error-bad_hours = “{ $value }” is not a notice period: whole hours from 1 to 8760.
incident-policy-error-bad_text = The value for { $key } is too long (200 characters at most) or contains control characters.
incident-policy-error-bad_phone = “{ $value }” is not a phone number: digits, spaces and + - ( ) only.

## Incidents

incident-started = Incident { $id } started: { $kind }, discovered { $time }.
incident-list-empty = No incidents recorded for organisation { $org }.
incident-list-line = { $id }  { $kind } · discovered { $time } · { $done } of { $steps } steps done
incident-heading = Incident { $id } · { $org } · { $kind }
incident-discovered = Discovered: { $time }
incident-clock = Now: { $time }
incident-flag-before_policy_start = Note: discovered before the policy period began ({ $start }); the insurer may not cover it.
incident-flag-after_policy_end = Note: discovered after the policy period ended ({ $end }).
incident-no-policy = No policy recorded for this business: the insurer’s hotline and notice period are unknown (coverready policy set).
incident-steps-heading = First steps, in order
incident-step-done = [x] { $n }. { $text } (done { $time })
incident-step-open = [ ] { $n }. { $text }
incident-step-meta = id { $id } · Source: { $source }
incident-deadlines-heading = Deadlines, counted from discovery
incident-deadline-due = { $name }: due { $time }, { $hours } hours left
incident-deadline-overdue = { $name }: was due { $time }, { $hours } hours ago
incident-deadline-no-policy = { $name }: the policy’s notice period is not recorded (policy set notice_hours=…); give written notice as soon as you can.
incident-contacts-heading = Who to call
incident-contact-line = { $name }: { $number }
incident-contact-missing = { $name }: not in the policy yet
incident-timeline-heading = Log
incident-entry-line = #{ $seq } { $time } · { $who } · { $text }
incident-entry-started = Incident recorded: { $kind }
incident-entry-step = Step done: { $step }
incident-entry-evidence = Evidence { $name }: { $size } bytes, SHA-256 { $sha }
incident-who-unknown = (not named)
incident-ticked = Step “{ $step }” ticked at { $time }.
incident-logged = Entry #{ $seq } added to incident { $id }.
incident-verify-ok = Incident { $id }: the log is intact ({ $count } entries).
incident-verify-broken = Incident { $id }: the log has been changed. First broken entry: #{ $seq }: { $reason }.
incident-break-altered = its content no longer matches its hash (edited)
incident-break-link = it does not follow the entry before it (an entry was deleted, inserted or moved)
incident-break-truncated = entries are missing at the end
incident-pack-written = Claim pack written: { $path } ({ $pages } pages)
incident-pack-json = Its JSON twin: { $path }

## Incident input refused

incident-error-unknown-kind = “{ $kind }” is not an incident kind. Valid kinds: { $valid }.
incident-error-bad-time = “{ $value }” is not a time: write it as RFC 3339 with its offset, e.g. 2026-12-03T09:30:00+08:00.
incident-error-future-time = { $time } is in the future (now: { $now }). Give the time it happened.
incident-error-before-discovery = { $time } is before the incident was discovered ({ $discovered }).
incident-error-not-found = There is no incident { $id }.
incident-error-unknown-step = “{ $step }” is not a step of this incident. Its steps: { $valid }.
incident-error-step-ticked = Step “{ $step }” was already ticked at { $time }. To correct it, add a log entry.
incident-error-text = The text must be 1 to 2,000 characters, without control characters.
incident-error-evidence-too-big = “{ $path }” is { $size } bytes; an evidence file may be at most 200 MB. Nothing was copied.
incident-error-evidence-unreadable = “{ $path }” cannot be read ({ $cause }). Nothing was copied.
incident-error-evidence-not-file = “{ $path }” is not a regular file. Nothing was copied.
incident-error-evidence-unwritable = The evidence could not be kept in the data folder ({ $cause }). Nothing was copied.

## Claim pack (PDF)

incident-pack-title = Claim pack
incident-pack-subtitle = Cyber incident: policy, timeline, steps taken and evidence
incident-pack-header = { $org } · Claim pack
incident-pack-footer = Page { $page } of { $total } · Incident { $id }
incident-pack-generated = Generated
incident-pack-policy = Policy
incident-pack-limits = Limits
incident-pack-summary = Incident
incident-pack-kind = Kind
incident-pack-discovered = Discovered
incident-pack-hotline-called = Insurer’s hotline called
incident-pack-notice-given = Written notice given
incident-pack-not-yet = not yet
incident-pack-deadlines = Deadlines
incident-pack-steps = Steps taken
incident-pack-timeline = Timeline
incident-pack-evidence = Evidence
incident-pack-evidence-none = No evidence files.
incident-pack-col-time = Time
incident-pack-col-who = Who
incident-pack-col-entry = Entry
incident-pack-col-step = Step
incident-pack-col-done = Done
incident-pack-col-file = File
incident-pack-col-size = Bytes
incident-pack-col-sha = SHA-256
incident-pack-col-deadline = What
incident-pack-col-due = Due
incident-pack-readiness = Readiness report in force
incident-pack-readiness-none = No readiness report has been written by this app for this business.
incident-pack-readiness-value = { $id }, fingerprint (SHA-256 of its JSON) { $sha }
incident-pack-chain = Log integrity
incident-pack-chain-ok = Intact: { $count } entries, last hash { $head }
incident-pack-chain-broken = Changed: first broken entry #{ $seq }
incident-pack-fingerprint = Fingerprint of this pack (SHA-256 of its JSON twin)

## The app's screens: “Something happened” and the policy

incident-app-button = Something happened
incident-app-button-hint = Something happened: first steps, deadlines and the log (F9)
incident-app-title = Something happened
incident-app-lead = Stay calm. Choose what happened and when you discovered it: the first steps and the deadlines count from then. Everything you do is kept in a log you can give the insurer.
incident-app-no-org = Add your business first: the steps and deadlines belong to a business and its policy.
incident-app-org-label = Business
incident-app-kind-legend = What happened?
incident-app-discovered-label = When was it discovered?
incident-app-discovered-hint = Your computer’s time. Leave it as it is if you found it just now.
incident-app-start = Start: show the first steps
incident-app-choose-kind-first = Choose what happened first.
incident-app-started = Incident { $id } started. The first steps are below.
incident-app-earlier = Incidents recorded earlier
incident-app-earlier-item = Incident { $id }: { $kind }, discovered { $time }, { $done } of { $steps } steps done
incident-app-heading = Incident { $id }: { $kind }
incident-app-discovered = Discovered { $time }. The deadlines count from then.
incident-app-time = { $date } { $clock } (Beijing time)
incident-app-no-policy = No policy recorded for this business: the insurer’s hotline and notice period are unknown. Record them under “Policy”.
incident-app-source = Source: { $source }
incident-app-deadline-due = { $name }: due { $time }, in { $hours } h
incident-app-deadline-soon = { $name }: due { $time }, in less than an hour
incident-app-deadline-overdue = { $name }: was due { $time }, { $hours } h ago
incident-app-deadline-no-policy = { $name }: the policy’s notice period is not recorded; give written notice as soon as you can.
incident-app-tick = Mark step { $n } done
incident-app-step-done = Done { $time }
incident-app-ticked = Step ticked at { $time }.
incident-app-contact-missing = not in the policy yet
incident-app-log-hint = Write down what you see and do, as it happens. Entries cannot be changed afterwards: to correct one, add a new entry.
incident-app-log-text = What happened or was done
incident-app-log-add = Add entry
incident-app-log-add-evidence = Add entry with an evidence file…
incident-app-log-list = Log entries, oldest first
incident-app-evidence-cancelled = No file chosen: nothing was added.
incident-app-entry-added = Entry { $seq } added to the log.
incident-app-entry-meta = { $seq }. { $time } · { $who }
incident-app-entry-evidence = Evidence file { $name }: { $size } bytes, SHA-256 { $sha }…
incident-app-entry-hash = Hash { $hash }…
incident-app-verify = Verify the log
incident-app-verify-ok = The log is intact ({ $count } entries).
incident-app-verify-broken = The log has been changed: first broken entry { $seq }.
incident-app-pack-title = Claim pack
incident-app-pack-hint = A PDF for the insurer with its JSON twin: the policy, the discovery, the steps with their times, the log, the evidence with its SHA-256 and whether the log is intact. Kept in the app’s data folder.
incident-app-pack-make = Make the claim pack
incident-app-pack-make-again = Make it again
incident-app-pack-making = Making the claim pack…
incident-app-pack-made = Claim pack made ({ $pages } pages).
incident-app-pack-pages = Pages
incident-app-pack-pdf = PDF file
incident-app-pack-json-sha = Fingerprint (SHA-256 of its JSON)
incident-app-pack-open = Open the PDF
incident-app-pack-opened = The claim pack opened in your PDF viewer.
incident-app-pack-save = Save a copy…
incident-app-pack-send = Send to the insurer with your consent…
incident-app-pack-send-hint = Opens the sending page: you choose where it goes and see everything before it is sent.
incident-app-pack-saved = Copy saved: { $path }
incident-app-pack-save-cancelled = Not saved: the save dialog was closed.
incident-app-policy-open = Policy
incident-app-policy-open-named = Policy of { $org }
incident-app-policy-lead = What your insurance policy says, so that the steps, deadlines and claim pack use it. Leave a field empty if you do not know it.
incident-app-policy-form-title = Policy details
incident-app-policy-fields = The policy
incident-app-policy-date-hint = The day, e.g. 2026-01-01 (Beijing time).
incident-app-policy-yuan-hint = In yuan, whole numbers.
incident-app-policy-hotline-hint = Digits, spaces and + - ( ) only.
incident-app-policy-hours-hint = Whole hours the policy gives you to notify the insurer in writing, e.g. 72.
incident-app-policy-broker-hint = Name and phone number.
incident-app-policy-limits-hint = The limit per cover type in yuan, as the policy schedule lists it. Empty: no cover of that type.
incident-app-policy-save = Save the policy
incident-app-policy-saved = Policy saved.
incident-app-policy-gaps-title = Cover you may be missing
incident-app-policy-renewal-heading = Policy renewal
incident-app-policy-renewal-org = { $org }: { $text }
incident-app-policy-renewal-not-yet = Renewal: the first reminder (120 days before the end) is due on { $date }.
incident-app-policy-renewal-due = Renewal reminder ({ $days_before } days before the end): { $days_left } days left, the policy ends { $end }.
incident-app-policy-renewal-expired = The policy ended on { $end }: renew it or record the new one.
incident-app-policy-prepare-renewal = Prepare for renewal
incident-app-policy-prepare-renewal-hint = Starts a new assessment from a copy of the current answers (the current one is kept as it was): change what changed this year, then make a new report for the insurer.
incident-app-policy-renewal-started = A new assessment has started from a copy of the last answers.
incident-source-policy-notice = Your policy: the notice period
