// One value a section reads from the backend on its own: null while it loads, the failure as
// a sentence (shown with a retry by LoadGate.svelte), or the value. A later load replaces it.
import { errorMessage } from './ui.svelte';

export class Loaded<T> {
  value = $state<T | null>(null);
  error = $state<string | null>(null);
  readonly #fetch: () => Promise<T>;

  constructor(fetch: () => Promise<T>) {
    this.#fetch = fetch;
  }

  /** Reads it again; a failure keeps the last value and sets `error`. */
  load = async (): Promise<void> => {
    try {
      this.value = await this.#fetch();
      this.error = null;
    } catch (err) {
      this.error = errorMessage(err);
    }
  };
}
