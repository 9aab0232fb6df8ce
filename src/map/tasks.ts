/** Work cut into tasks, so that none blocks the host page for long (a guest's long tasks count
 *  against the host's responsiveness). */

/** Lets the browser render and handle input before going on: a new task, not a microtask. Where
 *  the browser has scheduler.yield, the rest runs ahead of other queued tasks and without the 4 ms
 *  that nested timers are held back by, so a start in eight steps costs no more than one. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Runs each step after `pause`, and stops once `current` is false (the map it draws on has
 *  gone); whether every step ran. */
export async function runSteps(steps: readonly (() => void)[], pause: () => Promise<void>, current: () => boolean): Promise<boolean> {
  for (const step of steps) {
    await pause();
    if (!current()) return false;
    step();
  }
  return true;
}
