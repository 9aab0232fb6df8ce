/** Work cut into tasks, so that none blocks the host page for long (a guest's long tasks count
 *  against the host's responsiveness). */

/** Lets the browser render and handle input before going on (a new task, not a microtask). A
 *  timer, not scheduler.yield: a yielded continuation runs ahead of the host page's own timers, so
 *  the page's scripts would not run between the steps of a long start. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A step of work; it may hand back more steps (an array), run next, each in a task of its own. */
export type Step = () => void;

/** Runs each step after `pause` (and the steps it hands back), and stops once `current` is false
 *  (the map it draws on has gone); whether every step ran. */
export async function runSteps(steps: readonly Step[], pause: () => Promise<void>, current: () => boolean): Promise<boolean> {
  for (const step of steps) {
    await pause();
    if (!current()) return false;
    const more: unknown = step();
    if (Array.isArray(more) && !(await runSteps(more as Step[], pause, current))) return false;
  }
  return true;
}

/** Runs the steps (and those they hand back) at once, in this task. */
export function runNow(steps: readonly Step[]): void {
  for (const step of steps) {
    const more: unknown = step();
    if (Array.isArray(more)) runNow(more as Step[]);
  }
}
