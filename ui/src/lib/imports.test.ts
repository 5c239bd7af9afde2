import { describe, expect, it } from 'vitest';
import type { PlanCounts, RosterInspection, RowProblem, SectionOption } from '../api';
import {
  completeColumns,
  countsOf,
  emptyColumns,
  fileName,
  kindForPage,
  kindForPath,
  outcomeSummary,
  planIsEmpty,
  planSummary,
  problemPlace,
  progressPercent,
  progressText,
  ROSTER_FIELDS,
  sectionDetails,
  sectionsFor,
  splitProblems,
  stepsFor,
  toggled,
} from './imports';

const counts = (o: Partial<PlanCounts> = {}): PlanCounts => ({
  classesNew: 0,
  classesMatched: 0,
  studentsNew: 0,
  studentsUpdated: 0,
  studentsUnchanged: 0,
  studentsMissing: 0,
  studentsArchived: 0,
  ...o,
});

const section = (sourceId: string, teacherIds: string[], o: Partial<SectionOption> = {}): SectionOption => ({
  sourceId,
  name: sourceId,
  subject: '',
  gradeLevel: '',
  school: '',
  teacherIds,
  teacherNames: [],
  studentCount: 0,
  className: null,
  ...o,
});

describe('the summary line', () => {
  it('reads as the brief words it, with singulars', () => {
    expect(planSummary(counts({ classesNew: 2, studentsNew: 16, studentsUpdated: 1, studentsUnchanged: 5 })), 'the teacher reads what will change').toBe(
      '2 new classes, 16 new students, 1 student updated, nothing else changes.',
    );
    expect(planSummary(counts({ classesNew: 1, studentsNew: 1 })), 'one of each is singular').toBe('1 new class, 1 new student, nothing else changes.');
  });

  it('counts archives only when ticked, and says when nothing changes', () => {
    expect(planSummary(counts({ studentsMissing: 2 })), 'missing but not ticked changes nothing').toBe('Everything in this file is already in Waypoint.');
    expect(planIsEmpty(counts({ studentsMissing: 2, studentsUnchanged: 9 })), 'an untouched plan is empty').toBe(true);
    expect(planSummary(counts({ studentsMissing: 2, studentsArchived: 1 })), 'a ticked archive is a change').toBe(
      '1 student archived, nothing else changes.',
    );
  });

  it('words the result, from a recorded summary too', () => {
    expect(outcomeSummary(counts({ classesNew: 2, studentsNew: 16, studentsUpdated: 1 })), 'what was written').toBe(
      'Added 2 classes and 16 students, updated 1 student.',
    );
    expect(outcomeSummary(counts()), 'a no-op import says so').toMatch(/^Nothing needed changing/);
    expect(countsOf({ classesNew: 1, studentsNew: 8 }), 'missing keys are zero').toEqual(counts({ classesNew: 1, studentsNew: 8 }));
  });
});

describe('kinds', () => {
  it('offers only rosters until the other kinds have commands', () => {
    expect(kindForPage('students'), 'students page → roster').toBe('roster');
    expect(kindForPage('evidence'), 'evidence page → scores').toBe('scores');
    expect(kindForPage('mastery'), 'mastery page → scores').toBe('scores');
    expect(kindForPage('frameworks'), 'frameworks page → framework').toBe('framework');
    expect(kindForPath('/x/framework.json', 'students'), 'a .json file is a framework wherever it is dropped').toBe('framework');
    expect(kindForPath('/x/quiz.csv', 'evidence'), 'a CSV dropped on Evidence is scores').toBe('scores');
  });
});

describe('choosing sections', () => {
  const inspection = {
    sections: [section('a', ['t1']), section('b', ['t1', 't2']), section('c', ['t2'])],
  } as RosterInspection;

  it("shows the chosen teacher's sections, or all when she skips", () => {
    expect(sectionsFor(inspection, 't1').map((s) => s.sourceId), 'her own, co-taught ones included').toEqual(['a', 'b']);
    expect(sectionsFor(inspection, '').map((s) => s.sourceId), 'skip shows every section').toEqual(['a', 'b', 'c']);
  });

  it('describes a section in one line', () => {
    expect(sectionDetails(section('x', [], { subject: 'Math', gradeLevel: '6', school: 'Lincoln' })), 'numbers read as grades').toBe(
      'Math · Grade 6 · Lincoln',
    );
    expect(sectionDetails(section('x', [], { gradeLevel: 'K' })), 'a named grade stays as it is').toBe('K');
  });

  it('toggles ids without duplicates', () => {
    expect(toggled(['a'], 'a', true), 'ticking twice keeps one').toEqual(['a']);
    expect(toggled(['a', 'b'], 'a', false), 'unticking removes').toEqual(['b']);
  });
});

describe('the rest', () => {
  it('maps every spreadsheet field and fills a partial map', () => {
    expect(ROSTER_FIELDS.map((f) => f.key).sort(), 'one select per field of the map').toEqual(Object.keys(emptyColumns()).sort());
    expect(completeColumns(null), 'no map yet is all unmapped').toEqual(emptyColumns());
  });

  it('shows the column step only for a spreadsheet that needed it', () => {
    expect(stepsFor('roster', false).map((s) => s.step), 'a recognized format skips the map').toEqual(['choose', 'sections', 'preview', 'applying', 'result']);
    expect(stepsFor('roster', true).map((s) => s.label), 'a spreadsheet maps columns second').toContain('Map columns');
    expect(stepsFor('scores').map((s) => s.step), 'scores are always mapped').toEqual(['choose', 'map', 'preview', 'applying', 'result']);
    expect(stepsFor('framework').map((s) => s.step), 'a framework goes straight to its preview').toEqual(['choose', 'preview', 'applying', 'result']);
  });

  it('places and splits problems', () => {
    const p: RowProblem[] = [
      { file: 'users.csv', line: 4, reason: { id: 'import-roster-no-name', args: { line: 4 } }, level: 'skipped' as const },
      { file: 'orgs.csv', line: 0, reason: { id: 'import-table-windows-1252', args: {} }, level: 'warning' as const },
    ];
    expect(problemPlace(p[0]!), 'a row has its line').toBe('users.csv, line 4');
    expect(problemPlace(p[1]!), 'the file as a whole has none').toBe('orgs.csv');
    expect(splitProblems(p).skipped, 'skipped rows apart from warnings').toHaveLength(1);
  });

  it('names files and words progress', () => {
    expect(fileName('/home/t/Downloads/lincoln.zip'), 'the last part').toBe('lincoln.zip');
    expect(fileName('C:\\Users\\t\\roster\\'), 'a folder with a trailing separator').toBe('roster');
    expect(progressText(3, 8), 'done of total').toBe('Writing students: 3 of 8');
    expect(progressText(3, 8, 'scores'), 'scores write evidence').toBe('Writing evidence: 3 of 8');
    expect(progressPercent(0, 0), 'unknown total slides').toBeNull();
    expect(progressPercent(4, 8), 'half way').toBe(50);
  });
});
