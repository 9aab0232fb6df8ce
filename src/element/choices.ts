import { LAYERS, type LayerName } from '../data/types.js';
import { Pager } from '../ui/capped.js';
import type { Messages } from '../i18n/messages.js';
import type { UrlState } from '../present/url-state.js';
import type { View } from './api.js';
import type { PartnerViewState } from './partner-view.js';
import type { PartnerMapProperties } from './properties.js';
import type { Voice } from './voice.js';

export interface ChoicesOptions {
  /** Works out what the project toggles turn on and off (an embed's own projects stay its own). */
  readonly partnerView: PartnerViewState;
  readonly voice: Voice;
  readonly msg: () => Messages;
  /** What is shown, in a line: said once a change of the project filter is drawn. */
  readonly summary: () => string;
  /** The project filter changed: the list goes back to its first page. */
  readonly filtered: () => void;
}

/**
 * The visitor's choices, kept in the element's public `projects`, `layers` and `view`: changed by
 * the toggles and the map/list switch (each change said in the live region), or set all at once
 * by a link (`sync-url`).
 */
export class Choices {
  constructor(
    private readonly element: PartnerMapProperties,
    private readonly options: ChoicesOptions,
  ) {
    this.toggles = new Pager(element);
  }

  /** The project toggles the filter bar shows, paged (10,000 projects: "Show 100 more"). */
  readonly toggles: Pager;

  toggleProject(id: string): void {
    const { element, options } = this;
    const { projects, shown: next } = options.partnerView.toggle(element.projects, id);
    element.projects = projects;
    options.filtered();
    options.voice.emit('projects-change', { projects: [...next] });
    void element.updateComplete.then(() => options.voice.announce(options.summary()));
  }

  toggleLayer(layer: LayerName): void {
    const { element } = this;
    element.layers = element.layers.includes(layer)
      ? element.layers.filter((l) => l !== layer)
      : LAYERS.filter((l) => l === layer || element.layers.includes(l));
    this.options.voice.announce(element.layers.map((l) => this.options.msg().layerNames[l]).join(', ') || '—');
  }

  setView(view: View): void {
    const msg = this.options.msg();
    this.element.view = view;
    this.options.voice.announce(msg.viewChanged(view === 'list' ? msg.listView : msg.mapView));
  }

  /** A link's projects, layers and view. It says the whole state: what it leaves out is the
   *  default, not what was there before. */
  apply(s: UrlState): void {
    const projects = s.projects ? [...s.projects] : null;
    this.options.partnerView.setOwn(this.element.projects, projects);
    this.element.projects = projects;
    this.element.layers = s.layers ? [...s.layers] : [...LAYERS];
    this.element.view = s.view ?? 'map';
  }
}
