/** Scan to explore (#16): the view's link as a QR code a phone can read, as text, and copied. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { cleanup, mountMap, settle, shadow, waitFor } from '../helpers.js';

const $ = (el: PartnerMap, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
type Reader = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** Reads a QR code drawn as SVG, as a phone would from a picture of it: jsQR on its pixels. */
async function scan(code: SVGSVGElement): Promise<string | undefined> {
  // jsQR is a UMD script: loaded as a module, it sets self.jsQR.
  const reader = '/node_modules/jsqr/dist/jsQR.js';
  await import(/* @vite-ignore */ reader);
  const jsQR = (self as unknown as { jsQR: Reader }).jsQR;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(code))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.drawImage(image, 0, 0, 400, 400);
  return jsQR(ctx.getImageData(0, 0, 400, 400).data, 400, 400)?.data;
}

async function openShare(el: PartnerMap): Promise<void> {
  $(el, '.share summary')!.click();
  await waitFor(() => !!$(el, '.share .qr'), 'the QR code is drawn');
}

describe('presenting: scan to explore', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows a QR code that reads as the link shown, and that link opens the same view', async () => {
    const el = await mountMap({ 'sync-url': 'map' });
    el.projects = ['laser-go'];
    el.layers = ['consortia', 'reach'];
    await settle(el);
    await openShare(el);
    const link = ($(el, '.share-link') as HTMLInputElement).value;
    expect(link).to.equal(location.href);
    expect(link).to.contain('p:laser-go');
    expect(await scan(shadow(el).querySelector('.share .qr') as SVGSVGElement)).to.equal(link);
    // A phone opens the link: a page at that URL, with the widget on it.
    cleanup();
    history.replaceState(null, '', link);
    const opened = await mountMap({ 'sync-url': 'map' });
    expect(opened.projects).to.deep.equal(['laser-go']);
    expect(opened.layers).to.deep.equal(['consortia', 'reach']);
  });

  it('without sync-url the link is the page’s, and the code still reads', async () => {
    const el = await mountMap();
    await openShare(el);
    const link = ($(el, '.share-link') as HTMLInputElement).value;
    expect(link).to.equal(location.href);
    expect(await scan(shadow(el).querySelector('.share .qr') as SVGSVGElement)).to.equal(link);
  });

  it('Escape closes the panel and focus returns to Share; in presentation mode Share stays and the code is larger', async () => {
    const el = await mountMap();
    await openShare(el);
    const small = $(el, '.share .qr')!.getBoundingClientRect().width;
    $(el, '.copy-link')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(($(el, '.share') as HTMLDetailsElement).open).to.equal(false);
    expect(shadow(el).activeElement).to.equal($(el, '.share summary'));
    el.presentation = true;
    await settle(el);
    expect($(el, '.share summary')?.checkVisibility()).to.equal(true);
    $(el, '.share summary')!.click();
    await settle(el);
    expect($(el, '.share .qr')!.getBoundingClientRect().width).to.be.greaterThan(small * 1.5);
  });
});
