/**
 * The widget's state in the page's URL hash, under a key of its own, next to whatever else the
 * hash holds: `#tab=2&map=p:laser-go,onconet;v:list;s:partner.biocat;c:41.39,2.16,5`.
 * Pure functions; the element reads and writes location.hash through them.
 */
import { LAYERS, type LayerName } from '../data/types.js';

export interface UrlState {
  readonly projects?: readonly string[];
  readonly layers?: readonly LayerName[];
  readonly view?: 'map' | 'list';
  readonly selected?: { readonly kind: 'partner' | 'project' | 'country' | 'event'; readonly id: string };
  readonly centre?: { readonly lat: number; readonly lng: number; readonly zoom: number };
}

const KINDS = ['partner', 'project', 'country', 'event'] as const;
const ID = /^[A-Za-z0-9-]+$/;
/** A country from a link is two capital letters (`s:country.Call-555-0100` must not open a panel
 *  so titled); url-sync.ts checks that it is a country. */
const isCountry = (code: string): boolean => /^[A-Z]{2}$/.test(code);

/** Our state as one hash value (before URI-encoding). */
export function encodeState(s: UrlState): string {
  const parts: string[] = [];
  if (s.projects) parts.push(`p:${s.projects.join(',')}`);
  if (s.layers) parts.push(`l:${s.layers.join(',')}`);
  if (s.view === 'list') parts.push('v:list');
  if (s.selected) parts.push(`s:${s.selected.kind}.${s.selected.id}`);
  if (s.centre) parts.push(`c:${s.centre.lat.toFixed(4)},${s.centre.lng.toFixed(4)},${Number(s.centre.zoom.toFixed(2))}`);
  return parts.join(';');
}

/** Reads a value written by encodeState; anything malformed is ignored, never thrown. */
export function decodeState(value: string): UrlState {
  const out: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  for (const part of value.split(';')) {
    const [k, v] = [part.slice(0, part.indexOf(':')), part.slice(part.indexOf(':') + 1)];
    if (k === 'p') out.projects = v ? v.split(',').filter((id) => ID.test(id)) : [];
    else if (k === 'l') out.layers = LAYERS.filter((l) => v.split(',').includes(l));
    else if (k === 'v' && (v === 'list' || v === 'map')) out.view = v;
    else if (k === 's') {
      const [kind, id] = [v.slice(0, v.indexOf('.')), v.slice(v.indexOf('.') + 1)];
      if ((KINDS as readonly string[]).includes(kind) && ID.test(id) && (kind !== 'country' || isCountry(id)))
        out.selected = { kind: kind as (typeof KINDS)[number], id };
    } else if (k === 'c') {
      const [lat, lng, zoom] = v.split(',').map(Number);
      if (
        [lat, lng, zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
        Math.abs(lat ?? 99) <= 90 &&
        Math.abs(lng ?? 999) <= 360 &&
        (zoom ?? -1) >= 0 &&
        (zoom ?? 99) <= 20
      ) {
        out.centre = { lat: lat ?? 0, lng: lng ?? 0, zoom: zoom ?? 0 };
      }
    }
  }
  return out;
}

/** The value under `key` in a hash such as "#a=1&map=…", or undefined. */
export function readHash(hash: string, key: string): string | undefined {
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0 && safeDecode(pair.slice(0, at)) === key) return safeDecode(pair.slice(at + 1));
  }
  return undefined;
}

/** The hash with `key` set to `value` (or removed when empty), every other entry kept in place. */
export function writeHash(hash: string, key: string, value: string): string {
  const pairs = hash.replace(/^#/, '').split('&').filter(Boolean);
  const encoded = `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%3B/gi, ';').replace(/%2C/gi, ',')}`;
  const at = pairs.findIndex((p) => safeDecode(p.split('=')[0] ?? '') === key);
  if (!value) {
    if (at >= 0) pairs.splice(at, 1);
  } else if (at >= 0) pairs[at] = encoded;
  else pairs.push(encoded);
  return pairs.length ? `#${pairs.join('&')}` : '';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The element's state, as it holds it. */
export interface UrlStateInput {
  readonly projects: readonly string[] | null;
  readonly layers: readonly LayerName[];
  readonly view: 'map' | 'list';
  readonly selected: { readonly kind: string; readonly id: string } | undefined;
  readonly centre: UrlState['centre'];
}

/** The element's state as a link states it: only what differs from the defaults (all projects,
 *  all layers), the selection unless it is a group (groups have no id), the view's centre. */
export function urlStateOf(s: UrlStateInput): UrlState {
  const sel = s.selected;
  return {
    ...(s.projects ? { projects: s.projects } : {}),
    ...(s.layers.length !== LAYERS.length ? { layers: s.layers } : {}),
    view: s.view,
    ...(sel && sel.kind !== 'group' ? { selected: { kind: sel.kind as NonNullable<UrlState['selected']>['kind'], id: sel.id } } : {}),
    ...(s.centre ? { centre: s.centre } : {}),
  };
}
