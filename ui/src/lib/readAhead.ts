// Reads asked for ahead of the view that will ask for them.
//
// A student's page is seven sections, and each reads its own part when it mounts. Mounted at
// the click, they first render their loading lines, and the webview paints that frame (a
// repaint of most of the window, 50–80 ms on the main thread with the page painted in
// software, webview_memory.rs) before their answers can be taken: the student's page showed
// two frames after the click, the first of them a page of loading lines. So the Students page
// asks for those reads first, keeps the previous student up until the answers are in, and only
// then mounts the sections, whose reads are served from what was read ahead: one frame, with
// the data (BENCHMARKS.md, the Goals view).
//
// A read ahead is not a cache. It is served once, to the first call with the same command and
// arguments, and it is forgotten KEEP_MS after it was asked for, or when the view that asked
// for it has mounted (`forgetReadsAhead`), whichever comes first.

/** The longest a read ahead is kept for a view that does not come. */
export const KEEP_MS = 1000;

const kept = new Map<string, Promise<unknown>>();

/** The key of a read: its command and its arguments, whatever order they were written in. */
export function readKey(cmd: string, args: Record<string, unknown> | undefined): string {
  const sorted = Object.entries(args ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${cmd} ${JSON.stringify(sorted)}`;
}

/** Keeps `answer` for the first call with `key`, for at most KEEP_MS. */
export function keepRead(key: string, answer: Promise<unknown>): void {
  // A rejection is handed to whoever takes the read; unclaimed, it is not an unhandled one.
  answer.catch(() => {});
  kept.set(key, answer);
  setTimeout(() => {
    if (kept.get(key) === answer) kept.delete(key);
  }, KEEP_MS);
}

/** The read kept under `key`, taken (a second call reads again), or undefined. */
export function takeRead(key: string): Promise<unknown> | undefined {
  const answer = kept.get(key);
  kept.delete(key);
  return answer;
}

/** Forgets every read ahead: the view they were for has mounted and taken what it wanted. */
export function forgetReadsAhead(): void {
  kept.clear();
}
