// Peer feedback in words: the protocol's default prompts, the checks the backend makes on the
// prompts and on a classmate's answers (so a slip is said before a round trip, in the same
// words), where each refused field is shown, and a piece of feedback as prompt and answer pairs.

import type { FeedbackView, ProgressStatus } from '../api';
import { t } from './i18n.svelte';

/**
 * The protocol's prompts when the teacher has not changed them, exactly as the backend stores
 * them (waypoint-core feedback.rs): data that is compared and saved, so not catalog text.
 */
export const DEFAULT_FEEDBACK_PROMPTS: readonly string[] = ['I notice', 'I wonder', 'A next step could be'];

/** The longest prompt the backend accepts. */
export const FEEDBACK_PROMPT_MAX = 80;

/** The id of the control for prompt `i` in the teacher's protocol form. */
export const promptControl = (i: number): string => `feedback-prompt-${i}`;

/** The id of the textarea for answer `i` to the item `artifactId` in student mode. */
export const answerControl = (artifactId: string, i: number): string => `sm-feedback-${artifactId}-${i}`;

/** Maps `prompts.N` to its text field; anything else goes to the form's banner. */
export function promptFieldControl(field: string | undefined): string | null {
  const m = /^prompts\.(\d+)$/.exec(field ?? '');
  return m ? promptControl(Number(m[1])) : null;
}

/** Maps `answers.N` of the feedback on `artifactId` to its textarea. */
export function answerFieldControl(artifactId: string): (field: string | undefined) => string | null {
  return (field) => {
    const m = /^answers\.(\d+)$/.exec(field ?? '');
    return m ? answerControl(artifactId, Number(m[1])) : null;
  };
}

/** The prompts' problems by field (`prompts.N`): blank, or longer than the backend allows. */
export function promptProblems(prompts: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  prompts.forEach((p, i) => {
    const text = p.trim();
    if (text === '') out[`prompts.${i}`] = t('portfolio-feedback-prompt-blank', { number: i + 1 });
    else if ([...text].length > FEEDBACK_PROMPT_MAX)
      out[`prompts.${i}`] = t('portfolio-feedback-prompt-too-long', { number: i + 1, max: FEEDBACK_PROMPT_MAX });
  });
  return out;
}

/** The answers' problem: all blank is the one the backend refuses, on `answers.0`. */
export function answerProblems(answers: readonly string[]): Record<string, string> {
  return answers.every((a) => a.trim() === '') ? { 'answers.0': t('portfolio-feedback-answer-blank') } : {};
}

/** True when `prompts` are the defaults (after trimming). */
export function isDefaultProtocol(prompts: readonly string[]): boolean {
  return prompts.length === DEFAULT_FEEDBACK_PROMPTS.length && prompts.every((p, i) => p.trim() === DEFAULT_FEEDBACK_PROMPTS[i]);
}

/** A piece of feedback as the prompts it answered with their answers, blank answers left out. */
export function answeredPrompts(f: Pick<FeedbackView, 'prompts' | 'answers'>): { prompt: string; answer: string }[] {
  return f.answers
    .map((answer, i) => ({ prompt: f.prompts[i] ?? '', answer: answer.trim() }))
    .filter((p) => p.answer !== '');
}

/** Where a student is with an activity, in their words. */
export function statusWords(s: ProgressStatus): string {
  switch (s) {
    case 'not_started':
      return t('student-activity-not-started');
    case 'in_progress':
      return t('student-activity-in-progress');
    case 'done':
      return t('student-activity-done');
  }
}
