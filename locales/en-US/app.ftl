app-title = CoverReady
app-window-title = CoverReady — cyber insurance readiness
app-tagline = Get your business ready for cyber insurance, privately, on this computer.
app-example-org-name = Example Trading Co. (sample)
app-start-failed = CoverReady could not open its window. Nothing was changed. Restart the computer and try again; if it keeps happening, reinstall CoverReady.
app-start-failed-detail = Technical detail, for whoever helps you: { $detail }
