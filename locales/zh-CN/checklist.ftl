# CoverReady 检查清单文案（zh-CN）。
# 键名：题目 id 的点号换成连字符，前面加 "q-"：identity.mfa-email -> q-identity-mfa-email。
# 每道题四条：q-<id>（题目）、-why（为什么重要）、-check（Windows 和 Mac 上怎么查）、-fix（怎么改）。
# 与 locales/en-US/checklist.ftl 保持一致；任何一边缺键，测试都会失败。

## 答案选项

answer-yes = 是
answer-partly = 部分做到
answer-no = 否
answer-not_sure = 不确定
answer-not_applicable = 我们没有这种情况

## 就绪结果的两个数字，在应用、命令行和报告中名称一致

-cl-readiness-score = 就绪得分
-cl-answered = 已答
answered-count = { $answered }/{ $applicable }

## 权重

weight-must_have = 必备项
weight-major = 重要项
weight-minor = 加分项

## 花费档位（按小微企业估算）

cost-free = 免费
cost-low = 花费少（每年 1000 元以内）
cost-medium = 花费中等（1000～10000 元）
cost-high = 花费较高（每年 1 万元以上）

## 投保门槛与行动计划

gate-ready = 已就绪：所有必备项都做到了。
gate-not-ready = 暂未就绪：还有 { $count } 个必备项没做到。
gate-to-confirm = 差一点：还有 { $count } 个必备项需要确认。
plan-this-week = 本周
plan-this-month = 本月
plan-this-quarter = 本季度
plan-reason-unmet = 还没做到
plan-reason-not_sure = 先弄清楚
plan-reason-unanswered = 还没回答

## 领域

domain-governance = 责任人与数据
domain-governance-intro = 谁来管安全、公司有哪些设备和账号、手里有哪些个人信息。保险公司最先问的就是这些。
domain-identity = 登录与二次验证
domain-identity-intro = 大多数入侵都是从密码被盗开始的。登录时多加一道验证，就能挡住绝大部分。
domain-email = 邮件与付款
domain-email-intro = 冒充邮件和“供应商换了收款账户”这类骗局，是小企业损失最多的地方。
domain-endpoint = 电脑与手机
domain-endpoint-intro = 公司用的每台电脑、手机和服务器都要有基本防护。
domain-patching = 更新与老旧系统
domain-patching-intro = 更新就是在补漏洞。不再更新的老系统，漏洞永远敞着。
domain-backup = 备份与恢复
domain-backup-intro = 有靠得住的备份，中了勒索病毒也不用交赎金。
domain-network = 网络与远程访问
domain-network-intro = 公司在互联网上暴露了什么，外面的人又是怎么连进来的。
domain-people = 员工
domain-people-intro = 员工能识破骗局、及时说出来，很多攻击就成不了。
domain-incident = 出事了怎么办
domain-incident-intro = 事先知道该找谁、先做什么，出事时损失更小，理赔也更顺。
domain-supply = 供应商与 IT 服务商
domain-supply-intro = IT 服务商和各种在线服务，可能成为攻击者的入口，出故障时也会把您卡住。

## 责任人与数据

q-governance-security-owner = 有没有指定一个人负责网络安全？
q-governance-security-owner-why = 没人负责，事情就没人跟进。保险公司会问谁是负责人。
q-governance-security-owner-check =
    想一想：如果今天有员工说收到一封奇怪的邮件，谁来处理？
q-governance-security-owner-fix = 指定一位负责人（通常就是老板自己），告诉员工有事找他。

q-governance-security-rules = 有没有一份最近 12 个月内复查过的书面安全规定？
q-governance-security-rules-why = 写下来的规定，员工才有据可依。保险公司会问有没有书面规定、多久复查一次。
q-governance-security-rules-check =
    找一找有没有写下来的安全规定（密码、备份、出事找谁），看看上次复查是什么时候。
q-governance-security-rules-fix = 写一页纸的基本规定发给员工，并在日历上定好每年复查一次。

q-governance-asset-inventory = 有没有一份最新的清单，列出公司的电脑、手机、软件和各种网上账号？
q-governance-asset-inventory-why = 不知道有什么，就谈不上保护。保险公司会问防护是否覆盖了所有设备，有清单才能如实回答。
q-governance-asset-inventory-check =
    打开您的清单（用表格就行），和办公室里实际的设备对一对。
    Windows：设置 > 系统 > 系统信息，可以看到电脑名称。Mac：点左上角苹果菜单 > 关于本机。
    别忘了网上账号（邮箱、记账软件、网盘）也要在清单里。
q-governance-asset-inventory-fix = 做一张简单的表：设备或账号、谁在用、放在哪、上次检查时间。每次买进、卖掉或注销时顺手更新。

q-governance-data-map = 您清楚企业存了哪些个人信息（顾客、患者、员工）、都存在哪里吗？
q-governance-data-map-why = 个人信息一旦泄露，要通知当事人，还可能被监管部门依照《个人信息保护法》追责。保险公司会按这个风险定价。
q-governance-data-map-check =
    列出个人信息都放在哪里：订单系统、表格、微信群、邮箱、纸质档案。
    每个地方大概有多少人的信息、谁能打开，都记下来。
q-governance-data-map-fix = 写一页“数据地图”：什么信息、放在哪、多少条、谁能看。用不着的数据删掉，用不着的权限收回。

q-governance-personal-info-rules = 有没有关于个人信息的书面制度（谁能看、怎么保护、泄露了怎么办）？
q-governance-personal-info-rules-why = 《个人信息保护法》要求有内部管理制度、权限控制、员工培训和应急预案，罚款最高可达 5000 万元或上一年营业额的 5%。
q-governance-personal-info-rules-check =
    找一找有没有书面文件，写明：收集哪些个人信息、为什么收集、谁能查看、怎么保护、泄露后怎么处理。
    确认经手个人信息的员工都看过。
q-governance-personal-info-rules-fix = 参考行业协会或律师提供的模板写一份简短制度，指定个人信息负责人，并给经手的员工讲一遍。

q-governance-sensitive-data-access = 敏感信息（比如病历、身份证号、银行账户）是不是只有需要的人才能看到？
q-governance-sensitive-data-access-why = 敏感个人信息受法律更严格的保护，泄露后的代价也高得多。法律要求处理前先做影响评估。
q-governance-sensitive-data-access-check =
    在存这些信息的系统里打开用户列表，逐个确认这个人现在还需要权限。
    看看系统有没有记录谁查看、谁导出了数据，记录保留多久。
q-governance-sensitive-data-access-fix = 收回不需要的权限，打开访问日志，别再把敏感数据导出到表格里，并做一份书面的个人信息保护影响评估。

q-governance-mlps-filing = 您的系统做过等级保护（等保）定级和备案吗？
q-governance-mlps-filing-why = 很多系统依法必须定级备案，做了也能向保险公司证明您尽到了责任。不做可能被罚款。
q-governance-mlps-filing-check =
    问一下负责 IT 的人，有没有定级报告，有没有到当地公安机关备案。
    找一找备案证明和上次测评的日期。
q-governance-mlps-filing-fix = 请有资质的测评机构或您的 IT 服务商帮忙定级（小企业的系统大多是二级），到当地公安机关备案，并安排测评。

q-governance-past-incidents-fixed = 近 3 年出过的每一次安全事件，原因都查清并整改了吗？
q-governance-past-incidents-fixed-why = 投保时一定会问以前出过什么事。原因没解决，可能拿不到报价；如实填写不对，以后还可能被拒赔。
q-governance-past-incidents-fixed-check =
    把近 3 年的事件列出来：邮箱被盗、中病毒、被骗转账、丢了笔记本电脑等。
    每一件都确认：知道是怎么发生的，也知道之后改了什么，同样的事不会再来一次。
q-governance-past-incidents-fixed-fix = 每件事写几句话：发生了什么、原因、改了什么。还没解决的，投保前先解决，并如实告知保险公司。

## 登录与二次验证

q-identity-mfa-email = 所有邮箱（包括老板自己的）登录时，除了密码，还要输入手机验证码或 App 动态码吗？
q-identity-mfa-email-why = 大部分理赔案件都是从邮箱开始的。保险公司把邮箱二次验证当作承保的基本条件。
q-identity-mfa-email-check =
    在网页上登录邮箱，打开“安全设置”，找“二次验证”“两步验证”或“微信动态码”之类的选项，看是否已开启。
    Windows 或 Mac：换一个浏览器重新登录，应该会让您输入验证码。
    每个人的邮箱都要查，也可以在企业邮箱管理后台导出一份开启情况。
q-identity-mfa-email-fix = 在邮箱管理后台给所有邮箱开启二次验证，先从老板和财务的邮箱开始。尽量用验证器 App 或微信动态码。

q-identity-mfa-remote = 所有从外面连进公司系统的方式（VPN、远程桌面、远程协助软件），都要二次验证吗？
q-identity-mfa-remote-why = 勒索病毒大多是从远程访问进来的。没有二次验证，保险公司常常不保勒索损失。
q-identity-mfa-remote-check =
    列出所有从外面连进来的方式：VPN、远程桌面，以及向日葵、ToDesk、TeamViewer、AnyDesk 这类远程协助软件。
    Windows：在“开始 > 所有应用”里找。Mac：在“应用程序”文件夹里找。
    每一种都从外面试着连一次，看会不会要求输入验证码。
q-identity-mfa-remote-fix = 在每个远程软件或 VPN 里开启二次验证，卸掉没人用的远程软件，并请 IT 服务商书面确认。

q-identity-mfa-admin = 所有管理员账号（云服务后台、邮箱管理后台、备份系统、路由器）登录都要二次验证吗？
q-identity-mfa-admin-why = 攻击者拿到管理员账号，就能把一切都关掉，包括备份。国外就有保险公司因为投保时声称管理员有二次验证、实际却没有而撤销了保单。
q-identity-mfa-admin-check =
    列出所有管理员账号：邮箱管理后台、网盘、记账软件、备份服务、路由器、网站后台。
    逐个登录，在安全设置里查看二次验证是否开启。
q-identity-mfa-admin-fix = 给每个管理员账号开启二次验证，把备用恢复码抄下来，离线放在安全的地方。

q-identity-no-daily-admin = 员工日常用的都是没有管理员权限的普通账号吗？
q-identity-no-daily-admin-why = 日常账号如果就是管理员，点错一个链接，勒索病毒就能装满整台电脑。
q-identity-no-daily-admin-check =
    Windows：设置 > 帐户 > 你的信息，名字下面写着“管理员”就说明是管理员账号。
    Mac：苹果菜单 > 系统设置 > 用户与群组，名字下面写着“管理员”就是。
q-identity-no-daily-admin-fix = 每台电脑另建一个管理员账号，把日常账号改成标准用户。只有装软件时才用管理员账号。

q-identity-leavers = 离职员工的账号和长期闲置的账号，都会及时停用吗？
q-identity-leavers-why = 没关掉的老账号是现成的入口，而且很少有人注意到。
q-identity-leavers-check =
    拿邮箱、云服务和主要软件里的用户列表，和现在的员工名单对一对。
    看看有没有 90 天没人登录过的账号。
q-identity-leavers-fix = 做一张离职清单（邮箱、云服务、软件、门禁、共用密码），在最后一天逐项处理。每个季度把所有账号过一遍。

q-identity-unique-passwords = 每个账号的密码都不一样吗（比如用密码管理器保存）？
q-identity-unique-passwords-why = 一个网站泄露的密码，会被拿去到处试。
q-identity-unique-passwords-check =
    问问员工是不是好几个账号用同一个密码，电脑上有没有装密码管理器。
q-identity-unique-passwords-fix = 给每个人配一个密码管理器（很多免费或很便宜），把重复使用的密码换掉。

q-identity-default-passwords = 路由器、摄像头等设备出厂的默认密码都改掉了吗？
q-identity-default-passwords-why = 路由器、摄像头的默认密码网上都查得到，谁都能拿来登录。
q-identity-default-passwords-check =
    检查路由器和摄像头：如果 admin/admin 或机身贴纸上的密码还能登录，就是从来没改过。
q-identity-default-passwords-fix = 逐台登录路由器、摄像头、打印机等设备，把默认密码改成各不相同的长密码，存进密码管理器。

## 邮件与付款

q-email-filtering = 收到的邮件会先经过过滤，拦截危险链接和附件吗？
q-email-filtering-why = 小企业的安全事件大多始于钓鱼邮件。过滤能在员工看到之前就拦下很多。
q-email-filtering-check =
    打开邮箱服务的管理后台，找垃圾邮件、钓鱼或病毒防护的设置。
    如果公司业务用的是免费个人邮箱，过滤比较基础，也没法自己调整。
q-email-filtering-fix = 改用自带过滤功能的企业邮箱并打开防护，或加装邮件过滤服务，把可疑附件设为隔离。

q-email-domain-protection = 企业邮箱的域名设置了 SPF、DKIM 和 DMARC 吗？
q-email-domain-protection-why = 有了这几条设置，骗子就很难冒充您的邮箱地址发信。
q-email-domain-protection-check =
    Windows 或 Mac：在免费的在线 DMARC 检测网站输入您的域名，看 SPF、DKIM、DMARC 三项的结果。
q-email-domain-protection-fix = 请邮箱服务商或 IT 服务商给域名加上 SPF、DKIM、DMARC 记录（通常一小时就能弄好）。

q-email-payment-callback = 供应商要换收款账户时，您一定先用原来就有的号码打电话核实，再付款吗？
q-email-payment-callback-why = “换收款账户”骗局是最常见的损失之一。保险公司通常要求先电话核实，否则不赔。
q-email-payment-callback-check =
    问问负责付款的人，上次供应商换账户时是怎么处理的。
    看看这条规矩有没有写下来，打的电话是不是来自您自己的通讯录，而不是邮件里的号码。
q-email-payment-callback-fix = 定一条规矩：“新增或变更收款账户，必须用我们已有的号码回电核实。”告诉所有经手付款的人，每次核实都记一笔。

q-email-payment-dual-approval = 超过一定金额的付款，要第二个人审批吗？
q-email-payment-dual-approval-why = 多一个人把关，能拦下很多被骗的转账，保险公司也会问。
q-email-payment-dual-approval-check =
    在企业网银里找付款审批或授权的设置。
    看看多少金额以上需要第二人审批，实际有没有在用。
q-email-payment-dual-approval-fix = 请开户银行开通超过一定金额需两人审批的功能，金额您自己定，并把规矩写下来。

q-email-card-data = 完整的银行卡号只留在有资质的支付机构那里、您自己一个都不保存吗？
q-email-card-data-why = 存了卡号，一旦泄露损失会大得多，而且银行卡组织的罚款一般保险不赔。
q-email-card-data-check =
    问支付服务商或网站开发方：卡号是不是只经过支付机构，不经过您的系统。
    在表格、邮件和订单备注里搜一搜有没有完整卡号。
q-email-card-data-fix = 使用支付机构提供的收银台或刷卡终端，删掉已经存下的卡号，永远不要通过邮件或聊天收卡号。

## 电脑与手机

q-endpoint-anti-malware = 每台电脑和服务器都装了会自动更新的杀毒软件吗？
q-endpoint-anti-malware-why = 几乎每份投保问卷都会问。保险公司可能要求几乎所有设备都有防护。
q-endpoint-anti-malware-check =
    Windows：开始 > Windows 安全中心 > 病毒和威胁防护，不应该有警告。
    Mac：系统自带防护（XProtect），确认 苹果菜单 > 系统设置 > 通用 > 软件更新 里的“自动更新”已打开。
    每台电脑都要查，不只是您自己那台。
q-endpoint-anti-malware-fix = 打开 Windows 安全中心（免费），或安装企业版杀毒软件，逐台确认显示已开启、已是最新。

q-endpoint-edr = 所有电脑和服务器都装了能发现并拦住正在进行的攻击的“终端检测与响应”（EDR）软件吗？
q-endpoint-edr-why = 普通杀毒软件拦不住很多勒索攻击。保险公司把 EDR 列为最重要的几项措施之一。
q-endpoint-edr-check =
    问 IT 服务商：装的是什么安全软件，是不是 EDR。
    Windows：在“开始 > 所有应用”里找这个软件。Mac：在“应用程序”里找。
    把它保护的设备数量和您的设备清单对一对。
q-endpoint-edr-fix = 给每台电脑和服务器购买企业 EDR 服务（很多厂商有小企业套餐），请 IT 服务商安装并检查。

q-endpoint-alert-monitoring = 有没有人 24 小时盯着安全告警（自己人，或者托管检测与响应（MDR）服务）？
q-endpoint-alert-monitoring-why = 半夜两点的告警没人看，就拦不住勒索病毒。保险公司会问由谁响应。
q-endpoint-alert-monitoring-check =
    问 IT 服务商：晚上和周末谁看安全告警，多快能处理？
    找一找合同或服务说明里有没有写明。
q-endpoint-alert-monitoring-fix = 购买托管检测与响应（MDR）服务，或在 IT 服务合同里加上 7×24 小时监控。

q-endpoint-hardening = 电脑都做过基本加固吗（禁用来自互联网的 Office 宏、关闭 U 盘自动运行、只装经过同意的软件）？
q-endpoint-hardening-why = 附件里的宏和随手下载的软件，是攻击常见的第一步。
q-endpoint-hardening-check =
    Windows：打开 Word > 文件 > 选项 > 信任中心 > 信任中心设置 > 宏设置，来自互联网的宏应被阻止。
    Mac：打开 Word > 偏好设置 > 安全性，宏应被禁用或会弹出提醒。
    看看已安装程序列表里有没有谁也不认识的软件。
q-endpoint-hardening-fix = 阻止来自互联网的宏，关闭自动运行，卸掉用不着的软件，并约定谁可以装新软件。

q-endpoint-device-lock = 笔记本和手机闲置几分钟后会自动锁屏、要密码才能解开吗？
q-endpoint-device-lock-why = 没上锁的手机或电脑丢了，邮箱和客户资料也就跟着丢了。
q-endpoint-device-lock-check =
    Windows：设置 > 帐户 > 登录选项，确认需要密码或 PIN 码。
    Mac：苹果菜单 > 系统设置 > 锁定屏幕，确认睡眠后很快就要输入密码。
    手机：确认设了锁屏密码。
q-endpoint-device-lock-fix = 所有设备设成 5 分钟内自动锁屏，并且要密码或 PIN 码才能解开。

q-endpoint-lost-device-wipe = 笔记本和手机丢了，能定位或远程抹掉数据吗？
q-endpoint-lost-device-wipe-why = 丢了的设备如果能远程抹掉，邮箱和客户资料就不会落到别人手里。
q-endpoint-lost-device-wipe-check =
    手机：确认打开了“查找设备”功能。
    Windows：设置 > 隐私和安全性 > 查找我的设备。Mac：苹果菜单 > 系统设置 > 您的名字 > iCloud > 查找我的 Mac。
q-endpoint-lost-device-wipe-fix = 手机和笔记本都打开“查找设备”功能，并试一次在网页上找到它。

## 更新与老旧系统

q-patching-auto-update = 操作系统和软件都会自动更新吗？
q-patching-auto-update-why = 已知漏洞一直没补，是勒索病毒得手的头号原因。
q-patching-auto-update-check =
    Windows：设置 > Windows 更新，应显示“你使用的是最新版本”。
    Mac：苹果菜单 > 系统设置 > 通用 > 软件更新，打开“自动更新”。
    浏览器和办公软件一般会自己更新，也顺便看一眼。
q-patching-auto-update-fix = 所有设备都打开自动更新，电脑每周至少重启一次，让更新装完。

q-patching-critical-fast = 严重的安全更新都会在 14 天内装好吗？
q-patching-critical-fast-why = 保险公司的理赔数据显示，补丁打得快，出事的次数大约少一半。
q-patching-critical-fast-check =
    Windows：设置 > Windows 更新 > 更新历史记录，能看到每次更新的安装日期。
    Mac：苹果菜单 > 系统设置 > 通用 > 软件更新，看有没有等着安装的更新。
    问 IT 服务商：服务器、路由器和网站的严重漏洞，一般多久修好。
q-patching-critical-fast-fix = 和 IT 服务商约定：严重更新 14 天内装好，对外的系统 3 天内装好，每月给您一份报告。

q-patching-end-of-life = 连着互联网的每个系统都还能收到安全更新吗（比如没有 Windows 7 或老版本服务器）？
q-patching-end-of-life-why = 不再更新的系统，漏洞永远补不上。有些保单对从这类系统开始的损失不赔。
q-patching-end-of-life-check =
    Windows：按 Windows 键 + R，输入 winver 回车。Windows 10 及更早的版本已不再有常规安全更新。
    Mac：苹果菜单 > 关于本机，看 macOS 版本；苹果一般只给最近三个版本发安全更新。
    服务器、收银机、摄像头、跑专用软件的老电脑也要问一问。
q-patching-end-of-life-fix = 升级或更换不再支持的系统。必须留着的，断开互联网，也和其他电脑隔开。

q-patching-network-firmware = 路由器、防火墙和 VPN 设备的系统（固件）是最新的吗？
q-patching-network-firmware-why = 攻击者会在网上扫描有已知漏洞的路由器和 VPN，保险公司看到的理赔也多得多。
q-patching-network-firmware-check =
    打开路由器的管理页面（地址常印在机身贴纸上），找“固件升级”或“系统升级”。
    把版本号和厂家官网上的最新版本比一比。
q-patching-network-firmware-fix = 现在就升级固件，有自动升级就打开；厂家已经不再支持的设备，换掉。

## 备份与恢复

q-backup-automatic = 重要文件和系统至少每周自动备份一次吗？
q-backup-automatic-why = 有没有一份最近的备份，决定了是糟糕的一天还是得交赎金。
q-backup-automatic-check =
    Windows：搜索“文件历史记录”或您的备份软件，看最近一次备份的日期。
    Mac：苹果菜单 > 系统设置 > 通用 > 时间机器，看最近一次备份。
    确认账务数据、客户资料和共享文件夹都在备份范围里。
q-backup-automatic-fix = 设置每天或每周自动备份重要数据，每月看一次是否真的备份成功。

q-backup-offline-copy = 至少有一份备份是勒索病毒够不着的吗（离线的、改不了的，或者要用单独账号才能动）？
q-backup-offline-copy-why = 勒索病毒会先找备份并删掉。保险公司把这份受保护的备份视为必备。
q-backup-offline-copy-check =
    问自己：如果有人偷到了我们的主管理员密码，能不能把所有备份都删掉？能，答案就是“否”。
    看看有没有每次备份完就拔下来的移动硬盘，或者有独立账号、防删除保护的云备份。
q-backup-offline-copy-fix = 加一份勒索病毒够不着的备份：备份完就拔下、轮换使用的移动硬盘，或开了独立账号、二次验证和版本锁定的云备份。

q-backup-restore-test = 过去 12 个月里，完整地从备份恢复过一次（演练）吗？
q-backup-restore-test-why = 很多企业直到真要用时，才发现备份根本恢复不了。
q-backup-restore-test-check =
    找一找上次恢复演练的记录：什么时候、恢复了什么。
    现在就试：把一个文件夹恢复到另一个位置，打开几个文件看看。
q-backup-restore-test-fix = 每年找一台备用电脑，完整恢复一套系统或关键数据，记下用了多久、遇到了什么问题。

q-backup-cloud-data = 网上服务里的数据（邮箱、网盘、记账软件）在别处也有备份吗？
q-backup-cloud-data-why = 云服务本身很少出故障，但数据被误删或被加密后，服务商很少承诺帮您找回来。
q-backup-cloud-data-check =
    每个网上服务都看一看：有没有自己导出的数据或备份，最近一份是什么时候的。
    看看服务条款里写的删除后能找回多久。
q-backup-cloud-data-fix = 打开服务自带的备份或导出功能，或用第三方备份，在这个服务之外另存一份。

q-backup-recovery-order = 您清楚出事后哪些系统要先恢复、每个系统停多久公司还撑得住吗？
q-backup-recovery-order-why = 心里有数，恢复更快，也能据此确定营业中断险该保多少。
q-backup-recovery-order-check =
    问自己：如果今天全都停了，先要恢复什么才能接单、发工资？
    看看这个顺序和每个系统能停多久，有没有写下来。
q-backup-recovery-order-fix = 列一张短表：系统、谁来恢复、最多能停多久，按先后排好。打印一份放好。

## 网络与远程访问

q-network-no-exposed-remote-desktop = 远程桌面和路由器、服务器、摄像头的管理页面，从互联网上都打不开吗？
q-network-no-exposed-remote-desktop-why = 在国内，相当多的勒索病毒是从暴露在外的远程桌面进来的。保险公司把它当作一票否决项。
q-network-no-exposed-remote-desktop-check =
    打开路由器管理页面，找“端口转发”或“虚拟服务器”，如果有 3389 端口或管理页面的规则，就有问题。
    请 IT 服务商从外网对您的公网地址做一次端口检查。
q-network-no-exposed-remote-desktop-fix = 删掉这些端口转发规则，改用 VPN 或带二次验证的远程软件。

q-network-firewall-default-deny = 路由器和电脑默认拦截外来连接，只放行您允许的吗？
q-network-firewall-default-deny-why = 默认拦截的防火墙，是最老也最便宜的防护之一。
q-network-firewall-default-deny-check =
    Windows：开始 > Windows 安全中心 > 防火墙和网络保护，每种网络都应显示防火墙已开启。
    Mac：苹果菜单 > 系统设置 > 网络 > 防火墙，应已打开。
    路由器上确认防火墙已开启，没有多余的端口转发。
q-network-firewall-default-deny-fix = 每台电脑和路由器都打开防火墙，删掉没人用的端口转发。

q-network-external-scan = 企业的公网地址和网站，每个季度都做一次漏洞扫描吗？
q-network-external-scan-why = 保险公司反正会从外面扫描您，不如自己先发现问题。
q-network-external-scan-check =
    向 IT 服务商或网站开发方要最近一次扫描报告，看看日期。
    确认报告里列出的问题已经修好。
q-network-external-scan-fix = 请 IT 服务商或安全公司每季度做一次外部扫描，高风险问题一个月内修好。

q-network-logs-kept = 登录、管理操作和邮件的日志保留了 6 个月以上吗？
q-network-logs-kept-why = 出了事要靠日志还原经过。《网络安全法》要求日志至少保存 6 个月。
q-network-logs-kept-check =
    在邮箱和云服务的管理后台打开审计日志或登录日志，看最早能查到什么时候。
    问 IT 服务商服务器和防火墙的日志保留多久。
q-network-logs-kept-fix = 把每个服务的日志保留时间调到 6 个月以上，或把日志集中存到一个地方，每季度查一次。

q-network-encryption = 笔记本电脑的硬盘都加密了吗？
q-network-encryption-why = 就算是最简短的投保问卷也会问加密。加密过的笔记本丢了，通常不算数据泄露。
q-network-encryption-check =
    Windows：设置 > 隐私和安全性 > 设备加密，或搜索 BitLocker，应已开启。
    Mac：苹果菜单 > 系统设置 > 隐私与安全性 > FileVault，应已打开。
    确认敏感文件是通过加密的方式发送，而不是直接当普通附件发出去。
q-network-encryption-fix = Windows 打开 BitLocker 或设备加密，Mac 打开 FileVault，把恢复密钥妥善保存；敏感文件用加密的方式传送。

q-network-website-security = 企业网站全部通过 HTTPS 访问、证书有效吗？
q-network-website-security-why = 网站天天都有人来攻击。网店被黑，顾客资料甚至银行卡信息都可能泄露。
q-network-website-security-check =
    打开您的网站：地址应以 https 开头，并显示一把小锁；用 http 打开时应自动跳到 https。
q-network-website-security-fix = 开启 HTTPS（有免费证书），让 http 自动跳到 https，并在证书到期前续上。

q-network-website-admin = 网站后台登录要二次验证吗？
q-network-website-admin-why = 网站后台被盗号，攻击者就能改网页、偷顾客资料。网站程序和插件的漏洞也常被用来进后台。
q-network-website-admin-check =
    问网站开发方或主机服务商：后台登录有没有二次验证，程序和插件上次更新是什么时候。
q-network-website-admin-fix = 给网站后台的每个管理员账号打开二次验证，更新或删掉老插件，并给网站做好备份。

q-network-guest-wifi = 给顾客和访客用的 Wi-Fi，和公司电脑用的网络是分开的吗？
q-network-guest-wifi-why = 连在同一个 Wi-Fi 上的人，能碰到您的收银机、电脑和摄像头。
q-network-guest-wifi-check =
    打开路由器管理页面，找“访客网络”设置。
    看看给顾客的 Wi-Fi 密码是不是和公司电脑用的是同一个。
q-network-guest-wifi-fix = 打开路由器的访客网络给顾客和访客用，并把公司主网络的 Wi-Fi 密码换掉。

## 员工

q-people-training = 员工入职时和每年至少一次，会接受网络安全培训吗？
q-people-training-why = 大多数攻击都靠骗人。受过培训的员工能识破更多。
q-people-training-check =
    找一找谁在什么时候参加过培训的记录。
    随便问一位员工：收到可疑邮件会怎么做？
q-people-training-fix = 入职时和每年各讲一次，半小时就够（网上有免费课程），留一份简单的签到表。

q-people-phishing-drills = 过去 12 个月里，给员工发过演练用的钓鱼邮件吗？
q-people-phishing-drills-why = 投保问卷会问多久测一次员工。练得多了，员工点得少、报得多。
q-people-phishing-drills-check =
    问 IT 服务商有没有做过钓鱼演练，要一份结果看看。
q-people-phishing-drills-fix = 通过 IT 服务商或低价的演练服务，每年至少做两次，演练后简单讲评一下。

q-people-report-suspicious = 员工知道收到可疑邮件或电话时，要马上报告给谁、怎么报告吗？
q-people-report-suspicious-why = 报得快，被骗的钱还有机会在转走之前拦下来。
q-people-report-suspicious-check =
    随便问两位员工：收到奇怪的邮件或付款要求，会告诉谁，用什么方式？
q-people-report-suspicious-fix = 定好一个联系人和一个渠道（电话或工作群）专门报告，并告诉员工：就算是自己点错了，报告也永远是对的。

## 出事了怎么办

q-incident-response-plan = 有没有一份书面的应急预案，写明出事后先打保险公司的电话、再请外部公司或付钱？
q-incident-response-plan-why = 保险公司通常要求用他们指定的专业机构，先打给保险公司才能保住理赔。
q-incident-response-plan-check =
    找一找有没有打印出来、写着步骤和电话的那一页纸，电话是不是最新的。
    确认上面写明：付赎金或请任何公司之前，先打保险公司的报案电话。
q-incident-response-plan-fix = 写一页纸：第一步做什么、谁拍板、各方电话（保险公司、IT、银行、警方、监管部门）。打印出来，办公室外也放一份。

q-incident-rehearsal = 过去 12 个月里，按预案演练过吗？
q-incident-rehearsal-why = 从没演练过的预案，往往第一步就卡住。
q-incident-rehearsal-check =
    找一找上次演练的日期和记录，哪怕只是大家围着桌子讨论了一次。
q-incident-rehearsal-fix = 每年花一小时，围绕一个场景（比如“周一早上所有文件都被加密了”）推演一遍，把发现的漏洞补上。

q-incident-reporting-deadlines = 您知道严重安全事件和个人信息泄露要在多长时间内、向谁报告吗？
q-incident-reporting-deadlines-why = 较大及以上的网络安全事件要在 4 小时内报告省级网信部门；个人信息泄露要通知监管部门和受影响的个人。
q-incident-reporting-deadlines-check =
    看看您的应急预案里有没有写明：向哪个部门报告、时限多长、公司里由谁负责报告。
q-incident-reporting-deadlines-fix = 把报告时限和联系方式写进应急预案，并和 IT 服务商或律师约定，由谁帮您判断一件事要不要报告。

## 供应商与 IT 服务商

q-supply-provider-list = 有没有一份 IT 服务商和网上服务的清单，写明各家手里有您哪些数据、有什么权限？
q-supply-provider-list-why = 从供应商那里开始的事件损失更大；连谁有权限都不知道，出事时就无从下手。
q-supply-provider-list-check =
    翻一翻银行流水和发票里的 IT、软件付款，和您的清单对一对。
    每一家都记下：存着您什么数据、能不能登录您的系统。
q-supply-provider-list-fix = 做一张表：服务商、服务内容、持有的数据、拥有的权限、联系人、合同到期日。每年复查一次。

q-supply-vendor-access = IT 服务商登录您的系统时，用的是开了二次验证的实名账号吗？
q-supply-vendor-access-why = 一家 IT 服务商被攻破，它的所有客户都可能一起遭殃。
q-supply-vendor-access-check =
    问 IT 服务商：怎么连到您的系统，每位技术员是不是有自己的账号，有没有开二次验证。
    看看有没有共用账号或一直开着的远程访问。
q-supply-vendor-access-fix = 要求服务商使用实名账号加二次验证，远程访问只在需要时打开，并写进合同。

q-supply-contracts = 和 IT 服务商、网上服务签的合同里，写明了对方的安全责任吗（包括出事通知和赔偿）？
q-supply-contracts-why = 供应商造成了损失，能不能追回来，要看合同怎么写。
q-supply-contracts-check =
    翻看合同或服务条款，找这几点：采取哪些安全措施、出了数据泄露多快通知您、损失由谁承担。
q-supply-contracts-fix = 续约时加上安全要求、泄露通知（比如 24 小时内）和赔偿责任条款，可以请律师提供标准写法。

q-supply-upstream-check = 您检查过主要供应商的安全情况吗？
q-supply-upstream-check-why = 大客户和关键行业的采购方越来越多地检查供应商，供应链保险也以此为基础。
q-supply-upstream-check-check =
    找一找您发给主要供应商的安全问卷，或者向他们要来的证书。
q-supply-upstream-check-fix = 每年给主要供应商发一份简短的安全问卷。客户来问您时，可以把本清单的报告给他们。
