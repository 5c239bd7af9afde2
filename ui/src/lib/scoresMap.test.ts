import { describe, expect, it } from 'vitest';
import type { ScoresMap, ScoresPlan, Scale, PlannedEvidence } from '../api';
import type { CompetencyOption } from './capture';
import {
  changeLines,
  columnKey,
  defaultCuts,
  draftFromMap,
  draftNeeds,
  mapFromDraft,
  missingColumns,
  planTable,
  scoreColumns,
  scoresPlanSummary,
} from './scoresMap';

const halves: Scale = {
  levels: [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4].map((value) => ({ value, label: `L${value}`, descriptor: '' })),
  threshold: 3,
};

const comp = (id: string, code: string): CompetencyOption => ({
  id,
  frameworkId: 'fw',
  code,
  label: code,
  statement: '',
  scale: halves,
  display: code,
  short: code,
});
const COMPS = [comp('n1', 'RP.1'), comp('n2', 'RP.2')];

const MAP: ScoresMap = {
  shape: { type: 'wide' },
  student: { by: 'name', column: 'Student' },
  competencies: [
    { competency: 'RP.1', columns: ['Q1', 'Q2'], combine: 'sum' },
    { competency: 'n2', columns: ['Q3'], combine: 'average' },
    { competency: 'GONE.9', columns: ['Q4'], combine: 'average' },
  ],
  conversion: { type: 'points', max: 20, cuts: [] },
  kind: 'quiz',
  date: { type: 'fixed', date: '' },
};

describe('default cut points', () => {
  it('match the backend’s: proficient from 80%, the top level before a perfect score', () => {
    const cuts = defaultCuts(halves);
    const at = (level: number) => cuts.find((c) => c.level === level)?.minPercent;
    expect(cuts.map((c) => c.minPercent), 'the backend’s test values on the 0–4 scale').toEqual([0, 13.3, 26.6, 40, 53.3, 66.6, 80, 86.6, 93.3]);
    expect(at(0), 'the lowest level from 0%').toBe(0);
    expect(at(2), 'as the backend’s module doc says').toBe(53.3);
    expect(at(2.5), 'rounded down to 0.1%').toBe(66.6);
    expect(at(3), 'the mastery threshold').toBe(80);
    expect(at(3.5), 'levels above share 80–100').toBe(86.6);
    expect(at(4), 'the top level').toBe(93.3);
  });
});

describe('draft and map', () => {
  it('reads a map by code or id, keeps what the class lacks aside, and writes it back by id', () => {
    const { draft, notInClass } = draftFromMap(MAP, 'c1', COMPS, '2026-09-01');
    expect(notInClass, 'a competency the class does not have is named').toEqual(['GONE.9']);
    expect(draft.fixedDate, 'no date in the map: today').toBe('2026-09-01');
    expect(draft.cutsEdited, 'no cuts saved: the derived ones').toBe(false);
    const back = mapFromDraft(draft, COMPS);
    expect(back.competencies, 'by id, in the class’s order').toEqual([
      { competency: 'n1', columns: ['Q1', 'Q2'], combine: 'sum' },
      { competency: 'n2', columns: ['Q3'], combine: 'average' },
    ]);
    expect(back.conversion, 'derived cuts are saved as none').toEqual({ type: 'points', max: 20, cuts: [] });
    expect(back.date, 'the date given').toEqual({ type: 'fixed', date: '2026-09-01' });
  });

  it('names what a draft still needs', () => {
    const { draft } = draftFromMap(MAP, 'c1', COMPS, '2026-09-01');
    const needs = (d = draft) => draftNeeds(d, mapFromDraft(d, COMPS), ['Student', 'Q1', 'Q2', 'Q3']);
    expect(needs(), 'a complete map needs nothing').toEqual([]);
    expect(needs({ ...draft, studentColumn: '' }), 'who each row is').toEqual(['Choose the column that says who each row is.']);
    expect(needs({ ...draft, pointsMax: 0 }), 'a maximum').toEqual(['Give the most points there are.']);
    expect(needs({ ...draft, picks: {} }), 'a competency').toEqual(['Tick at least one column (or item) for a competency.']);
    const gone = draftNeeds(draft, mapFromDraft(draft, COMPS), ['Student', 'Q1', 'Q3']);
    expect(gone, 'a column the file lacks').toEqual(['This file has no column “Q2”: choose another or untick it.']);
  });

  it('compares columns as the backend does', () => {
    expect(columnKey('Student_ID'), 'no case, spaces or underscores').toBe(columnKey('student id'));
    expect(missingColumns(MAP, ['student', 'q1', 'Q-2', 'Q3']), 'only Q4 is gone').toEqual(['Q4']);
    const { draft } = draftFromMap(MAP, 'c1', COMPS, '2026-09-01');
    expect(scoreColumns(draft, ['Student', 'Q1', 'Q3']), 'score columns without the student’s, then ticked ones gone from the file').toEqual(['Q1', 'Q3', 'Q2']);
  });
});

describe('changed file and preview', () => {
  it('says what changed', () => {
    const lines = changeLines({ type: 'changed', missing: ['Q1', 'Q9'], added: ['Question 1'], renamed: [{ from: 'Q1', to: 'Question 1' }], unusable: ['Q1'] });
    expect(lines, 'renames, gone, and the refusal').toEqual([
      '“Q1” seems to be called “Question 1” now.',
      'Gone: “Q9”.',
      'The map reads “Q1”, which this file does not have: fix the map before going on.',
    ]);
  });

  it('tables evidence by student and competency, and sums it up', () => {
    const e = (studentId: string, competencyId: string, score: number): PlannedEvidence => ({
      studentId,
      studentName: studentId.toUpperCase(),
      competencyId,
      competency: competencyId,
      score,
      level: 3,
      levelLabel: 'Proficient',
      date: '2026-09-01',
      kind: 'quiz',
      note: '',
      sources: [],
      alreadyThere: false,
    });
    const plan: ScoresPlan = {
      source: 'q.csv',
      evidence: [e('a', 'x', 80), e('b', 'y', 85.25), e('a', 'y', 90)],
      unmatched: [],
      unmappedItems: [],
      problems: [],
      counts: { evidenceNew: 3, evidenceAlready: 1, studentsMatched: 2, rowsUnmatched: 1, problems: 0 },
    };
    const t = planTable(plan);
    expect(t.competencies.map((c) => c.id), 'competencies in file order').toEqual(['x', 'y']);
    expect(t.rows.map((r) => [r.name, Object.keys(r.cells)]), 'one row per student').toEqual([
      ['A', ['x', 'y']],
      ['B', ['y']],
    ]);
    expect(scoresPlanSummary(plan.counts), 'the summary').toBe('3 pieces of evidence for 2 students, 1 already there, and 1 row not matched to a student.');
  });
});
