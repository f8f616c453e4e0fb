# 损失情景和保险品类图谱（assets/risk/model.json）。金额由调用方格式化后传入。

# 一次损失折合成企业自己填的每日毛利的天数（数字由调用方格式化后传入）。
risk-single-loss-days = 这样一次损失约相当于 { $likely } 天的毛利（{ $low } 至 { $high } 天）。

risk-scenario-ransomware = 勒索病毒锁住电脑
risk-scenario-ransomware-assumptions = 应急处置约 { $response_likely }，另加停业 { $days_likely } 天（最长 { $days_high } 天），按每天毛利 { $gross_profit } 计。像您这样的企业，每年发生的可能性约 { $chance_per_year }%，平均每年约 { $annual_likely }。
risk-scenario-ransomware-assumptions-without-gross-profit = 应急处置约 { $response_likely }。停业 { $days_likely } 天（最长 { $days_high } 天）的损失没有算在这个区间里：企业情况里没有每天毛利或营业收入，没法估算。像您这样的企业，每年发生的可能性约 { $chance_per_year }%，仅应急处置平均每年约 { $annual_likely }。
risk-scenario-payment-fraud = 假邮件或假电话骗走一笔货款
risk-scenario-payment-fraud-assumptions = 一笔约 { $transfer_likely } 的付款，其中约 { $share_lost_likely }% 追不回来。每年发生的可能性约 { $chance_per_year }%，平均每年约 { $annual_likely }。
risk-scenario-data-breach = 客户或员工的个人信息泄露
risk-scenario-data-breach-assumptions = 约 { $records } 条记录，每条约 { $cost_per_record_likely } 用于通知当事人、应对监管，另加律师费。每年发生的可能性约 { $chance_per_year }%，平均每年约 { $annual_likely }。
risk-scenario-outage = 依赖的云服务、网站或 IT 服务商出故障
risk-scenario-outage-assumptions = 约 { $days_likely } 天做不了生意，按每天毛利 { $gross_profit } 计。每年发生的可能性约 { $chance_per_year }%，平均每年约 { $annual_likely }。

risk-note-gross_profit_from_revenue = 企业情况里没有填每天毛利，这里按营业收入档位估算（毛利率 30%，每年 300 个营业日）。补填后估算会更准。
risk-note-gross_profit_unknown = 企业情况里既没有每天毛利也没有营业收入，停业损失没法估算。补填后才能得到完整的估算。
risk-note-headcount_assumed = 企业情况里没有填人员规模，应急处置费用按最小规模的企业估算。
risk-note-transfer_size_assumed = 企业情况里没有填单笔最大转账金额，按最小档位估算。
risk-note-records_assumed = 企业情况里没有填持有多少条个人信息，按最小档位估算。

risk-priority-essential = 必备
risk-priority-recommended = 建议
risk-priority-consider = 可以考虑
risk-side-first_party = 赔自己的损失
risk-side-third_party = 赔别人的索赔
risk-side-service = 随保单提供的服务

risk-coverage-incident-response = 应急处置费用
risk-coverage-incident-response-why = 请专家查明并阻止攻击、法律咨询、通知客户。每家企业都应该先有这一项；出事时用保险公司指定的应急团队。
risk-coverage-data-restoration = 数据和系统恢复费用
risk-coverage-data-restoration-why = 攻击之后重建电脑、恢复数据。只要业务记录存在电脑上就值得投保。
risk-coverage-business-interruption = 营业中断损失
risk-coverage-business-interruption-why = 系统停摆期间损失的毛利，过了几小时的等待期后开始赔。能承受的停业时间越短，越重要。
risk-coverage-dependent-business-interruption = 依赖方营业中断损失
risk-coverage-dependent-business-interruption-why = 同上，只是故障出在您依赖的云服务或 IT 服务商那里，而不是您自己。
risk-coverage-cyber-extortion = 网络勒索（防勒索）
risk-coverage-cyber-extortion-why = 数据被锁、对方索要赎金时的专业谈判和处置。保险公司通常要求先做好远程访问二次验证和离线备份。
risk-coverage-funds-transfer-fraud = 转账欺诈和社会工程诈骗
risk-coverage-funds-transfer-fraud-why = 被假邮件、假电话骗走的钱。常常是单独的分项限额或归入犯罪险；保险公司会问新的收款账户是否打电话核实。
risk-coverage-hardware-replacement = 硬件损失
risk-coverage-hardware-replacement-why = 攻击造成无法修复的设备需要更换，适合有自己服务器或生产设备的企业。
risk-coverage-privacy-liability = 数据泄露责任
risk-coverage-privacy-liability-why = 个人信息被泄露的当事人提出的索赔，以及处理这些索赔的费用。持有的记录越多越重要。
risk-coverage-regulatory-defence = 监管应对费用
risk-coverage-regulatory-defence-why = 数据安全事件后应对监管部门的法律费用。罚款本身在我国一般不能投保。
risk-coverage-network-security-liability = 网络安全事件责任
risk-coverage-network-security-liability-why = 攻击经由您的系统伤及客户或合作方时对方的索赔，适合网店和关键行业的供应商。
risk-coverage-media-liability = 媒体侵权责任
risk-coverage-media-liability-why = 网站或社交媒体上发布的内容引起的索赔，比如名誉侵权、著作权纠纷。
risk-coverage-tech-errors-omissions = 技术服务职业责任
risk-coverage-tech-errors-omissions-why = 您提供的 IT 服务或软件出问题给客户造成损失时的索赔。IT 和软件企业必备。
risk-coverage-bundled-protection = 普惠型“保险加安全服务”产品
risk-coverage-bundled-protection-why = 把小额保单和终端防护、防勒索服务打包销售：没有自己服务器的小微企业，从这里起步最简单。
