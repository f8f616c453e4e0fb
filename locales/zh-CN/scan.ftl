# CoverReady 本机检测文本（zh-CN）。键：scan-<探针 id>（检查什么）、-why、-fix；
# 以及判定、无法判断的原因和核对结果。与 locales/en-US/scan.ftl 保持一致。

## Verdicts, reasons, outcomes

scan-verdict-pass = 通过
scan-verdict-fail = 未通过
scan-verdict-unknown = 无法判断
scan-verdict-not_applicable = 不适用
scan-reason-needs_admin = 需要管理员权限才能读取
scan-reason-needs_full_disk_access = 需要“完全磁盘访问权限”（系统设置 → 隐私与安全性）
scan-reason-tool_missing = 本机没有所需的工具或文件
scan-reason-timeout = 耗时过长，已停止
scan-reason-parse_error = 输出格式无法识别
scan-reason-unsupported_os = 此操作系统不支持
scan-reason-permission_denied = 当前账户无权读取
scan-reason-not_determinable = 可以读取，但此配置无法自动判断
scan-outcome-confirms = 检测结果与您的回答一致
scan-outcome-contradicts = 检测结果与您的回答不符
scan-outcome-scan_suggests_yes = 检测结果表明可以回答“是”
scan-outcome-scan_suggests_no = 检测结果表明答案为“否”
scan-outcome-no_opinion = 检测无法判断，保留您的自评回答
scan-outcome-partly_shown = 检测只能证实其中一部分，其余由您确认
scan-part-status-shown = 已由检测证实
scan-part-status-refuted = 检测发现问题
scan-part-status-not_checked = 尚未检查
scan-part-status-owner_only = 只能由您确认

## Probes

scan-os-supported = 操作系统仍在获得安全更新
scan-os-supported-failed = 操作系统已不再获得安全更新
scan-os-supported-why = 不再获得补丁的系统漏洞永远无法修复；部分保单对由此引发的损失不予赔付。
scan-os-supported-fix = 升级到仍受支持的版本（例如 Windows 11 25H2、最新 macOS、Debian 12 或 Ubuntu 24.04），或更换电脑。

scan-auto-updates = 已开启自动更新
scan-auto-updates-failed = 未开启自动更新
scan-auto-updates-why = 打补丁不应依赖人记得去做；已知却未修补的漏洞是勒索软件最常见的入口之一。
scan-auto-updates-fix = 开启自动更新（Windows 更新、macOS 软件更新，或 Linux 上的 unattended-upgrades），不要停用更新服务。

scan-updates-recent = 最近 30 天内安装过更新
scan-updates-recent-failed = 最近 30 天内没有安装过更新
scan-updates-recent-why = 自动更新只有真正安装完成才有用。
scan-updates-recent-fix = 现在运行更新并重启；之后至少每周重启一次，让更新安装完成。

scan-antimalware-present = 已安装防病毒软件
scan-antimalware-present-failed = 未发现防病毒软件
scan-antimalware-present-why = 几乎所有投保问卷都会问每台电脑是否装有防病毒软件。
scan-antimalware-present-fix = 开启 Windows 安全中心（Microsoft Defender）或安装企业防病毒软件。

scan-antimalware-realtime = 防病毒实时防护已开启
scan-antimalware-realtime-failed = 防病毒实时防护未开启
scan-antimalware-realtime-why = 只在手动扫描时才工作的防护，无法在恶意软件到达时拦截。
scan-antimalware-realtime-fix = 在防病毒设置中重新开启实时防护并保持开启。

scan-antimalware-signatures = 病毒库为最新
scan-antimalware-signatures-failed = 病毒库已过期
scan-antimalware-signatures-why = 过期的病毒库识别不了最新的恶意软件。
scan-antimalware-signatures-fix = 让防病毒软件自动更新（检查网络与更新计划），并立即手动更新一次。

scan-execution-protection = 已开启程序运行保护
scan-execution-protection-failed = 程序运行保护未开启
scan-execution-protection-why = 用户账户控制（UAC）、Gatekeeper 和 AppArmor/SELinux 能阻止许多攻击悄悄运行。
scan-execution-protection-fix = Windows 保持 UAC 开启并对管理员提示；Mac 保持 Gatekeeper 开启；Linux 启用 AppArmor 或 SELinux。

scan-system-integrity-protection = 系统完整性保护（SIP）已开启
scan-system-integrity-protection-failed = 系统完整性保护（SIP）已关闭或部分关闭
scan-system-integrity-protection-why = 系统完整性保护让即使有管理员权限的程序也无法改动 macOS 本身，恶意软件就难以藏进系统。
scan-system-integrity-protection-fix = 将 Mac 启动到恢复模式，打开“终端”，运行 csrutil enable，然后重启。

scan-disk-encryption = 系统磁盘已加密
scan-disk-encryption-failed = 系统磁盘未加密
scan-disk-encryption-why = 丢失的电脑若已加密，通常不构成需上报的数据泄露；未加密则可能构成。
scan-disk-encryption-fix = 开启 BitLocker 或设备加密（Windows）、FileVault（Mac），Linux 在安装时启用全盘加密，并妥善保存恢复密钥。
scan-disk-encryption-suspended = 系统磁盘已加密，但保护已暂停：密钥以明文保存在磁盘上
scan-disk-encryption-suspended-fix = 恢复 BitLocker 保护（控制面板 → BitLocker 驱动器加密 →“恢复保护”，或以管理员身份运行 manage-bde -protectors -enable C:）；Windows 在某些更新时会暂停保护，通常在重启后自动恢复。

scan-firewall-enabled = 电脑防火墙已开启
scan-firewall-enabled-failed = 电脑防火墙未开启
scan-firewall-enabled-why = 在不可信网络上，防火墙是最古老也最便宜的防护之一。
scan-firewall-enabled-fix = 为所有网络配置文件开启防火墙（Windows），在系统设置中开启（Mac），或启用 ufw/firewalld（Linux）。

scan-firewall-inbound-default = 默认拦截入站连接
scan-firewall-inbound-default-failed = 默认允许入站连接
scan-firewall-inbound-default-why = 默认拦截意味着被遗忘的服务不会暴露在网络上。
scan-firewall-inbound-default-fix = 将入站连接默认设为拦截，只放行确实需要的连接。

scan-exposed-services = 没有高风险服务在对外监听
scan-exposed-services-failed = 有高风险服务在对外监听
scan-exposed-services-why = 对网络开放的远程桌面、VNC、Telnet、FTP、文件共享和数据库，是勒索软件最常见的入口。
scan-exposed-services-fix = 停用不需要的服务，其余仅绑定本机地址，或放在 VPN 之后。

scan-smbv1-disabled = 旧版 SMBv1 文件共享协议已关闭
scan-smbv1-disabled-failed = 旧版 SMBv1 文件共享协议仍开启
scan-smbv1-disabled-why = WannaCry 就是通过 SMBv1 传播的；现代设备都不再需要它。
scan-smbv1-disabled-fix = 在 Windows 功能中移除“SMB 1.0/CIFS 文件共享支持”，或在 Samba 中设置 server min protocol = SMB2。

scan-daily-user-not-admin = 日常使用的账户不是管理员
scan-daily-user-not-admin-failed = 日常使用的账户是管理员
scan-daily-user-not-admin-why = 日常账户若是管理员，一次误点就可能让勒索软件装遍整台电脑。
scan-daily-user-not-admin-fix = 另建一个管理员账户，把日常账户改为标准用户。

scan-admin-count = 管理员账户数量很少
scan-admin-count-failed = 管理员账户过多
scan-admin-count-why = 每个管理员账户都是整台电脑的钥匙。
scan-admin-count-fix = 最多保留两个管理员账户，取消其余账户的管理员权限。

scan-guest-disabled = 来宾账户已关闭
scan-guest-disabled-failed = 来宾账户已开启
scan-guest-disabled-why = 来宾账户让任何拿到电脑的人都能登录。
scan-guest-disabled-fix = 关闭来宾账户（Windows：计算机管理；Mac：用户与群组；Linux：LightDM 设置 allow-guest=false）。

scan-password-policy = 密码长度至少 8 位
scan-password-policy-failed = 允许少于 8 位的密码
scan-password-policy-why = 短密码几分钟就能被猜出。
scan-password-policy-fix = 在本地安全策略或 PAM 中将密码最短长度设为 8 位以上（建议 12 位）。

scan-lockout-policy = 多次输错密码会锁定账户
scan-lockout-policy-failed = 多次输错密码不会锁定账户
scan-lockout-policy-why = 没有锁定策略，密码可被无限次尝试。
scan-lockout-policy-fix = 设置 10 次以内失败即锁定（账户锁定策略、pwpolicy 或 pam_faillock）。

scan-screen-lock = 15 分钟内自动锁屏
scan-screen-lock-failed = 15 分钟内不会自动锁屏
scan-screen-lock-why = 无人看管又未锁屏的电脑，等于把邮件和客户数据拱手相让。
scan-screen-lock-fix = 设置闲置 5 到 15 分钟后锁屏，并要求输入密码解锁。

scan-auto-login-off = 未开启自动登录
scan-auto-login-off-failed = 已开启自动登录
scan-auto-login-off-why = 开启自动登录后，被盗的电脑一开机就直接进入桌面。
scan-auto-login-off-fix = 关闭自动登录，每次开机都要求输入密码。

scan-legacy-auth-off = 已关闭老旧的弱登录方式
scan-legacy-auth-off-failed = 老旧的弱登录方式仍开启
scan-legacy-auth-off-why = LM/NTLMv1 和 WDigest 会让攻击者轻易窃取或破解密码。
scan-legacy-auth-off-fix = 将 LAN Manager 身份验证设为仅 NTLMv2，空密码仅限本地，并关闭 WDigest。

scan-remote-desktop = 远程桌面已关闭或要求先验证身份
scan-remote-desktop-failed = 远程桌面已开启且不要求先验证身份
scan-remote-desktop-why = 对攻击者开放的远程桌面是国内大量勒索软件的入口。
scan-remote-desktop-fix = 不需要时关闭远程桌面/屏幕共享；确需使用时要求网络级身份验证，并只通过 VPN 访问。

scan-ssh-hardened = SSH 服务不接受密码或 root 登录
scan-ssh-hardened-failed = SSH 服务接受密码或 root 登录
scan-ssh-hardened-why = 接受密码登录的 SSH 服务会被不断暴力破解。
scan-ssh-hardened-fix = 只用密钥登录：PasswordAuthentication no、PermitRootLogin no（或 prohibit-password）、PermitEmptyPasswords no；或关闭 SSH 服务。

scan-remote-access-tools = 未安装远程控制工具
scan-remote-access-tools-failed = 已安装远程控制工具
scan-remote-access-tools-why = TeamViewer、AnyDesk、ToDesk、向日葵等工具长期安装时，常被用作入侵通道。
scan-remote-access-tools-fix = 卸载没人用的远程工具；保留的工具开启两步验证并设置无人值守访问密码。

scan-backup-configured = 本机已设置备份
scan-backup-configured-failed = 本机未设置备份
scan-backup-configured-why = 有没有备份，决定了是糟糕的一天还是被迫支付赎金。
scan-backup-configured-fix = 设置自动备份（Windows 用文件历史记录或备份软件，Mac 用时间机器，Linux 用 Déjà Dup 或 restic）。

scan-backup-recent = 最近一次备份在 7 天以内
scan-backup-recent-failed = 最近一次备份已超过 7 天
scan-backup-recent-why = 几个月前就停止运行的备份救不了您。
scan-backup-recent-fix = 连接备份磁盘或检查备份软件，立即备份一次，之后每月检查一次。

scan-browsers-current = 浏览器为最新版本
scan-browsers-current-failed = 有浏览器不是最新版本
scan-browsers-current-why = 过时的浏览器会被恶意网站和广告攻击。
scan-browsers-current-fix = 更新 Chrome、Edge 和 Firefox（帮助 → 关于），并保持自动更新开启。

scan-security-logging = 安全事件有记录并被保留
scan-security-logging-failed = 安全事件没有记录或未被保留
scan-security-logging-why = 日志能说明事件经过；《网络安全法》要求留存不少于六个月。
scan-security-logging-fix = 保持事件日志服务开启并设置足够大小（Windows），Linux 保持 journald 持久化或 rsyslog。

scan-clock-synced = 系统时钟已同步
scan-clock-synced-failed = 系统时钟未同步
scan-clock-synced-why = 时钟不准会让日志失去证据价值，也会导致证书验证失败。
scan-clock-synced-fix = 开启自动校时（Windows Time 服务、Mac“自动设置时间”、systemd-timesyncd 或 chrony）。


## 检查清单问题的组成部分（assets/evidence/coverage.json）：检测能证实和不能证实的部分

scan-part-email-domain-protection-spf = SPF 记录
scan-part-email-domain-protection-dkim = DKIM 签名
scan-part-email-domain-protection-dmarc = DMARC 策略
scan-part-network-website-security-https = 使用有效证书的 HTTPS
scan-part-patching-end-of-life-this-computer = 本机
scan-part-patching-end-of-life-other-systems = 您的其他电脑和服务器
scan-part-patching-auto-update-this-computer-os = 本机的系统更新
scan-part-patching-auto-update-this-computer-browsers = 本机的浏览器
scan-part-patching-auto-update-other-programs-and-devices = 其他程序和电脑
scan-part-patching-critical-fast-within-14-days = 14 天内安装关键更新
scan-part-endpoint-anti-malware-this-computer = 本机
scan-part-endpoint-anti-malware-other-devices = 您的其他电脑和服务器
scan-part-endpoint-hardening-macros-blocked = 已禁止 Office 宏
scan-part-endpoint-hardening-usb-autorun-off = 已关闭 U 盘自动运行
scan-part-endpoint-hardening-approved-software = 只安装经批准的软件
scan-part-network-encryption-this-computer = 本机磁盘
scan-part-network-encryption-other-laptops = 您的其他笔记本电脑
scan-part-network-firewall-default-deny-this-computer = 本机
scan-part-network-firewall-default-deny-router-and-other-computers = 您的路由器和其他电脑
scan-part-network-no-exposed-remote-desktop-this-computer = 本机
scan-part-network-no-exposed-remote-desktop-router-servers-cameras = 路由器、服务器和摄像头的管理页面
scan-part-identity-no-daily-admin-this-user = 本机的日常账户
scan-part-identity-no-daily-admin-other-staff = 其他员工的账户
scan-part-identity-leavers-same-day = 离职员工的账号停用
scan-part-identity-leavers-unused-off = 停用闲置账户
scan-part-endpoint-device-lock-this-computer = 本机
scan-part-endpoint-device-lock-other-laptops-and-phones = 您的其他笔记本电脑和手机
scan-part-backup-automatic-this-computer = 本机
scan-part-backup-automatic-other-systems = 您的其他重要系统
scan-part-network-logs-kept-six-months = 日志保留 6 个月
scan-part-network-logs-kept-email-and-admin-logs = 登录、管理和邮件日志
