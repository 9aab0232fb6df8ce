/**
 * The widget's worker: reads a `src` file (or a large `data` object) and validates it off the
 * page's main thread, so a host page stays responsive while 100,000 partners load. Bundled by
 * scripts/prepare.mjs into one script (src/generated/worker-code.ts) that the page starts from a
 * blob: URL — no file for the host to serve. The same functions run on the main thread when a
 * page's Content-Security-Policy refuses workers, so both give the same model and problems.
 * It also keeps the cluster indexes of very large networks, built from the points the page sends
 * (numbers only) and asked what to draw (see src/map/cluster/cluster-source.ts).
 */
import { ClusterIndex, indexAhead, pointsAhead, samePoints, type ClusterPoints } from './cluster-index.js';
import { MAX_ZOOM, RADIUS, type GroupHint } from './cluster-settings.js';
import { featureCount } from './feature-count.js';
import { loadCollaborations } from './load.js';
import { parseCollaborations } from './parse.js';
import type { ParseResult } from './types.js';
import { setBasemap } from './worker-basemap.js';
import { SLICE, type FromWorker, type ModelList, type Question, type ToWorker } from './worker-protocol.js';

const scope = globalThis as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

/** The JSON each data source loaded last, to read again in another language. */
const kept = new Map<number, unknown>();
/** Large `data`'s features as they arrive, by batch, until their `data` message. */
const batches = new Map<number, unknown[]>();
/** Loads in flight, to stop when the page asks (a newer `src`, the element gone). */
const running = new Map<number, AbortController>();
/** Cluster indexes built for the page, until it lets them go. */
const indexes = new Map<number, ClusterIndex>();
/** The index of a very large network built ahead, right after its model was sent: while the page
 *  derives its view model (~0.5 s at 100,000 partners), this builds what it will ask for (~0.6 s),
 *  instead of one after the other. Used when the page's points are these, number for number. */
let ahead: { readonly points: ClusterPoints; readonly index: ClusterIndex } | undefined;

function groupAhead(result: ParseResult, hint: GroupHint | undefined): void {
  ahead = undefined;
  const points = hint && pointsAhead(result.data, hint);
  if (points) ahead = { points, index: indexAhead(points) };
}

function answer(q: Question): unknown {
  if (q.kind === 'cluster') {
    const made = ahead && q.maxZoom === MAX_ZOOM && q.radius === RADIUS && samePoints(ahead.points, q.points) ? ahead.index : undefined;
    if (made) ahead = undefined;
    indexes.set(q.index, made ?? new ClusterIndex(q.points, q.maxZoom, q.radius));
    return made !== undefined;
  }
  const index = indexes.get(q.index);
  if (!index) throw new Error(`no cluster index ${q.index}`);
  switch (q.kind) {
    case 'items':
      return index.items(q.bbox, q.zoom);
    case 'members':
      return index.members(q.group, q.limit, q.offset);
    case 'revealZoom':
      return index.revealZoom(q.point, q.from);
  }
}

function send(id: number, result: ParseResult, keptJson: boolean): void {
  for (const list of ['projects', 'partners', 'events'] as ModelList[]) {
    const items = result.data[list];
    for (let i = 0; i < items.length; i += SLICE) scope.postMessage({ kind: 'part', id, list, items: items.slice(i, i + SLICE) });
  }
  scope.postMessage({ kind: 'done', id, errors: result.errors, aborted: false, kept: keptJson });
}

async function handle(m: ToWorker): Promise<void> {
  switch (m.kind) {
    case 'src': {
      kept.delete(m.source);
      const abort = new AbortController();
      running.set(m.id, abort);
      const result = await loadCollaborations(
        m.url,
        abort.signal,
        m.timeoutMs,
        m.lang,
        m.maxBytes,
        (progress) => scope.postMessage({ kind: 'progress', id: m.id, progress }),
        m.shownAs,
      );
      running.delete(m.id);
      if (!result) return scope.postMessage({ kind: 'done', id: m.id, errors: [], aborted: true, kept: false });
      if (result.json !== undefined) kept.set(m.source, result.json);
      send(m.id, result, result.json !== undefined);
      return groupAhead(result, m.group);
    }
    case 'data': {
      const data = m.batch === undefined ? m.data : { ...(m.data as object), features: batches.get(m.batch) ?? [] };
      if (m.batch !== undefined) batches.delete(m.batch);
      kept.set(m.source, data);
      scope.postMessage({ kind: 'progress', id: m.id, progress: { phase: 'checking', features: featureCount(data) } });
      const result = parseCollaborations(data, m.lang);
      send(m.id, result, true);
      return groupAhead(result, m.group);
    }
    case 'features': {
      const list = batches.get(m.batch);
      if (list) for (const item of m.items) list.push(item);
      else batches.set(m.batch, [...m.items]);
      return;
    }
    case 'drop':
      batches.delete(m.batch);
      return;
    case 'again': {
      if (!kept.has(m.source)) return scope.postMessage({ kind: 'lost', id: m.id });
      const result = parseCollaborations(kept.get(m.source), m.lang);
      send(m.id, result, true);
      return groupAhead(result, m.group);
    }
    case 'cancel':
      running.get(m.id)?.abort();
      return;
    case 'forget':
      kept.delete(m.source);
      // An element gone before it asked for its groups: the index built ahead goes too.
      ahead = undefined;
      return;
    case 'basemap':
      setBasemap(m.topology, m.arcs);
      return;
    case 'ask':
      try {
        return scope.postMessage({ kind: 'answer', id: m.id, answer: answer(m.question) });
      } catch (e) {
        return scope.postMessage({ kind: 'answer', id: m.id, answer: undefined, failed: e instanceof Error ? e.message : String(e) });
      }
    case 'unindex':
      indexes.delete(m.index);
  }
}

scope.onmessage = (event) => {
  const m = event.data;
  handle(m).catch((error: unknown) => {
    // A bug here must not lose the data: the page reads it on its own thread instead.
    if ('id' in m) scope.postMessage({ kind: 'failed', id: m.id, message: error instanceof Error ? error.message : String(error) });
  });
};
scope.postMessage({ kind: 'ready' });
