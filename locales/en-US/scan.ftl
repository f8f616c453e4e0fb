# CoverReady local scan texts (en-US). Keys: scan-<probe id> (what is checked), -why, -fix;
# verdicts, unknown reasons and reconciliation outcomes. Keep in step with locales/zh-CN/scan.ftl.

## Verdicts, reasons, outcomes

scan-verdict-pass = Pass
scan-verdict-fail = Fail
scan-verdict-unknown = Could not tell
scan-verdict-not_applicable = Not applicable
scan-reason-needs_admin = Needs administrator rights to read
scan-reason-needs_full_disk_access = Needs Full Disk Access (System Settings → Privacy & Security)
scan-reason-tool_missing = The tool or file it reads is not on this computer
scan-reason-timeout = Took too long and was stopped
scan-reason-parse_error = The output was not in a form CoverReady understands
scan-reason-unsupported_os = Not available on this operating system
scan-reason-permission_denied = This account may not read it
scan-reason-not_determinable = Readable, but this setup cannot be judged automatically
scan-outcome-confirms = The scan confirms your answer
scan-outcome-contradicts = The scan contradicts your answer
scan-outcome-scan_suggests_yes = The scan suggests the answer could be “yes”
scan-outcome-scan_suggests_no = The scan suggests the answer is “no”
scan-outcome-no_opinion = The scan cannot tell; your answer stays self-attested
scan-outcome-partly_shown = The scan shows part of this; the rest is up to you
scan-part-status-shown = Shown by the scan
scan-part-status-refuted = The scan found a problem
scan-part-status-not_checked = Not checked yet
scan-part-status-owner_only = Only you can confirm this

## Probes

scan-os-supported = The operating system still gets security updates
scan-os-supported-failed = The operating system no longer gets security updates
scan-os-supported-why = A system that no longer gets patches stays vulnerable for good; some policies exclude losses that start on one.
scan-os-supported-fix = Upgrade to a supported version (for example Windows 11 25H2, the current macOS, Debian 12 or Ubuntu 24.04), or replace the computer.

scan-auto-updates = Automatic updates are on
scan-auto-updates-failed = Automatic updates are off
scan-auto-updates-why = Patching should not depend on someone remembering; known holes that were never patched are a top cause of ransomware.
scan-auto-updates-fix = Turn on automatic updates (Windows Update, macOS Software Update, or unattended-upgrades on Linux) and do not disable the update services.

scan-updates-recent = Updates were installed in the last 30 days
scan-updates-recent-failed = No updates were installed in the last 30 days
scan-updates-recent-why = Automatic updates only help if they actually finish installing.
scan-updates-recent-fix = Run the update tool now, restart, and restart at least weekly so updates finish.

scan-antimalware-present = Anti-malware is installed
scan-antimalware-present-failed = No anti-malware was found
scan-antimalware-present-why = Nearly every insurance form asks whether every computer has anti-virus.
scan-antimalware-present-fix = Turn on Windows Security (Microsoft Defender) or install a business anti-virus product.

scan-antimalware-realtime = Anti-malware real-time protection is on
scan-antimalware-realtime-failed = Anti-malware real-time protection is off
scan-antimalware-realtime-why = Protection that only scans on demand misses malware as it arrives.
scan-antimalware-realtime-fix = Turn real-time (on-access) protection back on in the anti-malware settings and keep it on.

scan-antimalware-signatures = Anti-malware signatures are up to date
scan-antimalware-signatures-failed = Anti-malware signatures are out of date
scan-antimalware-signatures-why = Out-of-date signatures do not recognise this week's malware.
scan-antimalware-signatures-fix = Let the anti-malware update itself (check the internet connection and the update schedule), then update now.

scan-execution-protection = Protection against running unapproved programs is on
scan-execution-protection-failed = Protection against running unapproved programs is off
scan-execution-protection-why = User Account Control, Gatekeeper and AppArmor/SELinux stop many attacks from running quietly.
scan-execution-protection-fix = Keep UAC on with a prompt for administrators (Windows), keep Gatekeeper on (Mac), enable AppArmor or SELinux (Linux).

scan-system-integrity-protection = System Integrity Protection is on
scan-system-integrity-protection-failed = System Integrity Protection is off or partly off
scan-system-integrity-protection-why = System Integrity Protection stops even administrator programs from changing macOS itself, so malware cannot hide in the system.
scan-system-integrity-protection-fix = Start the Mac in Recovery, open Terminal and run csrutil enable, then restart.

scan-disk-encryption = The system disk is encrypted
scan-disk-encryption-failed = The system disk is not encrypted
scan-disk-encryption-why = An encrypted lost laptop is usually not a reportable data breach; an unencrypted one is.
scan-disk-encryption-fix = Turn on BitLocker or Device Encryption (Windows), FileVault (Mac) or full-disk encryption at install time (Linux), and keep the recovery key somewhere safe.
scan-disk-encryption-suspended = The system disk is encrypted, but its protection is suspended: the key is stored unprotected on the disk
scan-disk-encryption-suspended-fix = Resume BitLocker protection (Control Panel, BitLocker Drive Encryption, “Resume protection”, or manage-bde -protectors -enable C: as administrator); Windows suspends it for some updates and normally resumes it after the restart.

scan-firewall-enabled = The computer's firewall is on
scan-firewall-enabled-failed = The computer's firewall is off
scan-firewall-enabled-why = A firewall is one of the oldest and cheapest protections on untrusted networks.
scan-firewall-enabled-fix = Turn the firewall on for every network profile (Windows), in System Settings (Mac), or enable ufw/firewalld (Linux).

scan-firewall-inbound-default = Incoming connections are blocked unless allowed
scan-firewall-inbound-default-failed = Incoming connections are allowed by default
scan-firewall-inbound-default-why = Blocking by default means a forgotten service is not reachable from the network.
scan-firewall-inbound-default-fix = Set the default for incoming connections to block and allow only what you need.

scan-exposed-services = No risky services are listening for the network
scan-exposed-services-failed = Risky services are listening for the network
scan-exposed-services-why = Remote desktop, VNC, Telnet, FTP, file sharing and databases open to the network are how much ransomware gets in.
scan-exposed-services-fix = Stop services you do not need, bind the rest to localhost, or put them behind a VPN.

scan-smbv1-disabled = The old SMBv1 file-sharing protocol is off
scan-smbv1-disabled-failed = The old SMBv1 file-sharing protocol is on
scan-smbv1-disabled-why = SMBv1 is how WannaCry spread; nothing modern needs it.
scan-smbv1-disabled-fix = Remove the “SMB 1.0/CIFS File Sharing Support” Windows feature, or set server min protocol = SMB2 in Samba.

scan-daily-user-not-admin = The everyday account is not an administrator
scan-daily-user-not-admin-failed = The everyday account is an administrator
scan-daily-user-not-admin-why = If the everyday account is an administrator, one bad click can install ransomware on the whole machine.
scan-daily-user-not-admin-fix = Create a separate administrator account and make the everyday account a standard user.

scan-admin-count = Only a few accounts are administrators
scan-admin-count-failed = Many accounts are administrators
scan-admin-count-why = Every administrator account is a key to the whole computer.
scan-admin-count-fix = Keep at most two administrator accounts and remove administrator rights from the rest.

scan-guest-disabled = The guest account is off
scan-guest-disabled-failed = The guest account is on
scan-guest-disabled-why = A guest account lets anyone with the computer in hand sign in.
scan-guest-disabled-fix = Turn off the Guest account (Windows: Computer Management; Mac: Users & Groups; Linux: LightDM allow-guest=false).

scan-password-policy = Passwords must be at least 8 characters
scan-password-policy-failed = Passwords may be shorter than 8 characters
scan-password-policy-why = Short passwords are guessed in minutes.
scan-password-policy-fix = Set a minimum password length of 8 or more (12 is better) in the local security policy or PAM.

scan-lockout-policy = Repeated wrong passwords lock the account
scan-lockout-policy-failed = Repeated wrong passwords do not lock the account
scan-lockout-policy-why = Without a lockout, passwords can be tried without limit.
scan-lockout-policy-fix = Lock the account after 10 or fewer failed attempts (account lockout policy, pwpolicy, or pam_faillock).

scan-screen-lock = The screen locks within 15 minutes
scan-screen-lock-failed = The screen does not lock within 15 minutes
scan-screen-lock-why = An unattended unlocked computer hands over email and customer data.
scan-screen-lock-fix = Set the screen to lock after 5 to 15 minutes of inactivity and require the password to unlock.

scan-auto-login-off = The computer does not sign in automatically
scan-auto-login-off-failed = The computer signs in automatically
scan-auto-login-off-why = With auto-login, a stolen computer opens straight to the desktop.
scan-auto-login-off-fix = Turn off automatic login so the password is asked at every start.

scan-legacy-auth-off = Old, weak sign-in methods are off
scan-legacy-auth-off-failed = Old, weak sign-in methods are on
scan-legacy-auth-off-why = LM/NTLMv1 and WDigest let attackers steal or crack passwords easily.
scan-legacy-auth-off-fix = Set LAN Manager authentication to NTLMv2 only, keep blank passwords local-only and WDigest off.

scan-remote-desktop = Remote desktop is off or requires sign-in first
scan-remote-desktop-failed = Remote desktop is on without sign-in first
scan-remote-desktop-why = Remote desktop open to attackers is the way in for much of the ransomware seen in China.
scan-remote-desktop-fix = Turn off remote desktop / screen sharing if not needed; otherwise require Network Level Authentication and reach it only through a VPN.

scan-ssh-hardened = The SSH server does not accept passwords or root logins
scan-ssh-hardened-failed = The SSH server accepts passwords or root logins
scan-ssh-hardened-why = SSH servers that accept passwords are brute-forced constantly.
scan-ssh-hardened-fix = Use keys only: PasswordAuthentication no, PermitRootLogin no (or prohibit-password), PermitEmptyPasswords no; or turn the SSH server off.

scan-remote-access-tools = No remote-support tools are installed
scan-remote-access-tools-failed = Remote-support tools are installed
scan-remote-access-tools-why = TeamViewer, AnyDesk, ToDesk, 向日葵 and similar tools are a common way in when left installed.
scan-remote-access-tools-fix = Uninstall remote tools nobody uses; for the rest, turn on two-step sign-in and unattended-access passwords.

scan-backup-configured = A backup is set up on this computer
scan-backup-configured-failed = No backup is set up on this computer
scan-backup-configured-why = A backup is the difference between a bad day and paying a ransom.
scan-backup-configured-fix = Set up automatic backups (File History or a backup program on Windows, Time Machine on Mac, Déjà Dup or restic on Linux).

scan-backup-recent = The last backup is less than 7 days old
scan-backup-recent-failed = The last backup is more than 7 days old
scan-backup-recent-why = A backup that stopped running months ago will not save you.
scan-backup-recent-fix = Connect the backup disk or check the backup program, run a backup now, and check monthly that it runs.

scan-browsers-current = Web browsers are up to date
scan-browsers-current-failed = A web browser is out of date
scan-browsers-current-why = Out-of-date browsers are attacked by malicious websites and ads.
scan-browsers-current-fix = Update Chrome, Edge and Firefox (Help → About) and keep their automatic updates on.

scan-security-logging = Security events are logged and kept
scan-security-logging-failed = Security events are not logged or not kept
scan-security-logging-why = Logs show what happened in an incident; the Cybersecurity Law requires keeping them for at least 6 months.
scan-security-logging-fix = Keep the event log service on and large enough (Windows), keep persistent journald or rsyslog (Linux).

scan-clock-synced = The clock is synchronised
scan-clock-synced-failed = The clock is not synchronised
scan-clock-synced-why = Wrong clocks make logs useless as evidence and break sign-in certificates.
scan-clock-synced-fix = Turn on automatic time (Windows Time service, Mac “Set time automatically”, systemd-timesyncd or chrony).


## Parts of checklist questions (assets/evidence/coverage.json): what a scan can or cannot show

scan-part-email-domain-protection-spf = SPF record
scan-part-email-domain-protection-dkim = DKIM signature
scan-part-email-domain-protection-dmarc = DMARC policy
scan-part-network-website-security-https = HTTPS with a valid certificate
scan-part-patching-end-of-life-this-computer = this computer
scan-part-patching-end-of-life-other-systems = your other computers and servers
scan-part-patching-auto-update-this-computer-os = this computer's system updates
scan-part-patching-auto-update-this-computer-browsers = this computer's browsers
scan-part-patching-auto-update-other-programs-and-devices = other programs and computers
scan-part-patching-critical-fast-within-14-days = critical updates within 14 days
scan-part-endpoint-anti-malware-this-computer = this computer
scan-part-endpoint-anti-malware-other-devices = your other computers and servers
scan-part-endpoint-hardening-macros-blocked = Office macros blocked
scan-part-endpoint-hardening-usb-autorun-off = USB autorun off
scan-part-endpoint-hardening-approved-software = only approved software
scan-part-network-encryption-this-computer = this computer's disk
scan-part-network-encryption-other-laptops = your other laptops
scan-part-network-firewall-default-deny-this-computer = this computer
scan-part-network-firewall-default-deny-router-and-other-computers = your router and other computers
scan-part-network-no-exposed-remote-desktop-this-computer = this computer
scan-part-network-no-exposed-remote-desktop-router-servers-cameras = admin pages of your router, servers and cameras
scan-part-identity-no-daily-admin-this-user = the account on this computer
scan-part-identity-no-daily-admin-other-staff = other staff's accounts
scan-part-identity-leavers-same-day = leavers' accounts switched off
scan-part-identity-leavers-unused-off = unused accounts switched off
scan-part-endpoint-device-lock-this-computer = this computer
scan-part-endpoint-device-lock-other-laptops-and-phones = your other laptops and phones
scan-part-backup-automatic-this-computer = this computer
scan-part-backup-automatic-other-systems = your other important systems
scan-part-network-logs-kept-six-months = logs kept for 6 months
scan-part-network-logs-kept-email-and-admin-logs = sign-in, admin and email logs
