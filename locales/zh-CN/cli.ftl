cli-about-coverready = 网安投保就绪自评：离线帮小微企业做好投保网络安全保险的准备。
cli-about-coverready-org = 组织管理（经纪人可管理多个客户）
cli-about-coverready-org-add = 新建组织并显示其编号
cli-about-coverready-org-list = 列出所有组织
cli-about-coverready-org-show = 查看一个组织及其企业概况
cli-about-coverready-org-rename = 重命名组织
cli-about-coverready-org-remove = 删除组织及其全部数据
cli-about-coverready-profile = 企业概况（用来定制检查清单）
cli-about-coverready-profile-set = 填写企业概况，要么全部保存，要么都不保存（KEY= 表示清空）
cli-about-coverready-profile-show = 查看组织的企业概况
cli-about-coverready-profile-fields = 列出企业概况的问题及可填的值
cli-arg-data-dir = 数据文件所在的文件夹（默认为软件的数据文件夹，或 COVERREADY_DATA_DIR）
cli-arg-lang = 输出语言
cli-arg-json = 在标准输出打印一个 JSON 文档，而不是文字
cli-arg-name = 组织名称（1 到 200 个字符）
cli-arg-industry = 所属行业（见“profile fields”）
cli-arg-headcount = 人数，或人员规模档位，如 10-49
cli-arg-revenue-band = 年营业收入档位（见“profile fields”）
cli-arg-region = 地区：beijing、other-mainland 或 outside-mainland
cli-arg-id = 组织编号（见“org list”）
cli-arg-org = 组织编号（见“org list”）
cli-arg-assignments = 企业概况的答案，例如 card_payments=true headcount_band=10-49
cli-org-created = 已新建组织 { $id }：{ $name }
cli-org-renamed = 已重命名组织 { $id }：{ $old } → { $name }
cli-org-removed = 已删除组织 { $id }：{ $name }
cli-org-list-empty = 还没有组织。可以这样新建：coverready org add --name "…"
cli-org-heading = 组织 { $id }：{ $name }
cli-org-created-at = 创建于 { $time }
cli-profile-unanswered = （尚未填写）
cli-profile-saved = 已保存 { $count } 项企业概况。
cli-about-coverready-store = 数据文件本身
cli-about-coverready-store-recover = 把损坏的数据文件移到一边（会保留）并新建一个
cli-store-recover-hint = 如需保留损坏的文件并重新开始，请运行：coverready store recover
cli-store-recovered = 损坏的数据文件已移到 { $path }，并已新建数据文件。
cli-about-coverready-checklist = 列出适用于某个组织的问题
cli-about-coverready-answer = 保存答案（yes、partly、no、not-sure、n/a；QID= 表示清空），要么全部保存，要么都不保存
cli-about-coverready-assess = 逐题回答检查清单（可中断后继续），或从文件导入答案
cli-about-coverready-readiness = 投保门槛、各领域得分、确定率和行动计划
cli-arg-quick = 快速模式（适合讲座现场）：最多 15 个关键问题
cli-arg-note = 随答案保存的备注
cli-arg-answers = 答案，例如 identity.mfa-email=yes backup.offline-copy=not-sure
cli-arg-answers-file = 答案文件：每行一个“问题编号 = 答案”，或 JSON
cli-arg-new-assessment = 以上次的答案为起点开始一次新的自评（旧的会保留）
cli-checklist-count = 共有 { $count } 个问题适用于这个组织。
cli-answers-saved = 已保存 { $count } 个答案；本次自评共回答了 { $total } 题。
cli-assess-keys = ?) 怎么检查、怎么改   s) 跳过   q) 保存并暂停
cli-assess-paused = 已保存。再次运行同一命令，就能从中断的地方继续。
cli-assess-unknown-key = 请输入答案前面的数字，或 ?、s、q。
cli-readiness-summary = 得分 { $score }/100 · 确定回答 { $coverage }% · 不确定 { $notsure } 题 · 未回答 { $unanswered } 题
cli-readiness-domains = 各领域：
cli-readiness-answered = （已答 { $answered }/{ $applicable }）
cli-readiness-blockers = 尚未做到的必备项：
cli-readiness-to-confirm = 需要确认的必备项：
cli-readiness-plan = 接下来要做：
cli-readiness-effort = 约 { $hours } 小时
