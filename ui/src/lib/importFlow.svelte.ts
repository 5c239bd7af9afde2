// What every kind of import flow shares while it runs: the step on screen (its heading takes
// focus when it appears), the busy flag and the error banner of one backend request at a
// time, with answers to an overtaken request dropped.
import { tick } from 'svelte';
import type { ClassId, FileImportView, ImportKind } from '../api';
import type { Step } from './imports';
import { errorMessage } from './ui.svelte';

/** An import applied, as the app needs it after the dialog. */
export interface Applied {
  kind: ImportKind;
  /** The import, for its undo; null when nothing needed writing. */
  import: FileImportView | null;
  /** Classes it made or updated (rosters), first to show. */
  classIds: ClassId[];
}

/** What the dialog gives each kind's flow. */
export interface FlowCallbacks {
  /** Reload what the import changed; runs before the result shows. */
  onImported: (applied: Applied) => Promise<void> | void;
  /** Show a class the import made or updated (the dialog closes). */
  onOpenClass: (id: ClassId) => void;
  /** The import was undone: reload. */
  onUndone: () => Promise<void> | void;
  /** The dialog closes; `applied` is the import it applied, if any and not undone. */
  onClose: (applied: Applied | null) => void;
}

export class FlowState {
  step = $state<Step>('choose');
  busy = $state(false);
  error: string | null = $state(null);
  #seq = 0;

  /** Shows `next` and moves focus to its heading. */
  async go(next: Step): Promise<void> {
    this.step = next;
    await tick();
    document.getElementById('import-step-title')?.focus();
  }

  /** Back to an earlier step, without the last error. */
  back(to: Step): void {
    this.error = null;
    void this.go(to);
  }

  /** Runs one backend request with the dialog busy; its failure becomes the banner. */
  async run<T>(request: () => Promise<T>): Promise<T | undefined> {
    const seq = ++this.#seq;
    this.busy = true;
    this.error = null;
    try {
      const answer = await request();
      return seq === this.#seq ? answer : undefined;
    } catch (err) {
      if (seq === this.#seq) this.error = errorMessage(err);
      return undefined;
    } finally {
      if (seq === this.#seq) this.busy = false;
    }
  }
}
