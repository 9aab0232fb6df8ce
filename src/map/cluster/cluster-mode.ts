/**
 * Large networks, for the map controller: keeps one clustering index per selection (and mark
 * scale), and adds, updates and removes the canvas layer that draws the groups and single
 * partners. Part of the clustering chunk, loaded with it (cluster-loader.ts).
 */
import { isLead, type Selection, type VisiblePartner } from '../../data/selectors.js';
import type * as L from '../leaflet.js';
import { MAX_ZOOM } from '../cluster-loader.js';
import { ClusterLayer, type ClusterInput } from './cluster-layer.js';
import { ClusterIndex, clusterPoints, type ClusterItem, type ClusterPoints } from './cluster-index.js';
import { joinGiven } from '../../ui/partner-text.js';

/** A group that never splits lists this many of its partners in its details. */
const GROUP_LISTED = 50;

/** Groups closer than this (px, at mark scale 1) merge: marks of up to ~28 px radius rarely overlap. */
const RADIUS = 60;

/** Clustering indexes by the visible partners they were built from (a selection's list), and by
 *  mark scale: presentation mode draws marks larger, so groups must be further apart. */
const indexes = new WeakMap<readonly VisiblePartner[], Map<number, ClusterIndex>>();

/** The partners other than leads, as points for an index, made ahead of it (see preindex). */
const pointsMade = new WeakMap<readonly VisiblePartner[], { readonly members: readonly VisiblePartner[]; readonly points: ClusterPoints }>();

/** The index of a selection's partners other than leads (built once per selection and scale). */
function indexFor(selection: Selection, scale: number): ClusterIndex {
  let byScale = indexes.get(selection.partners);
  if (!byScale) indexes.set(selection.partners, (byScale = new Map<number, ClusterIndex>()));
  let index = byScale.get(scale);
  if (!index) {
    const made = pointsMade.get(selection.partners);
    const members = made?.members ?? selection.partners.filter((v) => !isLead(v));
    byScale.set(scale, (index = new ClusterIndex(members, selection.projects, MAX_ZOOM, RADIUS * scale, made?.points)));
  }
  return index;
}

/** Indexes a selection's partners ahead of drawing them (at mark scale 1): their points in this
 *  task, the index in the next (together, 100,000 partners were one task of ~600 ms). */
export function preindex(selection: Selection): void {
  if (!pointsMade.has(selection.partners)) {
    const members = selection.partners.filter((v) => !isLead(v));
    pointsMade.set(selection.partners, { members, points: clusterPoints(members, selection.projects) });
  }
  setTimeout(() => void indexFor(selection, 1), 0);
}

/** What the layer needs from the element, by way of the map controller. */
export interface ClusterRequest {
  readonly selection: Selection;
  readonly looks: ClusterInput['looks'];
  readonly scale: number;
  readonly partnerLabel: ClusterInput['partnerLabel'];
  readonly groupLabel: ClusterInput['groupLabel'];
  /** A group's short name, for its hover label ("Group of 1,234 partners"). */
  readonly groupTip: (count: number) => string;
  readonly compact: ClusterInput['compact'];
  readonly onPartner: ClusterInput['onPartner'];
  /** A group that never splits: its first partners and how many it has. */
  readonly onGroup: (members: readonly VisiblePartner[], total: number, origin: HTMLElement | null) => void;
  readonly showLabel: ClusterInput['showLabel'];
  readonly hideLabel: ClusterInput['hideLabel'];
}

export class ClusterMode {
  private layer: ClusterLayer | undefined;
  private index: ClusterIndex | undefined;
  private input: ClusterInput | undefined;
  private selected: string | undefined;

  /** Clusters the request's partners (leads aside) and draws them on `map`. */
  draw(map: L.Map, request: ClusterRequest): void {
    this.request = request;
    this.input = this.inputFor(request);
    if (this.layer) this.layer.setInput(this.input);
    else this.layer = new ClusterLayer(this.input).addTo(map);
    this.layer.setSelected(this.selected);
  }

  private request: ClusterRequest | undefined;

  private inputFor(request: ClusterRequest): ClusterInput {
    const index = (this.index = indexFor(request.selection, request.scale));
    const leads = new Map<string, readonly [number, number]>();
    for (const v of request.selection.partners) for (const r of v.roles) if (r.role === 'lead') leads.set(r.project.id, v.partner.position);
    return {
      ...request,
      index,
      projects: request.selection.projects,
      leads,
      links: true,
      tip: (item) => this.tip(item, request),
      onGroup: (id, total, origin) => request.onGroup(index.members(id, GROUP_LISTED), total, origin),
    };
  }

  get active(): boolean {
    return this.layer !== undefined;
  }

  /** Takes the canvas off the map (the network got small, or consortia were hidden). */
  remove(): void {
    this.layer?.remove();
    this.layer = undefined;
  }

  /** Rings a partner (by id) when drawn alone, else the group it is in. */
  setSelected(partnerId: string | undefined): void {
    this.selected = partnerId;
    this.layer?.setSelected(partnerId);
  }

  /** Draws again with the theme's colours and the mark scale as they are now. */
  restyle(scale: number): void {
    if (!this.layer || !this.request) return;
    this.request = { ...this.request, scale };
    this.input = this.inputFor(this.request);
    this.layer.setInput(this.input);
  }

  /** What the canvas draws now (groups and single partners), in the map's container pixels. */
  items(): ReturnType<ClusterLayer['drawnItems']> {
    return this.layer?.drawnItems() ?? [];
  }

  /** The index drawn now, when the canvas is on the map. */
  get drawnIndex(): ClusterIndex | undefined {
    return this.layer ? this.index : undefined;
  }

  /** The zoom, from `from`, at which a partner stands out of its group; undefined if not clustered. */
  revealZoom(partnerId: string, from: number): number | undefined {
    const index = this.drawnIndex;
    const i = index?.indexOf(partnerId) ?? -1;
    return index && i >= 0 ? index.revealZoom(i, from) : undefined;
  }

  private tip(item: ClusterItem, request: ClusterRequest): string {
    if (item.kind === 'group') {
      // The breakdown in words too: the ring says it in colours only.
      const parts = item.parts.flatMap((count, k) => {
        const project = request.selection.projects[k];
        return project && count ? [`${project.name} ${request.compact(count)}`] : [];
      });
      return `${request.groupTip(item.count)}: ${parts.join(' · ')}`;
    }
    const v = this.index?.partners[item.index];
    return v ? joinGiven(' · ', v.partner.shortName, v.partner.city) : '';
  }
}
