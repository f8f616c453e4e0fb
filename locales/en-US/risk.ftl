# Loss scenarios and the coverage category map (assets/risk/model.json). Amounts arrive formatted.

# A scenario's loss per incident in days of the gross profit the owner entered (amounts arrive formatted).
risk-single-loss-days = One such incident costs about { $likely } days of your gross profit ({ $low } to { $high } days).

risk-scenario-ransomware = Ransomware locks your computers
risk-scenario-ransomware-assumptions = Incident response of about { $response_likely }, plus { $days_likely } days (up to { $days_high }) without business at { $gross_profit } gross profit a day. About a { $chance_per_year } % chance in any year for a firm like yours: on average { $annual_likely } a year.
risk-scenario-ransomware-assumptions-without-gross-profit = Incident response of about { $response_likely }. The { $days_likely } days (up to { $days_high }) without business are not in this range: the profile has no gross profit or revenue to price them. About a { $chance_per_year } % chance in any year for a firm like yours: on average { $annual_likely } a year for the response alone.
risk-scenario-payment-fraud = A payment goes to a fraudster after a fake email or call
risk-scenario-payment-fraud-assumptions = A payment of about { $transfer_likely }, of which about { $share_lost_likely } % is never recovered. About a { $chance_per_year } % chance in any year: on average { $annual_likely } a year.
risk-scenario-data-breach = Personal information of customers or staff leaks
risk-scenario-data-breach-assumptions = About { $records } records, at about { $cost_per_record_likely } each to inform the people affected and deal with the authorities, plus legal costs. About a { $chance_per_year } % chance in any year: on average { $annual_likely } a year.
risk-scenario-outage = A cloud service, website or IT provider you rely on stops working
risk-scenario-outage-assumptions = About { $days_likely } days without business at { $gross_profit } gross profit a day. About a { $chance_per_year } % chance in any year: on average { $annual_likely } a year.

risk-note-gross_profit_from_revenue = Your daily gross profit is not in the profile, so it was estimated from your revenue band (30 % margin, 300 trading days). Add it to the profile for a better estimate.
risk-note-gross_profit_unknown = Neither daily gross profit nor revenue is in the profile, so days without business are not priced. Add them to the profile for a complete estimate.
risk-note-headcount_assumed = The number of staff is not in the profile, so the response costs of the smallest firms were used.
risk-note-transfer_size_assumed = The size of your largest bank transfer is not in the profile, so the smallest band was used.
risk-note-records_assumed = How many personal records you hold is not in the profile, so the smallest band was used.

risk-priority-essential = essential
risk-priority-recommended = recommended
risk-priority-consider = worth considering
risk-side-first_party = your own losses
risk-side-third_party = claims against you
risk-side-service = service with the policy

risk-coverage-incident-response = Incident response costs
risk-coverage-incident-response-why = Experts to find and stop the attack, legal advice, informing customers. Every firm needs this first; use the insurer's own response team.
risk-coverage-data-restoration = Data and system restoration
risk-coverage-data-restoration-why = Rebuilding computers and recovering data after an attack. Worth having for any business that keeps its records on computers.
risk-coverage-business-interruption = Business interruption
risk-coverage-business-interruption-why = Replaces the gross profit you lose while systems are down, after a waiting period of some hours. The shorter the downtime you can bear, the more it matters.
risk-coverage-dependent-business-interruption = Dependent business interruption
risk-coverage-dependent-business-interruption-why = The same, when the outage is at a cloud service or IT provider you rely on rather than at your firm.
risk-coverage-cyber-extortion = Cyber extortion (ransomware)
risk-coverage-cyber-extortion-why = Expert negotiation and response when criminals lock your data and demand money. Insurers usually want MFA on remote access and offline backups first.
risk-coverage-funds-transfer-fraud = Funds-transfer and social-engineering fraud
risk-coverage-funds-transfer-fraud-why = Money sent to a fraudster after a fake email or call. Often a separate sub-limit or crime cover; insurers ask whether you confirm new bank details by phone.
risk-coverage-hardware-replacement = Hardware replacement
risk-coverage-hardware-replacement-why = Replacing machines or devices an attack has damaged beyond repair, for firms with their own servers or production equipment.
risk-coverage-privacy-liability = Privacy and data liability
risk-coverage-privacy-liability-why = Claims from people whose personal information leaked, and the costs of handling them. The more records you hold, the more it matters.
risk-coverage-regulatory-defence = Regulatory defence
risk-coverage-regulatory-defence-why = Legal costs of dealing with the authorities after a data incident. Fines themselves are generally not insurable in China.
risk-coverage-network-security-liability = Network security liability
risk-coverage-network-security-liability-why = Claims from customers or partners harmed by an attack that passed through your systems, for online shops and suppliers to key sectors.
risk-coverage-media-liability = Media liability
risk-coverage-media-liability-why = Claims over what is published on your website or social media, such as defamation or copyright.
risk-coverage-tech-errors-omissions = Technology errors and omissions
risk-coverage-tech-errors-omissions-why = Claims from clients when your IT service or software fails them. Essential for IT and software firms.
risk-coverage-bundled-protection = Inclusive bundles (insurance with security service)
risk-coverage-bundled-protection-why = Small policies sold together with endpoint protection or anti-ransomware service: a simple start for micro firms without their own servers.
