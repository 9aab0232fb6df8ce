/**
 * What a visitor sees of thousands of projects: the map, the inset and the legend stay readable
 * and light to draw (the bench times them; these state what is drawn, untimed).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { generate } from '../../bench/generate.mjs';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

/** Lines in a path's data: each starts with a move. */
const lines = (path: Element | null | undefined): number => (path?.getAttribute('d') ?? '').split(/M/i).length - 1;

const arcsOnMap = (el: PartnerMap): Element[] => [...shadow(el).querySelectorAll('.leaflet-pm-arcs-pane path')];

describe('thousands of projects, drawn', function () {
  this.timeout(60000);
  afterEach(cleanup);

  it('2,000 projects reaching 10 markets: their arcs are one neutral solid set of lines, one per area and market, on the map and in the inset', async () => {
    const el = await mountMap({ lang: 'en' }, generate(2000, 42, 'projects'));
    await settle(el);
    const arcs = arcsOnMap(el);
    // A few paths, 150 arcs each (added a path a task), not one per project's arc.
    expect(arcs.length, 'a few paths of arcs on the map').to.be.within(1, 5);
    for (const arc of arcs) expect(arc.getAttribute('stroke-dasharray'), 'no dashes').to.equal(null);
    // 2,667 arcs (a third of the projects reach two markets) from consortia all over Europe.
    const drawn = arcs.reduce((n, arc) => n + lines(arc), 0);
    expect(drawn).to.be.within(10, 700);
    await waitFor(() => !!shadow(el).querySelector('.reach-inset path.arc'), 'the reach inset draws its arcs', 10000);
    const inset = [...shadow(el).querySelectorAll('.reach-inset path.arc')];
    expect(inset, 'one path of arcs in the inset').to.have.length(1);
    expect(inset[0]?.getAttribute('stroke-dasharray')).to.equal(null);
    // An arc across the antimeridian is two lines there.
    expect(lines(inset[0])).to.be.within(10, 1400);
  });

  it('2,000 projects: the legend keys the merged arcs once, not per project, and its group key has a part per colour', async () => {
    const el = await mountMap({ lang: 'en' }, generate(2000, 42, 'projects'));
    await settle(el);
    const legend = shadow(el).querySelector('.legend') as HTMLElement;
    expect(legend.querySelectorAll('.legend-projects .arc-key'), 'no arc sample per project').to.have.length(0);
    expect(legend.textContent).to.contain('one line per area and market');
    expect(legend.textContent).not.to.contain('dashes by project');
    // Grouped leads: the group key is a ring of the eight project colours around a count.
    expect(legend.querySelectorAll('.group-key path').length).to.be.within(2, 8);
  });

  it('one partner leading 2,000 projects: its mark is a circle of a segment per colour', async () => {
    const el = await mountMap({ lang: 'en' }, generate(2000, 42, 'lead'));
    // Chosen, the map flies in until the lead stands out of its group.
    el.selectPartner('p0');
    await waitFor(() => !!shadow(el).querySelector('.leaflet-marker-pane [data-partner="p0"]'), 'the lead is drawn alone', 10000);
    const mark = shadow(el).querySelector('.leaflet-marker-pane [data-partner="p0"]');
    expect(mark?.querySelectorAll('path').length).to.be.within(2, 8);
  });
});
