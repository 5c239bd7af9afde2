//! Validation primitives: every text a teacher or a file supplies passes through here.
//!
//! Each function takes the input field's key path (as the UI names it, for example
//! `familyContacts.0.name`), so an error can be shown next to the field it concerns, and the
//! field's label as a message (`msg!("core-label-given-name")`), so the sentence names the
//! field in the teacher's language.

use chrono::NaiveDate;

use crate::messages::{Message, MessageArg};
use crate::{Error, Result, msg};

/// Longest name (given, family, preferred, class): generous for real names, small enough to
/// print on a group card.
pub const NAME_MAX: usize = 100;
/// Longest short text (subject, grade, relationship, language, phone).
pub const SHORT_MAX: usize = 100;
/// Longest item in a list such as strengths.
pub const ITEM_MAX: usize = 200;
/// Most items in one list.
pub const LIST_MAX: usize = 30;
/// Longest free-text note.
pub const NOTES_MAX: usize = 4000;
/// Longest competency label (here rather than in `competency` so conflict review's limits
/// in [`crate::table`] need no domain module).
pub const COMPETENCY_LABEL_MAX: usize = 160;
/// Longest competency statement.
pub const STATEMENT_MAX: usize = 4000;
/// Longest evidence note or override reason.
pub const EVIDENCE_NOTE_MAX: usize = 1000;
/// Most accommodations or family contacts per student.
pub const ENTRIES_MAX: usize = 10;

/// Trims `value` and checks it: non-empty when `required`, at most `max` characters, and no
/// control characters (a name with a line break would break every printout).
pub fn text(
    field: &str,
    label: impl Into<Message>,
    value: &str,
    required: bool,
    max: usize,
) -> Result<String> {
    let label = label.into();
    let v = value.trim();
    if required && v.is_empty() {
        return Err(Error::invalid(field, blank(label)));
    }
    let len = v.chars().count();
    if len > max {
        return Err(Error::invalid(field, too_long(label, len, max)));
    }
    if v.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            msg!("core-no-line-breaks", label = label),
        ));
    }
    Ok(v.to_owned())
}

/// Like [`text`] but allows line breaks and tabs, for notes.
pub fn notes(field: &str, label: impl Into<Message>, value: &str, max: usize) -> Result<String> {
    let label = label.into();
    let v = value.trim();
    let len = v.chars().count();
    if len > max {
        return Err(Error::invalid(field, too_long(label, len, max)));
    }
    if v.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(Error::invalid(
            field,
            msg!("core-control-characters", label = label),
        ));
    }
    Ok(v.to_owned())
}

/// An optional calendar date in `YYYY-MM-DD` form, between 1900 and 2100. Empty means none.
pub fn date(field: &str, label: impl Into<Message>, value: &str) -> Result<String> {
    let label = label.into();
    let v = value.trim();
    if v.is_empty() {
        return Ok(String::new());
    }
    let shown: String = v.chars().take(40).collect();
    let bad = || {
        Error::invalid(
            field,
            msg!("core-not-a-date", label = label.clone(), value = &shown),
        )
    };
    let well_formed = v.len() == 10
        && v.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(bad());
    }
    let d = NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| bad())?;
    let year = v[..4].parse::<i32>().map_err(|_| bad())?;
    if !(1900..=2100).contains(&year) {
        return Err(Error::invalid(
            field,
            msg!(
                "core-date-out-of-range",
                label = label,
                value = &shown,
                from = 1900,
                to = 2100
            ),
        ));
    }
    Ok(d.format("%Y-%m-%d").to_string())
}

/// A list of short texts: each trimmed, blanks dropped, exact repeats dropped, each at most
/// [`ITEM_MAX`] characters, at most [`LIST_MAX`] items.
pub fn list(field: &str, label: impl Into<Message>, items: &[String]) -> Result<Vec<String>> {
    let label = label.into();
    let mut out: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let v = text(
            &format!("{field}.{i}"),
            label.clone(),
            item,
            false,
            ITEM_MAX,
        )?;
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    }
    if out.len() > LIST_MAX {
        return Err(Error::invalid(
            field,
            msg!(
                "core-too-many-entries",
                label = label,
                count = out.len(),
                max = LIST_MAX
            ),
        ));
    }
    Ok(out)
}

/// An optional email address: empty, or one `@` with text on both sides and no spaces.
pub fn email(field: &str, value: &str) -> Result<String> {
    let v = text(field, msg!("core-label-email"), value, false, 200)?;
    if v.is_empty() {
        return Ok(v);
    }
    let ok = match v.split_once('@') {
        Some((user, host)) => {
            !user.is_empty() && host.contains('.') && !host.contains('@') && !v.contains(' ')
        }
        None => false,
    };
    if ok {
        Ok(v)
    } else {
        Err(Error::invalid(field, msg!("core-not-an-email", value = v)))
    }
}

/// A required date: [`date`], and blank refused.
pub fn required_date(field: &str, label: impl Into<Message>, value: &str) -> Result<String> {
    let label = label.into();
    let d = date(field, label.clone(), value)?;
    if d.is_empty() {
        return Err(Error::invalid(field, blank(label)));
    }
    Ok(d)
}

/// `A`, `A and B`, `A, B and C` as a message, so the joining words are in the reader's
/// language. Built from the end: `A, (B and C)`.
pub fn name_list<S: Clone + Into<MessageArg>>(items: &[S]) -> Message {
    match items {
        [] => msg!("core-names-one", name = ""),
        [one] => msg!("core-names-one", name = one.clone()),
        [init @ .., last] => {
            let mut head = msg!("core-names-one", name = init[init.len() - 1].clone());
            for item in init[..init.len() - 1].iter().rev() {
                head = msg!("core-names-comma", head = item.clone(), rest = head);
            }
            msg!("core-names-and", head = head, last = last.clone())
        }
    }
}

/// "`label` can't be blank.": the sentence for a required field left empty.
pub fn blank(label: Message) -> Message {
    msg!("core-blank", label = label)
}

/// "`label` is too long (`len` characters); the limit is `max`."
pub fn too_long(label: Message, len: usize, max: usize) -> Message {
    msg!("core-too-long", label = label, len = len, max = max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(e: Error) -> String {
        match e {
            Error::Invalid { field, .. } => field,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn names_are_trimmed_and_blank_names_rejected() {
        assert_eq!(
            text(
                "givenName",
                msg!("core-label-given-name"),
                "  Ana ",
                true,
                NAME_MAX
            ),
            Ok("Ana".into())
        );
        let e = text(
            "givenName",
            msg!("core-label-given-name"),
            "   ",
            true,
            NAME_MAX,
        )
        .expect_err("must be rejected");
        assert_eq!(
            e.to_string(),
            "Given name can't be blank.",
            "the message must name the field"
        );
        assert_eq!(
            field_of(e),
            "givenName",
            "the error must point at the field"
        );
    }

    #[test]
    fn a_blank_name_travels_as_an_id_with_the_field_label_as_a_clause() {
        let e = text(
            "givenName",
            msg!("core-label-given-name"),
            " ",
            true,
            NAME_MAX,
        )
        .expect_err("must be rejected");
        let m = e.message();
        assert_eq!(
            m.id, "core-blank",
            "the UI renders the sentence from the catalog"
        );
        assert_eq!(
            m.args.get("label"),
            Some(&msg!("core-label-given-name").into()),
            "the field's name is a message too, so it shows in the teacher's language"
        );
    }

    #[test]
    fn name_lists_join_with_commas_and_a_final_and() {
        assert_eq!(
            name_list(&["Ana", "Ben", "Cy"]).to_string(),
            "Ana, Ben and Cy",
            "three names read as English prose"
        );
        assert_eq!(
            name_list(&["Ana"]).to_string(),
            "Ana",
            "one name stands alone"
        );
    }

    #[test]
    fn a_ten_thousand_character_name_is_rejected_with_its_length() {
        let e = text(
            "familyName",
            msg!("core-label-family-name"),
            &"x".repeat(10_000),
            true,
            NAME_MAX,
        )
        .expect_err("must be rejected");
        assert_eq!(
            e.to_string(),
            "Family name is too long (10000 characters); the limit is 100.",
            "the teacher needs to know how far over the limit they are"
        );
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let name = "é".repeat(NAME_MAX);
        assert!(
            text("n", msg!("core-label-name"), &name, true, NAME_MAX).is_ok(),
            "accented names must not be penalised"
        );
    }

    #[test]
    fn control_characters_are_rejected_in_names_but_newlines_allowed_in_notes() {
        assert!(
            text("n", msg!("core-label-name"), "Ana\nRuiz", true, NAME_MAX).is_err(),
            "a name is one line"
        );
        assert_eq!(
            notes("notes", msg!("core-label-notes"), "a\nb", NOTES_MAX),
            Ok("a\nb".into()),
            "notes are prose"
        );
    }

    #[test]
    fn dates_must_be_real_calendar_dates() {
        assert_eq!(
            date("birthDate", msg!("core-label-birth-date"), "2014-02-28"),
            Ok("2014-02-28".into())
        );
        assert_eq!(
            date("birthDate", msg!("core-label-birth-date"), ""),
            Ok(String::new()),
            "no date is allowed"
        );
        for bad in [
            "2014-02-30",
            "2014-13-01",
            "14-02-01",
            "2014/02/01",
            "2014-2-1",
            "tomorrow",
            "1850-01-01",
        ] {
            let e = date("birthDate", msg!("core-label-birth-date"), bad)
                .expect_err("must be rejected");
            assert_eq!(
                field_of(e),
                "birthDate",
                "{bad} must be rejected against the field"
            );
        }
    }

    #[test]
    fn lists_drop_blanks_and_repeats_and_name_the_bad_item() {
        let items = vec![
            " fractions ".to_string(),
            "".into(),
            "fractions".into(),
            "ratios".into(),
        ];
        assert_eq!(
            list("strengths", msg!("core-label-strength"), &items),
            Ok(vec!["fractions".into(), "ratios".into()])
        );
        let long = vec!["ok".into(), "y".repeat(ITEM_MAX + 1)];
        assert_eq!(
            field_of(
                list("strengths", msg!("core-label-strength"), &long)
                    .expect_err("must be rejected")
            ),
            "strengths.1"
        );
        let many: Vec<String> = (0..=LIST_MAX).map(|i| i.to_string()).collect();
        assert_eq!(
            field_of(
                list("strengths", msg!("core-label-strength"), &many)
                    .expect_err("must be rejected")
            ),
            "strengths"
        );
    }

    #[test]
    fn emails_need_an_at_and_a_domain() {
        assert!(email("e", "ana@example.org").is_ok());
        assert!(email("e", "").is_ok(), "email is optional");
        for bad in ["ana", "@example.org", "ana@example", "a b@example.org"] {
            assert!(email("e", bad).is_err(), "{bad} must be rejected");
        }
    }
}
