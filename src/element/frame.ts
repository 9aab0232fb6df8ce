/** The widget's whole template: the title bar, the toggles, the data problems, the stage (the map
 *  with what lies over it, or the list) with the details panel, and the live region. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LayerName, Project } from '../data/types.js';
import type { Lang, Messages } from '../i18n/messages.js';
import type { MapController } from '../map/map-controller.js';
import { tourLine } from '../present/tour-caption.js';
import type { DetailsContext } from '../ui/details.js';
import { filters } from '../ui/filters.js';
import type { SearchInput } from '../ui/search.js';
import type { Choices } from './choices.js';
import type { DetailsController } from './details-controller.js';
import { dataProblems, detailsPanel } from './details-panel.js';
import { header } from './header.js';
import { mapOverlays } from './map-overlays.js';
import type { ToolsInput } from './tools.js';
import type { ViewModel } from './view-model.js';

export interface FrameInput {
  readonly vm: ViewModel;
  readonly lang: Lang;
  readonly msg: Messages;
  readonly summary: string;
  /** The title (the host's `heading`, a partner's view's or the widget's own). */
  readonly title: string;
  /** The projects the toggles offer. */
  readonly offered: readonly Project[];
  /** The projects asked for while a large network's new filter is derived (null: all offered), or
   *  undefined: the toggles show them at once, the map and counts once derived. */
  readonly asked: readonly string[] | null | undefined;
  /** Ids the embed or a script named that the data does not have, said in the widget. */
  readonly unknownIds: TemplateResult | typeof nothing;
  readonly search: Omit<SearchInput, 'lang' | 'msg'>;
  readonly layers: readonly LayerName[];
  readonly isList: boolean;
  readonly loading: boolean;
  /** The note while data loads: how far it has come (bytes read, entries being checked). */
  readonly progress: () => TemplateResult;
  /** On phones: whether the toggles are unfolded. */
  readonly panelsOpen: boolean;
  readonly clusterError: boolean;
  /** Why the host's `tiles` template was not used (English, for the developer). */
  readonly tilesProblem: string | undefined;
  readonly clustered: boolean;
  readonly announcement: string;
  readonly tilesAttribution: string | undefined;
  /** What the details panel shows, if it is open; its close button and "Show links". */
  readonly details: Pick<DetailsController, 'target' | 'links' | 'toggleLinks' | 'close' | 'pager'>;
  /** What the links inside the details do. */
  readonly detailsActions: Pick<DetailsContext, 'open' | 'focusProject'>;
  /** The list view, drawn only when it is shown. */
  readonly list: () => TemplateResult;
  readonly inset: () => TemplateResult | typeof nothing;
  readonly tools: Omit<ToolsInput, 'msg' | 'tourLine'>;
  readonly onKeydown: (e: KeyboardEvent) => void;
  /** A pointer or wheel anywhere in the widget (it pauses the tour). */
  readonly onPointer: (e: Event) => void;
  /** The project and layer toggles, and the map/list switch. */
  readonly choices: Pick<Choices, 'toggleProject' | 'toggleLayer' | 'setView' | 'toggles'>;
  readonly onPanels: () => void;
  /** A project chosen in the legend. */
  readonly onLegendProject: (id: string) => void;
  /** The zoom, fit and pan buttons. */
  readonly map: Pick<MapController, 'zoomIn' | 'zoomOut' | 'fitAll' | 'panBy'>;
}

export function frame(f: FrameInput): TemplateResult {
  const { vm, msg, lang, details, choices, map, tools } = f;
  const { selection, looks } = vm;
  const target = details.target(vm);
  const links = { shown: details.links, toggle: () => details.toggleLinks() };
  const onView = (view: 'map' | 'list') => choices.setView(view);
  // The first data on its way (nothing drawn yet): the summary says so, not "0 partners".
  const firstLoad = f.loading && !vm.data.projects.length && !vm.data.partners.length && !vm.data.events.length;
  return html`
    <div class="frame" lang=${lang} @keydown=${f.onKeydown} @pointerdown=${f.onPointer} @wheel=${f.onPointer}>
      ${header({ msg, title: f.title, summary: firstLoad ? msg.loading : f.summary, search: { ...f.search, lang, msg }, isList: f.isList, panelsOpen: f.panelsOpen, onView, onPanels: f.onPanels })}
      <div class="filters ${f.panelsOpen ? 'open' : ''}" id="filters" part="filters">
        ${filters({
          projects: f.offered,
          visible: new Set(f.asked === undefined ? selection.projects.map((p) => p.id) : (f.asked ?? f.offered.map((p) => p.id))),
          counts: vm.counts,
          looks,
          layers: f.layers,
          msg,
          onProject: (id) => choices.toggleProject(id),
          onLayer: (layer) => choices.toggleLayer(layer),
          pager: choices.toggles,
        })}
      </div>
      ${dataProblems(vm.parsed.errors, msg)} ${f.unknownIds}
      ${f.clusterError ? html`<p class="errors cluster-error" role="alert">${msg.clusterFailed}</p>` : nothing}
      ${f.tools.tour.failed ? html`<p class="errors tour-error" role="alert">${msg.tourFailed}</p>` : nothing}
      ${f.tilesProblem ? html`<p class="errors tiles-error">${msg.tilesRefused} <span lang="en">${f.tilesProblem}</span></p>` : nothing}
      <div class="stage ${target ? 'with-details' : ''}" aria-busy=${f.loading ? 'true' : 'false'}>
        ${f.loading ? f.progress() : nothing}
        <div class="map" part="map" ?hidden=${f.isList}></div>
        ${
          f.isList
            ? f.list()
            : mapOverlays({
                msg,
                loading: firstLoad,
                inset: f.inset(),
                legend: { selection, layers: f.layers, looks, msg, onProject: (p) => f.onLegendProject(p.id), clustered: f.clustered },
                tools: { ...tools, msg, tourLine: tools.tour.current ? tourLine(msg, vm.data, tools.tour.current) : '' },
                zoomIn: () => map.zoomIn(),
                zoomOut: () => map.zoomOut(),
                fitAll: () => map.fitAll(),
                pan: (dx, dy) => map.panBy(dx, dy),
                tilesAttribution: f.tilesAttribution,
              })
        }
        ${detailsPanel({ data: vm.data, selection, lang, msg, looks, ...f.detailsActions, links, pager: details.pager }, target, msg, () => details.close())}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">${f.announcement}</div>
      <p id="map-keys" hidden>${msg.mapKeys}</p>
    </div>
  `;
}
