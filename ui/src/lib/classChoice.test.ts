import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClassView } from '../api';
import { ClassChoice } from './classChoice.svelte';
import { loadLastClassId, saveLastClassId } from './storage';

const cls = (id: string, archived = false): ClassView => ({
  id,
  name: `Class ${id}`,
  subject: 'Math',
  gradeLevel: '6',
  archived,
  studentCount: 3,
});

/** A choice over a fixed list, read once. */
async function choiceOf(classes: ClassView[]): Promise<ClassChoice> {
  const choice = new ClassChoice(() => Promise.resolve(classes));
  await choice.refresh();
  return choice;
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('the class choice', () => {
  it('splits the classes into active and archived, and the switcher shows archived ones only when asked', async () => {
    const choice = await choiceOf([cls('a'), cls('b', true), cls('c')]);
    expect(choice.active.map((c) => c.id), 'active classes in the backend order').toEqual(['a', 'c']);
    expect(choice.archivedCount, 'one class is archived').toBe(1);
    expect(choice.switcher.map((c) => c.id), 'the switcher hides archived classes by default').toEqual(['a', 'c']);
    choice.showArchived = true;
    expect(choice.switcher.map((c) => c.id), 'with "Show archived", the switcher lists every class').toEqual(['a', 'b', 'c']);
  });

  it('opens on the class remembered from last time, if it is still active', async () => {
    saveLastClassId('c');
    const choice = await choiceOf([cls('a'), cls('c')]);
    choice.pickInitial();
    expect(choice.selected?.id, 'the remembered class').toBe('c');
  });

  it('opens on the first active class when the remembered one is archived or gone', async () => {
    saveLastClassId('b');
    const choice = await choiceOf([cls('b', true), cls('a'), cls('c')]);
    choice.pickInitial();
    expect(choice.selectedId, 'an archived class is not opened at start').toBe('a');
    const none = await choiceOf([cls('x', true)]);
    none.pickInitial();
    expect(none.selectedId, 'no active class: none is chosen').toBeNull();
  });

  it('remembers the chosen class for the next launch, but not "none"', async () => {
    const choice = await choiceOf([cls('a'), cls('c')]);
    choice.select('c');
    expect(loadLastClassId(), 'the chosen class is remembered').toBe('c');
    choice.select(null);
    expect(choice.selectedId, 'none is chosen').toBeNull();
    expect(loadLastClassId(), 'choosing none keeps the last class remembered').toBe('c');
  });

  it('keeps the last list and says why when a read fails, and clears the error on the next good read', async () => {
    let fail = false;
    const choice = new ClassChoice(() => (fail ? Promise.reject(new Error('disk full')) : Promise.resolve([cls('a')])));
    await choice.refresh();
    fail = true;
    await choice.refresh();
    expect(choice.classes.map((c) => c.id), 'a failed read keeps what was shown').toEqual(['a']);
    expect(choice.loadError, 'the failure is shown as a sentence').toBe('disk full');
    fail = false;
    await choice.refresh();
    expect(choice.loadError, 'a good read clears the error').toBeNull();
  });

  it('picks again after the list changed only when the chosen class is gone or archived and hidden', async () => {
    const classes = [cls('a'), cls('b')];
    const choice = new ClassChoice(() => Promise.resolve(classes.map((c) => ({ ...c }))));
    await choice.refresh();
    choice.select('b');
    choice.pickIfGone();
    expect(choice.selectedId, 'a class still there stays chosen').toBe('b');

    classes[1] = cls('b', true);
    await choice.refresh();
    choice.showArchived = true;
    choice.pickIfGone();
    expect(choice.selectedId, 'an archived class stays chosen while archived classes are shown').toBe('b');
    choice.showArchived = false;
    choice.pickIfGone();
    expect(choice.selectedId, 'an archived, hidden class gives way to an active one').toBe('a');

    classes.splice(0, 1);
    await choice.refresh();
    choice.pickIfGone();
    expect(choice.selectedId, 'a class that is gone gives way; with no active class, none').toBeNull();
  });

  it('turning "Show archived" off moves away from an archived class, and leaves an active one alone', async () => {
    const choice = await choiceOf([cls('a'), cls('b', true)]);
    choice.setShowArchived(true);
    choice.select('b');
    choice.setShowArchived(false);
    expect(choice.showArchived, 'archived classes are hidden again').toBe(false);
    expect(choice.selectedId, 'the first active class replaces the archived one').toBe('a');
    choice.setShowArchived(true);
    choice.setShowArchived(false);
    expect(choice.selectedId, 'an active class is kept').toBe('a');
  });

  it('revealing archived classes chooses the first class only when none is chosen', async () => {
    const onlyArchived = await choiceOf([cls('x', true), cls('y', true)]);
    onlyArchived.pickInitial();
    onlyArchived.revealArchived();
    expect(onlyArchived.showArchived, 'archived classes are shown').toBe(true);
    expect(onlyArchived.selectedId, 'the first class opens so the page is not empty').toBe('x');

    const chosen = await choiceOf([cls('x', true), cls('a')]);
    chosen.select('a');
    chosen.revealArchived();
    expect(chosen.selectedId, 'a chosen class stays chosen').toBe('a');
  });
});
