// Next steps in words: readiness labels, why an activity is suggested, the short form of a
// readiness reason, and the framework editor's prerequisite lists (what a competency builds
// on, what builds on it, and what may still be added). The reasons themselves come from the
// backend and are shown verbatim.
import type { CompetencyLine, Fit, Message, NodeView, Prerequisite, Readiness } from '../api';
import { formatList, t } from './i18n.svelte';

/** A readiness state in words. */
export function readinessLabel(readiness: Readiness): string {
  switch (readiness) {
    case 'mastered':
      return t('nextsteps-readiness-mastered');
    case 'ready':
      return t('nextsteps-readiness-ready');
    case 'working_on_it':
      return t('nextsteps-readiness-working-on-it');
    case 'not_yet':
      return t('nextsteps-readiness-not-yet');
  }
}

/** Why an activity is offered, for a student called `name`; null when it simply practises the competency. */
export function fitText(fit: Fit, interest: string | null, name: string): string | null {
  if (fit === 'way_of_learning') return t('nextsteps-fit-way-of-learning', { name });
  if (fit === 'interest' && interest !== null && interest.trim() !== '') return t('nextsteps-fit-interest', { interest });
  return null;
}

/**
 * The reason without its evidence count, where space is tight: "working on it: 6.RP.A.1 mastered;
 * 2 pieces of evidence, level 2" becomes "working on it: 6.RP.A.1 mastered" (the backend's short
 * form of the same message, with the same arguments). Other reasons are short already.
 */
export function shortReason(reason: Message): Message {
  if (reason.id === 'reason-working-on-it' || reason.id === 'reason-working-on-it-level') {
    return { id: 'reason-working-on-it-short', args: reason.args };
  }
  return reason;
}

/** "A", "A and B", "A, B, and C" (for the current language). */
export function andList(items: readonly string[]): string {
  return formatList(items);
}

/** What the teacher reads when no activity fits the student's next steps yet. */
export function noFitMessage(name: string, steps: readonly Pick<CompetencyLine, 'code'>[]): string {
  const codes = andList(steps.map((s) => s.code));
  return codes === '' ? t('nextsteps-no-fit-any', { name }) : t('nextsteps-no-fit', { name, codes });
}

/** The nodes `competencyId` builds on (its prerequisites), in the tree's order. */
export function buildsOn(prereqs: readonly Prerequisite[], competencyId: string, nodes: readonly NodeView[]): NodeView[] {
  const ids = new Set(prereqs.filter((p) => p.competency === competencyId).map((p) => p.requires));
  return nodes.filter((n) => ids.has(n.id));
}

/** The nodes that build on `competencyId`, in the tree's order. */
export function leadsTo(prereqs: readonly Prerequisite[], competencyId: string, nodes: readonly NodeView[]): NodeView[] {
  const ids = new Set(prereqs.filter((p) => p.requires === competencyId).map((p) => p.competency));
  return nodes.filter((n) => ids.has(n.id));
}

/**
 * The competencies that may be offered as a new prerequisite of `competencyId`: live ones of
 * the framework, not itself and not already one. A loop is left for the backend to refuse
 * and name.
 */
export function prerequisiteChoices(prereqs: readonly Prerequisite[], competencyId: string, nodes: readonly NodeView[]): NodeView[] {
  const taken = new Set(buildsOn(prereqs, competencyId, nodes).map((n) => n.id));
  return nodes.filter((n) => n.kind === 'competency' && !n.archived && n.id !== competencyId && !taken.has(n.id));
}

