import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledCollaborations } from '../data/bundled.js';
import type { DataError, ParseResult } from '../data/types.js';
import type { Lang } from '../i18n/messages.js';
import { loadedLocale } from '../i18n/load.js';
import type { LoadResult } from '../data/load.js';
import { deepFreeze } from '../data/freeze.js';

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

const EMPTY: ParseResult = deepFreeze({ data: { projects: [], partners: [], events: [] }, errors: [] });

/** Where the data comes from, as the element's properties say. */
export interface DataRequest {
  readonly data: unknown;
  readonly src: string | undefined;
  readonly srcTimeout: number;
  /** The most bytes a `src` body may have (default 100 MB). */
  readonly srcMaxBytes?: number;
  readonly lang: Lang;
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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reportErrors: (errors: readonly DataError[]) => void,
  ) {
    host.addController(this);
  }

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

  /** Fetches and parses `src`, or parses `data` once the validator chunk is here. */
  private load(request: DataRequest): void {
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    // Until the first file arrives there is nothing to draw; a later src keeps the current data
    // on screen until its replacement is ready.
    this.parsed ??= EMPTY;
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
