/** Fetches a collaboration file from a URL: never throws, and says what went wrong and where. */
import { parseCollaborations } from './parse.js';
import type { TextLang } from './fields.js';
import type { ParseResult } from './types.js';

const EMPTY = { projects: [], partners: [], events: [] };

/** A parse result and, when the body was JSON, that JSON, to parse again in another language. */
export type LoadResult = ParseResult & { readonly json?: unknown };

const failure = (message: string): LoadResult => ({ data: EMPTY, errors: [{ path: 'src', message }] });

/**
 * Loads and validates `url`. Resolves to undefined when `signal` aborted it (a newer `src` won);
 * otherwise to the parsed data and every problem, including HTTP errors, network errors, a
 * response that is not JSON (an HTML error page) and a timeout.
 */
export async function loadCollaborations(url: string, signal: AbortSignal, timeoutMs: number, lang: TextLang = 'en'): Promise<LoadResult | undefined> {
  const where = `src ${JSON.stringify(url)}`;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const abort = () => timeout.abort();
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch(url, { signal: timeout.signal, credentials: 'same-origin', headers: { Accept: 'application/geo+json, application/json' } });
    if (!response.ok) return failure(`${where}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const bytes = await response.arrayBuffer();
    if (signal.aborted) return undefined;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { data: EMPTY, errors: [{ path: '', message: `${where}: the file is not UTF-8 text; save it as UTF-8` }] };
    }
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      const type = response.headers.get('content-type') ?? '';
      if (/html/i.test(type)) return failure(`${where}: the server sent a web page (${type.split(';')[0] ?? type}), not GeoJSON`);
      // A content problem, located in the document itself (path ""), like a file's.
      return { data: EMPTY, errors: [{ path: '', message: `${where}: the data is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
    }
    return { ...parseCollaborations(json, lang), json };
  } catch (e) {
    if (signal.aborted) return undefined;
    if (timeout.signal.aborted) {
      const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 100) / 10} s`;
      return failure(`${where}: no answer within ${limit}; the request was stopped`);
    }
    return failure(
      `${where}: could not be fetched (${e instanceof Error ? e.message : String(e)}): the network failed, or the server does not allow this page to read it (CORS)`,
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
