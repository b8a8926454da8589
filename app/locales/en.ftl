# Translation status: source.
# The user interface in English: the source every translation follows.
# Message ids are `section-key`; `{ $name }` is a value the code fills in.
# Counts choose their plural form by CLDR rules: `{ $n -> [one] ... *[other] ... }`.

## site

site-name = UN E-Government Survey
site-service = Member States Questionnaire
site-skip = Skip to main content
site-languages = Language
site-footer = United Nations Department of Economic and Social Affairs (UN DESA), Division for Public Institutions and Digital Government.

## choose

choose-title = Choose your Member State
choose-lead = Answers are saved as a draft for your Member State. You can come back and continue at any time, from any computer.
choose-label = Member State
choose-hint = Listed in English alphabetical order.
choose-placeholder = Select a Member State
choose-edition = Edition
choose-continue = Continue
choose-required = Select your Member State
choose-your_name = Your name
choose-your_name_hint = Shown to your colleagues next to the answers you change.

## home

home-earlier_title = Earlier editions
home-earlier_status = Your response: { $status }.
home-earlier_pdf = signed PDF
home-title = { $country }: { $edition }
home-progress = You have answered { $answered } of { $total } questions.
home-sections_done = { $done } of { $total } sections completed.
home-tasks = Sections
home-status_not_started = Not started
home-status_in_progress = In progress
home-status_completed = Completed
home-status_problems = Has problems
home-status_to_confirm = To confirm
home-check = Check your answers
home-intro_title = Introduction and authorization
home-download_json = Download the draft as a response file (JSON)
home-download_json_locked = Download the answers as a response file (JSON)
home-change_country = Choose another Member State

## section

section-too_many_rows = Question { $question } takes at most { $max } rows; this form sent { $posted }. Nothing on this page was saved: go back, remove the rows you do not need, and save again.
section-too_long = An answer to question { $question } has { $chars } characters; at most { $max } fit. Nothing on this page was saved: go back, shorten it, and save again.
section-too_many_choices = Question { $question } was sent { $posted } ticked boxes, more than it has. Nothing on this page was saved: reload the page and save again.
section-recent = Changed on this page in the last two days by:
section-recent_item = { $who } at { $when }
section-save_continue = Save and continue
section-save = Save draft
section-back_home = Back to the sections
section-saved = Your answers have been saved.
section-saved_with_problems = Your answers have been saved. Some need correcting before you can submit: see the list above.
section-notes = Notes
section-footnote_ref = Note { $id }
section-unsaved_hint = Your answers are saved when you select “Save draft” or “Save and continue”.
section-autosaving = Saving…
section-autosaved = Saved at { $time }
section-autosave_failed = Not saved yet: the connection failed. Your typing is kept on this page and in this browser, and is sent as soon as the connection is back.
section-autosave_conflict = { $who } saved another answer to this question at { $at }: “{ $theirs }”. Yours is still here: select “Save draft” to see both and choose.
section-autosave_conflict_status = Not saved: someone else changed an answer on this page meanwhile. See the message beside it.
section-kept_offer = This browser kept changes to this page from { $at } that did not reach the server.
section-kept_restore = Put them back and save
section-kept_discard = Discard them
section-not_asked = Answer this only if you answered “{ $value }” to { $question }.
section-unsent = You did not answer “{ $value }” to { $question }, so this answer will not be sent: change that answer, or clear this one.
section-page_of = Page { $n } of { $total }
section-previous = Previous

## field

field-yes = Yes
field-no = No
field-add_url = Add another URL
field-add_for = for { $what }
field-date_day = Day
field-date_month = Month
field-date_year = Year
field-date_hint = For example, 31 3 2020 (the month may be written as a word).
field-add_row = Add another
field-remove = Remove
field-remove_row = Remove { $what } { $n }
field-url = URL { $n }
field-url_word = URL
field-row = Entry { $n }
field-none = None: there is no such portal
field-other_text = Please specify
field-percent = Percentage
field-percent_number = Percentage (a number)
field-percent_suffix = %
field-percent_hint = A number from 0 to 100; decimals are allowed, for example 42.5
field-number_hint = A number in figures, like 5000 or 12.5.
field-number_whole_hint = A whole number in figures, like 5000.
field-number_range = From { $min } to { $max }.
field-number_min = At least { $min }.
field-number_max = At most { $max }.
field-number_unit = In { $unit }.
field-not_available = Not available
field-reason = Why is it not available?
field-note = Source and year (optional)
field-word_limit = Use at most { $limit } words.
field-word_count = { $count } of { $limit } words
field-words_over = You have { $over } words too many
field-not_answered = Not answered
field-none_answer = None
field-unticked = Not selected

## errors

errors-unknown_language = “{ $code }” is not a language of this service. It speaks: { $codes }.
errors-summary_title = There is a problem
errors-error_prefix = Error:
errors-conflict_title = Someone else changed this answer while you were editing
errors-conflict_body = { $who } saved it at { $time }. Your answer is kept below and was not saved. To keep yours, select Save again; to keep theirs, change yours to match.
errors-conflict_theirs = Their answer:
errors-conflict_cleared = They cleared this answer.
errors-not_found_title = Page not found
errors-not_found_body = If you typed the web address, check it is correct.
errors-unknown_country = “{ $code }” is not the code of a UN Member State.
errors-unknown_edition = There is no questionnaire edition “{ $edition }”.
errors-unknown_page = This questionnaire has no section “{ $page }”.
errors-bad_request_title = Something in the request was not right
errors-server_title = Sorry, there is a problem with the service
errors-server_body = Your answers that were saved are safe. Try again later.
errors-corrupt_body = Stored data could not be read, so this page is not shown rather than shown wrong: { $what }. Nothing was changed. Tell UN DESA (the problem is recorded in the server's log).
errors-back = Go back to the start
errors-conflict_page_title = This cannot be done now
errors-question_ref = Question { $n }
errors-sign_in_title = Sign in to continue
errors-sign_in_body = This page is for signed-in users. Sign in with your e-mail address and password.
errors-forbidden_title = You cannot open this page
errors-forbidden_body = Your account does not give access to this page. If you think it should, ask UN DESA.
errors-too_many_title = Too many attempts
errors-busy_title = The service is busy
errors-busy_body = Many people are signing in at this moment. Wait a few seconds, then send the form again; nothing you typed elsewhere is lost.
errors-cross_site_title = This form came from another site
errors-cross_site_body = For your safety, forms are accepted only from this site's own pages. Go back to the page, reload it, and send the form again.
errors-body_too_large = This page is too large to save (over 2 MB). Nothing on it was saved: go back, shorten the longest answers or remove rows, and save again.
errors-body_incomplete = The page did not arrive whole (the connection may have dropped). Nothing on it was saved: go back and save again.
errors-query_unreadable = This web address has a part the page cannot read. Check the address, or go back and use the page's own links and buttons.
errors-form_unreadable = The form could not be read. Go back to the page, reload it, and send the form again; if it happens again, tell UN DESA.

## validation

validation-required = Answer this question
validation-required_part = Enter the { $part }
validation-invalid_url = Enter a full web address starting with https:// or http://, like https://www.example.gov
validation-invalid_email = Enter an email address in the correct format, like name@example.gov
validation-invalid_phone = Enter a phone number in international format, starting with + and the country code, like +41 22 917 1234
validation-invalid_date = Enter a real date: the day, the month and the year in four figures, like 31 3 2020
validation-not_a_number = Enter the percentage as a number, like 42.5
validation-percent_range = Enter a percentage from 0 to 100
validation-invalid_number = Enter a number in figures, like 5000 or 12.5 (no words such as “about”)
validation-not_whole_number = Enter a whole number, like 5000
validation-number_below = Enter a number of at least { $min }
validation-number_above = Enter a number of at most { $max }
validation-too_many_words = You have { $over } words too many
validation-reason_required = Say why the figure is not available
validation-name_required = Enter the name that goes with this web address
validation-other_required = Say what “Other” is
validation-unknown_value = “{ $value }” is not one of the choices
validation-carried_unconfirmed = Confirm or change the answer carried over from { $edition }

## carry

carry-tag_unconfirmed = From { $edition }: confirm or change
carry-tag_confirmed = From { $edition }, confirmed unchanged
carry-tag_changed = Changed since { $edition }
carry-reworded = The question has changed since { $edition }: check that the answer still fits it.
carry-confirm = Confirm this answer
carry-confirm_hidden = carried over from { $edition }, to { $what }
carry-confirm_page = Confirm all answers from { $edition } on this page
carry-page_lead =
    { $count ->
        [one] { $count } answer on this page was carried over from { $edition }. Confirm each one that still holds, or change it; you cannot submit until every one is confirmed or changed.
       *[other] { $count } answers on this page were carried over from { $edition }. Confirm each one that still holds, or change it; you cannot submit until every one is confirmed or changed.
    }
carry-confirmed = Confirmed: the answers stay as they were in { $edition }.
carry-offer_title = Start from your { $edition } answers
carry-offer_lead =
    { $count ->
        [one] Your { $edition } response (version { $version }, submitted { $at }) answers { $count } question that is asked again. Copy that answer into this questionnaire, then confirm or change each one before you submit. Answers you have already typed here are kept. The date of the response and the authorization to publish are not copied: give them anew.
       *[other] Your { $edition } response (version { $version }, submitted { $at }) answers { $count } questions that are asked again. Copy those answers into this questionnaire, then confirm or change each one before you submit. Answers you have already typed here are kept. The date of the response and the authorization to publish are not copied: give them anew.
    }
carry-offer_button = Copy my { $edition } answers
carry-done =
    { $count ->
        [one] { $count } answer was copied from { $edition }. Each is marked “From { $edition }: confirm or change”.
       *[other] { $count } answers were copied from { $edition }. Each is marked “From { $edition }: confirm or change”.
    }
carry-done_dropped =
    { $count ->
        [one] { $count } answer of { $edition } was not copied: the date of the response and the authorization to publish are given anew in each edition, and an answer to a question no longer asked (or that no longer fits it) stays with { $edition }.
       *[other] { $count } answers of { $edition } were not copied: the date of the response and the authorization to publish are given anew in each edition, and an answer to a question no longer asked (or that no longer fits it) stays with { $edition }.
    }
carry-done_kept =
    { $count ->
        [one] { $count } question you had already answered was left as you typed them.
       *[other] { $count } questions you had already answered were left as you typed them.
    }
carry-to_confirm =
    { $count ->
        [one] { $count } answer carried over from { $edition } still to confirm or change.
       *[other] { $count } answers carried over from { $edition } still to confirm or change.
    }
carry-nothing = There is no submitted response of { $country } to the previous edition to start from.
carry-already = The { $edition } answers were already copied into this questionnaire.
carry-locked = The response is { $status }: nothing was copied.
carry-column_note = carried: whether an answer was carried over from the previous edition and then confirmed unchanged or changed (empty: answered in this edition).

## check

check-unsent_title = Answers that will not be sent ({ $count })
check-to_confirm =
    { $count ->
        [one] { $count } answer carried over from the previous edition is still to confirm or change.
       *[other] { $count } answers carried over from the previous edition are still to confirm or change.
    }
check-title = Check your answers
check-lead = Review every answer before you submit. Select “Change” to edit an answer.
check-change = Change
check-change_hidden = answer to { $what }
check-problems =
    { $count ->
        [one] { $count } answer needs correcting.
       *[other] { $count } answers need correcting.
    }
check-missing =
    { $count ->
        [one] { $count } required answer is missing.
       *[other] { $count } required answers are missing.
    }
check-ready = All required answers are given.
check-cannot_submit = You cannot submit yet
check-submit_title = Submit your response
check-submit_lead = Submitting freezes these answers as a numbered version that UN DESA receives. The response is then locked: nobody can change it while UN DESA reviews it. If UN DESA returns it for revision, you change the answers and submit again, as a new version.
check-locked_submitted = These answers are submitted and with UN DESA for review, so they cannot be changed here (there are no “Change” links). If UN DESA returns the response for revision, you can change them again.
check-locked_accepted = UN DESA has accepted this response, so its answers cannot be changed (there are no “Change” links).
check-locked_closed = The { $edition } questionnaire is closed, so its answers cannot be changed (there are no “Change” links).
check-read_only = You can read these answers; only the Member State's respondents change them.
check-submit = Submit the response

## import

import-unknown_field = unknown question id "{ $id }"
import-bad_shape = { $id }: { $message }

## version

version-undescribed_title = Stored answers not described by this edition
version-undescribed_body = These answers are stored with this version, but the edition's questions no longer describe them (a question removed or changed since). They are shown and exported exactly as stored.
version-title = Version { $version }
version-submitted_title = Response submitted
version-submitted_body = Version { $version } of the response of { $country } has been submitted.
version-edition = Edition
version-member_state = Member State
version-version = Version
version-submitted_at = Submitted at
version-submitted_by = Submitted by
version-sha256 = SHA-256 of the answers
version-download_json = Download this version's answers (JSON)
version-versions = Submitted versions
version-draft_after = Changes made after version { $version } are not submitted yet.
version-latest = Version { $version }, submitted { $at }
version-unknown = This response has no version { $version }.
version-unchanged = Nothing has changed since version { $version }: it stands as submitted.
version-concurrent = Someone else submitted this response at the same moment. Check the latest version, then submit again if needed.

## pdf

pdf-header = { $country } · MSQ edition { $edition } · version { $version }
pdf-page_of = Page { $page } of { $pages }
pdf-unanswered = Unanswered
pdf-not_asked = Not asked (it follows from another answer)
pdf-not_submitted = Not submitted (draft)
pdf-draft = draft, not submitted
pdf-signature_title = Electronic signature
pdf-signed_by = Signed by
pdf-signed_at = Signed at
pdf-download = Download the signed PDF

## verify

verify-checked = Checked: { $name } ({ $bytes } bytes).
verify-unnamed = a file without a name
verify-file_sha256 = SHA-256 of the file:
verify-title = Check a submission PDF
verify-lead = Upload a PDF of a Member States Questionnaire submission to learn whether it is authentic and unmodified, and which submission it is. The file is checked and then discarded.
verify-label = PDF file
verify-hint = The signed PDF downloaded from this system, at most 20 MB.
verify-button = Check the PDF
verify-time_stamp = Time-stamped
verify-authentic_title = Authentic and unmodified
verify-authentic_body = This is the signed PDF of version { $version } of the response of { $country }, exactly as this system issued it.
verify-not_archived_title = Signed by this system, but not an issued submission
verify-not_archived_body = The signature by { $signer } is valid and the file has not been changed since it was signed, but it is not one of the submission PDFs this system issued (for example, a PDF made from a response file on the command line).
verify-other_signer_title = Not signed by this system
verify-other_signer_body = The file carries a valid signature by { $signer }, which is not this system's certificate.
verify-invalid_title = Not an authentic submission
verify-no_file = Choose a PDF file to check.
verify-too_large = The file is larger than 20 MB: it is not a submission PDF.
verify-unreadable_upload = The upload could not be read. Choose the PDF file again and resend it.

## account

account-forgot = Forgot your password?
account-reset_title = Choose a new password
account-reset_lead = Type the e-mail address of your account. We will send a link (valid { $hours } hours, once) where you choose a new password.
account-reset_button = Send the link
account-reset_sent = If there is an account for this address, a link to choose a new password is on its way. Check your e-mail.
account-reset_subject = Choose a new password for the Member States Questionnaire
account-reset_body =
    Someone (hopefully you) asked to choose a new password for your account of the UN E-Government Survey Member States Questionnaire.
    {""}
    Choose it here (the link works once, for { $hours } hours):
    { $link }
    {""}
    If you did not ask, ignore this message: your password stays as it is.
account-invitation_subject = You are invited to the Member States Questionnaire
account-invitation_body =
    Hello { $name },
    {""}
    { $by } invited you to the UN E-Government Survey Member States Questionnaire as { $role }{ $country }.
    {""}
    Choose your password here (the link works once, for 14 days):
    { $link }
    {""}
account-sign_in_title = Sign in
account-sign_in_lead = Sign in with the e-mail address your invitation was sent to.
account-email = E-mail address
account-password = Password
account-sign_in_button = Sign in
account-sign_in_failed = The e-mail address or the password is not right.
account-rate_limited_account = Too many failed sign-ins for this account. Wait 15 minutes, then try again, or ask for a password reset.
account-rate_limited_address = Too many failed sign-ins from your network. Wait 15 minutes, then try again.
account-rate_limited_reset = Too many password reset requests from your network. Wait 15 minutes, then try again.
account-bad_email = Type your e-mail address as it appears in your invitation, for example name@ministry.gov.
account-sign_out = Sign out
account-signed_out = You have signed out.
account-link_title = Choose your password
account-link_lead = Your account: { $email }. Choose a password of at least { $min } characters; a long phrase is easier to remember and harder to guess.
account-new_password = New password
account-confirm_password = The same password again
account-save_password = Save the password and sign in
account-link_invalid_title = This link cannot be used
account-link_invalid_body = The link is unknown, was already used or replaced by a newer one, or is too old (invitations last 14 days, password resets { $hours } hours). Ask UN DESA or your administrator for a new one, or ask for a new password reset.
account-password_too_short = Use at least { $min } characters.
account-password_too_long = Use at most { $max } characters.
account-password_mismatch = The two passwords are not the same.

## audit

audit-staff_title = Audit trail of UN DESA accounts
audit-staff_lead = Sign-ins, invitations and account changes of accounts without a Member State, latest first ({ $shown } of { $total } on this page; the CSV has them all). Each Member State's trail is on its own page.
audit-account_disabled = Account disabled
audit-account_enabled = Account enabled
audit-invitation = Invited
audit-invitation_resent = Invitation sent again
audit-role_changed = Role changed
audit-two_factor_reset = Second factor reset by an administrator
audit-two_factor_reenrolled = Second factor set up again
audit-recovery_codes_renewed = New recovery codes made
audit-api_token_renewed = API token renewed
audit-two_factor_on = Two-factor sign-in turned on
audit-reset_requested = Password reset asked
audit-reset_refused = Password reset requests refused (too many)
audit-newer = Newer entries
audit-older = Older entries
audit-pages = Pages of the audit trail
audit-bad_page = The page number must be a whole number from 1.
audit-title = Audit trail
audit-lead = Every answer change, sign-in, submission and download for this Member State, latest first ({ $shown } of { $total } on this page; the CSV has them all).
audit-download = Download the audit trail (CSV)
audit-caption = Audit trail, latest first
audit-at = When (UTC)
audit-who = Who
audit-what = What
audit-question = Question
audit-old = Old value
audit-new = New value
audit-detail = Detail
audit-answer_changed = Answer changed
audit-sign_in = Signed in
audit-sign_in_failed = Sign-in failed
audit-sign_out = Signed out
audit-password_set = Password set
audit-account_created = Account created
audit-submission = Submitted
audit-download_event = Downloaded
audit-reviewer_assigned = Reviewer assigned
audit-reviewer_unassigned = Reviewer taken off
audit-query_raised = Query raised
audit-query_reply = Reply to a query
audit-query_resolved = Query resolved
audit-returned = Returned for revision
audit-accepted = Accepted
audit-reopened = Reopened after acceptance
audit-export = Data exported
audit-api_token_created = API token created
audit-api_token_revoked = API token revoked
audit-edition_opened = Edition opened
audit-edition_closed = Edition closed
audit-edition_drafted = Edition back to draft

## two_factor

two_factor-required_title = Set up two-factor sign-in first
two_factor-required_body = UN DESA accounts sign in with a password and a code from an authenticator app. Set it up now to continue.
two_factor-setup_title = Set up two-factor sign-in
two_factor-setup_lead = After your password, you will also type a six-digit code from an authenticator app on your phone (for example FreeOTP, Google Authenticator or Microsoft Authenticator).
two_factor-step_app = Open the authenticator app and choose to add an account.
two_factor-step_secret = Scan this QR code with the app, or enter the key (spaces do not matter), or open the link on the phone:
two_factor-qr_label = QR code of your key, for the authenticator app
two_factor-open_app = open in the authenticator app
two_factor-step_code = Type the six-digit code the app now shows.
two_factor-code = Six-digit code
two_factor-code_hint = From your authenticator app, or one of your recovery codes.
two_factor-turn_on = Turn on two-factor sign-in
two_factor-wrong_code = The code is not right. Type the code the app shows now (codes change every 30 seconds).
two_factor-on_title = Two-factor sign-in is on
two_factor-on_body = You sign in with your password and a code from your authenticator app.
two_factor-recovery_title = Your recovery codes
two_factor-recovery_lead = If you lose your phone, each of these codes signs you in once instead of an app code. Keep them somewhere safe (print them, or store them in a password manager): this is the only time they are shown.
two_factor-continue = Continue
two_factor-code_title = Enter your code
two_factor-code_lead = Type the six-digit code from your authenticator app, or one of your recovery codes.
two_factor-expired = The sign-in took too long. Sign in again with your password.
two_factor-manage_title = Keep your second factor up to date
two_factor-codes_title = New recovery codes
two_factor-codes_lead = Used some of your recovery codes, or lost them? Make ten new ones: the earlier codes stop working.
two_factor-codes_button = Make new recovery codes
two_factor-codes_done_title = Your new recovery codes
two_factor-renew_title = A new phone or authenticator app
two_factor-renew_lead = Set up two-factor sign-in again on a new device: your current app and recovery codes stop working, and you scan a new key at once.
two_factor-renew_button = Set up a new authenticator app
two_factor-confirm_code = To confirm it is you, type a code from your current authenticator app or one of your recovery codes.

## admin

admin-editions_title = Editions
admin-editions_lead = A draft edition is seen by UN DESA only (open any of its pages to preview it). An open edition is the one countries answer, between its first and last day; a closed one is read-only for them, while reviews, exports and PDFs go on. Every change is recorded in UN DESA's audit trail.
admin-editions_caption = The questionnaire editions and their state
admin-edition = Edition
admin-edition_title = Title
admin-edition_from = First day open
admin-edition_until = Last day open
admin-edition_open = Open { $edition }
admin-edition_close = Close { $edition }
admin-edition_opened = The { $edition } edition is open.
admin-edition_closed = The { $edition } edition is closed.
admin-edition_bad_day = “{ $value }” is not a date: use the date picker, or write it as 2026-01-15.
admin-state_draft = Draft
admin-preview = Preview { $edition }
admin-preview_country = As the Member State (code)
admin-sample_pdf = The PDF of an unanswered response
admin-state_open = Open
admin-state_closed = Closed
admin-users_title = Accounts
admin-users_lead = Everyone who can sign in. A disabled account cannot sign in, and its sessions end at once.
admin-users_caption = Accounts
admin-two_factor = Two-factor
admin-status = Status
admin-action = Action
admin-active = Active
admin-disabled = Disabled
admin-disable = Disable { $email }
admin-enable = Enable { $email }
admin-not_yourself = You cannot disable your own account.
admin-role_of = Role of { $email }
admin-of = of { $email }
admin-change_role = Change role
admin-reset_two_factor = Reset second factor
admin-role_changed = { $email } is now: { $role }. Their open pages follow at their next click.
admin-role_same = { $email } already has that role.
admin-role_other_side = A Member State's account cannot become a UN DESA account, or the other way round: invite the person again with the role they need (their answers and trail stay with the old account).
admin-role_yourself = You cannot change your own role: ask another administrator.
admin-two_factor_reset_done = The second factor of { $email } is reset: they set one up again at their next sign-in (their sessions have ended).
admin-no_second_factor = { $email } has no second factor to reset.
admin-audit_link = Audit trail of UN DESA accounts
admin-nav = Accounts
admin-invite_title = Invite a person
admin-invite_lead = The person receives an e-mail with a link (valid 14 days, once) where they choose their password.
admin-name = Name
admin-role = Role
admin-not_assigned = You can invite people only for the Member States assigned to you ({ $assigned }). Ask an administrator to invite for other Member States.
admin-none_assigned = none
admin-country = Member State
admin-country_hint = For respondents and focal points.
admin-no_country = None (UN DESA roles)
admin-invite_button = Send the invitation
admin-invited_title = Invitation sent
admin-invited_body = { $email } was invited.
admin-role_respondent = Respondent (a Member State's team)
admin-role_focal_point = Focal point (reads the Member State's response)
admin-role_reviewer = UN DESA reviewer
admin-role_admin = Administrator
admin-outbox_title = Outbox
admin-outbox_lead = Every e-mail this system wrote, newest first. One-time links (invitations, password resets) are removed here: they are only in the message delivered to the person (through the mail server, or, without one, as a file in the server's mail folder).
admin-mail_meta = To { $to }, { $at }

## cycle

cycle-not_started = Not started
cycle-in_progress = In progress
cycle-submitted = Submitted
cycle-returned = Returned for revision
cycle-resubmitted = Resubmitted
cycle-accepted = Accepted
cycle-status_draft = a draft
cycle-status_submitted = submitted for review
cycle-status_returned = returned for revision
cycle-status_accepted = accepted
cycle-locked_submitted = Your response has been submitted and is with UN DESA for review. You can change it again if it is returned for revision.
cycle-locked_accepted = UN DESA has accepted your response. It can no longer be changed.
cycle-edition_closed = The { $edition } questionnaire is closed: its answers can no longer be changed.
cycle-edition_closed_banner = The { $edition } questionnaire is closed. You can read your answers, versions and PDFs; they can no longer be changed.
cycle-returned_banner = UN DESA has returned your response for revision. Change what is needed, answer the queries, then submit again.
cycle-not_saved_locked = Your changes were not saved: { $reason } They are shown below so you can copy them.

## review

review-diff_between = { $from } against { $to }
review-edition_version = { $edition }, version { $version }
review-compare_with_edition = Compare with the last version of { $edition }
review-not_asked_in = Not asked in { $edition }
review-no_earlier_version = { $country } submitted no version of the { $edition } edition.
review-bad_earlier_edition = “{ $edition }” is not an earlier edition of this questionnaire.
review-dashboard_title = Review of the Member States' responses
review-dashboard_link = Review dashboard
review-api_hint = Analysis tools read the same data through the read-only API:
review-counts_label = Member States by state
review-chart_title = Progress of the Member States by UN region
review-regions_title = Progress by UN region
review-regions_table = Member States by region and state ({ $n } in all)
review-region = Region
review-total = Total
review-states_title = Member States
review-state = State
review-any = Any
review-reviewer = Reviewer
review-reviewers = Reviewers
review-nobody = Nobody assigned
review-search = Country name or code
review-sort = Sort by
review-sort_name = Name
review-sort_state = State
review-sort_region = Region
review-sort_progress = Progress
review-sort_activity = Last activity (latest first)
review-sort_queries = Open queries (most first)
review-sort_action = What needs action first
review-chart_key = Key
review-states_filter = States (none checked: all)
review-queries_answered = ({ $n } answered)
review-apply = Show
review-shown = Showing { $shown } of { $total } Member States
review-member_state = Member State
review-last_activity = Last activity (UTC)
review-open_queries = Open queries
review-percent = { $percent }% answered
review-version_n = version { $version }
review-pick = Select { $country }
review-pick_head = Select
review-assign_title = Assign a reviewer to the selected Member States
review-assign = Assign
review-unassign = Remove from the selected
review-exports_title = Exports
review-export_csv = All answers, one per line (CSV)
review-export_xlsx = One row per Member State, with the data dictionary (XLSX)
review-export_json = All responses (JSON)
review-export_dictionary = Data dictionary (CSV): every column, its question and type
review-back_dashboard = Back to the dashboard
review-back_submission = Back to the submission
review-review_caption = Review
review-review_title = { $country }: version { $version }
review-version_meta = Submitted by { $by } on { $at }.
review-open_count = Open queries: { $n }.
review-assigned = Reviewers: { $names }
review-pdf = Signed PDF of this version
review-decisions_title = Decisions and messages
review-decision_returned = Returned for revision
review-decision_accepted = Accepted
review-decision_reopened = Reopened
review-decide_title = Decide
review-return_label = Message to the country
review-return_hint = Say what needs revising. The open queries are shown to the country beside their answers.
review-return = Return for revision
review-accept_label = Message to the country (optional)
review-accept = Accept version { $version }
review-accept_open_queries =
    { $count ->
        [one] { $count } query is still open. Accepting resolves it: the country can no longer reply.
       *[other] { $count } queries are still open. Accepting resolves them: the country can no longer reply.
    }
review-accept_refused_open =
    { $count ->
        [one] This response has { $count } open query. Accepting resolves it: confirm on the next page, or settle them first.
       *[other] This response has { $count } open queries. Accepting resolves them: confirm on the next page, or settle them first.
    }
review-confirm_title = Accept version { $version }?
review-confirm_lead = Accepting locks the response: the country can no longer change it, and is told by e-mail. Only an administrator can reopen it.
review-confirm_message = Message to the country
review-confirm_no_message = No message: the e-mail says only that the response was accepted.
review-confirm_back = Back to the review of { $country }
review-confirm_cancel = Not now
review-summary_title = Summary
review-summary_open = Open queries ({ $n })
review-summary_no_open = No open queries.
review-summary_query_meta = raised on version { $version }; last message by { $by }
review-summary_changes =
    { $n ->
        [one] Changed since version { $from }: { $n } answer
       *[other] Changed since version { $from }: { $n } answers
    }
review-summary_diff = Compare version { $from } with version { $to }
review-summary_no_decisions = No decision yet.
review-your_message = Your message, not sent (copy it if you still need it):
review-resolved_on_acceptance = Resolved when the response was accepted.
review-reopen_title = Reopen the accepted response
review-reopen_label = Reason (kept in the audit trail)
review-reopen = Reopen for review
review-raise = Raise a query
review-raise_hidden = on { $what }
review-raise_label = Your query
review-raise_button = Send the query
review-query_title = Query on version { $version }
review-query_open = Open
review-query_resolved = Resolved by { $by }
review-reply_label = Your reply
review-reply = Reply
review-resolve = Mark as resolved
review-no_such_query = There is no such query on this response.
review-message_required = Enter a message.
review-message_too_long = The message must be { $max } characters or fewer.
review-wrong_state = This cannot be done now: the response is { $state }. Reload the page to see its current state.
review-diff_title = Version { $from } against version { $to }
review-diff_from = From
review-diff_to = To
review-compare = Compare
review-diff_count = Answers changed: { $n }.
review-changed = Changed
review-question = Question
review-section_changed = { $section }: { $n } changed
review-section_unchanged = { $section }: no changes
review-nothing_submitted = { $country } has not submitted a version yet. Its draft can be read from the dashboard.
review-bad_filter = The filter “{ $name }” cannot be “{ $value }”. It can be: { $allowed }.
review-empty_filter = The filter “{ $name }” is empty: leave it out for any value.
review-search_too_long = The search text can have at most { $max } characters.
review-reviewer_ids = the number of a reviewer from the list, or 0 for nobody assigned
review-assigned_done = The reviewer has been assigned.
review-unassigned_done = The reviewer has been taken off the selected Member States.
review-pick_some = Select at least one Member State in the table.
review-pick_reviewer = Choose a reviewer from the list.
review-query_sent = Your query has been sent to the country.
review-reply_sent = Your reply has been sent.
review-resolved_done = The query is resolved.
review-returned_done = The response has been returned to the country for revision.
review-accepted_done = The response has been accepted.
review-reopened_done = The response is open for review again.
review-unknown_field = The questionnaire has no answer “{ $field }”.
review-accepted_no_queries = This response is accepted: an administrator must reopen it before new queries can be raised.
review-mail_query_subject = MSQ { $edition }: UN DESA has a query on your response
review-mail_query_body =
    UN DESA has a query on the response of { $country }:
    {""}
    { $text }
    {""}
    Please reply on the query's page:
review-mail_reply_subject = MSQ { $edition }: a reply from UN DESA
review-mail_reply_body =
    { $who } wrote:
    {""}
    { $text }
    {""}
    The thread:
review-mail_country_reply_subject = MSQ: { $country } replied to a query
review-country_query_title = A query from UN DESA
review-change_answer = Change this answer
review-bad_decision = Choose “Return for revision”, “Accept” or “Reopen”.
review-not_latest = Version { $version } is no longer the latest: version { $latest } has been submitted since. Read it before deciding.
review-no_such_version = There is no version { $version } of this response: the latest is version { $latest }.
review-not_yours = You can read this response, but queries and decisions on { $country } are for its assigned reviewers and administrators. An administrator assigns reviewers on the dashboard.
review-bad_version = “{ $name }” must be a version number, not “{ $value }”.
review-mail_submitted_subject = MSQ: { $country } submitted version { $version }
review-mail_submitted_body = { $country } has submitted version { $version } of its response. It is ready for review:
review-mail_returned_subject = MSQ { $edition }: your response has been returned for revision
review-mail_returned_body =
    UN DESA has returned version { $version } of the response of { $country } for revision:
    {""}
    { $text }
    {""}
    The open queries are shown beside the answers they concern. Change what is needed, then submit again:
review-mail_accepted_subject = MSQ { $edition }: your response has been accepted
review-mail_accepted_body =
    UN DESA has accepted version { $version } of the response of { $country }.
    {""}
    { $text }
    {""}
    The response:
review-mail_reopened_subject = MSQ { $edition }: the accepted response of { $country } has been reopened
review-mail_reopened_body =
    An administrator has reopened version { $version } of the response of { $country } for review:
    {""}
    { $text }
    {""}
    The submission:
review-reply_on_page = Reply to this query
review-open_queries_title = Queries from UN DESA to answer ({ $n })

## api

api-token_missing = This API needs a personal API token: send it as “Authorization: Bearer <token>”. UN DESA staff create tokens at /account/api-tokens.
api-token_unknown = This API token is not known. Check it was copied whole, or create a new one at /account/api-tokens.
api-token_revoked = This API token has been revoked. Create a new one at /account/api-tokens.
api-token_not_allowed = The account of this API token is disabled or no longer has access to the review data.
api-nothing_submitted = { $country } has not submitted a version yet.
api-title = API tokens
api-lead = A personal API token lets an analysis tool read the review data (Member States, submitted responses, exports) through the read-only API, as you. Keep it secret; revoke it when it is no longer needed.
api-openapi = The API's description (OpenAPI)
api-created_title = Token “{ $name }” created
api-created_body = Copy it now: it is shown only this once. Send it as “Authorization: Bearer <token>”.
api-revoked_at = Revoked { $at }
api-revoke = Revoke
api-never = Never
api-renew = Renew for 90 days
api-renewed_done = The token works for 90 more days from today.
api-expires = Works until (UTC)
api-expired_on = Expired { $at }: renew it to use it again
api-days = Works for
api-days_n =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
api-bad_days = Choose how long the token works: 30, 90, 180 or 365 days.
api-copy = Copy the token
api-copied = Copied.
api-selected = The token is selected: press Ctrl+C (⌘C on a Mac) to copy it.
api-token_expired = This API token has expired. Its owner can renew it at /account/api-tokens.
api-tokens_caption = Your API tokens
api-name = Name
api-name_hint = What the token is for, e.g. “R analysis 2020”.
api-name_required = Enter a name for the token.
api-created = Created (UTC)
api-last_used = Last used (UTC)
api-state = State
api-create_title = Create a token
api-create = Create the token
api-revoked_done = The token has been revoked: it no longer works.
api-no_such_token = You have no such token.

## first_admin

first_admin-title = Make the first administrator
first_admin-lead = This installation has no account yet. Give the e-mail address and name of its first administrator; you then choose the password. Administrators invite everyone else.
first_admin-name_hint = Shown to colleagues next to what this person changes.
first_admin-button = Continue to the password
first_admin-spent = This link is not valid: the first administrator exists already. Sign in, or ask an administrator for an invitation.

## staff_nav

staff_nav-label = UN DESA
staff_nav-dashboard = Dashboard
staff_nav-member_states = Member States
staff_nav-invite = Invite a person
staff_nav-invitations = Invitations sent
staff_nav-accounts = Accounts
staff_nav-editions = Editions
staff_nav-outbox = Outbox
staff_nav-audit = Audit trail
staff_nav-api_tokens = API tokens
staff_nav-security = Sign-in security

## invitations

invitations-title = Invitations sent
invitations-lead = The people you invited (administrators see every invitation), latest first. An invitation link works once, for 14 days; sending it again makes a new link and the earlier one stops working.
invitations-caption = Invitations, latest first
invitations-none = You have not invited anyone yet.
invitations-sent = Sent (UTC), by
invitations-standing = Where it stands
invitations-waiting = Waiting (the link works until { $until })
invitations-expired = Expired: the link no longer works
invitations-accepted = Accepted
invitations-resend = Send again
invitations-to = to { $email }
invitations-resent = The invitation was sent again to { $email }, with a new link.
invitations-not_yours = Only the person who sent this invitation, or an administrator, can send it again.
invitations-already_accepted = { $email } has already accepted the invitation and chosen a password: there is nothing to send. They can use “Forgot your password?” on the sign-in page.
