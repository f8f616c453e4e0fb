# Workshop mode (shared laptops): the one-page takeaway, the answer code, finish and erase.

takeaway-file-name = cyber-readiness-results.pdf
takeaway-title = Cyber insurance readiness: your results to take home
takeaway-subtitle = Done at a workshop with CoverReady · { $date }
takeaway-header = CoverReady · workshop check
takeaway-footer = This page carries no business name. Type the code below on your own computer to carry on.
takeaway-answered = { -cl-answered } { $answered }/{ $applicable }
takeaway-score = { -cl-readiness-score }: { $percent } % ({ $answered })
takeaway-score-withheld = { $answered }. The { -cl-readiness-score } is given once at least half the questions are answered.
takeaway-actions = First five things to do
takeaway-actions-none = Nothing left to fix.
takeaway-action = { $n }. { $question } (about { $hours } h, { $cost })
takeaway-covers = Covers to ask about
takeaway-list-separator = { ", " }
takeaway-help = Where to get help
takeaway-help-text = Take this page to your insurance broker or insurer and ask about the covers above; your IT provider can help with the fixes. With CoverReady on your own computer you can answer every question, check the computer and make the report for your application.
takeaway-continue = Carry on on your own computer
takeaway-continue-text = In CoverReady choose “Continue from a workshop” and type the code below (or scan the QR code with a phone to get it). The code holds only your business profile and answers, no names.

# Continue from a workshop (answer code)
workshop-imported-name = Workshop check ({ $date })
error-answer_code-malformed = This code has characters an answer code never uses. Please type it again from the page (digits and capital letters only, in groups joined by “-”).
error-answer_code-truncated = This code is incomplete: part of it is missing. Please type the whole code from the page.
error-answer_code-checksum = This code does not check out: a character was probably mistyped or misread. Please compare it group by group and try again. Nothing was saved.
error-answer_code-version = This code comes from a newer CoverReady (code version { $found }; this app reads { $supported }). Please update the app first.
error-answer_code-other_questions = This code was made with another version of the questions, which this app cannot read. Please open it in the same CoverReady version the workshop used.
error-answer_code-bad_value = This code holds an answer that is not in the questions, so it cannot be imported. Nothing was saved.

error-workshop-settings = The workshop settings file workshop.json cannot be used. Please ask the facilitator to check it: idle_minutes between 0.1 and 240, warning_seconds between 5 and 600 and shorter than the idle time.

# Command line
cli-about-takeaway = Write the workshop check's results as one PDF page (with a QR code and the answer code, no business name)
cli-about-import-code = Create an organisation on this computer from a workshop's answer code, with its answers
cli-arg-takeaway-out = Where to save the one-page PDF (only this one file is written)
cli-arg-takeaway-force = Replace the PDF if one is already there (folders, devices and links are never replaced)
cli-arg-code = The answer code (the characters under the QR code on the page)
cli-takeaway-written = One-page results saved: { $path }
cli-takeaway-code = Answer code: { $code }
cli-import-code-done = Created organisation { $id } “{ $name }” from the workshop code, with { $answers } answers.

# Workshop mode in the window
ui-workshop-finish = Finish and erase
ui-workshop-footer = Workshop mode: what you type stays in memory and is never saved on this computer; “Finish and erase”, or a while without use, clears all of it.
ui-workshop-welcome = This is a shared workshop computer: nothing you type is kept on it. After the quick check, save your one-page results to a USB stick or print them, then choose “Finish and erase”.
ui-workshop-takeaway-title = Take your results with you
ui-workshop-takeaway-hint = One page with the first things to do, the covers to ask about and an answer code (no business name) to carry on on your own computer.
ui-workshop-save = Save or print my results
ui-workshop-saved = Saved: { $path }
ui-workshop-no-scan = Workshop mode does not check this computer: it is shared, so a check would describe this laptop, not your business's computers.
ui-workshop-idle-title = Still there?
ui-workshop-idle-text = Nothing has happened for a while. In { $seconds } seconds everything from this check is erased and the welcome screen comes back.
ui-workshop-still-here = I'm still here
ui-workshop-continued = Fine, carry on.
ui-workshop-continue = Continue from a workshop
ui-workshop-continue-hint = Type the answer code from the page you took home from a workshop (the characters under the QR code): a new organisation is created with your answers.
ui-workshop-code-label = Answer code
ui-workshop-continue-submit = Restore my answers
ui-workshop-imported = “{ $name }” restored from the workshop code.
