// Pure helpers for a student's portfolio: sizes, kinds, the one kind of thumbnail the page
// will show (a data: URL of an image, never a link anywhere), and the add form's checks.
// No DOM, no Svelte; words come from the catalog when asked for.
import type { ArtifactInput, ArtifactView } from '../api';
import { formatNumber, t } from './i18n.svelte';
import { charCount, isValidIsoDate } from './validate';

export type ArtifactKind = 'image' | 'pdf' | 'audio' | 'video' | 'document';

const ARTIFACT_KINDS: readonly string[] = ['image', 'pdf', 'audio', 'video', 'document'];

/** A kind of file in words: "Image", "PDF". */
export function kindLabel(kind: ArtifactKind): string {
  switch (kind) {
    case 'image':
      return t('portfolio-kind-image');
    case 'pdf':
      return t('portfolio-kind-pdf');
    case 'audio':
      return t('portfolio-kind-audio');
    case 'video':
      return t('portfolio-kind-video');
    default:
      return t('portfolio-kind-document');
  }
}

/** The backend's kind, or "document" for anything it might add later. */
export function artifactKind(kind: string): ArtifactKind {
  return ARTIFACT_KINDS.includes(kind) ? (kind as ArtifactKind) : 'document';
}

/** "512 bytes", "14 KB", "2.4 MB", "1.1 GB" (1024-based, as file managers show). */
export function formatBytes(size: number): string {
  if (!Number.isFinite(size) || size < 0) return '';
  if (size < 1024) return t('portfolio-size-bytes', { count: size });
  let v = size / 1024;
  let u = 0;
  while (v >= 1024 && u < 3) {
    v /= 1024;
    u++;
  }
  // Whole above 10, else one decimal (dropped when it is 0), as the language writes numbers.
  const amount = formatNumber(v, { maximumFractionDigits: v >= 10 ? 0 : 1, useGrouping: false });
  switch (u) {
    case 0:
      return t('portfolio-size-kb', { amount });
    case 1:
      return t('portfolio-size-mb', { amount });
    case 2:
      return t('portfolio-size-gb', { amount });
    default:
      return t('portfolio-size-tb', { amount });
  }
}

const SAFE_THUMBNAIL = /^data:image\/(png|jpeg|jpg|gif|webp|bmp);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * The thumbnail to put in an <img>, or null. Only a base64 data: URL of a raster image is
 * accepted: an http(s), file, asset or blob URL, or an SVG (which can carry script), is
 * never shown.
 */
export function safeThumbnail(thumbnail: string | null | undefined): string | null {
  if (typeof thumbnail !== 'string') return null;
  return SAFE_THUMBNAIL.test(thumbnail) ? thumbnail : null;
}

export function emptyArtifact(today: string): ArtifactInput {
  return { title: '', date: today, reflection: '', competencyIds: [], highlight: false };
}

export function artifactInputOf(a: ArtifactView): ArtifactInput {
  return {
    title: a.title,
    date: a.date,
    reflection: a.reflection,
    competencyIds: [...a.competencyIds],
    highlight: a.highlight,
  };
}

export function artifactProblems(input: ArtifactInput): Record<string, string> {
  const out: Record<string, string> = {};
  const title = charCount(input.title.trim());
  if (title === 0) out.title = t('portfolio-title-blank');
  else if (title > 160) out.title = t('validate-too-long', { field: t('goals-check-title'), count: title, max: 160 });
  const d = input.date.trim();
  if (d === '') out.date = t('goals-choose-date');
  else if (!isValidIsoDate(d)) out.date = t('validate-bad-date', { field: t('goals-check-date'), value: d });
  const r = charCount(input.reflection.trim());
  if (r > 4000) out.reflection = t('validate-too-long', { field: t('reflections-check-response'), count: r, max: 4000 });
  return out;
}

export function artifactFieldControl(field: string | undefined): string | null {
  switch ((field ?? '').split('.')[0]) {
    case 'title':
      return 'artifact-title';
    case 'date':
      return 'artifact-date';
    case 'reflection':
      return 'artifact-reflection';
    case 'competencyIds':
    case 'competencies':
      return 'artifact-competencies';
    case 'highlight':
      return 'artifact-highlight';
    default:
      // "file", "size", "mime": shown in the form's banner, beside the Choose file button.
      return null;
  }
}

/** The codes of the competencies an artifact is linked to, in the class's order; an id the
 * class no longer has is left out (the artifact keeps it). */
export function codesFor(ids: readonly string[], competencies: readonly { id: string; code: string; label: string }[]): string[] {
  return competencies.filter((c) => ids.includes(c.id)).map((c) => c.code || c.label);
}
