import { describe, expect, it } from 'vitest';
import { HOLD_MS, settleTogether } from './settleTogether';

/** A promise and the functions that settle it, for answers that arrive when the test says. */
function pending<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('settleTogether', () => {
  it('hands over answers asked for in one turn together, once the last is in', async () => {
    const a = pending<string>();
    const b = pending<string>();
    const seen: string[] = [];
    const first = settleTogether(a.promise).then((v) => seen.push(v));
    const second = settleTogether(b.promise).then((v) => seen.push(v));
    a.resolve('profile');
    await nextTask();
    expect(seen, 'the first answer waits while the other of its batch is still out').toEqual([]);
    b.resolve('goals');
    await Promise.all([first, second]);
    expect(seen, 'both are handed over, in the order they arrived').toEqual(['profile', 'goals']);
  });

  it('hands errors over the same way, unchanged', async () => {
    const a = pending<string>();
    const b = pending<string>();
    const failed = settleTogether(a.promise).catch((e: unknown) => e);
    const ok = settleTogether(b.promise);
    const boom = { code: 'not_found', message: 'gone' };
    a.reject(boom);
    b.resolve('fine');
    expect(await failed, 'the rejection reaches the caller as the backend gave it').toBe(boom);
    expect(await ok, 'the other answer is untouched').toBe('fine');
  });

  it('does not hold a quick answer behind a slow one for longer than HOLD_MS', async () => {
    const quick = pending<string>();
    const slow = pending<string>();
    let quickAt = -1;
    const start = performance.now();
    const q = settleTogether(quick.promise).then(() => (quickAt = performance.now() - start));
    void settleTogether(slow.promise);
    quick.resolve('quick');
    await q;
    expect(quickAt, 'the quick answer is handed over after the hold, without the slow one').toBeGreaterThanOrEqual(HOLD_MS - 2);
    slow.resolve('slow');
  });

  it('starts a new batch in the next task, so a later command never waits for an earlier one', async () => {
    const earlier = pending<string>();
    void settleTogether(earlier.promise);
    await nextTask();
    await sleep(1);
    const later = pending<string>();
    const got = settleTogether(later.promise);
    later.resolve('later');
    const raced = await Promise.race([got, sleep(HOLD_MS / 2).then(() => 'held')]);
    expect(raced, 'a command asked for in another turn is in a batch of its own').toBe('later');
    earlier.resolve('earlier');
  });
});
