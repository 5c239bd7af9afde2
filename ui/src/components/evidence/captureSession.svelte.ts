// Quick capture's session: the evidence recorded since the panel opened, each row's saving
// state, the message and the live announcement, and the keystroke actions (record a level,
// add a half, open the note, undo with Redo on the toast, move, jump to a name). Keys run one
// after another so fast typing lands on the right rows; a failed save drops what was typed
// after it. The panel (QuickCapture.svelte) owns the competency, the filters and focus, and
// gives them to the session through a `CaptureContext`.

import { commands, type EvidenceKind, type EvidenceView, type StudentView } from '../../api';
import {
  inputOf,
  isOnScale,
  isWhole,
  moveIndex,
  offScaleMessage,
  typeAheadIndex,
  type CaptureAction,
  type CompetencyOption,
} from '../../lib/capture';
import { describeLevel, formatLevel } from '../../lib/levels';
import { errorMessage, showError, showToast } from '../../lib/ui.svelte';
import { t } from '../../lib/i18n.svelte';

export interface SessionEntry {
  evidence: EvidenceView;
  studentName: string;
}

export interface RowState {
  pending?: boolean;
  saved?: boolean;
  error?: string;
}

/** What the session reads from the panel, always current. */
export interface CaptureContext {
  competencyId(): string;
  competency(): CompetencyOption | undefined;
  competencies(): CompetencyOption[];
  /** The students shown, in order, and the index of the current one (-1: none). */
  visible(): StudentView[];
  current(): number;
  date(): string;
  kind(): EvidenceKind;
  focusRow(i: number): Promise<void>;
  focusPicker(): void;
  refreshSummary(competencyId: string): void;
}

export class CaptureSession {
  entries = $state<SessionEntry[]>([]);
  rowState = $state<Record<string, RowState>>({});
  /** The line under the legend: why a key did nothing, or why a save failed. */
  message = $state('');
  /** Read by screen readers: what a key did. */
  live = $state('');
  noteTarget = $state<{ entryId: string } | null>(null);

  /** This session's entries on the chosen competency. */
  readonly compEntries = $derived(this.entries.filter((e) => e.evidence.competencyId === this.#ctx.competencyId()));
  /** The entry whose note is being edited. */
  readonly noteEntry = $derived(
    this.noteTarget ? this.entries.find((e) => e.evidence.id === this.noteTarget?.entryId) : undefined,
  );

  readonly #ctx: CaptureContext;
  #queue: Promise<void> = Promise.resolve();
  #queueGen = 0;

  constructor(ctx: CaptureContext) {
    this.#ctx = ctx;
  }

  /** Another competency was chosen: queued keys are dropped, row states and the message cleared. */
  reset(): void {
    this.#queueGen += 1;
    this.rowState = {};
    this.message = '';
  }

  /** Runs `action` after the keys before it. */
  enqueue(action: CaptureAction): void {
    const gen = this.#queueGen;
    this.#queue = this.#queue.then(async () => {
      if (gen !== this.#queueGen) return;
      try {
        await this.#perform(action);
      } catch (err) {
        this.#queueGen += 1;
        this.message = errorMessage(err);
      }
    });
  }

  async #perform(action: CaptureAction): Promise<void> {
    const ctx = this.#ctx;
    switch (action.type) {
      case 'level':
        return this.#recordLevel(action.level);
      case 'half':
        return this.#addHalf();
      case 'note':
        return this.#openNote();
      case 'undo':
        return this.#undo();
      case 'move':
        return ctx.focusRow(moveIndex(ctx.current(), action.to, ctx.visible().length));
      case 'jump': {
        const i = typeAheadIndex(
          ctx.visible().map((s) => s.displayName),
          ctx.current(),
          action.letter,
        );
        if (i >= 0) return ctx.focusRow(i);
        this.message = t('capture-no-name-starts', { letter: action.letter.toLocaleUpperCase() });
        return;
      }
      case 'picker':
        ctx.focusPicker();
        return;
    }
  }

  #setRow(studentId: string, state: RowState): void {
    this.rowState[studentId] = state;
  }

  #entryIndex(id: string): number {
    return this.entries.findIndex((e) => e.evidence.id === id);
  }

  async #recordLevel(level: number): Promise<void> {
    const ctx = this.#ctx;
    const idx = ctx.current();
    const visible = ctx.visible();
    const s = visible[idx];
    const comp = ctx.competency();
    if (!s || !comp) return;
    if (!isOnScale(comp.scale, level)) {
      this.message = offScaleMessage(level, comp.scale);
      return;
    }
    const date = ctx.date();
    if (date === '') {
      this.message = t('capture-choose-date');
      return;
    }
    this.#setRow(s.id, { pending: true });
    try {
      const ev = await commands.record_evidence({ input: { studentId: s.id, competencyId: comp.id, level, date, kind: ctx.kind(), note: '' } });
      this.entries.push({ evidence: ev, studentName: s.displayName });
      this.#setRow(s.id, { saved: true });
      this.message = '';
      const last = idx >= ctx.visible().length - 1;
      this.live = t(last ? 'capture-recorded-last' : 'capture-recorded', { level: describeLevel(comp.scale, ev.level), student: s.displayName });
      ctx.refreshSummary(comp.id);
      if (!last) await ctx.focusRow(idx + 1);
    } catch (err) {
      this.#setRow(s.id, { error: errorMessage(err) });
      this.#queueGen += 1;
      await ctx.focusRow(idx);
    }
  }

  async #addHalf(): Promise<void> {
    const comp = this.#ctx.competency();
    const last = this.compEntries[this.compEntries.length - 1];
    if (!comp) return;
    if (!last) {
      this.message = t('capture-half-needs-level');
      return;
    }
    const ev = last.evidence;
    if (!isWhole(ev.level)) {
      this.message = t('capture-already-half', { student: last.studentName, level: formatLevel(ev.level) });
      return;
    }
    const next = ev.level + 0.5;
    if (!isOnScale(comp.scale, next)) {
      this.message = offScaleMessage(next, comp.scale);
      return;
    }
    this.#setRow(ev.studentId, { pending: true });
    try {
      const updated = await commands.update_evidence({ id: ev.id, input: { ...inputOf(ev), level: next } });
      const i = this.#entryIndex(ev.id);
      if (i >= 0) this.entries[i] = { evidence: updated, studentName: last.studentName };
      this.#setRow(ev.studentId, { saved: true });
      this.message = '';
      this.live = t('capture-changed', { level: describeLevel(comp.scale, updated.level), student: last.studentName });
      this.#ctx.refreshSummary(comp.id);
    } catch (err) {
      this.#setRow(ev.studentId, { error: errorMessage(err) });
      this.#queueGen += 1;
    }
  }

  #openNote(): void {
    const s = this.#ctx.visible()[this.#ctx.current()];
    const compEntries = this.compEntries;
    const mine = s ? compEntries.filter((e) => e.evidence.studentId === s.id) : [];
    const target = mine[mine.length - 1] ?? compEntries[compEntries.length - 1];
    if (!target) {
      this.message = t('capture-note-needs-level');
      return;
    }
    this.message = '';
    this.noteTarget = { entryId: target.evidence.id };
  }

  /** Saves the note; resolves to an error message to show in the editor, or null when saved. */
  saveNote = async (note: string): Promise<string | null> => {
    const entry = this.noteEntry;
    if (!entry) return t('capture-entry-gone');
    const ev = entry.evidence;
    try {
      const updated = await commands.update_evidence({ id: ev.id, input: { ...inputOf(ev), note } });
      const i = this.#entryIndex(ev.id);
      if (i >= 0) this.entries[i] = { evidence: updated, studentName: entry.studentName };
      this.#setRow(ev.studentId, { saved: true });
      this.live = note.trim() === '' ? t('capture-note-removed', { student: entry.studentName }) : t('capture-note-saved', { student: entry.studentName });
      this.noteTarget = null;
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  };

  async #undo(): Promise<void> {
    const last = this.compEntries[this.compEntries.length - 1];
    const comp = this.#ctx.competency();
    if (!last || !comp) {
      this.message = t('capture-nothing-to-undo');
      return;
    }
    const ev = last.evidence;
    this.#setRow(ev.studentId, { pending: true });
    try {
      await commands.delete_evidence({ id: ev.id });
      this.entries = this.entries.filter((e) => e.evidence.id !== ev.id);
      this.#setRow(ev.studentId, {});
      this.message = '';
      const args = { level: formatLevel(ev.level), student: last.studentName };
      this.live = t('capture-removed', args);
      showToast(t('capture-removed-toast', args), { actionLabel: t('capture-redo'), action: () => this.#redo(last) });
      this.#ctx.refreshSummary(comp.id);
      const i = this.#ctx.visible().findIndex((s) => s.id === ev.studentId);
      if (i >= 0) await this.#ctx.focusRow(i);
    } catch (err) {
      this.#setRow(ev.studentId, { error: errorMessage(err) });
      this.#queueGen += 1;
    }
  }

  async #redo(entry: SessionEntry): Promise<void> {
    try {
      const ev = await commands.restore_evidence({ id: entry.evidence.id });
      this.entries.push({ evidence: ev, studentName: entry.studentName });
      this.#setRow(ev.studentId, { saved: true });
      const comp = this.#ctx.competencies().find((c) => c.id === ev.competencyId);
      this.live = t('capture-restored', { level: comp ? describeLevel(comp.scale, ev.level) : formatLevel(ev.level), student: entry.studentName });
      this.#ctx.refreshSummary(ev.competencyId);
    } catch (err) {
      showError(err);
    }
  }
}
