# The words CoverReady cannot avoid (ids and order: assets/glossary/terms.json).
# Used by the report's glossary and by the app (About page, question help).

glossary-mfa-term = MFA (multi-factor authentication, two-step sign-in)
glossary-mfa = A second check at sign-in besides the password, such as a code on your phone, a WeChat scan or an authenticator app. A stolen password alone no longer gets anyone in.
glossary-edr-term = EDR (endpoint detection and response)
glossary-edr = Protection software that goes beyond antivirus: it watches computers for suspicious behaviour and can raise an alarm and isolate a machine when it spots an intrusion.
glossary-backup-term = Backup
glossary-backup = A second copy of important data kept somewhere else. It only counts if it is made regularly and a restore has been tried.
glossary-offline-backup-term = Offline backup
glossary-offline-backup = A backup that is normally disconnected from your computers and network, such as an unplugged external disk or a cloud copy that cannot be changed or deleted. Ransomware cannot reach it.
glossary-phishing-term = Phishing
glossary-phishing = Emails, texts or links pretending to come from someone you trust, a bank or a platform, to trick you into giving a password, installing malware or paying.
glossary-bec-term = Business email compromise (BEC)
glossary-bec = A fraudster poses as the boss, a colleague or a supplier and asks for an urgent payment or a change of bank details. It costs small businesses more money than any other attack.
glossary-ransomware-term = Ransomware
glossary-ransomware = Malware that locks the files on computers and servers and demands a ransom, often threatening to publish stolen data as well.
glossary-patch-term = Patches and updates
glossary-patch = Fixes that software makers publish for security holes. Installing them promptly takes away attackers' easiest way in.
glossary-eol-term = End-of-life system
glossary-eol = A system or program its maker no longer updates, such as Windows 7. Holes found in it will never be fixed.
glossary-vpn-term = VPN
glossary-vpn = An encrypted tunnel for connecting to the office network from outside. The VPN itself needs two-step sign-in and updates too.
glossary-dengbao-term = Dengbao (等保, classified protection of cybersecurity)
glossary-dengbao = China's baseline cybersecurity scheme under the Cybersecurity Law and national standard GB/T 22239-2019: systems are graded by importance, registered, built and assessed to their level. Level 2 is common for business systems.
glossary-pipl-term = PIPL (Personal Information Protection Law)
glossary-pipl = The PRC Personal Information Protection Law, in force since 2021: what a business must do when collecting, using, keeping and deleting personal information, and whom it must tell after a leak.
glossary-limit-term = Limit
glossary-limit = The most the insurer pays for one incident or in one policy year. With too low a limit, most of a large loss stays with you.
glossary-deductible-term = Deductible
glossary-deductible = The part of each loss your business pays itself before the insurance pays the rest.
glossary-waiting-period-term = Waiting period
glossary-waiting-period = For business interruption: the hours after your systems stop before the cover starts to pay (often stated as a number of hours); the loss in that time is yours.
glossary-exclusion-term = Exclusions
glossary-exclusion = What the policy does not pay for. Some policies exclude, for example, losses that start on a system no longer getting security updates. Read them before you sign.
glossary-disclosure-term = Duty of disclosure
glossary-disclosure = Answering the insurer’s questions truthfully when you apply. A wrong answer can let the insurer cancel the policy or refuse a claim — which is why this app never claims more than its evidence shows.
