# The Goals & conferences page: the class's goals, the conference reports and class summary,
# the reflection prompts and peer-feedback protocol, and the school team's reflection.

## ConferencesPage
conferences-page-title = Goals & conferences
conferences-page-sub = { $name } · students' goals at a glance, conference reports for families, the reflection prompts and the team's own reflection
conferences-archived = This class is archived. Its goals and reports are still here.
conferences-tabs-label = Goals and conferences
conferences-tab-goals = Goals
conferences-tab-reports = Conference reports
conferences-tab-prompts = Reflection prompts
conferences-tab-team = Team reflection
# A mark beside a tab whose edits are not saved yet.
conferences-tab-unsaved = Unsaved
# Fills the blank in "You have unsaved changes to ___." when leaving a tab.
conferences-dirty-page = this page
conferences-dirty-prompts = the prompts
conferences-dirty-team = the team's reflection
