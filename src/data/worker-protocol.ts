/** What the element and its worker say to each other (src/data/worker-main.ts, worker-client.ts). */
import type { ClusterPoints } from './cluster-index.js';
import type { GroupHint } from './cluster-settings.js';
import type { TextLang } from './fields.js';
import type { LoadProgress } from './load.js';
import type { DataError } from './types.js';

/** To the worker. `source` names one element's data source: the worker keeps the JSON each one
 *  loaded last, to read it again in another language without sending it back and forth. `group`
 *  says how the page will group the network: past OFF_PAGE partners the worker builds that index
 *  once it has sent the model, while the page derives its view model (see worker-main.ts). */
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
      readonly group?: GroupHint;
    }
  /** `batch`: its features were sent before it, in `features` messages of that batch. */
  | {
      readonly kind: 'data';
      readonly id: number;
      readonly source: number;
      readonly data: unknown;
      readonly lang: TextLang;
      readonly batch?: number;
      readonly group?: GroupHint;
    }
  /** A part of a large `data`'s features, copied in a task of its own (see FEATURES_PER_MESSAGE). */
  | { readonly kind: 'features'; readonly batch: number; readonly items: readonly unknown[] }
  /** A batch whose `data` will not follow (newer data came, or copying failed). */
  | { readonly kind: 'drop'; readonly batch: number }
  | { readonly kind: 'again'; readonly id: number; readonly source: number; readonly lang: TextLang; readonly group?: GroupHint }
  | { readonly kind: 'cancel'; readonly id: number }
  | { readonly kind: 'forget'; readonly source: number }
  /** First of all: the page's basemap (the validator checks points against countries). */
  | { readonly kind: 'basemap'; readonly topology: unknown; readonly arcs: string }
  /** A question answered by one `answer` (see Question). */
  | { readonly kind: 'ask'; readonly id: number; readonly question: Question }
  /** The page no longer needs a cluster index. */
  | { readonly kind: 'unindex'; readonly index: number };

/** Questions about cluster indexes, each answered by one `answer` with what the index's method
 *  of the same name returns (`index` names it: the one the `cluster` question built). */
export type Question =
  | { readonly kind: 'cluster'; readonly index: number; readonly points: ClusterPoints; readonly maxZoom: number; readonly radius: number }
  | { readonly kind: 'items'; readonly index: number; readonly bbox: readonly [number, number, number, number]; readonly zoom: number }
  | { readonly kind: 'members'; readonly index: number; readonly group: number; readonly limit: number; readonly offset: number }
  | { readonly kind: 'revealZoom'; readonly index: number; readonly point: number; readonly from: number };

/** A request as the client asks it: the id is added when it is sent. */
export type Request = Extract<ToWorker, { kind: 'src' | 'data' | 'again' }> extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/** The model's lists, sent a slice at a time: each message is read (deserialised) and frozen on
 *  the page in a task of its own, so 100,000 partners arrive without one long task (4,000 a slice
 *  made tasks of ~200 ms when each partner has many roles). */
export type ModelList = 'projects' | 'partners' | 'events';
export const SLICE = 500;

/** A large `data`'s features go to the worker this many a message, each copied (structured clone)
 *  on the page in a task of its own: 10,000 features in one message were one task of ~250 ms. */
export const FEATURES_PER_MESSAGE = 1000;

/** From the worker: `ready` once it runs; `lost` when `again` found no JSON kept for the source;
 *  `done` ends a request (`kept`: the worker keeps its JSON for `again`). */
export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'lost'; readonly id: number }
  | { readonly kind: 'progress'; readonly id: number; readonly progress: LoadProgress }
  | { readonly kind: 'part'; readonly id: number; readonly list: ModelList; readonly items: readonly unknown[] }
  | { readonly kind: 'done'; readonly id: number; readonly errors: readonly DataError[]; readonly aborted: boolean; readonly kept: boolean }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
  /** What an `ask` asked (for `cluster`, once built: whether it was built ahead); `failed` says
   *  why there is none. */
  | { readonly kind: 'answer'; readonly id: number; readonly answer: unknown; readonly failed?: string };

/** Stands for a JSON the worker keeps (the page has no copy of it): a load's `json` then. */
export const KEPT_IN_WORKER: unique symbol = Symbol('kept in the worker');
