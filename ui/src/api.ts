// The only module that talks to the Rust backend. Every other file imports
// the typed functions below; nothing else may import `invoke`.
import { Channel, invoke } from '@tauri-apps/api/core';

export type ErrorCode = 'invalid' | 'not_found' | 'storage' | 'internal' | 'student_mode';
export interface AppError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export interface ClassInput {
  name: string;
  subject: string;
  gradeLevel: string;
}
export interface ClassView {
  id: string;
  name: string;
  subject: string;
  gradeLevel: string;
  archived: boolean;
  studentCount: number;
}
export interface StudentInput {
  givenName: string;
  familyName: string;
  preferredName: string;
  /** "YYYY-MM-DD" or "" */
  birthDate: string;
}
export interface StudentView extends StudentInput {
  id: string;
  classId: string;
  archived: boolean;
  displayName: string;
}
export type WorkWith = '' | 'alone' | 'peers' | 'either';
export type LearnBy = 'reading' | 'listening' | 'doing';
export type AccommodationKind = 'iep' | '504' | 'el' | 'other';
export interface Accommodation {
  kind: AccommodationKind;
  notes: string;
  /** "YYYY-MM-DD" or "" */
  reviewDate: string;
}
export interface FamilyContact {
  name: string;
  relationship: string;
  phone: string;
  email: string;
  preferredLanguage: string;
}
export interface LearnerProfile {
  strengths: string[];
  needs: string[];
  interests: string[];
  careerGoals: string[];
  workWith: WorkWith;
  learnBy: LearnBy[];
  homeLanguage: string;
  otherLanguages: string[];
  accommodations: Accommodation[];
  familyContacts: FamilyContact[];
  notes: string;
}
export interface AppInfo {
  version: string;
  dbPath: string;
  deviceId: string;
}

const ERROR_CODES: readonly ErrorCode[] = ['invalid', 'not_found', 'storage', 'internal', 'student_mode'];

/** True when `e` already has the exact shape of an AppError. */
export function isAppError(e: unknown): e is AppError {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(o.code) &&
    typeof o.message === 'string' &&
    (o.field === undefined || typeof o.field === 'string')
  );
}

/**
 * Turn whatever `invoke` rejected with into an AppError. A bare string, an
 * Error, or an unknown object becomes `{ code: "internal", message }`.
 */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) {
    const out: AppError = { code: e.code, message: e.message };
    if (e.field !== undefined && e.field !== '') out.field = e.field;
    return out;
  }
  if (typeof e === 'string' && e.trim() !== '') return { code: 'internal', message: e };
  if (e instanceof Error && e.message) return { code: 'internal', message: e.message };
  if (typeof e === 'object' && e !== null) {
    const m = (e as Record<string, unknown>).message;
    if (typeof m === 'string' && m.trim() !== '') return { code: 'internal', message: m };
  }
  return { code: 'internal', message: 'Something went wrong. Please try again.' };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const appInfo = (): Promise<AppInfo> => call('app_info');

export const listClasses = (includeArchived: boolean): Promise<ClassView[]> =>
  call('list_classes', { includeArchived });
export const createClass = (input: ClassInput): Promise<ClassView> => call('create_class', { input });
export const updateClass = (id: string, input: ClassInput): Promise<ClassView> =>
  call('update_class', { id, input });
export const setClassArchived = (id: string, archived: boolean): Promise<ClassView> =>
  call('set_class_archived', { id, archived });
export const loadDemoClass = (): Promise<ClassView> => call('load_demo_class');

export const listStudents = (classId: string, includeArchived: boolean): Promise<StudentView[]> =>
  call('list_students', { classId, includeArchived });
export const createStudent = (classId: string, input: StudentInput): Promise<StudentView> =>
  call('create_student', { classId, input });
export const updateStudent = (id: string, input: StudentInput): Promise<StudentView> =>
  call('update_student', { id, input });
export const setStudentArchived = (id: string, archived: boolean): Promise<StudentView> =>
  call('set_student_archived', { id, archived });
/** Erases a student for good, here and (with the next sync) on co-teachers' laptops. No undo. */
export const purgeStudent = (id: string): Promise<void> => call('purge_student', { id });

export const getProfile = (studentId: string): Promise<LearnerProfile> => call('get_profile', { studentId });
export const saveProfile = (studentId: string, profile: LearnerProfile): Promise<LearnerProfile> =>
  call('save_profile', { studentId, profile });

// ---- Competency frameworks ----

export interface ScaleLevel {
  value: number;
  label: string;
  descriptor: string;
}
export interface Scale {
  levels: ScaleLevel[];
  /** The proficient threshold: one of the level values. */
  threshold: number;
}
export type MethodName =
  | 'highest'
  | 'latest'
  | 'average'
  | 'weighted_average'
  | 'decaying_average'
  | 'n_mastery'
  | 'power_law';
export type Method =
  | { name: 'highest' }
  | { name: 'latest' }
  | { name: 'average' }
  | { name: 'weighted_average'; weight: number }
  | { name: 'decaying_average'; rate: number }
  | { name: 'n_mastery'; n: number }
  | { name: 'power_law' };
export interface FrameworkInput {
  title: string;
  subject: string;
}
export interface FrameworkView extends FrameworkInput {
  id: string;
  scale: Scale;
  method: Method;
  caseIdentifier: string;
  caseVersion: string;
  archived: boolean;
  competencyCount: number;
}
export type NodeKind = 'strand' | 'competency';
export interface NodeInput {
  kind: NodeKind;
  code: string;
  label: string;
  statement: string;
  gradeLevels: string[];
}
export interface NodeView extends NodeInput {
  id: string;
  frameworkId: string;
  /** null at the top of the tree */
  parentId: string | null;
  position: number;
  /** The competency's own method; null inherits the framework's. */
  method: Method | null;
  caseIdentifier: string;
  archived: boolean;
}
export interface MissingParent {
  identifier: string;
  code: string;
  parent: string;
}
export interface CaseImportReport {
  frameworkId: string;
  title: string;
  updatedExisting: boolean;
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
  missingParents: MissingParent[];
  extraParents: number;
}
export interface ImportProgress {
  done: number;
  total: number;
}

export const listFrameworks = (includeArchived: boolean): Promise<FrameworkView[]> =>
  call('list_frameworks', { includeArchived });
export const classFrameworks = (classId: string): Promise<FrameworkView[]> =>
  call('class_frameworks', { classId });
export const createFramework = (input: FrameworkInput): Promise<FrameworkView> =>
  call('create_framework', { input });
export const updateFramework = (id: string, input: FrameworkInput): Promise<FrameworkView> =>
  call('update_framework', { id, input });
export const setFrameworkArchived = (id: string, archived: boolean): Promise<FrameworkView> =>
  call('set_framework_archived', { id, archived });
export const setFrameworkScale = (id: string, scale: Scale): Promise<FrameworkView> =>
  call('set_framework_scale', { id, scale });
export const setFrameworkMethod = (id: string, method: Method): Promise<FrameworkView> =>
  call('set_framework_method', { id, method });
export const listNodes = (frameworkId: string, includeArchived: boolean): Promise<NodeView[]> =>
  call('list_nodes', { frameworkId, includeArchived });
export const createNode = (
  frameworkId: string,
  parentId: string | null,
  input: NodeInput,
): Promise<NodeView> => call('create_node', { frameworkId, parentId, input });
export const updateNode = (id: string, input: NodeInput): Promise<NodeView> =>
  call('update_node', { id, input });
/** Moves a node to `index` among `parentId`'s children; returns all the framework's nodes. */
export const moveNode = (id: string, parentId: string | null, index: number): Promise<NodeView[]> =>
  call('move_node', { id, parentId, index });
export const setNodeArchived = (id: string, archived: boolean): Promise<NodeView> =>
  call('set_node_archived', { id, archived });
export const setNodeMethod = (id: string, method: Method | null): Promise<NodeView> =>
  call('set_node_method', { id, method });
export const attachFramework = (classId: string, frameworkId: string): Promise<void> =>
  call('attach_framework', { classId, frameworkId });
export const detachFramework = (classId: string, frameworkId: string): Promise<void> =>
  call('detach_framework', { classId, frameworkId });
/** Imports a CASE CFPackage's text; `onProgress` hears how many nodes are written. */
export function importCase(
  fileName: string,
  text: string,
  classId: string | null,
  onProgress: (p: ImportProgress) => void,
): Promise<CaseImportReport> {
  const channel = new Channel<ImportProgress>();
  channel.onmessage = onProgress;
  return call('import_case', { fileName, text, classId, onProgress: channel });
}

// ---- Evidence and mastery ----

export type EvidenceKind =
  | 'observation'
  | 'exit_ticket'
  | 'quiz'
  | 'project'
  | 'conference'
  | 'self_assessment';
export type Status = 'not_started' | 'progressing' | 'mastered';
export type Band = 'reteach' | 'practice' | 'extend';
export interface EvidenceInput {
  studentId: string;
  competencyId: string;
  level: number;
  /** "YYYY-MM-DD" */
  date: string;
  kind: EvidenceKind;
  note: string;
}
export interface EvidenceView extends EvidenceInput {
  id: string;
}
export interface OverrideInput {
  /** null returns to the calculated status */
  status: Status | null;
  reason: string;
  date: string;
}
export interface OverrideView {
  id: string;
  status: Status | null;
  reason: string;
  date: string;
}
export interface CellResult {
  level: number | null;
  count: number;
  status: Status;
  calculatedStatus: Status;
  masteredOn: string | null;
  overridden: boolean;
}
export interface GridStudent {
  id: string;
  displayName: string;
}
export interface GridCompetency {
  id: string;
  frameworkId: string;
  code: string;
  label: string;
  statement: string;
  strandIds: string[];
  method: Method;
  threshold: number;
}
export interface GridStrand {
  id: string;
  frameworkId: string;
  code: string;
  label: string;
  depth: number;
}
export interface MasteryGrid {
  students: GridStudent[];
  competencies: GridCompetency[];
  strands: GridStrand[];
  /** cells[row][column] */
  cells: CellResult[][];
}
export interface WhatIf {
  method: Method;
  title: string;
  formula: string;
  level: number | null;
  noResult: string | null;
  current: boolean;
}
export interface CellDetail {
  student: StudentView;
  competency: NodeView;
  strands: NodeView[];
  scale: Scale;
  method: Method;
  methodIsOverride: boolean;
  evidence: EvidenceView[];
  result: CellResult;
  /** The calculated level after each piece of evidence, oldest first. */
  trend: (number | null)[];
  whatIf: WhatIf[];
  overrides: OverrideView[];
}
export interface SummaryStudent {
  id: string;
  displayName: string;
  result: CellResult;
  band: Band | null;
}
export interface LevelCount {
  value: number;
  label: string;
  count: number;
}
export interface CompetencySummary {
  competency: NodeView;
  scale: Scale;
  method: Method;
  students: SummaryStudent[];
  distribution: LevelCount[];
  noResult: number;
}

export const recordEvidence = (input: EvidenceInput): Promise<EvidenceView> =>
  call('record_evidence', { input });
export const updateEvidence = (id: string, input: EvidenceInput): Promise<EvidenceView> =>
  call('update_evidence', { id, input });
export const deleteEvidence = (id: string): Promise<void> => call('delete_evidence', { id });
export const restoreEvidence = (id: string): Promise<EvidenceView> => call('restore_evidence', { id });
export const setStatusOverride = (
  studentId: string,
  competencyId: string,
  input: OverrideInput,
): Promise<OverrideView[]> => call('set_status_override', { studentId, competencyId, input });
export const masteryGrid = (classId: string): Promise<MasteryGrid> => call('mastery_grid', { classId });
export const cellDetail = (studentId: string, competencyId: string): Promise<CellDetail> =>
  call('cell_detail', { studentId, competencyId });
export const competencySummary = (classId: string, competencyId: string): Promise<CompetencySummary> =>
  call('competency_summary', { classId, competencyId });
/** Opens a native save dialog and writes the grid as CSV; resolves to the path, or null if cancelled. */
export const exportGridCsv = (classId: string, fileName: string): Promise<string | null> =>
  call('export_grid_csv', { classId, fileName });

// ---- Sync: handoff between co-teachers ----

export interface ImportCounts {
  /** changes this laptop did not have */
  new: number;
  /** changes it already had */
  already: number;
  /** open conflicts on the rows the new changes touched */
  conflicts: number;
}
export interface PeerView {
  device: string;
  /** the co-teacher's label, e.g. "Ms. Lee" (may be "") */
  label: string;
  /** when their last bundle was imported here, Unix ms */
  lastImportMs: number;
  /** how many of this laptop's own changes they had when they last sent a bundle */
  theyHaveOfOurs: number;
}
export interface SyncStatus {
  deviceId: string;
  /** this laptop's label, shown to co-teachers */
  label: string;
  /** the sync folder, or null when none is chosen */
  folder: string | null;
  hasPassphrase: boolean;
  /** true when this laptop has no credential store: the passphrase is kept only until the app quits */
  passphraseSessionOnly: boolean;
  /** how many changes this laptop has written */
  ownChanges: number;
  peers: PeerView[];
  openConflicts: number;
  /** origins whose changes arrived with some missing in between */
  gaps: { origin: string; covered: number; held: number }[];
  /** when "Sync now" last finished, Unix ms */
  lastSyncMs: number | null;
  /** classes the teacher chose to receive from co-teachers */
  receivedClasses: string[];
  /** true when "Undo last import" can run */
  canUndoImport: boolean;
}
export interface BundleClass {
  id: string;
  /** from this laptop, or from the bundle's own changes; "" when neither knows */
  name: string;
  /** already on this laptop, or already chosen */
  known: boolean;
}
export interface FileReport {
  /** the file's name inside the folder */
  file: string;
  /** the sender's label, "" when unreadable */
  label: string;
  /** what came in; null when the file was refused */
  counts: ImportCounts | null;
  /** why it was refused, as a sentence; null when imported */
  error: string | null;
  /** classes in it the teacher has not chosen to receive (then nothing was imported) */
  refusedClasses: BundleClass[];
}
export interface SyncReport {
  /** the path of this laptop's own file */
  wrote: string;
  files: FileReport[];
  totals: ImportCounts;
}
export interface SyncProgress {
  /** "export" | "import" */
  stage: string;
  /** the file being read, for "import" (this laptop's own file, for "export") */
  file: string;
  done: number;
  /** 0 while not yet known (export, until the bundle is made) */
  total: number;
}
export interface ImportLogEntry {
  bundleId: string;
  sourceDevice: string;
  sourceLabel: string;
  importedAtMs: number;
  counts: ImportCounts;
}
export interface ConflictCandidate {
  /** the raw value */
  value: unknown;
  /** the value as the teacher reads it */
  display: string;
  /** the device that wrote it */
  device: string;
  /** "This laptop", or the co-teacher's label, or a short device id */
  who: string;
  /** when it was written, Unix ms */
  atMs: number;
  /** true for the value shown now */
  current: boolean;
}
export interface ConflictView {
  table: string;
  rowId: string;
  /** the stored field, "_deleted" for a delete that raced an edit */
  field: string;
  /** e.g. "Given name" or "Deleted?" */
  fieldLabel: string;
  /** what the row is, e.g. "Student Ana Ruiz" */
  rowLabel: string;
  candidates: ConflictCandidate[];
  /** true when "edit" may type a new text value */
  editable: boolean;
}
export interface BundlePreview {
  sourceLabel: string;
  sourceDevice: string;
  createdWallMs: number;
  opCount: number;
  /** How many portfolio files it carries (bundle format 2); 0 for a bundle of changes only. */
  files: number;
  encrypted: boolean;
  classes: BundleClass[];
}

export const syncStatus = (): Promise<SyncStatus> => call('sync_status');
export const setSyncLabel = (label: string): Promise<SyncStatus> => call('set_sync_label', { label });
/** Sets the sync folder by path (null clears it). */
export const setSyncFolder = (path: string | null): Promise<SyncStatus> => call('set_sync_folder', { path });
/** Opens a native folder picker and sets the folder; resolves to the status (folder unchanged if cancelled). */
export const chooseSyncFolder = (): Promise<SyncStatus> => call('choose_sync_folder');
export const setPassphrase = (passphrase: string): Promise<SyncStatus> => call('set_passphrase', { passphrase });
export const receiveClasses = (classIds: string[]): Promise<SyncStatus> => call('receive_classes', { classIds });
/** Writes this laptop's file into the sync folder and imports every other device's file. */
export function syncNow(onProgress: (p: SyncProgress) => void): Promise<SyncReport> {
  const channel = new Channel<SyncProgress>();
  channel.onmessage = onProgress;
  return call('sync_now', { onProgress: channel });
}
/** Opens a native save dialog and writes a bundle of everything; null if cancelled. `readable` writes plain JSON. */
export const exportBundle = (readable: boolean): Promise<string | null> => call('export_bundle', { readable });
/** Opens a native file picker; resolves to the chosen bundle's path, or null. */
export const chooseBundleFile = (): Promise<string | null> => call('choose_bundle_file');
/** Reads a bundle file without importing it (uses the saved passphrase when it is encrypted). */
export const previewBundle = (path: string): Promise<BundlePreview> => call('preview_bundle', { path });
/** Imports a bundle file; `acceptClasses` are classes in it the teacher chose to receive now. */
export const importBundle = (path: string, acceptClasses: string[]): Promise<ImportCounts> =>
  call('import_bundle', { path, acceptClasses });
export const importHistory = (): Promise<ImportLogEntry[]> => call('import_history');
export const undoLastImport = (): Promise<void> => call('undo_last_import');
export const listConflicts = (): Promise<ConflictView[]> => call('list_conflicts');
/** Closes a conflict with `value` (one candidate's value, or a new one typed by the teacher). */
export const resolveConflict = (table: string, rowId: string, field: string, value: unknown): Promise<void> =>
  call('resolve_conflict', { table, rowId, field, value });

// ---- Sync: shares (one class, a sync folder and that class's own passphrase) ----

export interface Share {
  classId: string;
  /** "" until a joined class's first sync brings its name */
  className: string;
  folder: string;
  createdAtMs: number;
  lastSyncMs: number | null;
  /** true when its passphrase is known (stored, or typed this session) */
  hasPassphrase: boolean;
}
export interface JoinedShares {
  shares: Omit<Share, 'hasPassphrase'>[];
  reports: SyncReport[];
}
/** What "Sync all" did for one share. */
export interface ShareSync {
  classId: string;
  className: string;
  report: SyncReport | null;
  error: string | null;
  /** true when it did not sync because its passphrase is not known this session */
  needsPassphrase: boolean;
}

export const listShares = (): Promise<Share[]> => call('list_shares');
/** Six random words, to show once and read to the co-teacher. */
export const generateSharePassphrase = (): Promise<string> => call('generate_share_passphrase');
/** Opens a native folder picker; resolves to the chosen folder's path, or null. */
export const chooseShareFolder = (): Promise<string | null> => call('choose_share_folder');
export const shareClass = (classId: string, folder: string, passphrase: string): Promise<Omit<Share, 'hasPassphrase'>> =>
  call('share_class', { classId, folder, passphrase });
export const joinShare = (folder: string, passphrase: string): Promise<JoinedShares> =>
  call('join_share', { folder, passphrase });
export function syncShare(classId: string, onProgress: (p: SyncProgress) => void): Promise<SyncReport> {
  const channel = new Channel<SyncProgress>();
  channel.onmessage = onProgress;
  return call('sync_share', { classId, onProgress: channel });
}
export function syncAllShares(onProgress: (p: SyncProgress) => void): Promise<ShareSync[]> {
  const channel = new Channel<SyncProgress>();
  channel.onmessage = onProgress;
  return call('sync_all_shares', { onProgress: channel });
}
/** Keeps a share's passphrase (asked once per session where there is no password store). */
export const setSharePassphrase = (classId: string, passphrase: string): Promise<void> =>
  call('set_share_passphrase', { classId, passphrase });
/** Removes a class from this laptop only; co-teachers keep it and nothing is sent. */
export const forgetClass = (classId: string): Promise<void> => call('forget_class', { classId });

// ---- Classroom: groups, stations, rotations, the clock and the projector ----

export type GroupingMode = 'like' | 'mixed';
export type GroupCount = { kind: 'groups'; count: number } | { kind: 'size'; min: number; max: number };
export interface GroupConstraints {
  /** pairs of student ids never in the same group */
  apart: [string, string][];
  /** sets of student ids kept in one group */
  together: string[][];
  /** student ids that must be in the teacher-led group */
  teacherLed: string[];
  /** student ids left out (absent today) */
  absent: string[];
}
/** A group kept as it is when groups are suggested again (a locked group). */
export interface KeptGroup {
  name: string;
  studentIds: string[];
  teacherLed: boolean;
}
export interface GroupRequest {
  competencyIds: string[];
  count: GroupCount;
  mode: GroupingMode;
  constraints: GroupConstraints;
  seed: number;
  /** locked groups kept as they are; their students are not regrouped */
  keep: KeptGroup[];
}
export interface ProposedMember {
  studentId: string;
  displayName: string;
  /** the student's level on the target (mean over several targets), null when no evidence */
  level: number | null;
  /** e.g. "level 1.5 on 6.RP.A.1: reteach" */
  reason: string;
}
export interface ProposedGroupView {
  name: string;
  focus: string;
  band: Band | null;
  meanLevel: number | null;
  teacherLed: boolean;
  /** true for a kept (locked) group */
  locked: boolean;
  members: ProposedMember[];
}
export interface GroupProposal {
  groups: ProposedGroupView[];
  objective: number;
  /** "exact" or "local_search" */
  method: string;
  /** students left out as absent */
  absent: { studentId: string; displayName: string }[];
}
export interface GroupBasis {
  competencyIds: string[];
  /** the codes, for display */
  competencyCodes: string[];
  mode: GroupingMode | 'manual';
  seed: number;
}
export interface GroupSetInput {
  /** "YYYY-MM-DD" */
  date: string;
  title: string;
  basis: GroupBasis;
  groups: { name: string; focus: string; teacherLed: boolean; locked: boolean; studentIds: string[]; reasons: string[] }[];
}
export interface GroupMemberView {
  studentId: string;
  displayName: string;
  reason: string;
}
export interface GroupView {
  id: string;
  name: string;
  focus: string;
  teacherLed: boolean;
  locked: boolean;
  members: GroupMemberView[];
  /** playlists assigned to this group */
  playlists: { id: string; title: string }[];
}
export interface GroupSetView {
  id: string;
  classId: string;
  date: string;
  title: string;
  basis: GroupBasis;
  groups: GroupView[];
}
export interface GroupSetSummary {
  id: string;
  date: string;
  title: string;
  basis: GroupBasis;
  groupCount: number;
  studentCount: number;
}
export interface GroupUpdate {
  name: string;
  focus: string;
  locked: boolean;
  teacherLed: boolean;
}

export type StationKind = 'teacher_led' | 'collaborative' | 'independent' | 'online' | 'custom';
export interface StationInput {
  name: string;
  kind: StationKind;
  /** most students at once; null = no limit */
  capacity: number | null;
  materials: string;
  instructions: string;
}
export interface StationView extends StationInput {
  id: string;
  classId: string;
  archived: boolean;
}

export interface RotationInput {
  date: string;
  groupSetId: string;
  stationIds: string[];
  blockMinutes: number;
  transitionMinutes: number;
}
export interface RotationGroup {
  id: string;
  name: string;
  teacherLed: boolean;
  members: { studentId: string; displayName: string }[];
}
export interface RotationView {
  id: string;
  classId: string;
  date: string;
  groupSetId: string;
  groupSetTitle: string;
  stations: StationView[];
  blockMinutes: number;
  transitionMinutes: number;
  groups: RotationGroup[];
  /** cells[round][groupIndex] = station id, or null for no station that round */
  cells: (string | null)[][];
  /** the rule the plan was built by, in one sentence */
  rule: string;
}
export interface RotationSummary {
  id: string;
  date: string;
  groupSetTitle: string;
  rounds: number;
  stationNames: string[];
}
export interface GroupCard {
  groupName: string;
  teacherLed: boolean;
  members: string[];
  /** the group's stations in order, one per round */
  stations: { round: number; name: string; kind: StationKind | null; instructions: string; materials: string }[];
  playlists: { title: string; kind: PlaylistKind; pickCount: number; activities: { title: string; modality: Modality; minutes: number }[] }[];
}

export type ClockPhase = 'idle' | 'block' | 'transition' | 'done';
export interface ClockView {
  /** the rotation the clock runs, null when none is loaded */
  planId: string | null;
  /** 0-based */
  round: number;
  rounds: number;
  phase: ClockPhase;
  running: boolean;
  remainingSeconds: number;
  /** seconds in the current phase, for a progress ring */
  phaseSeconds: number;
  chime: boolean;
  /** counts transitions, so a window can chime once per change */
  transitions: number;
}
export type ClockAction =
  | { kind: 'load'; planId: string }
  | { kind: 'start' }
  | { kind: 'pause' }
  | { kind: 'next' }
  | { kind: 'reset' }
  | { kind: 'chime'; on: boolean };
/** What the projector shows: names and stations only, never scores, levels or profile data. */
export interface ProjectorView {
  clock: ClockView;
  /** e.g. "Round 2 of 4" */
  title: string;
  groups: { name: string; station: string | null; members: string[] }[];
}

export interface TodayMember {
  studentId: string;
  displayName: string;
  level: number | null;
  /** the scale label for the level, e.g. "Developing", "" when none */
  levelLabel: string;
}
export interface CoverageEntry {
  studentId: string;
  displayName: string;
  /** the last observation or conference evidence, "YYYY-MM-DD", null when never */
  lastDate: string | null;
  daysSince: number | null;
}
export interface TodayView {
  date: string;
  rotation: RotationView | null;
  teacherGroup: {
    groupName: string;
    competency: { id: string; code: string; label: string } | null;
    members: TodayMember[];
  } | null;
  coverageDays: number;
  coverage: CoverageEntry[];
}

export const suggestGroups = (classId: string, request: GroupRequest): Promise<GroupProposal> =>
  call('suggest_groups', { classId, request });
export const saveGroupSet = (classId: string, input: GroupSetInput): Promise<GroupSetView> =>
  call('save_group_set', { classId, input });
export const listGroupSets = (classId: string): Promise<GroupSetSummary[]> => call('list_group_sets', { classId });
export const getGroupSet = (id: string): Promise<GroupSetView> => call('get_group_set', { id });
/** Moves a student to another group of the same set; refused when either group is locked. */
export const moveStudent = (setId: string, studentId: string, groupId: string): Promise<GroupSetView> =>
  call('move_student', { setId, studentId, groupId });
export const updateGroup = (groupId: string, update: GroupUpdate): Promise<GroupSetView> =>
  call('update_group', { groupId, update });
export const deleteGroupSet = (id: string): Promise<void> => call('delete_group_set', { id });
export const restoreGroupSet = (id: string): Promise<GroupSetView> => call('restore_group_set', { id });

export const listStations = (classId: string, includeArchived: boolean): Promise<StationView[]> =>
  call('list_stations', { classId, includeArchived });
export const createStation = (classId: string, input: StationInput): Promise<StationView> =>
  call('create_station', { classId, input });
export const updateStation = (id: string, input: StationInput): Promise<StationView> =>
  call('update_station', { id, input });
export const setStationArchived = (id: string, archived: boolean): Promise<StationView> =>
  call('set_station_archived', { id, archived });

/** Builds and saves a rotation for a group set and stations, by the rotation rule. */
export const buildRotation = (classId: string, input: RotationInput): Promise<RotationView> =>
  call('build_rotation', { classId, input });
export const listRotations = (classId: string): Promise<RotationSummary[]> => call('list_rotations', { classId });
export const getRotation = (id: string): Promise<RotationView> => call('get_rotation', { id });
/** Copies the class's most recent rotation to `date`, with the latest group set; null when there is none. */
export const copyLastRotation = (classId: string, date: string): Promise<RotationView | null> =>
  call('copy_last_rotation', { classId, date });
/** Sets one cell by hand; refused with a reason when it breaks capacity or repeats a station. */
export const setRotationCell = (
  planId: string,
  round: number,
  groupId: string,
  stationId: string | null,
): Promise<RotationView> => call('set_rotation_cell', { planId, round, groupId, stationId });
export const updateRotationTiming = (planId: string, blockMinutes: number, transitionMinutes: number): Promise<RotationView> =>
  call('update_rotation_timing', { planId, blockMinutes, transitionMinutes });
export const groupCards = (planId: string): Promise<GroupCard[]> => call('group_cards', { planId });

export const rotationClock = (): Promise<ClockView> => call('rotation_clock');
export const controlClock = (action: ClockAction): Promise<ClockView> => call('control_clock', { action });
/** Opens the projector window (or brings it forward). */
export const openProjector = (): Promise<void> => call('open_projector');
/** The projector window's one command. */
export const projectorView = (): Promise<ProjectorView> => call('projector_view');

export const todayView = (classId: string, coverageDays: number): Promise<TodayView> =>
  call('today_view', { classId, coverageDays });

// ---- Playlists, choice boards and activities ----

export type Modality = 'read' | 'watch' | 'practice' | 'create' | 'discuss' | 'hands_on';
export type PlaylistKind = 'playlist' | 'choice_board';
export type ProgressStatus = 'not_started' | 'in_progress' | 'done';
export interface ActivityInput {
  competencyId: string;
  title: string;
  modality: Modality;
  minutes: number;
  instructions: string;
  /** a web address shown as text, or "" */
  link: string;
}
export interface ActivityView extends ActivityInput {
  id: string;
  classId: string;
  competencyCode: string;
  archived: boolean;
}
export interface PlaylistInput {
  title: string;
  kind: PlaylistKind;
  /** in order */
  activityIds: string[];
  /** for a choice board: how many a student picks; for a playlist: the number of activities */
  pickCount: number;
}
export type AssignTarget = { kind: 'student' | 'group' | 'station'; id: string };
export interface AssignmentView {
  id: string;
  target: AssignTarget;
  /** the student's, group's or station's name */
  targetName: string;
}
export interface PlaylistView extends PlaylistInput {
  id: string;
  classId: string;
  archived: boolean;
  activities: ActivityView[];
  assignments: AssignmentView[];
}
export interface StudentActivity {
  activity: ActivityView;
  status: ProgressStatus;
}
export interface StudentPlaylist {
  playlistId: string;
  title: string;
  kind: PlaylistKind;
  pickCount: number;
  /** how it reached the student, e.g. "Group Blue" */
  via: string;
  activities: StudentActivity[];
  done: number;
}

export const listActivities = (classId: string, includeArchived: boolean): Promise<ActivityView[]> =>
  call('list_activities', { classId, includeArchived });
export const createActivity = (classId: string, input: ActivityInput): Promise<ActivityView> =>
  call('create_activity', { classId, input });
export const updateActivity = (id: string, input: ActivityInput): Promise<ActivityView> =>
  call('update_activity', { id, input });
export const setActivityArchived = (id: string, archived: boolean): Promise<ActivityView> =>
  call('set_activity_archived', { id, archived });
export const listPlaylists = (classId: string, includeArchived: boolean): Promise<PlaylistView[]> =>
  call('list_playlists', { classId, includeArchived });
export const createPlaylist = (classId: string, input: PlaylistInput): Promise<PlaylistView> =>
  call('create_playlist', { classId, input });
export const updatePlaylist = (id: string, input: PlaylistInput): Promise<PlaylistView> =>
  call('update_playlist', { id, input });
export const setPlaylistArchived = (id: string, archived: boolean): Promise<PlaylistView> =>
  call('set_playlist_archived', { id, archived });
export const assignPlaylist = (playlistId: string, target: AssignTarget): Promise<PlaylistView> =>
  call('assign_playlist', { playlistId, target });
export const unassignPlaylist = (assignmentId: string): Promise<PlaylistView> =>
  call('unassign_playlist', { assignmentId });
export const studentPlaylists = (studentId: string): Promise<StudentPlaylist[]> =>
  call('student_playlists', { studentId });
export const setActivityProgress = (
  studentId: string,
  playlistId: string,
  activityId: string,
  status: ProgressStatus,
): Promise<StudentPlaylist[]> =>
  call('set_activity_progress', { change: { studentId, playlistId, activityId, status } });

// ---- Student ownership: goals, reflections, portfolio, conferences, reports ----

export type GoalStatus = 'active' | 'met' | 'not_met' | 'dropped';
export type Author = 'student' | 'teacher';
export interface GoalInput {
  title: string;
  /** why it matters, in the student's words */
  why: string;
  /** the steps, in order */
  steps: string[];
  /** "YYYY-MM-DD" or "" */
  targetDate: string;
  status: GoalStatus;
  /** competencies the goal is about */
  competencyIds: string[];
  /** interests or career goals from the learner profile it connects to (their text) */
  profileLinks: string[];
}
export interface CheckInInput {
  /** "YYYY-MM-DD" */
  date: string;
  /** 0-100 */
  progress: number;
  note: string;
  author: Author;
}
export interface CheckInView extends CheckInInput {
  id: string;
}
export interface GoalView extends GoalInput {
  id: string;
  studentId: string;
  /** the codes of competencyIds, for display */
  competencyCodes: string[];
  /** newest first */
  checkIns: CheckInView[];
  /** the latest check-in's progress, 0 when none */
  progress: number;
  overdue: boolean;
  /** no check-in (or creation) in the last 14 days */
  stale: boolean;
}
export interface GoalOverviewEntry {
  studentId: string;
  displayName: string;
  goal: GoalView;
}
export interface GoalOverview {
  overdue: GoalOverviewEntry[];
  stale: GoalOverviewEntry[];
  /** students with no active goal */
  withoutGoal: { studentId: string; displayName: string }[];
}

export interface PromptView {
  id: string;
  text: string;
  archived: boolean;
}
export interface ReflectionInput {
  /** "" for a free reflection */
  promptId: string;
  response: string;
  /** "YYYY-MM-DD" */
  date: string;
  /** "" for none; with selfRating, the reflection is also self-assessment evidence */
  competencyId: string;
  /** a level on the competency's scale, or null */
  selfRating: number | null;
  /** shown on the conference printout */
  forConference: boolean;
  author: Author;
}
export interface ReflectionView extends ReflectionInput {
  id: string;
  studentId: string;
  /** the prompt's text when it was answered */
  promptText: string;
  competencyCode: string;
  /** the self-assessment evidence made from the rating, if any */
  evidenceId: string | null;
}

export interface ArtifactInput {
  title: string;
  /** "YYYY-MM-DD" */
  date: string;
  reflection: string;
  competencyIds: string[];
  /** shown on the conference printout */
  highlight: boolean;
}
export interface ArtifactView extends ArtifactInput {
  id: string;
  studentId: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  /** "image" | "pdf" | "audio" | "video" | "document" */
  kind: string;
  /** true when the file's bytes are in this laptop's data folder */
  present: boolean;
  /** a data: URL of a small thumbnail (images, the first page of PDFs when available), or null */
  thumbnail: string | null;
  /** why the file can't be shown, e.g. "file not on this laptop yet", or null */
  problem: string | null;
}

export interface ConferenceInput {
  /** "YYYY-MM-DD" */
  date: string;
  attendees: string[];
  notes: string;
  nextSteps: string[];
  followUps: string[];
  studentLed: boolean;
}
export interface ConferenceView extends ConferenceInput {
  id: string;
  studentId: string;
}

export type ReportVariant = 'teacher' | 'student';
export type ReportLang = 'auto' | 'en' | 'es';
export type Paper = 'letter' | 'a4';
export interface ReportRequest {
  classId: string;
  /** null for the whole class, one student per page */
  studentId: string | null;
  /** "auto" uses each family contact's preferred language */
  lang: ReportLang;
  variant: ReportVariant;
  paper: Paper;
}

export interface TeamApproach {
  id: string;
  theme: string;
  title: string;
  /** what it looks like in a classroom */
  looksLike: string;
  /** "we do this now" */
  now: string;
  /** "this is different from our approach" */
  different: string;
}
export interface TeamReflectionView {
  id: string;
  team: string;
  date: string;
  approaches: TeamApproach[];
  /** the three reflection-guide questions with their answers */
  questions: { question: string; answer: string }[];
}
export interface TeamReflectionSummary {
  id: string;
  team: string;
  date: string;
}

export const listGoals = (studentId: string): Promise<GoalView[]> => call('list_goals', { studentId });
export const createGoal = (studentId: string, input: GoalInput): Promise<GoalView> =>
  call('create_goal', { studentId, input });
export const updateGoal = (id: string, input: GoalInput): Promise<GoalView> => call('update_goal', { id, input });
export const deleteGoal = (id: string): Promise<void> => call('delete_goal', { id });
export const restoreGoal = (id: string): Promise<GoalView> => call('restore_goal', { id });
export const addCheckIn = (goalId: string, input: CheckInInput): Promise<GoalView> =>
  call('add_check_in', { goalId, input });
export const goalOverview = (classId: string): Promise<GoalOverview> => call('goal_overview', { classId });

export const listPrompts = (includeArchived: boolean): Promise<PromptView[]> => call('list_prompts', { includeArchived });
export const createPrompt = (text: string): Promise<PromptView> => call('create_prompt', { text });
export const updatePrompt = (id: string, text: string): Promise<PromptView> => call('update_prompt', { id, text });
export const setPromptArchived = (id: string, archived: boolean): Promise<PromptView> =>
  call('set_prompt_archived', { id, archived });
export const listReflections = (studentId: string): Promise<ReflectionView[]> =>
  call('list_reflections', { studentId });
export const addReflection = (studentId: string, input: ReflectionInput): Promise<ReflectionView> =>
  call('add_reflection', { studentId, input });
export const updateReflection = (id: string, input: ReflectionInput): Promise<ReflectionView> =>
  call('update_reflection', { id, input });
export const deleteReflection = (id: string): Promise<void> => call('delete_reflection', { id });

/** Opens a native file picker and attaches the chosen file; null if cancelled. */
export const attachArtifact = (studentId: string, input: ArtifactInput): Promise<ArtifactView | null> =>
  call('attach_artifact', { studentId, input });
/** Attaches the file at `path` (used by drag and drop and tests). */
export const attachArtifactPath = (studentId: string, path: string, input: ArtifactInput): Promise<ArtifactView> =>
  call('attach_artifact_path', { studentId, path, input });
export const listArtifacts = (studentId: string): Promise<ArtifactView[]> => call('list_artifacts', { studentId });
export const updateArtifact = (id: string, input: ArtifactInput): Promise<ArtifactView> =>
  call('update_artifact', { id, input });
export const deleteArtifact = (id: string): Promise<void> => call('delete_artifact', { id });

export const listConferences = (studentId: string): Promise<ConferenceView[]> =>
  call('list_conferences', { studentId });
export const createConference = (studentId: string, input: ConferenceInput): Promise<ConferenceView> =>
  call('create_conference', { studentId, input });
export const updateConference = (id: string, input: ConferenceInput): Promise<ConferenceView> =>
  call('update_conference', { id, input });
export const deleteConference = (id: string): Promise<void> => call('delete_conference', { id });

/** Renders the conference report(s) and opens them in the report window, ready to print. */
export const openConferenceReport = (request: ReportRequest): Promise<void> =>
  call('open_conference_report', { request });
/** Renders the class summary (mastery distribution per competency, current groups) in the report window. */
export const openClassSummary = (classId: string, paper: Paper): Promise<void> =>
  call('open_class_summary', { classId, paper });
/** Opens the webview's print dialog (Save as PDF included) for the report window. */
export const printReport = (): Promise<void> => call('print_report');

/** Student mode: only this student's goals and reflections are reachable until the PIN is given. */
export const hasTeacherPin = (): Promise<boolean> => call('has_teacher_pin');
export const setTeacherPin = (currentPin: string, newPin: string): Promise<void> =>
  call('set_teacher_pin', { currentPin, newPin });
export const enterStudentMode = (studentId: string): Promise<void> => call('enter_student_mode', { studentId });
export const leaveStudentMode = (pin: string): Promise<void> => call('leave_student_mode', { pin });
export interface StudentModeView {
  studentId: string;
  displayName: string;
  goals: GoalView[];
  prompts: PromptView[];
  /** this student's own reflections, newest first */
  reflections: ReflectionView[];
}
/** In student mode, the one student's page. Refused outside student mode. */
export const studentModeView = (): Promise<StudentModeView> => call('student_mode_view');
export const studentModeCheckIn = (goalId: string, input: CheckInInput): Promise<StudentModeView> =>
  call('student_mode_check_in', { goalId, input });
export const studentModeReflect = (input: ReflectionInput): Promise<StudentModeView> =>
  call('student_mode_reflect', { input });

export const listTeamReflections = (): Promise<TeamReflectionSummary[]> => call('list_team_reflections');
export const createTeamReflection = (team: string, date: string): Promise<TeamReflectionView> =>
  call('create_team_reflection', { team, date });
export const getTeamReflection = (id: string): Promise<TeamReflectionView> => call('get_team_reflection', { id });
export const saveTeamApproach = (id: string, approachId: string, now: string, different: string): Promise<TeamReflectionView> =>
  call('save_team_approach', { id, approachId, now, different });
export const saveTeamAnswer = (id: string, question: number, answer: string): Promise<TeamReflectionView> =>
  call('save_team_answer', { id, question, answer });
export const openTeamReflectionReport = (id: string, paper: Paper): Promise<void> =>
  call('open_team_reflection_report', { id, paper });

// ---------------------------------------------------------------- backups

/** A local snapshot beside the database (taken by the app once a day, and before an update). */
export interface SnapshotInfo {
  fileName: string;
  kind: 'daily' | 'beforeMigration';
  /** YYYY-MM-DD */
  date: string;
  bytes: number;
}
export interface BackupClass {
  id: string;
  name: string;
  students: number;
}
/** What a backup holds, read from its manifest (the preview decrypts nothing else). */
export interface BackupManifest {
  format: string;
  version: number;
  createdWallMs: number;
  schemaVersion: number;
  sourceDevice: string;
  classes: BackupClass[];
  counts: { classes: number; students: number; evidence: number; artifacts: number; files: number; bytes: number };
}
export interface BackupProgress {
  phase: 'writing' | 'checking' | 'restoring';
  done: number;
  total: number;
}
export interface BackupWritten {
  path: string;
  manifest: BackupManifest;
}
export interface RestoreDone {
  manifest: BackupManifest;
  /** The device id this laptop syncs under from now on. */
  deviceId: string;
}

export const listSnapshots = (): Promise<SnapshotInfo[]> => call('list_snapshots');
/** Opens a native folder picker; the chosen folder, or null. */
export const chooseBackupFolder = (): Promise<string | null> => call('choose_backup_folder');
/** Writes an encrypted backup into `folder`, named by today's date. */
export function writeBackup(
  folder: string,
  passphrase: string,
  onProgress: (p: BackupProgress) => void,
): Promise<BackupWritten> {
  const channel = new Channel<BackupProgress>();
  channel.onmessage = onProgress;
  return call('write_backup', { folder, passphrase, onProgress: channel });
}
/** Opens a native file picker; the chosen backup's path, or null. */
export const chooseBackupFile = (): Promise<string | null> => call('choose_backup_file');
/** Reads a backup's manifest; nothing is replaced. */
export const previewBackup = (path: string, passphrase: string): Promise<BackupManifest> =>
  call('preview_backup', { path, passphrase });
/** Replaces everything on this laptop with the backup; it reopens under a new device id. */
export function restoreBackup(
  path: string,
  passphrase: string,
  onProgress: (p: BackupProgress) => void,
): Promise<RestoreDone> {
  const channel = new Channel<BackupProgress>();
  channel.onmessage = onProgress;
  return call('restore_backup', { path, passphrase, onProgress: channel });
}
