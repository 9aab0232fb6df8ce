/**
 * Long lists in panels are paged (#20): a partner leading hundreds of projects lists 100 of them,
 * and "Show 100 more" lists the next; the filter bar's project toggles past the first 100 are
 * reached the same way. The button is reached with the keyboard, and focus goes to the first
 * project it brought.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { generate } from '../../bench/generate.mjs';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

const showMore = (root: ParentNode) => root.querySelector<HTMLButtonElement>('.show-more');

/** Tabs until `target` has focus (it must be reachable with the keyboard). */
async function tabTo(el: PartnerMap, target: HTMLElement): Promise<void> {
  for (let i = 0; i < 400 && shadow(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(shadow(el).activeElement, 'reached with Tab').to.equal(target);
}

describe('paged lists: "Show 100 more"', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('a partner leading 250 projects: its details list 100, then 200, then all 250; focus goes to the first new one', async () => {
    const el = await mountMap({}, generate(250, 42, 'lead'));
    el.selectPartner('p0');
    await waitFor(() => !!shadow(el).querySelector('.drawer .roles'), 'the lead’s details');
    const drawer = shadow(el).querySelector('.drawer') as HTMLElement;
    const roles = () => [...drawer.querySelectorAll('.roles > li:not(.more)')];
    expect(roles()).to.have.length(100);
    expect(drawer.querySelector('.roles > li.more')?.textContent).to.contain('…and 150 more');
    const button = showMore(drawer) as HTMLButtonElement;
    expect(button.textContent.trim()).to.equal('Show 100 more');
    await tabTo(el, button);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => roles().length === 200, '200 projects listed');
    expect(shadow(el).activeElement?.textContent.trim(), 'focus on the 101st project').to.equal(roles()[100]?.querySelector('button')?.textContent.trim());
    expect(drawer.querySelector('.roles > li.more')?.textContent).to.contain('…and 50 more');
    expect(showMore(drawer)?.textContent.trim()).to.equal('Show 50 more');
    showMore(drawer)?.click();
    await waitFor(() => roles().length === 250, 'all 250 listed');
    expect(drawer.querySelector('.roles > li.more'), 'nothing more to show').to.equal(null);
    // Another partner's details start at the first page again.
    el.selectPartner('p1');
    await settle(el);
    el.selectPartner('p0');
    await waitFor(() => roles().length === 100, 'the first page again');
  });

  it('250 projects: the toggles past the first 100 are reached with "Show 100 more", and toggle', async () => {
    const el = await mountMap({}, generate(250, 42, 'projects'));
    const bar = shadow(el).querySelector('.filters') as HTMLElement;
    const toggles = () => [...bar.querySelectorAll<HTMLButtonElement>('.project-toggle')];
    expect(toggles()).to.have.length(100);
    expect(bar.querySelector('.more')?.textContent).to.contain('…and 150 more');
    const button = showMore(bar) as HTMLButtonElement;
    await tabTo(el, button);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => toggles().length === 200, '200 toggles');
    const next = toggles()[100] as HTMLButtonElement;
    expect(shadow(el).activeElement, 'focus on the 101st toggle').to.equal(next);
    expect(next.dataset.project).to.equal('q100');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => next.getAttribute('aria-pressed') === 'false', 'q100 turned off');
    expect(el.projects).to.not.include('q100');
    showMore(bar)?.click();
    await waitFor(() => toggles().length === 250, 'all 250 toggles');
    expect(showMore(bar)).to.equal(null);
  });
});
