/**
 * The page's side of the widget's worker (a chunk of its own, fetched for a `src` or a large
 * `data`). One worker per page, started from a blob: URL made of the bundled worker script, so a
 * host serves no extra file. Where it cannot run — a Content-Security-Policy without
 * `worker-src blob:`, a browser without workers, a worker that failed — every request answers
 * "refused", and the element reads the data on the main thread as before (with a note in the
 * console for the host's developers).
 */
import { workerCode } from '../generated/worker-code.js';
import { basemapArcs, basemapTopology } from '../generated/basemap.js';
import { deepFreeze } from './freeze.js';
import { nextTask } from './slices.js';
import type { GroupHint } from './cluster-settings.js';
import type { TextLang } from './fields.js';
import type { LoadProgress, LoadResult } from './load.js';
import type { CollabEvent, DataError, Partner, Project } from './types.js';
import { FEATURES_PER_MESSAGE, KEPT_IN_WORKER, type FromWorker, type Question, type Request, type ToWorker } from './worker-protocol.js';

/** What a request gives: the model and its problems; undefined when it was stopped; "refused"
 *  when the worker cannot do it (read on the main thread instead); "lost" when the worker no
 *  longer has the JSON to read again. */
export type WorkerAnswer = LoadResult | undefined | 'refused' | 'lost';

interface Pending {
  readonly resolve: (answer: WorkerAnswer) => void;
  readonly onProgress: ((p: LoadProgress) => void) | undefined;
  readonly lists: { projects: Project[]; partners: Partner[]; events: CollabEvent[] };
}

/** undefined: not started; null: it cannot run on this page. */
let worker: Worker | null | undefined;
let url: string | undefined;
let nextId = 1;
/** A worker that never says it runs (a policy that blocks it without an error event) is given up. */
let watchdog: ReturnType<typeof setTimeout> | undefined;
const STARTUP_MS = 5000;
const pending = new Map<number, Pending>();
/** Questions asked (see askWorker), by id, until answered. */
const asked = new Map<number, (answer: unknown) => void>();

function refuse(reason: string): void {
  clearTimeout(watchdog);
  if (worker !== null)
    console.info(
      `partner-map: the data is read, and a large network grouped, on the page's main thread (${reason}); allow workers from blob: (CSP worker-src blob:) to keep the page responsive with large data`,
    );
  worker?.terminate();
  worker = null;
  if (url) URL.revokeObjectURL(url);
  url = undefined;
  for (const p of pending.values()) p.resolve('refused');
  pending.clear();
  for (const resolve of asked.values()) resolve(REFUSED);
  asked.clear();
}

function receive(m: FromWorker): void {
  if (m.kind === 'ready') {
    clearTimeout(watchdog);
    if (url) URL.revokeObjectURL(url);
    url = undefined;
    return;
  }
  if (m.kind === 'answer') {
    const resolve = asked.get(m.id);
    asked.delete(m.id);
    if (m.failed !== undefined) console.warn(`partner-map: the worker could not answer (${m.failed}); answering on the main thread`);
    return resolve?.(m.failed === undefined ? m.answer : REFUSED);
  }
  const p = pending.get(m.id);
  if (!p) return;
  switch (m.kind) {
    case 'lost':
      pending.delete(m.id);
      p.resolve('lost');
      return;
    case 'progress':
      p.onProgress?.(m.progress);
      return;
    case 'part':
      // Frozen as they come, in the task that read them: the model is frozen when complete.
      (p.lists[m.list] as unknown[]).push(...deepFreeze(m.items));
      return;
    case 'failed':
      pending.delete(m.id);
      console.warn(`partner-map: the worker could not read the data (${m.message}); reading it on the main thread`);
      p.resolve('refused');
      return;
    case 'done': {
      pending.delete(m.id);
      if (m.aborted) return p.resolve(undefined);
      const { projects, partners, events } = p.lists;
      const data = Object.freeze({ projects: Object.freeze(projects), partners: Object.freeze(partners), events: Object.freeze(events) });
      p.resolve({ data, errors: deepFreeze(m.errors as DataError[]), ...(m.kept ? { json: KEPT_IN_WORKER } : {}) });
    }
  }
}

/** Under Trusted Types a worker's URL must be a TrustedScriptURL: made by the `partner-map` policy
 *  (a host allows it in `trusted-types`), and only for the blob: URL made here. Without that
 *  policy the Worker constructor refuses, and the main thread reads the data. */
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): unknown };
}
let policy: { createScriptURL(url: string): unknown } | undefined;
function scriptUrl(blobUrl: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return blobUrl;
  policy ??= tt.createPolicy('partner-map', {
    createScriptURL: (u) => {
      if (u !== url) throw new TypeError('partner-map: only its own worker script');
      return u;
    },
  });
  return policy.createScriptURL(blobUrl);
}

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    url = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
    const w = new Worker(scriptUrl(url) as string, { name: 'partner-map' });
    w.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
    // A policy that refuses the script, or an error in it: the main thread takes over.
    w.onerror = (e) => {
      e.preventDefault();
      refuse(e.message || 'the worker was refused');
    };
    w.onmessageerror = () => refuse('a message could not be read');
    worker = w;
    w.postMessage({ kind: 'basemap', topology: basemapTopology, arcs: basemapArcs } satisfies ToWorker);
    watchdog = setTimeout(() => refuse('the worker did not start'), STARTUP_MS);
  } catch (e) {
    worker = null;
    refuse(e instanceof Error ? e.message : String(e));
  }
  return worker;
}

/** Sends a request; `stop` (an abort signal) cancels a `src` load in flight. */
function ask(message: Request, onProgress?: (p: LoadProgress) => void, stop?: AbortSignal): Promise<WorkerAnswer> {
  const w = start();
  if (!w) return Promise.resolve('refused');
  const id = nextId++;
  return new Promise<WorkerAnswer>((resolve) => {
    pending.set(id, { resolve, onProgress, lists: { projects: [], partners: [], events: [] } });
    stop?.addEventListener('abort', () => {
      if (!pending.has(id)) return;
      pending.delete(id);
      worker?.postMessage({ kind: 'cancel', id } satisfies ToWorker);
      resolve(undefined);
    });
    try {
      w.postMessage({ ...message, id });
    } catch {
      // `data` that cannot be copied (functions, a Proxy): the main thread reads it and says why.
      pending.delete(id);
      resolve('refused');
    }
  });
}

/** Loads and validates `src` in the worker (the URL is resolved against the page first; one that
 *  cannot be is left to the page, whose fetch says what is wrong with it). */
export function loadOffThread(
  source: number,
  src: string,
  stop: AbortSignal,
  timeoutMs: number,
  lang: TextLang,
  maxBytes: number | undefined,
  onProgress: (p: LoadProgress) => void,
  group: GroupHint | undefined,
): Promise<WorkerAnswer> {
  let href: string;
  try {
    href = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve('refused');
  }
  return ask({ kind: 'src', source, url: href, shownAs: src, timeoutMs, maxBytes, lang, group }, onProgress, stop);
}

/** `data`'s features, and the rest of it, when it is an object with a long list of them (a getter
 *  that throws, or a Proxy that refuses, leaves it whole: copying it then fails, and the page reads
 *  it and says why). */
function splitFeatures(data: unknown): { readonly features: readonly unknown[]; readonly rest: object } | undefined {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const features: unknown = (data as { features?: unknown }).features;
    if (!Array.isArray(features) || features.length <= FEATURES_PER_MESSAGE) return undefined;
    return { features, rest: { ...data, features: [] } };
  } catch {
    return undefined;
  }
}

/** Validates `data` in the worker (it gets a copy): a large one's features go first, a part a
 *  task, so that copying them does not block the page in one long task. */
export async function parseOffThread(
  source: number,
  data: unknown,
  lang: TextLang,
  onProgress: (p: LoadProgress) => void,
  stop: AbortSignal,
  group: GroupHint | undefined,
): Promise<WorkerAnswer> {
  const parts = splitFeatures(data);
  if (!parts) return ask({ kind: 'data', source, data, lang, group }, onProgress, stop);
  const w = start();
  if (!w) return 'refused';
  const batch = nextId++;
  for (let i = 0; i < parts.features.length; i += FEATURES_PER_MESSAGE) {
    if (stop.aborted || worker !== w) {
      w.postMessage({ kind: 'drop', batch } satisfies ToWorker);
      return worker === w ? undefined : 'refused';
    }
    try {
      w.postMessage({ kind: 'features', batch, items: parts.features.slice(i, i + FEATURES_PER_MESSAGE) } satisfies ToWorker);
    } catch {
      // A feature that cannot be copied (a function in it, a Proxy): the page reads it and says why.
      w.postMessage({ kind: 'drop', batch } satisfies ToWorker);
      return 'refused';
    }
    await nextTask();
  }
  return ask({ kind: 'data', source, data: parts.rest, lang, batch, group }, onProgress, stop);
}

/** What askWorker gives when the worker cannot answer (it cannot run, or the question failed). */
export const REFUSED: unique symbol = Symbol('refused');

/** Asks the worker a question about a cluster index (the points of a `cluster` question are
 *  copied, not moved: the page keeps them to build the index itself if the worker stops). */
export function askWorker(question: Question): Promise<unknown> {
  const w = start();
  if (!w) return Promise.resolve(REFUSED);
  const id = nextId++;
  return new Promise((resolve) => {
    asked.set(id, resolve);
    w.postMessage({ kind: 'ask', id, question } satisfies ToWorker);
  });
}

/** A cluster index's number, for its `cluster` question and the ones after. */
export const newIndex = (): number => nextId++;

/** The worker may let a cluster index go. */
export function unindex(index: number): void {
  worker?.postMessage({ kind: 'unindex', index } satisfies ToWorker);
}

/** Reads the source's data again in `lang`, from the JSON the worker kept. */
export const againOffThread = (source: number, lang: TextLang, group: GroupHint | undefined): Promise<WorkerAnswer> =>
  ask({ kind: 'again', source, lang, group });

/** The source no longer needs its JSON kept. */
export function forget(source: number): void {
  worker?.postMessage({ kind: 'forget', source } satisfies ToWorker);
}
