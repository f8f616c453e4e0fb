cli-about-coverready = CoverReady: get a small business ready for cyber insurance, offline.
cli-about-coverready-org = Organisations (a broker keeps many)
cli-about-coverready-org-add = Create an organisation and print its id
cli-about-coverready-org-list = List organisations
cli-about-coverready-org-show = Show one organisation with its profile
cli-about-coverready-org-rename = Rename an organisation
cli-about-coverready-org-remove = Delete an organisation and all its data
cli-about-coverready-profile = The business profile that tailors the checklist
cli-about-coverready-profile-set = Set profile answers, all or nothing (KEY= clears one)
cli-about-coverready-profile-show = Show an organisation's profile
cli-about-coverready-profile-fields = List the profile questions and the values they take
cli-arg-data-dir = Folder for the data file (default: the app's data folder, or COVERREADY_DATA_DIR)
cli-arg-lang = Language of the output: zh-CN or en-US
cli-arg-json = Print one JSON document on stdout instead of text
cli-arg-name = Organisation name (1 to 200 characters)
cli-arg-industry = Industry (see “profile fields”)
cli-arg-headcount = Number of people, or a band such as 10-49
cli-arg-revenue-band = Yearly revenue band (see “profile fields”)
cli-arg-region = Region: beijing, other-mainland or outside-mainland
cli-arg-id = Organisation id (see “org list”)
cli-arg-org = Organisation id (see “org list”)
cli-arg-assignments = Profile answers such as card_payments=true headcount_band=10-49
cli-org-created = Created organisation { $id }: { $name }
cli-org-renamed = Renamed organisation { $id }: { $old } → { $name }
cli-org-removed = Deleted organisation { $id }: { $name }
cli-org-list-empty = No organisations yet. Add one with: coverready org add --name “…”
cli-org-heading = Organisation { $id }: { $name }
cli-org-created-at = Created { $time }
cli-profile-unanswered = (not answered yet)
cli-profile-saved = { $count ->
    [one] Saved 1 profile answer.
   *[other] Saved { $count } profile answers.
}
cli-about-coverready-store = The data file itself
cli-about-coverready-store-recover = Move a damaged data file aside (it is kept) and start a fresh one
cli-store-recover-hint = To keep the damaged file and start fresh, run: coverready store recover
cli-store-recovered = The damaged data file was moved to { $path }. A fresh one has been started.
cli-about-coverready-checklist = List the questions that apply to an organisation
cli-about-coverready-answer = Save answers (yes, partly, no, not-sure, n/a; QID= clears one), all or nothing
cli-about-coverready-assess = Answer the checklist one question at a time (resumable), or from a file
cli-about-coverready-readiness = Gate, scores per domain, coverage and action plan
cli-arg-quick = Quick mode for workshops: at most 15 key questions
cli-arg-note = A note kept with the answers
cli-arg-answers = Answers such as identity.mfa-email=yes backup.offline-copy=not-sure
cli-arg-answers-file = A file of answers: one “question-id = answer” per line, or JSON
cli-arg-new-assessment = Start a new assessment from a copy of the previous answers (the old one is kept)
cli-checklist-count = { $count ->
    [one] 1 question applies to this organisation.
   *[other] { $count } questions apply to this organisation.
}
cli-answers-saved = Saved { $count } answer(s); { $total } answered in this assessment.
cli-assess-keys = ?) how to check and fix   s) skip   q) save and stop
cli-assess-paused = Saved. Run the same command again to carry on where you stopped.
cli-assess-unknown-key = Please type the number of an answer, or ?, s or q.
cli-readiness-summary = { -cl-readiness-score } { $score } · { -cl-answered } { $answered }/{ $applicable } · not sure { $notsure } · not answered { $unanswered }
cli-score-withheld = (after half the answers)
cli-readiness-domains = By area:
cli-readiness-answered = ({ $answered } of { $applicable } answered)
cli-readiness-blockers = Must-haves that are missing:
cli-readiness-to-confirm = Must-haves to confirm:
cli-readiness-risk = What one incident could cost (likely, and the range):
cli-readiness-risk-line = { $title }: { $likely } ({ $low } to { $high })
cli-readiness-cover = Cover to ask about:
cli-readiness-cover-line = { $title } ({ $priority })
cli-readiness-plan = What to do:
cli-readiness-effort = about { $hours } h
cli-about-coverready-domain-check = Check a domain from the internet: SPF, DMARC, MX, DKIM, certificate, TLS, HSTS, HTTPS redirect
cli-arg-domain = The firm's domain, e.g. example.com.cn (Chinese domain names work too)
cli-arg-dns = DNS server to ask (default: this computer's)
cli-arg-https-port = HTTPS port of the website (default 443)
cli-arg-http-port = HTTP port of the website (default 80)
cli-arg-connect-to = Connect to this address instead of the domain's own (for testing)
cli-arg-timeout = Seconds to wait for each step (default 5)
cli-domain-heading = Checks of { $domain } (took { $ms } ms):
cli-about-coverready-scan = Read-only scan of this computer (nothing is changed, nothing is sent)
cli-arg-probes = Run only this probe (repeatable)
cli-arg-record = Save this computer's raw outputs (names redacted) as test fixtures in DIR
cli-scan-heading = Scan of { $os } (took { $ms } ms):
cli-scan-recorded = Raw outputs saved to { $path } (user and computer names replaced).
cli-scan-contradictions = { $count ->
    [one] 1 answer is contradicted by the scan:
   *[other] { $count } answers are contradicted by the scan:
}
cli-scan-partly = { $count ->
    [one] The scan showed part of 1 question; the rest is up to you:
   *[other] The scan showed part of { $count } questions; the rest is up to you:
}
cli-scan-partly-item = • { $question } — still open: { $open }
cli-about-coverready-report = Write the readiness report as PDF and its JSON twin
cli-arg-out = Where to write the PDF (the JSON goes next to it); default: the reports folder
cli-arg-force = Replace the PDF and its JSON twin if they already exist (never a folder, device or link)
cli-about-coverready-submit = Send the signed report to the platform or a broker's intake (only with --consent)
cli-arg-to = The platform's or broker's address (https://…)
cli-arg-share = Organisation fields to share, e.g. name,industry,headcount_band (default: name)
cli-arg-consent = I have read what will be sent and to whom, and I agree
cli-arg-ca-cert = Also trust this CA certificate (a broker's own intake, tests)
cli-about-coverready-submissions = The outbox: what was sent, queued or refused, with receipts
cli-arg-flush = Send everything still queued
cli-arg-refresh = Ask the platform for the current status of this submission
cli-arg-withdraw = Withdraw this submission (a signed deletion request)
cli-report-written = Report written: { $path } ({ $pages } pages)
cli-report-json = JSON twin: { $path }
cli-report-warnings = Note: { $list }
cli-report-force-hint = To replace the existing file, run the command again with --force.
cli-submissions-empty = Nothing has been sent or queued.
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-arg-help = Show this help
cli-arg-version = Show the version
cli-about-help = Show the help of the program or of the given command
cli-arg-help-command = The command to show the help of, e.g. org add
cli-usage-line = Usage: { $usage }
cli-usage-more = For the full help, run: { $command } --help
cli-usage-list-separator = {", "}
cli-usage-unknown-argument = Error: “{ $arg }” is not an argument this command knows.
cli-usage-did-you-mean = Did you mean “{ $suggestion }”?
cli-usage-invalid-subcommand = Error: there is no command “{ $name }”.
cli-usage-commands = Commands: { $list }
cli-usage-invalid-value = Error: “{ $value }” is not a valid value for { $arg }.
cli-usage-possible-values = Possible values: { $list }
cli-usage-value-missing = Error: { $arg } needs a value.
cli-usage-missing-required = Error: required arguments are missing: { $list }
cli-usage-missing-subcommand = Error: “{ $command }” needs a command after it.
cli-usage-used-twice = Error: { $arg } can be given only once.
cli-usage-conflict = Error: { $arg } cannot be used together with { $other }.
cli-usage-no-equals = Error: { $arg } takes its value after an equals sign, e.g. { $arg }=…
cli-usage-too-many-values = Error: { $arg } takes no more values, but “{ $value }” was given.
cli-usage-too-few-values = Error: { $arg } needs at least { $min } values, but { $actual } were given.
cli-usage-wrong-number-of-values = Error: { $arg } needs { $expected } values, but { $actual } were given.
cli-usage-not-a-number = Error: “{ $value }” is not a valid value for { $arg }: a whole number is needed.
cli-usage-number-out-of-range = Error: “{ $value }” is not a valid value for { $arg }: the number is out of range.
cli-usage-number-between = Error: “{ $value }” is not a valid value for { $arg }: a whole number from { $min } to { $max } is needed.
cli-usage-not-an-address = Error: “{ $value }” is not a valid value for { $arg }: an IP address (such as 192.0.2.1) or an address with a port (such as 192.0.2.1:53) is needed.
cli-usage-invalid-utf8 = Error: the command line has characters that could not be read (not valid UTF-8).
cli-usage-other = Error: this command line could not be understood.
cli-about-coverready-content = The content CoverReady judges by (question bank, end-of-life tables, risk model…) and its updates
cli-about-coverready-content-show = Show the content in use, its version and each dataset's review-by date
cli-about-coverready-content-update = Install a newer signed content pack from the platform or a file (older ones are refused)
cli-arg-from = A platform address (https://…) or a .coverready-content file (default: the platform address last used)
cli-assess-carried = A new assessment was started from a copy of the previous one (content version { $version }): { $count ->
        [one] one answer
       *[other] { $count } answers
    } carried over.
cli-assess-retired = No longer asked (kept in the earlier assessment):
cli-assess-changed = Answer again (the earlier answer is no longer one of the options):
