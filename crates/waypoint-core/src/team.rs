//! The school team's reflection tool on personalized learning: four themes, a few
//! approaches under each with what they look like in a classroom, and three questions the
//! team answers together. The content is written for Waypoint and lives here as constants;
//! only the team's notes and answers are data (see [`TEAM_REFLECTION`]
//! and [`TEAM_APPROACH_NOTE`]).
//!
//! Approach ids are stable ("what.competency-based"): notes are stored against them, so
//! an id must never be reused for a different approach. A wording change is fine.

use serde::{Deserialize, Serialize};

use crate::ids::TeamReflectionId;
use crate::messages::Message;
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::{TEAM_APPROACH_NOTE, TEAM_REFLECTION};

/// Longest team name.
pub const TEAM_MAX: usize = 160;
/// Longest note on an approach ("we do this now", "this is different").
pub const NOTE_MAX: usize = 4000;
/// Longest answer to a reflection-guide question.
pub const ANSWER_MAX: usize = 8000;

/// One approach to personalized learning, under a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Approach {
    /// Stable id, `<theme key>.<slug>`.
    pub id: &'static str,
    /// The theme's heading.
    pub theme: &'static str,
    /// A short title.
    pub title: &'static str,
    /// What it looks like in a classroom.
    pub looks_like: &'static str,
}

/// The four themes, in the order the tool shows them.
pub const THEMES: [&str; 4] = [WHAT, HOW, WHEN_WHERE, ASSESSED];

const WHAT: &str = "What students learn";
const HOW: &str = "How students learn";
const WHEN_WHERE: &str = "When and where students learn";
const ASSESSED: &str = "How learning is assessed and recognized";

/// Every approach, grouped by theme in [`THEMES`] order.
pub const APPROACHES: &[Approach] = &[
    Approach {
        id: "what.competency-based",
        theme: WHAT,
        title: "Competency-based progressions",
        looks_like: "Learning is laid out as a clear sequence of competencies. Students can see which ones they have shown, which one they are working on now, and what comes next. A student who already shows a competency moves on; one who needs more time gets it, instead of moving on with gaps.",
    },
    Approach {
        id: "what.learner-profiles",
        theme: WHAT,
        title: "Learner profiles and goals",
        looks_like: "Each student has a profile of strengths, needs, interests and hopes that the teacher and the student keep up to date. Students set goals with the teacher, write down their steps, and check in on them often. Lessons and projects draw on what the profiles say.",
    },
    Approach {
        id: "what.relevant",
        theme: WHAT,
        title: "Learning connected to students' lives",
        looks_like: "Tasks connect to students' interests, communities and future plans. Students can choose a topic, a text or a real audience for their work, while still working on the same competencies as their classmates.",
    },
    Approach {
        id: "how.voice-choice",
        theme: HOW,
        title: "Student voice and choice",
        looks_like: "Students choose among activities, ways to practise and ways to show what they know, often from a playlist or a choice board. They help shape classroom routines and explain why they chose what they chose.",
    },
    Approach {
        id: "how.small-groups",
        theme: HOW,
        title: "Small-group instruction from data",
        looks_like: "The teacher uses recent evidence to pull small groups for targeted teaching, and regroups often as students grow. Groups are flexible: nobody stays in the same group all year.",
    },
    Approach {
        id: "how.flexible-pacing",
        theme: HOW,
        title: "Flexible pacing",
        looks_like: "Students move through material at a pace that fits them. Some speed up, some slow down and revisit, and the teacher watches progress closely so that nobody is left behind or held back.",
    },
    Approach {
        id: "how.collaboration",
        theme: HOW,
        title: "Learning with and from peers",
        looks_like: "Students work in pairs and teams, explain their thinking to each other and give one another feedback. Rotations mix independent work, group work and time with the teacher.",
    },
    Approach {
        id: "when.flexible-time",
        theme: WHEN_WHERE,
        title: "Flexible time in the school day",
        looks_like: "The schedule has blocks that students use for what they need most: extra help, going deeper, finishing a project. Time is adjusted to learning, not the other way round.",
    },
    Approach {
        id: "when.flexible-space",
        theme: WHEN_WHERE,
        title: "Flexible learning spaces",
        looks_like: "The room is arranged in zones (a teacher table, quiet work spots, group tables) and students know when and how to move between them. The space changes with the task.",
    },
    Approach {
        id: "when.anywhere",
        theme: WHEN_WHERE,
        title: "Anywhere learning and extended learning",
        looks_like: "Learning continues outside the classroom and outside school hours: at home, in the community, in internships or online. Learning done elsewhere counts when students show what they learned.",
    },
    Approach {
        id: "assessed.mastery",
        theme: ASSESSED,
        title: "Mastery-based assessment",
        looks_like: "Students show a competency when they are ready, and can try again after more learning. Grades and reports describe what students can do on each competency rather than averaging points over time.",
    },
    Approach {
        id: "assessed.portfolios",
        theme: ASSESSED,
        title: "Portfolios and exhibitions",
        looks_like: "Students collect their best work with a reflection on each piece and present it to classmates, families or the community. Conferences are often led by the student, using the portfolio.",
    },
    Approach {
        id: "assessed.self-assessment",
        theme: ASSESSED,
        title: "Self-assessment and reflection",
        looks_like: "Students regularly rate their own progress against the competencies, reflect on what helped and what was hard, and compare their view with the teacher's. Reflection is a routine, not an extra.",
    },
    Approach {
        id: "assessed.feedback",
        theme: ASSESSED,
        title: "Timely, specific feedback",
        looks_like: "Students get feedback while they are still working, tied to a competency and to a next step. They act on it before the work is finished, and the teacher checks whether it helped.",
    },
];

/// The three reflection-guide questions the team answers together, in order.
pub const QUESTIONS: [&str; 3] = [
    "Which of these approaches are already strong in our school, and how do we know?",
    "Where is our practice most different from these approaches, and why?",
    "What is one change we will try next, who will lead it, and how will we know it worked?",
];

/// The approach with this id, if the tool has one.
pub fn approach(id: &str) -> Option<&'static Approach> {
    APPROACHES.iter().find(|a| a.id == id)
}

/// A team's name: required, one line.
pub fn team_name(team: &str) -> Result<String> {
    validate::text("team", msg!("core-label-team"), team, true, TEAM_MAX)
}

/// A required date for a team reflection.
pub fn team_date(date: &str) -> Result<String> {
    let d = validate::date("date", msg!("core-label-date"), date)?;
    if d.is_empty() {
        return Err(Error::invalid(
            "date",
            validate::blank(msg!("core-label-date")),
        ));
    }
    Ok(d)
}

/// A note on an approach; `field` is `now` or `different`.
pub fn approach_note(field: &str, label: impl Into<Message>, text: &str) -> Result<String> {
    validate::notes(field, label, text, NOTE_MAX)
}

/// An answer to question `question` (1 to 3): the question's number checked, the answer
/// trimmed and limited.
pub fn answer(question: u32, text: &str) -> Result<String> {
    if !(1..=QUESTIONS.len() as u32).contains(&question) {
        return Err(Error::invalid(
            "question",
            msg!(
                "core-no-such-question",
                count = QUESTIONS.len(),
                question = question
            ),
        ));
    }
    validate::notes("answer", msg!("core-label-the-answer"), text, ANSWER_MAX)
}

/// One approach with the team's notes on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamApproach {
    /// The approach's id.
    pub id: String,
    /// Its theme.
    pub theme: String,
    /// Its title.
    pub title: String,
    /// What it looks like in a classroom.
    pub looks_like: String,
    /// "We do this now", or "".
    pub now: String,
    /// "This is different from our approach", or "".
    pub different: String,
}

/// A reflection-guide question with the team's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamQuestion {
    /// The question.
    pub question: String,
    /// The answer, or "".
    pub answer: String,
}

/// A team's reflection as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamReflectionView {
    /// Its id.
    pub id: TeamReflectionId,
    /// The team.
    pub team: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Every approach of the tool, in order, with the team's notes.
    pub approaches: Vec<TeamApproach>,
    /// The three questions with the answers.
    pub questions: Vec<TeamQuestion>,
}

/// A team reflection in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamReflectionSummary {
    /// Its id.
    pub id: TeamReflectionId,
    /// The team.
    pub team: String,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// The full view from the stored parts: `notes(approach_id)` gives the team's
/// `(now, different)` for an approach, if any; `answers` are the three answers in order.
pub fn reflection_view(
    id: TeamReflectionId,
    team: String,
    date: String,
    notes: impl Fn(&str) -> Option<(String, String)>,
    answers: [String; 3],
) -> TeamReflectionView {
    TeamReflectionView {
        id,
        team,
        date,
        approaches: APPROACHES
            .iter()
            .map(|a| {
                let (now, different) = notes(a.id).unwrap_or_default();
                TeamApproach {
                    id: a.id.to_owned(),
                    theme: a.theme.to_owned(),
                    title: a.title.to_owned(),
                    looks_like: a.looks_like.to_owned(),
                    now,
                    different,
                }
            })
            .collect(),
        questions: QUESTIONS
            .iter()
            .zip(answers)
            .map(|(q, answer)| TeamQuestion {
                question: (*q).to_owned(),
                answer,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_theme_has_three_or_four_approaches_in_order() {
        for theme in THEMES {
            let n = APPROACHES.iter().filter(|a| a.theme == theme).count();
            assert!(
                (3..=4).contains(&n),
                "{theme} has {n} approaches; the tool shows 3 or 4 per theme"
            );
        }
        let order: Vec<usize> = APPROACHES
            .iter()
            .map(|a| {
                THEMES
                    .iter()
                    .position(|t| *t == a.theme)
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(
            order, sorted,
            "approaches are grouped by theme in the themes' order"
        );
    }

    #[test]
    fn approach_ids_are_unique_and_name_their_theme() {
        let ids: HashSet<&str> = APPROACHES.iter().map(|a| a.id).collect();
        assert_eq!(
            ids.len(),
            APPROACHES.len(),
            "notes are stored by id, so ids must be unique"
        );
        for a in APPROACHES {
            let prefix = a.id.split('.').next().unwrap_or_default();
            let theme_of_prefix = APPROACHES
                .iter()
                .filter(|b| b.id.starts_with(&format!("{prefix}.")))
                .all(|b| b.theme == a.theme);
            assert!(
                theme_of_prefix,
                "{} shares a prefix with another theme's approach",
                a.id
            );
            assert!(
                !a.title.is_empty() && a.looks_like.len() > 80,
                "{} needs a title and a real description of the classroom",
                a.id
            );
            assert_eq!(approach(a.id), Some(a), "{} is found by its id", a.id);
        }
        assert_eq!(approach("what.nope"), None, "an unknown id finds nothing");
    }

    #[test]
    fn answers_are_numbered_one_to_three() {
        assert!(answer(1, "x").is_ok(), "question 1 exists");
        assert!(answer(3, "x").is_ok(), "question 3 exists");
        for q in [0, 4] {
            match answer(q, "x") {
                Err(Error::Invalid { field, .. }) => {
                    assert_eq!(field, "question", "question {q} is refused on its number")
                }
                other => panic!("question {q} must be refused, got {other:?}"),
            }
        }
        assert!(
            answer(1, &"x".repeat(ANSWER_MAX + 1)).is_err(),
            "answers have a limit"
        );
        assert!(team_name(" ").is_err(), "a team needs a name");
        assert!(team_date("").is_err(), "a team reflection needs a date");
    }

    #[test]
    fn the_view_has_every_approach_and_all_three_questions() {
        let v = reflection_view(
            TeamReflectionId::mint(1, [0; 10]),
            "Grade 6".into(),
            "2026-03-02".into(),
            |id| (id == "how.flexible-pacing").then(|| ("Yes".to_owned(), "No".to_owned())),
            ["a".into(), String::new(), "c".into()],
        );
        assert_eq!(
            v.approaches.len(),
            APPROACHES.len(),
            "every approach is shown, noted or not"
        );
        let noted: Vec<&TeamApproach> = v.approaches.iter().filter(|a| !a.now.is_empty()).collect();
        assert_eq!(noted.len(), 1, "only the noted approach carries notes");
        assert_eq!(noted[0].different, "No", "both notes are kept");
        assert_eq!(v.questions.len(), 3, "the three questions are always shown");
        assert_eq!(v.questions[2].answer, "c", "answers follow their question");
    }
}
