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
cli-arg-lang = Language of the output
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
cli-org-list-empty = No organisations yet. Add one with: coverready org add --name "…"
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
