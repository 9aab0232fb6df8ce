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

/** The same, on every animation frame: what the page shows between the widget's tasks (these
 *  yield with scheduler.yield where there is one, which runs ahead of the page's timers). */
async function framesUntil(stop: Promise<unknown>, look: () => void): Promise<void> {
  let done = false;
  const frame = () => {
    if (done) return;
    look();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  await stop;
  done = true;
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
    await framesUntil(ready, () => {
      const root = shadow(el);
      const land = root.querySelectorAll('.leaflet-pm-base-pane path').length > 0;
      const marks = root.querySelectorAll('.leaflet-marker-pane > *').length > 0;
      if (land && !marks) landBeforeMarks = true;
    });
    expect(landBeforeMarks).to.equal(true);
  });

  it('10,000 events: their marks come in batches, and the page is drawn between them', async () => {
    const el: PartnerMap = document.createElement('partner-map');
    el.data = generate(10000, 42, 'events');
    el.style.setProperty('--partner-map-height', '800px');
    el.style.width = '1280px';
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    const seen = new Set<number>();
    await framesUntil(ready, () => seen.add(shadow(el).querySelectorAll('.leaflet-marker-pane > *').length));
    const all = shadow(el).querySelectorAll('.leaflet-marker-pane > *').length;
    expect(all, 'marks drawn by map-ready').to.be.above(150);
    expect(
      [...seen].some((n) => n > 0 && n < all),
      `the page saw some of the ${all} marks before the rest (saw ${[...seen].join(', ')})`,
    ).to.equal(true);
  });
});
