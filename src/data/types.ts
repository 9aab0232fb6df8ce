/** The collaboration model: what the validator produces from a GeoJSON FeatureCollection and what
 *  every selector, layer and template reads. Plain, immutable data: no Leaflet, no DOM. */

/** The kinds of organisation the widget translates; a partner's `type` may be any other text, shown as given. */
export const PARTNER_TYPES = ['cluster', 'agency', 'university', 'research', 'hospital', 'authority', 'park', 'business-support'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const ROLES = ['lead', 'partner', 'beneficiary', 'associate'] as const;
export type Role = (typeof ROLES)[number];

export const LAYERS = ['consortia', 'reach', 'events'] as const;
export type LayerName = (typeof LAYERS)[number];

/** [longitude, latitude] in degrees, as in GeoJSON. */
export type LonLat = readonly [number, number];

export interface Funding {
  readonly amount: number;
  readonly currency: string;
  readonly purpose?: string;
}

export interface Voucher {
  readonly kind: string;
  readonly count: number;
}

export interface Project {
  readonly id: string;
  readonly name: string;
  readonly fullName?: string;
  readonly programme?: string;
  readonly summary?: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null where the sources do not say (a note explains). */
  readonly start: string | null;
  readonly end: string | null;
  /** The lead partner's id; none: no partner is drawn as this project's lead. */
  readonly lead?: string;
  readonly url?: string;
  /** ISO 3166-1 alpha-2 codes, uppercase. */
  readonly targetMarkets: readonly string[];
  readonly funding?: Funding;
  readonly vouchers: readonly Voucher[];
  readonly notes: readonly string[];
  readonly sources: readonly string[];
}

export interface Partner {
  readonly id: string;
  readonly name: string;
  /** The label on the map and in lists: the name when the data gives none. */
  readonly shortName: string;
  readonly aliases: readonly string[];
  /** One of PARTNER_TYPES (translated) or any other text (shown as given). */
  readonly type?: string;
  readonly city?: string;
  readonly region?: string;
  /** ISO alpha-2; found from the position when the data gives none (see countryDerived). */
  readonly country?: string;
  /** The country was not given but found from the position with the bundled basemap. */
  readonly countryDerived?: true;
  readonly url?: string;
  /** Whether the point is the city centre or an estimate of the actual site. */
  readonly precision?: 'city' | 'site';
  readonly roles: Readonly<Record<string, Role>>;
  readonly roleNotes: Readonly<Record<string, string>>;
  readonly summary?: string;
  readonly notes: readonly string[];
  readonly sources: readonly string[];
  readonly position: LonLat;
}

export interface Participants {
  readonly count: number;
  /** The source says "more than" the count. */
  readonly atLeast: boolean;
}

export interface CollabEvent {
  readonly id: string;
  readonly name: string;
  readonly project: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly city?: string;
  /** ISO alpha-2; found from the position when the data gives none (see countryDerived). */
  readonly country?: string;
  readonly countryDerived?: true;
  readonly organisers: readonly string[];
  readonly participants?: Participants;
  readonly summary?: string;
  readonly notes: readonly string[];
  readonly position: LonLat;
}

export interface Collaborations {
  readonly projects: readonly Project[];
  readonly partners: readonly Partner[];
  readonly events: readonly CollabEvent[];
}

/** One problem found in input data: where (a JSON path) and what, in words a data editor reads. */
export interface DataError {
  readonly path: string;
  readonly message: string;
  /** "warning": suspicious, but nothing was left out (a country the point is not in, a partner
   *  with no roles). Absent: an error, something (a feature or a field) was left out. */
  readonly severity?: 'warning';
}

export interface ParseResult {
  /** Every valid feature; invalid ones are left out and reported. */
  readonly data: Collaborations;
  readonly errors: readonly DataError[];
}
