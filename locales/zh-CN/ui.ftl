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
