# 讲座模式（共用电脑）：带回家的一页结果、答案代码、结束并清除。

takeaway-file-name = 投保就绪自查结果.pdf
takeaway-title = 投保就绪自查：带回家的结果
takeaway-subtitle = 在讲座现场用 CoverReady 完成 · { $date }
takeaway-header = CoverReady · 讲座自查
takeaway-footer = 本页不含企业名称。在自己的电脑上输入下面的代码，可以接着完成自查。
takeaway-answered = { -cl-answered } { $answered }/{ $applicable }
takeaway-score = { -cl-readiness-score }：{ $percent }%（{ $answered }）
takeaway-score-withheld = { $answered }。答完一半以上的问题后才给出{ -cl-readiness-score }。
takeaway-actions = 先做这五件事
takeaway-actions-none = 没有要补的事项。
takeaway-action = { $n }. { $question }（约 { $hours } 小时，{ $cost }）
takeaway-covers = 投保时要问的保障
takeaway-list-separator = 、
takeaway-help = 去哪里找帮助
takeaway-help-text = 把这页拿给您的保险经纪人或保险公司，问问上面这些保障；要补做的事项，可以请您的 IT 服务商帮忙。在自己的电脑上安装 CoverReady，可以答完全部问题、检测电脑，并生成投保用的报告。
takeaway-continue = 在自己的电脑上继续
takeaway-continue-text = 在 CoverReady 里选“从讲座继续”，输入下面的代码（也可以用手机扫二维码得到它）。代码里只有企业概况和答案，没有名称。

# 从讲座继续（答案代码）
workshop-imported-name = 讲座自查（{ $date }）
error-answer_code-malformed = 这段代码里有答案代码不会用到的字符。请对照纸上的代码再输入一次（只有数字和大写字母，分组用“-”）。
error-answer_code-truncated = 这段代码不完整，少了一部分。请把纸上的代码全部输入。
error-answer_code-checksum = 这段代码对不上：可能有一个字符输错或看错了。请逐组核对后再试。没有保存任何内容。
error-answer_code-version = 这段代码来自更新版本的 CoverReady（代码版本 { $found }，本软件只能读到 { $supported }）。请先更新软件。
error-answer_code-other_questions = 这段代码是用另一版问题做的，本软件读不了。请在讲座用的同一版本 CoverReady 里打开。
error-answer_code-bad_value = 这段代码里有问题清单中不存在的答案，无法导入。没有保存任何内容。

error-workshop-settings = 讲座设置文件 workshop.json 无法使用。请让讲座主办方检查：idle_minutes 在 0.1 到 240 之间，warning_seconds 在 5 到 600 之间，并且比空闲时间短。

# 命令行
cli-about-takeaway = 把讲座自查的结果写成一页 PDF（带二维码和答案代码，不含企业名称）
cli-about-import-code = 用讲座带回的答案代码，在这台电脑上新建企业并恢复答案
cli-arg-takeaway-out = 一页结果 PDF 的保存位置（只写这一个文件）
cli-arg-takeaway-force = 如果那里已经有这个 PDF，就替换它（文件夹、设备和链接永远不会被替换）
cli-arg-code = 答案代码（纸上二维码下面的那串字符）
cli-takeaway-written = 已保存一页结果：{ $path }
cli-takeaway-code = 答案代码：{ $code }
cli-import-code-done = 已从讲座代码新建企业 { $id }“{ $name }”，恢复了 { $answers } 个答案。

# 窗口里的讲座模式
ui-workshop-finish = 结束并清除
ui-workshop-footer = 讲座模式：您填写的内容只在内存里，不会保存到这台电脑上；点“结束并清除”或一段时间不操作后全部清除。
ui-workshop-welcome = 这是讲座用的共用电脑：您填写的内容不会保存在这台电脑上。做完快速自查后，可以把一页结果存到 U 盘或打印带走，再点“结束并清除”。
ui-workshop-takeaway-title = 把结果带走
ui-workshop-takeaway-hint = 一页结果里有最先要做的事、要问的保障和一个答案代码（不含企业名称），回去后可以在自己的电脑上接着做。
ui-workshop-save = 保存或打印我的结果
ui-workshop-saved = 已保存：{ $path }
ui-workshop-no-scan = 讲座模式不检测这台电脑：它是共用的，检测结果说的是这台电脑，不是您企业的电脑。
ui-workshop-idle-title = 还在用吗？
ui-workshop-idle-text = 一段时间没有操作了。{ $seconds } 秒后会清除这次自查的全部内容，回到开始页面。
ui-workshop-still-here = 我还在用
ui-workshop-continued = 好的，继续。
ui-workshop-continue = 从讲座继续
ui-workshop-continue-hint = 输入讲座上带回的那页纸上的答案代码（二维码下面的那串字符），会新建一个企业并恢复您的答案。
ui-workshop-code-label = 答案代码
ui-workshop-continue-submit = 恢复答案
ui-workshop-imported = 已从讲座代码恢复“{ $name }”。
