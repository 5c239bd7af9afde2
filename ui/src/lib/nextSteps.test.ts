import { describe, expect, it } from 'vitest';
import { andList, buildsOn, fitText, leadsTo, noFitMessage, prerequisiteChoices, shortReason } from './nextSteps';
import type { NodeView } from '../api';
import { renderMessage } from './i18n.svelte';

function node(id: string, code: string, o: Partial<NodeView> = {}): NodeView {
  return {
    id,
    frameworkId: 'fw',
    parentId: null,
    position: 0,
    kind: 'competency',
    code,
    label: '',
    statement: `About ${code}.`,
    gradeLevels: [],
    method: null,
    caseIdentifier: '',
    archived: false,
    ...o,
  };
}

describe('next steps in words', () => {
  it('says why an activity fits, or nothing', () => {
    expect(fitText('way_of_learning', null, 'Ana'), 'the preferred way of learning').toBe('Matches how Ana likes to learn');
    expect(fitText('interest', 'soccer', 'Ana'), 'the interest it is tagged with').toBe('Tagged soccer');
    expect(fitText('interest', null, 'Ana'), 'an interest fit without its tag says nothing').toBeNull();
    expect(fitText('competency', null, 'Ana'), 'only the competency: nothing to say').toBeNull();
  });

  it('shortens a working-on-it reason to its basis', () => {
    const basis = { id: 'reason-basis-mastered', args: { names: '6.RP.A.1' } };
    const long = { id: 'reason-working-on-it-level', args: { basis, count: 2, level: '2' } };
    expect(renderMessage(long), 'the whole reason').toBe('working on it: 6.RP.A.1 mastered; 2 pieces of evidence, level 2');
    expect(renderMessage(shortReason(long)), 'the evidence count is left out').toBe('working on it: 6.RP.A.1 mastered');
    const ready = { id: 'reason-ready', args: { basis: { id: 'reason-basis-none', args: {} } } };
    expect(shortReason(ready), 'a reason without details stays whole').toEqual(ready);
  });

  it('names the codes when nothing fits', () => {
    expect(andList([]), 'nothing').toBe('');
    expect(andList(['A', 'B', 'C']), 'the list is joined the way the current language joins one').toBe('A, B, and C');
    expect(noFitMessage('Ana', [{ code: 'A' }, { code: 'B' }])).toBe(
      "No activities fit Ana's next steps yet. Add activities for A and B on the Playlists page.",
    );
    expect(noFitMessage('Ana', []), 'no steps named').toContain('Add activities for their next steps');
  });
});

describe('prerequisite lists', () => {
  const nodes = [node('s', 'S', { kind: 'strand' }), node('a', 'A'), node('b', 'B'), node('c', 'C'), node('x', 'X', { archived: true })];
  const prereqs = [
    { competency: 'c', requires: 'b' },
    { competency: 'c', requires: 'a' },
    { competency: 'b', requires: 'a' },
  ];

  it('lists what a competency builds on and what it leads to, in tree order', () => {
    expect(buildsOn(prereqs, 'c', nodes).map((n) => n.id), 'tree order, not the order added').toEqual(['a', 'b']);
    expect(leadsTo(prereqs, 'a', nodes).map((n) => n.id)).toEqual(['b', 'c']);
    expect(leadsTo(prereqs, 'c', nodes), 'nothing builds on C').toEqual([]);
  });

  it('offers live competencies other than itself and its prerequisites; loops are left to the backend', () => {
    expect(prerequisiteChoices(prereqs, 'b', nodes).map((n) => n.id), 'no strand, no archived, not B, not A').toEqual(['c']);
    expect(prerequisiteChoices([], 'a', nodes).map((n) => n.id)).toEqual(['b', 'c']);
  });
});
