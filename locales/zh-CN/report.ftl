# CoverReady PDF 报告文案（zh-CN）。键名都以 "report-" 开头；题目、领域、答案等文字来自 checklist.ftl。
# 与 locales/en-US/report.ftl 保持同样的键。

## 封面
report-title = 网络安全投保就绪报告
report-subtitle = 网安投保就绪自评 · CoverReady
report-cover = 封面
report-cover-generated = 生成时间
report-cover-report-id = 报告编号
report-cover-app-version = 软件版本
report-cover-content = 内容版本
report-cover-content-unknown = 未记录（在内容包启用之前作答）
report-cover-checklist = 检查清单
report-cover-checklist-value = { $id }，版本 { $version }，{ $mode }
report-mode-full = 完整模式
report-mode-quick = 快速模式
report-cover-fingerprint = 数据文件指纹（SHA-256）
report-cover-fingerprint-help = 本报告附有同名的 .json 数据文件，内容与本报告一致。用任意 SHA-256 工具计算该文件的指纹，结果应与上面这串字符完全相同；不同就说明数据文件被改动过。
report-cover-profile = 企业概况
report-cover-line = 生成于 { $generated } · 报告编号 { $report_id }
report-incidents = 近 3 年的安全事件
report-incidents-not-given = 企业概况中没有填写。
report-technical = 技术信息
report-profile-empty = 还没有填写企业概况。

## 页眉页脚
report-header = { $org } · 网络安全投保就绪报告
report-footer = 第 { $page } 页，共 { $total } 页 · 报告编号 { $id }

## 摘要
report-summary = 给您：得分和先做的事
report-summary-score = { -cl-readiness-score }
report-summary-score-value = { $percent } 分（满分 100 分）
report-summary-coverage = { -cl-answered }
report-summary-coverage-value = { $answered }/{ $applicable } 道有明确答案，{ $not_sure } 道不确定，{ $unanswered } 道未回答
report-summary-scan-label = 检测核实
report-summary-no-scan = 还没有做过检测，所有答案都是企业自评。
report-summary-scan = 检测了 { $pass } 项通过、{ $fail } 项未通过、{ $unknown } 项无法判断，详见附录一。
report-summary-top-actions = 最该先做的五件事
report-summary-no-actions = 没有待办事项：所有题目都已做到或不适用。
report-summary-no-answers = 还没有回答任何题目，所以下面没有得分，行动计划里也全是“还没回答”的题目。回答检查清单后重新生成报告即可。
report-action-line = { $question }（{ $bucket }，约 { $hours } 小时，{ $cost }）
report-list-separator = ；

## 得分
report-scores = 各领域得分
report-scores-intro = 得分按权重计算：必备项和重要项每题 3 分，加分项 1 分；“部分做到”得一半，“不确定”和未回答不得分，“不适用”不计入。每个领域的得分是已得分数占可得分数的百分比。
report-scores-empty = 还没有可以计分的题目。
report-scores-bar = 柱状图
report-scores-radar = 雷达图
report-percent = { $percent }%
report-not-scored = 未评分
report-score-withheld = 暂不评分：有明确答案的问题不到一半

## 必备项
report-must-have = 必备项
report-must-have-intro = 保险公司通常要求这些全部做到。任何一项答“否”或“部分做到”，都可能导致拒保、增加除外责任，或在出险时因告知不实而被拒赔。
report-must-have-none = 按照企业概况，没有适用的必备项。
report-col-question = 题目
report-col-answer = 答案
report-col-verification = 核实情况
report-col-status = 状态
report-status-met = 已做到
report-status-unmet = 未做到
report-status-to-confirm = 待确认

## 逐题结果
report-findings = 逐题结果
report-findings-domain-score = 得分 { $score }
report-unanswered = 未回答
report-answer-line = { $weight } · 答案：{ $answer } · { $verification }
report-verification-self_attested = 企业自评
report-verification-verified_by_scan = 已由检测核实
report-verification-partly_verified_by_scan = 部分已由检测核实，其余为企业自评
report-verification-contradicted = 检测结果与这个答案不符，尚未处理
report-verification-contradicted_owner_kept = 检测结果与答案不符，企业坚持原答案
report-note = 备注：{ $note }
report-answered-at = 回答时间：{ $date }
report-answered-span = 回答时间：{ $from } 至 { $to }

## 行动计划
report-plan = 行动计划
report-plan-intro = 必备项排在最前面，其余按“每小时投入能换来多少分”排序。工时和花费都是粗略估计。
report-plan-empty = 没有待办事项：所有题目都已做到或不适用。
report-plan-bucket = { $bucket }：{ $count } 件事，约 { $hours } 小时
report-col-action = 要做的事
report-col-why = 原因
report-col-effort = 工时
report-col-cost = 花费
report-hours = { $hours } 小时

## 损失情景与保障
report-loss = 损失情景
report-loss-intro = 发生一次这样的事件大概要花多少钱：按每行下面的假设粗略估算的区间，不是预测，也不是报价。请看一看每条假设是否符合您的实际情况。
report-col-scenario = 情景
report-col-low = 较低
report-col-likely = 较可能
report-col-high = 较高
report-money = { $wan_ok ->
    [yes] { $wan } 万元
   *[other] ¥{ $amount }
}
report-assumptions = 假设：{ $text }
report-coverage = 建议考虑的保障
report-coverage-intro = 根据企业概况，下面这些保障类型值得在投保时向保险公司或经纪人询问。每一项都请问清限额、免赔额、等待期和除外责任，并如实告知企业情况。
report-coverage-item = { $title }（{ $priority }；{ $side }）

## 附录
report-evidence = 附录一：检测证据
report-evidence-intro = 证据摘录已经去掉了个人信息和密码等敏感内容，只保留判断所需的部分。
report-verdict-pass = 通过
report-verdict-fail = 未通过
report-verdict-unknown = 无法判断
report-verdict-not_applicable = 不适用
report-evidence-reason = 原因：{ $reason }
report-evidence-excerpt = 证据：{ $evidence }
report-evidence-questions = 相关题目：{ $questions }
report-mappings = 附录二：框架对照
report-mappings-intro = 每道题对应的国内外安全框架条款，方便与保险公司、审计或等保测评对照。
report-col-mappings = 对应条款
report-mappings-none = 无对应条款
report-framework-nist_csf_2 = NIST CSF 2.0
report-framework-cis_v8 = CIS 控制措施 v8
report-framework-cyber_essentials = 英国 Cyber Essentials
report-framework-essential_eight = 澳大利亚 Essential Eight
report-framework-gbt_22239_l2 = GB/T 22239-2019 等保二级

## 术语表
report-glossary = 术语表

## 声明
report-disclaimer = 声明
report-disclaimer-self = 本报告是企业使用 CoverReady 对照检查清单所做的自我评估，不是保险公司的核保结论，也不代表任何保险公司同意承保或给出某个价格。是否承保、保费和条款，以保险公司的正式决定和保险合同为准。
report-disclaimer-estimates = 报告中的得分、工时、花费和损失金额都是按公开方法粗略估算的，仅供参考。标为“企业自评”的答案没有经过核实；投保时如实告知是企业自己的责任，告知不实可能导致拒赔。
report-disclaimer-privacy = 本报告在企业自己的电脑上离线生成，CoverReady 不会自动把它发送给任何人。
report-disclaimer-fingerprint = 核对方法：计算同名 .json 数据文件的 SHA-256 指纹，与封面上印的指纹比较；两者一致，说明数据文件与本报告对应、没有被改动。

# Notes about a report (the app and the command line show them)
report-warning-missing-glyph = PDF 字体里没有字符 { $char }（{ $code }），显示为 □；数据文件中的内容是正确的。
report-warning-pack-mismatch = 这些答案是按另一版本的检查清单（{ $answered_with }）填写的，报告使用的是当前版本（{ $rendered_with }）。
