import type { ParseResult } from '../data/types.js';
import { preloadCluster } from '../map/cluster-loader.js';
import type { MapInput } from '../map/map-input.js';
import { mapInputOf, type MapInputSettings } from './labels.js';
import { viewModel, viewModelSteps, type ViewModel } from './view-model.js';
import { finishInTasks, nextTask, until } from '../data/slices.js';
import { countries } from '../data/world.js';

const EMPTY: ParseResult = { data: { projects: [], partners: [], events: [] }, errors: [] };

/** What the model is derived from, besides the data: what the map input is made of, the project
 *  filter and the projects' colours. */
export interface ModelSettings extends Omit<MapInputSettings, 'vm'> {
  readonly projects: readonly string[] | null;
  /** A project's colour as the page styles it, else the palette's. */
  readonly colour: (id: string, index: number) => string;
}

/**
 * The element's derived state: the view model (made again only when the data or the project filter
 * changes: a large network's selection is worth keeping) and the map's input (made again when what
 * the map draws changes: not on every keystroke in the search box).
 */
export class Model {
  private current: ViewModel | undefined;
  /** What the map draws now; undefined before the first update. */
  input: MapInput | undefined;
  /** A large network's new data, and the settings of the latest update, until it is derived. */
  private deferred: { readonly parsed: ParseResult; settings: ModelSettings } | undefined;
  /** A large network's new filter, the settings of the latest update, and when it is drawn. */
  private refilter: { settings: ModelSettings; drawn: Promise<void> } | undefined;

  /** `requestUpdate` asks the element for an update (once a deferred view model is derived). */
  constructor(private readonly requestUpdate: () => void) {}

  /** Whether new data's view model is still being derived (the element shows it loading). */
  get pending(): boolean {
    return this.deferred !== undefined;
  }

  /** While a large network's new filter is derived: what resolves once it is (then updated).
   *  The element's updateComplete waits for it, so that a host reads the new selection. */
  get refiltered(): Promise<void> | undefined {
    return this.refilter?.drawn;
  }

  /** The projects asked for while a large network's new filter is derived (null: all), so that
   *  the filter bar shows them at once; undefined otherwise. */
  get asked(): readonly string[] | null | undefined {
    return this.refilter ? this.refilter.settings.projects : undefined;
  }

  /** The view model now (an empty one before any data). */
  get vm(): ViewModel {
    return (this.current ??= viewModel({ parsed: EMPTY, projects: null, layers: [], colour: () => '' }));
  }

  /** Derives again what `changed` (an element property name) and new data make stale. */
  update(parsed: ParseResult | undefined, s: ModelSettings, changed: (key: string) => boolean): void {
    const data = parsed ?? EMPTY;
    if (this.current && data !== this.current.parsed && sizeOf(data) > DERIVED_APART) {
      // A large network's new data: its view model is derived in tasks of its own and drawn in the
      // next (together, 10,000 projects made one task of ~170 ms); meanwhile the old one stays.
      this.refilter = undefined;
      if (this.deferred?.parsed === data) this.deferred.settings = s;
      else this.defer(data, s);
      return;
    }
    this.deferred = undefined;
    if (this.current && data === this.current.parsed && (changed('projects') || changed('partner')) && sizeOf(data) > DERIVED_APART)
      return this.deferFilter(data, s);
    if (this.refilter) this.refilter.settings = s;
    if (!this.current || data !== this.current.parsed || changed('projects') || changed('partner')) {
      this.refilter = undefined;
      return this.derive(data, s);
    }
    const drawn = ['projects', 'partner', 'layers', 'lang', 'tiles', 'tilesCrossOrigin', 'clusterThreshold'];
    if (!this.input || this.input.selection !== this.current.selection || this.input.tiles !== s.tiles || drawn.some(changed)) {
      this.input = mapInputOf({ ...s, vm: this.current });
    }
  }

  /** The view model of `data`, and the map's input made of it. */
  private derive(data: ParseResult, s: ModelSettings): void {
    this.made(viewModel({ parsed: data, projects: s.projects, layers: s.layers, colour: s.colour }), s);
  }

  private made(vm: ViewModel, s: ModelSettings): void {
    this.current = vm;
    if (vm.selection.partners.length > s.clusterThreshold) preloadCluster(vm.selection);
    this.input = mapInputOf({ ...s, vm });
  }

  /** Derives a large network's new data's view model in slices (see sliced), then asks for an
   *  update (to draw it). Newer data stops it: that data is derived instead. */
  private defer(data: ParseResult, settings: ModelSettings): void {
    const job = (this.deferred = { parsed: data, settings });
    void this.sliced(data, job, () => this.deferred === job).then((made) => {
      if (!made) return;
      this.deferred = undefined;
      this.requestUpdate();
    });
  }

  /** Derives a large network's new selection like new data (100,000 partners at once were one
   *  task of ~265 ms after a click on a project): the old one stays drawn until it is done, then
   *  the element updates. A newer filter stops it, and is derived instead. */
  private deferFilter(data: ParseResult, settings: ModelSettings): void {
    const job: NonNullable<Model['refilter']> = (this.refilter = { settings, drawn: Promise.resolve() });
    job.drawn = this.sliced(data, job, () => this.refilter === job).then((made) => {
      if (!made) return;
      this.refilter = undefined;
      this.requestUpdate();
    });
  }

  /** Derives `data`'s view model over tasks of up to SLICE_BUDGET ms from the next task on while
   *  `latest` holds, then, in a task of its own, makes it the model's as `job`'s settings are by
   *  then; whether it did. */
  private async sliced(data: ParseResult, job: { readonly settings: ModelSettings }, latest: () => boolean): Promise<boolean> {
    const { projects, layers, colour } = job.settings;
    await nextTask();
    const vm = await finishInTasks(until(viewModelSteps({ parsed: data, projects, layers, colour }), latest), SLICE_BUDGET);
    await nextTask();
    if (!vm || !latest()) return false;
    const s = job.settings;
    // The filter or the layers changed while it was derived (rare): derived again, at once. By
    // their ids: each update works the element's filter out again, as a new list.
    if (!sameIds(s.projects, projects) || !sameIds(s.layers, layers)) this.derive(data, s);
    else this.made(vm, s);
    return true;
  }
}

const sameIds = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === b || (!!a && !!b && a.length === b.length && a.every((id, i) => id === b[i]));

/** A large network's view model is derived in slices over tasks of up to this many ms each. */
const SLICE_BUDGET = 30;

/** A network with more entries than this has its new data's view model derived apart (see update). */
const DERIVED_APART = 5000;
const sizeOf = ({ data }: ParseResult): number => data.projects.length + data.partners.length + data.events.length;

/** Whether the data has a project, partner, event or country of that id (a link's ids are checked
 *  against it); a country is any on the world map, or one the data names. */
export const knownIn =
  (vm: ViewModel) =>
  (kind: 'project' | 'partner' | 'event' | 'country', id: string): boolean =>
    kind === 'project'
      ? vm.looks.has(id)
      : kind === 'partner'
        ? !!vm.partner(id)
        : kind === 'event'
          ? vm.data.events.some((e) => e.id === id)
          : countries().byCode.has(id) || vm.data.partners.some((p) => p.country === id) || vm.data.projects.some((p) => p.targetMarkets.includes(id));
