## 投保之后：保单、“出事了”、事件记录和理赔材料包。

## 命令行帮助

cli-about-coverready-policy = 保险保单：保险公司、保险期间、各项限额、报案电话、通知时限
cli-about-coverready-policy-set = 设置保单信息，要么全部保存，要么都不保存（KEY= 清除一项）
cli-about-coverready-policy-show = 查看保单、尚未投保的保障和续保提醒
cli-about-coverready-incident = 出事了：第一步怎么做、各项时限、事件记录和理赔材料包
cli-about-coverready-incident-start = 登记一起事件：第一步和各项时限从发现时起算
cli-about-coverready-incident-list = 列出一家企业登记的事件
cli-about-coverready-incident-show = 查看事件：步骤、时限、该打给谁、事件记录
cli-about-coverready-incident-tick = 把一个步骤标为已完成（连同时间记入记录）
cli-about-coverready-incident-log = 在事件记录里添加一条，可附一个证据文件
cli-about-coverready-incident-verify = 检查事件记录有没有被修改、删除或调换顺序
cli-about-coverready-incident-pack = 生成理赔材料包：一个 PDF 和旁边的 JSON
cli-about-coverready-incident-send = 重新生成理赔材料包并签名发送到保险公司或经纪人的接收端（必须加 --consent）
cli-arg-policy-assignments = 保单信息，例如 insurer=… start=2026-01-01 end=2026-12-31 notice_hours=72 limit.cyber-extortion=500000
cli-arg-kind = 发生了什么：ransomware、payment-fraud、data-leak、account-takeover、website、lost-device 或 other
cli-arg-discovered = 发现的时间，RFC 3339 格式并带时区（默认：现在），例如 2026-12-03T09:30:00+08:00
cli-arg-incident = 事件编号（“incident start”会显示）
cli-arg-step = 步骤编号（见“incident show”）
cli-arg-at = 时间，RFC 3339 格式并带时区（默认：现在）
cli-arg-text = 发生了什么或做了什么，用您自己的话写
cli-arg-evidence = 作为证据保存的文件（复制到数据文件夹，最大 200 MB）
cli-arg-who = 谁做的或谁看到的（默认：这台电脑的用户名）
cli-arg-pack-out = 理赔材料包 PDF 的保存位置（JSON 会放在旁边）

## 事件类型

incident-kind-ransomware = 勒索软件（文件被锁、对方索要赎金）
incident-kind-payment-fraud = 转账诈骗（钱被骗转给了骗子）
incident-kind-data-leak = 数据泄露（信息被泄露出去）
incident-kind-account-takeover = 账号被盗（邮箱、云服务、网银登录）
incident-kind-website = 网站被攻击或无法访问
incident-kind-lost-device = 设备丢失或被盗
incident-kind-other = 其他情况

## 第一步

incident-step-isolate = 把受影响的电脑断开网络（拔网线、关 Wi-Fi）。先不要格式化、重装或恢复：它们是证据。只有断不开网络时才关机。
incident-step-no-ransom = 未经保险公司同意，不要支付赎金，也不要和对方谈判。
incident-step-bank-recall = 先打电话给您的开户银行，马上：请银行止付或追回这笔转账。能追回转账的时间很短。
incident-step-anti-fraud-96110 = 拨打反诈预警劝阻专线 96110。
incident-step-keep-evidence = 保留证据：消息、邮件、日志、截图。记下何时、如何发现的；保留每一张发票。
incident-step-insurer-hotline = 请任何外部服务商之前，先打保险公司的 24 小时报案电话：应急团队和律师需要保险公司同意。
incident-step-written-notice = 在保单规定的通知时限内，再向保险公司发出书面通知：电话报案不一定算正式通知。
incident-step-pipl-notice = 如果涉及个人信息：立即采取补救措施，并通知履行个人信息保护职责的部门和个人（《个人信息保护法》第五十七条：涉及哪些信息、原因、可能的危害、已采取的措施、个人可以怎么做、联系方式）。
incident-step-cac-report = 如果事件可能属于“较大”及以上：4 小时内向所在省级网信部门报告，电话 12387。
incident-step-police-110 = 如果涉及违法犯罪（勒索、诈骗、盗窃）：向公安机关报案，110。

## 时限

incident-deadline-cac-4h = 向省级网信部门报告（“较大”及以上事件）
incident-deadline-insurer-notice = 向保险公司发出书面通知

## 该打给谁

incident-contact-cac-12387 = 网络安全事件报告（网信）
incident-contact-police-110 = 报警
incident-contact-anti-fraud-96110 = 反诈预警劝阻专线
incident-contact-insurer = 保险公司 24 小时报案电话
incident-contact-broker = 保险经纪人

## 保单

incident-policy-heading = { $org } 的保单
incident-policy-none = 还没有登记保单。可以这样登记：coverready policy set --org { $id } insurer=… policy_number=… start=YYYY-MM-DD end=YYYY-MM-DD
incident-policy-field-insurer = 保险公司
incident-policy-field-policy_number = 保单号
incident-policy-field-start = 起保日期
incident-policy-field-end = 终止日期
incident-policy-field-retention = 免赔额
incident-policy-field-hotline = 24 小时报案电话
incident-policy-field-notice_hours = 通知时限
incident-policy-field-broker = 保险经纪人
incident-field-line = { $label }：{ $value }
incident-policy-unset = （未填写）
incident-policy-hours = { $hours } 小时
incident-policy-limits = 各项限额
incident-policy-limits-none = 还没有登记限额（limit.<保障类型>=金额）。
incident-policy-gaps = 保障图谱为您的企业推荐、但保单里没有限额的保障：
incident-policy-no-gaps = 保障图谱为您的企业推荐的每一项保障都有限额。
incident-policy-renewal-not-yet = 续保：第一次提醒（到期前 120 天）在 { $date }。
incident-policy-renewal-due = 续保提醒（到期前 { $days_before } 天）：还剩 { $days_left } 天，保单在 { $end } 到期。
incident-policy-renewal-expired = 保单已于 { $end } 到期：请续保或登记新保单。
incident-policy-renewal-unknown = 续保：填写终止日期后才能提醒您。
incident-policy-saved = 已保存 { $count } 项保单信息。

## 保单信息被拒绝

incident-policy-error-unknown_key = “{ $key }”不是保单的字段。可用的字段：{ $valid }、limit.<保障类型>。
incident-policy-error-unknown_cover = “{ $cover }”不是保障类型。可用的保障类型：{ $valid }。
incident-policy-error-not_assignment = 应写成 KEY=VALUE，收到的是“{ $text }”。
incident-policy-error-bad_date = “{ $value }”不是 { $key } 的日期：请写成 YYYY-MM-DD，例如 2026-01-01。
incident-policy-error-end_not_after_start = 保单的终止日期（{ $end }）必须晚于起保日期（{ $start }）。
incident-policy-error-bad_amount = “{ $value }”不是 { $key } 的金额：请写 0 到 1,000,000,000,000 之间的元数。
incident-policy-error-bad_hours = “{ $value }”不是通知时限：请写 1 到 8760 之间的整小时数。
incident-policy-error-bad_text = { $key } 的内容太长（最多 200 个字符）或含有控制字符。
incident-policy-error-bad_phone = “{ $value }”不是电话号码：只能有数字、空格和 + - ( )。

## 事件

incident-started = 已登记事件 { $id }：{ $kind }，发现于 { $time }。
incident-list-empty = 企业 { $org } 还没有登记事件。
incident-list-line = { $id }  { $kind } · 发现于 { $time } · 已完成 { $done }/{ $steps } 步
incident-heading = 事件 { $id } · { $org } · { $kind }
incident-discovered = 发现时间：{ $time }
incident-clock = 现在：{ $time }
incident-flag-before_policy_start = 注意：发现时间早于保险期间的开始（{ $start }），保险公司可能不予赔付。
incident-flag-after_policy_end = 注意：发现时间晚于保险期间的结束（{ $end }）。
incident-no-policy = 这家企业还没有登记保单：不知道保险公司的报案电话和通知时限（coverready policy set）。
incident-steps-heading = 第一步，按顺序
incident-step-done = [x] { $n }. { $text }（完成于 { $time }）
incident-step-open = [ ] { $n }. { $text }
incident-step-meta = 编号 { $id } · 来源：{ $source }
incident-deadlines-heading = 时限，从发现时起算
incident-deadline-due = { $name }：截止 { $time }，还剩 { $hours } 小时
incident-deadline-overdue = { $name }：已于 { $time } 截止，超过 { $hours } 小时
incident-deadline-no-policy = { $name }：保单的通知时限还没有登记（policy set notice_hours=…）；请尽快发出书面通知。
incident-contacts-heading = 该打给谁
incident-contact-line = { $name }：{ $number }
incident-contact-missing = { $name }：保单里还没有填写
incident-timeline-heading = 事件记录
incident-entry-line = #{ $seq } { $time } · { $who } · { $text }
incident-entry-started = 登记事件：{ $kind }
incident-entry-step = 完成步骤：{ $step }
incident-entry-evidence = 证据 { $name }：{ $size } 字节，SHA-256 { $sha }
incident-who-unknown = （未填写）
incident-ticked = 步骤“{ $step }”已于 { $time } 标为完成。
incident-logged = 已在事件 { $id } 的记录里添加第 { $seq } 条。
incident-verify-ok = 事件 { $id }：记录完好（共 { $count } 条）。
incident-verify-broken = 事件 { $id }：记录被改动过。第一条出问题的是 #{ $seq }：{ $reason }。
incident-break-altered = 内容和它的哈希值对不上（被修改过）
incident-break-link = 它接不上前一条（有记录被删除、插入或调换了位置）
incident-break-truncated = 末尾少了记录
incident-pack-written = 理赔材料包已保存：{ $path }（共 { $pages } 页）
incident-pack-json = 旁边的 JSON：{ $path }

## 事件信息被拒绝

incident-error-unknown-kind = “{ $kind }”不是事件类型。可用的类型：{ $valid }。
incident-error-bad-time = “{ $value }”不是时间：请写成带时区的 RFC 3339 格式，例如 2026-12-03T09:30:00+08:00。
incident-error-future-time = { $time } 还没有到（现在：{ $now }）。请填写事情发生的时间。
incident-error-before-discovery = { $time } 早于发现事件的时间（{ $discovered }）。
incident-error-not-found = 没有编号为 { $id } 的事件。
incident-error-unknown-step = “{ $step }”不是这起事件的步骤。它的步骤：{ $valid }。
incident-error-step-ticked = 步骤“{ $step }”已于 { $time } 标为完成。如需更正，请添加一条记录。
incident-error-text = 内容须为 1 到 2,000 个字符，且不含控制字符。
incident-error-evidence-too-big = “{ $path }”有 { $size } 字节；证据文件最大 200 MB。没有复制任何内容。
incident-error-evidence-unreadable = 无法读取“{ $path }”（{ $cause }）。没有复制任何内容。
incident-error-evidence-not-file = “{ $path }”不是普通文件。没有复制任何内容。
incident-error-evidence-unwritable = 证据无法保存到数据文件夹（{ $cause }）。没有复制任何内容。

## 理赔材料包（PDF）

incident-pack-title = 理赔材料包
incident-pack-subtitle = 网络安全事件：保单、经过、已采取的步骤和证据
incident-pack-header = { $org } · 理赔材料包
incident-pack-footer = 第 { $page } 页，共 { $total } 页 · 事件 { $id }
incident-pack-generated = 生成时间
incident-pack-policy = 保单
incident-pack-limits = 各项限额
incident-pack-summary = 事件概况
incident-pack-kind = 类型
incident-pack-discovered = 发现时间
incident-pack-hotline-called = 已拨打保险公司报案电话
incident-pack-notice-given = 已发出书面通知
incident-pack-not-yet = 尚未
incident-pack-deadlines = 时限
incident-pack-steps = 已采取的步骤
incident-pack-timeline = 事件经过
incident-pack-evidence = 证据
incident-pack-evidence-none = 没有证据文件。
incident-pack-col-time = 时间
incident-pack-col-who = 人员
incident-pack-col-entry = 内容
incident-pack-col-step = 步骤
incident-pack-col-done = 完成时间
incident-pack-col-file = 文件
incident-pack-col-size = 字节
incident-pack-col-sha = SHA-256
incident-pack-col-deadline = 事项
incident-pack-col-due = 截止
incident-pack-readiness = 当前有效的就绪报告
incident-pack-readiness-none = 本应用还没有为这家企业生成就绪报告。
incident-pack-readiness-value = { $id }，指纹（其 JSON 的 SHA-256）{ $sha }
incident-pack-chain = 记录完整性
incident-pack-chain-ok = 完好：共 { $count } 条，最后一条的哈希值 { $head }
incident-pack-chain-broken = 被改动过：第一条出问题的是 #{ $seq }
incident-pack-fingerprint = 本材料包的指纹（旁边 JSON 的 SHA-256）

## 应用里的界面：“出事了”和保单

incident-app-button = 出事了
incident-app-button-hint = 出事了：第一步怎么做、各项时限和事件记录（F9）
incident-app-title = 出事了
incident-app-lead = 请先别慌。选择发生了什么、什么时候发现的：第一步和各项时限都从那时起算。您做的每件事都会记在一份可以交给保险公司的记录里。
incident-app-no-org = 请先添加您的企业：步骤和时限属于一家企业和它的保单。
incident-app-org-label = 企业
incident-app-kind-legend = 发生了什么？
incident-app-discovered-label = 什么时候发现的？
incident-app-discovered-hint = 按您电脑上的时间。如果是刚刚发现的，保持不变即可。
incident-app-start = 开始：显示第一步
incident-app-choose-kind-first = 请先选择发生了什么。
incident-app-started = 已登记事件 { $id }。第一步见下方。
incident-app-earlier = 之前登记的事件
incident-app-earlier-item = 事件 { $id }：{ $kind }，发现于 { $time }，已完成 { $done } / { $steps } 步
incident-app-heading = 事件 { $id }：{ $kind }
incident-app-discovered = 发现于 { $time }。各项时限从那时起算。
incident-app-time = { $date } { $clock }（北京时间）
incident-app-no-policy = 这家企业还没有登记保单：不知道保险公司的报案电话和通知时限。请在“保单”里登记。
incident-app-source = 来源：{ $source }
incident-app-deadline-due = { $name }：{ $time } 截止，还剩 { $hours } 小时
incident-app-deadline-soon = { $name }：{ $time } 截止，不到一小时
incident-app-deadline-overdue = { $name }：已于 { $time } 截止，超过 { $hours } 小时
incident-app-deadline-no-policy = { $name }：保单的通知时限还没有登记；请尽快书面通知保险公司。
incident-app-tick = 把第 { $n } 步标为已完成
incident-app-step-done = 已于 { $time } 完成
incident-app-ticked = 已于 { $time } 标为完成。
incident-app-contact-missing = 保单里还没有
incident-app-log-hint = 请随时记下您看到的和做了的事。记录写下后不能修改：要更正，请再添加一条。
incident-app-log-text = 发生了什么或做了什么
incident-app-log-add = 添加记录
incident-app-log-add-evidence = 添加记录并附证据文件…
incident-app-log-list = 事件记录，从早到晚
incident-app-evidence-cancelled = 没有选择文件：什么也没有添加。
incident-app-entry-added = 已在记录里添加第 { $seq } 条。
incident-app-entry-meta = { $seq }. { $time } · { $who }
incident-app-entry-evidence = 证据文件 { $name }：{ $size } 字节，SHA-256 { $sha }…
incident-app-entry-hash = 哈希 { $hash }…
incident-app-verify = 核验记录
incident-app-verify-ok = 记录完好（{ $count } 条）。
incident-app-verify-broken = 记录被改动过：第一处问题在第 { $seq } 条。
incident-app-pack-title = 理赔材料包
incident-app-pack-hint = 交给保险公司的 PDF 和旁边的 JSON：保单、发现经过、各步骤及其时间、事件记录、证据及其 SHA-256，以及记录是否完好。保存在本应用的数据文件夹里。
incident-app-pack-make = 生成理赔材料包
incident-app-pack-make-again = 重新生成
incident-app-pack-making = 正在生成理赔材料包…
incident-app-pack-made = 理赔材料包已生成（{ $pages } 页）。
incident-app-pack-pages = 页数
incident-app-pack-pdf = PDF 文件
incident-app-pack-json-sha = 指纹（JSON 的 SHA-256）
incident-app-pack-open = 打开 PDF
incident-app-pack-opened = 理赔材料包已在您的 PDF 阅读器中打开。
incident-app-pack-save = 另存一份…
incident-app-pack-send = 经您同意后发送给保险公司…
incident-app-pack-send-hint = 打开发送页面：由您选择发到哪里，发送前可以看到全部内容。
incident-app-pack-saved = 已另存到：{ $path }
incident-app-pack-save-cancelled = 没有保存：保存对话框已关闭。
incident-app-policy-open = 保单
incident-app-policy-open-named = { $org } 的保单
incident-app-policy-lead = 登记您的保险保单，让步骤、时限和理赔材料包用上它。不知道的项可以留空。
incident-app-policy-form-title = 保单信息
incident-app-policy-fields = 保单
incident-app-policy-date-hint = 日期，例如 2026-01-01（北京时间）。
incident-app-policy-yuan-hint = 以元为单位，填整数。
incident-app-policy-hotline-hint = 只能有数字、空格和 + - ( )。
incident-app-policy-hours-hint = 保单给您书面通知保险公司的整小时数，例如 72。
incident-app-policy-broker-hint = 姓名和电话。
incident-app-policy-limits-hint = 按保单明细填写每种保障的限额（元）。留空：没有这种保障。
incident-app-policy-save = 保存保单
incident-app-policy-saved = 保单已保存。
incident-app-policy-gaps-title = 您可能缺少的保障
incident-app-policy-renewal-heading = 保单续保
incident-app-policy-renewal-org = { $org }：{ $text }
incident-app-policy-renewal-not-yet = 续保：第一次提醒（到期前 120 天）在 { $date }。
incident-app-policy-renewal-due = 续保提醒（到期前 { $days_before } 天）：还剩 { $days_left } 天，保单在 { $end } 到期。
incident-app-policy-renewal-expired = 保单已于 { $end } 到期：请续保或登记新保单。
incident-app-policy-prepare-renewal = 为续保做准备
incident-app-policy-prepare-renewal-hint = 以现在的答案为起点开始一次新的自评（现在这份会原样保留），把这一年里变了的地方改掉，再生成新的报告交给保险公司。
incident-app-policy-renewal-started = 已开始新的自评，答案从上一次复制过来。
incident-source-policy-notice = 您的保单：报案通知期限
