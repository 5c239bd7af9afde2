// What the forms on a student's page (goal, check-in, reflection, artifact, conference) share
// when they save: the problems found before saving or sent back by the backend, each shown
// beside its control (or in the form's banner when it has none), focus moved to the first,
// and the saving flag that keeps a second submit out.

import { tick } from 'svelte';
import { toAppError } from '../api';
import { mapProblems } from './goals';

export class FormProblems {
  /** Messages by control id. */
  errors = $state<Record<string, string>>({});
  /** The banner's message: a problem no control shows. */
  general = $state<string | null>(null);
  saving = $state(false);
  /** The form element (`bind:this={problems.form}`), searched for the control to focus. */
  form = $state<HTMLFormElement | undefined>();

  readonly #control: (field: string | undefined) => string | null;
  readonly #orBanner: boolean;

  /**
   * `control` maps an input's field to the id of the control that shows it. With `orBanner`,
   * focus goes to a `data-invalid` group too, and to the banner when no control is invalid.
   */
  constructor(control: (field: string | undefined) => string | null, opts: { orBanner?: boolean } = {}) {
    this.#control = control;
    this.#orBanner = opts.orBanner ?? false;
  }

  /** The aria-describedby of a control: its hint and, when it has one, its error. */
  describedBy = (id: string, hint?: string): string | undefined =>
    [hint ?? '', this.errors[id] ? `${id}-error` : ''].filter((x) => x !== '').join(' ') || undefined;

  /** After the DOM updated, focuses the first invalid control (or the banner). */
  async focus(): Promise<void> {
    await tick();
    const form = this.form;
    if (this.#orBanner) {
      (form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
    } else {
      form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  /**
   * Saves unless a save runs already or `problems` (by input field) has any, which are shown
   * instead. A refusal from `save` is shown the same way; the form keeps what was typed.
   */
  async submit(problems: Record<string, string>, save: () => Promise<void>): Promise<void> {
    if (this.saving) return;
    const local = mapProblems(problems, (f) => this.#control(f));
    this.errors = local.controls;
    this.general = local.general;
    if (Object.keys(this.errors).length > 0 || this.general) return this.focus();
    this.saving = true;
    try {
      await save();
    } catch (err) {
      const appErr = toAppError(err);
      const id = this.#control(appErr.field);
      this.errors = id ? { [id]: appErr.message } : {};
      this.general = id ? null : appErr.message;
      await this.focus();
    } finally {
      this.saving = false;
    }
  }
}
