/** Work cut into tasks, so that none blocks the host page for long (a guest's long tasks count
 *  against the host's responsiveness). */

export { nextTask } from '../data/slices.js';

/** A step of work; it may hand back more steps, run before the steps after it. */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- most steps hand back nothing
export type Step = () => readonly Step[] | void;

/** Runs each step (and the steps it hands back, before the next), and stops once `current` is
 *  false (the map it draws on has gone); whether every step ran. A step runs on in the task of the
 *  one before while that task has run for less than `budget` ms, else after `pause`: a pause before
 *  each of the first view's short steps let the browser render (style, layout, paint) after each. */
export async function runSteps(steps: readonly Step[], pause: () => Promise<void>, current: () => boolean, budget = 0): Promise<boolean> {
  // A stack, the next step last: a step's own steps go on top.
  const stack = [...steps].reverse();
  let since = -Infinity;
  for (let step = stack.pop(); step; step = stack.pop()) {
    if (performance.now() - since >= budget) {
      await pause();
      since = performance.now();
    }
    if (!current()) return false;
    const more = step();
    if (more) for (let i = more.length - 1; i >= 0; i--) stack.push(more[i] as Step);
  }
  return true;
}

/** Runs the steps (and those they hand back) at once, in this task. */
export function runNow(steps: readonly Step[]): void {
  for (const step of steps) {
    const more = step();
    if (more) runNow(more);
  }
}
