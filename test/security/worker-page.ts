export {};
// Runs inside an iframe whose policy allows the widget's worker (worker-page.html) or refuses it
// (worker-page.html?workers=refused): loads a large src (or, with ?data=N, N partners given as
// `data`) and reports what the widget made of it, to the parent.
import type { PartnerMap } from '../../src/partner-map.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

// The features the page copies to the worker, message by message (a large `data` goes a part at a time).
const copied: number[] = [];
// The questions the page asks the worker about its cluster index, by kind (built, what is in view),
// and the worker's answers to `cluster` (true: the index was built ahead, before the page asked).
const asked = new Set<string>();
const clusterIds = new Set<number>();
const builtAhead: unknown[] = [];
const OriginalWorker = Worker;
window.Worker = class extends OriginalWorker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    this.addEventListener('message', (e: MessageEvent<{ kind?: string; id?: number; answer?: unknown }>) => {
      if (e.data.kind === 'answer' && clusterIds.has(e.data.id ?? -1)) builtAhead.push(e.data.answer);
    });
  }
};
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its worker as `this` below
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
  const m = message as { kind?: string; id?: number; items?: unknown[]; question?: { kind: string } };
  if (m.kind === 'features') copied.push(m.items?.length ?? 0);
  if (m.kind === 'ask' && m.question) asked.add(m.question.kind);
  if (m.kind === 'ask' && m.question?.kind === 'cluster') clusterIds.add(m.id ?? -1);
  post.call(this, message, options);
} as typeof post;

const frame = () => new Promise((r) => requestAnimationFrame(r));
/** A short fingerprint of a long text (FNV-1a), to compare two canvases' pixels. */
const fingerprint = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(16)}`;
};

async function report(): Promise<Record<string, unknown>> {
  const el = document.querySelector<PartnerMap>('partner-map');
  if (!el) throw new Error('no widget');
  const problems: string[] = [];
  el.addEventListener('data-error', (e) => problems.push(...e.detail.errors.map((x) => x.message)));
  // ?data=N: N partners given as `data` (read here, before the element is defined), not as `src`.
  const given = new URLSearchParams(location.search).get('data');
  if (given) {
    el.removeAttribute('src');
    el.data = (await (await fetch(`/test/generated/partners-${given}.geojson`)).json()) as unknown;
  }
  await import('../../src/index.js');
  await new Promise((r) => el.addEventListener('map-ready', r, { once: true }));
  const root = el.shadowRoot as ShadowRoot;
  // The canvas of groups, once it no longer changes: the same over 15 frames (a busy machine's
  // worker may still be answering after 5).
  const pixels = () => fingerprint([...root.querySelectorAll('canvas')].map((c) => c.toDataURL()).join());
  let last = '';
  for (let i = 0, same = 0; i < 60 && same < 3; i++) {
    for (let f = 0; f < 5; f++) await frame();
    const now = pixels();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return {
    violations,
    errors,
    problems,
    partners: el.partners.map((p) => p.id).sort(),
    summary: root.querySelector('.summary')?.textContent.trim(),
    canvas: last,
    copied,
    asked: [...asked].sort(),
    builtAhead,
    // A file read by the worker is fetched from the worker's timeline, not the page's.
    fetchedByPage: performance.getEntriesByType('resource').some((e) => e.name.includes('partners-3000.geojson')),
  };
}

report().then(
  (r) => parent.postMessage(r, '*'),
  (e: unknown) => parent.postMessage({ failed: String(e), violations, errors }, '*'),
);
