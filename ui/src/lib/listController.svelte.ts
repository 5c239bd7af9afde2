// One list of rows on a page (a student's goals, reflections, portfolio or conferences) and
// its form: loading the rows with a loading and an error state, which form is open ("new" or
// the id of the row being edited) with a discard check for unsaved edits, a saved row put in
// place with a toast, and deleting with an optional confirm and an optional Undo. Focus moves
// the way a keyboard user expects: back to the row's Edit button after a save, to the New
// button after a delete. The section's markup stays in its component.

import { tick } from 'svelte';
import { askConfirm, confirmDiscard, errorMessage, showError, showToast } from './ui.svelte';
import { t } from './i18n.svelte';

/** A row the list can find again by id. */
export interface Row {
  id: string;
}

export interface ListOptions<T extends Row> {
  /** Fetches the rows. A failure is shown as the list's load error. */
  load: () => Promise<T[]>;
  /** Runs after each successful load (e.g. to fetch what the rows refer to). */
  loaded?: (rows: T[]) => void;
  /**
   * What the discard question calls the form's subject: "this goal". A function, called when
   * the question is asked, so it reads the language shown then (a function that calls `t`).
   */
  what: string | (() => string);
  /** The prefix of the buttons' ids: `${prefix}-new`, `${prefix}-edit-${id}`. */
  prefix: string;
}

/** How `remove` deletes one row. */
export interface RemoveOptions<T extends Row> {
  /** Asked first; Cancel leaves the row alone. */
  confirm?: { title: string; message: string; confirmLabel: string };
  /** Deletes the row in the backend. */
  remove: () => Promise<unknown>;
  /** The toast after the delete. */
  message: string;
  /** With an Undo button on the toast: brings the row back and says so. */
  undo?: { restore: () => Promise<T>; message: (back: T) => string };
  /** Runs after the row has left the list (e.g. to close a form that belonged to it). */
  removed?: () => void;
}

export class ListController<T extends Row> {
  /** The rows, or null until the first load succeeds. */
  rows = $state<T[] | null>(null);
  loadError = $state<string | null>(null);
  /** "new", the id of the row being edited, or null. */
  editing = $state<string | null>(null);
  /** The open form has unsaved changes (bound to the form's `dirty`). */
  formDirty = $state(false);
  /** The id of the row an action is running on; its buttons are disabled. */
  busy = $state<string | null>(null);

  /** The prefix of the New and Edit buttons' ids. */
  readonly prefix: string;
  readonly #opts: ListOptions<T>;

  constructor(opts: ListOptions<T>) {
    this.#opts = opts;
    this.prefix = opts.prefix;
  }

  /** (Re)loads the rows; the "Try again" button calls this too. */
  load = async (): Promise<void> => {
    try {
      const rows = await this.#opts.load();
      this.rows = rows;
      this.loadError = null;
      this.#opts.loaded?.(rows);
    } catch (err) {
      this.loadError = errorMessage(err);
    }
  };

  /** True when the open form may be left: nothing unsaved, or the teacher agreed to discard it. */
  async canLeaveForm(): Promise<boolean> {
    if (!this.formDirty) return true;
    const what = this.#opts.what;
    const ok = await confirmDiscard(typeof what === 'function' ? what() : what);
    if (ok) this.formDirty = false;
    return ok;
  }

  /** Opens the form for a new row ("new") or a row's id; false when it stayed as it was. */
  async open(which: string): Promise<boolean> {
    if (this.editing === which) return false;
    if (!(await this.canLeaveForm())) return false;
    this.editing = which;
    return true;
  }

  /** Closes the form and focuses `focusId`, else the edited row's Edit button, else New. */
  close = async (focusId?: string): Promise<void> => {
    const was = this.editing;
    this.editing = null;
    this.formDirty = false;
    await tick();
    const p = this.prefix;
    document.getElementById(focusId ?? (was && was !== 'new' ? `${p}-edit-${was}` : `${p}-new`))?.focus();
  };

  /** Puts a row in place of the one with its id, or first when it is new. */
  replace(row: T): void {
    const list = this.rows ?? [];
    this.rows = list.some((x) => x.id === row.id) ? list.map((x) => (x.id === row.id ? row : x)) : [row, ...list];
  }

  /** The form saved `row`: it takes its place, the toast says `message`, the form closes. */
  async saved(row: T, message: string): Promise<void> {
    this.replace(row);
    showToast(message);
    await this.close(`${this.prefix}-edit-${row.id}`);
  }

  /** Deletes `row` as `how` says; a failure is an error toast and the row stays. */
  async remove(row: T, how: RemoveOptions<T>): Promise<void> {
    if (how.confirm && !(await askConfirm({ ...how.confirm, danger: true }))) return;
    this.busy = row.id;
    try {
      await how.remove();
      this.rows = (this.rows ?? []).filter((x) => x.id !== row.id);
      how.removed?.();
      const undo = how.undo;
      showToast(
        how.message,
        undo ? { actionLabel: t('common-undo'), action: () => this.#restore(undo.restore, undo.message) } : {},
      );
      await tick();
      document.getElementById(`${this.prefix}-new`)?.focus();
    } catch (err) {
      showError(err);
    } finally {
      this.busy = null;
    }
  }

  async #restore(restore: () => Promise<T>, message: (back: T) => string): Promise<void> {
    try {
      const back = await restore();
      await this.load();
      if (this.rows && !this.rows.some((x) => x.id === back.id)) this.replace(back);
      showToast(message(back));
    } catch (err) {
      showError(err);
    }
  }
}
