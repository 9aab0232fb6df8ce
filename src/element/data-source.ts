import type { GroupHint } from '../data/cluster-settings.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledCollaborations } from '../data/bundled.js';
import type { DataError, ParseResult } from '../data/types.js';
import type { Lang } from '../i18n/messages.js';
import { loadedLocale } from '../i18n/load.js';
import type { LoadResult } from '../data/load.js';
import { deepFreeze } from '../data/freeze.js';
import { featureCount } from '../data/feature-count.js';
import type { LoadProgress } from '../data/load.js';
import { KEPT_IN_WORKER } from '../data/worker-protocol.js';

/** The bundled data, read once per language per page (validated at build time: no errors). */
const bundled = new Map<Lang, ParseResult>();

/** In a language whose chunk is here (the element shows no other); English until then. */
const bundledIn = (lang: Lang): ParseResult => {
  const locale = loadedLocale(lang);
  let result = bundled.get(lang);
  // Frozen: every element on the page shares it, and hands its partners out.
  if (!result) {
    result = deepFreeze({ data: bundledCollaborations(locale?.texts), errors: [] });
    if (locale) bundled.set(lang, result);
  }
  return result;
};

type Validator = typeof import('../data/validator.js');

/** The validator, a chunk fetched the first time an element is given `data` or `src`; once it
 *  is here, `data` is parsed synchronously again, as before it came. */
let validator: Validator | undefined;
let validatorLoad: Promise<Validator> | undefined;
const loadValidator = (): Promise<Validator> =>
  (validatorLoad ??= import('../data/validator.js').then(
    (module) => (validator = module),
    (e: unknown) => {
      validatorLoad = undefined;
      throw e;
    },
  ));

type WorkerClient = typeof import('../data/worker-client.js');

/** The worker's side on the page, a chunk fetched for the first `src` or large `data` (undefined
 *  when the chunk could not be had: the main thread reads the data). */
let workerClient: Promise<WorkerClient | undefined> | undefined;
const loadWorkerClient = (): Promise<WorkerClient | undefined> =>
  (workerClient ??= import('../data/worker-client.js').catch((e: unknown) => {
    console.warn('partner-map: the worker (partner-map-worker-client.js, beside partner-map.js) could not be loaded; reading data on the main thread', e);
    return undefined;
  }));

/** `data` with more features than this is validated in the worker: below it, at once on the page
 *  (no worker to start, and the host's object is not copied). A `src` always goes to the worker. */
const LARGE_DATA = 5000;
const isLarge = (data: unknown): boolean => featureCount(data) > LARGE_DATA;

/** Each data source's number, naming the JSON the worker keeps for it. */
let sources = 0;
/** A source gone with its element: the worker lets its JSON go too. */
const forgetting = new FinalizationRegistry<number>((source) => void workerClient?.then((c) => c?.forget(source)));

const EMPTY: ParseResult = deepFreeze({ data: { projects: [], partners: [], events: [] }, errors: [] });

/** Where the data comes from, as the element's properties say. */
export interface DataRequest {
  readonly data: unknown;
  readonly src: string | undefined;
  readonly srcTimeout: number;
  /** The most bytes a `src` body may have (default 100 MB). */
  readonly srcMaxBytes?: number;
  readonly lang: Lang;
  /** How the network will be grouped, for the worker to group it ahead (undefined: it will not be). */
  readonly group?: GroupHint;
}

/**
 * Where the element's data comes from: `data`, a `src` file (fetched, aborted when a newer one
 * starts or the element leaves, with a timeout) or the bundled file (parsed once per language
 * per page). Keeps the parsed model and the language its texts are in; reports problems once.
 */
export class DataSource implements ReactiveController {
  /** The model on screen: empty until the first data arrives. */
  parsed: ParseResult | undefined;
  loading = false;
  /** Counts new data (not a translation of the same data): map-ready is said once per value. */
  generation = 0;
  /** The language the model's translated texts are in. */
  private parsedLang: Lang | undefined;
  /** The JSON of the current src, to parse again when the language changes. */
  private srcJson: unknown;
  /** Aborts the `src` request in flight when a newer one starts or the element leaves. */
  private abort: AbortController | undefined;
  private request: DataRequest | undefined;
  /** How far the load in flight has come (for the progress indicator). */
  progress: LoadProgress | undefined;
  private progressShown = false;
  /** This source's number, for the worker. */
  private readonly id = ++sources;
  /** The language the worker is reading the data in again, if it is. */
  private againIn: Lang | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reportErrors: (errors: readonly DataError[]) => void,
  ) {
    host.addController(this);
  }

  /** Whether the worker may keep a JSON for this source (then it forgets it when the source goes). */
  private usedWorker = false;

  hostConnected(): void {
    // A src load (or the validator's, for data) cut short by a disconnect starts again.
    const r = this.request;
    if (r && (r.data !== undefined || r.src) && this.loading) this.load(r);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Parses the bundled data ahead of the first render (a task of its own at start). */
  warm(lang: Lang): void {
    bundledIn(lang);
  }

  /** Takes the element's properties: `changed` when data or src changed since the last call. */
  update(request: DataRequest, changed: boolean): void {
    this.request = request;
    const { lang } = request;
    if (changed || !this.parsed) {
      this.abort?.abort();
      this.srcJson = undefined;
      if (request.data !== undefined) {
        if (validator) this.accept(validator.parseCollaborations(request.data, lang), lang);
        else this.load(request);
      } else if (request.src) this.load(request);
      else this.accept(bundledIn(lang), lang);
    } else if (lang !== this.parsedLang && !this.loading && this.srcJson === KEPT_IN_WORKER) {
      this.readAgain(lang);
    } else if (lang !== this.parsedLang && !this.loading) {
      // Translated data text follows the language; problems were reported already. Data other
      // than the bundled one was parsed by the validator, which is therefore here.
      const again =
        request.data === undefined && !request.src
          ? bundledIn(lang)
          : request.data !== undefined
            ? validator?.parseCollaborations(request.data, lang)
            : this.srcJson === undefined
              ? undefined
              : validator?.parseCollaborations(this.srcJson, lang);
      if (again) [this.parsed, this.parsedLang] = [{ data: deepFreeze(again.data), errors: deepFreeze(again.errors) }, lang];
    }
  }

  /** Takes a new model, parsed in `lang`; problems are reported once. */
  private accept(result: ParseResult, lang: Lang): void {
    // The model and its problems, frozen: they are handed out (partners, event details), and a
    // listener must not change what the widget shows. Not the host's own `data`, which is not kept.
    this.parsed = { data: deepFreeze(result.data), errors: deepFreeze(result.errors) };
    this.parsedLang = lang;
    this.loading = false;
    this.generation++;
    if (this.parsed.errors.length) this.reportErrors(this.parsed.errors);
  }

  /** Reads the data again in `lang` from the JSON the worker kept (a translation: no map-ready). */
  private readAgain(lang: Lang): void {
    if (this.againIn === lang) return;
    this.againIn = lang;
    void loadWorkerClient()
      .then((c) => c?.againOffThread(this.id, lang, this.request?.group) ?? 'refused')
      .then((answer) => {
        if (this.againIn !== lang) return;
        this.againIn = undefined;
        if (answer && typeof answer === 'object') [this.parsed, this.parsedLang] = [{ data: answer.data, errors: answer.errors }, lang];
        // The worker has gone: read the whole request again, on the main thread.
        else if (answer && this.request) this.load(this.request);
        this.host.requestUpdate();
      });
  }

  /** A step of the load in flight: shown at most once a frame. */
  private progressed(abort: AbortController, progress: LoadProgress): void {
    if (this.abort !== abort) return;
    this.progress = progress;
    if (this.progressShown) return;
    this.progressShown = true;
    requestAnimationFrame(() => {
      this.progressShown = false;
      if (this.abort === abort && this.loading) this.host.requestUpdate();
    });
  }

  /** Fetches and parses `src`, or parses large `data`, in the worker; where it cannot, on the
   *  main thread. */
  private load(request: DataRequest): void {
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.progress = undefined;
    this.againIn = undefined;
    // Until the first file arrives there is nothing to draw; a later src keeps the current data
    // on screen until its replacement is ready.
    this.parsed ??= EMPTY;
    const { lang, data, src } = request;
    if (data === undefined ? !src : !isLarge(data)) return this.loadHere(request, abort);
    const progress = (p: LoadProgress) => this.progressed(abort, p);
    if (!this.usedWorker) forgetting.register(this, this.id);
    this.usedWorker = true;
    void loadWorkerClient()
      .then((c) => {
        if (!c) return 'refused' as const;
        return data !== undefined
          ? c.parseOffThread(this.id, data, lang, progress, abort.signal, request.group)
          : c.loadOffThread(this.id, src as string, abort.signal, request.srcTimeout, lang, request.srcMaxBytes, progress, request.group);
      })
      .then((answer) => {
        if (this.abort !== abort || abort.signal.aborted) return;
        if (answer === 'refused' || answer === 'lost') return this.loadHere(request, abort);
        if (!answer) return;
        this.srcJson = answer.json;
        this.accept(answer, lang);
        this.host.requestUpdate();
      });
  }

  /** Fetches and parses `src`, or parses `data`, on the main thread, once the validator is here. */
  private loadHere(request: DataRequest, abort: AbortController): void {
    const { lang, data, src } = request;
    const field = data !== undefined ? 'data' : 'src';
    void loadValidator()
      .then(
        (v) =>
          data !== undefined
            ? v.parseCollaborationsInTasks(data, lang)
            : v.loadCollaborations(src as string, abort.signal, request.srcTimeout, lang, request.srcMaxBytes),
        (): LoadResult => ({
          data: EMPTY.data,
          errors: [{ path: field, message: `${field}: the validator (partner-map-validator.js, beside partner-map.js) could not be loaded` }],
        }),
      )
      // The model is taken in a task of its own: validating thousands of features is one long
      // task already, and rendering and drawing them would add to it.
      .then((result) => new Promise<typeof result>((resolve) => setTimeout(() => resolve(result), 0)))
      .then((result) => {
        if (!result || this.abort !== abort || abort.signal.aborted) return;
        this.srcJson = 'json' in result ? result.json : undefined;
        this.accept(result, lang);
        this.host.requestUpdate();
      });
  }
}
