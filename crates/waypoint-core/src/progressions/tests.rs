//! Readiness against a brute-force reading of its definition, testing out, credit from later
//! competencies, loops, and the order of next steps and proposed boards.

use super::*;
use crate::messages::english;
use proptest::prelude::*;
use uuid::Uuid;

fn id(n: u8) -> NodeId {
    NodeId::from_uuid(Uuid::from_bytes([n; 16]))
}

fn activity_id(n: u8) -> ActivityId {
    ActivityId::from_uuid(Uuid::from_bytes([n; 16]))
}

fn columns(n: u8, credit: bool) -> Vec<Column> {
    (0..n)
        .map(|i| Column {
            id: id(i),
            name: format!("C{i}"),
            credit_from_later: credit,
        })
        .collect()
}

fn edge(competency: u8, requires: u8) -> Prerequisite {
    Prerequisite {
        competency: id(competency),
        requires: id(requires),
    }
}

fn mastered() -> Standing {
    Standing {
        status: Some(Status::Mastered),
        level: Some(3.5),
        evidence: 2,
    }
}

fn progressing(level: f64) -> Standing {
    Standing {
        status: Some(Status::Progressing),
        level: Some(level),
        evidence: 1,
    }
}

#[test]
fn ready_names_the_prerequisites_that_are_mastered() {
    let cols = columns(3, false);
    let edges = [edge(2, 0), edge(2, 1)];
    let states = readiness(
        &cols,
        &edges,
        &[mastered(), mastered(), Standing::default()],
    );
    assert_eq!(
        states[2].state,
        Readiness::Ready,
        "both prerequisites are mastered"
    );
    assert_eq!(
        english(&states[2].reason),
        "ready: C0 and C1 mastered",
        "the reason names the prerequisites, like the groups' reasons"
    );
    assert_eq!(
        english(&states[0].reason),
        "mastered",
        "a plain mastery reads as such"
    );
}

#[test]
fn not_yet_lists_what_is_missing_and_working_on_it_needs_evidence() {
    let cols = columns(3, false);
    let edges = [edge(2, 0), edge(2, 1), edge(1, 0)];
    let states = readiness(
        &cols,
        &edges,
        &[mastered(), progressing(2.0), Standing::default()],
    );
    assert_eq!(
        states[1].state,
        Readiness::WorkingOnIt,
        "ready with evidence is working on it"
    );
    assert_eq!(
        english(&states[1].reason),
        "working on it: C0 mastered; 1 piece of evidence, level 2",
        "the reason gives the basis and the evidence"
    );
    assert_eq!(states[2].state, Readiness::NotYet, "C1 is not mastered yet");
    assert_eq!(
        states[2].missing,
        vec![id(1)],
        "only the unmastered prerequisite is missing"
    );
    assert_eq!(
        english(&states[2].reason),
        "not yet: needs C1",
        "and the reason names it"
    );
}

#[test]
fn mastery_shown_on_a_competency_tests_out_of_its_prerequisites() {
    let cols = columns(2, false);
    let states = readiness(&cols, &[edge(1, 0)], &[Standing::default(), mastered()]);
    assert_eq!(
        states[1].state,
        Readiness::Mastered,
        "shown mastery counts whatever comes before"
    );
    assert!(
        english(&states[1].reason).contains("tested out"),
        "and says so: {}",
        states[1].reason
    );
    assert_eq!(
        states[0].state,
        Readiness::Ready,
        "without credit from later competencies, the earlier one is still to learn"
    );
}

#[test]
fn a_framework_can_credit_earlier_competencies_from_a_later_mastery() {
    let cols = columns(3, true);
    // C2 needs C1 needs C0; C2 is shown mastered.
    let edges = [edge(2, 1), edge(1, 0)];
    let states = readiness(
        &cols,
        &edges,
        &[Standing::default(), Standing::default(), mastered()],
    );
    for (i, s) in states.iter().take(2).enumerate() {
        assert_eq!(
            s.state,
            Readiness::Mastered,
            "C{i} is credited through the chain"
        );
        assert_eq!(s.credited_from, Some(id(2)), "from C2");
        assert_eq!(
            english(&s.reason),
            "mastered: credited from C2",
            "and the reason says so"
        );
    }
}

#[test]
fn prerequisites_outside_the_columns_and_doubled_edges_are_harmless() {
    let cols = columns(2, false);
    let edges = [edge(1, 0), edge(1, 0), edge(1, 9), edge(9, 1)];
    let states = readiness(&cols, &edges, &[mastered(), Standing::default()]);
    assert_eq!(
        english(&states[1].reason),
        "ready: C0 mastered",
        "a prerequisite not among the columns is left out, and a doubled one counts once"
    );
}

#[test]
fn a_loop_is_refused_and_named() {
    let edges = [edge(1, 0), edge(2, 1)];
    let name = |n: NodeId| format!("C{}", n.uuid().as_bytes()[0]);
    let err = check_edge(&edges, edge(0, 2), name).expect_err("C0 → C2 → C1 → C0 is a loop");
    assert_eq!(
        err.to_string(),
        "That would make a loop: C0 needs C2, which needs C1, which needs C0. A competency can't come before itself.",
        "the message walks the loop"
    );
    assert!(
        check_edge(&edges, edge(0, 0), name).is_err(),
        "a competency can't require itself"
    );
    assert_eq!(
        check_edge(&edges, edge(2, 0), name),
        Ok(()),
        "a shortcut is no loop"
    );
    assert_eq!(
        check_edge(&edges, edge(1, 0), name),
        Ok(()),
        "nor is an edge already there"
    );
}

#[test]
fn readiness_survives_a_loop_that_two_laptops_made() {
    let cols = columns(2, true);
    let states = readiness(
        &cols,
        &[edge(0, 1), edge(1, 0)],
        &[Standing::default(), Standing::default()],
    );
    assert!(
        states.iter().all(|s| s.state == Readiness::NotYet),
        "each waits for the other; nothing loops forever: {states:?}"
    );
}

fn candidate(n: u8, competency: u8, modality: Modality, interests: &[&str]) -> Candidate {
    Candidate {
        id: activity_id(n),
        competency: id(competency),
        modality,
        interests: interests.iter().map(|s| (*s).to_owned()).collect(),
    }
}

#[test]
fn next_steps_come_nearest_to_mastery_first_with_fitting_activities_first() {
    let cols = columns(4, false);
    let standing = [
        mastered(),
        progressing(1.5),
        progressing(2.5),
        Standing::default(),
    ];
    let states = readiness(&cols, &[], &standing);
    let activities = [
        candidate(1, 2, Modality::Practice, &[]),
        candidate(2, 2, Modality::Read, &["Soccer"]),
        candidate(3, 2, Modality::Watch, &["soccer "]),
        candidate(4, 2, Modality::Read, &[]),
        candidate(5, 1, Modality::HandsOn, &[]),
    ];
    let prefs = Preferences {
        learn_by: vec![LearnBy::Reading],
        interests: vec!["Soccer".into()],
    };
    let done = HashSet::from([activity_id(4)]);
    let steps = next_steps(&states, &standing, &activities, &prefs, &done);
    let order: Vec<NodeId> = steps.iter().map(|s| s.competency).collect();
    assert_eq!(
        order,
        vec![id(2), id(1), id(3)],
        "2.5, then 1.5, then no level; C0 is mastered"
    );
    let first: Vec<(ActivityId, Fit)> = steps[0]
        .activities
        .iter()
        .map(|s| (s.activity, s.fit))
        .collect();
    assert_eq!(
        first,
        vec![
            (activity_id(2), Fit::WayOfLearning),
            (activity_id(3), Fit::Interest),
            (activity_id(1), Fit::Competency),
        ],
        "reading first, then the interest (any case, trimmed), then the rest; done ones left out"
    );
    assert_eq!(
        steps[0].activities[1].interest.as_deref(),
        Some("Soccer"),
        "the interest is named as the profile writes it"
    );
}

#[test]
fn a_reason_is_a_message_whose_short_form_shares_its_arguments() {
    let columns = columns(2, false);
    let edges = [edge(1, 0)];
    let standing = [
        mastered(),
        Standing {
            status: Some(Status::Progressing),
            level: None,
            evidence: 3,
        },
    ];
    let states = readiness(&columns, &edges, &standing);
    assert_eq!(
        states[1].reason.id, "reason-working-on-it",
        "without a level the reason is the plain working-on-it message"
    );
    assert_eq!(
        english(&states[1].reason),
        "working on it: C0 mastered; 3 pieces of evidence",
        "the English is the sentence the app always showed"
    );
    let short = crate::messages::Message {
        id: "reason-working-on-it-short".into(),
        args: states[1].reason.args.clone(),
    };
    assert_eq!(
        english(&short),
        "working on it: C0 mastered",
        "the UI's short form (up to the semicolon) takes the same arguments"
    );
}

#[test]
fn a_proposed_board_takes_each_steps_best_in_turn() {
    let step = |c: u8, acts: &[u8]| NextStep {
        competency: id(c),
        state: Readiness::Ready,
        reason: msg!("reason-ready", basis = msg!("reason-basis-none")),
        level: None,
        activities: acts
            .iter()
            .map(|&a| Suggestion {
                activity: activity_id(a),
                fit: Fit::Competency,
                interest: None,
            })
            .collect(),
    };
    let board = propose_board(
        "Ana",
        &[
            step(1, &[10, 11, 12]),
            step(2, &[20]),
            step(3, &[30, 31, 32, 33]),
        ],
    )
    .expect("there are activities to offer");
    let want: Vec<String> = [10, 20, 30, 11, 31, 12]
        .iter()
        .map(|&a| activity_id(a).to_string())
        .collect();
    assert_eq!(
        board.activity_ids, want,
        "round robin over the steps, six at most"
    );
    assert_eq!(board.kind, PlaylistKind::ChoiceBoard, "a choice board");
    assert_eq!(board.title, "Next steps for Ana", "named for the student");
    assert!(
        propose_board("Ana", &[step(1, &[])]).is_none(),
        "nothing to offer, no board"
    );
}

/// A random progression: `n` competencies, edges only from a later index to an earlier one
/// (so it is a DAG), any mastery, any evidence, credit on or off.
/// Competencies, edges (later, earlier), each cell's (mastered, evidence), credit on.
type Case = (u8, Vec<(u8, u8)>, Vec<(bool, u32)>, bool);

fn arb_case() -> impl Strategy<Value = Case> {
    (2u8..9).prop_flat_map(|n| {
        let edges = prop::collection::vec((1..n, 0..n), 0..(n as usize * 2))
            .prop_map(|v| v.into_iter().filter(|(c, r)| r < c).collect::<Vec<_>>());
        let cells = prop::collection::vec((any::<bool>(), 0u32..3), n as usize);
        (Just(n), edges, cells, any::<bool>())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Ready means every prerequisite mastered, and the states are exactly what the
    /// definition says, computed the slow way.
    #[test]
    fn readiness_matches_the_definition((n, raw_edges, cells, credit) in arb_case()) {
        let cols = columns(n, credit);
        let edges: Vec<Prerequisite> = raw_edges.iter().map(|&(c, r)| edge(c, r)).collect();
        let standing: Vec<Standing> = cells
            .iter()
            .map(|&(m, e)| Standing {
                status: Some(if m { Status::Mastered } else { Status::Progressing }),
                level: None,
                evidence: e,
            })
            .collect();
        let states = readiness(&cols, &edges, &standing);
        // Brute force: i is credited when some j that reaches i through "requires" is shown.
        let reaches = |from: u8, to: u8| -> bool {
            let mut seen = vec![false; n as usize];
            let mut stack = vec![from];
            while let Some(x) = stack.pop() {
                for &(c, r) in &raw_edges {
                    if c == x && !seen[r as usize] {
                        if r == to { return true; }
                        seen[r as usize] = true;
                        stack.push(r);
                    }
                }
            }
            false
        };
        let is_mastered = |i: u8| cells[i as usize].0 || (credit && (0..n).any(|j| cells[j as usize].0 && reaches(j, i)));
        for i in 0..n {
            let s = &states[i as usize];
            let prereqs: Vec<u8> = (0..n).filter(|&r| raw_edges.contains(&(i, r))).collect();
            let want = if is_mastered(i) {
                Readiness::Mastered
            } else if prereqs.iter().all(|&r| is_mastered(r)) {
                if cells[i as usize].1 > 0 { Readiness::WorkingOnIt } else { Readiness::Ready }
            } else {
                Readiness::NotYet
            };
            prop_assert_eq!(s.state, want, "competency {} of {:?} with {:?}", i, raw_edges, cells);
            if matches!(s.state, Readiness::Ready | Readiness::WorkingOnIt) {
                prop_assert!(prereqs.iter().all(|&r| is_mastered(r)), "ready has every prerequisite mastered");
            }
            prop_assert!(crate::messages::english_has(&s.reason.id), "every state has a reason from the catalog");
        }
        prop_assert_eq!(readiness(&cols, &edges, &standing), states, "the same input gives the same answer");
    }

    /// A check never lets a DAG gain a loop, and never refuses an edge that keeps it a DAG.
    #[test]
    fn check_edge_refuses_exactly_the_loops((n, raw_edges, _, _) in arb_case(), c in 0u8..9, r in 0u8..9) {
        let edges: Vec<Prerequisite> = raw_edges.iter().map(|&(c, r)| edge(c, r)).collect();
        let (c, r) = (c % n, r % n);
        let closes = c == r || {
            // r requires c already (transitively)?
            let mut seen = vec![false; n as usize];
            let mut stack = vec![r];
            let mut found = false;
            while let Some(x) = stack.pop() {
                for &(a, b) in &raw_edges {
                    if a == x && !seen[b as usize] {
                        if b == c { found = true; }
                        seen[b as usize] = true;
                        stack.push(b);
                    }
                }
            }
            found
        };
        let result = check_edge(&edges, edge(c, r), |x| format!("{x}"));
        prop_assert_eq!(result.is_err(), closes, "edge {}→{} over {:?}", c, r, raw_edges);
    }
}
