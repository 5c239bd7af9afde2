// The classes on this laptop and the one chosen in the header's class bar: the list as the
// backend last gave it (archived classes too, so "Show archived" filters here without asking
// again), the failure to read it as a sentence, and the chosen class, remembered between
// launches (storage.ts). App owns one and decides when to read and what to choose; this holds
// the rules for which class is chosen when the one shown goes away.
import type { ClassView } from '../api';
import { loadLastClassId, saveLastClassId } from './storage';
import { errorMessage } from './ui.svelte';

/** The class the app opens on: the one remembered from last time if it is still active, else the first active one. */
export function initialClass(classes: ClassView[], remembered: string | null): ClassView | undefined {
  const active = classes.filter((c) => !c.archived);
  return active.find((c) => c.id === remembered) ?? active[0];
}

export class ClassChoice {
  classes = $state<ClassView[]>([]);
  /** The last failure to read the classes, as a sentence; null once a read succeeds. */
  loadError = $state<string | null>(null);
  /** The class bar's "Show archived": archived classes are offered too. */
  showArchived = $state(false);
  selectedId = $state<string | null>(null);

  readonly active = $derived(this.classes.filter((c) => !c.archived));
  readonly archivedCount = $derived(this.classes.length - this.active.length);
  /** The classes the switcher offers. */
  readonly switcher = $derived(this.showArchived ? this.classes : this.active);
  readonly selected = $derived(this.classes.find((c) => c.id === this.selectedId));

  readonly #list: () => Promise<ClassView[]>;

  /** `list` reads every class, archived ones too. */
  constructor(list: () => Promise<ClassView[]>) {
    this.#list = list;
  }

  /** Reads the classes again; a failure keeps the last list and sets `loadError`. */
  refresh = async (): Promise<void> => {
    try {
      this.classes = await this.#list();
      this.loadError = null;
    } catch (err) {
      this.loadError = errorMessage(err);
    }
  };

  /** Chooses a class (null for none) and remembers it for the next launch. */
  select = (id: string | null): void => {
    this.selectedId = id;
    if (id !== null) saveLastClassId(id);
  };

  /** Chooses the class remembered from last time if it is still active, else the first active one. */
  pickInitial = (): void => {
    this.select(initialClass(this.classes, loadLastClassId())?.id ?? null);
  };

  /** After the list changed: the chosen class is gone, or archived and hidden, so pick again. */
  pickIfGone = (): void => {
    if (!this.selected || (this.selected.archived && !this.showArchived)) this.pickInitial();
  };

  /** Chooses the first active class, or none. */
  selectFirstActive = (): void => {
    this.select(this.active[0]?.id ?? null);
  };

  /** "Show archived" turned on or off; off moves away from an archived class. */
  setShowArchived = (on: boolean): void => {
    this.showArchived = on;
    if (!on && this.selected?.archived) this.selectFirstActive();
  };

  /** Shows archived classes, choosing the first class when none is chosen (only archived ones exist). */
  revealArchived = (): void => {
    this.showArchived = true;
    const first = this.classes[0];
    if (!this.selected && first) this.select(first.id);
  };
}
