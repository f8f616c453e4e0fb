# CoverReady checklist texts (en-US).
# Keys: question id with dots turned into hyphens, prefixed "q-": identity.mfa-email -> q-identity-mfa-email.
# Each question has: q-<id> (the question), -why, -check (Windows and Mac steps), -fix.
# Keep in step with locales/zh-CN/checklist.ftl; tests fail if a key is missing in either file.

## Answer options

answer-yes = Yes
answer-partly = Partly
answer-no = No
answer-not_sure = Not sure
answer-not_applicable = Doesn't apply to us

## The two numbers of a readiness result, named the same in the app, the CLI and the report

-cl-readiness-score = Readiness score
-cl-answered = Answered
answered-count = { $answered }/{ $applicable }

## Weights

weight-must_have = Must-have
weight-major = Important
weight-minor = Good to have

## Cost bands (rough, for a small business)

cost-free = Free
cost-low = Low cost (under ¥1,000 a year)
cost-medium = Medium cost (¥1,000–10,000)
cost-high = Higher cost (over ¥10,000 a year)

## Gate and action plan

gate-ready = Ready: every must-have is in place.
gate-not-ready =
    { $count ->
        [one] Not ready: 1 must-have is missing.
       *[other] Not ready: { $count } must-haves are missing.
    }
gate-to-confirm =
    { $count ->
        [one] Almost: 1 must-have still needs to be confirmed.
       *[other] Almost: { $count } must-haves still need to be confirmed.
    }
plan-this-week = This week
plan-this-month = This month
plan-this-quarter = This quarter
plan-reason-unmet = Not in place yet
plan-reason-not_sure = Find out first
plan-reason-unanswered = Not answered yet

## Domains

domain-governance = Ownership and data
domain-governance-intro = Who looks after security, what you own, and what personal data you keep. Insurers start here.
domain-identity = Logins and two-step sign-in
domain-identity-intro = Most break-ins start with a stolen password. A second sign-in step stops most of them.
domain-email = Email and payments
domain-email-intro = Fake emails and changed bank details cause more small-business losses than anything else.
domain-endpoint = Computers and phones
domain-endpoint-intro = Protection on every computer, phone and server your business uses.
domain-patching = Updates and old systems
domain-patching-intro = Updates close the holes attackers use. Systems that no longer get updates stay open.
domain-backup = Backups and recovery
domain-backup-intro = A good backup is what lets you recover from ransomware without paying.
domain-network = Network and remote access
domain-network-intro = What your business shows to the internet, and how you get in from outside.
domain-people = People
domain-people-intro = Staff who spot a trick and speak up quickly stop many attacks.
domain-incident = When something goes wrong
domain-incident-intro = Knowing who to call, and in what order, makes an incident cheaper and your claim smoother.
domain-supply = Suppliers and IT providers
domain-supply-intro = Your IT company and online services can let attackers in, or leave you stuck when they fail.

## Governance and data

q-governance-security-owner = Is one named person responsible for security?
q-governance-security-owner-why = When nobody owns security, nothing gets followed up. Insurers ask who is responsible.
q-governance-security-owner-check =
    Ask yourself who would act if a staff member reported a strange email today.
q-governance-security-owner-fix = Name one person (often the owner) as responsible and tell staff to go to them.

q-governance-security-rules = Do you have written security rules that were reviewed in the last 12 months?
q-governance-security-rules-why = Written rules give staff something to follow. Insurers ask whether rules exist and how often they are reviewed.
q-governance-security-rules-check =
    Look for a written page of security rules (passwords, backups, who to call) and check the date it was last reviewed.
q-governance-security-rules-fix = Write one page of basic rules, share it with staff and put a yearly review in the calendar.

q-governance-asset-inventory = Do you keep an up-to-date list of your computers, phones, software and online accounts?
q-governance-asset-inventory-why = You cannot protect what you do not know about. Insurers ask whether protections cover all devices, and a list lets you answer honestly.
q-governance-asset-inventory-check =
    Open your list (a spreadsheet is fine) and compare it with what is actually in the office.
    Windows: Settings > System > About shows each computer's name. Mac: Apple menu > About This Mac.
    Check that online accounts (email, bookkeeping, cloud storage) are on the list too.
q-governance-asset-inventory-fix = Make a simple spreadsheet: device or account, who uses it, where it is, and when it was last checked. Update it whenever something is bought, sold or closed.

q-governance-data-map = Do you know what personal data you hold (customers, patients, staff) and where it is stored?
q-governance-data-map-why = A leak of personal data brings notification costs and regulator attention under the Personal Information Protection Law. Insurers price this exposure.
q-governance-data-map-check =
    List the places personal data lives: order systems, spreadsheets, WeChat groups, email, paper files.
    For each place, write down roughly how many people's records it holds and who can open it.
q-governance-data-map-fix = Write a one-page data map: what data, where, how many records, who has access. Delete data you no longer need and remove access people do not need.

q-governance-personal-info-rules = Do you have written rules for personal data (who may see it, how it is protected, what to do if it leaks)?
q-governance-personal-info-rules-why = The Personal Information Protection Law requires internal rules, access control, training and an incident plan. Fines can reach ¥50 million or 5% of turnover.
q-governance-personal-info-rules-check =
    Look for a written document covering: what personal data you collect and why, who may access it, how it is protected, and what happens if it leaks.
    Check that staff who handle personal data have seen it.
q-governance-personal-info-rules-fix = Write short rules using a template from your industry association or a lawyer, name who is responsible for personal data, and brief the staff who handle it.

q-governance-sensitive-data-access = Can only the staff who need it see sensitive data (such as health, ID or financial records)?
q-governance-sensitive-data-access-why = Sensitive personal data gets stricter legal protection and costs far more when it leaks. The law expects an impact assessment before processing it.
q-governance-sensitive-data-access-check =
    In the system that holds the records, open the user list and check each person still needs access.
    Check whether the system keeps a log of who viewed or exported records, and how long it keeps it.
q-governance-sensitive-data-access-fix = Remove access people do not need, turn on access logging, stop exporting sensitive data into spreadsheets, and do a written impact assessment.

q-governance-mlps-filing = Have your systems been graded and filed under the Multi-Level Protection Scheme (等保)?
q-governance-mlps-filing-why = Grading and filing is a legal duty for many systems and shows the insurer you take care. Fines apply when it is ignored.
q-governance-mlps-filing-check =
    Ask whoever runs your IT whether a grading report (定级报告) exists and whether it was filed with the local public security bureau.
    Look for a filing certificate (备案证明) and the date of the last assessment.
q-governance-mlps-filing-fix = Ask an accredited assessment firm or your IT provider to grade your systems (most small-business systems are level 2), file with the local public security bureau, and plan the assessment.

q-governance-past-incidents-fixed = Has the cause of every security incident in the last 3 years been found and fixed?
q-governance-past-incidents-fixed-why = Insurers ask about past incidents. An unfixed cause can mean no quote, and a wrong answer can void the policy later.
q-governance-past-incidents-fixed-check =
    List each incident (hacked mailbox, virus, payment fraud, lost laptop) from the last 3 years.
    For each one, check that you know how it happened and what was changed so it cannot happen the same way again.
q-governance-past-incidents-fixed-fix = Write a short note for each incident: what happened, the cause, what you changed. If a cause is still open, fix it before you apply and disclose it honestly.

## Logins and two-step sign-in

q-identity-mfa-email = Does every email account, including the owner's, need a second sign-in step (a code from an app or text message) as well as the password?
q-identity-mfa-email-why = Email is where most claims start. Insurers treat two-step sign-in on email as a basic condition of cover.
q-identity-mfa-email-check =
    Sign in to your email on the web and open the security settings. Look for “two-step verification” or “multi-factor authentication” and check that it is on.
    Windows or Mac: sign out and back in on a new browser; it should ask for a code.
    Repeat for each person's mailbox, or ask your email provider's admin console for a report.
q-identity-mfa-email-fix = Turn on two-step sign-in for every mailbox in the admin console, starting with the owner's and finance's. Use an authenticator app where possible.

q-identity-mfa-remote = Does every way into your systems from outside (VPN, remote desktop, remote support tools) need a second sign-in step?
q-identity-mfa-remote-why = Remote access is how most ransomware gets in. Insurers often refuse ransomware cover without two-step sign-in here.
q-identity-mfa-remote-check =
    List every way people connect from outside: VPN, remote desktop, and support tools such as TeamViewer, AnyDesk, Sunlogin (向日葵) or ToDesk.
    Windows: look under Start > all apps. Mac: look in Applications.
    For each one, connect from outside and check that a code is asked for.
q-identity-mfa-remote-fix = Turn on two-step sign-in in each remote tool or VPN, remove tools nobody uses, and ask your IT provider to confirm in writing.

q-identity-mfa-admin = Does every administrator login (cloud consoles, email admin, backup system, router) need a second sign-in step?
q-identity-mfa-admin-why = An attacker with an admin login can switch everything off, backups included. One insurer voided a policy after finding MFA claimed for admins was missing.
q-identity-mfa-admin-check =
    List every admin account: email admin, cloud storage, bookkeeping software, backup service, router, website.
    Sign in to each and look in security settings for two-step sign-in.
q-identity-mfa-admin-fix = Turn on two-step sign-in for every admin account and keep the recovery codes somewhere safe and offline.

q-identity-no-daily-admin = Do staff do their everyday work in accounts without administrator rights?
q-identity-no-daily-admin-why = If the everyday account is an admin account, one bad click can install ransomware on the whole machine.
q-identity-no-daily-admin-check =
    Windows: Settings > Accounts > Your info shows “Administrator” under your name if you are one.
    Mac: Apple menu > System Settings > Users & Groups shows “Admin” under the user's name.
q-identity-no-daily-admin-fix = Create a separate admin account on each computer, then change everyday accounts to standard users. Use the admin account only to install software.

q-identity-leavers = Are accounts nobody uses any more (leavers’ and long-idle ones) switched off promptly?
q-identity-leavers-why = Old accounts that still work are an easy way in and are rarely noticed.
q-identity-leavers-check =
    Compare the user list in email, cloud services and key software with your current staff list.
    Look for accounts nobody has used for 90 days.
q-identity-leavers-fix = Make a leaver checklist (email, cloud, software, door codes, shared passwords) and run it on the last day. Review all accounts every quarter.

q-identity-unique-passwords = Does everyone use a different password for each account (for example kept in a password manager)?
q-identity-unique-passwords-why = A password leaked from one website is tried everywhere else.
q-identity-unique-passwords-check =
    Ask staff whether they reuse passwords. Check whether a password manager is installed.
q-identity-unique-passwords-fix = Give everyone a password manager (many are free or cheap) and replace reused passwords.

q-identity-default-passwords = Have the factory default passwords on your router, cameras and other devices all been changed?
q-identity-default-passwords-why = Default passwords on routers and cameras are public knowledge: anyone can use them to log in.
q-identity-default-passwords-check =
    Check the router and cameras: if the login still works with admin/admin or the password on the sticker, it was never changed.
q-identity-default-passwords-fix = Log in to each router, camera, printer and similar device, change the default password to a long, different one and keep it in a password manager.

## Email and payments

q-email-filtering = Is incoming email filtered for dangerous links and attachments?
q-email-filtering-why = Fake emails cause most breaches in small businesses. Filtering stops many before anyone sees them.
q-email-filtering-check =
    Open your email service's admin console and look for spam, phishing or malware protection settings.
    If you use a free personal mailbox for business, filtering is basic and you cannot tune it.
q-email-filtering-fix = Use a business email service with built-in filtering switched on, or add a filtering service. Set it to quarantine suspicious attachments.

q-email-domain-protection = Is your email domain protected with SPF, DKIM and DMARC records?
q-email-domain-protection-why = These records make it much harder for fraudsters to send email that looks like it comes from you.
q-email-domain-protection-check =
    Windows or Mac: enter your domain in a free online DMARC checker and read the results for SPF, DKIM and DMARC.
q-email-domain-protection-fix = Ask your email provider or IT company to add SPF, DKIM and DMARC records for your domain (usually a one-hour job).

q-email-payment-callback = When a supplier asks to change bank details, do you always call them back on a number you already had before paying?
q-email-payment-callback-why = Changed-bank-details fraud is one of the most common losses. Insurers usually pay for it only if you call back to check.
q-email-payment-callback-check =
    Ask whoever makes payments what they did the last time a supplier changed bank details.
    Check whether the rule is written down and whether the number used came from your records, not from the email.
q-email-payment-callback-fix = Write a one-line rule: “No new or changed bank details without a call back to a number we already have.” Tell everyone who makes payments and keep a note of each call.

q-email-payment-dual-approval = Do payments above a set amount need a second person to approve them?
q-email-payment-dual-approval-why = A second pair of eyes stops many fraudulent payments, and insurers ask about it.
q-email-payment-dual-approval-check =
    In your online banking, look for approval or authorisation settings for business payments.
    Check what amount needs a second approver and whether it is actually used.
q-email-payment-dual-approval-fix = Ask your bank to set up two-person approval above an amount you choose, and write the rule down.

q-email-card-data = Are full card numbers kept only by a certified payment provider, never by you?
q-email-card-data-why = Stored card numbers make a breach far more expensive, and card-industry fines are usually not insurable.
q-email-card-data-check =
    Ask your payment provider or website developer whether card numbers pass only through the provider.
    Search your spreadsheets, email and order notes for full card numbers.
q-email-card-data-fix = Use your payment provider's hosted checkout or terminal, delete any stored card numbers, and never take card numbers by email or chat.

## Computers and phones

q-endpoint-anti-malware = Does every computer and server have anti-virus protection that updates itself?
q-endpoint-anti-malware-why = It is asked on almost every insurance form. Insurers may expect nearly every device to be covered.
q-endpoint-anti-malware-check =
    Windows: Start > Windows Security > Virus & threat protection should show no warnings.
    Mac: macOS has built-in protection (XProtect); check Apple menu > System Settings > General > Software Update > Automatic Updates is on.
    Check every computer, not just your own.
q-endpoint-anti-malware-fix = Turn on Windows Security (free) or install a business anti-virus, and check each device shows it as active and up to date.

q-endpoint-edr = Do all computers and servers have behaviour-based protection (EDR) that can spot and stop an attack in progress?
q-endpoint-edr-why = Ordinary anti-virus misses many ransomware attacks. Insurers rank EDR among their top controls.
q-endpoint-edr-check =
    Ask your IT provider which security product is installed and whether it is EDR.
    Windows: look in Start > all apps for the security product. Mac: look in Applications.
    Compare the number of devices it protects with your device list.
q-endpoint-edr-fix = Buy a business EDR subscription for every computer and server (many vendors sell small-business packs) and ask your IT provider to install and check it.

q-endpoint-alert-monitoring = Is someone watching security alerts around the clock, in-house or through a monitoring service (MDR)?
q-endpoint-alert-monitoring-why = An alert at 2 a.m. that nobody reads does not stop ransomware. Insurers ask who responds.
q-endpoint-alert-monitoring-check =
    Ask your IT provider: who sees security alerts at night and at weekends, and how fast do they act?
    Look for a contract or service description that says so.
q-endpoint-alert-monitoring-fix = Buy a managed detection and response (MDR) service, or add 24×7 monitoring to your IT provider's contract.

q-endpoint-hardening = Have your computers been hardened (Office macros from the internet blocked, USB autorun off, only approved software)?
q-endpoint-hardening-why = Macros in attachments and unapproved downloads are common first steps in attacks.
q-endpoint-hardening-check =
    Windows: open Word > File > Options > Trust Center > Trust Center Settings > Macro Settings; macros from the internet should be blocked.
    Mac: open Word > Preferences > Security; macros should be disabled or warned about.
    Look at the list of installed programs for anything nobody recognises.
q-endpoint-hardening-fix = Block macros from the internet, turn off autorun, remove software nobody needs, and agree who may install new software.

q-endpoint-device-lock = Do laptops and phones lock themselves after a few minutes, needing a password or PIN to open?
q-endpoint-device-lock-why = A lost phone or laptop without a lock hands over email and customer data.
q-endpoint-device-lock-check =
    Windows: Settings > Accounts > Sign-in options; check that a password or PIN is required.
    Mac: Apple menu > System Settings > Lock Screen; check that a password is required soon after sleep.
    Phones: check that a screen lock is set.
q-endpoint-device-lock-fix = Set a screen lock of 5 minutes or less on every device, opened only with a password or PIN.

q-endpoint-lost-device-wipe = Can you find or wipe a laptop or phone that is lost?
q-endpoint-lost-device-wipe-why = If a lost device can be wiped from afar, its email and customer data do not fall into someone else’s hands.
q-endpoint-lost-device-wipe-check =
    Phones: check that “find my device” is on.
    Windows: Settings > Privacy & security > Find my device. Mac: Apple menu > System Settings > your name > iCloud > Find My Mac.
q-endpoint-lost-device-wipe-fix = Turn on “find my device” on every phone and laptop and try once to locate it on the web.

## Updates and old systems

q-patching-auto-update = Do operating systems and programs update automatically?
q-patching-auto-update-why = Known holes that were never patched are a top cause of ransomware.
q-patching-auto-update-check =
    Windows: Settings > Windows Update; it should say you are up to date.
    Mac: Apple menu > System Settings > General > Software Update; turn on Automatic Updates.
    Also check browsers and office software, which usually update themselves.
q-patching-auto-update-fix = Turn on automatic updates everywhere and restart computers at least once a week so updates finish installing.

q-patching-critical-fast = Are critical security updates installed within 14 days?
q-patching-critical-fast-why = Insurers' claims data shows fast patching roughly halves incidents.
q-patching-critical-fast-check =
    Windows: Settings > Windows Update > Update history shows the dates updates were installed.
    Mac: Apple menu > System Settings > General > Software Update shows pending updates.
    Ask your IT provider how quickly they install critical updates on servers, routers and the website.
q-patching-critical-fast-fix = Agree a rule with your IT provider: critical updates within 14 days, internet-facing systems within 3 days, and a monthly report.

q-patching-end-of-life = Does every system connected to the internet still get security updates (for example, no Windows 7 or old server versions)?
q-patching-end-of-life-why = Systems that no longer get updates stay vulnerable forever. Some policies exclude losses that start on them.
q-patching-end-of-life-check =
    Windows: press Windows key + R, type winver and press Enter. Windows 10 and older no longer get normal security updates.
    Mac: Apple menu > About This Mac shows the macOS version; Apple updates roughly the latest three versions.
    Ask about servers, tills, cameras and any old machine running special software.
q-patching-end-of-life-fix = Replace or upgrade unsupported systems. If one must stay, disconnect it from the internet and from other computers.

q-patching-network-firmware = Is the software (firmware) on your router, firewall and VPN kept up to date?
q-patching-network-firmware-why = Attackers scan the internet for routers and VPNs with known holes; insurers see many more claims from them.
q-patching-network-firmware-check =
    Open the router's admin page (the address is often on a sticker) and look for a firmware or system update section.
    Compare the version with the latest one on the maker's website.
q-patching-network-firmware-fix = Update the firmware now, turn on automatic updates if offered, and replace devices the maker no longer supports.

## Backups and recovery

q-backup-automatic = Are your important files and systems backed up automatically at least once a week?
q-backup-automatic-why = A recent backup is the difference between a bad day and paying a ransom.
q-backup-automatic-check =
    Windows: search for “File History” or your backup software and check the date of the last backup.
    Mac: Apple menu > System Settings > General > Time Machine shows the last backup.
    Check that accounting data, customer records and shared folders are included.
q-backup-automatic-fix = Set up automatic daily or weekly backups of key data, and check once a month that they ran.

q-backup-offline-copy = Is at least one backup copy out of ransomware’s reach (offline, unchangeable, or behind separate logins)?
q-backup-offline-copy-why = Ransomware looks for backups and deletes them first. Insurers treat a protected copy as essential.
q-backup-offline-copy-check =
    Ask: if someone stole our main admin password, could they delete every backup? If yes, the answer is no.
    Check for a disk that is unplugged after each backup, or a cloud backup with its own login and deletion protection.
q-backup-offline-copy-fix = Add a copy that ransomware cannot reach: an external disk you unplug and rotate, or a cloud backup with its own login, two-step sign-in and version lock.

q-backup-restore-test = Have you fully restored from a backup as a test in the last 12 months?
q-backup-restore-test-why = Many businesses find out their backups do not work only when they need them.
q-backup-restore-test-check =
    Look for a note or email of the last restore test and what was restored.
    Try it now: restore one folder to a different place and open a few files.
q-backup-restore-test-fix = Once a year, restore a full system or key data set to a spare machine, time it, and write down what went wrong.

q-backup-cloud-data = Is the data in your online services (email, cloud files, bookkeeping) backed up somewhere else too?
q-backup-cloud-data-why = Online services keep running, but they rarely promise to restore your data if it is deleted or encrypted.
q-backup-cloud-data-check =
    For each online service, check whether you have your own export or backup, and how old it is.
    Read the service's terms for how long deleted data can be recovered.
q-backup-cloud-data-fix = Turn on the service's own backup or export feature, or use a third-party backup for it, and keep a copy outside that service.

q-backup-recovery-order = Do you know which systems must come back first and how long the business can cope without each one?
q-backup-recovery-order-why = It speeds recovery and helps size business-interruption cover.
q-backup-recovery-order-check =
    Ask: if everything stopped today, what would we need first to take orders and pay staff?
    Check whether this order is written down with the time you can manage without each system.
q-backup-recovery-order-fix = Write a short list: system, who restores it, how long you can manage without it, in order of priority. Keep a printed copy.

## Network and remote access

q-network-no-exposed-remote-desktop = Are remote desktop and the admin pages of your router, servers and cameras all closed to the internet?
q-network-no-exposed-remote-desktop-why = Remote desktop open to the internet is the way in for much of the ransomware seen in China. Insurers treat it as a deal-breaker.
q-network-no-exposed-remote-desktop-check =
    Open the router admin page and look for port forwarding or virtual server rules; any rule for port 3389 or for an admin page is a problem.
    Ask your IT provider to run an external port check on your public address.
q-network-no-exposed-remote-desktop-fix = Remove the port forwarding rules and use a VPN or a remote tool with two-step sign-in instead.

q-network-firewall-default-deny = Do your router and computers block incoming connections unless you allow them?
q-network-firewall-default-deny-why = A firewall that blocks by default is one of the oldest and cheapest protections.
q-network-firewall-default-deny-check =
    Windows: Start > Windows Security > Firewall & network protection; each network should say the firewall is on.
    Mac: Apple menu > System Settings > Network > Firewall; it should be on.
    On the router, check that the firewall is on and there are no unnecessary port forwards.
q-network-firewall-default-deny-fix = Turn on the firewall on every computer and the router, and remove port forwards nobody needs.

q-network-external-scan = Are your public internet addresses and website scanned for weaknesses every quarter?
q-network-external-scan-why = Insurers scan you from outside anyway. Better to find the problems first.
q-network-external-scan-check =
    Ask your IT provider or web developer for the last scan report and its date.
    Check whether the problems it listed were fixed.
q-network-external-scan-fix = Arrange a quarterly external scan through your IT provider or a security firm, and fix high-risk findings within a month.

q-network-logs-kept = Are sign-in, admin and email logs kept for at least 6 months?
q-network-logs-kept-why = Logs show what happened in an incident. The Cybersecurity Law requires keeping them for at least 6 months.
q-network-logs-kept-check =
    In your email and cloud admin consoles, look at the audit or sign-in log and see how far back it goes.
    Ask your IT provider how long server and firewall logs are kept.
q-network-logs-kept-fix = Raise log retention to 6 months or more in each service, or send logs to one place that keeps them, and check it quarterly.

q-network-encryption = Are the disks of all your laptops encrypted?
q-network-encryption-why = Insurers ask about encryption even on short forms. An encrypted lost laptop is usually not a data breach.
q-network-encryption-check =
    Windows: Settings > Privacy & security > Device encryption, or search for BitLocker; it should be on.
    Mac: Apple menu > System Settings > Privacy & Security > FileVault; it should be on.
    Check that sensitive files are sent through encrypted services, not as plain attachments.
q-network-encryption-fix = Turn on BitLocker or device encryption on Windows and FileVault on Mac, store the recovery keys safely, and send sensitive files through an encrypted service.

q-network-website-security = Is your website served only over HTTPS with a valid certificate?
q-network-website-security-why = Websites are attacked constantly. A hacked shop can leak customer data or card details.
q-network-website-security-check =
    Open your website: the address should start with https and show a padlock; opening it with http should switch to https.
q-network-website-security-fix = Turn on HTTPS (free certificates exist), send http visitors to https, and renew the certificate before it expires.

q-network-website-admin = Does your website’s admin login need a second sign-in step?
q-network-website-admin-why = A stolen website admin login lets attackers change pages and steal customer data. Old plugins are a common way in.
q-network-website-admin-check =
    Ask your web developer or hosting company whether the admin login has two-step sign-in and when the software and plugins were last updated.
q-network-website-admin-fix = Turn on two-step sign-in for every admin account of the website, update or remove old plugins, and keep a backup of the site.

q-network-guest-wifi = Is guest or customer Wi-Fi kept separate from the network your business computers use?
q-network-guest-wifi-why = Anyone on the same Wi-Fi can reach your tills, computers and cameras.
q-network-guest-wifi-check =
    Open the router admin page and look for a guest network setting.
    Check whether the Wi-Fi password you give customers is the same one your computers use.
q-network-guest-wifi-fix = Turn on the router's guest network for customers and visitors, and change the main Wi-Fi password.

## People

q-people-training = Do staff get security training when they join and at least once a year?
q-people-training-why = Most attacks rely on tricking someone. Trained staff spot more of them.
q-people-training-check =
    Look for a record of who had training and when.
    Ask a staff member what they would do with a suspicious email.
q-people-training-fix = Run a 30-minute session at hiring and yearly (free courses exist) and keep a simple attendance list.

q-people-phishing-drills = Have you sent staff practice fake emails (a phishing drill) in the last 12 months?
q-people-phishing-drills-why = Insurance forms ask how often you test staff. Practice makes people report more and click less.
q-people-phishing-drills-check =
    Ask your IT provider whether drills have been run, and look for the results.
q-people-phishing-drills-fix = Run a drill at least twice a year through your IT provider or a low-cost service, and follow up with a short talk.

q-people-report-suspicious = Do staff know how and to whom to report a suspicious email or call straight away?
q-people-report-suspicious-why = Reporting fast can stop a payment before the money is gone for good.
q-people-report-suspicious-check =
    Ask two staff members who they would tell about a strange email or a payment request, and how.
q-people-report-suspicious-fix = Name one contact and one channel (a phone number or chat group) for reporting, and tell staff that reporting a mistake is always welcome.

## When something goes wrong

q-incident-response-plan = Do you have a written incident plan that says to call your insurer before hiring anyone or paying anything?
q-incident-response-plan-why = Insurers often require you to use their appointed specialists. Calling them first protects your claim.
q-incident-response-plan-check =
    Look for a printed page with the steps and phone numbers, and check it is up to date.
    Check that it says to call the insurer's hotline before paying any ransom or hiring any firm.
q-incident-response-plan-fix = Write one page: first steps, who decides, phone numbers (insurer, IT, bank, police, regulator). Print it and keep a copy outside the office.

q-incident-rehearsal = Have you practised the plan in the last 12 months?
q-incident-rehearsal-why = Plans that were never tried usually fail at the first step.
q-incident-rehearsal-check =
    Look for the date and notes of the last practice, even a short discussion around a table.
q-incident-rehearsal-fix = Once a year, spend an hour talking through a scenario (for example, “all files are encrypted on Monday morning”) and fix the gaps you find.

q-incident-reporting-deadlines = Do you know how fast and to whom you must report a serious incident or a personal data leak?
q-incident-reporting-deadlines-why = Serious incidents must be reported to the provincial cyberspace authority within 4 hours, and personal data leaks to the authority and the people affected.
q-incident-reporting-deadlines-check =
    Check that your incident plan names the authority to report to, the deadline, and who in the business does it.
q-incident-reporting-deadlines-fix = Add the deadlines and contacts to your incident plan, and agree with your IT provider or lawyer who helps you decide whether an incident must be reported.

## Suppliers and IT providers

q-supply-provider-list = Do you keep a list of your IT providers and online services, with what data and access each one has?
q-supply-provider-list-why = Incidents that start at a supplier cost more, and you cannot react if you do not know who has access.
q-supply-provider-list-check =
    Look through bank statements and invoices for IT and software payments, and compare with your list.
    For each one, note what data they hold and whether they can log in to your systems.
q-supply-provider-list-fix = Make a list: provider, service, data they hold, access they have, contact person, contract end date. Review it yearly.

q-supply-vendor-access = Does your IT provider sign in to your systems with named accounts that need a second sign-in step?
q-supply-vendor-access-why = One breached IT provider can reach all its clients at once.
q-supply-vendor-access-check =
    Ask your IT provider how they connect to your systems, whether each technician has their own account, and whether two-step sign-in is on.
    Look for shared or always-on remote access.
q-supply-vendor-access-fix = Require named accounts with two-step sign-in for the provider, turn remote access on only when needed, and put this in the contract.

q-supply-contracts = Do your contracts with IT providers and online services set out their security duties (including breach notice and liability)?
q-supply-contracts-why = When a supplier causes a loss, the contract decides whether you can recover it.
q-supply-contracts-check =
    Read the contracts or terms for: security measures, how fast they must tell you about a breach, and who pays for losses.
q-supply-contracts-fix = At renewal, add clauses on security, breach notice (for example within 24 hours) and liability. Ask a lawyer for standard wording.

q-supply-upstream-check = Have you checked the security of your key suppliers?
q-supply-upstream-check-why = Large customers and key-sector buyers increasingly check their suppliers. Supply-chain insurance builds on this.
q-supply-upstream-check-check =
    Look for questionnaires you have sent key suppliers or certificates you have asked them for.
q-supply-upstream-check-fix = Send key suppliers a short security questionnaire each year. When customers ask you, give them this checklist’s report.
