import { describe, expect, it } from 'vitest';
import { stepZoom, zoomForKey, ZOOM_MAX, ZOOM_MIN } from './zoom.svelte';

const key = (o: Partial<KeyboardEvent>) => ({ key: '=', ctrlKey: true, metaKey: false, altKey: false, ...o });

describe('page zoom', () => {
  it('steps through the browser-like levels and stops at the ends', () => {
    expect(stepZoom(1, 1), 'one step up from 100 % is 110 %').toBe(1.1);
    expect(stepZoom(1.75, 1), '175 % steps up to the 200 % a low-vision teacher uses').toBe(2);
    expect(stepZoom(1, -1), 'one step down from 100 % is 90 %').toBe(0.9);
    expect(stepZoom(1.2, 1), 'a level between steps goes to the next step up').toBe(1.25);
    expect(stepZoom(3, 1), 'the largest level stays the largest').toBe(ZOOM_MAX);
    expect(stepZoom(0.5, -1), 'the smallest level stays the smallest').toBe(ZOOM_MIN);
  });

  it('answers Ctrl with =, +, − and 0, and no other key', () => {
    expect(zoomForKey(key({ key: '=' }), 1), 'Ctrl + = zooms in').toBe(1.1);
    expect(zoomForKey(key({ key: '+' }), 1), 'Ctrl + + (with Shift) zooms in').toBe(1.1);
    expect(zoomForKey(key({ key: '-' }), 1), 'Ctrl + − zooms out').toBe(0.9);
    expect(zoomForKey(key({ key: '0' }), 2), 'Ctrl + 0 goes back to 100 %').toBe(1);
    expect(zoomForKey(key({ key: '=', ctrlKey: false, metaKey: true }), 1), 'Cmd works as Ctrl').toBe(1.1);
    expect(zoomForKey(key({ key: '=', ctrlKey: false }), 1), 'a plain = is typing, not zoom').toBeNull();
    expect(zoomForKey(key({ key: '=', altKey: true }), 1), 'Ctrl + Alt + = is left to others').toBeNull();
    expect(zoomForKey(key({ key: 's' }), 1), 'Ctrl + S is Save, not zoom').toBeNull();
  });
});
