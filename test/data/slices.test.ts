/** Work in slices (data/slices.ts): the same result at once or over tasks; over tasks, the page's
 *  own timers run between slices past the budget; stopped at the first pause once it is moot. */
import { expect } from '@open-wc/testing';
import { finish, finishInTasks, until, type Sliced } from '../../src/data/slices.js';
import { generate } from '../../bench/generate.mjs';
import { parseCollaborations } from '../../src/data/parse.js';
import { viewModel, viewModelSteps } from '../../src/element/view-model.js';

/** Sums 0..n-1, pausing after each of `slice` numbers, and logs each slice as it ends. */
function* summing(n: number, slice: number, log: string[]): Sliced<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i;
    if ((i + 1) % slice === 0) {
      log.push(`slice ${(i + 1) / slice}`);
      yield;
    }
  }
  return sum;
}

describe('work in slices', () => {
  it('gives the same result at once and over tasks', async () => {
    expect(finish(summing(1000, 100, []))).to.equal(499500);
    expect(await finishInTasks(summing(1000, 100, []), 0)).to.equal(499500);
  });

  it('lets the page’s timers run between slices past the budget, none within it', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('page'), 0);
    await finishInTasks(summing(300, 100, log), 0);
    expect(log.indexOf('page'), 'the page’s timer ran after the first slice').to.equal(1);
    const within: string[] = [];
    setTimeout(() => within.push('page'), 0);
    await finishInTasks(summing(300, 100, within), 10_000);
    expect(within, 'all in one task, then the page').to.deep.equal(['slice 1', 'slice 2', 'slice 3']);
    await new Promise((r) => setTimeout(r, 0));
    expect(within.at(-1)).to.equal('page');
  });

  it('stops at the first pause once the work is moot', async () => {
    const log: string[] = [];
    let current = true;
    setTimeout(() => (current = false), 0);
    expect(
      await finishInTasks(
        until(summing(1000, 100, log), () => current),
        0,
      ),
    ).to.equal(undefined);
    expect(log.length, 'stopped after a slice or two, not ten').to.be.below(3);
  });

  it('derives a view model in slices that is the view model derived at once', async () => {
    const parsed = parseCollaborations(generate(20000));
    const input = { parsed, projects: null, layers: ['consortia' as const, 'reach' as const], colour: () => '#123456' };
    const sliced = await finishInTasks(viewModelSteps(input), 0);
    const once = viewModel(input);
    expect(sliced.selection.partners.map((v) => v.partner.id)).to.deep.equal(once.selection.partners.map((v) => v.partner.id));
    expect(sliced.selection.partners.map((v) => v.roles.map((r) => `${r.project.id}:${r.role}`).join())).to.deep.equal(
      once.selection.partners.map((v) => v.roles.map((r) => `${r.project.id}:${r.role}`).join()),
    );
    expect([...sliced.counts]).to.deep.equal([...once.counts]);
    expect(sliced.countries).to.equal(once.countries);
    expect(sliced.selection.partners).to.have.length(20000);
  });
});
