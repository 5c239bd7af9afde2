// The rotation clock as people read it: mm:ss, the phase in words, "Round 2 of 4", the local
// countdown between polls, the Space shortcut's guard, coverage dates, and the projector's
// chime. Pure functions (the chime takes its AudioContext as an argument); the words come
// from the catalog (today.ftl) in the current language.
import { formatDate, t } from './i18n.svelte';
import type { ClockPhase, ClockView, CoverageEntry, RotationView, StationView } from '../api';

/** The clock as "mm:ss", rounded up so "00:00" shows only when time is really up. */
export function formatClock(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds - 1e-6)) : 0;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return `${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}`;
}

/** How a screen reader says the time: "4 minutes 5 seconds". */
export function spokenClock(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds - 1e-6)) : 0;
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (m === 0) return t('clock-spoken-seconds', { seconds: r });
  if (r === 0) return t('clock-spoken-minutes', { minutes: m });
  return t('clock-spoken-minutes-seconds', { minutes: m, seconds: r });
}

/** The phase in words, for the teacher's screen. */
export function phaseLabel(phase: ClockPhase): string {
  switch (phase) {
    case 'idle':
      return t('clock-phase-idle');
    case 'block':
      return t('clock-phase-block');
    case 'transition':
      return t('clock-phase-transition');
    case 'done':
      return t('clock-phase-done');
    default:
      return phase;
  }
}

/** The phase as the projector shows it to the room: a paused clock says so. */
export function projectorPhase(clock: Pick<ClockView, 'phase' | 'running'>): string {
  if (clock.phase === 'done') return t('clock-phase-done');
  if (clock.phase === 'idle') return t('clock-projector-ready');
  if (!clock.running) return t('clock-projector-paused');
  return clock.phase === 'transition' ? t('clock-projector-move') : t('clock-phase-block');
}

/** "Round 2 of 4" (the view's round is 0-based). */
export function roundLabel(view: Pick<ClockView, 'round' | 'rounds'>): string {
  if (view.rounds <= 0) return t('clock-no-rounds');
  const r = Math.min(Math.max(view.round, 0), view.rounds - 1) + 1;
  return t('clock-round-of', { round: r, rounds: view.rounds });
}

/**
 * The seconds left now, counting down from the last poll while the clock runs, so the
 * display moves smoothly between polls. Never below zero; a stopped clock stays put.
 */
export function localRemaining(clock: Pick<ClockView, 'running' | 'remainingSeconds' | 'phase'>, receivedAtMs: number, nowMs: number): number {
  if (!clock.running || clock.phase === 'done' || clock.phase === 'idle') return Math.max(0, clock.remainingSeconds);
  const elapsed = Math.max(0, nowMs - receivedAtMs) / 1000;
  return Math.max(0, clock.remainingSeconds - elapsed);
}

/** Share of the phase gone, 0..1, for a progress bar; 0 when the phase has no length. */
export function phaseProgress(remaining: number, phaseSeconds: number): number {
  if (!(phaseSeconds > 0)) return 0;
  return Math.min(1, Math.max(0, 1 - remaining / phaseSeconds));
}

/** The start button's words: "Start" on a loaded or reset clock, "Resume" once it has run. */
export function startLabel(clock: Pick<ClockView, 'phase'>): string {
  return clock.phase === 'idle' ? t('clock-start') : t('clock-resume');
}

/**
 * May a bare Space key drive the clock? Not when focus is in something that uses Space
 * itself (a field, a button, a link, a checkbox, an editable area, a menu).
 */
export function spaceIsFree(target: EventTarget | null): boolean {
  if (target === null || typeof (target as Element).closest !== 'function') return true;
  const el = target as Element;
  const interactive = el.closest(
    'input, textarea, select, button, a[href], summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="checkbox"], [role="switch"], [role="radio"], [role="option"], [role="menuitem"], [role="row"], [role="gridcell"], [role="slider"], [role="spinbutton"], [role="textbox"], [role="combobox"], [role="dialog"], dialog',
  );
  return interactive === null;
}

// ---------- the plan ----------

/** The station's name by id, "—" for no station, "Unknown station" for a stale id. */
export function stationName(stations: Pick<StationView, 'id' | 'name'>[], id: string | null): string {
  if (id === null) return '—';
  return stations.find((s) => s.id === id)?.name ?? t('clock-unknown-station');
}

/** The round of this plan the clock is on, or 0 when the clock runs another plan (or none). */
export function currentRound(rotation: Pick<RotationView, 'id' | 'cells'>, clock: ClockView | null): number {
  if (clock === null || clock.planId !== rotation.id) return 0;
  const max = Math.max(0, rotation.cells.length - 1);
  return Math.min(Math.max(clock.round, 0), max);
}

// ---------- 1:1 coverage ----------

/**
 * "Oct 12" for the current language, with the year when it is not `today`'s ("Mar 1, 2025").
 * Text that is not a real date is shown as is.
 */
export function shortDate(iso: string, today: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  const sameYear = today.slice(0, 4) === m[1];
  return formatDate(iso, sameYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "last: Oct 12 (23 days)", or "never". */
export function coverageText(entry: Pick<CoverageEntry, 'lastDate' | 'daysSince'>, today: string): string {
  if (entry.lastDate === null) return t('today-coverage-never');
  const date = shortDate(entry.lastDate, today);
  const d = entry.daysSince;
  return d === null ? t('today-coverage-last', { date }) : t('today-coverage-last-ago', { date, days: d });
}

/** Oldest first: never seen, then the longest ago; ties by name. */
export function sortCoverage<T extends Pick<CoverageEntry, 'daysSince' | 'lastDate' | 'displayName'>>(list: T[]): T[] {
  const age = (e: T) => (e.lastDate === null ? Infinity : (e.daysSince ?? 0));
  return [...list].sort((a, b) => age(b) - age(a) || a.displayName.localeCompare(b.displayName));
}

export const COVERAGE_MIN = 1;
export const COVERAGE_MAX = 90;

/** The days typed in the coverage box, or a message when it is not 1 to 90. */
export function parseCoverageDays(text: string): { ok: true; days: number } | { ok: false; message: string } {
  const range = { min: COVERAGE_MIN, max: COVERAGE_MAX };
  if (!/^\d+$/.test(text.trim())) return { ok: false, message: t('today-coverage-error-whole', range) };
  const n = Number(text.trim());
  if (n < COVERAGE_MIN || n > COVERAGE_MAX) return { ok: false, message: t('today-coverage-error-range', range) };
  return { ok: true, days: n };
}

// ---------- the chime ----------

/** The minimum of the Web Audio API the chime uses (so tests can hand in a fake). */
export interface ChimeContext {
  currentTime: number;
  destination: unknown;
  createOscillator(): {
    type: string;
    frequency: { setValueAtTime(v: number, t: number): unknown };
    connect(node: never): unknown;
    start(t: number): void;
    stop(t: number): void;
  };
  createGain(): {
    gain: {
      setValueAtTime(v: number, t: number): unknown;
      linearRampToValueAtTime(v: number, t: number): unknown;
      exponentialRampToValueAtTime(v: number, t: number): unknown;
    };
    connect(node: never): unknown;
  };
}

/** Two soft tones, a fourth apart, about 0.6 s in all. */
export const CHIME_NOTES: readonly { freq: number; at: number; length: number }[] = [
  { freq: 659.25, at: 0, length: 0.32 },
  { freq: 880, at: 0.22, length: 0.4 },
];

/** Plays the chime on `ctx` (each tone: an oscillator through a gain envelope). */
export function playChime(ctx: ChimeContext, volume = 0.25): void {
  const t0 = ctx.currentTime + 0.01;
  for (const n of CHIME_NOTES) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(n.freq, t0 + n.at);
    gain.gain.setValueAtTime(0.0001, t0 + n.at);
    gain.gain.linearRampToValueAtTime(volume, t0 + n.at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + n.at + n.length);
    osc.connect(gain as never);
    gain.connect(ctx.destination as never);
    osc.start(t0 + n.at);
    osc.stop(t0 + n.at + n.length + 0.02);
  }
}

/** Should this poll chime? Only when the count of transitions went up and the chime is on. */
export function shouldChime(previous: number | null, clock: Pick<ClockView, 'transitions' | 'chime'>): boolean {
  return previous !== null && clock.transitions > previous && clock.chime;
}
