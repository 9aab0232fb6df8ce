/** Where a partner or an event is: its Point, and its country, given or found from the point. */
import { isoCodes } from '../generated/iso-codes.js';
import { nearCountry } from './world.js';
import { countryAt } from './country-at.js';
import { FieldReader, isObject, own, show } from './fields.js';
import type { LonLat } from './types.js';

const ISO = new Set(isoCodes.split(' '));
export const isCountryCode = (code: string): boolean => ISO.has(code);

/** Reads a Point geometry as [lon, lat], telling apart out-of-range and likely-swapped positions. */
export function readPoint(geometry: unknown, r: FieldReader): LonLat | undefined {
  if (!isObject(geometry) || own(geometry, 'type') !== 'Point') {
    r.fail('geometry', `must be a Point, not ${show(isObject(geometry) ? own(geometry, 'type') : geometry)}`);
    return undefined;
  }
  const c = own(geometry, 'coordinates');
  if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    r.fail('geometry.coordinates', `must be [longitude, latitude] in finite numbers, not ${show(c)}`);
    return undefined;
  }
  const [lon, lat] = c as [number, number];
  const lonOk = lon >= -180 && lon <= 180;
  const latOk = lat >= -90 && lat <= 90;
  if (!lonOk) r.fail('geometry.coordinates', `longitude ${lon} is out of range [-180, 180]`);
  if (!latOk) {
    // Swapped, the position would be valid: say so, since [lat, lon] is the commonest slip.
    const hint =
      Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? ` (swapped? GeoJSON positions are [longitude, latitude], and [${lat}, ${lon}] would be valid)` : '';
    r.fail('geometry.coordinates', `latitude ${lat} is out of range [-90, 90]${hint}`);
  }
  return lonOk && latOk ? [lon, lat] : undefined;
}

/** A feature's country: the one given (checked against the point) or, when none is, the one the
 *  point is in. */
export interface Place {
  readonly country?: string;
  readonly countryDerived?: true;
}

/**
 * The country of a feature at `position`. Given, it must be an ISO code (a wrong one is reported
 * and left out, then found from the point). A position inside the valid range can still be
 * [lat, lon] by mistake (Barcelona written as [41.39, 2.16] lands off Somalia): when the point is
 * far from its country but the swapped one is near it, that is reported and the feature left out
 * rather than misplaced. Far from its country otherwise is a warning: it is drawn at the point.
 */
export function readCountry(r: FieldReader, position: LonLat | undefined): Place {
  const given = r.raw('country');
  let country: string | undefined;
  if (given !== undefined) {
    if (typeof given === 'string' && isCountryCode(given)) country = given;
    else
      r.fail(
        'properties.country',
        `must be an ISO 3166-1 alpha-2 code such as "ES", not ${show(given)}${position ? '; it is found from the point instead' : ''}`,
        false,
      );
  }
  if (!position) return country ? { country } : {};
  if (!country) {
    const found = countryAt(position);
    return found ? { country: found, countryDerived: true } : {};
  }
  const [lon, lat] = position;
  if (!nearCountry(country, position)) {
    if (Math.abs(lon) <= 90 && nearCountry(country, [lat, lon])) {
      r.fail(
        'geometry.coordinates',
        `[${lon}, ${lat}] is far from ${country}, and [${lat}, ${lon}] would be in it: longitude and latitude look swapped (GeoJSON positions are [longitude, latitude])`,
      );
    } else {
      const there = countryAt(position);
      r.warn('properties.country', `${show(country)} is far from the point [${lon}, ${lat}]${there ? `, which is in ${there}` : ''}; it is drawn at the point`);
    }
  }
  return { country };
}
