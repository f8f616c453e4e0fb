## Content packs: the maintainers' builder, the app's messages about the content in use.

content-builder-about = Makes content signing keys and signed CoverReady content packs from assets/ and locales/.
content-builder-about-keygen = Make a new signing key pair (secret key and KEY.pub).
content-builder-about-build = Build and sign the content pack defined by assets/content/pack.json.
content-builder-about-sign-keys = Sign a list of content signing keys with a root key.
content-builder-arg-key-out = Where to write the secret key (the public key goes beside it as .pub).
content-builder-arg-key = The secret key that signs the pack.
content-builder-arg-pack-out = Where to write the pack (a .coverready-content file).
content-builder-arg-repo = The repository folder holding assets/ and locales/ (default: the current folder).
content-builder-arg-key-list = A root-signed key list (KEYS.json, with KEYS.json.minisig beside it) to carry in the pack.
content-builder-arg-expires-days = Days after the pack's creation date until it expires.
content-builder-arg-root-key = The root secret key that signs the key list.
content-builder-arg-listed-key = A public key (.pub) to list; may be given more than once.
content-builder-arg-not-after = The last moment (RFC 3339) a listed key may sign a pack.
content-builder-arg-keys-out = Where to write the key list (its signature goes beside it as .minisig).
content-builder-wrote = Wrote { $path }
content-builder-exists = { $path } already exists; nothing was overwritten.
content-builder-unwritable = Could not write { $path }: { $detail }
content-builder-keygen-failed = Could not make a key for { $path }: { $detail }
content-builder-unreadable = Could not read { $path }: { $detail }
content-builder-bad-key = { $path } is not a usable minisign key: { $detail }
content-builder-bad-repo = Could not build the pack from { $path }: { $detail }
content-builder-bad-date = { $path } is not a date and time in RFC 3339 form: { $detail }

content-dataset-checklist = question bank
content-dataset-eol = end-of-life table
content-dataset-browsers = browser release table
content-dataset-probes = list of scan checks
content-dataset-risk = risk model
content-dataset-incidents = incident playbook
content-dataset-catalogue = product library and directories

content-origin-built_in = built into this version of the app
content-origin-installed = installed update
content-origin-previous = the update before the last one (the last one could not be used)
content-origin-offered = offered update

content-error-not_a_pack = This file is not a CoverReady content pack.
content-error-truncated = The content pack is incomplete: the download may have been cut short. Nothing was installed; try again.
content-error-too_large = The content pack is larger than CoverReady accepts.
content-error-tampered = The content pack was changed after it was signed ({ $what }). It was not installed.
content-error-untrusted_key = The content pack is not signed by a key this app trusts. It was not installed.
content-error-expired = The content pack expired on { $expires }. Get a current one.
content-error-not_newer = The content pack's version { $offered } is not newer than the content in use ({ $installed }). Older content is never installed over newer.
content-error-newer_app = This content pack needs CoverReady { $needs } or later. Update the app first.
content-error-bad_manifest = The content pack's description (manifest) is invalid.
content-error-invalid = The content in the pack fails CoverReady's checks ({ $file }).
content-error-io = Could not read or write { $path }.
content-error-download = Could not get the content pack from { $url }.
content-error-stalled = The server stopped sending the content pack. Nothing was installed; try again later.
content-error-no-platform = No platform address is set. Set one under Settings, or update from a file.

content-stale-dataset = The { $dataset } is { $days } days past its review date ({ $date }). Update content to be sure it is current.
content-stale-evidence = Judged with the { $dataset }, which is { $days } days past its review date ({ $date }); the result may be out of date.
content-error-workshop = Content is not updated in workshop mode: a shared laptop keeps nothing. Whoever looks after the laptop updates it outside a workshop.

content-show-heading = Content in use: version { $version }, { $origin }.
content-show-expires = This update is valid until { $date }.
content-show-dataset = { $dataset }: review by { $date }
content-installed = Installed content version { $version }.
content-up-to-date = The content in use (version { $version }) is the newest the platform offers.
content-passed-over-installed = The last installed update could not be used:
content-passed-over-previous = The update before it could not be used either:
content-file-filter = CoverReady content pack
