# CoverReady — interface text (English)
# Every key starts with ui-; zh-CN/ui.ftl must have exactly the same keys.

## Language switch
ui-language-switch-label = Interface language
ui-language-zh-CN = 简体中文
ui-language-en-US = English
ui-language-changed = The interface is now in English.

## General
ui-loading = Loading…
ui-retry = Try again
ui-error-heading = Something went wrong
ui-footer-version = Version { $version }
ui-footer-data-dir = Your data stays on this computer: { $path }

## Start-up failure
ui-startup-failed-title = The app could not start properly

## Data file problems
ui-store-path = File location: { $path }
ui-store-corrupt-title = The data file is damaged
ui-store-corrupt-body = The file that holds your answers cannot be read. The app may not have closed properly last time, or another program may have changed the file.
ui-store-corrupt-keep = You can move the damaged file aside and start again with a blank file. The original is kept exactly as it is — it is never deleted — so a technician can try to recover it later.
ui-store-recover = Move the damaged file aside and start fresh
ui-store-recovered = The damaged file has been moved aside. You can start again now.
ui-store-too-new-title = The data file is from a newer version
ui-store-too-new-body = This data file was saved by a newer version of CoverReady (format version { $found }); this version supports up to format version { $supported }.
ui-store-too-new-action = To keep your data safe, the app will not open it. Please install the latest version of CoverReady and open it again.
ui-store-unavailable-title = The data folder cannot be used
ui-store-unavailable-body = CoverReady could not open the folder where it keeps your data, so nothing can be read or saved right now.
ui-store-unavailable-detail = Reason reported by the system: { $detail }
ui-store-unavailable-action = Check that the folder exists, that the disk is not full and that you may write to it, then choose “Try again”.

## Home: organisations
ui-orgs-heading = Your organisations
ui-orgs-intro = Each organisation keeps its own profile and self-assessment.
ui-orgs-empty = No organisations yet. Choose “Add organisation” to get started.
ui-org-new = Add organisation
ui-org-edit = Edit
ui-org-edit-named = Edit { $name }
ui-org-delete = Delete
ui-org-delete-named = Delete { $name }
ui-profile-not-set = Not answered
ui-org-created = Added “{ $name }”.
ui-org-updated = Saved changes to “{ $name }”.
ui-org-deleted = Deleted “{ $name }”.

## Delete confirmation
ui-delete-title = Delete this organisation?
ui-delete-body = The profile and every self-assessment of “{ $name }” will be deleted permanently. This cannot be undone.
ui-delete-confirm = Delete
ui-delete-cancel = Cancel

## Organisation form
ui-form-new-title = Add organisation
ui-form-edit-title = Edit “{ $name }”
ui-form-intro = Start with the basics. Apart from the name, you can fill these in later.
ui-org-name-label = Organisation name
ui-org-name-hint = Required, up to { $max } characters.
ui-org-name-error-empty = Enter the organisation’s name.
ui-org-name-error-too-long = The name is too long: at most { $max } characters, it has { $length }.
ui-org-name-error-control = The name contains invisible control characters (such as a line break). Remove them and save again.
ui-select-placeholder = Choose…
ui-form-create = Add
ui-form-save = Save changes
ui-form-cancel = Cancel
