/** What the element and its worker say to each other (src/data/worker-main.ts, worker-client.ts). */
import type { TextLang } from './fields.js';
import type { LoadProgress } from './load.js';
import type { DataError } from './types.js';

/** To the worker. `source` names one element's data source: the worker keeps the JSON each one
 *  loaded last, to read it again in another language without sending it back and forth. */
export type ToWorker =
  | {
      readonly kind: 'src';
      readonly id: number;
      readonly source: number;
      readonly url: string;
      /** The `src` as the page gave it (before it was resolved), for the messages. */
      readonly shownAs: string;
      readonly timeoutMs: number;
      readonly maxBytes: number | undefined;
      readonly lang: TextLang;
    }
  | { readonly kind: 'data'; readonly id: number; readonly source: number; readonly data: unknown; readonly lang: TextLang }
  | { readonly kind: 'again'; readonly id: number; readonly source: number; readonly lang: TextLang }
  | { readonly kind: 'cancel'; readonly id: number }
  | { readonly kind: 'forget'; readonly source: number }
  /** First of all: the page's basemap (the validator checks points against countries). */
  | { readonly kind: 'basemap'; readonly topology: unknown; readonly arcs: string };

/** A request as the client asks it: the id is added when it is sent. */
export type Request = Extract<ToWorker, { kind: 'src' | 'data' | 'again' }> extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/** The model's lists, sent a slice at a time: each message is read (deserialised) on the page in
 *  a task of its own, so 100,000 partners arrive without one long task. */
export type ModelList = 'projects' | 'partners' | 'events';
export const SLICE = 4000;

/** From the worker: `ready` once it runs; `lost` when `again` found no JSON kept for the source;
 *  `done` ends a request (`kept`: the worker keeps its JSON for `again`). */
export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'lost'; readonly id: number }
  | { readonly kind: 'progress'; readonly id: number; readonly progress: LoadProgress }
  | { readonly kind: 'part'; readonly id: number; readonly list: ModelList; readonly items: readonly unknown[] }
  | { readonly kind: 'done'; readonly id: number; readonly errors: readonly DataError[]; readonly aborted: boolean; readonly kept: boolean }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/** Stands for a JSON the worker keeps (the page has no copy of it): a load's `json` then. */
export const KEPT_IN_WORKER: unique symbol = Symbol('kept in the worker');
