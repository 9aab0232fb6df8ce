/** The first drawing's steps (map/tasks.ts): in order, the steps a step hands back before the next,
 *  run on in one task within a budget of time, and stopped once the map they draw on has gone. */
import { expect } from '@open-wc/testing';
import { runNow, runSteps, type Step } from '../../src/map/tasks.js';

/** A pause that counts itself and gives the event loop a turn, like the widget's. */
function counting(): { pause: () => Promise<void>; readonly count: () => number } {
  let n = 0;
  return { pause: () => new Promise<void>((resolve) => setTimeout(() => (n++, resolve()), 0)), count: () => n };
}

/** Steps that log their names; "b" hands back two of its own. */
function logged(log: string[]): Step[] {
  const step =
    (name: string, more?: Step[]): Step =>
    () => (log.push(name), more);
  return [step('a'), step('b', [step('b1'), step('b2')]), step('c')];
}

describe('the first drawing, in steps', () => {
  it('runs every step in order, the steps one hands back before the next', async () => {
    const log: string[] = [];
    expect(await runSteps(logged(log), counting().pause, () => true)).to.equal(true);
    expect(log).to.deep.equal(['a', 'b', 'b1', 'b2', 'c']);
    const now: string[] = [];
    runNow(logged(now));
    expect(now).to.deep.equal(log);
  });

  it('without a budget pauses before each step; with one, short steps run on in one task', async () => {
    const each = counting();
    await runSteps(logged([]), each.pause, () => true);
    expect(each.count(), 'a pause before each of five steps').to.equal(5);
    const budgeted = counting();
    await runSteps(logged([]), budgeted.pause, () => true, 10_000);
    expect(budgeted.count(), 'one pause, then all five in that task').to.equal(1);
  });

  it('goes on in a new task once a task has run past the budget', async () => {
    const budgeted = counting();
    const busy =
      (ms: number): Step =>
      () => {
        const until = performance.now() + ms;
        while (performance.now() < until);
      };
    // Each step alone passes a budget of 1 ms: each needs a task of its own.
    await runSteps([busy(3), busy(3), busy(3)], budgeted.pause, () => true, 1);
    expect(budgeted.count()).to.equal(3);
  });

  it('stops, and says so, once the map it draws on has gone', async () => {
    const log: string[] = [];
    let map = true;
    const steps = logged(log);
    steps.splice(1, 0, () => void (map = false));
    expect(await runSteps(steps, counting().pause, () => map)).to.equal(false);
    expect(log).to.deep.equal(['a']);
  });
});
