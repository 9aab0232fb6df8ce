import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const active = (el: PartnerMap) => shadow(el).activeElement as HTMLElement | null;
const menu = (el: PartnerMap) => $(el, 'details.download') as HTMLDetailsElement;

/** Opens the download menu as a visitor does: its button focused, Enter. */
async function openMenu(el: PartnerMap): Promise<void> {
  $(el, 'details.download summary')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitFor(() => menu(el).open, 'the menu is open');
}

describe('a11y: the download menu', () => {
  afterEach(cleanup);

  it('Escape closes it and focus returns to its button; open details stay open', async () => {
    const el = await mountMap();
    el.selectPartner('litek');
    await settle(el);
    await openMenu(el);
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.dataset['format']).to.equal('svg');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(menu(el).open).to.equal(false);
    expect(active(el)?.tagName).to.equal('SUMMARY');
    expect(!!$(el, '.drawer'), 'the details panel is still open').to.equal(true);
  });

  it('a choice closes it, focus returns to its button, and the download is announced', async () => {
    const el = await mountMap();
    await openMenu(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(menu(el).open).to.equal(false);
    expect(active(el)?.tagName).to.equal('SUMMARY');
    const status = menu(el).parentElement!.querySelector(':scope > [role="status"]');
    expect(status?.textContent).to.equal('Downloading the image');
  });

  it('it closes when focus leaves it', async () => {
    const el = await mountMap();
    await openMenu(el);
    // Past its items (SVG, PNG, the two slides) and out.
    const items = menu(el).querySelectorAll('.menu button').length;
    for (let i = 0; i <= items; i++) await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(menu(el).contains(active(el)), 'focus has left the menu').to.equal(false);
    expect(menu(el).open).to.equal(false);
  });
});
