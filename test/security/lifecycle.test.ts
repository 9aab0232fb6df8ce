import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PartnerMap } from '../../src/partner-map.js';
import { letTimePass, nextEvent } from '../helpers.js';

interface MemoryPerformance {
  memory: { usedJSHeapSize: number };
}
const gc = (window as unknown as { gc?: () => void }).gc;
const heap = () => (performance as unknown as MemoryPerformance).memory.usedJSHeapSize;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Counts listeners added and removed on window and document, so a leak shows as a balance. */
function countListeners(): { balance: () => number; restore: () => void } {
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = Object.getOwnPropertyDescriptors(proto);
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (target: EventTarget, type: string, fn: unknown) => {
    if (typeof fn !== 'function' && (typeof fn !== 'object' || fn === null)) return undefined;
    if (!ids.has(fn)) ids.set(fn, next++);
    return `${target === window ? 'window' : 'document'}:${type}:${String(ids.get(fn))}`;
  };
  const watched = (t: EventTarget) => t === window || t === document;
  Object.defineProperty(proto, 'addEventListener', {
    ...add,
    value(this: EventTarget, type: string, fn: unknown, options?: unknown) {
      const k = watched(this) ? key(this, type, fn) : undefined;
      if (k) live.add(k);
      return (add.value as (...args: unknown[]) => void).call(this, type, fn, options);
    },
  });
  Object.defineProperty(proto, 'removeEventListener', {
    ...remove,
    value(this: EventTarget, type: string, fn: unknown, options?: unknown) {
      const k = watched(this) ? key(this, type, fn) : undefined;
      if (k) live.delete(k);
      return (remove.value as (...args: unknown[]) => void).call(this, type, fn, options);
    },
  });
  return {
    balance: () => live.size,
    restore: () => {
      Object.defineProperty(proto, 'addEventListener', add);
      Object.defineProperty(proto, 'removeEventListener', remove);
    },
  };
}

describe('lifecycle stress', () => {
  it('500 cycles of connect, move, churn and disconnect: no error, no leaked map, listener or heap', async function () {
    this.timeout(180000);
    expect(gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(a, b);
    const small: unknown = await (await fetch('/test/fixtures/valid-small.geojson')).json();

    // One widget lives through every cycle (remounted 500 times); the others are new each time.
    const keeper: PartnerMap = document.createElement('partner-map');
    keeper.style.width = '600px';
    const cycle = async (i: number) => {
      const el: PartnerMap = i % 2 ? keeper : document.createElement('partner-map');
      el.style.width = '600px';
      if (i % 7 === 0) el.src = '/test/fixtures/valid-small.geojson';
      if (i % 5 === 0) {
        const ready = nextEvent(el, 'map-ready');
        a.append(el);
        await ready;
      } else a.append(el);
      // Churn while loading or drawing.
      el.projects = i % 2 ? ['onconet'] : ['laser-go', 'bioxclusters-plus'];
      el.setAttribute('layers', i % 3 ? 'consortia reach' : 'events');
      if (i % 4 === 0) el.data = structuredClone(small);
      if (i % 11 === 0) el.src = '/test/fixtures/invalid/12-latitude-out-of-range.geojson';
      el.selectPartner('biocat');
      b.append(el); // moved in the DOM: disconnect, reconnect
      if (i % 5 === 0) await frame();
      el.view = i % 2 ? 'list' : 'map';
      el.remove();
    };

    for (let i = 0; i < 30; i++) await cycle(i); // warm up: code, caches, the basemap
    // A quiet moment before measuring: Leaflet's 250 ms animation timers of the last cycles run out.
    await letTimePass(300);
    gc?.();
    const before = heap();
    const listeners = countListeners();
    for (let i = 0; i < 500; i++) await cycle(i);
    await letTimePass(500);
    for (let i = 0; i < 3; i++) gc?.();
    const growth = heap() - before;
    const balance = listeners.balance();
    listeners.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    a.remove();
    b.remove();
    expect(errors).to.deep.equal([]);
    expect(balance, 'window/document listeners left behind').to.equal(0);
    expect(document.querySelectorAll('partner-map')).to.have.length(0);
    expect(keeper.shadowRoot?.querySelectorAll('.leaflet-pane')).to.have.length(0);
    expect(growth, `heap grew by ${(growth / 1024).toFixed(0)} KB`).to.be.at.most(1024 * 1024);
  });

  it('one widget remounted 150 times, drawing each time, keeps no Leaflet bookkeeping behind', async function () {
    this.timeout(120000);
    const el = document.createElement('partner-map');
    el.style.width = '600px';
    const mount = async () => {
      const ready = nextEvent(el, 'map-ready');
      document.body.append(el);
      await ready;
      el.remove();
    };
    for (let i = 0; i < 20; i++) await mount();
    // A quiet moment before measuring: Leaflet's 250 ms animation timers run out.
    await letTimePass(300);
    gc?.();
    const before = heap();
    for (let i = 0; i < 150; i++) await mount();
    await letTimePass(300);
    for (let i = 0; i < 3; i++) gc?.();
    const growth = heap() - before;
    // Leaflet leaves its event keys (nulled, never deleted) on the element it draws in: given the
    // same element each time, that grew ~8 KB a mount (1.2 MB here). Each map now has its own.
    expect(growth, `heap grew by ${(growth / 1024).toFixed(0)} KB`).to.be.below(700 * 1024);
  });

  it('a removed widget holds no map; put back, it draws one again', async () => {
    const el = document.createElement('partner-map');
    const ready = nextEvent(el, 'map-ready');
    document.body.append(el);
    await ready;
    el.remove();
    expect(el.shadowRoot?.querySelectorAll('.leaflet-pane')).to.have.length(0);
    const again = nextEvent(el, 'map-ready');
    document.body.append(el);
    await again;
    expect(el.shadowRoot?.querySelectorAll('.leaflet-map-pane')).to.have.length(1);
    el.remove();
  });
});
