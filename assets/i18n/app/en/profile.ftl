# A student's learner profile on the Students page: its lists, how they work and learn best,
# languages, accommodations, family contacts and notes; and the profile badges on the roster.

## ProfileEditor

# Completes "You have unsaved changes to …".
profile-discard-what = { $name }’s profile
profile-title = Learner profile
profile-saved = Saved
profile-loading = Loading profile…
profile-try-again = Try again
profile-strengths = Strengths
profile-strength = Strength
profile-strengths-placeholder = e.g. Explains ideas clearly
profile-needs = Needs
profile-need = Need
profile-needs-placeholder = e.g. Fractions practice
profile-interests = Interests
profile-interest = Interest
profile-interests-placeholder = e.g. Robotics
profile-career-goals = Career goals
profile-career-goal = Career goal
profile-career-goals-placeholder = e.g. Veterinarian
profile-other-languages = Other languages
# One item of the "Other languages" list.
profile-language = Language
profile-other-languages-placeholder = e.g. French
profile-work-with = Prefers to work
profile-work-alone = Alone
profile-work-peers = With peers
profile-work-either = Either
profile-work-unset = Not set
profile-learn-by = Learns best by
profile-learn-reading = Reading
profile-learn-listening = Listening
profile-learn-doing = Doing
profile-home-language = Home language
# An example language, in a language box's placeholder.
profile-language-placeholder = e.g. Spanish
profile-notes = Notes
profile-notes-count = { $count } / { $max } characters
profile-discard-changes = Discard changes
profile-save = Save profile

## ProfileAccommodations

profile-accommodations = Accommodations
profile-add-accommodation = Add accommodation
profile-no-accommodations = No accommodations recorded.
profile-accommodation-n = Accommodation { $number }
profile-accommodation-kind = Kind
profile-review-date = Review date
profile-remove-accommodation = Remove accommodation { $number }
profile-accommodation-iep = IEP
profile-accommodation-504 = 504 plan
profile-accommodation-el = English learner
profile-accommodation-other = Other

## Roster badges (short codes for the accommodation kinds)

profile-badge-iep = IEP
profile-badge-504 = 504
# English learner.
profile-badge-el = EL
# Another accommodation.
profile-badge-other = Accomm.
profile-badge-home-language = Home language: { $language }

## ProfileContacts

profile-contacts = Family contacts
profile-add-contact = Add contact
profile-no-contacts = No family contacts recorded.
profile-contact-n = Contact { $number }
profile-contact-n-named = Contact { $number }: { $name }
profile-contact-name = Name
profile-contact-relationship = Relationship
profile-contact-relationship-placeholder = e.g. Mother
profile-contact-phone = Phone
profile-contact-email = Email
profile-contact-language = Preferred language
profile-remove-contact = Remove contact { $number }
