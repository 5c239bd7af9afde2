import { describe, expect, it } from 'vitest';
import type { FileReport, ImportCounts } from '../api';
import {
  countsSentence,
  deviceName,
  fileReportLine,
  fileTitle,
  gapLine,
  importBlockedReason,
  peerHasLine,
  progressPercent,
  progressText,
  refusedLine,
  relativeTime,
  shortDevice,
  syncDisabledReason,
  syncSummary,
  validatePassphrase,
  withReceived,
} from './sync';

const counts = (n: number, already: number, conflicts: number): ImportCounts => ({ new: n, already, conflicts });
function file(o: Partial<FileReport> = {}): FileReport {
  return { file: 'a1b2c3d4.waypoint', label: 'Ms. Lee', counts: counts(0, 0, 0), error: null, refusedClasses: [], ...o };
}

describe('countsSentence', () => {
  it('says "Nothing new" when no change arrived', () => {
    expect(countsSentence(counts(0, 0, 0)), 'an empty import has nothing to report').toBe('Nothing new');
    expect(countsSentence(counts(0, 40, 0)), 'changes already here are not news').toBe('Nothing new');
  });
  it('uses the singular for one and the plural otherwise', () => {
    expect(countsSentence(counts(1, 1, 1)), 'one of each is singular').toBe('1 new change, 1 already here, 1 conflict');
    expect(countsSentence(counts(3, 12, 0)), 'zero conflicts is plural').toBe('3 new changes, 12 already here, 0 conflicts');
    expect(countsSentence(counts(2, 0, 2)), 'two conflicts is plural').toBe('2 new changes, 0 already here, 2 conflicts');
  });
  it('groups thousands so big handoffs stay readable', () => {
    expect(countsSentence(counts(1200, 3400, 0)), 'thousands get a separator').toBe(
      '1,200 new changes, 3,400 already here, 0 conflicts',
    );
  });
});

describe('syncSummary', () => {
  it('is the counts sentence when every file was read', () => {
    expect(syncSummary(counts(0, 5, 0), [file()]), 'nothing arrived and nothing failed').toBe('Nothing new');
    expect(syncSummary(counts(4, 0, 1), [file({ counts: counts(4, 0, 1) })]), 'totals are reported as they are').toBe(
      '4 new changes, 0 already here, 1 conflict',
    );
  });
  it('never says only "Nothing new" when a file was not imported', () => {
    const bad = file({ counts: null, error: { id: 'sync-wrong-passphrase', args: {} } });
    expect(syncSummary(counts(0, 0, 0), [bad]), 'a refused file must not look like a quiet sync').toBe(
      'Nothing new; 1 file was not imported',
    );
    expect(syncSummary(counts(2, 0, 0), [bad, bad, file()]), 'failures are counted, plural').toBe(
      '2 new changes, 0 already here, 0 conflicts; 2 files were not imported',
    );
  });
});

describe('file report lines', () => {
  it('titles a file by its sender, else its file name', () => {
    expect(fileTitle(file()), 'the label is what the teacher knows').toBe('Ms. Lee');
    expect(fileTitle(file({ label: '  ' })), 'an unreadable file falls back to its name').toBe('a1b2c3d4.waypoint');
  });
  it('shows the counts of an imported file', () => {
    expect(fileReportLine(file({ counts: counts(2, 1, 0) })), 'an imported file reads as its counts').toEqual({
      text: '2 new changes, 1 already here, 0 conflicts',
      tone: 'ok',
    });
  });
  it("shows a refused file's sentence in the error tone", () => {
    expect(fileReportLine(file({ counts: null, error: { id: 'sync-no-folder', args: { path: '/media/usb' } } })), 'the reason is shown in the reader’s language').toEqual({
      text: 'The sync folder /media/usb is not there. If it is a USB stick, plug it in; otherwise choose the folder again.',
      tone: 'error',
    });
    expect(fileReportLine(file({ counts: null, error: null })).text, 'a refusal without a reason still says so').toBe(
      'This file was not imported.',
    );
  });
  it('names the classes a file holds that were not chosen, by name or id', () => {
    const f = file({
      counts: null,
      refusedClasses: [
        { id: 'c-1', name: 'Biology 7', known: false },
        { id: 'c-2', name: '', known: false },
      ],
    });
    const expected = "Ms. Lee's file holds classes you have not chosen to receive: Biology 7, c-2";
    expect(refusedLine(f), 'names first, the id when the name is unknown').toBe(expected);
    expect(fileReportLine(f), 'the refusal takes precedence over a generic error').toEqual({ text: expected, tone: 'error' });
    expect(refusedLine({ ...f, label: '' }), 'an unnamed sender is named by the file').toBe(
      'The file a1b2c3d4.waypoint holds classes you have not chosen to receive: Biology 7, c-2',
    );
  });
  it('adds refused classes to the received ones once each', () => {
    expect(withReceived(['c-1'], [{ id: 'c-2' }, { id: 'c-1' }, { id: 'c-2' }]), 'no class is listed twice').toEqual([
      'c-1',
      'c-2',
    ]);
  });
});

describe('progress', () => {
  it('describes each stage', () => {
    expect(progressText({ stage: 'export', file: '', done: 0, total: 0 }), 'the export stage').toBe(
      "Writing this laptop's file…",
    );
    expect(progressText({ stage: 'import', file: 'lee.waypoint', done: 40, total: 1200 }), 'the import stage').toBe(
      'Reading lee.waypoint (40/1,200 changes)',
    );
    expect(progressText({ stage: 'other', file: '', done: 0, total: 0 }), 'an unknown stage still reads as syncing').toBe(
      'Syncing…',
    );
  });
  it('gives a percentage only when there is something to count', () => {
    expect(progressPercent({ stage: 'import', file: 'x', done: 1, total: 3 }), 'rounded').toBe(33);
    expect(progressPercent({ stage: 'export', file: '', done: 0, total: 0 }), 'no total means indeterminate').toBeNull();
    expect(progressPercent({ stage: 'import', file: 'x', done: 9, total: 3 }), 'never past 100').toBe(100);
  });
});

describe('validatePassphrase', () => {
  it('accepts 8 characters or more with a matching confirmation', () => {
    expect(validatePassphrase('correct horse', 'correct horse'), 'a good passphrase has no errors').toEqual({});
    expect(validatePassphrase('12345678', '12345678'), 'exactly the minimum is fine').toEqual({});
  });
  it('asks for a passphrase when it is empty', () => {
    expect(validatePassphrase('', ''), 'only the missing passphrase is reported').toEqual({ passphrase: 'Enter a passphrase.' });
  });
  it('says how short a short one is', () => {
    expect(validatePassphrase('abc', 'abc').passphrase, 'the count helps fix it').toBe(
      'Use at least 8 characters (this one has 3).',
    );
    expect(validatePassphrase('ñandú🙂x', 'ñandú🙂x').passphrase, 'characters, not UTF-16 units, are counted').toBe(
      'Use at least 8 characters (this one has 7).',
    );
  });
  it('refuses a passphrase of spaces', () => {
    expect(validatePassphrase('          ', '          ').passphrase, 'blank-looking passphrases are mistakes').toBe(
      "A passphrase can't be only spaces.",
    );
  });
  it('requires the confirmation to match', () => {
    expect(validatePassphrase('correct horse', '').confirm, 'an empty confirmation is asked for').toBe(
      'Type the passphrase again to confirm it.',
    );
    expect(validatePassphrase('correct horse', 'correct hose').confirm, 'a typo is caught').toBe(
      "The two passphrases don't match.",
    );
    expect(validatePassphrase('correct horse', 'correct hose').passphrase, 'the passphrase itself is fine').toBeUndefined();
  });
});

describe('devices and people', () => {
  it('shortens a device id to its first 8 characters', () => {
    expect(shortDevice('0192f3a4-bc56-7def-8123-456789abcdef'), 'enough to tell laptops apart').toBe('0192f3a4');
    expect(shortDevice('abc'), 'a short id stays as it is').toBe('abc');
  });
  it('names a laptop by its label, else as unnamed with its short id', () => {
    expect(deviceName('Ms. Lee', '0192f3a4-bc56'), 'the label wins').toBe('Ms. Lee');
    expect(deviceName(' ', '0192f3a4-bc56'), 'a blank label is no label').toBe('Unnamed laptop (0192f3a4)');
  });
  it('says how many of our changes a peer has', () => {
    expect(peerHasLine(3, 10), 'plural').toBe('has 3 of your 10 changes');
    expect(peerHasLine(1, 1), 'singular for one change').toBe('has 1 of your 1 change');
    expect(peerHasLine(1000, 1200), 'thousands separated').toBe('has 1,000 of your 1,200 changes');
  });
  it('words a gap with the short id, and the label when known', () => {
    expect(gapLine('0192f3a4-bc56'), 'unknown origin').toBe(
      'Some changes from 0192f3a4 are missing in between; they will arrive with a later handoff.',
    );
    expect(gapLine('0192f3a4-bc56', 'Ms. Lee'), 'a known peer is named').toBe(
      'Some changes from Ms. Lee (0192f3a4) are missing in between; they will arrive with a later handoff.',
    );
  });
});

describe('relativeTime', () => {
  // Local times, so the calendar-day rules hold in any time zone.
  const now = new Date(2025, 2, 12, 15, 30).getTime();
  const at = (d: number, h: number, m = 0) => new Date(2025, 2, d, h, m).getTime();

  it('says "just now" within a minute, either way', () => {
    expect(relativeTime(now - 30_000, now), 'thirty seconds ago').toBe('just now');
    expect(relativeTime(now + 20_000, now), 'a clock slightly ahead').toBe('just now');
  });
  it('counts minutes, then hours on the same day', () => {
    expect(relativeTime(now - 60_000, now), 'one minute, singular').toBe('1 minute ago');
    expect(relativeTime(now - 5 * 60_000, now), 'five minutes').toBe('5 minutes ago');
    expect(relativeTime(at(12, 14, 0), now), 'an hour and a half rounds down').toBe('1 hour ago');
    expect(relativeTime(at(12, 0, 5), now), 'early the same day').toBe('15 hours ago');
  });
  it('says "yesterday" for the previous calendar day, even a few hours back', () => {
    expect(relativeTime(at(11, 9), now), 'yesterday morning').toBe('yesterday');
    const justAfterMidnight = new Date(2025, 2, 12, 1, 0).getTime();
    expect(relativeTime(at(11, 22), justAfterMidnight), 'three hours back across midnight').toBe('yesterday');
  });
  it('counts days within a week, then shows the date', () => {
    expect(relativeTime(at(9, 10), now), 'three calendar days').toBe('3 days ago');
    expect(relativeTime(at(6, 10), now), 'six days is still relative').toBe('6 days ago');
    expect(relativeTime(at(5, 10), now), 'a week or more shows the date').toBe('Mar 5, 2025');
  });
  it('shows the date for a time well in the future', () => {
    expect(relativeTime(at(20, 10), now), 'a clock far ahead is not "just now"').toBe('Mar 20, 2025');
  });
});

describe('what can run', () => {
  it('says why "Sync now" is disabled', () => {
    expect(syncDisabledReason({ folder: null, hasPassphrase: false }), 'both missing').toBe(
      'Choose a sync folder and set the class passphrase first.',
    );
    expect(syncDisabledReason({ folder: null, hasPassphrase: true }), 'no folder').toBe('Choose a sync folder first.');
    expect(syncDisabledReason({ folder: '/media/usb', hasPassphrase: false }), 'no passphrase').toBe(
      'Set the class passphrase first.',
    );
    expect(syncDisabledReason({ folder: '/media/usb', hasPassphrase: true }), 'ready to sync').toBeNull();
    expect(syncDisabledReason(null), 'nothing loaded yet').toBe('Loading the sync settings…');
  });
  it('blocks a bundle import until every unknown class is ticked', () => {
    const classes = [
      { id: 'c-1', name: 'Art', known: true },
      { id: 'c-2', name: 'Biology 7', known: false },
      { id: 'c-3', name: '', known: false },
    ];
    expect(importBlockedReason(classes, []), 'two unknown classes unticked').toBe(
      "Tick “Receive this class” for each of the 2 classes you don't have yet to import this file.",
    );
    expect(importBlockedReason(classes, ['c-2']), 'one left, named').toBe(
      'Tick “Receive this class” for c-3 to import this file: it holds changes to that class.',
    );
    expect(importBlockedReason(classes, ['c-2', 'c-3']), 'all ticked').toBeNull();
    expect(importBlockedReason(classes.slice(0, 1), []), 'known classes need no tick').toBeNull();
  });
});
