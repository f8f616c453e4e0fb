error-unknown = 出现了意料之外的问题，没有做任何修改。请再试一次；如果反复出现，请记下时间并联系技术支持。
error-internal = 程序内部出错：{ $cause }。没有做任何修改。
error-invalid_name = 请填写 1 到 { $max } 个字符的名称，不能包含换行或控制字符。
error-invalid_name-hidden = 名称里有一个看不见的字符（{ $character }），它会让文字显示得与实际内容不同。请去掉它后重新输入名称。
error-invalid_argument = “{ $field }”的取值无效。
error-not_found = 这个企业已经不存在了，可能已在另一个窗口中删除。
error-unknown_profile_field = “{ $field }”不是企业概况里的问题。
error-invalid_profile_value = “{ $value }”不是“{ $field }”的有效答案。
error-store_corrupt = 数据文件已损坏，或者不是本软件的文件：{ $path }。您可以把它移到一边，重新开始；损坏的文件会保留，不会被删除。
error-store_too_new = 数据文件 { $path } 是由更新版本的软件写入的（格式版本 { $found }，当前版本最高支持 { $supported }）。请先升级软件。文件没有被改动。
error-store_io = 无法使用数据文件夹：{ $path }（{ $cause }）。请确认该文件夹存在，并且您有写入权限。
error-disk_full = 磁盘已满或为只读，无法保存。请清理一些空间后再试，已有数据不会丢失。
error-disk_full-storage = 磁盘空间不足，无法保存。请清理一些磁盘空间后再试，已有数据不会丢失。
error-cancelled = 已按您的要求停止，没有做任何更改。
error-unknown_question = 检查清单里没有“{ $question }”这个问题。
error-invalid_answer = “{ $value }”不是问题“{ $question }”可选的答案。请用：是、部分、否、不确定，或在可选时用“不适用”。
error-question_not_applicable = 问题“{ $question }”不适用于这家企业的概况，因此不能作答。
error-invalid_note = 备注最多 { $max } 个字符，且不能包含控制字符。
error-invalid_note-hidden = 备注里有一个看不见的字符（{ $character }），它会让文字显示得与实际内容不同。请去掉它后重新输入备注。
error-answers_file_invalid = 答案文件第 { $line } 行无法读取（{ $cause }）。请每行写一个答案，例如：identity.mfa-email = yes
error-answers_file_invalid-twice = 答案文件把问题“{ $question }”回答了两次（第 { $line } 行）。请只保留一个答案后再试；没有保存任何内容。
error-invalid_domain = “{ $input }”不能作为域名检查。请只填写域名，例如 example.com.cn。
error-report_unwritable = 报告无法保存到 { $path }（{ $cause }）。请换一个文件夹，或清理一些磁盘空间。不会留下写了一半的文件。
error-report_unwritable-refused = 报告没有保存到 { $path }（{ $cause }）。那里原有的内容没有被改动，也没有写入任何文件。请换一个文件名或文件夹。
error-submission_failed = 发送没有成功（{ $cause }）。

# Why the system could not do something (filled into { $cause } above)
cause-not-found = 找不到该文件或文件夹
cause-permission-denied = 没有访问权限
cause-already-exists = 同名的文件已经存在
cause-not-a-directory = 路径中有一项是文件，而不是文件夹
cause-is-a-directory = 这是一个文件夹，而不是文件
cause-read-only = 该位置只能读取，不能写入
cause-storage-full = 磁盘空间不足
cause-interrupted = 操作被中断
cause-invalid-data = 内容的格式不对
cause-other = 系统没有给出更具体的原因
cause-too-large = 文件太大
cause-not-text = 不是文本文件（需要 UTF-8 编码）
cause-not-a-pair = 应写成“问题编号 = 答案”
cause-answered-twice = 同一个问题回答了两次
cause-not-json = 不是由答案组成的 JSON 对象
cause-symlink = 这是指向另一个文件的链接，CoverReady 不会跟随链接
cause-not-a-regular-file = 这是设备、管道等特殊文件，而不是普通文件
cause-not-owned = 该文件属于这台电脑上的另一个用户
cause-twin-collision = PDF 会与它的 JSON 版本同名；请选择以 .pdf 结尾的文件名
error-content_refused = 内容更新未安装，未做任何更改。
