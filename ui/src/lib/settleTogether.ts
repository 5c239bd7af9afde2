// Commands asked for together are answered together.
//
// A view asks for several things at once (a student's page: the profile, next steps,
// playlists, goals, reflections, portfolio, conferences), and the backend answers them one
// after another within a few milliseconds. Handed to the page one by one, each answer is a
// task of its own, and the webview may paint between any two of them: the first answer
// renders its part, a frame is laid out and painted, and only then does the next answer get
// its turn. With the page painted on the main thread (webview_memory.rs), one such frame took
// about 80 ms, so a student's goals showed two or three frames after the click instead of
// one (BENCHMARKS.md, the Goals view).
//
// So the commands asked for in one turn of the event loop form a batch, and an answer that
// arrives while others of its batch are still out is held until they are in, then all are
// handed over in one task: the page renders once and paints once. An answer is never held
// longer than HOLD_MS after it arrived, so a slow command does not hold up a quick one.

/** The longest an answer waits for the rest of its batch: two frames at 60 Hz. */
export const HOLD_MS = 32;

interface Batch {
  /** Commands of the batch not answered yet. */
  out: number;
  /** Hands over each answer that is in, in the order they came. */
  held: (() => void)[];
  /** Hands them over anyway, once the first has waited HOLD_MS. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

let open: Batch | null = null;

/** The batch of this turn: a new one after every task (the microtasks of a turn join it). */
function currentBatch(): Batch {
  if (open === null) {
    const batch: Batch = { out: 0, held: [], timer: undefined };
    open = batch;
    setTimeout(() => {
      if (open === batch) open = null;
    }, 0);
  }
  return open;
}

function handOver(batch: Batch): void {
  if (batch.timer !== undefined) clearTimeout(batch.timer);
  batch.timer = undefined;
  const held = batch.held;
  batch.held = [];
  for (const release of held) release();
}

/**
 * `answer`, settled together with every other command asked for in the same turn: the
 * value or error is the same, only when it is handed over changes.
 */
export function settleTogether<T>(answer: Promise<T>): Promise<T> {
  const batch = currentBatch();
  batch.out += 1;
  return new Promise<T>((resolve, reject) => {
    const arrive = (release: () => void) => {
      batch.out -= 1;
      batch.held.push(release);
      if (batch.out === 0) handOver(batch);
      else batch.timer ??= setTimeout(() => handOver(batch), HOLD_MS);
    };
    answer.then(
      (value) => arrive(() => resolve(value)),
      (error: unknown) => arrive(() => reject(error)),
    );
  });
}
