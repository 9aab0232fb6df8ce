/**
 * The style values every renderer draws with: the Leaflet layers, the cluster canvas, the legend
 * and the SVG export. Kept in one place so that a link, an arc or a mark looks the same in each.
 * Mark values are in glyph units (a mark's drawing spans -1…1); the rest are pixels.
 */

/** A project without a look (never in practice: every visible project has one). */
export const FALLBACK_COLOUR = '#333';
/** The legend's sample marks (lead, member, event): no project's colour. */
export const NEUTRAL_COLOUR = '#6e7781';
/** Ink and paper where no theme is at hand (the group key, the lead ring before CSS applies). */
export const INK = '#1f2328';
export const PAPER = '#fff';

/** Every mark is at least this big a target (px), whatever its drawing's size. */
export const TARGET_SIZE = 24;
/** A mark's drawing on the map (px across): a member, a lead, an event. */
export const MEMBER_SIZE = 18;
export const LEAD_SIZE = 26;
export const EVENT_SIZE = 20;

/** A partner's shape or pie (glyph units): a lead's is smaller inside its ring. */
export const MARK_RADIUS = { member: 0.74, lead: 0.66, event: 0.95, key: 0.8 } as const;
/** The light edge that separates a mark from the map, and a pie's segments from its edge. */
export const HALO = { colour: '#fff', width: 0.14 } as const;
/** The ring that tells a lead (drawn in the text colour). */
export const LEAD_RING = { r: 0.92, width: 0.12 } as const;
/** A project key's thin outline (legend, toggles, details). */
export const KEY_OUTLINE = { colour: '#000', opacity: 0.35, width: 0.1 } as const;

/** Consortium links, partner to lead. */
export const LINK = { weight: 1.4, opacity: 0.55 } as const;
/** Arcs from a consortium to its markets; dashes by project, so they differ by more than colour. */
export const ARC = { weight: 1.6, opacity: 0.8, dashes: ['6 4', '2 4', '10 3 2 3', '1 3 6 3'], mergedWeight: 1 } as const;
/** Target markets: amber fill (see colours.ts) with a darker amber edge; a point country is a dot. */
export const MARKET = { stroke: '#8a5d00', weight: 0.7, fillOpacity: 0.9, pointRadius: 6 } as const;
/** Land borders. */
export const LAND = { weight: 0.6 } as const;

/** A group of partners: a ring of project colours (px wide) round its count, a faint dark edge. */
export const GROUP = { ring: 4.5, edge: '#000', edgeOpacity: 0.45, fontSize: 12, radius: 13, perDecade: 3 } as const;
/** A partner drawn on the canvas (px): its radius and halo. */
export const CANVAS_MARK = { radius: 7, halo: 1.5 } as const;
/** The selection ring (px): its width and its gap from the mark. */
export const SELECTED_RING = { width: 3, gap: 5 } as const;
