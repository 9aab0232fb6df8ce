/** What the map draws and how it reports back: data and callbacks from the element, no state. */
import type { CollabEvent, Collaborations, LayerName, Partner, Project } from '../data/types.js';
import type { Selection, VisiblePartner } from '../data/selectors.js';
import type { ProjectLook } from '../graphics/colours.js';
import type { ClusterInput } from './cluster/cluster-layer.js';
import type { View } from './viewport.js';

/** Something the details panel can show. */
export type DetailsTarget =
  | { readonly kind: 'partner'; readonly partner: Partner }
  | { readonly kind: 'project'; readonly project: Project }
  | { readonly kind: 'country'; readonly country: string }
  | { readonly kind: 'event'; readonly event: CollabEvent }
  /** Partners that share one place even at the deepest zoom (a large network's group). */
  | { readonly kind: 'group'; readonly members: readonly VisiblePartner[]; readonly total: number; readonly events?: readonly CollabEvent[] };

/** What the map needs to draw: data and callbacks from the element, no state of its own. */
export interface MapInput {
  readonly data: Collaborations;
  readonly selection: Selection;
  readonly layers: readonly LayerName[];
  /** Project id → colour, shape and dashes. */
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly tiles: string | undefined;
  /** Request the tiles with CORS (the host asked for it). */
  readonly tilesCrossOrigin?: boolean;
  /** The partner whose view this is (`partner="…"`): its mark and its links are drawn stronger. */
  readonly emphasis?: string | undefined;
  /** Accessible name of a partner's marker: name, city and projects. */
  readonly partnerLabel: (visible: VisiblePartner) => string;
  readonly eventLabel: (event: CollabEvent) => string;
  /** Past this many visible partners, they are clustered on a canvas (leads stay marks). */
  readonly clusterThreshold: number;
  /** A group's accessible name: its count, its breakdown by project, and whether it opens by zooming. */
  readonly groupLabel: ClusterInput['groupLabel'];
  /** A group mark's accessible name: its place, its members' names, whether Enter zooms in (or lists them). */
  readonly groupMarkLabel: (place: string, names: readonly string[], opens: boolean) => string;
  /** A group's short name, for its hover label. */
  readonly groupTip: (count: number) => string;
  /** A count as drawn inside a group: compact (1.2K), in the language in use. */
  readonly compact: (n: number) => string;
  /** The map's Tab stop: its name and role description ("map", in the language in use). */
  readonly mapLabel: string;
  readonly mapRole: string;
  /** A mark, country or link was chosen (click, or Enter on a focused mark). */
  readonly onSelect: (target: DetailsTarget, origin: HTMLElement | null) => void;
}

/** Space the overlays (legend, details) take at the map's edges, kept clear when fitting. */
export interface Insets {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Per overlay, the edges it may be kept clear along (a corner box: its side or its bottom); a fit
   *  takes the combination that shows the data largest. */
  readonly choices?: readonly (readonly Side[])[];
}

/** Keeping an overlay clear along one edge of the map: which edge, and how far in. */
export interface Side {
  readonly side: 'left' | 'right' | 'top' | 'bottom';
  readonly by: number;
}

/** Whether the partners are grouped on a canvas: shown, and more than the threshold. */
export const isClustered = (input: MapInput): boolean => input.layers.includes('consortia') && input.selection.partners.length > input.clusterThreshold;

/** What the map controller asks of the element, as closures: it reaches into nothing else. */
export interface MapOptions {
  /** The element Leaflet draws into, once rendered. */
  readonly container: () => HTMLElement | null;
  /** What to draw now (undefined: nothing yet). */
  readonly input: () => MapInput | undefined;
  /** While the first data is on its way (input undefined): the settings the land is drawn with
   *  meanwhile (its data is empty); undefined to draw nothing yet. */
  readonly landInput: () => MapInput | undefined;
  /** Called after a complete draw of new data (and of the first data on a new map). */
  readonly drawn: () => void;
  /** Space the overlays (legend, details) take at the map's edges, kept clear when fitting. */
  readonly insets: () => Insets;
  /** A view to open at instead of fitting the data (restored from a link). */
  readonly initialView: () => View | undefined;
  /** The visitor moved or zoomed the map. */
  readonly moved: () => void;
  /** How much bigger marks are drawn (presentation mode), 1 normally. */
  readonly markScale: () => number;
  /** The clustering module could not be loaded: the host says so; leads and events are still drawn. */
  readonly clusterFailed: (error: unknown) => void;
}
