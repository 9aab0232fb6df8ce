import type { VisiblePartner } from '../data/selectors.js';
import type * as L from './leaflet.js';
import type { ClusterItem, ClusterSource } from './cluster/cluster-source.js';
import type { ClusterMode } from './cluster/cluster-mode.js';
import { loadCluster } from './cluster-loader.js';
import type { MapLabel } from './map-label.js';
import type { MapInput } from './map-input.js';

/**
 * Where the map keeps a large network's canvas of groups: the cluster chunk is loaded the first
 * time a draw needs it, and the canvas (ClusterMode) is made once per map. Everything here is a
 * no-op while no network has been clustered.
 */
export class ClusterSlot {
  private mode: ClusterMode | undefined;
  /** The selected partner, kept for a canvas drawn later. */
  private selected: string | undefined;

  get active(): boolean {
    return !!this.mode?.active;
  }

  /** Clusters the partners that are not leads and draws them on a canvas. Resolves true once
   *  drawn, false when `current()` says a newer draw (or the map's disposal) made this one moot;
   *  rejects when the chunk cannot be loaded. */
  async draw(map: L.Map, input: MapInput, scale: number, label: MapLabel, current: () => boolean): Promise<boolean> {
    const { ClusterMode } = await loadCluster();
    if (!current()) return false;
    const mode = (this.mode ??= new ClusterMode());
    mode.setSelected(this.selected);
    return mode.draw(
      map,
      {
        selection: input.selection,
        looks: input.looks,
        scale,
        partnerLabel: input.partnerLabel,
        groupLabel: input.groupLabel,
        groupTip: input.groupTip,
        compact: input.compact,
        onPartner: (v: VisiblePartner, origin: HTMLElement | null) => input.onSelect({ kind: 'partner', partner: v.partner }, origin),
        onGroup: (members: readonly VisiblePartner[], total: number, origin: HTMLElement | null) => input.onSelect({ kind: 'group', members, total }, origin),
        showLabel: (x: number, y: number, text: string) => label.showAt(map.getContainer(), x, y, text),
        hideLabel: () => label.hide(),
      },
      current,
    );
  }

  /** Takes the canvas off the map (the network is small enough for marks again). */
  remove(): void {
    this.mode?.remove();
  }

  /** Forgets the canvas: its layer went with the map. */
  reset(): void {
    this.mode = undefined;
  }

  setSelected(partnerId: string | undefined): void {
    this.selected = partnerId;
    this.mode?.setSelected(partnerId);
  }

  restyle(scale: number): void {
    if (this.mode?.active) this.mode.restyle(scale);
  }

  /** How deep the map must zoom for a partner to stand out of its group, if it is in one. */
  async revealZoom(partnerId: string, from: number): Promise<number | undefined> {
    return this.mode?.active ? this.mode.revealZoom(partnerId, from) : undefined;
  }

  /** What the canvas draws now (groups and single partners), in the map's pixels. */
  items(): readonly { readonly item: ClusterItem; readonly x: number; readonly y: number; readonly r: number }[] {
    return this.mode?.items() ?? [];
  }

  /** The index the canvas draws from now. */
  get drawnIndex(): ClusterSource | undefined {
    return this.mode?.drawnIndex;
  }
}
