// The props every list section on a student's page takes (goals, reflections, portfolio,
// conferences): whose page it is, the class's competencies for the forms, and `dirty`, bound
// by the page, true while a form in the section has unsaved changes.
import type { GridCompetency } from '../../api';

export interface SectionProps {
  studentId: string;
  studentName: string;
  /** Null while the grid loads; the conferences section does not use them. */
  competencies?: GridCompetency[] | null;
  dirty?: boolean;
}
