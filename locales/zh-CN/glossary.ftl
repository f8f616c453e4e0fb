# CoverReady 绕不开的术语（编号和顺序见 assets/glossary/terms.json）。
# 报告的术语表和应用（关于页面、题目帮助）都用这里的解释。

glossary-mfa-term = 二次验证（MFA，多因素认证）
glossary-mfa = 登录时除了密码，还要再过一道关，比如手机验证码、微信扫码或验证器 App。密码被盗了，别人也登不进去。
glossary-edr-term = EDR（终端检测与响应）
glossary-edr = 比普通杀毒软件更进一步的防护软件：持续监视电脑上的可疑行为，发现入侵能及时告警并隔离。
glossary-backup-term = 备份
glossary-backup = 把重要数据另外复制一份存起来。只有定期做、并且试过能恢复的备份才算数。
glossary-offline-backup-term = 离线备份
glossary-offline-backup = 平时和电脑、网络断开的备份，比如拔下来保管的移动硬盘，或者不能被修改删除的云端副本。勒索病毒碰不到它。
glossary-phishing-term = 钓鱼
glossary-phishing = 冒充熟人、银行或平台发来的邮件、短信或链接，骗您输入密码、下载病毒或转账。
glossary-bec-term = 冒充邮件诈骗（BEC）
glossary-bec = 骗子冒充老板、同事或供应商发邮件，要求紧急付款或更改收款账户。小企业因此损失的钱最多。
glossary-ransomware-term = 勒索病毒
glossary-ransomware = 把电脑和服务器里的文件加密锁住、再索要赎金的恶意软件，常常还会威胁公开偷走的数据。
glossary-patch-term = 补丁、更新
glossary-patch = 软件厂商为修复漏洞发布的更新。及时安装，攻击者就少了可乘之机。
glossary-eol-term = 停止支持的系统
glossary-eol = 厂商已经不再发布安全更新的系统或软件，比如 Windows 7。新发现的漏洞永远不会被修好。
glossary-vpn-term = VPN
glossary-vpn = 从外面安全连回公司网络的加密通道。VPN 本身也要开启二次验证并及时更新。
glossary-dengbao-term = 等保（网络安全等级保护）
glossary-dengbao = 我国网络安全的基本制度，依据《网络安全法》和国家标准 GB/T 22239-2019：信息系统按重要程度定级、备案、建设和测评。二级是多数企业业务系统的常见级别。
glossary-pipl-term = 个人信息保护法
glossary-pipl = 2021 年施行的《中华人民共和国个人信息保护法》，规定企业收集、使用、保存和删除个人信息时的义务，以及发生泄露时的通知义务。
glossary-limit-term = 限额
glossary-limit = 保险公司对一次事故或一个保险年度最多赔多少钱。限额太低，大事故时大部分损失还是要自己扛。
glossary-deductible-term = 免赔额
glossary-deductible = 每次出险时先由企业自己承担的那部分金额，超出的部分才由保险赔付。
glossary-waiting-period-term = 等待期
glossary-waiting-period = 停业损失保障里，系统停摆后要先过一段时间（通常写明几个小时）才开始赔，这段时间的损失由企业自己承担。
glossary-exclusion-term = 除外责任
glossary-exclusion = 保单里写明不赔的情形。比如有的保单不赔从已停止安全更新的系统开始的损失。签约前要看清楚。
glossary-disclosure-term = 如实告知
glossary-disclosure = 投保时如实回答保险公司的问题。答得不实，保险公司可以解除合同或拒绝赔付——所以本软件的证据从不说得比它看到的多。
