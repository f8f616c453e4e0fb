error-unknown = Something went wrong that CoverReady did not expect. Nothing was changed. Please try again; if it keeps happening, note the time and contact support.
error-internal = Something went wrong inside CoverReady: { $cause }. Nothing was changed.
error-invalid_name = Please enter a name of 1 to { $max } characters, without line breaks or control characters.
error-invalid_name-hidden = The name contains an invisible character ({ $character }) that can make text look different from what it is. Please type the name again without it.
error-invalid_argument = The value given for “{ $field }” is not valid.
error-not_found = That organisation no longer exists. It may have been deleted in another window.
error-unknown_profile_field = “{ $field }” is not a question of the business profile.
error-invalid_profile_value = “{ $value }” is not a valid answer for “{ $field }”.
error-store_corrupt = The CoverReady data file is damaged or is not a CoverReady file: { $path }. You can move it aside and start fresh; the damaged file is kept, not deleted.
error-store_too_new = The data file { $path } was written by a newer version of CoverReady (format { $found }; this version understands up to { $supported }). Please update CoverReady. The file was not changed.
error-store_io = CoverReady cannot use its data folder: { $path } ({ $cause }). Check that the folder exists and that you may write to it.
error-disk_full = The disk is full or read-only, so nothing could be saved. Free some space and try again; nothing was lost.
error-disk_full-storage = The disk is full, so nothing could be saved. Free some space and try again; nothing was lost.
error-cancelled = Stopped at your request. Nothing was changed.
error-unknown_question = “{ $question }” is not a question of the checklist.
error-invalid_answer = “{ $value }” is not an answer that “{ $question }” offers. Use yes, partly, no, not sure, or not applicable where offered.
error-question_not_applicable = The question “{ $question }” does not apply to this organisation’s profile, so it cannot be answered.
error-invalid_note = A note can have at most { $max } characters and no control characters.
error-invalid_note-hidden = The note contains an invisible character ({ $character }) that can make text look different from what it is. Please type the note again without it.
error-answers_file_invalid = Line { $line } of the answers file could not be read ({ $cause }). Write one answer per line, like: identity.mfa-email = yes
error-answers_file_invalid-twice = The answers file answers the question “{ $question }” twice (line { $line }). Keep one answer and try again; nothing was saved.
error-invalid_domain = “{ $input }” cannot be checked as a domain name. Type just the domain, for example example.com.cn.
error-report_unwritable = The report could not be saved to { $path } ({ $cause }). Choose another folder, or free some disk space. Nothing half-written was left behind.
error-report_unwritable-refused = The report was not saved to { $path } ({ $cause }). Nothing there was changed and no file was written. Choose another name or folder.
error-submission_failed = Sending did not work ({ $cause }).

# Why the system could not do something (filled into { $cause } above)
cause-not-found = no such file or folder
cause-permission-denied = permission denied
cause-already-exists = a file of that name already exists
cause-not-a-directory = part of the path is a file, not a folder
cause-is-a-directory = this is a folder, not a file
cause-read-only = the location can be read but not written
cause-storage-full = the disk is full
cause-interrupted = the operation was interrupted
cause-invalid-data = the content is not in the expected format
cause-other = the system gave no more specific reason
cause-too-large = the file is too large
cause-not-text = it is not UTF-8 text
cause-not-a-pair = expected question-id = answer
cause-answered-twice = the question is answered twice
cause-not-json = it is not a JSON object of answers
cause-symlink = it is a link to another file, which CoverReady never follows
cause-not-a-regular-file = it is a device, pipe or other special file, not an ordinary file
cause-not-owned = the file belongs to another user of this computer
cause-twin-collision = the PDF would have the same name as its JSON twin; choose a name ending in .pdf
error-content_refused = The content update was not installed. Nothing was changed.
