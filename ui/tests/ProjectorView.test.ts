import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { violations } from './axeViolations';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
import { invoke } from '@tauri-apps/api/core';
import ProjectorView from '../src/components/ProjectorView.svelte';
import { PLAN_ID, clockOf, todayFake, type TodayFake } from './fakes/today';
import type { ProjectorView as Projector } from '../src/api';
import { setLanguage } from '../src/lib/i18n.svelte';

const mockInvoke = vi.mocked(invoke);

function projector(o: Partial<Projector> = {}, clock: Parameters<typeof clockOf>[0] = {}): Projector {
  return {
    clock: clockOf({ planId: PLAN_ID, round: 1, rounds: 4, phase: 'block', running: true, remainingSeconds: 754, phaseSeconds: 900, ...clock }),
    title: { id: 'reason-projector-round', args: { round: 2, rounds: 4 } },
    groups: [
      { name: 'Red', station: 'Teacher table', members: ['Ana G.', 'Ben O.'] },
      { name: 'Blue', station: 'Online', members: ['Cy L.'] },
      { name: 'Green', station: null, members: ['Dev P.'] },
    ],
    ...o,
  };
}

function renderView(b: TodayFake) {
  mockInvoke.mockImplementation((cmd: string, args?: unknown) => b.handle(cmd, args as Record<string, unknown>) as never);
  return render(ProjectorView);
}

/** A stand-in AudioContext that counts the tones it is asked to play. */
function fakeAudio() {
  const tones: number[] = [];
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    state = 'running';
    createOscillator() {
      return {
        type: 'sine',
        frequency: { setValueAtTime: (v: number) => tones.push(v) },
        connect: () => {},
        start: () => {},
        stop: () => {},
      };
    }
    createGain() {
      return {
        gain: { setValueAtTime: () => {}, linearRampToValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} },
        connect: () => {},
      };
    }
    resume() {
      return Promise.resolve();
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return tones;
}

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Waypoint — Projector';
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  mockInvoke.mockReset();
  vi.unstubAllGlobals();
});

describe('projector', () => {
  it('waits calmly when no rotation is loaded', async () => {
    const b = todayFake({ projector: { clock: clockOf(), title: { id: 'reason-projector-waiting', args: {} }, groups: [] } });
    renderView(b);
    expect(await screen.findByTestId('projector-waiting')).toHaveTextContent('Waiting for a rotation…');
  });

  it('shows the round, the countdown, the phase and each group with its station and members', async () => {
    const b = todayFake({ projector: projector() });
    renderView(b);
    expect(await screen.findByTestId('projector-round')).toHaveTextContent('Round 2 of 4');
    expect(screen.getByTestId('projector-remaining')).toHaveTextContent('12:34');
    expect(screen.getByTestId('projector-phase')).toHaveTextContent('Work time');
    const groups = screen.getAllByTestId('projector-group');
    expect(groups).toHaveLength(3);
    expect(groups[0]).toHaveTextContent('Red');
    expect(groups[0]).toHaveTextContent('Teacher table');
    expect(groups[0]).toHaveTextContent('Ana G.');
    expect(screen.getAllByTestId('projector-station')[2]).toHaveTextContent('No station this round');
  });

  it('calls nothing but projector_view, and keeps polling every 250 ms', async () => {
    const b = todayFake({ projector: projector() });
    renderView(b);
    await screen.findByTestId('projector-round');
    await waitFor(() => expect(b.callsOf('projector_view').length).toBeGreaterThanOrEqual(3), { timeout: 1500 });
    expect(new Set(b.calls.map((c) => c.cmd))).toEqual(new Set(['projector_view']));
  });

  it('says Paused and Move to your next station!', async () => {
    const b = todayFake({ projector: projector({}, { running: false }) });
    renderView(b);
    await waitFor(() => expect(screen.getByTestId('projector-phase')).toHaveTextContent('Paused'));
    b.projector = projector({}, { phase: 'transition', running: true, remainingSeconds: 90 });
    await waitFor(() => expect(screen.getByTestId('projector-phase')).toHaveTextContent('Move to your next station!'));
  });

  it('chimes once when the phase changes and the chime is on, and not when it is off', async () => {
    const tones = fakeAudio();
    const b = todayFake({ projector: projector({}, { transitions: 3 }) });
    renderView(b);
    await screen.findByTestId('projector-round');
    await new Promise((r) => setTimeout(r, 300));
    expect(tones, 'no chime for the state found on opening').toEqual([]);
    b.projector = projector({}, { transitions: 4, phase: 'transition' });
    await waitFor(() => expect(tones).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 600));
    expect(tones, 'once per change').toHaveLength(2);
    b.projector = projector({}, { transitions: 5, chime: false });
    await new Promise((r) => setTimeout(r, 600));
    expect(tones, 'the chime is off').toHaveLength(2);
  });

  it('works without Web Audio, and Escape does nothing harmful', async () => {
    vi.stubGlobal('AudioContext', undefined);
    const user = userEvent.setup();
    const b = todayFake({ projector: projector({}, { transitions: 1 }) });
    renderView(b);
    await screen.findByTestId('projector-round');
    b.projector = projector({}, { transitions: 2 });
    await user.keyboard('{Escape}');
    await new Promise((r) => setTimeout(r, 400));
    expect(screen.getByTestId('projector-round')).toHaveTextContent('Round 2 of 4');
  });

  it('never shows levels, scores or profile data', async () => {
    const b = todayFake({ projector: projector() });
    const { container } = renderView(b);
    await screen.findByTestId('projector-round');
    expect(container.textContent).not.toMatch(/level|score|Proficient|Developing|IEP|504/i);
  });

  it('speaks Spanish, still without scores', async () => {
    setLanguage('es');
    try {
      const waiting = todayFake({ projector: { clock: clockOf(), title: { id: 'reason-projector-waiting', args: {} }, groups: [] } });
      const first = renderView(waiting);
      expect(await screen.findByTestId('projector-waiting'), 'the waiting screen').toHaveTextContent('Esperando una rotación…');
      first.unmount();
      const { container } = renderView(todayFake({ projector: projector() }));
      await screen.findByTestId('projector-round');
      expect(screen.getAllByTestId('projector-station')[2], 'a group with no station').toHaveTextContent('Sin estación en esta ronda');
      expect(screen.getByRole('list', { name: 'Integrantes de Red' }), 'the members list is named in Spanish').toBeInTheDocument();
      expect(container.textContent, 'no level or score words in Spanish either').not.toMatch(/nivel|puntuaci|dominio|IEP|504/i);
    } finally {
      setLanguage('en');
    }
  });

  it('has no axe violations', async () => {
    const b = todayFake({ projector: projector() });
    renderView(b);
    await screen.findByTestId('projector-round');
    expect(await violations()).toEqual([]);
    cleanup();
    const w = todayFake();
    renderView(w);
    await screen.findByTestId('projector-waiting');
    expect(await violations()).toEqual([]);
  });
});
