import { coPartners } from '../data/selectors.js';
import type { Collaborations, Partner } from '../data/types.js';
import type { ClusterSlot } from './cluster-slot.js';
import { coLinks } from './data-layers.js';
import type * as L from './leaflet.js';
import type { MarksLayer } from './marks-layer.js';

/** The map's parts the emphasis is drawn on, as they are now (none before the map is made). */
export interface EmphasisParts {
  readonly map: L.Map | undefined;
  readonly marks: MarksLayer | undefined;
  readonly cluster: ClusterSlot;
}

/**
 * What the map stresses over its data, kept across draws and maps: the project in focus (the
 * others dimmed), the selected mark's ring, and a partner's links to its co-partners.
 */
export class Emphasis {
  #focus: string | undefined;
  #selected: string | undefined;
  #coFrom: Partner | undefined;
  #coLayer: L.Layer | undefined;

  constructor(private readonly parts: () => EmphasisParts) {}

  /** Dims the marks, links, arcs and markets of projects other than `project` (undefined: none). */
  setFocus(project: string | undefined): void {
    this.#focus = project;
    const { map, marks } = this.parts();
    marks?.setFocus(project);
    const box = map?.getContainer();
    if (!box) return;
    for (const path of box.querySelectorAll<SVGElement>('.pm-link, .pm-arc, .pm-market')) {
      path.classList.toggle('pm-dim', !!project && !path.classList.contains(`pm-of-${project}`));
    }
  }

  /** Rings the selected mark (`partner:id` or `event:id`), without redrawing anything. */
  setSelected(key: string | undefined): void {
    this.#selected = key;
    const { marks, cluster } = this.parts();
    marks?.setSelected(key);
    cluster.setSelected(key?.startsWith('partner:') ? key.slice(8) : undefined);
  }

  /** Draws dashed lines from a partner to each partner it shares a project with (made again only
   *  when the partner changes); undefined removes them. Returns the partners to fit in view when
   *  new lines are drawn. */
  setCoLinks(from: Partner | undefined, data: Collaborations): readonly Partner[] | undefined {
    const { map } = this.parts();
    if (from === this.#coFrom) return undefined;
    this.#coFrom = from;
    this.#coLayer?.remove();
    this.#coLayer = undefined;
    if (!from || !map) return undefined;
    const to = coPartners(data, from).map((c) => c.partner);
    this.#coLayer = coLinks(from, to).addTo(map);
    return [from, ...to];
  }

  /** Applies the focus and the ring again to marks drawn anew. */
  reapply(): void {
    this.setFocus(this.#focus);
    this.parts().marks?.setSelected(this.#selected);
  }

  /** The map went (its layers with it). */
  reset(): void {
    this.#coFrom = this.#coLayer = undefined;
  }
}
