/** Fetches a collaboration file from a URL: never throws, and says what went wrong and where. */
import { parseCollaborations } from './parse.js';
import { featureCount } from './feature-count.js';
import type { TextLang } from './fields.js';
import type { ParseResult } from './types.js';

const EMPTY = { projects: [], partners: [], events: [] };

/** Whether a `src` is a sheet (CSV or TSV): by its extension, or by the type the server says it is. */
export const isSheet = (url: string, contentType: string | null): boolean =>
  /\.(csv|tsv)$/i.test(url.split(/[?#]/)[0] ?? '') || /^text\/(csv|tab-separated-values)\b/i.test(contentType ?? '');

/** A parse result and, when the body was JSON, that JSON, to parse again in another language. */
export type LoadResult = ParseResult & { readonly json?: unknown };

/** The longest a timer can wait: setTimeout takes a 32-bit signed count of ms and fires at once
 *  for anything longer (Infinity, 1e12), which failed every load immediately. */
export const MAX_DELAY = 2 ** 31 - 1;
/** `srcTimeout` when it is not a usable number. */
export const DEFAULT_SRC_TIMEOUT = 15000;
/** The most bytes a `src` body may have (`srcMaxBytes`): an endless or huge body is cut off, not
 *  read to gigabytes. 100 MB is ten times the largest network the widget is benchmarked with. */
export const DEFAULT_SRC_MAX_BYTES = 100 * 2 ** 20;

const megabytes = (n: number) => `${Math.round((n / 2 ** 20) * 10) / 10} MB`;

/** A timeout as setTimeout can keep it (undefined: no limit), and the problem with it if any. */
export function srcTimeoutOf(value: number): { ms: number | undefined; problem?: string } {
  if (value === Infinity) return { ms: undefined };
  if (typeof value !== 'number' || !(value > 0))
    return {
      ms: DEFAULT_SRC_TIMEOUT,
      problem: `srcTimeout must be a number of milliseconds above 0 (Infinity for no limit), not ${String(value)}; ${DEFAULT_SRC_TIMEOUT / 1000} s is used`,
    };
  return { ms: Math.min(MAX_DELAY, value) };
}

/** How far a load has come, for a progress indicator: bytes read (of the length the server
 *  announced, if it did), then the features being checked. */
export type LoadProgress =
  { readonly phase: 'reading'; readonly done: number; readonly total?: number } | { readonly phase: 'checking'; readonly features: number };

/** The body, read chunk by chunk and cut off past `max` bytes (undefined: too large). */
async function readBody(response: Response, max: number, onProgress?: (p: LoadProgress) => void): Promise<Uint8Array | undefined> {
  const length = Number(response.headers.get('content-length'));
  if (length > max || !response.body) return length > max ? undefined : new Uint8Array(await response.arrayBuffer());
  // The length announced is of the body as sent: a compressed body's (Content-Encoding) is not
  // the size read here, so the bar then counts the megabytes without a total.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = length > 0 && !encoded ? length : undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
    // A total passed (a cross-origin server whose encoding the page may not see): none is shown.
    onProgress?.({ phase: 'reading', done: size, ...(total && size <= total ? { total } : {}) });
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/**
 * Loads and validates `url`. Resolves to undefined when `signal` aborted it (a newer `src` won);
 * otherwise to the parsed data and every problem, including HTTP errors, network errors, a
 * response that is not JSON (an HTML error page), a body over `maxBytes` and a timeout.
 */
export async function loadCollaborations(
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
  lang: TextLang = 'en',
  maxBytes = DEFAULT_SRC_MAX_BYTES,
  onProgress?: (p: LoadProgress) => void,
  /** The `src` as the page gave it, for the messages (the worker is given it resolved). */
  shownAs = url,
): Promise<LoadResult | undefined> {
  const where = `src ${JSON.stringify(shownAs)}`;
  const { ms, problem } = srcTimeoutOf(timeoutMs);
  const settings = problem ? [{ path: 'srcTimeout', message: problem }] : [];
  const limit = maxBytes > 0 ? maxBytes : DEFAULT_SRC_MAX_BYTES;
  const timeout = new AbortController();
  const timer = ms === undefined ? undefined : setTimeout(() => timeout.abort(), ms);
  const abort = () => timeout.abort();
  signal.addEventListener('abort', abort);
  const failure = (message: string): LoadResult => ({ data: EMPTY, errors: [...settings, { path: 'src', message }] });
  try {
    const response = await fetch(url, {
      signal: timeout.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/geo+json, application/json, text/csv;q=0.9, text/tab-separated-values;q=0.9' },
    });
    if (!response.ok) return failure(`${where}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const bytes = await readBody(response, limit, onProgress);
    if (signal.aborted) return undefined;
    if (!bytes) return failure(`${where}: the file is larger than ${megabytes(limit)} (srcMaxBytes); it was not read`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { data: EMPTY, errors: [...settings, { path: '', message: `${where}: the file is not UTF-8 text; save it as UTF-8` }] };
    }
    const type = response.headers.get('content-type');
    if (isSheet(url, type)) {
      // A spreadsheet: its reader (and d3-dsv) is a chunk of its own, fetched only now.
      const sheet = await import('./sheet.js').then((m) => m.parseSheetText(text, lang));
      return { data: sheet.data, errors: [...settings, ...sheet.errors.map((e) => ({ ...e, message: `${where}: ${e.message}` }))], json: sheet.json };
    }
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      if (type && /html/i.test(type)) return failure(`${where}: the server sent a web page (${type.split(';')[0] ?? type}), not GeoJSON`);
      // A content problem, located in the document itself (path ""), like a file's.
      return {
        data: EMPTY,
        errors: [...settings, { path: '', message: `${where}: the data is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }],
      };
    }
    onProgress?.({ phase: 'checking', features: featureCount(json) });
    const parsed = parseCollaborations(json, lang);
    return { data: parsed.data, errors: [...settings, ...parsed.errors], json };
  } catch (e) {
    if (signal.aborted) return undefined;
    if (timeout.signal.aborted) {
      const after = ms === undefined ? '' : ms < 1000 ? ` within ${ms} ms` : ` within ${Math.round(ms / 100) / 10} s`;
      return failure(`${where}: no answer${after}; the request was stopped`);
    }
    return failure(
      `${where}: could not be fetched (${e instanceof Error ? e.message : String(e)}): the network failed, or the server does not allow this page to read it (CORS)`,
    );
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
