// Next steps as the backend answers them (student_next_steps, class_next_steps), built from a
// few lines, for the fakes that serve them. Reasons are written the way waypoint-core words
// them ("ready: …", "working on it: …; 2 pieces of evidence, level 2", "not yet: needs …").
import type {
  ClassNextSteps,
  CompetencyLine,
  NextStepView,
  Readiness,
  StudentNextSteps,
  SuggestedActivity,
} from '../../src/bindings';

export function line(competencyId: string, code: string, state: Readiness, reason: string, o: Partial<CompetencyLine> = {}): CompetencyLine {
  return { competencyId, code, statement: `Statement of ${code}.`, state, reason: { id: '', args: { text: reason } }, level: null, ...o };
}

export function suggested(id: string, title: string, o: Partial<SuggestedActivity> = {}): SuggestedActivity {
  return { id, title, modality: 'practice', minutes: 15, fit: 'competency', interest: null, ...o };
}

export function step(competency: CompetencyLine, activities: SuggestedActivity[] = []): NextStepView {
  return { competency, activities };
}

export function studentNextSteps(
  studentId: string,
  displayName: string,
  o: Partial<Omit<StudentNextSteps, 'studentId' | 'displayName'>> = {},
): StudentNextSteps {
  return { studentId, displayName, steps: [], notYet: [], mastered: 0, total: 0, ...o };
}

export function emptyClassNextSteps(): ClassNextSteps {
  return { competencies: [], students: [] };
}
