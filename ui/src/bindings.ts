// Generated from the Rust commands and types by src-tauri/src/bindings.rs.
// Do not edit: run `make bindings` after changing a command or a type it uses.

import type { Channel as TAURI_CHANNEL } from '@tauri-apps/api/core';

/** Every command the shell registers: its arguments and what it resolves to. */
export interface Commands {
  app_info(): Promise<AppInfo>;
  page_zoom(): Promise<number>;
  set_page_zoom(args: { zoom: number }): Promise<number>;
  list_classes(args: { includeArchived: boolean }): Promise<ClassView[]>;
  create_class(args: { input: ClassInput }): Promise<ClassView>;
  update_class(args: { id: ClassId; input: ClassInput }): Promise<ClassView>;
  set_class_archived(args: { id: ClassId; archived: boolean }): Promise<ClassView>;
  load_demo_class(): Promise<ClassView>;
  choose_import_file(args: { filterName: string }): Promise<string | null>;
  choose_import_folder(): Promise<string | null>;
  listen_file_drops(args: { onDrop: TAURI_CHANNEL<string[]> }): Promise<null>;
  inspect_roster_import(args: { path: string; columns: RosterColumns | null }): Promise<RosterInspection>;
  preview_roster_import(args: { path: string; columns: RosterColumns | null; choice: RosterChoice }): Promise<RosterPlan>;
  apply_roster_import(args: { path: string; columns: RosterColumns | null; choice: RosterChoice; onProgress: TAURI_CHANNEL<ImportProgress> }): Promise<RosterOutcome>;
  last_file_import(): Promise<FileImportView | null>;
  undo_file_import(args: { id: number }): Promise<FileImportView>;
  inspect_scores_import(args: { path: string }): Promise<ScoresInspection>;
  preview_scores_import(args: { path: string; classId: ClassId; map: ScoresMap }): Promise<ScoresPlan>;
  apply_scores_import(args: { path: string; classId: ClassId; map: ScoresMap; onProgress: TAURI_CHANNEL<ImportProgress> }): Promise<ScoresOutcome>;
  save_scores_map(args: { name: string; headers: string[]; map: ScoresMap }): Promise<SavedMap>;
  preview_framework_import(args: { path: string; classId: ClassId | null }): Promise<FrameworkFileReport>;
  apply_framework_import(args: { path: string; classId: ClassId | null; onProgress: TAURI_CHANNEL<ImportProgress> }): Promise<FrameworkFileReport>;
  list_students(args: { classId: ClassId; includeArchived: boolean }): Promise<StudentView[]>;
  create_student(args: { classId: ClassId; input: StudentInput }): Promise<StudentView>;
  update_student(args: { id: StudentId; input: StudentInput }): Promise<StudentView>;
  set_student_archived(args: { id: StudentId; archived: boolean }): Promise<StudentView>;
  purge_student(args: { id: StudentId }): Promise<null>;
  get_profile(args: { studentId: StudentId }): Promise<LearnerProfile>;
  class_profile_badges(args: { classId: ClassId }): Promise<ProfileBadges[]>;
  save_profile(args: { studentId: StudentId; profile: LearnerProfile }): Promise<LearnerProfile>;
  list_frameworks(args: { includeArchived: boolean }): Promise<FrameworkView[]>;
  class_frameworks(args: { classId: ClassId }): Promise<FrameworkView[]>;
  create_framework(args: { input: FrameworkInput }): Promise<FrameworkView>;
  update_framework(args: { id: FrameworkId; input: FrameworkInput }): Promise<FrameworkView>;
  set_framework_archived(args: { id: FrameworkId; archived: boolean }): Promise<FrameworkView>;
  set_framework_scale(args: { id: FrameworkId; scale: Scale }): Promise<FrameworkView>;
  set_framework_method(args: { id: FrameworkId; method: Method }): Promise<FrameworkView>;
  list_nodes(args: { frameworkId: FrameworkId; includeArchived: boolean }): Promise<NodeView[]>;
  create_node(args: { frameworkId: FrameworkId; parentId: NodeId | null; input: NodeInput }): Promise<NodeView>;
  update_node(args: { id: NodeId; input: NodeInput }): Promise<NodeView>;
  move_node(args: { id: NodeId; parentId: NodeId | null; index: number }): Promise<NodeView[]>;
  set_node_archived(args: { id: NodeId; archived: boolean }): Promise<NodeView>;
  set_node_method(args: { id: NodeId; method: Method | null }): Promise<NodeView>;
  attach_framework(args: { classId: ClassId; frameworkId: FrameworkId }): Promise<null>;
  detach_framework(args: { classId: ClassId; frameworkId: FrameworkId }): Promise<null>;
  import_case(args: { fileName: string; text: string; classId: ClassId | null; onProgress: TAURI_CHANNEL<ImportProgress> }): Promise<CaseImportReport>;
  preview_case_import(args: { fileName: string; text: string; classId: ClassId | null }): Promise<CaseImportReport>;
  record_evidence(args: { input: EvidenceInput }): Promise<EvidenceView>;
  update_evidence(args: { id: EvidenceId; input: EvidenceInput }): Promise<EvidenceView>;
  delete_evidence(args: { id: EvidenceId }): Promise<null>;
  restore_evidence(args: { id: EvidenceId }): Promise<EvidenceView>;
  set_status_override(args: { studentId: StudentId; competencyId: NodeId; input: OverrideInput }): Promise<OverrideView[]>;
  mastery_grid(args: { classId: ClassId }): Promise<MasteryGrid>;
  cell_detail(args: { studentId: StudentId; competencyId: NodeId }): Promise<CellDetail>;
  competency_summary(args: { classId: ClassId; competencyId: NodeId }): Promise<CompetencySummary>;
  export_grid_csv(args: { classId: ClassId; fileName: string }): Promise<string | null>;
  sync_status(): Promise<SyncStatus>;
  set_sync_label(args: { label: string }): Promise<SyncStatus>;
  set_sync_folder(args: { path: string | null }): Promise<SyncStatus>;
  choose_sync_folder(): Promise<SyncStatus>;
  set_passphrase(args: { passphrase: string }): Promise<SyncStatus>;
  receive_classes(args: { classIds: ClassId[] }): Promise<SyncStatus>;
  sync_now(args: { onProgress: TAURI_CHANNEL<SyncProgress> }): Promise<SyncReport>;
  export_bundle(args: { readable: boolean }): Promise<string | null>;
  choose_bundle_file(): Promise<string | null>;
  listen_opened_bundles(args: { onOpen: TAURI_CHANNEL<string> }): Promise<null>;
  preview_bundle(args: { path: string }): Promise<BundlePreview>;
  import_bundle(args: { path: string; acceptClasses: string[] }): Promise<ImportCounts>;
  import_history(): Promise<ImportLogEntry[]>;
  undo_last_import(): Promise<null>;
  list_conflicts(): Promise<ConflictView[]>;
  resolve_conflict(args: { table: string; rowId: string; field: string; value: Value }): Promise<null>;
  list_shares(): Promise<KeptShare[]>;
  generate_share_passphrase(): Promise<string>;
  choose_share_folder(): Promise<string | null>;
  share_class(args: { classId: ClassId; folder: string; passphrase: string }): Promise<Share>;
  join_share(args: { folder: string; passphrase: string }): Promise<JoinedShares>;
  sync_share(args: { classId: ClassId; onProgress: TAURI_CHANNEL<SyncProgress> }): Promise<SyncReport>;
  sync_all_shares(args: { onProgress: TAURI_CHANNEL<SyncProgress> }): Promise<ShareSync[]>;
  set_share_passphrase(args: { classId: ClassId; passphrase: string }): Promise<null>;
  forget_class(args: { classId: ClassId }): Promise<null>;
  suggest_groups(args: { classId: ClassId; request: GroupRequest }): Promise<GroupProposal>;
  save_group_set(args: { classId: ClassId; input: GroupSetInput }): Promise<GroupSetView>;
  list_group_sets(args: { classId: ClassId }): Promise<GroupSetSummary[]>;
  get_group_set(args: { id: GroupSetId }): Promise<GroupSetView>;
  move_student(args: { setId: GroupSetId; studentId: StudentId; groupId: GroupId }): Promise<GroupSetView>;
  update_group(args: { groupId: GroupId; update: GroupUpdate }): Promise<GroupSetView>;
  delete_group_set(args: { id: GroupSetId }): Promise<null>;
  restore_group_set(args: { id: GroupSetId }): Promise<GroupSetView>;
  list_stations(args: { classId: ClassId; includeArchived: boolean }): Promise<StationView[]>;
  create_station(args: { classId: ClassId; input: StationInput }): Promise<StationView>;
  update_station(args: { id: StationId; input: StationInput }): Promise<StationView>;
  set_station_archived(args: { id: StationId; archived: boolean }): Promise<StationView>;
  build_rotation(args: { classId: ClassId; input: RotationInput }): Promise<RotationView>;
  list_rotations(args: { classId: ClassId }): Promise<RotationSummary[]>;
  get_rotation(args: { id: RotationId }): Promise<RotationView>;
  copy_last_rotation(args: { classId: ClassId; date: string }): Promise<RotationView | null>;
  set_rotation_cell(args: { planId: RotationId; round: number; groupId: GroupId; stationId: StationId | null }): Promise<RotationView>;
  update_rotation_timing(args: { planId: RotationId; blockMinutes: number; transitionMinutes: number }): Promise<RotationView>;
  group_cards(args: { planId: RotationId }): Promise<GroupCard[]>;
  today_view(args: { classId: ClassId; coverageDays: number }): Promise<TodayView>;
  rotation_clock(): Promise<ClockView>;
  control_clock(args: { action: ClockAction }): Promise<ClockView>;
  open_projector(): Promise<null>;
  projector_view(): Promise<ProjectorView>;
  set_peer_review(args: { id: ArtifactId; open: boolean; shareWithOwner: boolean }): Promise<ArtifactView>;
  list_feedback(args: { artifactId: ArtifactId }): Promise<FeedbackView[]>;
  delete_feedback(args: { id: FeedbackId }): Promise<null>;
  feedback_prompts(): Promise<string[]>;
  set_feedback_prompts(args: { prompts: string[] }): Promise<string[]>;
  student_mode_choose(args: { playlistId: PlaylistId; activityId: ActivityId }): Promise<StudentModeView>;
  student_mode_give_feedback(args: { artifactId: ArtifactId; input: FeedbackInput }): Promise<StudentModeView>;
  list_prerequisites(args: { frameworkId: FrameworkId }): Promise<Prerequisite[]>;
  add_prerequisite(args: { competencyId: NodeId; requiresId: NodeId }): Promise<Prerequisite[]>;
  remove_prerequisite(args: { competencyId: NodeId; requiresId: NodeId }): Promise<Prerequisite[]>;
  set_framework_credit(args: { id: FrameworkId; on: boolean }): Promise<FrameworkView>;
  student_next_steps(args: { studentId: StudentId }): Promise<StudentNextSteps>;
  class_next_steps(args: { classId: ClassId }): Promise<ClassNextSteps>;
  propose_playlist(args: { studentId: StudentId }): Promise<PlaylistInput | null>;
  approve_playlist(args: { studentId: StudentId; input: PlaylistInput }): Promise<PlaylistView>;
  list_activities(args: { classId: ClassId; includeArchived: boolean }): Promise<ActivityView[]>;
  create_activity(args: { classId: ClassId; input: ActivityInput }): Promise<ActivityView>;
  update_activity(args: { id: ActivityId; input: ActivityInput }): Promise<ActivityView>;
  set_activity_archived(args: { id: ActivityId; archived: boolean }): Promise<ActivityView>;
  list_playlists(args: { classId: ClassId; includeArchived: boolean }): Promise<PlaylistView[]>;
  create_playlist(args: { classId: ClassId; input: PlaylistInput }): Promise<PlaylistView>;
  update_playlist(args: { id: PlaylistId; input: PlaylistInput }): Promise<PlaylistView>;
  set_playlist_archived(args: { id: PlaylistId; archived: boolean }): Promise<PlaylistView>;
  assign_playlist(args: { playlistId: PlaylistId; target: AssignTarget }): Promise<PlaylistView>;
  unassign_playlist(args: { assignmentId: AssignmentId }): Promise<PlaylistView>;
  student_playlists(args: { studentId: StudentId }): Promise<StudentPlaylist[]>;
  class_playlist_progress(args: { classId: ClassId }): Promise<PlaylistProgress[]>;
  set_activity_progress(args: { change: ProgressChange }): Promise<StudentPlaylist[]>;
  list_goals(args: { studentId: StudentId }): Promise<GoalView[]>;
  create_goal(args: { studentId: StudentId; input: GoalInput }): Promise<GoalView>;
  update_goal(args: { id: GoalId; input: GoalInput }): Promise<GoalView>;
  delete_goal(args: { id: GoalId }): Promise<null>;
  restore_goal(args: { id: GoalId }): Promise<GoalView>;
  add_check_in(args: { goalId: GoalId; input: CheckInInput }): Promise<GoalView>;
  goal_overview(args: { classId: ClassId }): Promise<GoalOverview>;
  list_prompts(args: { includeArchived: boolean }): Promise<PromptView[]>;
  create_prompt(args: { text: string }): Promise<PromptView>;
  update_prompt(args: { id: PromptId; text: string }): Promise<PromptView>;
  set_prompt_archived(args: { id: PromptId; archived: boolean }): Promise<PromptView>;
  list_reflections(args: { studentId: StudentId }): Promise<ReflectionView[]>;
  add_reflection(args: { studentId: StudentId; input: ReflectionInput }): Promise<ReflectionView>;
  update_reflection(args: { id: ReflectionId; input: ReflectionInput }): Promise<ReflectionView>;
  delete_reflection(args: { id: ReflectionId }): Promise<null>;
  list_conferences(args: { studentId: StudentId }): Promise<ConferenceView[]>;
  create_conference(args: { studentId: StudentId; input: ConferenceInput }): Promise<ConferenceView>;
  update_conference(args: { id: ConferenceId; input: ConferenceInput }): Promise<ConferenceView>;
  delete_conference(args: { id: ConferenceId }): Promise<null>;
  has_teacher_pin(): Promise<boolean>;
  set_teacher_pin(args: { currentPin: string; newPin: string }): Promise<null>;
  enter_student_mode(args: { studentId: StudentId }): Promise<null>;
  leave_student_mode(args: { pin: string }): Promise<null>;
  student_mode_view(): Promise<StudentModeView>;
  student_mode_check_in(args: { goalId: GoalId; input: CheckInInput }): Promise<StudentModeView>;
  student_mode_reflect(args: { input: ReflectionInput }): Promise<StudentModeView>;
  list_team_reflections(): Promise<TeamReflectionSummary[]>;
  create_team_reflection(args: { team: string; date: string }): Promise<TeamReflectionView>;
  get_team_reflection(args: { id: TeamReflectionId }): Promise<TeamReflectionView>;
  save_team_approach(args: { id: TeamReflectionId; approachId: string; now: string; different: string }): Promise<TeamReflectionView>;
  save_team_answer(args: { id: TeamReflectionId; question: number; answer: string }): Promise<TeamReflectionView>;
  attach_artifact(args: { studentId: StudentId; input: ArtifactInput; filterName: string }): Promise<ArtifactView | null>;
  attach_artifact_path(args: { studentId: StudentId; path: string; input: ArtifactInput }): Promise<ArtifactView>;
  list_artifacts(args: { studentId: StudentId }): Promise<ArtifactView[]>;
  update_artifact(args: { id: ArtifactId; input: ArtifactInput }): Promise<ArtifactView>;
  delete_artifact(args: { id: ArtifactId }): Promise<null>;
  open_conference_report(args: { request: ReportRequest }): Promise<null>;
  open_class_summary(args: { classId: ClassId; paper: Paper }): Promise<null>;
  open_team_reflection_report(args: { id: TeamReflectionId; paper: Paper }): Promise<null>;
  print_report(): Promise<null>;
  list_print_languages(): Promise<PrintLanguageStatus[]>;
  approve_print_language(args: { lang: string; approvedBy: string }): Promise<PrintLanguageStatus>;
  withdraw_print_language_approval(args: { lang: string }): Promise<PrintLanguageStatus>;
  print_catalog_entries(args: { lang: string }): Promise<CatalogEntry[]>;
  correct_print_label(args: { lang: string; id: string; text: string | null }): Promise<CatalogEntry>;
  export_print_catalog(args: { lang: string; filterName: string }): Promise<string | null>;
  import_print_catalog(args: { lang: string }): Promise<CatalogImport | null>;
  list_snapshots(): Promise<SnapshotInfo[]>;
  choose_backup_folder(): Promise<string | null>;
  write_backup(args: { folder: string; passphrase: string; onProgress: TAURI_CHANNEL<BackupProgress> }): Promise<BackupWritten>;
  choose_backup_file(): Promise<string | null>;
  preview_backup(args: { path: string; passphrase: string }): Promise<BackupManifest>;
  restore_backup(args: { path: string; passphrase: string; onProgress: TAURI_CHANNEL<BackupProgress> }): Promise<RestoreDone>;
}

/**  A student left out as absent. */
export type AbsentStudent = {
	/**  The student. */
	studentId: string,
	/**  Their name. */
	displayName: string,
};

/**  One accommodation, with the supports it names. */
export type Accommodation = {
	/**  Which kind of plan. */
	kind: AccommodationKind,
	/**  The supports, in the teacher's words. */
	notes: string,
	/**  The next review, `YYYY-MM-DD` or "". */
	reviewDate: string,
};

/**  The kind of an accommodation plan. */
export type AccommodationKind = 
/**  An Individualized Education Program. */
"iep" | 
/**  A Section 504 plan. */
"504" | 
/**  English-learner supports. */
"el" | 
/**  Anything else the teacher tracks. */
"other";

/**  A learning activity on a competency. */
export type ActivityId = string;

/**  What a teacher types to create or edit an activity. */
export type ActivityInput = {
	/**  The competency it practises. */
	competencyId: string,
	/**  Required, for example "Ratio tables video". */
	title: string,
	/**  How the student works. */
	modality: Modality,
	/**
	 *  About how long it takes: a whole number from 1 to [`MINUTES_MAX`]. A float here so
	 *  that 12.5 from the UI is a field error, not a failed call.
	 */
	minutes: number,
	/**  What to do; may span lines. */
	instructions: string,
	/**  A web address shown as text, or "". */
	link: string,
	/**
	 *  Interests it suits ("soccer", "music"), so next steps can offer it to students who
	 *  have them; optional.
	 */
	interests: string[],
};

/**  An activity as the UI shows it. */
export type ActivityView = {
	/**  Its id. */
	id: ActivityId,
	/**  Its class. */
	classId: ClassId,
	/**  The competency it practises. */
	competencyId: string,
	/**  That competency's code, else its short label ("" if it is gone). */
	competencyCode: string,
	/**  Its title. */
	title: string,
	/**  How the student works. */
	modality: Modality,
	/**  About how long it takes. */
	minutes: number,
	/**  What to do. */
	instructions: string,
	/**  A web address, or "". */
	link: string,
	/**  Archived activities are not offered for new playlists. */
	archived: boolean,
	/**  Interests it suits. */
	interests: string[],
};

/**  What the footer and About Waypoint show. */
export type AppInfo = {
	version: string,
	dbPath: string,
	/**  The folder of the daily snapshots (the automatic backups) beside the database. */
	snapshotsDir: string,
	deviceId: string,
};

/**  A portfolio artifact (the record of a file). */
export type ArtifactId = string;

/**  What a teacher types about an artifact (the file itself is chosen separately). */
export type ArtifactInput = {
	/**  Required, for example "Bridge model, final version". */
	title: string,
	/**  Required, `YYYY-MM-DD`: when the work was done. */
	date: string,
	/**  The student's or teacher's reflection on it; may span lines. */
	reflection: string,
	/**  The competencies it is evidence for. */
	competencyIds: string[],
	/**  Shown on the conference printout. */
	highlight: boolean,
};

/**  An artifact as the UI shows it. */
export type ArtifactView = {
	/**  Its id. */
	id: ArtifactId,
	/**  Whose portfolio it is in. */
	studentId: StudentId,
	/**  Its title. */
	title: string,
	/**  When the work was done, `YYYY-MM-DD`. */
	date: string,
	/**  The reflection on it. */
	reflection: string,
	/**  The competencies it is evidence for. */
	competencyIds: string[],
	/**  Shown on the conference printout. */
	highlight: boolean,
	/**  The file's name when it was attached. */
	fileName: string,
	/**  Its MIME type, as [`mime_of`] found it. */
	mime: string,
	/**  Its size in bytes. */
	size: number,
	/**  The SHA-256 of its bytes, lowercase hex. */
	sha256: string,
	/**  `image`, `pdf`, `audio`, `video` or `document` ([`kind_of`]). */
	kind: string,
	/**  Open for classmates' feedback in student mode. */
	peerReview: boolean,
	/**  The owner may read the feedback on it. */
	shareFeedback: boolean,
	/**  How many pieces of peer feedback it has. */
	feedbackCount: number,
	/**  True when the file's bytes are on this laptop (present, with the recorded size). */
	present: boolean,
	/**  A `data:image/png;base64,…` URL of a small thumbnail, or `None`. */
	thumbnail: string | null,
	/**  Why the file can't be shown, in a sentence for the teacher, or `None`. */
	problem: string | null,
};

/**  Who an assignment is for. */
export type AssignTarget = {
	/**  Student, group or station. */
	kind: TargetKind,
	/**  The student's, group's or station's id. */
	id: string,
};

/**  A playlist given to a student, a group or a station. */
export type AssignmentId = string;

/**  A playlist's assignment as the UI shows it. */
export type AssignmentView = {
	/**  Its id (to unassign). */
	id: AssignmentId,
	/**  Who it is for. */
	target: AssignTarget,
	/**  The student's, group's or station's name. */
	targetName: string,
};

/**  Who wrote a check-in or a reflection. */
export type Author = 
/**  The student, usually in student mode. */
"student" | 
/**  The teacher. */
"teacher";

/**  A backup's counts. */
export type BackupCounts = {
	/**  Classes. */
	classes: number,
	/**  Students in all classes. */
	students: number,
	/**  Pieces of evidence. */
	evidence: number,
	/**  Portfolio items. */
	artifacts: number,
	/**  Files in the backup: the database and each portfolio file. */
	files: number,
	/**  Their bytes in all. */
	bytes: number,
};

/**  What a backup holds, written first so a preview needs nothing else. */
export type BackupManifest = {
	/**  Always [`FORMAT`]. */
	format: string,
	/**  The format version, [`VERSION`]. */
	version: number,
	/**  When the backup was made, Unix ms. */
	createdWallMs: number,
	/**  The database's schema version. */
	schemaVersion: number,
	/**  The device id of the laptop it was made on. */
	sourceDevice: string,
	/**  Every class, with its number of students. */
	classes: ClassCount[],
	/**  Counts. */
	counts: BackupCounts,
};

/**  Which step a long backup or restore is in. */
export type BackupPhase = 
/**  Encrypting and writing the backup. */
"writing" | 
/**  Reading the written backup back to check it. */
"checking" | 
/**  Decrypting and checking a backup to restore it. */
"restoring";

/**  How far a backup or restore has got, in bytes of the files it holds. */
export type BackupProgress = {
	/**  The step. */
	phase: BackupPhase,
	/**  Bytes done. */
	done: number,
	/**  Bytes in all. */
	total: number,
};

/**  A backup written: where, and what it holds. */
export type BackupWritten = {
	/**  The backup file. */
	path: string,
	/**  Its manifest. */
	manifest: BackupManifest,
};

/**
 *  Where a calculated level puts a student relative to the proficient threshold: the bands
 *  a teacher groups by.
 */
export type Band = 
/**  More than one level below proficient: reteach. */
"reteach" | 
/**  Within one level below proficient: practice. */
"practice" | 
/**  At or above proficient: extend. */
"extend";

/**  A class a bundle holds, as the teacher chooses whether to receive it. */
export type BundleClass = {
	/**  The class id. */
	id: string,
	/**  Its name, from this laptop or from the bundle's own changes; "" when neither has it. */
	name: string,
	/**  On this laptop already, or chosen to be received. */
	known: boolean,
};

/**  What a bundle is, read without importing it. */
export type BundlePreview = {
	/**  The sender's label. */
	sourceLabel: string,
	/**  The sending device. */
	sourceDevice: string,
	/**  When it was made, Unix milliseconds. */
	createdWallMs: number,
	/**  How many changes it carries. */
	opCount: number,
	/**  How many portfolio files it carries. */
	files: number,
	/**  True when it was encrypted. */
	encrypted: boolean,
	/**  The classes it holds. */
	classes: BundleClass[],
};

/**  An activity on a group's card. */
export type CardActivity = {
	/**  Its title. */
	title: string,
	/**  read, watch, … */
	modality: string,
	/**  How long. */
	minutes: number,
};

/**  A playlist on a group's card. */
export type CardPlaylist = {
	/**  Its title. */
	title: string,
	/**  "playlist" or "choice_board". */
	kind: string,
	/**  How many to pick (a choice board) or do (a playlist). */
	pickCount: number,
	/**  Its activities, in order. */
	activities: CardActivity[],
};

/**  A station on a group's card. */
export type CardStation = {
	/**  1-based round. */
	round: number,
	/**  The station's name, or "Free choice" when the group has none that round. */
	name: string,
	/**  Its kind. */
	kind: StationKind | null,
	/**  What to do there. */
	instructions: string,
	/**  What is there. */
	materials: string,
};

/**  What a CASE import did. */
export type CaseImportReport = {
	/**  The framework made or updated. */
	frameworkId: FrameworkId,
	/**  Its title. */
	title: string,
	/**  True when an earlier import of the same CASE document was updated. */
	updatedExisting: boolean,
	/**  Nodes created. */
	created: number,
	/**  Nodes whose fields changed. */
	updated: number,
	/**  Nodes already as the file has them. */
	unchanged: number,
	/**  Nodes from an earlier import that the file no longer has; archived, not deleted. */
	retired: number,
	/**  Items whose parent is not in the file: kept at the top level. */
	missingParents: MissingParent[],
	/**  Extra `isChildOf` links ignored because an item had more than one parent. */
	extraParents: number,
	/**  Prerequisites added from the file's `precedes` links. */
	prerequisitesAdded: number,
	/**  `precedes` links left out: between strands rather than competencies, or closing a loop. */
	prerequisitesSkipped: number,
	/**
	 *  Deviations from CASE 1.0 that were read anyway (a string for a list, a number as text,
	 *  a plain URI for a link, …), each naming its field and items with what was done.
	 */
	warnings: CaseWarning[],
	/**  True for a preview ([`preview_case_bytes`]): nothing was written. */
	dryRun: boolean,
};

/**  A deviation from CASE 1.0 that was read anyway, and what was done about it. */
export type CaseWarning = {
	/**  The field as the file spells it, for example `subject` or `sequenceNumber`. */
	field: string,
	/**
	 *  Each item concerned once, in file order, in English (for the command line and the
	 *  tests; the sentence has them in the reader's language): its code, or its identifier
	 *  when it has no code; `the CFDocument` for the document; `entry N in CFItems` for an
	 *  entry without an identifier. An `isChildOf` link is named by its child item.
	 */
	items: string[],
	/**
	 *  A sentence saying what was found and what was done, naming the field and the first
	 *  items.
	 */
	message: Message,
};

/**  One label as the editor shows it. */
export type CatalogEntry = {
	/**  The message id, for example `report-family-notes`. */
	id: string,
	/**  The English text. */
	english: string,
	/**  The shipped text in this language. */
	shipped: string,
	/**  This laptop's correction, if any. */
	correction: string | null,
};

/**  What importing a catalog file did. */
export type CatalogImport = {
	/**  The language. */
	code: string,
	/**  How many labels now differ from the shipped text. */
	corrections: number,
};

/**  Everything about one student on one competency. */
export type CellDetail = {
	/**  The student. */
	student: StudentView,
	/**  The competency. */
	competency: NodeView,
	/**  The strands above it, outermost first. */
	strands: NodeView[],
	/**  Its framework's scale. */
	scale: Scale,
	/**  The method that applies. */
	method: Method,
	/**  True when the competency overrides its framework's method. */
	methodIsOverride: boolean,
	/**  The evidence, oldest first. */
	evidence: EvidenceView[],
	/**  The result with the method that applies. */
	result: CellResult,
	/**  The calculated level after each piece of evidence (the trend), oldest first. */
	trend: (number | null)[],
	/**
	 *  How the method that applies arrives at its level from the evidence, step by step
	 *  (the same calculation as the level; an override does not change it).
	 */
	working: Working,
	/**  Every method's result side by side. */
	whatIf: WhatIf[],
	/**  Override decisions, newest first. */
	overrides: OverrideView[],
};

/**  A student's calculated result on one competency, with any override applied. */
export type CellResult = {
	/**  The calculated level, or `None` (no evidence, or the method gives no result yet). */
	level: number | null,
	/**  Pieces of evidence. */
	count: number,
	/**  The status shown: the override if there is one, else the calculated status. */
	status: Status,
	/**  The calculated status. */
	calculatedStatus: Status,
	/**  The date the calculated level first reached the threshold, when mastered. */
	masteredOn: string | null,
	/**  True when a teacher's override decides the status. */
	overridden: boolean,
};

/**  A check-in on a goal. */
export type CheckInId = string;

/**  A check-in on a goal. */
export type CheckInInput = {
	/**  `YYYY-MM-DD`, required. */
	date: string,
	/**  How far along, 0–100. A float so that a slider's 42.0 is accepted and rounded. */
	progress: number,
	/**  What happened; may span lines. */
	note: string,
	/**  Who checked in. */
	author: Author,
};

/**  A check-in as the UI shows it. */
export type CheckInView = {
	/**  Its id. */
	id: CheckInId,
	/**  `YYYY-MM-DD`. */
	date: string,
	/**  0–100. */
	progress: number,
	/**  The note, or "". */
	note: string,
	/**  Who checked in. */
	author: Author,
};

/**  A class and how many students it has. */
export type ClassCount = {
	/**  Its id. */
	id: string,
	/**  Its name. */
	name: string,
	/**  Its live students. */
	students: number,
};

/**  A class (a group of students the teacher teaches together). */
export type ClassId = string;

/**  What a teacher types to create or edit a class. */
export type ClassInput = {
	/**  Required, for example "Grade 6 Math — Period 2". */
	name: string,
	/**  Optional. */
	subject: string,
	/**  Optional, free text ("6", "K", "9–10"). */
	gradeLevel: string,
};

/**  The class's next steps: per competency, who is ready; per student, their first step. */
export type ClassNextSteps = {
	/**  Competencies someone is ready for, in the grid's order. */
	competencies: CompetencyReadiness[],
	/**  Every current student, in roster order. */
	students: FirstStep[],
};

/**  One section and the class it lands in. */
export type ClassPlan = {
	/**  The file's id for the section. */
	sectionId: string,
	/**  The class it updates, or `None` when a class is made. */
	classId: ClassId | null,
	/**  The class's name (the existing one's, for an update). */
	name: string,
	/**  A new class's fields. */
	class: ClassInput,
	/**
	 *  How the section was matched ("Section ID", "name"; an `import-matched-by-…`
	 *  message) or `None` for a new class.
	 */
	matchedBy: Message | null,
	/**  Its students, in the file's order. */
	students: StudentPlan[],
	/**  Students of the class the file no longer lists. */
	missing: MissingStudent[],
};

/**  A class as the UI shows it. */
export type ClassView = {
	/**  Its id. */
	id: ClassId,
	/**  Its name. */
	name: string,
	/**  Its subject, or "". */
	subject: string,
	/**  Its grade level, or "". */
	gradeLevel: string,
	/**  Archived classes are hidden unless asked for. */
	archived: boolean,
	/**  Students in it that are not archived. */
	studentCount: number,
};

/**  What a window asks the clock to do. */
export type ClockAction = 
/**  Load a rotation (idle at round 1). */
{ kind: "load"; 
/**  The rotation. */
planId: RotationId } | 
/**  Start or resume. */
{ kind: "start" } | 
/**  Pause. */
{ kind: "pause" } | 
/**  Skip to the next round. */
{ kind: "next" } | 
/**  Back to idle at round 1. */
{ kind: "reset" } | 
/**  Chime at each change, or not. */
{ kind: "chime"; 
/**  On or off. */
on: boolean };

/**  Where the clock is. */
export type ClockPhase = 
/**  Loaded, not started. */
"idle" | 
/**  Work at the stations. */
"block" | 
/**  Moving to the next station. */
"transition" | 
/**  Every round is over. */
"done";

/**  What a window shows. */
export type ClockView = {
	/**  The rotation loaded, if any. */
	planId: string | null,
	/**  0-based. */
	round: number,
	/**  How many rounds. */
	rounds: number,
	/**  The phase. */
	phase: ClockPhase,
	/**  True while counting down. */
	running: boolean,
	/**  Whole seconds left in the phase, rounded up. */
	remainingSeconds: number,
	/**  The phase's length in seconds. */
	phaseSeconds: number,
	/**  True when a window should chime at each change. */
	chime: boolean,
	/**  ClockPhase changes so far. */
	transitions: number,
};

/**  How several scores for one competency make one. */
export type Combine = 
/**  Their mean. */
"average" | 
/**  Their total (points over several questions). */
"sum";

/**  Which columns (wide) or item values (long) are evidence of one competency. */
export type CompetencyColumns = {
	/**  The competency: its id, or its code in the class's frameworks. */
	competency: string,
	/**  Header names (wide) or item values (long). */
	columns: string[],
	/**  How several make one. */
	combine: Combine,
};

/**  One competency in a student's progression, named. */
export type CompetencyLine = {
	/**  The competency. */
	competencyId: NodeId,
	/**  Its code, else its short label. */
	code: string,
	/**  Its full statement. */
	statement: string,
	/**  Where the student stands. */
	state: Readiness,
	/**  Why, in one line (a `reason-*` message). */
	reason: Message,
	/**  The calculated level, if any. */
	level: number | null,
};

/**  Who is ready for one competency. */
export type CompetencyReadiness = {
	/**  The competency. */
	competencyId: NodeId,
	/**  Its code, else its short label. */
	code: string,
	/**  Its full statement. */
	statement: string,
	/**  Students ready for it or working on it, in roster order. */
	students: ReadyStudent[],
};

/**  A competency across a class. */
export type CompetencySummary = {
	/**  The competency. */
	competency: NodeView,
	/**  Its scale. */
	scale: Scale,
	/**  The method that applies. */
	method: Method,
	/**  Every live student, lowest level first (no result last). */
	students: SummaryStudent[],
	/**  The distribution over the scale's levels. */
	distribution: LevelCount[],
	/**  Students with no calculated level. */
	noResult: number,
};

/**  A conference record. */
export type ConferenceId = string;

/**  A conference record as typed. */
export type ConferenceInput = {
	/**  `YYYY-MM-DD`, required. */
	date: string,
	/**  Who was there, by name. */
	attendees: string[],
	/**  What was said; may span lines. */
	notes: string,
	/**  What the student does next. */
	nextSteps: string[],
	/**  What the adults follow up on. */
	followUps: string[],
	/**  Led by the student. */
	studentLed: boolean,
};

/**  A conference record as the UI shows it. */
export type ConferenceView = {
	/**  Its id. */
	id: ConferenceId,
	/**  The student. */
	studentId: StudentId,
	/**  `YYYY-MM-DD`. */
	date: string,
	/**  Who was there. */
	attendees: string[],
	/**  What was said. */
	notes: string,
	/**  What the student does next. */
	nextSteps: string[],
	/**  What the adults follow up on. */
	followUps: string[],
	/**  Led by the student. */
	studentLed: boolean,
};

/**  One value a conflict's field could take. */
export type ConflictCandidate = {
	/**  The raw value. */
	value: Value,
	/**
	 *  The value as the teacher reads it: what was typed, as it is, or a word such as
	 *  "Deleted" or "(empty)" in the teacher's language.
	 */
	display: Message,
	/**  The device that wrote it. */
	device: string,
	/**  "This laptop", the co-teacher's label, or "Laptop" and a short device id. */
	who: Message,
	/**  When it was written (HLC wall time), Unix milliseconds. */
	atMs: number,
	/**  True for the value shown now. */
	current: boolean,
};

/**  One open conflict. */
export type ConflictView = {
	/**  The table. */
	table: string,
	/**  The row. */
	rowId: string,
	/**  The field; `_deleted` for a delete that raced an edit. */
	field: string,
	/**  The field for people, e.g. "Given name". */
	fieldLabel: Message,
	/**  The row for people, e.g. "Student Ana Ruiz". */
	rowLabel: Message,
	/**  Every value, the shown one first. */
	candidates: ConflictCandidate[],
	/**  True when the teacher may type a new value instead of keeping one. */
	editable: boolean,
};

/**
 *  What the teacher asks for beyond the levels. Constraints that mention an absent student
 *  are ignored (that student is not placed), but every id must still be in the class.
 */
export type Constraints = {
	/**  Pairs of student ids never to share a group. */
	apart: ([string, string])[],
	/**  Sets of student ids each to be all in one group. */
	together: string[][],
	/**  Student ids that must all be in the teacher-led group. */
	teacherLed: string[],
	/**  Student ids left out entirely. */
	absent: string[],
};

/**  How a file's scores become levels of the class's scale (see the module doc). */
export type Conversion = 
/**  Percents (0–100) through cut points; none given: derived from the scale. */
{ type: "percent"; 
/**  The cut points; empty means [`default_cuts`]. */
cuts: Cut[] } | 
/**  Raw points out of `max`, as a percent through cut points. */
{ type: "points"; 
/**  The most points there are (of the combined value, when columns are summed). */
max: number; 
/**  The cut points; empty means [`default_cuts`]. */
cuts: Cut[] } | 
/**
 *  A vendor's own scale, from `min` to `max`, whose `proficient` mark is the scale's
 *  mastery threshold.
 */
{ type: "vendor"; 
/**  The vendor scale's lowest value (0 unless said). */
min: number; 
/**  The value the vendor calls proficient. */
proficient: number; 
/**  The vendor scale's highest value. */
max: number };

/**  A student due for 1:1 time. */
export type CoverageEntry = {
	/**  The student. */
	studentId: string,
	/**  Their name. */
	displayName: string,
	/**  Their last observation or conference, `None` when never. */
	lastDate: string | null,
	/**  Days since then. */
	daysSince: number | null,
};

/**
 *  One cut point: a score of at least `min_percent` gets `level` (unless a higher cut
 *  applies).
 */
export type Cut = {
	/**  The lowest percent (0–100) that gets this level. */
	minPercent: number,
	/**  A level of the scale. */
	level: number,
};

/**  Where the evidence's date comes from. */
export type DateSource = 
/**  A column (a timestamp or a date). */
{ type: "column"; 
/**  The column. */
column: string; 
/**  Read `03/04/2026` as 3 April rather than March 4. */
dayFirst: boolean } | 
/**  One date for every row, `YYYY-MM-DD`. */
{ type: "fixed"; 
/**  The date. */
date: string };

/**
 *  A decimal rounded to at most two places, held as hundredths so messages stay comparable
 *  and hashable; it travels as a JSON number (`2.5`), which the UI formats for its language.
 */
export type Decimal = number;

/**  The closed set of error codes the UI may branch on. */
export type ErrorCode = 
/**  The input broke a rule; `field` says which input. */
"invalid" | 
/**  The id names nothing, or something deleted. */
"not_found" | 
/**  The database or a file beside it failed. */
"storage" | 
/**  A bug in Waypoint. */
"internal" | 
/**  Student mode is on, so the teacher's pages are shut until the PIN is given. */
"student_mode";

/**  One piece of evidence: a student's level on a competency, on a date. */
export type EvidenceId = string;

/**  What a teacher records: a student's level on a competency. */
export type EvidenceInput = {
	/**  The student. */
	studentId: string,
	/**  The competency. */
	competencyId: string,
	/**  A level on the framework's scale. */
	level: number,
	/**  `YYYY-MM-DD`, required. */
	date: string,
	/**  How it was gathered. */
	kind: EvidenceKind,
	/**  Optional note. */
	note: string,
};

/**  How a piece of evidence was gathered. */
export type EvidenceKind = 
/**  Watching the student work. */
"observation" | 
/**  An exit ticket. */
"exit_ticket" | 
/**  A quiz or test. */
"quiz" | 
/**  A project. */
"project" | 
/**  A conference with the student. */
"conference" | 
/**  The student's own rating. */
"self_assessment";

/**  A piece of evidence as the UI shows it. */
export type EvidenceView = {
	/**  Its id. */
	id: EvidenceId,
	/**  The student. */
	studentId: StudentId,
	/**  The competency. */
	competencyId: NodeId,
	/**  The level recorded. */
	level: number,
	/**  `YYYY-MM-DD`. */
	date: string,
	/**  How it was gathered. */
	kind: EvidenceKind,
	/**  The note, or "". */
	note: string,
};

/**  A family contact. */
export type FamilyContact = {
	/**  Required. */
	name: string,
	/**  "Mother", "Grandfather", "Guardian", … */
	relationship: string,
	/**  Phone, free text. */
	phone: string,
	/**  Email, optional. */
	email: string,
	/**  The language to write to the family in; reports use it. */
	preferredLanguage: string,
};

/**  One student's feedback on a classmate's portfolio item. */
export type FeedbackId = string;

/**  A classmate's answers to the protocol's prompts, in order. */
export type FeedbackInput = {
	/**  One answer per prompt; some may be blank, not all. */
	answers: string[],
};

/**  One piece of feedback as the teacher (and, if allowed, the owner) reads it. */
export type FeedbackView = {
	/**  Its id. */
	id: FeedbackId,
	/**  The item it is about. */
	artifactId: ArtifactId,
	/**  The classmate's first name. */
	authorName: string,
	/**  When it was written, `YYYY-MM-DD`. */
	date: string,
	/**  The prompts as they were, and the answers, in order. */
	prompts: string[],
	/**  The answers. */
	answers: string[],
};

/**  One field that will change. */
export type FieldChange = {
	/**  The field's name as a teacher reads it ("Family name"; an `import-field-…` message). */
	label: Message,
	/**  Its value now, or "". */
	before: string,
	/**  Its value after the import. */
	after: string,
};

/**  An import applied, as its result screen and "Undo" need it. */
export type FileImportView = {
	/**  Its number on this laptop. */
	id: number,
	/**  What it brought in. */
	kind: ImportKind,
	/**  The file's name. */
	source: string,
	/**  When, in ms since the epoch. */
	atMs: number,
	/**  Counts, as the import reported them (a JSON object of numbers). */
	summary: { [key in string]: number },
	/**
	 *  True while "Undo" would run: it is the last import, not undone, and nothing has been
	 *  written on this laptop since.
	 */
	canUndo: boolean,
	/**  True once undone. */
	undone: boolean,
};

/**  What one other laptop's file brought. */
export type FileReport = {
	/**  The file's name in the folder. */
	file: string,
	/**  The sender's label ("" when the file could not be read). */
	label: string,
	/**  What came in, when it was imported. */
	counts: ImportCounts | null,
	/**  Why it was not, as a sentence. */
	error: Message | null,
	/**  Classes in it the teacher has not chosen to receive (then nothing was imported). */
	refusedClasses: BundleClass[],
};

/**  A student's first next step, in one line (the Today view's teacher-led group). */
export type FirstStep = {
	/**  The student. */
	studentId: StudentId,
	/**  What to call them. */
	displayName: string,
	/**  Their nearest next step, if they have one. */
	next: CompetencyLine | null,
};

/**  Why an activity is suggested first. */
export type Fit = 
/**  It is done the way the student prefers to learn. */
"way_of_learning" | 
/**  It is tagged with one of the student's interests. */
"interest" | 
/**  It practises the competency. */
"competency";

/**  What a framework table import did, or would do. */
export type FrameworkCsvReport = {
	/**  The framework made or updated (for a preview of a new one, the id this run minted). */
	frameworkId: FrameworkId,
	/**  Its title. */
	title: string,
	/**  True when a framework from an earlier import of the same title was updated. */
	updatedExisting: boolean,
	/**  Nodes created. */
	created: number,
	/**  Nodes whose fields changed. */
	updated: number,
	/**  Nodes already as the table has them. */
	unchanged: number,
	/**  Nodes from an earlier import whose code the table no longer has; archived. */
	retired: number,
	/**  Rows left out or used with a warning, with their file, line and reason. */
	problems: RowProblem[],
	/**  True for a preview: nothing was written. */
	dryRun: boolean,
};

/**  What a framework file holds or did, by its kind: a CASE package or a framework table. */
export type FrameworkFileReport = 
/**  A CASE 1.0 package (JSON). */
{ kind: "case"; report: CaseImportReport } | 
/**  A table of codes, statements and parent codes (CSV or Excel). */
{ kind: "table"; report: FrameworkCsvReport };

/**  A competency framework (the root of a tree of strands and competencies). */
export type FrameworkId = string;

/**  What a framework is called. */
export type FrameworkInput = {
	/**  Required, for example "Grade 6 Mathematics". */
	title: string,
	/**  Optional. */
	subject: string,
};

/**  A framework as the UI shows it. */
export type FrameworkView = {
	/**  Its id. */
	id: FrameworkId,
	/**  Its title. */
	title: string,
	/**  Its subject, or "". */
	subject: string,
	/**  The proficiency scale its evidence uses. */
	scale: Scale,
	/**  How a level is calculated from evidence, unless a competency overrides it. */
	method: Method,
	/**  The CASE document identifier it was imported from, or "". */
	caseIdentifier: string,
	/**  The CASE document version it was last imported from, or "". */
	caseVersion: string,
	/**  Archived frameworks are hidden unless asked for. */
	archived: boolean,
	/**  Live (not archived) competencies in it. */
	competencyCount: number,
	/**  A later competency's mastery credits the ones it requires (see `progressions`). */
	creditFromLater: boolean,
};

/**
 *  Ops held above a gap for one stream: the vector covers `covered`, and `held` ops with
 *  higher seqs are here while some below them are missing.
 */
export type Gap = {
	/**  The stream. */
	origin: StreamId,
	/**  The highest contiguous seq held. */
	covered: number,
	/**  Ops held above it. */
	held: number,
};

/**  A student's goal. */
export type GoalId = string;

/**  What a teacher or student types to create or edit a goal. */
export type GoalInput = {
	/**  Required, for example "Explain ratios with a table". */
	title: string,
	/**  Why it matters, in the student's words; may span lines. */
	why: string,
	/**  The steps, in order; blanks are dropped. */
	steps: string[],
	/**  `YYYY-MM-DD` or "". */
	targetDate: string,
	/**  Where it stands. */
	status: GoalStatus,
	/**  Competencies the goal is about (the store checks they exist). */
	competencyIds: string[],
	/**  Interests or career goals from the learner profile it connects to, by their text. */
	profileLinks: string[],
};

/**
 *  The class's goals that need the teacher: overdue, stale, and students with no active
 *  goal.
 */
export type GoalOverview = {
	/**  Active goals past their target date. */
	overdue: GoalOverviewEntry[],
	/**  Active goals without a check-in for over [`STALE_DAYS`] days. */
	stale: GoalOverviewEntry[],
	/**  Students with no active goal. */
	withoutGoal: StudentRef[],
};

/**  One goal in the class overview, with its student. */
export type GoalOverviewEntry = {
	/**  The student. */
	studentId: StudentId,
	/**  Their display name. */
	displayName: string,
	/**  The goal. */
	goal: GoalView,
};

/**  Where a goal stands. */
export type GoalStatus = 
/**  Being worked on. */
"active" | 
/**  Reached. */
"met" | 
/**  Finished without being reached. */
"not_met" | 
/**  Set aside. */
"dropped";

/**  A goal as the UI shows it. */
export type GoalView = {
	/**  Its id. */
	id: GoalId,
	/**  The student. */
	studentId: StudentId,
	/**  Its title. */
	title: string,
	/**  Why it matters. */
	why: string,
	/**  The steps, in order. */
	steps: string[],
	/**  `YYYY-MM-DD` or "". */
	targetDate: string,
	/**  Where it stands. */
	status: GoalStatus,
	/**  Competencies it is about. */
	competencyIds: string[],
	/**  Learner-profile links, by their text. */
	profileLinks: string[],
	/**  The codes of `competency_ids`, in the same order, for display. */
	competencyCodes: string[],
	/**  Check-ins, newest first. */
	checkIns: CheckInView[],
	/**  The latest check-in's progress, 0 when none. */
	progress: number,
	/**  Active and past its target date. */
	overdue: boolean,
	/**  Active with no check-in (or creation) in the last [`STALE_DAYS`] days. */
	stale: boolean,
};

/**  A competency column of the grid. */
export type GridCompetency = {
	/**  The competency. */
	id: NodeId,
	/**  Its framework. */
	frameworkId: FrameworkId,
	/**  Its code, or "". */
	code: string,
	/**  Its short label. */
	label: string,
	/**  Its full statement. */
	statement: string,
	/**  The strands above it, outermost first (ids). */
	strandIds: NodeId[],
	/**  The method that applies (its own, else the framework's). */
	method: Method,
	/**  The proficient threshold of its framework's scale. */
	threshold: number,
};

/**  A strand, for the grid's filter. */
export type GridStrand = {
	/**  The strand. */
	id: NodeId,
	/**  Its framework. */
	frameworkId: FrameworkId,
	/**  Its code, or "". */
	code: string,
	/**  Its short label. */
	label: string,
	/**  How deep it is (0 at the top). */
	depth: number,
};

/**  A student row of the grid. */
export type GridStudent = {
	/**  The student. */
	id: StudentId,
	/**  What to call them. */
	displayName: string,
};

/**  How a group set was formed: on which competencies, in which mode, with which seed. */
export type GroupBasis = {
	/**  The target competencies' ids. */
	competencyIds: string[],
	/**  Their codes, for display. */
	competencyCodes: string[],
	/**  "like", "mixed" or "manual". */
	mode: string,
	/**  The seed the engine ran with. */
	seed: number,
};

/**  One printed card per group. */
export type GroupCard = {
	/**  The group's name. */
	groupName: string,
	/**  True for the teacher-led group. */
	teacherLed: boolean,
	/**  Its students' names. */
	members: string[],
	/**  Its station in each round. */
	stations: CardStation[],
	/**  Playlists assigned to the group or to a station it visits. */
	playlists: CardPlaylist[],
};

/**
 *  How many groups: an exact count, or sizes within `[min, max]`. With sizes the engine picks
 *  the fewest groups whose sizes can all lie within the range, `⌈n / max⌉`, and that count
 *  must satisfy `n ≥ count × min`, else the error names the numbers.
 */
export type GroupCount = 
/**  Exactly this many groups, sizes as balanced as the constraints allow. */
{ kind: "groups"; 
/**  The number of groups, from 1 to the number of students present. */
count: number } | 
/**  Every group holds between `min` and `max` students. */
{ kind: "size"; 
/**  The smallest group allowed, at least 1. */
min: number; 
/**  The largest group allowed, at least `min`. */
max: number };

/**  One group of a group set. */
export type GroupId = string;

/**  One group of a set being saved. */
export type GroupInput = {
	/**  Its name, for example "Group 1" or "Blue". */
	name: string,
	/**  What it works on: the engine's focus (a `reason-*` message), or none. */
	focus: Message | null,
	/**  True for the group the teacher works with first. */
	teacherLed: boolean,
	/**  A locked group is kept when groups are suggested again, and refuses moves. */
	locked: boolean,
	/**  Its students. */
	studentIds: string[],
	/**  One reason per student, aligned with `student_ids` (may be shorter); `None` for none. */
	reasons: (Message | null)[],
};

/**  A student in a saved group. */
export type GroupMemberView = {
	/**  The student. */
	studentId: string,
	/**  Their name. */
	displayName: string,
	/**  Why they were placed here, if saved with a reason. */
	reason: Message | null,
};

/**  The engine's suggestion, with names. */
export type GroupProposal = {
	/**  The groups, kept ones first, then the teacher-led group, then neediest first. */
	groups: ProposedGroupView[],
	/**  The objective value of the engine's grouping (lower is better). */
	objective: number,
	/**  "exact" or "local_search". */
	method: SearchMethod,
	/**  Students left out. */
	absent: AbsentStudent[],
};

/**  What the teacher asks the engine for. */
export type GroupRequest = {
	/**  The target competencies. */
	competencyIds: string[],
	/**  How many groups, or their sizes. */
	count: GroupCount,
	/**  Like-ability or mixed. */
	mode: GroupingMode,
	/**  Apart, together, with the teacher, absent. */
	constraints: Constraints,
	/**  The engine's seed: the same seed gives the same groups. */
	seed: number,
	/**  Locked groups kept as they are; their students are not regrouped. */
	keep: KeptGroup[],
	/**
	 *  Group by readiness instead: students ready for the same competency together (see
	 *  `progressions::readiness_groups`); `competency_ids` and `mode` are then not used.
	 */
	byReadiness: boolean,
	/**
	 *  The word new groups are named with, in the teacher's language, before their number:
	 *  "Group" names them "Group 1", "Group 2"… (and is what an empty word gives).
	 */
	groupWord: string,
};

/**  A saved set of groups for a class on a date. */
export type GroupSetId = string;

/**  What a teacher saves as a group set. */
export type GroupSetInput = {
	/**  The class day it is for, `YYYY-MM-DD`. */
	date: string,
	/**  Its title. */
	title: string,
	/**  What it was formed on. */
	basis: GroupBasis,
	/**  The groups, in order. */
	groups: GroupInput[],
};

/**  A line of the history of sets. */
export type GroupSetSummary = {
	/**  Its id. */
	id: string,
	/**  The day. */
	date: string,
	/**  Its title. */
	title: string,
	/**  What it was formed on. */
	basis: GroupBasis,
	/**  How many groups. */
	groupCount: number,
	/**  How many students placed. */
	studentCount: number,
};

/**  A saved group set. */
export type GroupSetView = {
	/**  Its id. */
	id: string,
	/**  Its class. */
	classId: string,
	/**  The day it is for. */
	date: string,
	/**  Its title. */
	title: string,
	/**  What it was formed on. */
	basis: GroupBasis,
	/**  Its groups, in order. */
	groups: GroupView[],
};

/**  A group's name, focus and switches, as edited in place. */
export type GroupUpdate = {
	/**  Its name. */
	name: string,
	/**  What it works on, as the set view gave it (the UI does not edit it). */
	focus: Message | null,
	/**  Locked groups are kept by "suggest again" and refuse moves. */
	locked: boolean,
	/**  The group the teacher works with first. */
	teacherLed: boolean,
};

/**  A saved group. */
export type GroupView = {
	/**  Its id. */
	id: string,
	/**  Its name. */
	name: string,
	/**  What it works on, if saved with a focus. */
	focus: Message | null,
	/**  The group the teacher works with first. */
	teacherLed: boolean,
	/**  Locked groups refuse moves and are kept by "suggest again". */
	locked: boolean,
	/**  Its students, by name. */
	members: GroupMemberView[],
	/**  Playlists assigned to it. */
	playlists: PlaylistRef[],
};

/**  Whether groups gather students of similar need or span the class. */
export type GroupingMode = 
/**  Similar scores together: reteach, practice and extend groups. */
"like" | 
/**  Each group spans the class, for peer support. */
"mixed";

/**  How a file's header compares with the one a map was saved from. */
export type HeaderCheck = 
/**  The same columns: the map applies as saved. */
{ type: "same" } | 
/**
 *  "This file changed": what is gone, what is new, guesses at renames, and which of the
 *  map's own columns are gone (while any are, the map cannot be applied).
 */
{ type: "changed"; 
/**  Saved columns the file does not have. */
missing: string[]; 
/**  The file's columns the saved header did not have. */
added: string[]; 
/**  Missing columns that seem renamed. */
renamed: Rename[]; 
/**  The map's columns the file lacks; applying is refused while this is not empty. */
unusable: string[] };

/**  What an import did. */
export type ImportCounts = {
	/**  Ops this database did not have. */
	new: number,
	/**  Ops it already had (identical). */
	already: number,
	/**  Open field conflicts on the rows the new ops touched, after the import. */
	conflicts: number,
};

/**  What kind of file an import brought in. */
export type ImportKind = 
/**  A roster: classes and students. */
"roster" | 
/**  Scores: evidence. */
"scores" | 
/**  A framework. */
"framework";

/**  One line of the import log. */
export type ImportLogEntry = {
	/**  The bundle's id. */
	bundleId: string,
	/**  The sending device. */
	sourceDevice: string,
	/**  The sender's label. */
	sourceLabel: string,
	/**  When it was imported, Unix milliseconds. */
	importedAtMs: number,
	/**  What it brought. */
	counts: ImportCounts,
};

/**  How far a CASE import has got. */
export type ImportProgress = {
	/**  Nodes written. */
	done: number,
	/**  Nodes in the file. */
	total: number,
};

/**  An error as the UI receives it. */
export type IpcError = {
	/**  What kind of failure. */
	code: ErrorCode,
	/**  A sentence for the teacher, in English. */
	message: string,
	/**  The sentence as a catalog id and arguments, for the UI to show in its language. */
	text: Message | null,
	/**  The input's key path (`givenName`, `familyContacts.0.name`), for `invalid` only. */
	field: string | null,
};

/**  What joining found in the folder. */
export type JoinedShares = {
	/**  The classes joined (those whose files the passphrase opened). */
	shares: Share[],
	/**  What syncing each brought. */
	reports: SyncReport[],
};

/**  A group kept as it is when groups are suggested again (a locked group). */
export type KeptGroup = {
	/**  Its name. */
	name: string,
	/**  Its students. */
	studentIds: string[],
	/**  True when it is the teacher-led group. */
	teacherLed: boolean,
};

/**
 *  One share as the Sync page lists it: the share, and whether its passphrase is known
 *  (stored, or typed this session), so the page can ask for it before syncing.
 */
export type KeptShare = {
	/**  True when its passphrase is in the secret store. */
	hasPassphrase: boolean,
} & Share;

/**  How a student likes to take in new material. */
export type LearnBy = 
/**  Reading. */
"reading" | 
/**  Listening. */
"listening" | 
/**  Doing, hands on. */
"doing";

/**  Everything the teacher knows about how a student learns best. */
export type LearnerProfile = {
	/**  What the student is good at. */
	strengths: string[],
	/**  Where the student needs support. */
	needs: string[],
	/**  What the student cares about. */
	interests: string[],
	/**  What the student hopes to do. */
	careerGoals: string[],
	/**  Alone or with peers. */
	workWith: WorkWith,
	/**  Reading, listening and/or doing. */
	learnBy: LearnBy[],
	/**  The language spoken at home. */
	homeLanguage: string,
	/**  Other languages. */
	otherLanguages: string[],
	/**  IEP, 504, EL and other supports. */
	accommodations: Accommodation[],
	/**  Family contacts. */
	familyContacts: FamilyContact[],
	/**  Anything else. */
	notes: string,
};

/**  How many students sit at one scale level. */
export type LevelCount = {
	/**  The scale level (a calculated level counts at the highest level at or below it). */
	value: number,
	/**  Its label. */
	label: string,
	/**  Students there. */
	count: number,
};

/**  Students × competencies, with every cell calculated. */
export type MasteryGrid = {
	/**  Rows. */
	students: GridStudent[],
	/**  Columns, in framework then tree order. */
	competencies: GridCompetency[],
	/**  Every strand above those competencies, in tree order. */
	strands: GridStrand[],
	/**  `cells[row][column]`. */
	cells: CellResult[][],
};

/**  A sentence by id, with its arguments. */
export type Message = {
	/**  The catalog id, e.g. `validate-name-too-long`; empty for text with no id yet. */
	id: string,
	/**  Named arguments, e.g. `max` → 200. */
	args: { [key in string]: MessageArg },
};

/**
 *  One argument of a message: text, a whole number, a decimal, or a clause that is a message
 *  itself.
 */
export type MessageArg = 
/**  A number, formatted for the reader's language. */
number | 
/**  A decimal such as a level, formatted for the reader's language ("2.5", "2,5"). */
Decimal | 
/**  Text shown as it is (a name, a file name, a code). */
string | 
/**  A clause, rendered in the same language first. */
Message;

/**
 *  How a level is calculated from a student's scores on one competency. The formulas are in
 *  the module doc.
 * 
 *  As JSON: `{"name": "decaying_average", "rate": 0.65}`, `{"name": "highest"}`,
 *  `{"name": "n_mastery", "n": 3}`. A method read from JSON is not checked; call
 *  [`Method::validate`] (the calculations do, and give no result for a bad one).
 */
export type Method = 
/**  The highest score. */
{ name: "highest" } | 
/**  The newest score. */
{ name: "latest" } | 
/**  The mean of all scores. */
{ name: "average" } | 
/**  The newest score weighted against the mean of the ones before it. */
{ name: "weighted_average"; 
/**  The newest score's share, from 0 to 1. */
weight: number } | 
/**  A running average in which each new score has a fixed share. */
{ name: "decaying_average"; 
/**  Each new score's share, more than 0 and at most 1. */
rate: number } | 
/**  The mean of the scores at or above the threshold, once there are `n` of them. */
{ name: "n_mastery"; 
/**  How many scores must reach the threshold, 1 to 20. */
n: number } | 
/**  A power-law trend line through the scores, read at the newest one. */
{ name: "power_law" };

/**
 *  An item whose `isChildOf` parent is neither the document nor an item in the file; it is
 *  kept at the top level.
 */
export type MissingParent = {
	/**  The item's CASE identifier. */
	identifier: string,
	/**  The item's code ("" if it has none). */
	code: string,
	/**  The identifier its `isChildOf` points at, which the file does not contain. */
	parent: string,
};

/**  A student of a matched class that the file does not list. */
export type MissingStudent = {
	/**  Who. */
	studentId: StudentId,
	/**  Their name. */
	displayName: string,
	/**  True when a delta file says they left; false when a complete file just omits them. */
	withdrawn: boolean,
	/**  Whether the teacher ticked them to be archived. */
	archive: boolean,
};

/**  How a student works on an activity. */
export type Modality = 
/**  Reading. */
"read" | 
/**  Watching a video or a demonstration. */
"watch" | 
/**  Practice problems. */
"practice" | 
/**  Making something. */
"create" | 
/**  Talking it through with others. */
"discuss" | 
/**  Manipulatives, experiments, anything with the hands. */
"hands_on";

/**  A competency a student is ready for, as student mode names it. */
export type MyNextStep = {
	/**  The competency. */
	competencyId: NodeId,
	/**  Its code, else its short label. */
	code: string,
	/**  What it says, in full. */
	statement: string,
};

/**  A next step: a competency the student is ready for, with the activities that fit. */
export type NextStepView = {
	/**  The competency and why it is next. */
	competency: CompetencyLine,
	/**  Activities for it, best fit first, none already done. */
	activities: SuggestedActivity[],
};

/**  A node of a framework: a strand (domain, cluster, …) or a competency. */
export type NodeId = string;

/**  What a teacher types to create or edit a node. */
export type NodeInput = {
	/**  Strand or competency. */
	kind: NodeKind,
	/**  The human code, e.g. `CCSS.Math.Content.6.RP.A.1`; optional. */
	code: string,
	/**  A short label for grids and cards; optional (the statement is shortened instead). */
	label: string,
	/**  The full statement; required. */
	statement: string,
	/**  Grade levels, e.g. `["06"]`. */
	gradeLevels: string[],
};

/**  Whether a node groups others or is something a student masters. */
export type NodeKind = 
/**  A strand, domain or cluster: it groups nodes below it. */
"strand" | 
/**  A competency: evidence is recorded against it. */
"competency";

/**  A framework node as the UI shows it. */
export type NodeView = {
	/**  Its id. */
	id: NodeId,
	/**  The framework it belongs to. */
	frameworkId: FrameworkId,
	/**  Its parent node; `None` at the top of the tree (or an orphan whose parent is gone). */
	parentId: NodeId | null,
	/**  Strand or competency. */
	kind: NodeKind,
	/**  Its human code, or "". */
	code: string,
	/**  Its short label, or "". */
	label: string,
	/**  Its full statement. */
	statement: string,
	/**  Grade levels. */
	gradeLevels: string[],
	/**  Its place among its siblings (smaller first). */
	position: number,
	/**  This competency's own method, overriding the framework's; `None` inherits. */
	method: Method | null,
	/**  The CASE item identifier, or "". */
	caseIdentifier: string,
	/**  Archived nodes are hidden unless asked for. */
	archived: boolean,
};

/**  A teacher's override of a student's status on a competency, with its reason. */
export type OverrideId = string;

/**  What a teacher decides when overriding a status. */
export type OverrideInput = {
	/**  The status to show instead of the calculated one; `None` clears the override. */
	status: Status | null,
	/**  Why; required when setting an override. */
	reason: string,
	/**  The day it was decided, `YYYY-MM-DD`. */
	date: string,
};

/**  One override decision, as the history shows it. */
export type OverrideView = {
	/**  Its id (time-ordered). */
	id: OverrideId,
	/**  The status set, or `None` when this decision cleared the override. */
	status: Status | null,
	/**  Why. */
	reason: string,
	/**  When, `YYYY-MM-DD`. */
	date: string,
};

/**  Paper size. */
export type Paper = 
/**  US Letter. */
"letter" | 
/**  ISO A4. */
"a4";

/**  A co-teacher's laptop, as the Sync page lists it. */
export type PeerView = {
	/**  Its device id. */
	device: string,
	/**  Its label. */
	label: string,
	/**  When its last bundle was imported here, Unix milliseconds. */
	lastImportMs: number,
	/**  How many of this laptop's own changes it had then. */
	theyHaveOfOurs: number,
};

/**  Counts over the whole plan, for the summary line and the result. */
export type PlanCounts = {
	/**  Classes made. */
	classesNew: number,
	/**  Classes the import adds to or updates. */
	classesMatched: number,
	/**  Students added. */
	studentsNew: number,
	/**  Students whose fields change. */
	studentsUpdated: number,
	/**  Students already as the file has them. */
	studentsUnchanged: number,
	/**  Students the file no longer lists. */
	studentsMissing: number,
	/**  Of those, the ones to archive. */
	studentsArchived: number,
};

/**  One piece of evidence the import writes (or finds already there). */
export type PlannedEvidence = {
	/**  The student. */
	studentId: StudentId,
	/**  Their name. */
	studentName: string,
	/**  The competency. */
	competencyId: NodeId,
	/**  Its code, or its label when it has none. */
	competency: string,
	/**  The combined score, before conversion. */
	score: number,
	/**  The level it converts to. */
	level: number,
	/**  That level's label on the scale. */
	levelLabel: string,
	/**  `YYYY-MM-DD`. */
	date: string,
	/**  The kind of evidence. */
	kind: EvidenceKind,
	/**  "Imported from <file>". */
	note: string,
	/**  The cells it came from. */
	sources: SourceCell[],
	/**
	 *  True when the same evidence is already recorded (or planned earlier in the file):
	 *  it is not written again.
	 */
	alreadyThere: boolean,
};

/**  A playlist or a choice board of activities. */
export type PlaylistId = string;

/**  What a teacher saves as a playlist or choice board. */
export type PlaylistInput = {
	/**  Required, for example "Ratios: week 3". */
	title: string,
	/**  Playlist or choice board. */
	kind: PlaylistKind,
	/**  The activities, in order. */
	activityIds: string[],
	/**
	 *  For a choice board, how many a student picks; for a playlist, ignored and set to the
	 *  number of activities. A float so a fraction is a field error, not a failed call.
	 */
	pickCount: number,
};

/**  A playlist (every activity, in order) or a choice board (pick some). */
export type PlaylistKind = 
/**  Every activity, in order. */
"playlist" | 
/**  A grid from which a student picks `pick_count`. */
"choice_board";

/**
 *  How far one student has got with one playlist that reaches them, for a playlist card's
 *  overview of the whole class.
 */
export type PlaylistProgress = {
	/**  The student. */
	studentId: StudentId,
	/**  The playlist. */
	playlistId: PlaylistId,
	/**  Activities done, capped at the goal. */
	done: number,
	/**  Activities that finish it ([`StudentPlaylist::goal`]). */
	goal: number,
};

/**  A playlist named on a group card. */
export type PlaylistRef = {
	/**  The playlist. */
	id: string,
	/**  Its title. */
	title: string,
};

/**  A playlist or choice board as the UI shows it. */
export type PlaylistView = {
	/**  Its id. */
	id: PlaylistId,
	/**  Its class. */
	classId: ClassId,
	/**  Its title. */
	title: string,
	/**  Playlist or choice board. */
	kind: PlaylistKind,
	/**  Its activities' ids, in order, as saved. */
	activityIds: string[],
	/**  How many a student picks (for a playlist, all of them). */
	pickCount: number,
	/**  Archived playlists are hidden unless asked for and reach no student. */
	archived: boolean,
	/**
	 *  Its activities in order; archived ones are kept (marked), ones not on this laptop
	 *  (not arrived through sync yet) are left out.
	 */
	activities: ActivityView[],
	/**  Who it is assigned to, oldest first. */
	assignments: AssignmentView[],
};

/**  Competency `competency` requires `requires` first. */
export type Prerequisite = {
	/**  The later competency. */
	competency: NodeId,
	/**  The competency it builds on. */
	requires: NodeId,
};

/**  A printout language and where it stands on this laptop. */
export type PrintLanguageStatus = {
	/**  Its code, for example `so`. */
	code: string,
	/**  Its name in itself. */
	name: string,
	/**  Its name in English. */
	englishName: string,
	/**  Its translation shipped for review (the six family languages). */
	shipsForReview: boolean,
	/**  Its printouts carry the "needs review" mark: shipped for review, not approved here. */
	needsReview: boolean,
	/**  When a person approved it here, in ms since the epoch. */
	approvedAtMs: number | null,
	/**  Who approved it, as they gave their name ("" if they gave none). */
	approvedBy: string,
	/**  How many labels an interpreter corrected here. */
	corrections: number,
};

/**  How bad a row problem is. */
export type ProblemLevel = 
/**  The row was used, but something in it was odd (a missing trailing field, say). */
"warning" | 
/**  The row could not be used and is left out. */
"skipped";

/**
 *  What the roster's badges show for one student: the kinds of their accommodations, in the
 *  profile's order, and their home language. A whole class's come in one query, so the
 *  roster does not read every profile.
 */
export type ProfileBadges = {
	/**  The student. */
	studentId: StudentId,
	/**  Each accommodation's kind, as the profile lists them (repeats included). */
	accommodations: AccommodationKind[],
	/**  The language spoken at home. */
	homeLanguage: string,
};

/**  A student's new status on one activity of one playlist, as the student's page sends it. */
export type ProgressChange = {
	/**  The student. */
	studentId: StudentId,
	/**  The playlist the activity is done in. */
	playlistId: PlaylistId,
	/**  The activity. */
	activityId: ActivityId,
	/**  The new status. */
	status: ProgressStatus,
};

/**  Where a student is with one activity. */
export type ProgressStatus = 
/**  Not begun (also what no progress row means). */
"not_started" | 
/**  Begun. */
"in_progress" | 
/**  Finished. */
"done";

/**  A group on the projector: names and stations only. */
export type ProjectorGroup = {
	/**  The group's name. */
	name: string,
	/**  Where it is this round (during a transition: where it goes next). */
	station: string | null,
	/**  First names and last initials. */
	members: string[],
};

/**  What the projector shows. It carries no scores, levels or profile data by construction. */
export type ProjectorView = {
	/**  The clock. */
	clock: ClockView,
	/**  "Round 2 of 4", "Get ready", "All done" (a `reason-projector-*` message). */
	title: Message,
	/**  Each group's station and members. */
	groups: ProjectorGroup[],
};

/**  A reflection prompt in the bank. */
export type PromptId = string;

/**  A prompt of the bank as the UI shows it. */
export type PromptView = {
	/**  Its id. */
	id: PromptId,
	/**  What it asks. */
	text: string,
	/**  Archived prompts are not offered for new reflections. */
	archived: boolean,
};

/**  A suggested group. */
export type ProposedGroupView = {
	/**  "Group 1", … (in the request's word), or a kept group's name. */
	name: string,
	/**  What it should work on; none for a kept group. */
	focus: Message | null,
	/**  Like-ability mode: the band of its mean level. */
	band: Band | null,
	/**  Mean of its members' levels. */
	meanLevel: number | null,
	/**  The group the teacher works with first. */
	teacherLed: boolean,
	/**  True for a kept (locked) group. */
	locked: boolean,
	/**  Its students. */
	members: ProposedMember[],
};

/**  A student in a suggested group. */
export type ProposedMember = {
	/**  The student. */
	studentId: string,
	/**  Their name. */
	displayName: string,
	/**  Their level on the target (the mean over several), `None` without evidence. */
	level: number | null,
	/**  Why they are in this group, in a sentence (a `reason-*` message). */
	reason: Message,
};

/**  Where a student stands with a competency, as far as what comes next. */
export type Readiness = 
/**  Mastered (shown, tested out, or credited from a later competency). */
"mastered" | 
/**  Every prerequisite mastered, no evidence yet. */
"ready" | 
/**  Every prerequisite mastered, and some evidence already. */
"working_on_it" | 
/**  A prerequisite is not mastered yet. */
"not_yet";

/**  A student ready for a competency, in the class view. */
export type ReadyStudent = {
	/**  The student. */
	studentId: StudentId,
	/**  What to call them. */
	displayName: string,
	/**  Ready, or working on it. */
	state: Readiness,
	/**  Their level on it, if any. */
	level: number | null,
};

/**  Feedback a student received on their own item, when the teacher shares it. */
export type ReceivedFeedback = {
	/**  The item's title. */
	title: string,
	/**  The feedback. */
	feedback: FeedbackView,
};

/**  The saved map that fits a file, and how well. */
export type RecognizedMap = {
	/**  The map's name. */
	name: string,
	/**  The map. */
	map: ScoresMap,
	/**  `same`, or what changed in the file since the map was saved. */
	check: HeaderCheck,
};

/**  A student's reflection. */
export type ReflectionId = string;

/**  What a student or teacher writes as a reflection. */
export type ReflectionInput = {
	/**  The prompt answered, or "" for a free reflection. */
	promptId: string,
	/**  The answer, required; may span lines. */
	response: string,
	/**  `YYYY-MM-DD`, required. */
	date: string,
	/**  The competency it is about, or "". */
	competencyId: string,
	/**
	 *  A level on the competency's scale (checked by the store, which knows the scale),
	 *  or none.
	 */
	selfRating: number | null,
	/**  Shown on the conference printout. */
	forConference: boolean,
	/**  Who wrote it. */
	author: Author,
};

/**  A reflection as the UI shows it. */
export type ReflectionView = {
	/**  Its id. */
	id: ReflectionId,
	/**  The student. */
	studentId: StudentId,
	/**  The prompt answered, or "". */
	promptId: string,
	/**  The prompt's text when it was answered ("" for a free reflection). */
	promptText: string,
	/**  The answer. */
	response: string,
	/**  `YYYY-MM-DD`. */
	date: string,
	/**  The competency, or "". */
	competencyId: string,
	/**  That competency's code (else its short label), or "". */
	competencyCode: string,
	/**  The self-rating, if any. */
	selfRating: number | null,
	/**  Shown on the conference printout. */
	forConference: boolean,
	/**  Who wrote it. */
	author: Author,
	/**  The self-assessment evidence made from the rating, if any. */
	evidenceId: EvidenceId | null,
};

/**
 *  A column that seems to have been renamed: at the place of a column that is gone, the
 *  file has a new one.
 */
export type Rename = {
	/**  The saved header's name. */
	from: string,
	/**  The file's name at that place. */
	to: string,
};

/**  What to print. */
export type ReportRequest = {
	/**  The class. */
	classId: ClassId,
	/**  One student, or `None` for the whole class (one student per page). */
	studentId: StudentId | null,
	/**
	 *  "auto" (each family's preferred language when a catalog for it exists), or a
	 *  catalog's code such as "en", "es" or "so".
	 */
	lang: string,
	/**  Teacher-led or student-led. */
	variant: ReportVariant,
	/**  Letter or A4. */
	paper: Paper,
};

/**  Teacher-led or student-led. */
export type ReportVariant = 
/**  The teacher leads; the report opens with the profile. */
"teacher" | 
/**  The student leads; the report opens with their own goal and reflection. */
"student";

/**  A restore done: what came back, and the device id sync now goes on under. */
export type RestoreDone = {
	/**  The backup's manifest. */
	manifest: BackupManifest,
	/**  This laptop's new device id. */
	deviceId: string,
};

export type Result<T, E> = ({ Ok: T }) & { Err?: never } | ({ Err: E }) & { Ok?: never };

/**
 *  A classmate's portfolio item open for review, as student mode shows it: no levels, no
 *  profile, the owner by first name only.
 */
export type ReviewItem = {
	/**  The item. */
	artifactId: ArtifactId,
	/**  Whose it is, by first name. */
	ownerName: string,
	/**  Its title. */
	title: string,
	/**  When the work was done. */
	date: string,
	/**  The owner's reflection on it. */
	reflection: string,
	/**  `image`, `pdf`, … */
	kind: string,
	/**  A small thumbnail, if there is one. */
	thumbnail: string | null,
	/**  True when this student has already given feedback on it. */
	answered: boolean,
};

/**  What the teacher chose: which sections to bring in and which missing students to archive. */
export type RosterChoice = {
	/**  The teacher she picked herself as, or "" when she skipped that step. */
	teacherId: string,
	/**  The sections to bring in, by the file's section id. */
	sectionIds: string[],
	/**  Missing students she ticked to archive. */
	archive: StudentId[],
};

/**
 *  Which header feeds each field of a spreadsheet roster; `None` when the file has no such
 *  column. Header names are matched as [`Table::column`] does.
 */
export type RosterColumns = {
	/**  The school's student id. */
	studentId: string | null,
	/**  Given (first) name. */
	givenName: string | null,
	/**  Family (last) name. */
	familyName: string | null,
	/**  The whole name in one column ("Family, Given" or "Given Family"). */
	fullName: string | null,
	/**  The name the student goes by. */
	preferredName: string | null,
	/**  Birth date. */
	birthDate: string | null,
	/**  Grade. */
	grade: string | null,
	/**  The student's email. */
	email: string | null,
	/**  The section's (class's) name. */
	sectionName: string | null,
	/**  The section's id. */
	sectionId: string | null,
	/**  The teacher's name. */
	teacherName: string | null,
	/**  The teacher's email. */
	teacherEmail: string | null,
	/**  A family contact's name. */
	contactName: string | null,
	/**  The contact's relationship to the student. */
	contactRelationship: string | null,
	/**  The contact's phone. */
	contactPhone: string | null,
	/**  The contact's email. */
	contactEmail: string | null,
	/**  The language spoken at home. */
	language: string | null,
};

/**  Which kind of file a roster came from. */
export type RosterFormat = 
/**  OneRoster CSV with no `manifest.csv` (read as 1.0). */
"oneroster-1.0" | 
/**  OneRoster 1.1 CSV. */
"oneroster-1.1" | 
/**  OneRoster 1.2 CSV. */
"oneroster-1.2" | 
/**  Clever's CSV files (schools, students, teachers, sections, enrollments). */
"clever" | 
/**  Microsoft School Data Sync, version 1 CSV. */
"sds-1" | 
/**  Microsoft School Data Sync, version 2.1 CSV. */
"sds-2.1" | 
/**  Any CSV or Excel file, read through a column map. */
"table";

/**  What a roster file holds. */
export type RosterInspection = {
	/**  The file's or folder's name. */
	source: string,
	/**  What it was recognized as. */
	format: RosterFormat,
	/**
	 *  For a spreadsheet: what the column map still needs, as sentences (`import-choose-…`
	 *  messages). While any is left, there are no sections to choose.
	 */
	needsColumns: Message[],
	/**  For a spreadsheet: its header. */
	headers: string[],
	/**  For a spreadsheet: its first rows, to map columns by. */
	sample: string[][],
	/**  For a spreadsheet: the map in use. */
	columns: RosterColumns | null,
	/**  The saved map that was recognized from the header, if any. */
	savedMap: string | null,
	/**  The teachers, in file order. */
	teachers: TeacherOption[],
	/**  The sections, in file order. */
	sections: SectionOption[],
	/**  Students in the file. */
	studentCount: number,
	/**  False for a delta file (only changes). */
	complete: boolean,
	/**  Rows that could not be used or were used with a warning. */
	problems: RowProblem[],
};

/**  What applying a roster did. */
export type RosterOutcome = {
	/**  The counts of what was written. */
	counts: PlanCounts,
	/**  The classes made or updated, in the order of the choice. */
	classIds: ClassId[],
	/**  The import, for its undo; `None` when nothing needed writing. */
	import: FileImportView | null,
};

/**  Everything a roster import will do, for the preview; applying writes exactly this. */
export type RosterPlan = {
	/**  What the file was read as. */
	format: RosterFormat,
	/**  The file's name. */
	source: string,
	/**  One per chosen section. */
	classes: ClassPlan[],
	/**  Totals. */
	counts: PlanCounts,
	/**  Rows that could not be used or were used with a warning. */
	problems: RowProblem[],
};

/**  A group as a rotation shows it. */
export type RotationGroupView = {
	/**  The group. */
	id: string,
	/**  Its name. */
	name: string,
	/**  The group the teacher works with first. */
	teacherLed: boolean,
	/**  Its students. */
	members: RotationMember[],
};

/**  A station rotation plan: rounds × stations for a group set. */
export type RotationId = string;

/**  What a teacher chooses to build a rotation. */
export type RotationInput = {
	/**  The class day, `YYYY-MM-DD`. */
	date: string,
	/**  The groups that rotate. */
	groupSetId: string,
	/**  The stations, in the order they are listed. */
	stationIds: string[],
	/**  Minutes of work at each station. */
	blockMinutes: number,
	/**  Minutes to move between stations. */
	transitionMinutes: number,
};

/**  A student in a rotation's group. */
export type RotationMember = {
	/**  The student. */
	studentId: string,
	/**  Their name. */
	displayName: string,
};

/**  A line of the list of plans. */
export type RotationSummary = {
	/**  Its id. */
	id: string,
	/**  The day. */
	date: string,
	/**  The group set's title. */
	groupSetTitle: string,
	/**  How many rounds. */
	rounds: number,
	/**  The stations' names. */
	stationNames: string[],
};

/**  A rotation plan as the UI shows it. */
export type RotationView = {
	/**  Its id. */
	id: string,
	/**  Its class. */
	classId: string,
	/**  The day. */
	date: string,
	/**  The groups that rotate. */
	groupSetId: string,
	/**  Their set's title. */
	groupSetTitle: string,
	/**  The stations, in the plan's order. */
	stations: StationView[],
	/**  Minutes of work per round. */
	blockMinutes: number,
	/**  Minutes to move. */
	transitionMinutes: number,
	/**  The set's groups, in order. */
	groups: RotationGroupView[],
	/**  `cells[round][group index]`: a station id, or `None`. */
	cells: ((string | null)[])[],
	/**  The rule the plan follows, in a sentence. */
	rule: Message,
};

/**  One row of an imported file that could not be used as it stands: where it is and why. */
export type RowProblem = {
	/**  The file's name (inside a zip or folder: its name there). */
	file: string,
	/**  The line the row starts on, counting the header as line 1; 0 for the file as a whole. */
	line: number,
	/**  A sentence a teacher can act on (an `import-…` message). */
	reason: Message,
	/**  Whether the row was used anyway. */
	level: ProblemLevel,
};

/**  A saved column map. */
export type SavedMap = {
	/**  Its name, unique per kind of import. */
	name: string,
	/**  The header of the file it was made from, in order. */
	headers: string[],
	/**  The map itself, as the kind of import defines it. */
	map: Value,
	/**  When it was last saved, in ms since the epoch. */
	updatedAtMs: number,
};

/**  A proficiency scale: its levels, lowest first, and the level that counts as mastery. */
export type Scale = {
	/**  The levels, in increasing order of value. */
	levels: ScaleLevel[],
	/**
	 *  The value at or above which a calculated level counts as mastered; one of the levels'
	 *  values.
	 */
	threshold: number,
};

/**  One level of a proficiency scale. */
export type ScaleLevel = {
	/**  Its value, the number scores and calculations use. */
	value: number,
	/**  Its short name, for example "Proficient". */
	label: string,
	/**  A sentence saying what work at this level looks like, or "". */
	descriptor: string,
};

/**  Totals, for the summary line and the result. */
export type ScoresCounts = {
	/**  Evidence to write. */
	evidenceNew: number,
	/**  Evidence already there, not written again. */
	evidenceAlready: number,
	/**  Students with at least one piece of evidence in the file. */
	studentsMatched: number,
	/**  Rows whose student was not found. */
	rowsUnmatched: number,
	/**  Scores or rows left out as problems. */
	problems: number,
};

/**  A scores file as the import's first screen shows it. */
export type ScoresInspection = {
	/**  The file's name. */
	file: string,
	/**  Its header. */
	headers: string[],
	/**  Its first few rows. */
	sampleRows: string[][],
	/**  How many rows it has. */
	rowCount: number,
	/**
	 *  The saved map for this header, or the closest one with what changed; `None` when no
	 *  saved map comes close.
	 */
	recognized: RecognizedMap | null,
	/**  A map to start from (see the module doc). */
	guessed: ScoresMap,
	/**  What the reader found odd. */
	warnings: RowProblem[],
};

/**
 *  A scores file's column map (see the module doc). Saved as JSON with the header it was
 *  made from, and recognized again by that header.
 */
export type ScoresMap = {
	/**  Wide or long. */
	shape: Shape,
	/**  How rows find their student. */
	student: StudentFinder,
	/**  Which columns are which competency. */
	competencies: CompetencyColumns[],
	/**  How scores become levels. */
	conversion: Conversion,
	/**  The kind of evidence written (a quiz unless said). */
	kind: EvidenceKind,
	/**  The date. */
	date: DateSource,
};

/**  What applying a scores file did. */
export type ScoresOutcome = {
	/**  The counts of the plan that was written. */
	counts: ScoresCounts,
	/**  The import, for its undo; `None` when nothing needed writing. */
	import: FileImportView | null,
};

/**
 *  Everything a scores import will do, for the preview; applying writes exactly the
 *  evidence not already there.
 */
export type ScoresPlan = {
	/**  The file's name. */
	source: string,
	/**  Per student and competency, in file order. */
	evidence: PlannedEvidence[],
	/**  Rows whose student was not found. */
	unmatched: UnmatchedStudent[],
	/**  Items (long shape) the map does not assign to a competency. */
	unmappedItems: string[],
	/**  Scores not numbers or out of range, unreadable dates, the reader's warnings. */
	problems: RowProblem[],
	/**  Totals. */
	counts: ScoresCounts,
};

/**  Which search produced a grouping. */
export type SearchMethod = 
/**  Every partition was considered: the result is optimal. */
"exact" | 
/**  Seeded local search with restarts: good, not proven optimal. */
"local_search";

/**  A section the teacher may bring in. */
export type SectionOption = {
	/**  The file's id for it. */
	sourceId: string,
	/**  Its title. */
	name: string,
	/**  Its subject, or "". */
	subject: string,
	/**  Its grade, or "". */
	gradeLevel: string,
	/**  Its school, or "". */
	school: string,
	/**  Its teachers' source ids. */
	teacherIds: string[],
	/**  Its teachers' names. */
	teacherNames: string[],
	/**  How many students it enrolls. */
	studentCount: number,
	/**  The class it would update, when the teacher already has one for it. */
	className: string | null,
};

/**  Wide or long (see the module doc). */
export type Shape = 
/**  One row per student, a column per item or competency. */
{ type: "wide" } | 
/**  One row per student and item. */
{ type: "long"; 
/**  The column naming the item (a question, a skill, a standard). */
itemColumn: string; 
/**  The column holding the score. */
scoreColumn: string };

/**  One share, as the Sync page lists it. */
export type Share = {
	/**  The class. */
	classId: string,
	/**  Its name, once its rows are on this laptop ("" before the first sync of a join). */
	className: string,
	/**  The sync folder. */
	folder: string,
	/**  When the share was made or joined here, Unix milliseconds. */
	createdAtMs: number,
	/**  When it last synced, Unix milliseconds. */
	lastSyncMs: number | null,
};

/**  What "Sync all" did for one share: its report, or why it did not sync. */
export type ShareSync = {
	/**  The class. */
	classId: string,
	/**  Its name ("" before the first sync of a join). */
	className: string,
	/**  What the sync did, when it ran. */
	report: SyncReport | null,
	/**  Why it did not, as a sentence. */
	error: Message | null,
	/**  True when it did not because its passphrase is not known this session. */
	needsPassphrase: boolean,
};

/**  One snapshot on disk, as the Backups card lists it. */
export type SnapshotInfo = {
	/**  The file's name in `snapshots/`. */
	fileName: string,
	/**  `daily` or `beforeMigration`. */
	kind: SnapshotKind,
	/**  Its date, `YYYY-MM-DD` (local for a daily one, UTC for one before a migration). */
	date: string,
	/**  Its size in bytes. */
	bytes: number,
};

/**  Why a snapshot was taken. */
export type SnapshotKind = 
/**  The day's snapshot. */
"daily" | 
/**  Taken before the schema was migrated. */
"beforeMigration";

/**  A cell that fed a piece of evidence. */
export type SourceCell = {
	/**  Its line. */
	line: number,
	/**  Its column (wide) or item (long). */
	column: string,
	/**  What the file says. */
	value: string,
};

/**  A classroom station (teacher-led, collaborative, independent, online, custom). */
export type StationId = string;

/**  What a teacher types to create or edit a station. */
export type StationInput = {
	/**  Required, for example "Teacher table". */
	name: string,
	/**  The kind. */
	kind: StationKind,
	/**  Most students at once; `None` for no limit. */
	capacity: number | null,
	/**  What is on the table. */
	materials: string,
	/**  What students do there. */
	instructions: string,
};

/**
 *  What kind of station it is. The teacher-led station is where targeted instruction
 *  happens, so the rotation rule sends the neediest groups there first.
 */
export type StationKind = 
/**  With the teacher: targeted instruction. */
"teacher_led" | 
/**  Students work together. */
"collaborative" | 
/**  Students work on their own. */
"independent" | 
/**  On a device. */
"online" | 
/**  Anything else. */
"custom";

/**  A station as the UI shows it. */
export type StationView = {
	/**  Its id. */
	id: string,
	/**  Its class. */
	classId: string,
	/**  Its name. */
	name: string,
	/**  Its kind. */
	kind: StationKind,
	/**  Most students at once, `None` for no limit. */
	capacity: number | null,
	/**  What is on the table. */
	materials: string,
	/**  What students do there. */
	instructions: string,
	/**  Archived stations are not offered for new rotations. */
	archived: boolean,
};

/**  Where a student stands on a competency. */
export type Status = 
/**  No scores yet. */
"not_started" | 
/**  Scores, but the calculated level is below the threshold (or there is none yet). */
"progressing" | 
/**  The calculated level is at or above the threshold. */
"mastered";

/**  One device's stream for one scope. It travels as its text form (see `Display`). */
export type StreamId = string;

/**  What happens to one student row of the file. */
export type StudentAction = 
/**  Added to the class. */
"new" | 
/**  Matched, with changes. */
"update" | 
/**  Matched, already as the file has them. */
"unchanged";

/**  One activity of a student's playlist, with where the student is on it. */
export type StudentActivity = {
	/**  The activity. */
	activity: ActivityView,
	/**  The student's latest status on it. */
	status: ProgressStatus,
};

/**  How a row is matched to a student of the class. */
export type StudentFinder = 
/**  The Student ID (`student_number`) or the roster's id for the student. */
{ by: "studentId"; 
/**  The column. */
column: string } | 
/**  The student's email. */
{ by: "email"; 
/**  The column. */
column: string } | 
/**  One name column: "Last, First" or "First Last". */
{ by: "name"; 
/**  The column. */
column: string } | 
/**  A given name column and a family name column. */
{ by: "givenFamily"; 
/**  The given (first) name's column. */
givenColumn: string; 
/**  The family (last) name's column. */
familyColumn: string };

/**  A student. */
export type StudentId = string;

/**  What a teacher types to add or edit a student. */
export type StudentInput = {
	/**  Required. */
	givenName: string,
	/**  Required. */
	familyName: string,
	/**  Optional: the name the student goes by. */
	preferredName: string,
	/**  Optional, `YYYY-MM-DD`. */
	birthDate: string,
	/**
	 *  Optional: the school's student number ("Student ID"), as its information system
	 *  gives it; score imports find students by it.
	 */
	studentNumber: string,
	/**  Optional: the student's school email; score imports find students by it. */
	email: string,
	/**  Optional, free text ("6", "K"). */
	grade: string,
};

/**
 *  What student mode shows: one student's goals, the active prompts and their own
 *  reflections, and nothing about anyone else.
 */
export type StudentModeView = {
	/**  The student. */
	studentId: StudentId,
	/**  Their display name. */
	displayName: string,
	/**  Their goals. */
	goals: GoalView[],
	/**  The prompts they may answer (archived ones left out). */
	prompts: PromptView[],
	/**  Their reflections, newest first. */
	reflections: ReflectionView[],
	/**  What they are ready to learn next, nearest first (no levels). */
	nextSteps: MyNextStep[],
	/**  The choice boards that reach them, each activity with their status. */
	boards: StudentPlaylist[],
	/**  Classmates' work open for their feedback, newest first. */
	review: ReviewItem[],
	/**  The feedback protocol's prompts. */
	feedbackPrompts: string[],
	/**  Feedback on their own work that the teacher shares with them. */
	feedbackReceived: ReceivedFeedback[],
};

/**  One student's next steps and the rest of their progression. */
export type StudentNextSteps = {
	/**  The student. */
	studentId: StudentId,
	/**  What to call them. */
	displayName: string,
	/**  Ready and working-on-it competencies, nearest to mastery first. */
	steps: NextStepView[],
	/**  Competencies waiting on a prerequisite, in the grid's order. */
	notYet: CompetencyLine[],
	/**  How many competencies are mastered (shown, tested out or credited). */
	mastered: number,
	/**  The class's competencies in all. */
	total: number,
};

/**  One student of a section and what the import does with them. */
export type StudentPlan = {
	/**  The file's id for them. */
	sourceId: string,
	/**  Their name as it will show. */
	displayName: string,
	/**  New, updated or unchanged. */
	action: StudentAction,
	/**  The student matched, for updates and unchanged rows. */
	studentId: StudentId | null,
	/**
	 *  How they were matched ("Student ID", "name and birth date", "name"; an
	 *  `import-matched-by-…` message), or `None`.
	 */
	matchedBy: Message | null,
	/**  The changes, for updates (for new students: every field set). */
	changes: FieldChange[],
	/**  The student's fields after the import. */
	fields: StudentInput,
	/**  Whether an archived student comes back. */
	unarchive: boolean,
	/**
	 *  The roster id to keep on the student (set on new students and on matches that had
	 *  none).
	 */
	setSourceId: boolean,
	/**  Family contacts to add. */
	contactsAdded: FamilyContact[],
	/**  The home language to set, or "" to leave it. */
	homeLanguage: string,
};

/**  A playlist as one student sees it. */
export type StudentPlaylist = {
	/**  The playlist. */
	playlistId: PlaylistId,
	/**  Its title. */
	title: string,
	/**  Playlist or choice board. */
	kind: PlaylistKind,
	/**  How many the student picks. */
	pickCount: number,
	/**  How it reached the student: "assigned to Ana R.", "via group Blue". */
	via: Message,
	/**  Its activities in order, each with the student's status. */
	activities: StudentActivity[],
	/**  How many of them the student has done. */
	done: number,
};

/**  A student as a list names them. */
export type StudentRef = {
	/**  The student. */
	studentId: StudentId,
	/**  Their display name. */
	displayName: string,
};

/**  A student as the UI shows it. */
export type StudentView = {
	/**  Its id. */
	id: StudentId,
	/**  The class it belongs to. */
	classId: ClassId,
	/**  Given name. */
	givenName: string,
	/**  Family name. */
	familyName: string,
	/**  Preferred name, or "". */
	preferredName: string,
	/**  Birth date, or "". */
	birthDate: string,
	/**  The school's student number ("Student ID"), or "". */
	studentNumber: string,
	/**  School email, or "". */
	email: string,
	/**  Grade, or "". */
	grade: string,
	/**  Archived students are hidden unless asked for. */
	archived: boolean,
	/**  What to call the student: the preferred name (or given name) and the family name. */
	displayName: string,
};

/**  An activity suggested for a next step, with what the student sees of it. */
export type SuggestedActivity = {
	/**  The activity. */
	id: ActivityId,
	/**  Its title. */
	title: string,
	/**  How it is done. */
	modality: Modality,
	/**  About how long it takes. */
	minutes: number,
	/**  Why it comes where it does. */
	fit: Fit,
	/**  The interest it matches, for `interest`. */
	interest: string | null,
};

/**  One student's line in a competency summary. */
export type SummaryStudent = {
	/**  The student. */
	id: StudentId,
	/**  What to call them. */
	displayName: string,
	/**  Their result. */
	result: CellResult,
	/**  Reteach, practice or extend; `None` with no calculated level. */
	band: Band | null,
};

/**  Where "Sync now" is. */
export type SyncProgress = {
	/**  "import" while reading other laptops' files, "export" while writing this one's. */
	stage: string,
	/**  The file being read, for "import". */
	file: string,
	/**  Changes handled so far in this stage. */
	done: number,
	/**  Changes in this stage. */
	total: number,
};

/**  What "Sync now" did. */
export type SyncReport = {
	/**  This laptop's own file. */
	wrote: string,
	/**  Every other laptop's file, by name. */
	files: FileReport[],
	/**  The sum over the files imported. */
	totals: ImportCounts,
};

/**  Everything the Sync page shows. */
export type SyncStatus = {
	/**  This laptop's device id. */
	deviceId: string,
	/**  Its label. */
	label: string,
	/**  The sync folder. */
	folder: string | null,
	/**  True when a class passphrase is set (for this session, when it is session-only). */
	hasPassphrase: boolean,
	/**
	 *  True when this laptop has no credential store, so the passphrase is kept only until
	 *  the app quits and is asked for once per session.
	 */
	passphraseSessionOnly: boolean,
	/**  How many changes this laptop has written. */
	ownChanges: number,
	/**  Laptops that sent bundles here. */
	peers: PeerView[],
	/**  Fields with an open conflict. */
	openConflicts: number,
	/**  Origins with changes missing in between. */
	gaps: Gap[],
	/**  When "Sync now" last finished. */
	lastSyncMs: number | null,
	/**  Classes chosen to be received. */
	receivedClasses: string[],
	/**  True when "Undo last import" can run. */
	canUndoImport: boolean,
};

/**  Who a playlist is assigned to. */
export type TargetKind = 
/**  One student. */
"student" | 
/**  A group of the class's group set. */
"group" | 
/**  A station: whoever is at it in the rotation. */
"station";

/**  The group at the teacher's table. */
export type TeacherGroup = {
	/**  Its name. */
	groupName: string,
	/**  The set's first target competency. */
	competency: TodayCompetency | null,
	/**  Its students. */
	members: TodayMember[],
};

/**  A teacher the file names, for "Which one is you?". */
export type TeacherOption = {
	/**  The file's id for them. */
	sourceId: string,
	/**  Their name. */
	name: string,
	/**  Their email, or "". */
	email: string,
	/**  How many sections they teach. */
	sectionCount: number,
};

/**  One approach with the team's notes on it. */
export type TeamApproach = {
	/**  The approach's id. */
	id: string,
	/**  Its theme. */
	theme: string,
	/**  Its title. */
	title: string,
	/**  What it looks like in a classroom. */
	looksLike: string,
	/**  "We do this now", or "". */
	now: string,
	/**  "This is different from our approach", or "". */
	different: string,
};

/**  A reflection-guide question with the team's answer. */
export type TeamQuestion = {
	/**  The question. */
	question: string,
	/**  The answer, or "". */
	answer: string,
};

/**  A school team's reflection on personalized learning. */
export type TeamReflectionId = string;

/**  A team reflection in a list. */
export type TeamReflectionSummary = {
	/**  Its id. */
	id: TeamReflectionId,
	/**  The team. */
	team: string,
	/**  `YYYY-MM-DD`. */
	date: string,
};

/**  A team's reflection as the UI shows it. */
export type TeamReflectionView = {
	/**  Its id. */
	id: TeamReflectionId,
	/**  The team. */
	team: string,
	/**  `YYYY-MM-DD`. */
	date: string,
	/**  Every approach of the tool, in order, with the team's notes. */
	approaches: TeamApproach[],
	/**  The three questions with the answers. */
	questions: TeamQuestion[],
};

/**  The competency the teacher-led group works on. */
export type TodayCompetency = {
	/**  Its id. */
	id: string,
	/**  Its code. */
	code: string,
	/**  Its short label. */
	label: string,
};

/**  A teacher-led group member with their level. */
export type TodayMember = {
	/**  The student. */
	studentId: string,
	/**  Their name. */
	displayName: string,
	/**  Their calculated level on the target competency. */
	level: number | null,
	/**  The scale's label for it, "" when none. */
	levelLabel: string,
};

/**  Everything the Today screen shows. */
export type TodayView = {
	/**  Today, `YYYY-MM-DD`. */
	date: string,
	/**  Today's rotation, else the class's newest. */
	rotation: RotationView | null,
	/**  The teacher-led group of that rotation's set (else of the newest set). */
	teacherGroup: TeacherGroup | null,
	/**  The window for coverage, in days. */
	coverageDays: number,
	/**  Students with no observation or conference in the window, oldest first. */
	coverage: CoverageEntry[],
};

/**  A row whose student was not found. */
export type UnmatchedStudent = {
	/**  Its line. */
	line: number,
	/**  What the row says about the student (the id, email or name). */
	value: string,
	/**  Why it matched no one. */
	reason: Message,
};

export type Value = null | boolean | number | string | Value[] | { [key in string]: Value };

/**  One method's answer for the same evidence: the "what if" column. */
export type WhatIf = {
	/**
	 *  The method, with its parameter (the UI names it and says how it works in the
	 *  teacher's language).
	 */
	method: Method,
	/**  Its level, or `None`. */
	level: number | null,
	/**  Why there is no level, when there is none. */
	noResult: Message | null,
	/**  True for the method that applies to this competency. */
	current: boolean,
};

/**
 *  Whether a student prefers to work alone or with peers.
 * 
 *  The UI sees it as a string: `""` (not set) is a name specta cannot give a TypeScript
 *  literal, and the UI's own type lists the four values.
 */
export type WorkWith = string;

/**
 *  A calculation with its working: the steps in order and where they arrive.
 * 
 *  As JSON: `{"steps": [{"kind": "latest", "score": 3}], "level": 3, "noResult": null}`.
 */
export type Working = {
	/**
	 *  The steps, in order. When there is a level, the last step's [`WorkingStep::value`]
	 *  is exactly it.
	 */
	steps: WorkingStep[],
	/**  The level, within the scale: exactly what [`super::calculate`] gives. */
	level: number | null,
	/**  Why there is no level, as a sentence for the teacher (as [`super::calculate`] says it). */
	noResult: Message | null,
};

/**
 *  One step of a calculation. `kind` names what happened (the UI maps it to a sentence);
 *  the other fields are the numbers that sentence needs, levels on the scale and shares
 *  from 0 to 1.
 * 
 *  As JSON: `{"kind": "highest", "scores": [2, 3, 1], "result": 3}`,
 *  `{"kind": "decay", "position": 2, "previous": 2, "score": 3, "rate": 0.65, "result": 2.65}`.
 */
export type WorkingStep = 
/**  There are no scores, so there is no level. */
{ kind: "no_evidence" } | 
/**  Score `position` (1-based, oldest first) is not a number, so there is no level. */
{ kind: "not_a_number"; 
/**  Its place among the scores, from 1. */
position: number } | 
/**  The method's parameter is out of range, so there is no level. */
{ kind: "invalid_method"; 
/**  What is wrong with it, as a sentence for the teacher. */
reason: Message } | 
/**  highest: the highest of the scores. */
{ kind: "highest"; 
/**  Every score, oldest first. */
scores: number[]; 
/**  The highest of them. */
result: number } | 
/**  latest: the newest score is the result. */
{ kind: "latest"; 
/**  The newest score. */
score: number } | 
/**
 *  The mean of some scores: all of them (average) or those at or above the threshold
 *  (n_mastery). A single score is its own mean.
 */
{ kind: "mean"; 
/**  The scores averaged, oldest first. */
scores: number[]; 
/**  Their mean. */
result: number } | 
/**  weighted_average with a single score: it counts in full. */
{ kind: "single_score"; 
/**  The score, which is the result. */
score: number } | 
/**  weighted_average: the mean of the scores before the newest. */
{ kind: "mean_before_newest"; 
/**  The scores before the newest, oldest first. */
scores: number[]; 
/**  Their mean. */
mean: number } | 
/**  weighted_average: `newest × weight + mean × (1 − weight)`. */
{ kind: "weighted"; 
/**  The newest score. */
newest: number; 
/**  The newest score's share, from 0 to 1. */
weight: number; 
/**  The mean of the scores before it. */
mean: number; 
/**  The weighted result. */
result: number } | 
/**  decaying_average: the first score starts the running value. */
{ kind: "decay_start"; 
/**  The first score, which is the running value after it. */
score: number } | 
/**  decaying_average: after score `position`, `previous × (1 − rate) + score × rate`. */
{ kind: "decay"; 
/**  The score's place, from 2. */
position: number; 
/**  The running value before this score. */
previous: number; 
/**  This score. */
score: number; 
/**  Each new score's share, more than 0 and at most 1. */
rate: number; 
/**  The running value after this score. */
result: number } | 
/**  n_mastery: the scores at or above the threshold, against how many are needed. */
{ kind: "at_threshold"; 
/**  The scale's threshold. */
threshold: number; 
/**  The scores at or above it, oldest first (may be empty). */
scores: number[]; 
/**  How many the method needs (its `n`). */
needed: number } | 
/**  n_mastery: fewer scores at or above the threshold than needed, so there is no level. */
{ kind: "too_few_at_threshold"; 
/**  How many there are. */
has: number; 
/**  How many are needed. */
needed: number } | 
/**  power_law: fewer scores than the fit needs, so there is no level. */
{ kind: "too_few_for_power_law"; 
/**  How many scores there are. */
has: number; 
/**  How many the fit needs (3). */
needed: number } | 
/**
 *  power_law: the curve `level = a × n^b` fitted through the scores (each score at or
 *  below 0 counted as `floor`), read at the newest score `at`; a fitted value at or
 *  below the floor reads as 0.
 */
{ kind: "power_law_fit"; 
/**  Every score, oldest first. */
scores: number[]; 
/**  The stand-in for a score of zero (0.1). */
floor: number; 
/**  The fitted `a`. */
a: number; 
/**  The fitted `b`. */
b: number; 
/**  The newest score's place, where the curve is read. */
at: number; 
/**  The curve's value there. */
fitted: number; 
/**  The result: `fitted`, or 0 when it is at or below the floor. */
result: number } | 
/**  The value was outside the scale and was kept within it. */
{ kind: "clamped"; 
/**  The value before. */
raw: number; 
/**  The scale's lowest value. */
min: number; 
/**  The scale's highest value. */
max: number; 
/**  The value within the scale: the level. */
result: number };
