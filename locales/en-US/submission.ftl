# Submission to the cyber-insurance platform (or a broker's intake): consent, status, errors.

submission-consent-title = Send your readiness report
# Shown before anything is sent. Version: submission-consent-v1 (change CONSENT_TEXT_VERSION with the text).
submission-consent-text = CoverReady will send the files listed below, and only the organisation details you ticked, to { $destination }. The connection is encrypted and checked against the certificate shown here. You can ask the receiver to delete the submission at any time with “Withdraw”.
submission-consent-claim-title = Send the claim pack
# Shown before a claim pack is sent. Version: submission-consent-claim-v1 (change CLAIM_CONSENT_TEXT_VERSION with the text).
submission-consent-claim-text = CoverReady will send this incident's claim pack (the files listed below: the incident log, timeline and evidence list with their hashes), and only the organisation details you ticked, to { $destination }. The connection is encrypted and checked against the certificate shown here. Sending it is not the written notice your policy asks for unless your insurer says so: give that notice the way the policy says. You can ask the receiver to delete the submission at any time with “Withdraw”.
submission-kind-readiness_report = readiness report
submission-kind-claim_pack = claim pack
submission-consent-destination = Destination: { $url }
submission-consent-identity = Server certificate fingerprint: { $identity }
submission-consent-identity-loopback = This computer (plain HTTP, for testing only)
submission-consent-fields = Organisation details shared: { $fields }
submission-consent-files = Files sent
submission-consent-agree = I agree to send exactly this
submission-key-fingerprint = This installation's signing key: { $fingerprint }

submission-state-pending = Waiting to be sent
submission-state-accepted = Received by the platform
submission-state-rejected = Refused by the platform
submission-state-cancelled = Cancelled before sending
submission-state-withdrawn = Withdrawn (deletion acknowledged)
submission-receipt-verified = Signed receipt verified (platform key { $fingerprint })
submission-withdraw = Withdraw
submission-retry-now = Send now

submission-error-consent_missing = Nothing was sent: please confirm what is shared and with whom first.
submission-error-consent_mismatch = Nothing was sent: what would be sent ({ $what }) is not what you agreed to. Please review and confirm again.
submission-error-insecure_destination = Nothing was sent: { $url } is not encrypted. Use an https:// address.
submission-error-invalid_destination = “{ $url }” is not a usable address. Use an https:// address without a query.
submission-error-invalid_input = The report cannot be packaged: “{ $field }” is not valid ({ $cause }).
submission-error-package_too_large = The package is { $size } bytes; the limit is { $limit }. Try a report without attachments.
submission-error-rejected_by_platform = The platform refused the submission ({ $status }): { $title }. { $detail }
submission-error-platform_unavailable = The platform is unavailable right now (HTTP { $status }). The submission stays queued and goes out the next time you send queued submissions.
submission-error-stalled = The server stopped sending for { $seconds } seconds, so CoverReady gave up. Nothing was changed; try again later.
submission-error-rate_limited = The platform asks to wait { $retry_after_secs } seconds. The submission stays queued.
submission-error-network = The platform could not be reached. The submission stays queued and goes out the next time you send queued submissions.
submission-error-receipt_invalid = The platform's receipt could not be verified ({ $cause }). Contact the platform before sending it again.
submission-error-protocol_violation = The platform answered in a way this version does not understand ({ $cause }).
submission-error-key_store = The signing key at { $path } cannot be used ({ $cause }).
submission-error-outbox_store = The outbox file cannot be used ({ $cause }).
submission-error-outbox_too_new = The outbox was written by a newer version of CoverReady (format { $found }; this version understands up to { $supported }). Please update CoverReady.
submission-error-not_found = Submission { $id } does not exist.
submission-error-invalid_state = Submission { $id } is { $state }, so this cannot be done.
