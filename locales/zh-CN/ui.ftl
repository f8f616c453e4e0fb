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
ui-store-unavailable-detail = 系统给出的原因：{ $detail }
ui-store-unavailable-action = 请确认这个文件夹存在、磁盘没有满，并且您有权限写入，然后点“重试”。

## 首页：组织列表
ui-orgs-heading = 我的企业
ui-orgs-intro = 每家企业（组织）单独保存一份资料和自评结果。
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
ui-welcome-see-orgs = 查看我的企业

## 快速自查
ui-quick-title = 快速自查
ui-quick-intro = 给这次自查起个名字就可以开始。企业基本情况以后再补充也行，没填之前所有问题都会问到。
ui-quick-name-label = 企业名称
ui-quick-name-hint = 必填，最多 { $max } 个字。用简称也可以。
ui-quick-go = 开始快速自查

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
ui-results-score = 总分
ui-results-score-hint = 按保险公司对各项的重视程度加权计算。
ui-results-no-score = 暂无得分
ui-results-coverage = 确定回答的比例
ui-results-coverage-hint = { $applicable } 个问题中，有 { $answered } 个回答了“是”“部分做到”“否”或“不适用”。
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
ui-results-go-to-question = 修改回答
ui-results-go-to-question-named = 修改回答：{ $question }
ui-results-domains = 各方面得分
ui-results-domains-hint = 每个方面得到的分数占满分的比例。未回答的问题按“没有做到”计算。
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
ui-settings-saved = 设置已保存。
