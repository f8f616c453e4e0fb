# CoverReady — 界面文字（简体中文）
# 所有键都以 ui- 开头；en-US/ui.ftl 必须有完全相同的键。

## 语言切换
ui-language-switch-label = 界面语言
ui-language-zh-CN = 简体中文
ui-language-en-US = English
ui-language-changed = 界面已切换为简体中文。

## 通用
ui-loading = 正在加载……
ui-retry = 重试
ui-error-heading = 出了点问题
ui-footer-version = 版本 { $version }
ui-footer-data-dir = 数据只保存在这台电脑上：{ $path }

## 启动失败
ui-startup-failed-title = 程序没能正常启动

## 数据文件问题
ui-store-path = 文件位置：{ $path }
ui-store-corrupt-title = 数据文件已损坏
ui-store-corrupt-body = 保存您填写内容的数据文件无法读取，可能是上次没有正常关闭，或者文件被其他程序改动过。
ui-store-corrupt-keep = 您可以把损坏的文件移到一旁，然后从空白开始。原文件会原样保留，不会被删除，需要时可以交给技术人员尝试恢复。
ui-store-recover = 把损坏的文件移到一旁，重新开始
ui-store-recovered = 已将损坏的文件移到一旁，现在可以重新开始填写。
ui-store-too-new-title = 数据文件来自更新的版本
ui-store-too-new-body = 这个数据文件是用更新版本的 CoverReady 保存的（格式版本 { $found }），当前版本最高只支持格式版本 { $supported }。
ui-store-too-new-action = 为了不损坏您的数据，程序不会打开它。请安装最新版本的 CoverReady 后再打开。
ui-store-unavailable-title = 无法使用数据文件夹
ui-store-unavailable-body = 程序没能打开保存数据的文件夹，所以现在无法读取或保存任何内容。
ui-store-unavailable-detail = 系统给出的原因：{ $cause }
ui-store-unavailable-action = 请确认这个文件夹存在、磁盘没有满，并且您有权限写入，然后点“重试”。

## 首页：组织列表
ui-orgs-heading = 我的企业
ui-orgs-intro = 每家企业（企业）单独保存一份资料和自评结果。
ui-orgs-empty = 还没有添加任何企业。点击“添加企业”开始吧。
ui-org-new = 添加企业
ui-org-edit = 编辑
ui-org-edit-named = 编辑“{ $name }”
ui-org-delete = 删除
ui-org-delete-named = 删除“{ $name }”
ui-profile-not-set = 未填写
ui-org-created = 已添加“{ $name }”。
ui-org-updated = 已保存“{ $name }”的修改。
ui-org-deleted = 已删除“{ $name }”。

## 删除确认
ui-delete-title = 确定要删除这家企业吗？
ui-delete-body = “{ $name }”的基本资料和所有自评记录都会被永久删除，无法恢复。
ui-delete-confirm = 删除
ui-delete-cancel = 取消

## 企业资料表单
ui-form-new-title = 添加企业
ui-form-edit-title = 编辑“{ $name }”
ui-form-intro = 先填写企业的基本情况。除了名称，其他项目以后也可以再补充。
ui-org-name-label = 企业名称
ui-org-name-hint = 必填，最多 { $max } 个字。
ui-org-name-error-empty = 请填写企业名称。
ui-org-name-error-too-long = 企业名称太长了：最多 { $max } 个字，现在有 { $length } 个字。
ui-org-name-error-control = 企业名称里有无法显示的特殊字符（比如换行符），请删掉后再保存。
ui-select-placeholder = 请选择……
ui-form-create = 添加
ui-form-save = 保存修改
ui-form-cancel = 取消

## 导航与通用
ui-skip-to-main = 跳到主要内容
ui-nav-label = 主导航
ui-nav-home = 我的企业
ui-nav-settings = 设置
ui-nav-welcome = 关于本软件
ui-back = 上一步
ui-back-to-orgs = 返回企业列表
ui-load-failed-title = 这个页面没能加载出来
ui-percent = { $value }%
ui-effort-label = 工作量
ui-effort-hours = 约 { $hours } 小时
ui-cost-label = 费用

## 欢迎页
ui-welcome-title = 欢迎使用网安投保就绪自评
ui-welcome-lead = 保险公司在承保网络安全保险之前，会先了解您的网络安全状况。这个软件用大白话帮您弄清楚自己现在的情况，您可以按自己的节奏慢慢填。
ui-welcome-language = 选择语言
ui-welcome-what = 这个软件能帮您做什么
ui-welcome-point-1-title = 问：
ui-welcome-point-1 = 用通俗的问题了解您的企业和现有的防护措施。不需要懂技术，拿不准就选“不确定”，完全没问题。
ui-welcome-point-2-title = 看：
ui-welcome-point-2 = 告诉您是否满足保险公司看重的“必备项”，以及每个方面的得分。
ui-welcome-point-3-title = 改：
ui-welcome-point-3 = 给出本周、本月、本季度的待办清单，并估算大概的工作量和费用。
ui-welcome-privacy-title = 您填写的内容只保存在这台电脑上
ui-welcome-privacy = 本软件无需联网即可使用。除非您自己决定发送，否则任何内容都不会被传出去。
ui-welcome-start = 开始
ui-welcome-quick = 培训活动快速自查
ui-welcome-quick-hint = 快速自查最多只问 15 个关键问题，只需填一个名称，大约 10 分钟。
ui-glossary-title = 术语解释
ui-glossary-intro = 谈网络安全保险，有几个词绕不开。这里用大白话解释；每道题的帮助里也会解释这道题用到的词。
ui-glossary-show = 展开看看这些词是什么意思
ui-welcome-see-orgs = 查看我的企业

## 快速自查
ui-quick-title = 快速自查
ui-quick-intro = 给这次自查起个名字，再回答下面几个决定哪些问题适用的问题，就可以开始。其余企业情况以后再补充也行。
ui-quick-name-label = 企业名称
ui-quick-name-hint = 必填，最多 { $max } 个字。用简称也可以。
ui-quick-go = 开始快速自查
ui-quick-deciding-title = 先回答 { $count } 个问题
ui-quick-deciding-intro = 它们决定哪些必备项适用于您的企业，这样就不会问到与您无关的事情。不确定可以跳过。

## 首页：自评操作
ui-org-start = 开始自评
ui-org-start-named = 开始自评：{ $name }
ui-org-continue = 继续自评
ui-org-continue-named = 继续自评：{ $name }
ui-org-results = 查看结果
ui-org-results-named = 查看结果：{ $name }
ui-org-profile = 企业情况
ui-org-profile-named = 企业情况：{ $name }
ui-org-not-started = 还没有开始自评。
ui-org-progress = { $mode }：已回答 { $count } 个问题。

## 企业情况向导
ui-wizard-title = 添加企业
ui-wizard-title-named = 企业情况：{ $name }
ui-wizard-progress = 第 { $current } 步，共 { $total } 步
ui-wizard-step-basics = 企业基本情况
ui-wizard-step-data = 数据和资金往来
ui-wizard-step-systems = 电脑和信息系统
ui-wizard-step-resilience = 风险和过往经历
ui-wizard-intro = 这些回答决定自查清单会问哪些问题。拿不准的可以先跳过。
ui-wizard-intro-later = 拿不准？选“不确定／跳过”就行，为稳妥起见，清单里会把相关问题都问到。
ui-wizard-skip-option = 不确定／跳过
ui-wizard-number-skip = 拿不准可以不填。
ui-wizard-number-error = 请填写 { $min } 到 { $max } 之间的整数，不要带货币符号；也可以不填。
ui-wizard-next = 保存，下一步
ui-wizard-finish = 保存，开始自查
ui-wizard-later = 保存，以后再填
ui-wizard-saved = 企业情况已保存。

## 自查清单：方式
ui-mode-full = 完整自查
ui-mode-quick = 快速自查
ui-mode-title = 想查得多细？
ui-mode-title-new = 开始新一轮自评
ui-mode-intro = 随时可以停下来：每个回答一选就会自动保存。
ui-mode-intro-new = 新一轮自评会复制您最近一次的回答，只需修改有变化的地方。上一轮的记录会保留。
ui-mode-legend = 自查方式
ui-mode-full-title = 完整自查
ui-mode-full-desc = 共 { $count } 个问题，大约 { $minutes } 分钟。适合准备投保时使用。
ui-mode-quick-title = 快速自查
ui-mode-quick-desc = { $count } 个关键问题，大约 { $minutes } 分钟。适合培训活动或先大致了解一下。
ui-mode-start = 开始

## 自查清单：逐题回答
ui-walk-eyebrow = { $name } · { $mode }
ui-walk-progress = 第 { $current } 题，共 { $total } 题
ui-walk-answered = 已答 { $count }／{ $total }
ui-walk-your-answer = 您的回答
ui-walk-not-sure-hint = 如实回答就好：它会变成一项“待确认”的待办。
ui-walk-saving = 正在保存……
ui-walk-saved = 已保存
ui-answer-saved = 回答已保存。
ui-walk-save-failed = 您的回答没能保存
ui-walk-note = 备注（选填）
ui-walk-note-hint = 写给自己或保险经纪人看，比如该去问谁。最多 { $max } 个字。
ui-walk-help = 为什么重要、怎么查、怎么改
ui-walk-why = 为什么重要
ui-walk-check = 怎么查
ui-walk-fix = 怎么改
ui-walk-words = 本题用到的术语
ui-walk-next = 下一题
ui-walk-finish = 查看结果
ui-walk-skip = 先跳过
ui-walk-skip-hint = 跳过的问题会保留为未回答，之后可以回来再答。
ui-walk-see-results = 查看目前的结果
ui-walk-later = 以后再继续
ui-walk-empty-title = 没有需要回答的问题
ui-walk-empty = 按照目前填写的企业情况，没有适用的问题。请检查一下企业情况。

## 结果
ui-results-title = 投保就绪情况
ui-results-eyebrow = { $name } · { $mode }
ui-results-gate-explain = 保险公司首先看必备项。必备项不满足，往往根本不予承保。
ui-results-score = { -cl-readiness-score }
ui-results-score-hint = 按保险公司对各项的重视程度加权计算；至少一半问题有明确答案后才显示，“不确定”不会被当成低分。
ui-results-no-score = 答完一半后显示
ui-results-coverage = { -cl-answered }
ui-results-coverage-hint = 回答了“是”“部分做到”“否”或“不适用”的问题数 / 适用于您的问题数。
ui-results-not-sure = 不确定
ui-results-not-sure-hint =
    { $unanswered ->
        [0] 这些需要去确认。所有问题都已回答。
       *[other] 这些需要去确认。还有 { $unanswered } 个问题没有回答。
    }
ui-results-continue = 继续回答问题
ui-results-new = 开始新一轮自评
ui-results-musts = 必备项
ui-results-missing = 未满足（{ $count } 项）
ui-results-to-confirm = 待确认（{ $count } 项）
ui-results-status = { $fix ->
    [0] 投保前先弄清 { $confirm } 件必备项。
   *[other] 投保前先补 { $fix } 件{ $confirm ->
        [0] 必备项。
       *[other] ，再弄清 { $confirm } 件。
    }
}
ui-results-musts-open = { $fix ->
    [0] 需要弄清的必备项（{ $confirm } 件）
   *[other] 先补这些必备项{ $confirm ->
        [0] （{ $fix } 件）
       *[other] （要补 { $fix } 件，要弄清 { $confirm } 件）
    }
}
ui-results-continue-count = 继续回答（还有 { $count } 题）
ui-next-fix = 先补这一件：{ $question }
ui-next-confirm = 先弄清这一件：{ $question }
ui-next-scan = 检查这台电脑
ui-next-report = 生成就绪报告
ui-steps-label = 投保准备进度
ui-step-profile = 企业概况
ui-step-questions = 回答问题
ui-step-scan = 检查这台电脑
ui-step-report = 报告
ui-step-apply = 申请投保
ui-step-state-done = （已完成）
ui-step-state-current = （当前步骤）
ui-step-state-todo = （尚未进行）
ui-plan-done-update-answer = 已标记为完成。请同时修改您的回答，结果和报告才会体现。
ui-plan-update-answer = 修改我的回答
ui-it-summary = 发给我的 IT 服务商
ui-it-label = 可复制到微信或邮件里的文字
ui-it-message = 您好，{ $name } 在申请网络安全保险前需要先做好这件事：{ $question } 做法：{ $fix } 做完后请告诉我们，我们好更新回答。谢谢！
ui-it-copy = 复制文字
ui-it-copied = 文字已复制。
ui-it-copy-manually = 文字已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。
ui-results-go-to-question = 修改回答
ui-results-go-to-question-named = 修改回答：{ $question }
ui-results-domains = 各方面得分
ui-results-domains-hint = 每个方面得到的分数占满分的比例。至少一半问题有明确答案的方面才评分；“不确定”和未回答的问题不得分。
ui-results-domain-none = 无得分
ui-results-col-domain = 方面
ui-results-col-percent = 得分
ui-results-col-answered = 已回答
ui-results-col-not-sure = 不确定
ui-results-of = { $count }／{ $total }

## 改进计划
ui-plan-title = 改进计划
ui-plan-intro = 已完成 { $done } 项，共 { $total } 项。做完一项就勾上，勾选会一直保存。
ui-plan-empty = 没有需要改进的地方：所有问题都回答了“是”或“不适用”。
ui-plan-done = 已完成
ui-plan-marked-done = 已标记为完成。
ui-plan-marked-open = 已取消完成标记。

## 设置
ui-settings-title = 设置
ui-settings-intro = 修改会立即保存，并在整个软件中生效。
ui-settings-language = 语言
ui-settings-text-size = 文字大小
ui-settings-text-size-hint = 文字调大后，页面会自动重新排列，内容不会被遮挡。
ui-settings-percent = { $value }%
ui-settings-display = 显示
ui-settings-high-contrast = 高对比度
ui-settings-high-contrast-hint = 颜色更深、边框更粗，在强光下或视力不好时更容易看清。
ui-settings-data-dir = 数据文件夹
ui-settings-data-dir-hint = 软件保存的所有内容都在这台电脑的这个文件夹里。复制这个文件夹就是一份备份。
ui-settings-data-dir-open = 打开这个文件夹
ui-settings-saved = 设置已保存。

## 共用（检测、报告、投保申请）
ui-list-separator = {"、"}
ui-org-scan = 检测本机
ui-org-scan-named = 检测本机（{ $name }）
ui-org-report = 报告
ui-org-report-named = 报告（{ $name }）
ui-org-apply = 申请投保
ui-org-apply-named = 申请投保（{ $name }）

## 结果：答案的依据
ui-verification-verified_by_scan = 经检测确认
ui-verification-partly_verified_by_scan = 部分经检测确认
ui-verification-self_attested = 自行填报
ui-verification-contradicted = 检测结果不一致
ui-verification-contradicted_owner_kept = 已保留（检测结果不一致）
ui-verification-title = 答案的依据
ui-verification-summary = { $verified } 项经检测确认，{ $partly } 项部分经检测确认，{ $self } 项为自行填报，{ $contradicted } 项与检测结果不一致。
ui-verification-show = 查看全部 { $count } 个答案
ui-results-contradictions = 有 { $count } 个答案与检测结果不一致。
ui-results-resolve = 现在查看

## 检测本机
ui-scan-title = 检测本机
ui-scan-lead = CoverReady 可以查看这台电脑的安全设置：系统更新、杀毒软件、磁盘加密、防火墙、远程访问、账户和备份，大约需要一分钟。检测结果可以佐证您的答案，让保险公司看到这些答案经过核实。
ui-scan-promise-title = 只读取，不外传
ui-scan-promise = 检测只读取设置，不会改动这台电脑上的任何内容；结果只保存在本机，除非您自己发送报告。
ui-scan-what = 检测哪些内容（共 { $count } 项）
ui-scan-run = 检测这台电脑
ui-scan-again = 重新检测
ui-scan-running = 正在检测…
ui-scan-stop = 停止检测
ui-scan-stopped = 检测已停止，这次的结果没有保存。随时可以重新检测。
ui-scan-run-hint = 尚未检测。可以随时重新检测，以最近一次结果为准。
ui-scan-last = 上次检测：{ $when }。可以随时重新检测，以最近一次结果为准。
ui-scan-started = 检测已开始。
ui-scan-progress-title = 进度
ui-scan-progress = 已完成 { $done } / { $total } 项
ui-scan-checking = 正在检查…
ui-scan-progress-announce = 第 { $done } / { $total } 项：{ $title }——{ $verdict }
ui-scan-finished = 检测完成：{ $pass } 项通过，{ $fail } 项未通过，{ $unknown } 项无法判断。
ui-scan-results-title = 检测结果
ui-scan-results-summary = { $pass } 项通过，{ $fail } 项未通过，{ $unknown } 项无法判断。有问题的排在前面。
ui-scan-os = 电脑：{ $name } { $version }
ui-scan-reason = 原因：{ $reason }
ui-scan-finding-more = 为什么重要，怎么解决
ui-scan-evidence = 检测看到的内容
ui-scan-conflicts-title = 有 { $count } 个答案需要再看一下
ui-scan-conflicts-intro = 检测结果和您的答案不一致。您可以修改答案；如果您确定自己的答案没错（例如这项设置在另一台电脑上），也可以保留原答案。
ui-scan-your-answer = 您的答案
ui-scan-what-scan-saw = 检测看到的情况
ui-scan-not-answered = 尚未回答
ui-scan-change = 修改我的答案
ui-scan-change-named = 修改我的答案：{ $question }
ui-scan-keep = 保留我的答案
ui-scan-keep-named = 保留我的答案：{ $question }
ui-scan-kept = 已保留您的答案：{ $question }
ui-scan-partly-title = 检测证实了哪些，哪些仍需您确认
ui-scan-partly-intro = 检测只看到了这些问题的一部分，不能替您回答“是”：标为“只能由您确认”或“尚未检查”的部分仍待确认。
ui-scan-part-separator = ：
ui-scan-review = 查看我的回答
ui-scan-review-named = 查看我的回答：{ $question }

## 域名检查
ui-domain-title = 检查企业网站和邮箱域名（可选）
ui-domain-network-note = 只有这项检查会联网，而且只在您点击“检查域名”后才会进行。
ui-domain-label = 企业域名
ui-domain-hint = 只填域名，例如 example.com.cn，不要带 https:// 或 www。
ui-domain-run = 检查域名
ui-domain-running = 正在检查…
ui-domain-stop = 停止检查
ui-domain-stopped = 域名检查已停止，这次的结果没有保存。
ui-domain-started = 正在检查 { $domain }…
ui-domain-progress-title = 进度
ui-domain-progress-announce = { $title }——{ $verdict }
ui-domain-finished = { $domain } 的域名检查已完成。
ui-domain-results-title = { $domain } 的检查结果

## 报告
ui-report-title = 生成报告
ui-report-lead = 报告汇总您的投保就绪情况，供保险公司或经纪人查看和核验。
ui-report-contains-1 = 一份 PDF：得分、必备项、每个答案和整改计划。
ui-report-contains-2 = 一份内容相同的数据文件（.json），供保险公司的系统读取。
ui-report-contains-3 = 哪些答案经过检测确认，以及用来判断文件是否被改动的指纹。
ui-report-private = 报告只保存在这台电脑上，不会发送出去。
ui-report-create = 生成报告
ui-report-create-again = 重新生成报告
ui-report-creating-button = 正在生成…
ui-report-creating = 正在生成报告，需要几秒钟…
ui-report-created = 报告已生成，共 { $pages } 页。
ui-report-ready = 报告已生成
ui-report-pages = 页数
ui-report-pages-value = { $pages } 页
ui-report-id = 报告编号
ui-report-pdf-path = PDF 文件
ui-report-pdf-sha = PDF 指纹（SHA-256）
ui-report-json-path = 数据文件
ui-report-json-sha = 数据文件指纹（SHA-256）
ui-report-fingerprint-hint = 文件哪怕只改动一个字，指纹也会不同，接收方可以据此核对收到的正是这份文件。
ui-report-warnings = 关于这份报告，有 { $count } 点需要说明
ui-report-open = 打开
ui-report-save-as = 另存一份…
ui-report-opened = 已用 PDF 阅读器打开报告。
ui-report-saved = 已另存到 { $path }
ui-report-save-cancelled = 没有另存副本。
ui-report-to-apply = 用这份报告申请投保

## 申请投保
ui-apply-title = 申请投保
ui-apply-lead = 把就绪评估报告发送给保险公司、经纪人或保险服务平台。在任何内容离开这台电脑之前，您都会看到具体发送什么、发给谁。
ui-apply-nothing-yet = 只有勾选“我同意”、点击“发送”并在随后弹出的 CoverReady 确认窗口中确认后，才会发送。
ui-apply-save-title = 自己发给经纪人或保险公司
ui-apply-save-intro = 大多数企业通过经纪人或保险公司的业务人员投保。保存报告（PDF）和同名的数据文件（.json，对方可以用它核对报告没有被改动），再通过微信或邮件发给对方。您不发送，就不会有任何内容离开这台电脑。
ui-apply-save = 生成并保存报告…
ui-apply-save-working = 正在生成报告…
ui-apply-saved = 已保存到 { $path }，旁边还有同名的 .json 数据文件。
ui-apply-upload-title = 上传到服务平台或经纪人的接收端
ui-apply-claim-title = 发送事件 { $id } 的理赔材料包
ui-apply-claim-lead = 把本次事件的理赔材料包发送给保险公司或经纪人。CoverReady 会按事件记录的当前内容重新生成材料包；在任何内容离开这台电脑之前，您都会看到具体发送什么、发给谁。
ui-apply-claim-upload-title = 上传到保险公司或经纪人的接收端
ui-apply-claim-nothing-yet = 只有勾选“我同意”、点击“发送”并在随后弹出的 CoverReady 确认窗口中确认后，才会发送。发送材料包不等于理赔的书面通知：请按保单约定的方式另行发出书面通知。
ui-apply-claim-back = 返回事件
ui-apply-files = 文件：{ $files }
ui-apply-tech = 技术信息（用于核对的指纹）
ui-apply-destination = 发送到
ui-apply-destination-hint = 保险公司或经纪人提供的网址，以 https:// 开头。
ui-apply-destination-empty = 请填写接收方网址。
ui-apply-destination-invalid = 这看起来不是网址，应以 https:// 开头。
ui-apply-share-legend = 一并提供的企业信息
ui-apply-share-hint = 报告一定会发送。请选择同时提供哪些企业信息；除名称外都可以不提供。
ui-apply-field-name = 企业名称
ui-apply-prepare = 准备发送
ui-apply-prepare-hint = “准备发送”会打包报告，并显示将要发送的内容，此时还不会发送。
ui-apply-prepared = 已准备好，请核对将要发送的内容，然后同意并发送。
ui-apply-preview-report = 报告编号：{ $id }
ui-apply-no-fields = 无
ui-apply-fields-caption = 提供的企业信息
ui-apply-col-field = 项目
ui-apply-col-value = 发送的内容
ui-apply-col-file = 文件
ui-apply-col-sha = 指纹（SHA-256）
ui-apply-agree-required = 请勾选“我同意”后再发送，或点击“取消”。
ui-apply-send = 发送
ui-apply-cancel = 取消
ui-apply-preview-note = 如果要修改网址或企业信息，请点击“取消”，再重新准备。
ui-apply-sent = 已发送。状态：{ $state }
ui-apply-declined = 未发送任何内容：您在确认窗口中选择了“{ ui-apply-cancel }”。提交包仍已准备好，准备就绪后可再次发送，或选择取消。
ui-apply-history = 以往提交
ui-apply-history-empty = 还没有发送过。
ui-apply-row-report = 报告
ui-apply-row-kind = 内容
ui-apply-row-queued = 排队时间
ui-apply-row-acknowledged = 接收方确认时间
ui-apply-row-attempts = 尝试次数
ui-apply-row-remote-id = 接收方编号
ui-apply-flush = 立即发送排队中的提交
ui-apply-working-prepare = 正在准备材料包并联系接收方…
ui-apply-working-send = 正在发送投保申请…
ui-apply-working-flush = 正在发送排队中的提交…
ui-apply-stop = 停止
ui-apply-stop-hint-prepare = 停止后不会发送任何内容。
ui-apply-stop-hint-send = 停止后，您已同意发送的内容会留在队列里：可以稍后再发，也可以撤回。
ui-apply-prepare-stopped = 已停止，没有发送任何内容。
ui-apply-send-stopped = 发送已停止。申请仍在队列里：稍后点“立即发送排队中的提交”，或者撤回。
ui-apply-flushed =
    { $count ->
        [0] 没有等待发送的提交。
       *[other] 已尝试发送 { $count } 份提交。
    }
ui-apply-withdraw-named = 撤回报告 { $report }
ui-apply-withdraw-title = 撤回这次提交？
ui-apply-withdraw-body = CoverReady 会请 { $destination } 删除报告 { $report } 以及随附的企业信息。如果还没有发送，则直接取消。
ui-apply-withdraw-confirm = 撤回
ui-apply-withdraw-cancel = 保留
ui-apply-withdrawn = 已完成。状态：{ $state }

## 结果：损失情景和保险品类图谱
ui-money = { $wan_ok ->
    [yes] { $wan } 万元
   *[other] ¥{ $amount }
}
ui-risk-title = 出一次事要花多少钱
ui-risk-intro = 根据企业情况和您的回答粗略估算的区间，每行下面写明了假设。可以用来选择投保限额、决定先整改什么；这不是预测，也不是报价。
ui-risk-none = 现在还估算不了：请先填写企业情况。
ui-risk-annual = 每年的预期损失
ui-risk-annual-explain = 每种事件一年内发生的可能性 × 一次的损失，再加起来：这是多年的平均数，不是每年都要花这么多。
ui-risk-range = 区间 { $low } 至 { $high }
ui-risk-bad-year = 一次严重事件
ui-risk-bad-year-hint = 下表中最坏的单次情况：可以作为投保限额的初步参考。
ui-risk-caption = 一次事件的损失
ui-risk-col-scenario = 发生什么
ui-risk-col-low = 较低
ui-risk-col-likely = 较可能
ui-risk-col-high = 较高
ui-risk-improve = 补全企业情况，让估算更准
ui-risk-disclaimer = 实际损失差别很大：多数事件损失不大，少数损失极高。选择投保限额时请看“较高”一列。
ui-coverage-title = 建议询问的保障
ui-coverage-intro = 适合您企业的网络安全保险类型，参照国内网络安全保险产品的品类图谱。向保险公司或经纪人咨询时，可以直接说出这些名称，并问清每一项的限额、免赔额、等待期和除外责任。
ui-coverage-priority-essential = 必备（{ $count } 项）
ui-coverage-priority-recommended = 建议（{ $count } 项）
ui-coverage-priority-consider = 可以考虑（{ $count } 项）
ui-content-title = 内容
ui-content-datasets = 各部分内容及其复核日期
ui-content-source = 平台地址
ui-content-source-hint = 内容更新的来源，例如网络安全保险服务平台的地址。向平台获取更新时不会发送任何关于您的信息。
ui-content-weekly = 每周向平台检查一次更新
ui-content-weekly-hint = 默认关闭：开启后，距上次检查满一周时，本应用会在启动时向平台检查。
ui-content-last-check = 上次向平台检查：{ $date }
ui-content-update-platform = 立即从平台更新
ui-content-update-file = 从文件更新…
ui-content-update-open = 更新内容
ui-content-stale-heading = 部分内容可能已过时
ui-content-updating = 正在向平台获取更新的内容…
ui-walk-content-version = 依据内容版本 { $version } 作答
ui-carried-heading = 已根据上一次评估（内容版本 { $version }）的副本开始：沿用了 { $count } 个回答
ui-carried-retired = 不再提问的问题（您的回答保留在之前的评估中）：
ui-carried-changed = 请重新回答（之前的回答已不在可选项中）：
