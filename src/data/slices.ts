/**
 * Work cut into slices: a generator that yields wherever it may pause, so that the same code runs
 * at once (finish) or over several tasks (finishInTasks) when a large network would otherwise
 * block the host page in one long task (a guest's long tasks count against the host's
 * responsiveness).
 */

/** Work that yields between its slices and returns its result. */
export type Sliced<T> = Generator<void, T, void>;

/** Lets the browser render and handle input before going on (a new task, not a microtask). A
 *  timer, not scheduler.yield: a yielded continuation runs ahead of the host page's own timers, so
 *  the page's scripts would not run between the steps of a long start. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the work to its end in this task. */
export function finish<T>(work: Sliced<T>): T {
  for (;;) {
    const slice = work.next();
    if (slice.done) return slice.value;
  }
}

/** Runs the work over tasks: slices run on in one task while it has run for less than `budget` ms. */
export async function finishInTasks<T>(work: Sliced<T>, budget: number): Promise<T> {
  for (;;) {
    const since = performance.now();
    do {
      const slice = work.next();
      if (slice.done) return slice.value;
    } while (performance.now() - since < budget);
    await nextTask();
  }
}

/** The work, stopped (undefined) at the first pause after `current()` turns false. */
export function* until<T>(work: Sliced<T>, current: () => boolean): Sliced<T | undefined> {
  for (;;) {
    const slice = work.next();
    if (slice.done) return slice.value;
    yield;
    if (!current()) return undefined;
  }
}
