//! The rotation clock: rounds of work and the transitions between them, as a pure state
//! machine. The shell holds one and passes the time in (milliseconds on a monotonic clock),
//! so the Today view and the projector read the same countdown.
//!
//! Phases: `idle` (loaded, not started), then for each round a `block` of work followed by a
//! `transition` (skipped when it is 0 minutes, and after the last round), then `done`. While
//! running, phases advance on their own as time passes; `next` skips to the next round's
//! block. Every phase change counts in `transitions`, which a window watches to chime once
//! per change.

use serde::{Deserialize, Serialize};

use crate::ids::RotationId;

/// Where the clock is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ClockPhase {
    /// Loaded, not started.
    Idle,
    /// Work at the stations.
    Block,
    /// Moving to the next station.
    Transition,
    /// Every round is over.
    Done,
}

/// The clock's state. Times are milliseconds on the caller's monotonic clock.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clock {
    plan_id: Option<String>,
    rounds: u32,
    block_ms: u64,
    transition_ms: u64,
    round: u32,
    phase: Option<ClockPhase>,
    /// Time spent in the current phase before `running_since`.
    elapsed_ms: u64,
    running_since: Option<u64>,
    chime: bool,
    transitions: u64,
}

/// What a window shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClockView {
    /// The rotation loaded, if any.
    pub plan_id: Option<String>,
    /// 0-based.
    pub round: u32,
    /// How many rounds.
    pub rounds: u32,
    /// The phase.
    pub phase: ClockPhase,
    /// True while counting down.
    pub running: bool,
    /// Whole seconds left in the phase, rounded up.
    pub remaining_seconds: u64,
    /// The phase's length in seconds.
    pub phase_seconds: u64,
    /// True when a window should chime at each change.
    pub chime: bool,
    /// ClockPhase changes so far.
    pub transitions: u64,
}

/// What a window asks the clock to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ClockAction {
    /// Load a rotation (idle at round 1).
    Load {
        /// The rotation.
        #[serde(rename = "planId")]
        plan_id: RotationId,
    },
    /// Start or resume.
    Start,
    /// Pause.
    Pause,
    /// Skip to the next round.
    Next,
    /// Back to idle at round 1.
    Reset,
    /// Chime at each change, or not.
    Chime {
        /// On or off.
        on: bool,
    },
}

/// A rotation's shape, for [`ClockAction::Load`]: rounds, block minutes, transition minutes.
pub type Timing = (u32, u32, u32);

impl Clock {
    /// Does `action` at `now`. `timing` is the loaded rotation's shape, needed for `Load`
    /// only (a load without it does nothing).
    pub fn apply(&mut self, action: &ClockAction, timing: Option<Timing>, now: u64) {
        match action {
            ClockAction::Load { plan_id } => {
                if let Some((rounds, block, transition)) = timing {
                    *self = self.load(&plan_id.to_string(), rounds, block, transition);
                }
            }
            ClockAction::Start => self.start(now),
            ClockAction::Pause => self.pause(now),
            ClockAction::Next => self.next(now),
            ClockAction::Reset => self.reset(),
            ClockAction::Chime { on } => self.set_chime(*on),
        }
    }

    /// A clock for a rotation of `rounds` rounds, idle at round 0. The chime setting is kept
    /// from `self`.
    pub fn load(
        &self,
        plan_id: &str,
        rounds: u32,
        block_minutes: u32,
        transition_minutes: u32,
    ) -> Clock {
        Clock {
            plan_id: Some(plan_id.to_owned()),
            rounds: rounds.max(1),
            block_ms: u64::from(block_minutes.max(1)) * 60_000,
            transition_ms: u64::from(transition_minutes) * 60_000,
            round: 0,
            phase: Some(ClockPhase::Idle),
            elapsed_ms: 0,
            running_since: None,
            chime: self.chime,
            transitions: self.transitions,
        }
    }

    /// The loaded rotation.
    pub fn plan_id(&self) -> Option<&str> {
        self.plan_id.as_deref()
    }

    fn phase(&self) -> ClockPhase {
        self.phase.unwrap_or(ClockPhase::Idle)
    }

    fn phase_ms(&self) -> u64 {
        match self.phase() {
            ClockPhase::Block => self.block_ms,
            ClockPhase::Transition => self.transition_ms,
            ClockPhase::Idle | ClockPhase::Done => 0,
        }
    }

    fn elapsed(&self, now: u64) -> u64 {
        self.elapsed_ms
            + self
                .running_since
                .map_or(0, |since| now.saturating_sub(since))
    }

    /// Moves to the phase after the current one, at time `at`.
    fn step(&mut self, at: u64) {
        let next = match self.phase() {
            ClockPhase::Idle => ClockPhase::Block,
            ClockPhase::Block if self.round + 1 >= self.rounds => ClockPhase::Done,
            ClockPhase::Block if self.transition_ms == 0 => {
                self.round += 1;
                ClockPhase::Block
            }
            ClockPhase::Block => ClockPhase::Transition,
            ClockPhase::Transition => {
                self.round += 1;
                ClockPhase::Block
            }
            ClockPhase::Done => ClockPhase::Done,
        };
        self.phase = Some(next);
        self.elapsed_ms = 0;
        self.transitions += 1;
        if next == ClockPhase::Done {
            self.running_since = None;
        } else if self.running_since.is_some() {
            self.running_since = Some(at);
        }
    }

    /// Lets phases that ended by `now` give way to the next, carrying the overrun.
    fn advance(&mut self, now: u64) {
        while let Some(since) = self.running_since {
            let length = self.phase_ms();
            let spent = self.elapsed_ms + now.saturating_sub(since);
            if spent < length {
                break;
            }
            let ended_at = since + (length - self.elapsed_ms);
            self.step(ended_at);
        }
    }

    /// Starts (from idle) or resumes (when paused). Does nothing when done or not loaded.
    pub fn start(&mut self, now: u64) {
        self.advance(now);
        if self.plan_id.is_none() || self.running_since.is_some() {
            return;
        }
        match self.phase() {
            ClockPhase::Done => {}
            ClockPhase::Idle => {
                self.running_since = Some(now);
                self.step(now);
            }
            _ => self.running_since = Some(now),
        }
    }

    /// Pauses the countdown.
    pub fn pause(&mut self, now: u64) {
        self.advance(now);
        if let Some(since) = self.running_since.take() {
            self.elapsed_ms += now.saturating_sub(since);
        }
    }

    /// Skips to the next round's block (or to done after the last round).
    pub fn next(&mut self, now: u64) {
        self.advance(now);
        if self.plan_id.is_none() {
            return;
        }
        match self.phase() {
            ClockPhase::Done => {}
            ClockPhase::Idle | ClockPhase::Transition => self.step(now),
            ClockPhase::Block if self.round + 1 >= self.rounds => self.step(now),
            ClockPhase::Block => {
                self.round += 1;
                self.phase = Some(ClockPhase::Block);
                self.elapsed_ms = 0;
                self.transitions += 1;
                if self.running_since.is_some() {
                    self.running_since = Some(now);
                }
            }
        }
    }

    /// Back to idle at round 0, keeping the rotation and the chime setting.
    pub fn reset(&mut self) {
        self.round = 0;
        self.phase = Some(ClockPhase::Idle);
        self.elapsed_ms = 0;
        self.running_since = None;
    }

    /// Turns the chime on or off.
    pub fn set_chime(&mut self, on: bool) {
        self.chime = on;
    }

    /// The state at `now`, advancing through phases that have ended.
    pub fn view(&mut self, now: u64) -> ClockView {
        self.advance(now);
        let length = self.phase_ms();
        let left = length.saturating_sub(self.elapsed(now));
        ClockView {
            plan_id: self.plan_id.clone(),
            round: self.round,
            rounds: if self.plan_id.is_some() {
                self.rounds
            } else {
                0
            },
            phase: self.phase(),
            running: self.running_since.is_some(),
            remaining_seconds: left.div_ceil(1000),
            phase_seconds: length / 1000,
            chime: self.chime,
            transitions: self.transitions,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: u64 = 60_000;

    #[test]
    fn a_rotation_counts_down_through_blocks_and_transitions_to_done() {
        let mut c = Clock::default().load("p", 2, 10, 2);
        assert_eq!(
            c.view(0).phase,
            ClockPhase::Idle,
            "loading does not start the clock"
        );
        c.start(0);
        let v = c.view(MIN);
        assert_eq!(
            (v.phase, v.round, v.remaining_seconds),
            (ClockPhase::Block, 0, 540),
            "9 minutes left of the first block"
        );
        let v = c.view(10 * MIN + 30_000);
        assert_eq!(
            (v.phase, v.remaining_seconds),
            (ClockPhase::Transition, 90),
            "the transition follows the block on its own"
        );
        let v = c.view(12 * MIN + 1);
        assert_eq!(
            (v.phase, v.round),
            (ClockPhase::Block, 1),
            "round 2 starts after the transition"
        );
        let v = c.view(30 * MIN);
        assert_eq!(
            (v.phase, v.running),
            (ClockPhase::Done, false),
            "after the last block there is no transition"
        );
        assert_eq!(
            v.transitions, 4,
            "start, block end, transition end, done: four changes to chime on"
        );
    }

    #[test]
    fn pause_holds_the_time_and_resume_continues_it() {
        let mut c = Clock::default().load("p", 3, 5, 0);
        c.start(0);
        c.pause(2 * MIN);
        let v = c.view(60 * MIN);
        assert_eq!(
            (v.remaining_seconds, v.running),
            (180, false),
            "a paused clock does not move"
        );
        c.start(60 * MIN);
        let v = c.view(61 * MIN);
        assert_eq!(
            v.remaining_seconds, 120,
            "resuming continues from where it paused"
        );
        let v = c.view(63 * MIN + 500);
        assert_eq!(
            (v.phase, v.round),
            (ClockPhase::Block, 1),
            "with no transition, the next block follows at once"
        );
    }

    #[test]
    fn next_skips_to_the_next_round_and_then_done() {
        let mut c = Clock::default().load("p", 2, 15, 2);
        c.set_chime(true);
        c.start(0);
        c.next(MIN);
        let v = c.view(MIN);
        assert_eq!(
            (v.phase, v.round, v.remaining_seconds),
            (ClockPhase::Block, 1, 900),
            "next starts round 2 fresh"
        );
        c.next(2 * MIN);
        let v = c.view(2 * MIN);
        assert_eq!(
            v.phase,
            ClockPhase::Done,
            "next after the last round ends the rotation"
        );
        assert!(v.chime, "the chime setting is kept");
        c.reset();
        assert_eq!(
            c.view(3 * MIN).phase,
            ClockPhase::Idle,
            "reset goes back to idle"
        );
    }

    #[test]
    fn actions_arrive_as_the_ui_sends_them() {
        let load: ClockAction = serde_json::from_str(
            r#"{"kind":"load","planId":"0190b7a0-0000-7000-8000-000000000001"}"#,
        )
        .expect("the UI's load parses");
        let mut c = Clock::default();
        c.apply(&load, Some((4, 15, 2)), 0);
        c.apply(&ClockAction::Start, None, 0);
        let v = c.view(1000);
        assert_eq!(
            (v.plan_id.as_deref(), v.rounds, v.remaining_seconds),
            (Some("0190b7a0-0000-7000-8000-000000000001"), 4, 899),
            "loaded and running"
        );
        let chime: ClockAction =
            serde_json::from_str(r#"{"kind":"chime","on":true}"#).expect("chime parses");
        c.apply(&chime, None, 1000);
        assert!(c.view(1000).chime, "the chime is on");
    }

    #[test]
    fn an_unloaded_clock_ignores_start() {
        let mut c = Clock::default();
        c.start(0);
        let v = c.view(MIN);
        assert_eq!(
            (v.plan_id, v.running, v.rounds),
            (None, false, 0),
            "nothing to run"
        );
    }
}
