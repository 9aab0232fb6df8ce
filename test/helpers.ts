import { oneEvent } from '@open-wc/testing';
import type { PartnerMap } from '../src/partner-map.js';
import { decodeState, readHash } from '../src/present/url-state.js';
import { resolveLang, type Lang } from '../src/i18n/messages.js';
import './readable-failures.js';

/** Mounts a <partner-map> with the given attributes (and data) and waits for `map-ready`. */
export async function mountMap(attributes: Record<string, string> = {}, data?: unknown): Promise<PartnerMap> {
  const el = document.createElement('partner-map');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  el.style.setProperty('--partner-map-height', '600px');
  el.style.width = '960px';
  const ready = oneEvent(el, 'map-ready');
  document.body.append(el);
  await ready;
  // A language other than English comes in a chunk of its own, after a first drawing in English.
  if (attributes.lang) await languageShown(el, resolveLang(attributes.lang));
  return el;
}

/** Waits until the widget shows `lang` (its chunk has arrived) and has drawn itself in it. */
export async function languageShown(el: PartnerMap, lang: Lang): Promise<void> {
  await waitFor(() => el.language === lang, `the widget shows ${lang}`);
  await settle(el);
}

export const shadow = (el: PartnerMap): ShadowRoot => el.shadowRoot as ShadowRoot;

/** Ids of a kind (`partner`, `event`) drawn on the map, alone (data-partner) or in a group mark
 *  (data-partners), sorted. */
export const drawnIds = (el: PartnerMap, kind: 'partner' | 'event'): string[] =>
  [
    ...[...shadow(el).querySelectorAll(`[data-${kind}]`)].map((m) => m.getAttribute(`data-${kind}`) ?? ''),
    ...[...shadow(el).querySelectorAll(`[data-${kind}s]`)].flatMap((m) => (m.getAttribute(`data-${kind}s`) ?? '').split(' ')),
  ].sort();

/** Ids of the partners drawn, alone or in groups, sorted. */
export const drawnPartners = (el: PartnerMap): string[] => drawnIds(el, 'partner');

/** ISO codes of the shaded target markets, sorted. */
export const shadedMarkets = (el: PartnerMap): string[] =>
  [...shadow(el).querySelectorAll('.pm-market')].map((m) => /pm-market-([A-Z]{2})/.exec(m.getAttribute('class') ?? '')?.[1] ?? '').sort();

export const fillOf = (el: PartnerMap, code: string): string | null => shadow(el).querySelector(`.pm-market-${code}`)?.getAttribute('fill') ?? null;

/** Waits for Lit to render and Leaflet to lay out. */
export async function settle(el: PartnerMap): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/**
 * Waits until `condition` holds, checking it once per animation frame (so after each layout and
 * each step of a Leaflet animation); fails with `message` when it still does not hold after
 * `timeout` ms. Tests wait for what they expect to see, never for a fixed time.
 */
export async function waitFor(condition: () => boolean, message: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting until ${message}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Waits until the list view is drawn: it comes in a chunk of its own, fetched the first time the
 *  list is shown (a short loading note stands in until then). */
export async function listShown(el: PartnerMap): Promise<void> {
  await waitFor(() => !!shadow(el).querySelector('[part="list"] table'), 'the list view is drawn');
  await settle(el);
}

/**
 * Waits until the map has stopped moving: no zoom animation running and the map pane where it was
 * for `frames` frames in a row (a flight or a pan moves it every frame).
 */
export async function waitForMapAtRest(el: PartnerMap, timeout = 5000, frames = 6): Promise<void> {
  const root = shadow(el);
  let last = '';
  let still = 0;
  await waitFor(
    () => {
      const pane = root.querySelector<HTMLElement>('.leaflet-map-pane');
      // A flight (flyTo) moves no pane: it re-projects every frame, so the marks' places change.
      const mark = root.querySelector<HTMLElement>('.leaflet-marker-pane > *');
      const now = `${pane?.style.transform ?? ''} ${mark?.style.transform ?? ''} ${root.querySelector('.leaflet-container')?.classList.contains('leaflet-zoom-anim') ? 'zooming' : ''}`;
      still = now === last && !now.endsWith('zooming') ? still + 1 : 0;
      last = now;
      return still >= frames;
    },
    'the map is at rest',
    timeout,
  );
}

/** Waits for the widget's CSS transitions and animations that are running now to finish (a mark's
 *  hover or scale transition, a panel sliding in). */
export async function animationsDone(el: PartnerMap): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await Promise.all(
    shadow(el)
      .getAnimations()
      .map((a) => a.finished.catch(() => undefined)),
  );
}

/**
 * Lets `ms` pass. Only for tests that assert something does NOT happen within a time (no event,
 * no request, nothing drawn); a test waiting for something to happen uses waitFor.
 */
export const letTimePass = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function cleanup(): void {
  for (const el of document.querySelectorAll('partner-map')) el.remove();
}

/** The next event of a type, typed from GlobalEventHandlersEventMap. */
export const nextEvent = <K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> =>
  new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }));

/** The map's zoom as a widget with `sync-url=key` writes it to the page's URL. */
export const zoomOf = (key: string): number => decodeState(readHash(location.hash, key) ?? '').centre?.zoom ?? 0;

/**
 * For a suite: collects what escapes as an uncaught error or promise rejection while each test
 * runs (the list is emptied before each), and removes the widgets after each.
 */
export function catchUncaught(): string[] {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
  });
  return uncaught;
}

/** The vertices of an SVG path as drawn on screen: Leaflet's "M x yL x y…z" and the land's
 *  "M x yl dx dy dx dy…z" (absolute and relative moves and lines). */
export function screenVertices(path: SVGPathElement): DOMPoint[] {
  const ctm = path.getScreenCTM();
  if (!ctm) return [];
  const out: DOMPoint[] = [];
  let [x, y, command] = [0, 0, 'M'];
  const tokens = (path.getAttribute('d') ?? '').match(/[MmLlZz]|-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] ?? '';
    if (/[a-z]/i.test(token)) {
      command = token;
      i++;
      continue;
    }
    const [dx, dy] = [Number(token), Number(tokens[i + 1])];
    i += 2;
    if (command === 'l' || command === 'm') [x, y] = [x + dx, y + dy];
    else [x, y] = [dx, dy];
    out.push(new DOMPoint(x, y).matrixTransform(ctm));
  }
  return out;
}
