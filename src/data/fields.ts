import type { DataError } from './types.js';
import { isWebUrl } from './web-url.js';
import { LANGS } from '../generated/langs.js';

export { isWebUrl };

/** Languages data text may be translated into, the widget's: `"name": { "en": …, "fr": …, "lt": … }`. */
export const TEXT_LANGS = LANGS;
export type TextLang = (typeof TEXT_LANGS)[number];

const TRANSLATABLE = 'a non-empty string or translations { "en": …, "fr": …, … }';

/** A JSON value that is an object (not an array, not null). */
export type JsonObject = Readonly<Record<string, unknown>>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own properties only, so "__proto__" or "constructor" in the data never reach the prototype. */
export const own = (o: JsonObject, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

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

/** JSON.stringify, typed as it behaves: undefined for functions and symbols. */
const stringify = (v: unknown): string | undefined => JSON.stringify(v);

/** Quote a value for an error message: short, and never mistaken for markup by the reader. */
export const show = (v: unknown): string => {
  let text: string;
  try {
    text = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : (stringify(v) ?? typeof v);
  } catch (e) {
    // Nested too deep to print (a hostile file), a BigInt, a getter that throws: say what it is.
    text =
      typeof v === 'bigint'
        ? `a BigInt (${v}n)`
        : e instanceof RangeError
          ? Array.isArray(v)
            ? 'a deeply nested list'
            : 'a deeply nested object'
          : `a value that cannot be read (${e instanceof Error ? e.message : String(e)})`;
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * Reads one feature's properties, recording each problem with its place. A required field that is
 * wrong makes `ok` false (the feature is left out); an optional one is dropped and the feature kept.
 */
/** Some text that is not white space (a test, where trim() would make a string per field). */
const VISIBLE = /\S/;
/** The list a feature without that property gets: one, shared and frozen (100k features, no copies). */
const NONE: readonly string[] = Object.freeze([]);

export class FieldReader {
  ok = true;

  constructor(
    /** The language translated text resolves to (then English, then any). */
    private readonly lang: TextLang,
    private readonly props: JsonObject,
    /** The feature's place in the list and its id: `features[3] "oncothon"` starts every message. */
    private readonly at: number,
    private readonly id: string,
    private readonly errors: DataError[],
  ) {}

  /** e.g. `features[3]`: starts every path. Built only for a problem (100k features have few). */
  get path(): string {
    return `features[${this.at}]`;
  }

  get label(): string {
    return `${this.path} ${JSON.stringify(this.id)}`;
  }

  fail(field: string, message: string, required = true): void {
    if (required) this.ok = false;
    this.errors.push({ path: `${this.path}.${field}`, message: `${this.label}: ${field} ${message}` });
  }

  /** Something suspicious that is still drawn as given: reported, nothing left out. */
  warn(field: string, message: string): void {
    this.errors.push({ path: `${this.path}.${field}`, message: `${this.label}: warning: ${field} ${message}`, severity: 'warning' });
  }

  raw(key: string): unknown {
    return own(this.props, key);
  }

  string(key: string, optional = false): string | undefined {
    const v = this.raw(key);
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || !VISIBLE.test(v)) {
      this.fail(`properties.${key}`, `must be a non-empty string, not ${show(v)}`, !optional);
      return undefined;
    }
    return v;
  }

  /**
   * Text that may be translated: a string, or translations keyed by language with at least one. Resolves to the
   * reader's language, else English, else the first given. Undefined (and reported) when wrong.
   */
  resolve(v: unknown): string | undefined {
    if (typeof v === 'string') return VISIBLE.test(v) ? v : undefined;
    if (!isObject(v)) return undefined;
    const keys = Object.keys(v);
    if (!keys.length || !keys.every((k) => (TEXT_LANGS as readonly string[]).includes(k) && typeof v[k] === 'string' && v[k].trim())) return undefined;
    const pick = own(v, this.lang) ?? own(v, 'en') ?? v[keys[0] ?? ''];
    return typeof pick === 'string' ? pick : undefined;
  }

  /** A translatable text property (see resolve). */
  text(key: string, optional = false): string | undefined {
    const v = this.raw(key);
    if (v === undefined && optional) return undefined;
    const text = this.resolve(v);
    if (text === undefined) this.fail(`properties.${key}`, `must be ${TRANSLATABLE}, not ${show(v)}`, !optional);
    return text;
  }

  /** A list of translatable texts (notes); a wrong entry is reported and skipped. */
  texts(key: string): readonly string[] {
    return this.raw(key) === undefined ? NONE : this.list(key, (item) => this.resolve(item), 'texts', TRANSLATABLE);
  }

  /** A list of strings; a wrong entry is reported and skipped. */
  strings(key: string): readonly string[] {
    return this.raw(key) === undefined
      ? NONE
      : this.list(key, (item) => (typeof item === 'string' && VISIBLE.test(item) ? item : undefined), 'strings', 'a non-empty string');
  }

  /** A list read entry by entry: each entry `read` refuses is reported as not `entry`, and skipped. */
  private list(key: string, read: (item: unknown) => string | undefined, plural: string, entry: string): string[] {
    const v = this.raw(key);
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.fail(`properties.${key}`, `must be a list of ${plural}, not ${show(v)}`, false);
      return [];
    }
    const out: string[] = [];
    v.forEach((item: unknown, i) => {
      const value = read(item);
      if (value !== undefined) out.push(value);
      else this.fail(`properties.${key}[${i}]`, `must be ${entry}, not ${show(item)}`, false);
    });
    return out;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const v = this.raw(key);
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(`properties.${key}`, `must be one of ${allowed.join(', ')}, not ${show(v)}`);
    return undefined;
  }

  /** A partial ISO date, or null where the sources are silent (a note should say so) or, when
   *  `optional`, where the data says nothing; a wrong optional date is reported and taken as null. */
  date(key: string, optional = false): string | null | undefined {
    const v = this.raw(key);
    if (v === null || (v === undefined && optional)) return null;
    if (typeof v === 'string' && isPartialDate(v)) return v;
    this.fail(`properties.${key}`, `must be a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null when unknown, not ${show(v)}`, !optional);
    return optional ? null : undefined;
  }

  url(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && isWebUrl(v)) return v;
    this.fail(`properties.${key}`, `must be an http(s) URL, not ${show(v)}; the link is left out`, false);
    return undefined;
  }
}
