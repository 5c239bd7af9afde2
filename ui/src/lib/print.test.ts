import { describe, expect, it, vi } from 'vitest';
import { applyPageSize, defaultPaper, loadPaper, pageRule, PAGE_STYLE_ID, printWith, savePaper } from './print';

describe('print', () => {
  it('picks Letter for US English and A4 elsewhere, and remembers the choice', () => {
    localStorage.clear();
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('fr-FR')).toBe('a4');
    expect(loadPaper('de-DE')).toBe('a4');
    savePaper('letter');
    expect(loadPaper('de-DE')).toBe('letter');
    localStorage.clear();
  });
  it('keeps one page-size style element, updated in place', () => {
    expect(pageRule('letter')).toBe('@page { size: letter; margin: 12mm }');
    expect(pageRule('a4', 'landscape')).toBe('@page { size: A4 landscape; margin: 12mm }');
    applyPageSize('a4');
    applyPageSize('letter', 'landscape');
    const els = document.querySelectorAll(`#${PAGE_STYLE_ID}`);
    expect(els).toHaveLength(1);
    expect(els[0]!.textContent).toBe('@page { size: letter landscape; margin: 12mm }');
  });
  it('sets the size, then opens the print dialog', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    printWith('a4', 'portrait');
    expect(document.getElementById(PAGE_STYLE_ID)?.textContent).toBe('@page { size: A4; margin: 12mm }');
    expect(print).toHaveBeenCalledTimes(1);
  });
});
