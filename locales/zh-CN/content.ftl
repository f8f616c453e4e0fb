## 内容包：维护者的构建工具，以及应用关于当前内容的提示。

content-builder-about = 根据 assets/ 和 locales/ 生成内容签名密钥和已签名的 CoverReady 内容包。
content-builder-about-keygen = 生成一对新的签名密钥（私钥和 KEY.pub）。
content-builder-about-build = 构建并签名 assets/content/pack.json 定义的内容包。
content-builder-about-sign-keys = 用根密钥为一组内容签名密钥签名。
content-builder-arg-key-out = 私钥的保存位置（公钥以 .pub 保存在旁边）。
content-builder-arg-key = 为内容包签名的私钥。
content-builder-arg-pack-out = 内容包的保存位置（.coverready-content 文件）。
content-builder-arg-repo = 包含 assets/ 和 locales/ 的仓库文件夹（默认：当前文件夹）。
content-builder-arg-key-list = 随包携带的、经根密钥签名的密钥清单（KEYS.json，旁边须有 KEYS.json.minisig）。
content-builder-arg-expires-days = 内容包自创建日起多少天后过期。
content-builder-arg-root-key = 为密钥清单签名的根私钥。
content-builder-arg-listed-key = 要列入清单的公钥（.pub），可多次指定。
content-builder-arg-not-after = 清单中的密钥最晚可为内容包签名的时间（RFC 3339 格式）。
content-builder-arg-keys-out = 密钥清单的保存位置（签名以 .minisig 保存在旁边）。
content-builder-wrote = 已写入 { $path }
content-builder-exists = { $path } 已存在，未覆盖任何文件。
content-builder-unwritable = 无法写入 { $path }：{ $detail }
content-builder-keygen-failed = 无法为 { $path } 生成密钥：{ $detail }
content-builder-unreadable = 无法读取 { $path }：{ $detail }
content-builder-bad-key = { $path } 不是可用的 minisign 密钥：{ $detail }
content-builder-bad-repo = 无法根据 { $path } 构建内容包：{ $detail }
content-builder-bad-date = { $path } 不是 RFC 3339 格式的日期时间：{ $detail }

content-dataset-checklist = 题库
content-dataset-eol = 停止支持日期表
content-dataset-browsers = 浏览器版本表
content-dataset-probes = 检测项
content-dataset-risk = 风险模型与保障对照表
content-dataset-incidents = 事件处置步骤与联系方式
content-dataset-catalogue = 产品库与名录

content-origin-built_in = 本版本应用自带
content-origin-installed = 已安装的更新
content-origin-previous = 上一次的更新（最近一次无法使用）
content-origin-offered = 待安装的更新

content-error-not_a_pack = 此文件不是 CoverReady 内容包。
content-error-truncated = 内容包不完整，可能下载中断。未安装任何内容，请重试。
content-error-too_large = 内容包超过 CoverReady 接受的大小。
content-error-tampered = 内容包在签名后被改动（{ $what }），未安装。
content-error-untrusted_key = 内容包不是由本应用信任的密钥签名的，未安装。
content-error-expired = 内容包已于 { $expires } 过期，请获取最新的内容包。
content-error-not_newer = 内容包的版本 { $offered } 不比正在使用的内容（{ $installed }）新。较旧的内容不会覆盖较新的内容。
content-error-newer_app = 此内容包需要 CoverReady { $needs } 或更高版本，请先更新应用。
content-error-bad_manifest = 内容包的说明文件（清单）无效。
content-error-invalid = 内容包中的内容未通过 CoverReady 的检查（{ $file }）。
content-error-io = 无法读取或写入 { $path }。
content-error-download = 无法从 { $url } 获取内容包。
content-error-stalled = 服务器中途停止发送内容包，未安装任何内容，请稍后重试。
content-error-no-platform = 尚未设置平台地址。请在“设置”中设置，或从文件更新。

content-stale-dataset = { $dataset }已超过复核日期（{ $date }）{ $days } 天。请更新内容，以确保其为最新。
content-stale-evidence = 本项依据{ $dataset }判断，该表已超过复核日期（{ $date }）{ $days } 天，结果可能已过时。
content-error-workshop = 工作坊模式下不更新内容：共用电脑不保留任何内容。请由电脑的管理人在工作坊之外更新。

content-show-heading = 当前内容：版本 { $version }，{ $origin }。
content-show-expires = 此更新的有效期至 { $date }。
content-show-dataset = { $dataset }：复核日期 { $date }
content-installed = 已安装内容版本 { $version }。
content-up-to-date = 当前内容（版本 { $version }）已是平台提供的最新版本。
content-passed-over-installed = 最近安装的更新无法使用：
content-passed-over-previous = 之前的更新也无法使用：
content-file-filter = CoverReady 内容包
