/** A large `src` is read and validated, and a very large network's partners grouped, in a worker;
 *  where the page's policy refuses workers, on the main thread: the same partners, groups and
 *  problems either way. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { frameReport } from '../security/frame.js';
import { cleanup, shadow, waitFor } from '../helpers.js';

interface Report {
  failed?: string;
  violations: string[];
  errors: string[];
  problems: string[];
  partners: string[];
  summary: string;
  canvas: string;
  fetchedByPage: boolean;
  /** Features in each message the page sent the worker with a part of a large `data`. */
  copied: number[];
  /** The kinds of questions the page asked the worker about its cluster index. */
  asked: string[];
  /** The worker's answers to the page's `cluster` questions: true when it had built that index ahead. */
  builtAhead: unknown[];
}

describe('large data off the main thread', () => {
  it('reads a 3,000-partner src in the worker, and gives the same partners, groups and problems as the main thread where workers are refused', async function () {
    this.timeout(60000);
    const inWorker = await frameReport<Report>('/test/security/worker-page.html', 900, 560);
    const onPage = await frameReport<Report>('/test/security/worker-page.html?workers=refused', 900, 560);
    expect(inWorker.failed ?? onPage.failed).to.equal(undefined);
    // The worker fetched the file (the page's timeline has no request for it); refused, the page did.
    expect(inWorker.fetchedByPage, 'the file read by the worker').to.equal(false);
    expect(onPage.fetchedByPage, 'the file read on the page').to.equal(true);
    expect(inWorker.violations, 'the README policy lets the worker run').to.deep.equal([]);
    expect(
      onPage.violations.some((v) => v.startsWith('worker-src')),
      'the refusal is the policy’s',
    ).to.equal(true);
    expect(inWorker.errors).to.deep.equal([]);
    expect(onPage.errors).to.deep.equal([]);
    expect(inWorker.partners).to.have.length(3000);
    expect(inWorker.partners).to.deep.equal(onPage.partners);
    expect(inWorker.summary).to.equal(onPage.summary);
    expect(inWorker.canvas, 'the groups drawn').to.equal(onPage.canvas);
    expect(inWorker.canvas, 'a canvas with groups on it').to.not.match(/^0:/);
    // 3,000 partners are grouped on the page either way (see OFF_PAGE): the worker is asked nothing.
    expect(inWorker.asked).to.deep.equal([]);
    expect(onPage.asked).to.deep.equal([]);
    // The two broken features are reported, the same way, and the rest is drawn.
    expect(inWorker.problems.length).to.be.at.least(2);
    expect(inWorker.problems).to.deep.equal(onPage.problems);
  });

  it('copies 6,000 partners given as data to the worker a part at a time, and gives the same partners, groups and problems as the main thread', async function () {
    this.timeout(60000);
    const inWorker = await frameReport<Report>('/test/security/worker-page.html?data=6000', 900, 560);
    const onPage = await frameReport<Report>('/test/security/worker-page.html?data=6000&workers=refused', 900, 560);
    expect(inWorker.failed ?? onPage.failed).to.equal(undefined);
    expect(inWorker.violations, 'the README policy lets the worker run').to.deep.equal([]);
    expect(onPage.violations.some((v) => v.startsWith('worker-src'))).to.equal(true);
    expect(inWorker.errors).to.deep.equal([]);
    expect(onPage.errors).to.deep.equal([]);
    // Copied to the worker 1,000 features a message (each in a task of its own), not in one: the
    // file has 6,006 features (the projects and two broken ones besides the partners).
    expect(inWorker.copied).to.deep.equal([1000, 1000, 1000, 1000, 1000, 1000, 6]);
    // Refused, the page reads it: at most the first part went out before the refusal was known.
    expect(onPage.copied.length).to.be.at.most(1);
    expect(inWorker.partners).to.have.length(6000);
    expect(inWorker.partners).to.deep.equal(onPage.partners);
    expect(inWorker.summary).to.equal(onPage.summary);
    expect(inWorker.canvas, 'the groups drawn').to.equal(onPage.canvas);
    // Past OFF_PAGE partners the worker builds the index and says what is in view; refused, the page does.
    expect(inWorker.asked).to.deep.equal(['cluster', 'items']);
    expect(onPage.asked).to.deep.equal([]);
    // It built it ahead, while the page derived its view model: the page's points were the same.
    expect(inWorker.builtAhead).to.deep.equal([true]);
    expect(inWorker.problems.length).to.be.at.least(2);
    expect(inWorker.problems).to.deep.equal(onPage.problems);
  });

  it('shows how far a large file has been read while it loads, then the map', async function () {
    this.timeout(30000);
    const el: PartnerMap = document.createElement('partner-map');
    el.src = '/test/slow/partners-3000.geojson';
    const ready = new Promise((resolve) => el.addEventListener('map-ready', resolve, { once: true }));
    let drawn = false;
    void ready.then(() => (drawn = true));
    document.body.append(el);
    const bar = () => shadow(el).querySelector<HTMLProgressElement>('.loading progress');
    // The server sends the file in eight parts: the bar fills part by part, with the megabytes read.
    await waitFor(() => (bar()?.value ?? 0) > 0 && (bar()?.value ?? 0) < (bar()?.max ?? 0), 'the file partly read', 10000);
    const text = shadow(el).querySelector('.loading')?.textContent ?? '';
    expect(text).to.match(/Loading data…\s*[\d.]+\sMB of [\d.]+\sMB/);
    expect(shadow(el).querySelector('.loading [role="status"]')?.textContent).to.equal('Loading data…');
    expect(shadow(el).querySelector('.stage')?.getAttribute('aria-busy')).to.equal('true');
    // Nothing is there yet: the title bar does not count "0 partners", no "No project selected".
    expect(shadow(el).querySelector('.summary')?.textContent.trim()).to.equal('Loading data…');
    expect(shadow(el).querySelector('.empty')).to.equal(null);
    // The land is drawn meanwhile (a map, not an empty sea), with no partner on it yet.
    await waitFor(() => shadow(el).querySelectorAll('.pm-land').length > 0, 'the land drawn while the file loads', 10000);
    expect(drawn, 'before the data is drawn').to.equal(false);
    expect(shadow(el).querySelector('.loading'), 'still loading').to.not.equal(null);
    expect(shadow(el).querySelectorAll('[data-partner], canvas.pm-cluster')).to.have.length(0);
    await ready;
    expect(shadow(el).querySelector('.loading'), 'no progress once drawn').to.equal(null);
    expect(el.partners).to.have.length(3000);
    cleanup();
  });
});
