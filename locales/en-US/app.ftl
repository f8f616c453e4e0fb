app-title = CoverReady
app-window-title = CoverReady — cyber insurance readiness
app-tagline = Get your business ready for cyber insurance, privately, on this computer.
app-example-org-name = Example Trading Co. (sample)
