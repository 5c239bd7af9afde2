# The Family languages tab: the printouts' languages, their review, and interpreters' corrections.

languages-title = Family languages
# The save dialog's filter for a catalog file (.ftl).
languages-picker-filter = Fluent catalog
languages-intro = Conference reports print in each family's language. A new translation is marked "needs review" on every printout until someone who reads the language approves it here. Interpreters can correct any label; corrections stay on this computer and can be exported as a catalog file for other computers.
languages-col-language = Language
languages-col-status = Status
languages-col-corrections = Corrections
languages-col-actions = Actions
languages-status-needs-review = Needs review
languages-status-approved = Approved by { $who } on { $date }
languages-status-approved-anonymous = Approved on { $date }
languages-status-shipped = Reviewed
languages-corrections = { $n ->
    [0] None
    [one] One label
   *[other] { $n } labels
}
languages-approve = Approve…
languages-approve-name = Your name (optional)
languages-approve-confirm = Approve { $language }
languages-withdraw = Withdraw approval
languages-edit = Correct labels
languages-export = Export catalog
languages-import = Import catalog
languages-exported = Saved the { $language } catalog to { $path }.
languages-imported = { $n ->
    [0] Imported: the file matches the shipped { $language } text, so there are no corrections.
    [one] Imported one correction for { $language }.
   *[other] Imported { $n } corrections for { $language }.
}
languages-editor-title = Correct the { $language } labels
languages-editor-english = English
languages-editor-shipped = { $language } (shipped)
languages-editor-correction = Correction
languages-editor-save = Save
languages-editor-revert = Use the shipped text
languages-editor-saved = Saved.
languages-editor-close = Close
languages-editor-filter = Find a label
languages-editor-help = Keep anything in braces, such as { "{" } $n { "}" }, exactly as it is: Waypoint fills it in.
languages-loading = Loading…
