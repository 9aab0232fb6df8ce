/**
 * A large network is validated and drawn in steps the host page runs between, so that it stays
 * responsive (the bench times the tasks; these state what the page can see between them).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { parseCollaborations, parseCollaborationsInTasks } from '../../src/data/parse.js';
import { generate } from '../../bench/generate.mjs';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, nextEvent, shadow } from '../helpers.js';

/** Calls `look` on every task of a timer chain until `stop` resolves; how many times it ran. */
async function between(stop: Promise<unknown>, look: () => void): Promise<number> {
  let done = false;
  let beats = 0;
  const beat = () => {
    if (done) return;
    beats++;
    look();
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  await stop;
  done = true;
  return beats;
}

describe('a large network in tasks', function () {
  this.timeout(60000);
  afterEach(cleanup);

  it('validating 20,000 features lets the page run between slices, and gives what one pass gives', async () => {
    const data = generate(10000, 42, 'projects');
    const parsing = parseCollaborationsInTasks(data, 'en');
    const beats = await between(parsing, () => undefined);
    expect(beats, 'timer tasks ran while it validated').to.be.at.least(5);
    const once = parseCollaborations(data, 'en');
    const inTasks = await parsing;
    expect(inTasks.errors).to.deep.equal(once.errors);
    expect(inTasks.data.projects.map((p) => p.id)).to.deep.equal(once.data.projects.map((p) => p.id));
    expect(inTasks.data.partners).to.have.length(10000);
  });

  it('3,000 projects each with a lead: the page can see the land drawn before the marks (the start runs in steps)', async () => {
    const el: PartnerMap = document.createElement('partner-map');
    el.data = generate(3000, 42, 'projects');
    el.style.setProperty('--partner-map-height', '600px');
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    let landBeforeMarks = false;
    await between(ready, () => {
      const root = shadow(el);
      const land = root.querySelectorAll('.leaflet-pm-base-pane path').length > 0;
      const marks = root.querySelectorAll('.leaflet-marker-pane > *').length > 0;
      if (land && !marks) landBeforeMarks = true;
    });
    expect(landBeforeMarks).to.equal(true);
  });
});
