app-title = 网安投保就绪自评
app-window-title = 网安投保就绪自评（CoverReady）
app-tagline = 在这台电脑上、不外传数据，帮您的企业做好投保网络安全保险的准备。
app-example-org-name = 示例商贸有限公司（示例）
app-start-failed = CoverReady 无法打开窗口，未做任何更改。请重启电脑后再试；如仍无法打开，请重新安装 CoverReady。
app-start-failed-detail = 技术细节（供协助您的人员参考）：{ $detail }
