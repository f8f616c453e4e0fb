# 向网络安全保险服务平台（或经纪人的接收端）提交：同意、状态、错误。

submission-consent-title = 发送就绪评估报告
# 发送前显示。版本：submission-consent-v1（修改文字时同步修改 CONSENT_TEXT_VERSION）。
submission-consent-text = CoverReady 将把下列文件，以及您勾选的企业信息（仅限这些），发送到 { $destination }。连接全程加密，并核对此处显示的服务器证书。您随时可以点击“撤回”，要求对方删除本次提交。
submission-consent-claim-title = 发送理赔材料包
# 发送理赔材料包前显示。版本：submission-consent-claim-v1（修改文字时同步修改 CLAIM_CONSENT_TEXT_VERSION）。
submission-consent-claim-text = CoverReady 将把本次事件的理赔材料包（下列文件：事件记录、时间线和证据清单及其哈希值），以及您勾选的企业信息（仅限这些），发送到 { $destination }。连接全程加密，并核对此处显示的服务器证书。除非保险公司另有说明，发送材料包不等于保单要求的书面通知：请按保单约定的方式另行发出书面通知。您随时可以点击“撤回”，要求对方删除本次提交。
submission-kind-readiness_report = 就绪评估报告
submission-kind-claim_pack = 理赔材料包
submission-consent-destination = 接收方：{ $url }
submission-consent-identity = 服务器证书指纹：{ $identity }
submission-consent-identity-loopback = 本机（未加密的 HTTP，仅供测试）
submission-consent-fields = 共享的企业信息：{ $fields }
submission-consent-files = 发送的文件
submission-consent-agree = 我同意按以上内容发送
submission-key-fingerprint = 本机签名密钥指纹：{ $fingerprint }

submission-state-pending = 等待发送
submission-state-accepted = 平台已接收
submission-state-rejected = 平台已拒收
submission-state-cancelled = 发送前已取消
submission-state-withdrawn = 已撤回（平台已确认删除）
submission-receipt-verified = 已核验平台签名回执（平台密钥 { $fingerprint }）
submission-withdraw = 撤回
submission-retry-now = 立即发送

submission-error-consent_missing = 未发送任何内容：请先确认要共享的内容和接收方。
submission-error-consent_mismatch = 未发送任何内容：将要发送的内容（{ $what }）与您同意的不一致，请重新核对并确认。
submission-error-insecure_destination = 未发送任何内容：{ $url } 未加密，请使用 https:// 开头的地址。
submission-error-invalid_destination = “{ $url }”不是可用的地址，请使用不带查询参数的 https:// 地址。
submission-error-invalid_input = 无法打包报告：“{ $field }”无效（{ $cause }）。
submission-error-package_too_large = 提交包大小为 { $size } 字节，超过上限 { $limit } 字节。请尝试不含附件的报告。
submission-error-rejected_by_platform = 平台拒收了本次提交（{ $status }）：{ $title }。{ $detail }
submission-error-platform_unavailable = 平台暂时无法使用（HTTP { $status }）。提交已保留在待发送队列中，下次发送排队中的提交时会一并发出。
submission-error-stalled = 服务器已 { $seconds } 秒没有发送数据，CoverReady 已停止等待。未做任何更改，请稍后重试。
submission-error-rate_limited = 平台要求等待 { $retry_after_secs } 秒后再试。提交已保留在待发送队列中。
submission-error-network = 无法连接到平台。提交已保留在待发送队列中，下次发送排队中的提交时会一并发出。
submission-error-receipt_invalid = 无法核验平台的回执（{ $cause }）。再次发送前请先联系平台。
submission-error-protocol_violation = 平台的回复无法被当前版本识别（{ $cause }）。
submission-error-key_store = 无法使用位于 { $path } 的签名密钥（{ $cause }）。
submission-error-outbox_store = 无法使用待发送队列文件（{ $cause }）。
submission-error-outbox_too_new = 待发送队列文件由更新版本的 CoverReady 写入（格式 { $found }，当前版本最高支持 { $supported }）。请更新 CoverReady。
submission-error-not_found = 提交 { $id } 不存在。
submission-error-invalid_state = 提交 { $id } 当前状态为 { $state }，无法执行此操作。
