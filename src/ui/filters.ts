/** Project and layer toggles: pressed buttons, one per project (colour, name, partner count). */
import { html, type TemplateResult } from 'lit';
import { LAYERS, type LayerName, type Project } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';
import { FALLBACK_LOOK, type ProjectLook } from '../graphics/colours.js';
import { projectKey } from '../graphics/marks.js';
import { capped, showMore, type Pager } from './capped.js';

export interface FiltersInput {
  readonly projects: readonly Project[];
  readonly visible: ReadonlySet<string>;
  /** Partners per project, in the whole data (a toggle says how many it would show). */
  readonly counts: ReadonlyMap<string, number>;
  readonly looks: ReadonlyMap<string, ProjectLook>;
  readonly layers: readonly LayerName[];
  readonly msg: Messages;
  readonly onProject: (id: string) => void;
  readonly onLayer: (layer: LayerName) => void;
  /** The project toggles, paged ("Show 100 more"): each project's toggle is reachable. */
  readonly pager: Pager;
}

/** A toggle's key: a Lit template, so a re-render updates the same nodes rather than building new ones. */
const key = (look: ProjectLook) => projectKey(look.colour, look.shape);

export function filters(f: FiltersInput): TemplateResult {
  return html`<div class="filter-group" role="group" aria-label=${f.msg.projectsFilter}>
      ${capped(
        f.projects,
        (p) =>
          html`<button
            type="button"
            class="toggle project-toggle"
            data-project=${p.id}
            aria-pressed=${f.visible.has(p.id) ? 'true' : 'false'}
            @click=${() => f.onProject(p.id)}
          >
            ${key(f.looks.get(p.id) ?? FALLBACK_LOOK)}<span class="name">${p.name}</span> <span class="count">${f.msg.count(f.counts.get(p.id) ?? 0)}</span>
          </button>`,
        // Not a list item: a line of text after the toggles. Paged, not pointed to the search or the
        // list: they open a project's details, only a toggle hides or shows it on the map.
        (n) => f.msg.moreItems(String(n)),
        f.pager.shown,
        (text, n) => html`<span class="more">${text}${showMore(f.msg, n, f.pager)}</span>`,
      )}
    </div>
    <div class="filter-group layers" role="group" aria-label=${f.msg.layersFilter}>
      ${LAYERS.map(
        (layer) =>
          html`<button
            type="button"
            class="toggle layer-toggle"
            data-layer=${layer}
            aria-pressed=${f.layers.includes(layer) ? 'true' : 'false'}
            @click=${() => f.onLayer(layer)}
          >
            <span class="check" aria-hidden="true"></span>${f.msg.layerNames[layer]}
          </button>`,
      )}
    </div>`;
}
