/** The collaboration model: what the validator produces from a GeoJSON FeatureCollection and what
 *  every selector, layer and template reads. Plain, immutable data: no Leaflet, no DOM. */

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
  readonly programme: string;
  readonly summary: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null where the sources do not say (a note explains). */
  readonly start: string | null;
  readonly end: string | null;
  readonly lead: string;
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
  readonly shortName: string;
  readonly aliases: readonly string[];
  readonly type: PartnerType;
  readonly city: string;
  readonly region: string;
  readonly country: string;
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
  readonly city: string;
  readonly country: string;
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
}

export interface ParseResult {
  /** Every valid feature; invalid ones are left out and reported. */
  readonly data: Collaborations;
  readonly errors: readonly DataError[];
}
