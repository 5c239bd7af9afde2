// The student-voice part of the ownership fake (see ./ownership.ts): next steps and choice
// boards in student mode with the student's pick, peer feedback on portfolio items opened for
// review, and the protocol's prompts. Same refusals as the backend: a board that does not
// reach the student, or an item that is not open, is the author's own or is in another class,
// is "not found"; all-blank answers are `invalid` on `answers.0`; a prompt that is blank or too
// long is `invalid` on `prompts.N`.
import type {
  ArtifactView,
  FeedbackView,
  MyNextStep,
  ReceivedFeedback,
  ReviewItem,
  StudentModeView,
  StudentPlaylist,
} from '../../src/bindings';
import { clone, type FakeCommands } from './commands';

export const DEFAULT_PROMPTS = ['I notice', 'I wonder', 'A next step could be'];

/** Feedback as the backend keeps it: the view plus who wrote it (never shown). */
export interface StoredFeedback extends FeedbackView {
  authorId: string;
}

export interface VoiceState {
  /** Each student's class (the backend's roster). */
  classOf: Record<string, string>;
  /** Each student's next steps, nearest first. */
  nextSteps: Record<string, MyNextStep[]>;
  /** The choice boards reaching each student, with that student's statuses. */
  boards: Record<string, StudentPlaylist[]>;
  feedback: StoredFeedback[];
  feedbackPrompts: string[];
}

/** What the voice commands read of the rest of the fake. */
interface Host extends VoiceState {
  names: Record<string, string>;
  artifacts: ArtifactView[];
  modeStudent: string | null;
}

export function voiceState(init: Partial<VoiceState> = {}): VoiceState {
  return {
    classOf: init.classOf ?? {},
    nextSteps: init.nextSteps ?? {},
    boards: init.boards ?? {},
    feedback: init.feedback ?? [],
    feedbackPrompts: init.feedbackPrompts ?? [...DEFAULT_PROMPTS],
  };
}

/** A choice board with one entry per `[id, title, status]`. */
export function board(id: string, title: string, activities: [string, string, StudentPlaylist['activities'][number]['status']][]): StudentPlaylist {
  return {
    playlistId: id,
    title,
    kind: 'choice_board',
    pickCount: 1,
    via: { id: 'core-via-student', args: { name: 'Ana' } },
    activities: activities.map(([aid, t, status]) => ({
      activity: {
        id: aid,
        classId: 'class-1',
        competencyId: 'c-rp1',
        competencyCode: '6.RP.A.1',
        title: t,
        modality: 'read',
        minutes: 20,
        instructions: '',
        link: '',
        archived: false,
        interests: [],
      },
      status,
    })),
    done: activities.filter(([, , s]) => s === 'done').length,
  };
}

export function feedbackOf(id: string, artifactId: string, authorId: string, authorName: string, answers: string[], o: Partial<StoredFeedback> = {}): StoredFeedback {
  return { id, artifactId, authorId, authorName, date: '2026-03-05', prompts: [...DEFAULT_PROMPTS], answers, ...o };
}

/** What a classmate calls a student: the first word of their name. */
const firstName = (h: Host, sid: string) => (h.names[sid] ?? '?').split(' ')[0] ?? '?';

/** The view without the author, as the IPC sends it. */
const view = ({ authorId: _a, ...v }: StoredFeedback): FeedbackView => clone(v);

/** Student mode's voice fields for `sid`. */
export function voiceView(h: Host, sid: string): Pick<StudentModeView, 'nextSteps' | 'boards' | 'review' | 'feedbackPrompts' | 'feedbackReceived'> {
  const review: ReviewItem[] = h.artifacts
    .filter((a) => a.peerReview && a.studentId !== sid && h.classOf[a.studentId] === h.classOf[sid])
    .map((a) => ({
      artifactId: a.id,
      ownerName: firstName(h, a.studentId),
      title: a.title,
      date: a.date,
      reflection: a.reflection,
      kind: a.kind,
      thumbnail: a.thumbnail,
      answered: h.feedback.some((f) => f.artifactId === a.id && f.authorId === sid),
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
  const received: ReceivedFeedback[] = h.artifacts
    .filter((a) => a.studentId === sid && a.shareFeedback)
    .flatMap((a) => h.feedback.filter((f) => f.artifactId === a.id).map((f) => ({ title: a.title, feedback: view(f) })));
  return clone({
    nextSteps: h.nextSteps[sid] ?? [],
    boards: h.boards[sid] ?? [],
    review,
    feedbackPrompts: h.feedbackPrompts,
    feedbackReceived: received,
  });
}

/** The voice commands over `h`; `modeView` answers student mode's page as it is now. */
export function voiceCommands(h: Host, modeView: () => StudentModeView, nextId: (p: string) => string): FakeCommands {
  const item = (id: string) => {
    const a = h.artifacts.find((x) => x.id === id);
    if (!a) throw { code: 'not_found', message: 'No such portfolio item.' };
    return a;
  };
  const me = () => {
    if (h.modeStudent === null) throw { code: 'invalid', message: 'Student mode is off; this page is only for student mode.' };
    return h.modeStudent;
  };
  return {
    student_mode_choose: ({ playlistId, activityId }) => {
      const sid = me();
      const b = (h.boards[sid] ?? []).find((p) => p.playlistId === playlistId && p.kind === 'choice_board');
      if (!b) throw { code: 'not_found', message: 'No such choice board.' };
      const a = b.activities.find((x) => x.activity.id === activityId);
      if (!a) throw { code: 'invalid', message: 'That activity is not in this playlist.', field: 'activityId' };
      a.status = 'in_progress';
      return modeView();
    },
    student_mode_give_feedback: ({ artifactId, input }) => {
      const sid = me();
      if (input.answers.length !== h.feedbackPrompts.length)
        throw { code: 'invalid', message: 'Answer the 3 prompts (some may stay blank).', field: 'answers' };
      const answers = input.answers.map((a) => a.trim());
      if (answers.every((a) => a === '')) throw { code: 'invalid', message: 'Write something for at least one prompt.', field: 'answers.0' };
      const a = h.artifacts.find((x) => x.id === artifactId);
      if (!a || !a.peerReview || a.studentId === sid || h.classOf[a.studentId] !== h.classOf[sid])
        throw { code: 'not_found', message: 'No such portfolio item.' };
      h.feedback.push(feedbackOf(nextId('fb'), a.id, sid, firstName(h, sid), answers, { date: '2026-03-09', prompts: [...h.feedbackPrompts] }));
      return modeView();
    },
    set_peer_review: ({ id, open, shareWithOwner }) => {
      const a = item(id);
      a.peerReview = open;
      a.shareFeedback = shareWithOwner;
      return clone(a);
    },
    list_feedback: ({ artifactId }) => {
      item(artifactId);
      return h.feedback.filter((f) => f.artifactId === artifactId).map(view);
    },
    delete_feedback: ({ id }) => {
      if (!h.feedback.some((f) => f.id === id)) throw { code: 'not_found', message: 'No such feedback.' };
      h.feedback = h.feedback.filter((f) => f.id !== id);
      return null;
    },
    ...protocolCommands(h),
  };
}

/** The protocol's two commands over `h.feedbackPrompts` (the Goals & conferences fake uses them too). */
export function protocolCommands(h: { feedbackPrompts: string[] }): FakeCommands {
  return {
    feedback_prompts: () => [...h.feedbackPrompts],
    set_feedback_prompts: ({ prompts }) => {
      if (prompts.length !== 3) throw { code: 'invalid', message: 'The protocol has 3 prompts.', field: 'prompts' };
      const trimmed = prompts.map((p) => p.trim());
      trimmed.forEach((p, i) => {
        if (p === '') throw { code: 'invalid', message: `Prompt ${i + 1} can't be blank.`, field: `prompts.${i}` };
        if ([...p].length > 80) throw { code: 'invalid', message: `Prompt ${i + 1} is longer than 80 characters.`, field: `prompts.${i}` };
      });
      h.feedbackPrompts = trimmed;
      return [...trimmed];
    },
  };
}
