import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledData } from './generated/bundled-data.js';
import { parseCollaborations } from './data/parse.js';
import { loadCollaborations } from './data/load.js';
import { isLead, select, type Selection, type VisiblePartner } from './data/selectors.js';
import { searchPartners, type SearchHit } from './data/search.js';
import { LAYERS, type CollabEvent, type DataError, type LayerName, type ParseResult, type Partner, type Project } from './data/types.js';
import { MESSAGES, resolveLang, type Lang, type Messages } from './i18n/messages.js';
import { countryName, formatCompact, formatCount, formatDateRange } from './i18n/format.js';
import { MapController, isClustered, type DetailsTarget, type Insets, type MapHost, type MapInput } from './map/map-controller.js';
import { preloadCluster } from './map/cluster-loader.js';
import { dashOf, projectColour, type ProjectLook } from './graphics/colours.js';
import { shapeOf } from './graphics/shapes.js';
import { countryDetails, eventDetails, partnerDetails, projectDetails, type DetailsContext } from './ui/details.js';
import { groupDetails } from './ui/group-details.js';
import { filters } from './ui/filters.js';
import { legend } from './ui/legend.js';
import { DEFAULT_SORT, listView, type SortState } from './ui/list-view.js';
import { search } from './ui/search.js';
import { styles } from './partner-map.styles.js';
import { TourController, type TourStep, type TourHost } from './present/tour.js';
import type { UrlState } from './present/url-state.js';
import { UrlSyncController, type UrlSyncHost } from './present/url-sync.js';
import { exportSvg, svgToPng } from './present/svg-export.js';

export type MapReadyEvent = CustomEvent<{ partners: number; markets: number }>;
export type DataErrorEvent = CustomEvent<{ errors: readonly DataError[] }>;
export type PartnerSelectEvent = CustomEvent<{ partner: Partner }>;
export type ProjectsChangeEvent = CustomEvent<{ projects: string[] }>;
export type TourStepEvent = CustomEvent<{ project: string; step: 'consortium' | 'reach' }>;

export type View = 'map' | 'list';
export type Theme = 'light' | 'dark' | 'auto';

/** A target market as the element reports it: the country and the ids of the projects reaching it. */
export interface MarketSummary {
  readonly country: string;
  readonly projects: readonly string[];
}

/** Space-separated ids ↔ list; an absent attribute means "all". */
const idList = {
  fromAttribute: (v: string | null): string[] | null => (v === null ? null : v.split(/\s+/).filter(Boolean)),
  toAttribute: (v: readonly string[] | null): string | null => (v === null ? null : v.join(' ')),
};

const layerList = {
  fromAttribute: (v: string | null): LayerName[] => (v === null ? [...LAYERS] : LAYERS.filter((l) => v.split(/\s+/).includes(l))),
  toAttribute: (v: readonly LayerName[]): string => v.join(' '),
};

/** What the details panel shows: a kind and an id, resolved against the current data (a group of
 *  partners sharing a place carries its members: it has no id of its own). */
type Selected = { readonly kind: Exclude<DetailsTarget['kind'], 'group'>; readonly id: string } | (DetailsTarget & { readonly kind: 'group'; readonly id: '' });

/** Partners, per project, per model: the filter toggles show them (computed once per data). */
const projectCounts = new WeakMap<object, Map<string, number>>();
/** Visible countries, per selection (the summary says how many). */
const countryCounts = new WeakMap<Selection, number>();
/** Partners by id, per model: selections and details look them up on every render. */
const partnerIds = new WeakMap<object, Map<string, Partner>>();

/** The bundled data, parsed once per language per page. */
const bundled = new Map<Lang, ParseResult>();

/** Small stroke icons for the controls (the media-control glyphs are missing from common fonts). */
const ICONS = {
  play: svg`<path d="M4 2.5v11l9-5.5z" fill="currentColor" stroke="none"/>`,
  pause: svg`<path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" stroke="none"/>`,
  previous: svg`<path d="M3 2.5v11M13 2.5v11L5 8z" fill="currentColor"/>`,
  next: svg`<path d="M13 2.5v11M3 2.5v11L11 8z" fill="currentColor"/>`,
  stop: svg`<path d="M3.5 3.5h9v9h-9z" fill="currentColor" stroke="none"/>`,
};
const icon = (name: keyof typeof ICONS) => html`<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" stroke="currentColor" stroke-width="1.6">${ICONS[name]}</svg>`;

/** Problems listed inside the widget; the data-error event carries them all. */
const ERRORS_SHOWN = 50;

/** Every event the widget fires crosses the shadow boundary and bubbles (declared with @fires). */
const widgetEvent = (type: string, detail: unknown): CustomEvent => new CustomEvent(type, { detail, bubbles: true, composed: true });

/**
 * An interactive, offline map of international collaborations: each project's consortium, the
 * target markets its programme reaches, and its events; with filters, search, details and a list
 * view. Drawn from bundled data with no request to any other host; Leaflet lives inside the
 * shadow root and writes no global.
 *
 * @element partner-map
 *
 * @attr {string} projects - Space-separated project ids to show (default: all). Kept in sync with the project toggles.
 * @attr {string} layers - Space-separated layers to show, of `consortia reach events` (default: all). Kept in sync with the layer toggles.
 * @attr {"map" | "list"} view - `map` (default) or `list`: the same filtered data as sortable tables.
 * @attr {string} lang - `en`, `ca` or `es`; without it, the nearest ancestor's `lang`, else English.
 * @attr {string} tiles - Optional raster tile URL template (`https://…/{z}/{x}/{y}.png`) drawn under the data.
 * @attr {string} tiles-attribution - Attribution for `tiles`, shown as plain text.
 * @attr {string} src - URL of a collaboration GeoJSON file that replaces the bundled data (loaded with a loading state; the latest `src` wins).
 * @attr {"light" | "dark" | "auto"} theme - Colour theme; `auto` (default) follows the visitor's system setting.
 * @attr {number} tour - Seconds per step of the tour; when set, the tour starts by itself once the map is drawn.
 * @attr {boolean} presentation - Larger text, marks and controls, to read from the back of a room.
 * @attr {number} cluster-threshold - Past this many visible partners (default 300), partners other than leads are grouped (clustered) and drawn on a canvas; `0` groups always.
 * @attr {string} sync-url - Keeps the state (projects, layers, view, selection, centre and zoom) in the page's URL hash under this key (default `map`), leaving the rest of the hash alone.
 *
 * @prop {object} data - A parsed collaboration FeatureCollection replacing the bundled data (and `src`).
 * @prop {number} srcTimeout - How long a `src` request may take, in ms (default 15000).
 * @prop {Partner[]} partners - Read-only: the partners visible now (after the project filter).
 * @prop {MarketSummary[]} markets - Read-only: the target markets visible now, each with the ids of the projects reaching it.
 *
 * @fires map-ready - When the map has drawn its data: at start, and again after new `data` or `src` is drawn. `detail: { partners, markets }` (counts drawn).
 * @fires data-error - When the data has problems. `detail: { errors: { path, message }[] }`; valid features are still drawn.
 * @fires partner-select - A partner was selected (map, search, list or `selectPartner()`). `detail: { partner }`.
 * @fires projects-change - The visitor changed the project filter. `detail: { projects }` (the ids now shown).
 * @fires tour-step - The tour showed a step. `detail: { project, step }`, step `consortium` or `reach`.
 *
 * @csspart header - The title bar: title, summary, search and the map/list switch.
 * @csspart filters - The project and layer toggles.
 * @csspart map - The map area.
 * @csspart legend - The legend.
 * @csspart details - The details panel.
 * @csspart list - The list view.
 *
 * @cssprop [--partner-map-height=480px] - Height of the whole widget.
 * @cssprop [--partner-map-font=system-ui, sans-serif] - Font family.
 * @cssprop [--partner-map-sea=#dfe9f1] - Sea (map background).
 * @cssprop [--partner-map-land=#f3f1ec] - Land fill.
 * @cssprop [--partner-map-borders=#b9b2a5] - Country borders.
 * @cssprop [--partner-map-text=#1f2328] - Text colour.
 * @cssprop [--partner-map-background=#ffffff] - Panels' background.
 * @cssprop [--partner-map-accent=#0b5cad] - Focus rings, links and pressed toggles.
 * @cssprop [--partner-map-muted=#57606a] - Secondary text.
 * @cssprop [--partner-map-line=#d0d7de] - Panel borders.
 * @cssprop [--partner-map-line-soft=#e4e8ec] - Separators inside panels and tables.
 * @cssprop [--partner-map-control-border=#8c959f] - Borders of buttons, toggles and the search box.
 * @cssprop [--partner-map-hover=#f3f4f6] - Hovered buttons.
 * @cssprop [--partner-map-warning=#fff8c5] - Background of the data-problems message.
 * @cssprop [--partner-map-warning-line=#d4a72c] - Its border.
 * @cssprop [--partner-map-chip=#fbeed2] - Target-market chips in project details.
 * @cssprop [--partner-map-chip-line=#e0b860] - Their border.
 * @cssprop [--partner-map-scale=1] - How much larger text, marks and controls are drawn (1.5 with `presentation`).
 * @cssprop --partner-map-color-<project-id> - A project's colour (defaults: Okabe–Ito palette).
 */
export class PartnerMap extends LitElement implements MapHost, TourHost, UrlSyncHost {
  static override styles = styles;

  /** Project ids to show; null shows every project. */
  @property({ converter: idList, reflect: true }) projects: string[] | null = null;

  /** Layers to show. */
  @property({ converter: layerList, reflect: true }) layers: LayerName[] = [...LAYERS];

  /** Map or list view. */
  @property({ reflect: true }) view: View = 'map';

  @property({ reflect: true }) override lang = '';

  @property() tiles: string | undefined;

  @property({ attribute: 'tiles-attribution' }) tilesAttribution: string | undefined;

  /** A collaboration FeatureCollection (parsed JSON) that replaces the bundled data and `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of a collaboration GeoJSON file that replaces the bundled data. */
  @property() src: string | undefined;

  /** Colour theme; `auto` follows prefers-color-scheme. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** How long a `src` request may take, in milliseconds. */
  @property({ attribute: false }) srcTimeout = 15000;

  /** Seconds per tour step; when set as an attribute, the tour plays by itself. */
  @property({ type: Number }) tour: number | undefined;

  /** Larger text, marks and controls for a room. */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /** Past this many visible partners, they are clustered (leads stay single marks). */
  @property({ type: Number, attribute: 'cluster-threshold' }) clusterThreshold = 300;

  /** The key under which the state lives in the URL hash; unset, the URL is left alone. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  @state() private loading = false;
  /** The clustering module did not load (a host serving only partner-map.js, offline). */
  @state() private clusterError = false;

  @state() private parsed: ParseResult | undefined;
  @state() private selected: Selected | undefined;
  @state() private query = '';
  @state() private searchOpen = false;
  @state() private searchActive = -1;
  @state() private sort: SortState = DEFAULT_SORT;
  @state() private listPage = 0;
  @state() private panelsOpen = false;
  /** What the polite live region says: selections, filter and view changes. */
  @state() private announcement = '';

  private readonly mapController = new MapController(this);
  private readonly tourController = new TourController(this);
  private readonly urlSync = new UrlSyncController(this);
  private readonly onFullscreenChange = () => this.requestUpdate();
  private input: MapInput | undefined;
  private selectionCache: Selection | undefined;
  private lookCache: Map<string, ProjectLook> | undefined;
  /** Where focus was when details opened, to return there when they close. */
  private returnFocus: HTMLElement | null = null;
  /** Aborts the `src` request in flight when a newer one starts or the element leaves. */
  private loadAbort: AbortController | undefined;

  /** @internal */
  get mapContainer(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.map');
  }

  /** The language in use: own `lang`, else the nearest ancestor's, else English. */
  get language(): Lang {
    return resolveLang(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  private get msg(): Messages {
    return MESSAGES[this.language];
  }

  private get model(): ParseResult['data'] {
    return (this.parsed ?? { data: { projects: [], partners: [], events: [] } }).data;
  }

  /** The partners visible now (after the project filter). */
  get partners(): Partner[] {
    return (this.selectionCache?.partners ?? []).map((v) => v.partner);
  }

  /** The target markets visible now, with the ids of the projects that reach each. */
  get markets(): MarketSummary[] {
    return (this.selectionCache?.markets ?? []).map((m) => ({ country: m.country, projects: m.projects.map((p) => p.id) }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    // A src load cut short by a disconnect starts again.
    if (this.src && this.data === undefined && this.loading) this.load(this.src);
  }

  /** @internal */
  applyUrlState(s: UrlState): void {
    if (s.projects) this.projects = [...s.projects];
    if (s.layers) this.layers = [...s.layers];
    this.view = s.view ?? 'map';
    this.selected = s.selected;
    if (s.centre) this.mapController.setView(s.centre);
  }

  /** @internal */
  urlState(): UrlState {
    const centre = this.mapController.currentView() ?? this.urlSync.restoredView;
    return {
      ...(this.projects ? { projects: this.projects } : {}),
      ...(this.layers.length !== LAYERS.length ? { layers: this.layers } : {}),
      view: this.view,
      ...(this.selected && this.selected.kind !== 'group' ? { selected: { kind: this.selected.kind, id: this.selected.id } } : {}),
      ...(centre ? { centre } : {}),
    };
  }

  /** @internal */
  initialView(): { lat: number; lng: number; zoom: number } | undefined {
    return this.urlSync.restoredView;
  }

  /** @internal */
  mapMoved(): void {
    this.urlSync.write();
  }

  /** @internal */
  markScale(): number {
    return Number.parseFloat(getComputedStyle(this).getPropertyValue('--partner-map-scale')) || 1;
  }

  /** @internal */
  tourSteps(): TourStep[] {
    return (this.selectionCache?.projects ?? []).flatMap((project): TourStep[] =>
      project.targetMarkets.length && this.layers.includes('reach') ? [{ project, step: 'consortium' }, { project, step: 'reach' }] : [{ project, step: 'consortium' }],
    );
  }

  /** @internal */
  tourSeconds(): number {
    return this.tour && this.tour > 0 ? this.tour : 8;
  }

  /** @internal */
  showTourStep({ project, step }: TourStep): void {
    this.selected = { kind: 'project', id: project.id };
    void this.updateComplete.then(() => this.mapController.focusProject(project, step === 'reach'));
    this.announce(this.msg.tourStatus(project.name, this.msg.tourSteps[step], this.tourController.index + 1, this.tourController.count));
    this.emit('tour-step', { project: project.id, step });
  }

  /** Starts the tour (or resumes it), stepping through the visible projects. */
  playTour(): void {
    this.tourController.play();
  }

  /** Stops the tour. */
  stopTour(): void {
    this.tourController.stop();
  }

  /** Puts the whole widget (map and panels) in full screen, or takes it out. */
  async toggleFullscreen(): Promise<void> {
    if (document.fullscreenElement === this) await document.exitFullscreen();
    else await this.requestFullscreen();
  }

  /** The map as it is now, as a standalone SVG document (drawn from the data). */
  exportSVG(): string {
    const { width, height } = this.mapController.size();
    const style = getComputedStyle(this);
    const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const msg = this.msg;
    return exportSvg({
      width: width || 960,
      height: height || 540,
      project: (lon, lat) => this.mapController.screenPoint(lon, lat),
      marks: this.mapController.markPoints(),
      data: this.model,
      selection: this.selectionCache as Selection,
      layers: this.layers,
      looks: this.lookCache ?? new Map(),
      colours: {
        sea: css('--partner-map-sea', '#dfe9f1'),
        land: css('--partner-map-land', '#f3f1ec'),
        borders: css('--partner-map-borders', '#b9b2a5'),
        text: css('--partner-map-text', '#1f2328'),
        background: css('--partner-map-background', '#ffffff'),
      },
      title: msg.title,
      summary: this.summaryText(),
      attribution: `Leaflet · ${msg.basemap}${this.tilesAttribution ? ` · ${this.tilesAttribution}` : ''}`,
      legend: { lead: msg.leadMark, reachedBy: msg.reachedBy, event: msg.event },
      ...this.clusteredExport(),
    });
  }

  /** A clustered map's groups and single partners as drawn now, for the export. */
  private clusteredExport(): { clustered?: NonNullable<Parameters<typeof exportSvg>[0]['clustered']> } {
    const index = this.mapController.drawnClusterIndex();
    if (!index) return {};
    const items = this.mapController.clusterItems();
    const leads = (this.selectionCache?.partners ?? []).filter(isLead);
    const singles = items.flatMap(({ item }) => (item.kind === 'partner' ? (index.partners[item.index] ? [index.partners[item.index] as VisiblePartner] : []) : []));
    const groups = items.flatMap(({ item, x, y, r }) => (item.kind === 'group' ? [{ x, y, r, count: formatCompact(this.language, item.count), parts: item.parts }] : []));
    return { clustered: { groups, singles: [...singles, ...leads] } };
  }

  /** The map as a PNG, drawn from the SVG export at `scale` (2 by default, for slides). */
  exportPNG(scale = 2): Promise<Blob> {
    const { width, height } = this.mapController.size();
    return svgToPng(this.exportSVG(), width || 960, height || 540, scale);
  }

  private async download(format: 'svg' | 'png'): Promise<void> {
    const blob = format === 'svg' ? new Blob([this.exportSVG()], { type: 'image/svg+xml' }) : await this.exportPNG(2);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `partner-map.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Selects a partner by id: opens its details, flies to it on the map, fires `partner-select`. */
  selectPartner(id: string): void {
    const partner = this.partnerById(id);
    if (!partner) return;
    this.select({ kind: 'partner', partner }, null);
    // After the details panel is drawn, so the flight can keep the partner clear of it.
    void this.updateComplete.then(() => this.mapController.flyTo(partner));
  }

  /** Fits the map to a project's consortium and reach, and opens the project's details. */
  focusProject(id: string): void {
    const project = this.model.projects.find((p) => p.id === id);
    if (!project) return;
    this.select({ kind: 'project', project }, null);
    void this.updateComplete.then(() => this.mapController.focusProject(project));
  }

  /** Fits the map to everything visible. */
  fitAll(): void {
    this.mapController.fitAll();
  }

  /** The first render waits for a task of its own: the host page's script that made the element
   *  (and this module's evaluation) and the widget's first render then never add up to one long task. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
      await nextTask();
      // Validating the bundled data (cached per language) gets a task of its own too.
      if (this.data === undefined && !this.src) this.bundledIn(this.language);
      await nextTask();
    }
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.language;
    if (changed.has('data') || changed.has('src') || !this.parsed) {
      this.loadAbort?.abort();
      this.srcJson = undefined;
      if (this.data !== undefined) this.accept(parseCollaborations(this.data, lang));
      else if (this.src) this.load(this.src);
      else this.accept(this.bundledIn(lang));
    } else if (changed.has('lang') && lang !== this.parsedLang) {
      // Translated data text follows the language; problems were reported already.
      const again = this.data !== undefined ? parseCollaborations(this.data, lang) : this.src ? (this.srcJson === undefined ? undefined : parseCollaborations(this.srcJson, lang)) : this.bundledIn(lang);
      if (again) [this.parsed, this.parsedLang] = [again, lang];
    }
    // The map redraws only when what it draws changes, not on every keystroke in the search box.
    // The selection is made again only when the data or the project filter changes: at 100k
    // partners it is worth keeping (the clustering index and the sorted list are keyed on it).
    const selecting: PropertyKey[] = ['parsed', 'projects', 'lang'];
    if (!this.selectionCache || !this.lookCache || selecting.some((k) => changed.has(k as keyof PartnerMap))) {
      this.selectionCache = select(this.model, { projects: this.projects, layers: this.layers });
      this.lookCache = new Map(this.model.projects.map((p, i) => [p.id, { colour: projectColour(this, p.id, i), shape: shapeOf(i), dash: dashOf(i) }]));
      if (this.selectionCache.partners.length > this.clusterThreshold) preloadCluster(this.selectionCache);
    }
    const drawn: PropertyKey[] = ['parsed', 'projects', 'layers', 'lang', 'tiles', 'clusterThreshold'];
    if (!this.input || drawn.some((k) => changed.has(k as keyof PartnerMap))) this.input = this.mapInputFor(this.selectionCache, this.lookCache);
  }

  private bundledIn(lang: Lang): ParseResult {
    let result = bundled.get(lang);
    if (!result) bundled.set(lang, (result = parseCollaborations(bundledData, lang)));
    return result;
  }

  /** The language the current model's translated texts are in. */
  private parsedLang: Lang | undefined;
  /** The JSON of the current src, to parse again when the language changes. */
  private srcJson: unknown;

  /** Takes a new model; problems are reported once, as an event and inside the widget. */
  private accept(result: ParseResult): void {
    this.parsed = result;
    this.parsedLang = this.language;
    this.loading = false;
    if (result.errors.length) this.emit('data-error', { errors: result.errors });
  }

  private load(url: string): void {
    const abort = new AbortController();
    this.loadAbort = abort;
    this.loading = true;
    // Until the first file arrives there is nothing to draw; a later src keeps the current data
    // on screen until its replacement is ready.
    this.parsed ??= { data: { projects: [], partners: [], events: [] }, errors: [] };
    void loadCollaborations(url, abort.signal, this.srcTimeout, this.language).then((result) => {
      if (!result || this.loadAbort !== abort) return;
      this.srcJson = result.json;
      this.accept(result);
    });
  }

  protected override firstUpdated(): void {
    // On a phone-sized widget the legend starts folded, so the map is not hidden behind it.
    // Measured in the next frame, when the browser lays out anyway: measuring now would force
    // that layout into the task that defines the element (a long task on the host's page).
    requestAnimationFrame(() => {
      const legend = this.renderRoot.querySelector<HTMLDetailsElement>('.legend');
      if (legend && this.offsetWidth > 0 && this.offsetWidth < 560) legend.open = false;
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (['projects', 'layers', 'view', 'selected'].some((k) => changed.has(k as keyof PartnerMap))) this.urlSync.write();
    if (changed.has('tour') && this.tour !== undefined && !this.tourController.active) void this.updateComplete.then(() => this.startTourWhenDrawn());
    if (changed.has('theme') || changed.has('presentation')) this.mapController.restyle();
    const s = this.selected;
    this.mapController.setSelected(s && (s.kind === 'partner' || s.kind === 'event') ? `${s.kind}:${s.id}` : undefined);
  }

  private mapInputFor(selection: Selection, looks: Map<string, ProjectLook>): MapInput {
    return {
      data: this.model,
      selection,
      layers: this.layers,
      looks,
      tiles: this.tiles || undefined,
      partnerLabel: (v) => this.partnerLabel(v),
      eventLabel: (e) => this.eventLabel(e),
      clusterThreshold: Number.isFinite(this.clusterThreshold) ? Math.max(0, this.clusterThreshold) : 300,
      groupLabel: (count, parts, opens) => {
        const lang = this.language;
        const text = parts.map(({ project, count: n }) => `${project.name} ${formatCount(lang, n)}`).join(', ');
        return this.msg.groupLabel(formatCount(lang, count), text, opens);
      },
      groupTip: (count) => this.msg.groupTip(formatCount(this.language, count)),
      compact: (n) => formatCompact(this.language, n),
      onSelect: (target, origin) => this.select(target, origin),
    };
  }

  /** @internal */
  mapInput(): MapInput | undefined {
    // Nothing is drawn while the first src is loading, so map-ready means "the data is drawn".
    return this.loading && !this.drewOnce ? undefined : this.input;
  }

  private drewOnce = false;

  /** @internal */
  mapInsets(): Insets {
    // Measured as drawn (presentation mode zooms the panels), relative to the map's box.
    const map = this.mapContainer?.getBoundingClientRect();
    const legend = this.renderRoot.querySelector<HTMLElement>('.legend')?.getBoundingClientRect();
    const drawer = this.renderRoot.querySelector<HTMLElement>('.drawer')?.getBoundingClientRect();
    if (!map) return { left: 0, right: 0, bottom: 0 };
    // A side panel (wide widgets) covers the right; a bottom sheet (narrow ones) the bottom.
    const side = drawer ? drawer.height > drawer.width : false;
    return {
      left: legend ? Math.max(0, legend.right - map.left) : 0,
      right: drawer && side ? Math.max(0, map.right - drawer.left) : 0,
      bottom: drawer && !side ? Math.max(0, map.bottom - drawer.top) : 0,
    };
  }

  /** Starts an automatic tour (the tour attribute) once the data is on the map. */
  private startTourWhenDrawn(): void {
    if (this.drewOnce) this.tourController.play();
    else this.addEventListener('map-ready', () => this.tourController.play(), { once: true });
  }

  /** @internal */
  mapDrawn(): void {
    this.drewOnce = true;
    const selection = this.input?.selection;
    const detail = { partners: selection?.partners.length ?? 0, markets: selection?.markets.length ?? 0 };
    // After this update has finished, so listeners may set properties without a nested update.
    void this.updateComplete.then(() => this.emit('map-ready', detail));
  }

  /** @internal */
  clusterFailed(error: unknown): void {
    this.clusterError = true;
    console.error('partner-map: the clustering module did not load', error);
  }

  private partnerById(id: string): Partner | undefined {
    const model = this.model;
    let ids = partnerIds.get(model);
    if (!ids) partnerIds.set(model, (ids = new Map(model.partners.map((p) => [p.id, p]))));
    return ids.get(id);
  }

  private emit<K extends keyof GlobalEventHandlersEventMap>(type: K, detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never): void {
    this.dispatchEvent(widgetEvent(type, detail));
  }

  private partnerLabel({ partner, roles: visibleRoles }: VisiblePartner): string {
    const roles = visibleRoles.map(({ project, role }) => `${project.name} (${this.msg.roles[role]})`).join(', ');
    return `${partner.shortName}, ${partner.city}, ${countryName(this.language, partner.country)}: ${roles}`;
  }

  private eventLabel(event: CollabEvent): string {
    return `${this.msg.event}: ${event.name}, ${event.city}, ${formatDateRange(this.language, event.start, event.end, this.msg.datesUnknown)}`;
  }

  /** Says something in the polite live region (again, even if it is the same words). */
  private announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private summaryText(): string {
    const s = this.selectionCache;
    if (!s) return '';
    let countries = countryCounts.get(s);
    if (countries === undefined) countryCounts.set(s, (countries = new Set(s.partners.map((v) => v.partner.country)).size));
    return this.msg.summary(s.projects.length, s.partners.length, countries, s.markets.length);
  }

  /** Opens details for a target; `origin` gets focus back when they close. */
  private select(target: DetailsTarget, origin: HTMLElement | null): void {
    const active = this.shadowRoot?.activeElement;
    this.returnFocus = origin ?? (active instanceof HTMLElement ? active : null);
    if (target.kind === 'group') {
      this.selected = { ...target, id: '' };
    } else {
      const id = target.kind === 'partner' ? target.partner.id : target.kind === 'project' ? target.project.id : target.kind === 'country' ? target.country : target.event.id;
      this.selected = { kind: target.kind, id };
    }
    const name =
      target.kind === 'partner'
        ? target.partner.shortName
        : target.kind === 'project'
          ? target.project.name
          : target.kind === 'country'
            ? countryName(this.language, target.country)
            : target.kind === 'group'
              ? this.msg.groupHere(formatCount(this.language, target.total))
              : target.event.name;
    this.announce(this.msg.detailsOpened(this.msg.kinds[target.kind], name));
    if (target.kind === 'partner') this.emit('partner-select', { partner: target.partner });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.drawer h3')?.focus({ preventScroll: true }));
  }

  private closeDetails(): void {
    this.selected = undefined;
    this.announce(this.msg.detailsClosed);
    const back = this.returnFocus;
    this.returnFocus = null;
    void this.updateComplete.then(() => {
      if (back?.isConnected) back.focus();
      else this.mapContainer?.focus();
    });
  }

  private toggleProject(id: string): void {
    const all = this.model.projects.map((p) => p.id);
    const current = this.projects ?? all;
    const next = current.includes(id) ? current.filter((p) => p !== id) : all.filter((p) => p === id || current.includes(p));
    this.projects = next.length === all.length ? null : next;
    this.listPage = 0;
    this.emit('projects-change', { projects: next });
    void this.updateComplete.then(() => this.announce(this.summaryText()));
  }

  private toggleLayer(layer: LayerName): void {
    this.layers = this.layers.includes(layer) ? this.layers.filter((l) => l !== layer) : LAYERS.filter((l) => l === layer || this.layers.includes(l));
    this.announce(this.layers.map((l) => this.msg.layerNames[l]).join(', ') || '—');
  }

  private setView(view: View): void {
    this.view = view;
    this.announce(this.msg.viewChanged(view === 'list' ? this.msg.listView : this.msg.mapView));
  }

  /** Search results, kept while the query and the visible partners stay the same (every render
   *  asks, and a large network takes a few milliseconds to search). */
  private hits(): SearchHit[] {
    const cache = this.hitsCache;
    const selection = this.selectionCache;
    if (cache && cache.selection === selection && cache.query === this.query) return cache.hits;
    const hits = searchPartners((selection?.partners ?? []).map((v) => v.partner), this.query);
    this.hitsCache = { selection, query: this.query, hits };
    return hits;
  }

  private hitsCache: { selection: Selection | undefined; query: string; hits: SearchHit[] } | undefined;

  private choose(hit: SearchHit): void {
    this.query = '';
    this.searchOpen = false;
    this.searchActive = -1;
    this.selectPartner(hit.partner.id);
    // Focus goes to the details; closing them returns to the search box.
    this.returnFocus = this.renderRoot.querySelector<HTMLElement>('.search input');
  }

  private onSearchKey(e: KeyboardEvent): void {
    const hits = this.hits();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.searchOpen = true;
      if (!hits.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.searchActive = (this.searchActive + step + hits.length) % hits.length;
    } else if (e.key === 'Enter') {
      const hit = hits[Math.max(0, this.searchActive)];
      if (hit && this.query.trim()) {
        e.preventDefault();
        this.choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (this.searchOpen && this.query) e.stopPropagation();
      this.query = '';
      this.searchOpen = false;
      this.searchActive = -1;
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    const tour = this.tourController;
    if (tour.active && !(e.target instanceof HTMLInputElement)) {
      // Space pauses and resumes, arrows step; any other key hands control back to the visitor.
      const keys: Record<string, () => void> = { ' ': () => tour.toggle(), ArrowRight: () => tour.next(), ArrowLeft: () => tour.previous() };
      const act = keys[e.key];
      if (act) {
        e.preventDefault();
        e.stopPropagation();
        return act();
      }
      if (!['Shift', 'Control', 'Alt', 'Meta', 'Tab'].includes(e.key)) tour.stop();
    }
    if (e.key === 'Escape' && this.selected) {
      e.stopPropagation();
      this.closeDetails();
    }
  }

  /** A click, tap or wheel anywhere but on the tour's own controls stops the tour. */
  private onPointer(e: Event): void {
    if (!this.tourController.active) return;
    const inside = e.composedPath().some((n) => n instanceof HTMLElement && (n.classList.contains('tour-bar') || n.classList.contains('tour-play')));
    if (!inside) this.tourController.stop();
  }

  private target(s: Selected): DetailsTarget | undefined {
    const m = this.model;
    if (s.kind === 'group') return s;
    if (s.kind === 'country') return { kind: 'country', country: s.id };
    if (s.kind === 'partner') {
      const partner = this.partnerById(s.id);
      return partner ? { kind: 'partner', partner } : undefined;
    }
    if (s.kind === 'project') {
      const project = m.projects.find((p) => p.id === s.id);
      return project ? { kind: 'project', project } : undefined;
    }
    const event = m.events.find((e) => e.id === s.id);
    return event ? { kind: 'event', event } : undefined;
  }

  private renderDetails(ctx: DetailsContext): TemplateResult | typeof nothing {
    const target = this.selected && this.target(this.selected);
    if (!target) return nothing;
    const body =
      target.kind === 'partner'
        ? partnerDetails(ctx, target.partner)
        : target.kind === 'project'
          ? projectDetails(ctx, target.project)
          : target.kind === 'country'
            ? countryDetails(ctx, target.country)
            : target.kind === 'group'
              ? groupDetails(ctx, target.members, target.total)
              : eventDetails(ctx, target.event);
    // A non-modal dialog: named by its heading, not a landmark, so several widgets never repeat one.
    return html`<section class="drawer" part="details" role="dialog" aria-modal="false" aria-labelledby="details-title" data-kind=${target.kind}>
      <div class="drawer-bar">
        <span class="kind">${this.msg.kinds[target.kind]}</span>
        <button type="button" class="close" aria-label=${this.msg.close} title=${this.msg.close} @click=${() => this.closeDetails()}>×</button>
      </div>
      ${body}
    </section>`;
  }

  private renderTools(msg: Messages): TemplateResult {
    const full = document.fullscreenElement === this;
    const tour = this.tourController;
    return html`<div class="tools-group" role="group">
        <button type="button" class="fullscreen" aria-pressed=${full ? 'true' : 'false'} title=${full ? msg.exitFullscreen : msg.fullscreen} aria-label=${full ? msg.exitFullscreen : msg.fullscreen} @click=${() => void this.toggleFullscreen()}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
            ${full ? svg`<path d="M6 1v5H1M10 1v5h5M6 15v-5H1M10 15v-5h5"/>` : svg`<path d="M1 6V1h5M15 6V1h-5M1 10v5h5M15 10v5h-5"/>`}
          </svg>
        </button>
        <button type="button" class="tour-play" title=${tour.playing ? msg.pauseTour : msg.playTour} aria-label=${tour.playing ? msg.pauseTour : msg.playTour} @click=${() => (tour.active ? tour.toggle() : tour.play())}>${icon(tour.playing ? 'pause' : 'play')}</button>
        <details class="download">
          <summary title=${msg.download} aria-label=${msg.download}>⤓</summary>
          <div class="menu">
            <button type="button" data-format="svg" @click=${() => void this.download('svg')}>${msg.downloadSvg}</button>
            <button type="button" data-format="png" @click=${() => void this.download('png')}>${msg.downloadPng}</button>
          </div>
        </details>
      </div>
      ${tour.active
        ? html`<div class="tour-bar" role="group" aria-label=${msg.playTour}>
            <button type="button" class="tour-previous" title=${msg.previousStep} aria-label=${msg.previousStep} @click=${() => tour.previous()}>${icon('previous')}</button>
            <button type="button" class="tour-toggle" title=${tour.playing ? msg.pauseTour : msg.playTour} aria-label=${tour.playing ? msg.pauseTour : msg.playTour} @click=${() => tour.toggle()}>${icon(tour.playing ? 'pause' : 'play')}</button>
            <button type="button" class="tour-next" title=${msg.nextStep} aria-label=${msg.nextStep} @click=${() => tour.next()}>${icon('next')}</button>
            <span class="tour-status">${tour.current ? msg.tourStatus(tour.current.project.name, msg.tourSteps[tour.current.step], tour.index + 1, tour.count) : ''}</span>
            <button type="button" class="tour-stop" title=${msg.stopTour} aria-label=${msg.stopTour} @click=${() => tour.stop()}>${icon('stop')}</button>
          </div>`
        : nothing}`;
  }

  protected override render(): TemplateResult {
    const parsed = this.parsed as ParseResult;
    const selection = this.selectionCache as Selection;
    const looks = this.lookCache as Map<string, ProjectLook>;
    const msg = this.msg;
    const lang = this.language;
    const ctx: DetailsContext = {
      data: parsed.data,
      selection,
      lang,
      msg,
      looks,
      open: (t) => this.select(t, null),
      focusProject: (p: Project) => this.mapController.focusProject(p),
    };
    let counts = projectCounts.get(parsed.data);
    if (!counts) {
      counts = new Map(parsed.data.projects.map((p) => [p.id, 0]));
      for (const x of parsed.data.partners) for (const id of Object.keys(x.roles)) counts.set(id, (counts.get(id) ?? 0) + 1);
      projectCounts.set(parsed.data, counts);
    }
    const summary = this.summaryText();
    const hits = this.hits();
    const isList = this.view === 'list';
    return html`
      <div class="frame" lang=${lang} @keydown=${(e: KeyboardEvent) => this.onKeydown(e)} @pointerdown=${(e: PointerEvent) => this.onPointer(e)} @wheel=${(e: WheelEvent) => this.onPointer(e)}>
        <div class="header" part="header">
          <div class="titles">
            <h2>${msg.title}</h2>
            <p class="summary" id="summary">${summary}</p>
          </div>
          <div class="tools">
            ${search({
              query: this.query,
              hits,
              active: this.searchActive,
              open: this.searchOpen,
              lang,
              msg,
              onInput: (q) => {
                this.query = q;
                this.searchOpen = true;
                this.searchActive = -1;
              },
              onKey: (e) => this.onSearchKey(e),
              onChoose: (hit) => this.choose(hit),
              onBlur: () => (this.searchOpen = false),
            })}
            <div class="switch" role="group" aria-label=${msg.view}>
              <button type="button" data-view="map" aria-pressed=${isList ? 'false' : 'true'} @click=${() => this.setView('map')}>${msg.mapView}</button>
              <button type="button" data-view="list" aria-pressed=${isList ? 'true' : 'false'} @click=${() => this.setView('list')}>${msg.listView}</button>
            </div>
            <button type="button" class="panels-toggle" aria-expanded=${this.panelsOpen ? 'true' : 'false'} aria-controls="filters" @click=${() => (this.panelsOpen = !this.panelsOpen)}>${msg.filters}</button>
          </div>
        </div>
        <div class="filters ${this.panelsOpen ? 'open' : ''}" id="filters" part="filters">
          ${filters({
            projects: parsed.data.projects,
            visible: new Set(selection.projects.map((p) => p.id)),
            counts,
            looks,
            layers: this.layers,
            msg,
            onProject: (id) => this.toggleProject(id),
            onLayer: (layer) => this.toggleLayer(layer),
          })}
        </div>
        ${parsed.errors.length
          ? html`<details class="errors" role="alert">
              <summary>${msg.dataProblems(parsed.errors.length)}</summary>
              <ul>
                ${parsed.errors.slice(0, ERRORS_SHOWN).map((e) => html`<li><code>${e.path}</code> ${e.message}</li>`)}
                ${parsed.errors.length > ERRORS_SHOWN ? html`<li>${msg.moreProblems(parsed.errors.length - ERRORS_SHOWN)}</li>` : nothing}
              </ul>
            </details>`
          : nothing}
 ${this.clusterError ? html`<p class="errors cluster-error" role="alert">${msg.clusterFailed}</p>` : nothing}
        <div class="stage ${this.selected ? 'with-details' : ''}" aria-busy=${this.loading ? 'true' : 'false'}>
          ${this.loading ? html`<p class="loading" role="status">${msg.loading}</p>` : nothing}
          <div class="map" part="map" role="group" aria-roledescription=${msg.mapRole} aria-label=${msg.mapLabel} aria-describedby="summary" ?hidden=${isList}></div>
          ${isList
            ? listView({
                selection,
                sort: this.sort,
                looks,
                lang,
                msg,
                selectedPartner: this.selected?.kind === 'partner' ? this.selected.id : undefined,
                page: this.listPage,
                onSort: (s) => {
                  this.sort = s;
                  this.listPage = 0;
                },
                onPage: (p) => (this.listPage = p),
                onPartner: (id, origin) => {
                  const partner = this.partnerById(id);
                  if (partner) this.select({ kind: 'partner', partner }, origin);
                },
                onCountry: (country, origin) => this.select({ kind: 'country', country }, origin),
              })
            : html`${legend({ selection, layers: this.layers, looks, msg, onProject: (p) => this.focusProject(p.id), clustered: this.input ? isClustered(this.input) : false })}
                <div class="zoom" role="group">
                  <button type="button" class="zoom-in" title=${msg.zoomIn} aria-label=${msg.zoomIn} @click=${() => this.mapController.zoomIn()}>+</button>
                  <button type="button" class="zoom-out" title=${msg.zoomOut} aria-label=${msg.zoomOut} @click=${() => this.mapController.zoomOut()}>−</button>
                  <button type="button" class="fit" title=${msg.fitAll} aria-label=${msg.fitAll} @click=${() => this.fitAll()}>⤢</button>
                </div>
                ${this.renderTools(msg)}
                ${selection.projects.length ? nothing : html`<p class="empty">${msg.noProjects}</p>`}
                <p class="attribution">Leaflet · ${msg.basemap}${this.tilesAttribution ? html` · ${this.tilesAttribution}` : nothing}</p>`}
          ${this.renderDetails(ctx)}
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">${this.announcement}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partner-map': PartnerMap;
  }
  interface GlobalEventHandlersEventMap {
    'map-ready': MapReadyEvent;
    'data-error': DataErrorEvent;
    'partner-select': PartnerSelectEvent;
    'projects-change': ProjectsChangeEvent;
    'tour-step': TourStepEvent;
  }
}
