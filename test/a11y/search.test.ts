import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const active = (el: PartnerMap) => shadow(el).activeElement as HTMLElement | null;

/** Whether the element is what a visitor sees at its own centre (nothing covers it). */
function seen(el: PartnerMap, target: HTMLElement): boolean {
  const r = target.getBoundingClientRect();
  const hit = shadow(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return r.width > 0 && !!hit && (hit === target || target.contains(hit));
}

describe('a11y: leaving the search box', () => {
  afterEach(cleanup);

  it('Tab from the search box with results open lands on the next visible control (the Map button)', async () => {
    const el = await mountMap();
    $(el, '.search input')!.focus();
    await sendKeys({ type: 'on' });
    await waitFor(() => !$(el, '#search-results')!.hidden, 'the results are shown');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const now = active(el);
    expect(now?.dataset['view'], 'focus is on the Map button').to.equal('map');
    expect(seen(el, now!), 'and it is not hidden').to.equal(true);
    expect($(el, '#search-results')!.hidden).to.equal(true);
  });

  it('the highlighted option scrolls into view as the arrows move', async () => {
    const el = await mountMap();
    $(el, '.search input')!.focus();
    await sendKeys({ type: 'a' });
    const list = $(el, '#search-results')!;
    await waitFor(() => !list.hidden && !!list.querySelector('[role="option"]'), 'the results are shown');
    expect(list.scrollHeight, 'more results than fit').to.be.above(list.clientHeight);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const option = $(el, '[role="option"][aria-selected="true"]')!;
    expect(option, 'the last option is highlighted').to.equal([...list.querySelectorAll('[role="option"]')].at(-1));
    await waitFor(() => seen(el, option), 'the highlighted option is in view', 2000);
  });
});
