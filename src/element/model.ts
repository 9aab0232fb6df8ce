import type { LayerName, ParseResult } from '../data/types.js';
import type { Lang, Messages } from '../i18n/messages.js';
import { preloadCluster } from '../map/cluster-loader.js';
import type { MapInput } from '../map/map-input.js';
import { mapInputOf } from './labels.js';
import { viewModel, type ViewModel } from './view-model.js';

const EMPTY: ParseResult = { data: { projects: [], partners: [], events: [] }, errors: [] };

/** What the model is derived from, besides the data. */
export interface ModelSettings {
  readonly projects: readonly string[] | null;
  readonly layers: readonly LayerName[];
  readonly tiles: string | undefined;
  readonly clusterThreshold: number;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly onSelect: MapInput['onSelect'];
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

  /** The view model now (an empty one before any data). */
  get vm(): ViewModel {
    return (this.current ??= viewModel({ parsed: EMPTY, projects: null, layers: [], colour: () => '' }));
  }

  /** Derives again what `changed` (an element property name) and new data make stale. */
  update(parsed: ParseResult | undefined, s: ModelSettings, changed: (key: string) => boolean): void {
    const data = parsed ?? EMPTY;
    if (!this.current || data !== this.current.parsed || changed('projects')) {
      this.current = viewModel({ parsed: data, projects: s.projects, layers: s.layers, colour: s.colour });
      if (this.current.selection.partners.length > s.clusterThreshold) preloadCluster(this.current.selection);
    }
    const vm = this.current;
    const drawn = ['projects', 'layers', 'lang', 'tiles', 'clusterThreshold'];
    if (!this.input || this.input.selection !== vm.selection || drawn.some(changed)) {
      this.input = mapInputOf({ vm, layers: s.layers, tiles: s.tiles, clusterThreshold: s.clusterThreshold, lang: s.lang, msg: s.msg, onSelect: s.onSelect });
    }
  }
}
