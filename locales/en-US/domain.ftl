## Outside-in checks of the firm's domain (crate coverready-domain).
## Message arguments are the finding's facts, e.g. { $days_left }.

domain-check-spf = SPF (who may send email as you)
domain-check-dmarc = DMARC (what happens to fake email)
domain-check-mx = Mail servers (MX)
domain-check-dkim = DKIM email signatures
domain-check-certificate = Website certificate
domain-check-tls-version = Encryption version (TLS)
domain-check-hsts = HTTPS enforcement (HSTS)
domain-check-https-redirect = HTTP to HTTPS redirect

domain-verdict-pass = OK
domain-verdict-warn = Needs attention
domain-verdict-fail = Problem
domain-verdict-unknown = Could not check

domain-intro = These checks look at your domain from the internet, the way an insurer's scanner does. They run only when you start them, and they only read public records and your website's public front page.

## Why a check could not decide

domain-unknown-timeout = No answer in time. Check the internet connection and try again.
domain-unknown-dns-error = The DNS server returned an error, so this could not be checked. Try again later.
domain-unknown-connection-failed = The website could not be reached on this port, so this could not be checked.
domain-unknown-tls-failed = A secure (HTTPS) connection to the website could not be set up, so this could not be checked.
domain-unknown-no-address = This domain has no website address (no A or AAAA record), so there is no website to check.
domain-unknown-no-selector-found = No DKIM key was found under the usual names. Your provider may use another name; ask them whether DKIM signing is on.
domain-unknown-http-error = The website's reply could not be read, so this could not be checked.
domain-unknown-internal = CoverReady hit an unexpected problem during this check. The other checks are not affected.

## Refused domain names

domain-invalid = “{ $input }” is not a domain name that can be checked.
domain-invalid-empty = Please enter your domain name, for example example.com.
domain-invalid-too-long = That name is too long to be a domain name (at most 253 characters).
domain-invalid-empty-label = A domain name cannot have two dots in a row or start with a dot.
domain-invalid-label-too-long = One part of that name is longer than 63 characters, which domain names do not allow.
domain-invalid-invalid-character = Enter just the domain name, such as example.com: no spaces, paths, ports or email addresses.
domain-invalid-ip-address = That is an IP address. Please enter your domain name instead, for example example.com.
domain-invalid-single-label = Please enter the full domain name including its ending, for example example.com rather than example.
domain-invalid-numeric-tld = The last part of a domain name cannot be only digits.

## SPF

domain-spf-pass = SPF is set up and tells receivers to reject email from servers you have not listed.
domain-spf-missing = There is no SPF record. Anyone can send email that claims to come from your domain. Ask your email provider for the SPF record to add.
domain-spf-multiple = There are { $record_count } SPF records; there must be exactly one. With more than one, receivers ignore SPF entirely. Merge them into a single record.
domain-spf-plus-all = The SPF record ends with “+all”, which allows every server in the world to send as you. Change it to “-all” or “~all”.
domain-spf-soft-all = SPF is set up but ends with “~all” or “?all”, so email from unlisted servers is only flagged, not rejected. Once DMARC is in place this is acceptable; “-all” is stricter.
domain-spf-no-all = The SPF record does not end with an “all” rule, so receivers do not know what to do with email from unlisted servers. Add “-all” at the end.
domain-spf-too-many-lookups = The SPF record needs { $lookup_count } DNS lookups; the limit is { $lookup_limit }. Above it, receivers treat SPF as broken. Remove includes you no longer use or ask your provider to flatten the record.
domain-spf-broken-include = The SPF record includes another domain that has no SPF record of its own, which breaks SPF for receivers. Remove or correct that include.
domain-spf-incomplete = The SPF record was found, but some of the records it includes could not be read, so the lookup count could not be checked.

## DMARC

domain-dmarc-reject = DMARC is set to reject email that fails the checks. This is the strongest setting.
domain-dmarc-quarantine = DMARC is set to send failing email to spam (quarantine). Good protection.
domain-dmarc-none = DMARC is only in monitoring mode (p=none): fake email is still delivered. Once the reports look clean, change the policy to quarantine or reject.
domain-dmarc-missing = There is no DMARC record, so receivers have no instructions for email that pretends to be from you. Add a record at _dmarc.
domain-dmarc-multiple = There are { $record_count } DMARC records; with more than one, receivers ignore DMARC. Keep just one.
domain-dmarc-invalid = The DMARC record has no valid policy (p=none, quarantine or reject), so receivers ignore it.

## MX

domain-mx-present = Email for this domain is received by: { $hosts }.
domain-mx-null = The domain declares that it receives no email (null MX). Fine if you do not use email on this domain.
domain-mx-missing = No mail servers (MX records) are listed. If you use email on this domain, ask your provider to check the setup; if you do not, publish a “null MX” and an SPF record with “-all”.

## DKIM

domain-dkim-found = DKIM signing keys were found (selectors: { $selectors }). Receivers can check that your email really comes from you.
domain-dkim-not-found = No DKIM key was found under the usual names ({ $selectors_tried }). DKIM names cannot be listed from outside, so ask your email provider whether DKIM signing is switched on.

## Website certificate

domain-certificate-valid = The website's certificate is valid and trusted, with { $days_left } days left (until { $not_after } UTC).
domain-certificate-expiring = The website's certificate is valid but runs out in { $days_left } days ({ $not_after } UTC). Automatic renewal normally happens earlier, so check that it is working.
domain-certificate-expired = The website's certificate has expired ({ $not_after } UTC). Visitors see a security warning. Renew it now.
domain-certificate-untrusted = The website's certificate is not issued by a trusted authority (for example it is self-signed). Visitors see a security warning. Get a certificate from a trusted provider; free ones are available.
domain-certificate-name-mismatch = The website's certificate is for a different name, so visitors see a security warning. Get a certificate that covers this domain.
domain-certificate-invalid = The website's certificate is not valid, so visitors may see a security warning. Ask whoever runs the website to replace it.
domain-certificate-unverified = The website's certificate was received but could not be verified.

## TLS version

domain-tls-version-1-3 = The website uses TLS 1.3, the current version.
domain-tls-version-1-2 = The website uses TLS 1.2, which is still acceptable. TLS 1.3 is better when your host offers it.
domain-tls-version-legacy = The website only offers old, insecure versions of TLS (1.0 or 1.1). Ask your host to switch on TLS 1.2 and 1.3.
domain-tls-version-note = This check shows the best version the website offers; it does not test whether the old versions 1.0 and 1.1 are still also accepted.

## HSTS

domain-hsts-pass = The website tells browsers to always use HTTPS (HSTS) for at least a year.
domain-hsts-short = The website uses HSTS, but only for { $max_age_days } days. Set max-age to at least 31536000 (one year).
domain-hsts-missing = The website does not tell browsers to always use HTTPS (no HSTS header). Ask whoever runs the website to add the Strict-Transport-Security header.

## HTTP to HTTPS redirect

domain-https-redirect-pass = Visitors who type the plain http:// address are sent to the secure https:// site.
domain-https-redirect-to-http = The plain http:// address redirects, but not to an https:// address. Change the redirect to go to https://.
domain-https-redirect-missing = The plain http:// address does not redirect to https://, so visitors can end up on an unencrypted page. Ask whoever runs the website to add a redirect.
