import type { SearchHit } from '../data/search.js';
import type { MapController } from '../map/map-controller.js';
import type { DetailsTarget } from '../map/map-input.js';
import type { DetailsController } from './details-controller.js';
import { placeOf } from './labels.js';
import type { ViewModel } from './view-model.js';

export interface NavigationOptions {
  readonly details: DetailsController;
  readonly map: MapController;
  readonly vm: () => ViewModel;
  /** Whether the map is shown (not the list): only then is it moved to what is chosen. */
  readonly onMap: () => boolean;
  /** Settles once the element's update is done: the details panel is drawn. */
  readonly updated: () => Promise<unknown>;
  /** The project the tour shows now, if it is on. */
  readonly touring: () => string | undefined;
  /** A method named an id: an unknown one is reported and said in the widget. */
  readonly called: (method: string, path: 'projects' | 'partner', id: string, found: boolean) => void;
}

/**
 * What the details show and what the map shows go together: choosing something (on the map, in
 * the list, the search or by a method) opens its details and moves the map to it, clear of the
 * panel; the map stresses what the details show.
 */
export class Navigation {
  constructor(private readonly o: NavigationOptions) {}

  select(target: DetailsTarget, origin: HTMLElement | null): void {
    this.o.details.open(target, origin);
    // Chosen on the map: once the panel is drawn, what it describes must not lie under it.
    const at = placeOf(target);
    if (at && this.o.onMap()) void this.o.updated().then(() => this.o.map.reveal(at[0], at[1]));
  }

  /** `selectPartner()`: opens the partner's details and flies to it. */
  selectPartner(id: string): void {
    const partner = this.o.vm().partner(id);
    this.o.called('selectPartner', 'partner', id, !!partner);
    if (!partner) return;
    this.o.details.open({ kind: 'partner', partner }, null);
    // After the details panel is drawn, so the flight can keep the partner clear of it.
    void this.o.updated().then(() => this.o.map.flyTo(partner));
  }

  /** `focusProject()`: opens the project's details and fits the map to it. */
  focusProject(id: string): void {
    const project = this.o.vm().data.projects.find((p) => p.id === id);
    this.o.called('focusProject', 'projects', id, !!project);
    if (!project) return;
    this.o.details.open({ kind: 'project', project }, null);
    void this.o.updated().then(() => this.o.map.focusProject(project));
  }

  /** A search result chosen: found in a project the filters hide, that project is shown again
   *  first (`show`). */
  searchHit(hit: SearchHit, show: (project: string) => void): void {
    if (hit.show) show(hit.show);
    const { data } = this.o.vm();
    const event = hit.kind === 'event' && data.events.find((e) => e.id === hit.id);
    if (hit.kind === 'partner') this.selectPartner(hit.id);
    else if (hit.kind === 'project') this.focusProject(hit.id);
    else if (event) this.select({ kind: 'event', event }, null);
    else if (hit.kind === 'country') this.select({ kind: 'country', country: hit.id }, null);
  }

  /** The project in focus, the others dimmed: the tour's step, else a project in the details
   *  (chosen, or shown by the tour). */
  get focus(): string | undefined {
    const selected = this.o.details.selected;
    return this.o.touring() ?? (selected?.kind === 'project' ? selected.id : undefined);
  }

  /** The map stresses what the details show: the selected mark's ring, a partner's links to its
   *  co-partners ("Show links"), and the project in focus. */
  emphasise(): void {
    const { details, map } = this.o;
    const vm = this.o.vm();
    map.emphasis.setSelected(details.markKey);
    const shown = details.links ? details.target(vm) : undefined;
    map.showCoLinks(shown?.kind === 'partner' ? shown.partner : undefined, vm.data);
    map.emphasis.setFocus(this.focus);
  }
}
