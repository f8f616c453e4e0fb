## 对企业域名的外部检查（coverready-domain）。
## 消息参数来自检查结果的 facts，例如 { $days_left }。

domain-check-spf = SPF（谁可以用您的名义发邮件）
domain-check-dmarc = DMARC（冒充邮件如何处理）
domain-check-mx = 收信服务器（MX）
domain-check-dkim = DKIM 邮件签名
domain-check-certificate = 网站证书
domain-check-tls-version = 加密协议版本（TLS）
domain-check-hsts = 强制 HTTPS（HSTS）
domain-check-https-redirect = HTTP 自动跳转到 HTTPS

domain-verdict-pass = 正常
domain-verdict-warn = 需要留意
domain-verdict-fail = 有问题
domain-verdict-unknown = 无法检查

domain-intro = 这些检查像保险公司的扫描工具一样，从互联网上查看您的域名。只有在您点击开始后才会进行，而且只读取公开的域名记录和网站首页。

## 无法得出结论的原因

domain-unknown-timeout = 等待超时，没有收到回应。请检查网络连接后再试一次。
domain-unknown-dns-error = 域名解析服务器返回了错误，暂时无法检查。请稍后再试。
domain-unknown-connection-failed = 无法通过这个端口连上网站，所以没法检查这一项。
domain-unknown-tls-failed = 无法和网站建立安全（HTTPS）连接，所以没法检查这一项。
domain-unknown-no-address = 这个域名没有网站地址（没有 A 或 AAAA 记录），所以没有网站可查。
domain-unknown-no-selector-found = 在常用名称下没有找到 DKIM 密钥。您的邮箱服务商可能用了别的名称，请向服务商确认是否已开启 DKIM 签名。
domain-unknown-http-error = 读不懂网站返回的内容，所以没法检查这一项。
domain-unknown-internal = CoverReady 在这项检查中遇到了意外问题，其他检查不受影响。

## 拒绝的域名

domain-invalid = “{ $input }”不是可以检查的域名。
domain-invalid-empty = 请输入您的域名，例如 example.com。
domain-invalid-too-long = 这个名称太长了，域名最多 253 个字符。
domain-invalid-empty-label = 域名里不能有连续两个点，也不能以点开头。
domain-invalid-label-too-long = 其中一段超过了 63 个字符，域名不允许这样。
domain-invalid-invalid-character = 请只输入域名本身，例如 example.com，不要带空格、路径、端口或邮箱地址。
domain-invalid-ip-address = 这是一个 IP 地址。请改为输入您的域名，例如 example.com。
domain-invalid-single-label = 请输入带后缀的完整域名，例如 example.com，而不是 example。
domain-invalid-numeric-tld = 域名的最后一段不能全是数字。

## SPF

domain-spf-pass = SPF 已设置好，会让对方拒收来自未列明服务器的邮件。
domain-spf-missing = 没有 SPF 记录，任何人都能冒用您的域名发邮件。请向邮箱服务商要一条 SPF 记录并添加到域名解析里。
domain-spf-multiple = 找到 { $record_count } 条 SPF 记录，但只能有一条。多于一条时，收件方会完全忽略 SPF。请把它们合并成一条。
domain-spf-plus-all = SPF 记录以“+all”结尾，等于允许全世界任何服务器用您的名义发信。请改成“-all”或“~all”。
domain-spf-soft-all = SPF 已设置，但以“~all”或“?all”结尾，来自未列明服务器的邮件只会被标记、不会被拒收。如果已经设置了 DMARC，这样也可以接受；“-all”更严格。
domain-spf-no-all = SPF 记录末尾没有“all”规则，收件方不知道该怎么处理未列明服务器发来的邮件。请在末尾加上“-all”。
domain-spf-too-many-lookups = 这条 SPF 记录需要 { $lookup_count } 次 DNS 查询，上限是 { $lookup_limit } 次。超过上限，收件方会把 SPF 当作无效。请删掉不再使用的 include，或请服务商帮忙精简记录。
domain-spf-broken-include = SPF 记录引用（include）了一个自己没有 SPF 记录的域名，这会让收件方判定 SPF 出错。请删除或改正这条引用。
domain-spf-incomplete = 找到了 SPF 记录，但它引用的部分记录读取失败，所以没法确认查询次数是否超限。

## DMARC

domain-dmarc-reject = DMARC 设为拒收（reject）未通过验证的邮件，这是最严格的设置。
domain-dmarc-quarantine = DMARC 设为把未通过验证的邮件放进垃圾箱（quarantine），保护效果良好。
domain-dmarc-none = DMARC 只处于监测模式（p=none），冒充邮件仍然会被送达。报告显示正常后，请把策略改成 quarantine 或 reject。
domain-dmarc-missing = 没有 DMARC 记录，收件方不知道该怎么处理冒充您的邮件。请在 _dmarc 下添加一条记录。
domain-dmarc-multiple = 找到 { $record_count } 条 DMARC 记录；多于一条时收件方会忽略 DMARC。请只保留一条。
domain-dmarc-invalid = DMARC 记录没有有效的策略（p=none、quarantine 或 reject），收件方会忽略它。

## MX

domain-mx-present = 这个域名的邮件由以下服务器接收：{ $hosts }。
domain-mx-null = 这个域名声明不接收任何邮件（空 MX）。如果您不用这个域名收发邮件，这样没问题。
domain-mx-missing = 没有设置收信服务器（MX 记录）。如果您用这个域名收发邮件，请让服务商检查设置；如果不用，建议添加“空 MX”和以“-all”结尾的 SPF 记录。

## DKIM

domain-dkim-found = 找到了 DKIM 签名密钥（选择器：{ $selectors }），收件方可以确认邮件确实是您发出的。
domain-dkim-not-found = 在常用名称（{ $selectors_tried }）下没有找到 DKIM 密钥。DKIM 的名称无法从外部列出，请向邮箱服务商确认是否已开启 DKIM 签名。

## 网站证书

domain-certificate-valid = 网站证书有效且受信任，还剩 { $days_left } 天（到 { $not_after } UTC）。
domain-certificate-expiring = 网站证书目前有效，但 { $days_left } 天后（{ $not_after } UTC）就会过期。自动续期通常会更早完成，请确认续期是否正常。
domain-certificate-expired = 网站证书已经过期（{ $not_after } UTC），访客会看到安全警告。请马上续期。
domain-certificate-untrusted = 网站证书不是由受信任的机构签发的（例如自签名证书），访客会看到安全警告。请向正规机构申请证书，也有免费的可选。
domain-certificate-name-mismatch = 网站证书上写的是别的域名，访客会看到安全警告。请换一张包含本域名的证书。
domain-certificate-invalid = 网站证书无效，访客可能会看到安全警告。请让网站管理方更换证书。
domain-certificate-unverified = 收到了网站证书，但无法完成验证。

## TLS 版本

domain-tls-version-1-3 = 网站使用 TLS 1.3，这是当前最新的版本。
domain-tls-version-1-2 = 网站使用 TLS 1.2，目前仍可接受。如果主机支持，建议开启 TLS 1.3。
domain-tls-version-legacy = 网站只支持旧的、不安全的 TLS 版本（1.0 或 1.1）。请让主机服务商开启 TLS 1.2 和 1.3。
domain-tls-version-note = 这项检查显示的是网站能提供的最好版本，并没有检查网站是否同时还接受旧的 1.0 和 1.1 版本。

## HSTS

domain-hsts-pass = 网站会告诉浏览器至少一年内始终使用 HTTPS（HSTS）。
domain-hsts-short = 网站开启了 HSTS，但有效期只有 { $max_age_days } 天。请把 max-age 设为至少 31536000（一年）。
domain-hsts-missing = 网站没有要求浏览器始终使用 HTTPS（缺少 HSTS 响应头）。请让网站管理方添加 Strict-Transport-Security 响应头。

## HTTP 跳转到 HTTPS

domain-https-redirect-pass = 访客输入 http:// 开头的地址时，会被自动带到安全的 https:// 网站。
domain-https-redirect-to-http = http:// 地址设置了跳转，但跳转目标不是 https:// 地址。请把跳转改到 https://。
domain-https-redirect-missing = http:// 地址不会自动跳转到 https://，访客可能停留在未加密的页面上。请让网站管理方设置跳转。
