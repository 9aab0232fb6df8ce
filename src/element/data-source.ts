import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledData } from '../generated/bundled-data.js';
import { parseCollaborations } from '../data/parse.js';
import { loadCollaborations } from '../data/load.js';
import type { DataError, ParseResult } from '../data/types.js';
import type { Lang } from '../i18n/messages.js';

/** The bundled data, parsed once per language per page. */
const bundled = new Map<Lang, ParseResult>();

const bundledIn = (lang: Lang): ParseResult => {
  let result = bundled.get(lang);
  if (!result) bundled.set(lang, (result = parseCollaborations(bundledData, lang)));
  return result;
};

const EMPTY: ParseResult = { data: { projects: [], partners: [], events: [] }, errors: [] };

/** Where the data comes from, as the element's properties say. */
export interface DataRequest {
  readonly data: unknown;
  readonly src: string | undefined;
  readonly srcTimeout: number;
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
    // A src load cut short by a disconnect starts again.
    const r = this.request;
    if (r?.src && r.data === undefined && this.loading) this.load(r);
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
      if (request.data !== undefined) this.accept(parseCollaborations(request.data, lang), lang);
      else if (request.src) this.load(request);
      else this.accept(bundledIn(lang), lang);
    } else if (lang !== this.parsedLang && !this.loading) {
      // Translated data text follows the language; problems were reported already.
      const again =
        request.data !== undefined
          ? parseCollaborations(request.data, lang)
          : request.src
            ? this.srcJson === undefined
              ? undefined
              : parseCollaborations(this.srcJson, lang)
            : bundledIn(lang);
      if (again) [this.parsed, this.parsedLang] = [again, lang];
    }
  }

  /** Takes a new model, parsed in `lang`; problems are reported once. */
  private accept(result: ParseResult, lang: Lang): void {
    this.parsed = result;
    this.parsedLang = lang;
    this.loading = false;
    this.generation++;
    if (result.errors.length) this.reportErrors(result.errors);
  }

  private load(request: DataRequest): void {
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    // Until the first file arrives there is nothing to draw; a later src keeps the current data
    // on screen until its replacement is ready.
    this.parsed ??= EMPTY;
    const { lang } = request;
    void loadCollaborations(request.src as string, abort.signal, request.srcTimeout, lang).then((result) => {
      if (!result || this.abort !== abort) return;
      this.srcJson = result.json;
      this.accept(result, lang);
      this.host.requestUpdate();
    });
  }
}
