import type { DataError } from './types.js';

/** A JSON value that is an object (not an array, not null). */
export type JsonObject = Readonly<Record<string, unknown>>;

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own properties only, so "__proto__" or "constructor" in the data never reach the prototype. */
export const own = (o: JsonObject, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG.test(v) && v.length <= 80;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", and a real calendar date. */
export function isPartialDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Only http(s) links are ever rendered: javascript:, data: and friends are refused. */
export function isWebUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Quote a value for an error message: short, and never mistaken for markup by the reader. */
export const show = (v: unknown): string => {
  // JSON.stringify gives undefined for functions and symbols, which parsed JSON never holds.
  const text = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : ((JSON.stringify(v) as string | undefined) ?? typeof v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * Reads one feature's properties, recording each problem with its place. A required field that is
 * wrong makes `ok` false (the feature is left out); an optional one is dropped and the feature kept.
 */
export class FieldReader {
  ok = true;

  constructor(
    private readonly props: JsonObject,
    /** e.g. `features[3] "oncothon"`: starts every message. */
    readonly label: string,
    /** e.g. `features[3]`: starts every path. */
    readonly path: string,
    private readonly errors: DataError[],
  ) {}

  fail(field: string, message: string, required = true): void {
    if (required) this.ok = false;
    this.errors.push({ path: `${this.path}.${field}`, message: `${this.label}: ${field} ${message}` });
  }

  raw(key: string): unknown {
    return own(this.props, key);
  }

  string(key: string, optional = false): string | undefined {
    const v = this.raw(key);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(`properties.${key}`, `must be a non-empty string, not ${show(v)}`, !optional);
      return undefined;
    }
    return v;
  }

  /** A list of strings; a wrong entry is reported and skipped. */
  strings(key: string): string[] {
    const v = this.raw(key);
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.fail(`properties.${key}`, `must be a list of strings, not ${show(v)}`, false);
      return [];
    }
    const out: string[] = [];
    v.forEach((item: unknown, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item);
      else this.fail(`properties.${key}[${i}]`, `must be a non-empty string, not ${show(item)}`, false);
    });
    return out;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const v = this.raw(key);
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(`properties.${key}`, `must be one of ${allowed.join(', ')}, not ${show(v)}`);
    return undefined;
  }

  /** A partial ISO date, or null where the sources are silent (a note should say so). */
  date(key: string): string | null | undefined {
    const v = this.raw(key);
    if (v === null) return null;
    if (typeof v === 'string' && isPartialDate(v)) return v;
    this.fail(`properties.${key}`, `must be a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null when unknown, not ${show(v)}`);
    return undefined;
  }

  url(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && isWebUrl(v)) return v;
    this.fail(`properties.${key}`, `must be an http(s) URL, not ${show(v)}; the link is left out`, false);
    return undefined;
  }

  country(key: string, isCountry: (code: string) => boolean): string | undefined {
    const v = this.raw(key);
    if (typeof v === 'string' && isCountry(v)) return v;
    this.fail(`properties.${key}`, `must be an ISO 3166-1 alpha-2 code such as "ES", not ${show(v)}`);
    return undefined;
  }
}
