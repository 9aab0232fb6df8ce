/**
 * Large networks, for the map controller: keeps one clustering index per selection (and mark
 * scale), and adds, updates and removes the canvas layer that draws the groups and single
 * partners. Part of the clustering chunk, loaded with it (cluster-loader.ts).
 */
import { type Selection, type VisiblePartner } from '../../data/selectors.js';
import type * as L from '../leaflet.js';
import { MAX_ZOOM, RADIUS } from '../../data/cluster-settings.js';
import { groupedOf } from '../../data/cluster-index.js';
import { ClusterLayer, type ClusterInput } from './cluster-layer.js';
import { ClusterSource, type ClusterItem } from './cluster-source.js';
import { joinGiven } from '../../ui/partner-text.js';

/** A group that never splits lists this many of its partners in its details. */
const GROUP_LISTED = 50;

/** Groups drawn from an index asked for this long ago (ms) and not yet built are shown faded. */
const STALE_AFTER = 150;

/** Clustering indexes by the visible partners they were built from (a selection's list), and by
 *  mark scale: presentation mode draws marks larger, so groups must be further apart. */
const indexes = new WeakMap<readonly VisiblePartner[], Map<number, Promise<ClusterSource>>>();

/** The index of a selection's partners other than leads (built once per selection and scale). */
function indexFor(selection: Selection, scale: number): Promise<ClusterSource> {
  let byScale = indexes.get(selection.partners);
  if (!byScale) indexes.set(selection.partners, (byScale = new Map<number, Promise<ClusterSource>>()));
  let index = byScale.get(scale);
  if (!index) {
    byScale.set(scale, (index = ClusterSource.build(groupedOf(selection), selection.projects, MAX_ZOOM, RADIUS * scale)));
  }
  return index;
}

/** Starts indexing a selection's partners (at mark scale 1) ahead of drawing them, in the worker
 *  while the page draws the basemap. */
export function preindex(selection: Selection): void {
  void indexFor(selection, 1);
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
  private index: ClusterSource | undefined;
  private input: ClusterInput | undefined;
  private selected: string | undefined;
  private request: ClusterRequest | undefined;
  /** Counts draws (and restyles): an index that arrives after a newer one was asked for is not drawn. */
  private asked = 0;
  private restyled = 0;

  /** Clusters the request's partners (leads aside) and draws them on `map`. Resolves true once
   *  drawn; false when a newer draw, or `current()` turning false, made this one moot. */
  async draw(map: L.Map, request: ClusterRequest, current: () => boolean): Promise<boolean> {
    this.request = request;
    const ask = ++this.asked;
    // A new selection of a very large network takes a moment to group (in the worker): the
    // groups drawn meanwhile are out of date, and look it if it takes longer than a glance.
    const layer = this.layer;
    const dim = layer ? setTimeout(() => layer.setStale(), STALE_AFTER) : undefined;
    const index = await indexFor(request.selection, request.scale);
    clearTimeout(dim);
    if (ask !== this.asked || !current()) return false;
    this.input = this.inputFor(request, index);
    if (this.layer) this.layer.setInput(this.input);
    else this.layer = new ClusterLayer(this.input).addTo(map);
    this.layer.setSelected(this.selected);
    return this.layer.painted().then(() => ask === this.asked && current());
  }

  private inputFor(request: ClusterRequest, index: ClusterSource): ClusterInput {
    this.index = index;
    const leads = new Map<string, readonly [number, number]>();
    for (const v of request.selection.partners) for (const r of v.roles) if (r.role === 'lead') leads.set(r.project.id, v.partner.position);
    return {
      ...request,
      index,
      projects: request.selection.projects,
      leads,
      links: true,
      tip: (item) => this.tip(item, request),
      onGroup: (id, total, origin) => void index.members(id, GROUP_LISTED).then((members) => request.onGroup(members, total, origin)),
    };
  }

  get active(): boolean {
    return this.layer !== undefined;
  }

  /** Takes the canvas off the map (the network got small, or consortia were hidden). */
  remove(): void {
    this.asked++;
    this.layer?.remove();
    this.layer = undefined;
  }

  /** Rings a partner (by id) when drawn alone, else the group it is in. */
  setSelected(partnerId: string | undefined): void {
    this.selected = partnerId;
    this.layer?.setSelected(partnerId);
  }

  /** Draws again with the theme's colours and the mark scale as they are now (a new scale needs
   *  an index of its own, built first). */
  restyle(scale: number): void {
    const layer = this.layer;
    const request = this.request;
    if (!layer || !request) return;
    this.request = { ...request, scale };
    const ask = this.asked;
    const turn = ++this.restyled;
    void indexFor(request.selection, scale).then((index) => {
      if (ask !== this.asked || turn !== this.restyled || layer !== this.layer || !this.request) return;
      this.input = this.inputFor(this.request, index);
      layer.setInput(this.input);
    });
  }

  /** What the canvas draws now (groups and single partners), in the map's container pixels. */
  items(): ReturnType<ClusterLayer['drawnItems']> {
    return this.layer?.drawnItems() ?? [];
  }

  /** The index drawn now, when the canvas is on the map. */
  get drawnIndex(): ClusterSource | undefined {
    return this.layer ? this.index : undefined;
  }

  /** The zoom, from `from`, at which a partner stands out of its group; undefined if not clustered. */
  async revealZoom(partnerId: string, from: number): Promise<number | undefined> {
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
