import type { PropertyValues, TemplateResult } from 'lit';
import { PartnerMapProperties } from './element/properties.js';
import type { Partner } from './data/types.js';
import type { ExportOptions, MarketSummary } from './element/api.js';
import { resolveLang, type Lang, type Messages } from './i18n/messages.js';
import { LanguageController } from './element/language.js';
import { MapController } from './map/map-controller.js';
import { nextTask } from './map/tasks.js';
import { isClustered } from './map/map-input.js';
import { styles } from './partner-map.styles.js';
import { viewCaption } from './present/tour-caption.js';
import type { TourStep } from './present/tour.js';
import { TourSlot } from './present/tour-slot.js';
import { ReadyNotice, readyDetail } from './element/ready.js';
import { deepFreeze } from './data/freeze.js';
import type { UrlStateInput } from './present/url-state.js';
import { UrlSyncSlot } from './present/url-sync-slot.js';
import { DataSource } from './element/data-source.js';
import { DetailsController } from './element/details-controller.js';
import type { ExportState } from './element/export.js';
import { ExportSlot } from './element/export-slot.js';
import { targetName } from './element/labels.js';
import { Navigation } from './element/navigation.js';
import { SearchController } from './element/search-controller.js';
import { frame } from './element/frame.js';
import { overlayInsets } from './element/insets.js';
import { foldLegendOnPhones } from './element/map-overlays.js';
import { ReachInsetController } from './element/reach-inset-controller.js';
import { ListController } from './element/list-controller.js';
import { Model, knownIn } from './element/model.js';
import { PartnerViewState, titleOf } from './element/partner-view.js';
import { summaryOf } from './element/summary.js';
import { FullscreenController } from './element/fullscreen.js';
import { TilesSetting } from './element/tiles-setting.js';
import { ShareSlot } from './element/share-slot.js';
import { Voice } from './element/voice.js';
import { Choices } from './element/choices.js';
import { flowData } from './element/data-flow.js';
import { ProgressSlot } from './element/progress-slot.js';
import { widgetKeys } from './element/keys.js';

/**
 * An interactive, offline map of international collaborations: each project's consortium, the
 * target markets its programme reaches, and its events; with filters, search, details and a list
 * view. Drawn from bundled data with no request to any other host; Leaflet lives inside the
 * shadow root and writes no global.
 *
 * @element partner-map
 *
 * @attr {string} projects - Space-separated project ids to show (default: all); only their toggles are offered. Kept in sync with the project toggles.
 * @attr {string} partner - A partner's own view: only the projects that organisation is in, its mark and links emphasised, the first view fitted to its network, and its name in the title.
 * @attr {string} heading - A title replacing the widget's own (and a partner's view's).
 * @attr {string} layers - Space-separated layers to show, of `consortia reach events` (default: all). Kept in sync with the layer toggles.
 * @attr {"map" | "list"} view - `map` (default) or `list`: the same filtered data as sortable tables (projects with their timeline, partners, target markets).
 * @attr {string} lang - `en`, `ca`, `es`, `fr`, `de`, `nl`, `it`, `pt`, `da` or `lt`; without it, the nearest ancestor's `lang`, else English. Each language but English is fetched as a chunk of its own; English shows until it arrives.
 * @attr {string} tiles - Optional raster tile URL template (`https://…/{z}/{x}/{y}.png`) drawn under the data.
 * @attr {string} tiles-attribution - Attribution for `tiles`, shown as plain text.
 * @attr {boolean} tiles-crossorigin - Request `tiles` with CORS (off by default).
 * @attr {string} src - URL of a collaboration GeoJSON file, or of a CSV or TSV sheet (`.csv`, `.tsv`, or served as `text/csv`, `text/tab-separated-values`; one row per partner and project), that replaces the bundled data (loaded with a loading state; the latest `src` wins).
 * @attr {"light" | "dark" | "auto"} theme - Colour theme; `auto` (default) follows the visitor's system setting.
 * @attr {number} tour - Seconds per step of the tour; when set, the tour starts by itself once the map is drawn.
 * @attr {boolean} presentation - Larger text, marks and controls, to read from the back of a room.
 * @attr {number} cluster-threshold - Past this many visible partners (default 300), partners other than leads are grouped (clustered) and drawn on a canvas; `0` groups always.
 * @attr {string} sync-url - Keeps the state (projects, layers, view, selection, centre and zoom) in the page's URL hash under this key (default `map`), leaving the rest of the hash alone.
 *
 * @prop {object} data - A parsed collaboration FeatureCollection replacing the bundled data (and `src`).
 * @prop {number} srcTimeout - How long a `src` request may take, in ms (default 15000; `Infinity` for no limit).
 * @prop {number} srcMaxBytes - The largest `src` body read, in bytes (default 100 MiB); a larger one is refused with a `data-error`.
 * @prop {Partner[]} partners - Read-only: the partners visible now (after the project filter).
 * @prop {MarketSummary[]} markets - Read-only: the target markets visible now, each with the ids of the projects reaching it.
 *
 * @fires map-ready - When the map has drawn its data: at start, and again after new `data` or `src` is drawn. `detail: { partners, markets }` (counts drawn).
 * @fires data-error - When the data has problems, or `projects`, `partner`, `selectPartner()` or `focusProject()` names an id the data does not have (path `projects` or `partner`; the message lists the ids there are). `detail: { errors: { path, message, severity? }[] }`, `severity: "warning"` where nothing was left out; valid features are still drawn.
 * @fires partner-select - A partner was selected (map, search, list or `selectPartner()`). `detail: { partner }`.
 * @fires projects-change - The visitor changed the project filter. `detail: { projects }` (the ids now shown).
 * @fires tour-step - The tour showed a step. `detail: { project, step }`, step `consortium` or `reach`.
 *
 * @slot heading - The title, as markup (replaces the widget's own and `heading`).
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
export class PartnerMap extends PartnerMapProperties {
  static override styles = styles;

  /** The clustering module did not load (a host serving only partner-map.js, offline). */
  #clusterError = false;
  #panelsOpen = false;
  readonly #voice = new Voice(this);
  readonly #model = new Model(() => this.requestUpdate());
  /** The projects offered and shown, the partner whose view this is, and unknown ids (reported
   *  once the update that found them is done). */
  readonly #partnerView = new PartnerViewState((errors) => void this.updateComplete.then(() => this.#voice.emit('data-error', { errors })));
  readonly #ready = new ReadyNotice();
  readonly #choices = new Choices(this, {
    partnerView: this.#partnerView,
    voice: this.#voice,
    msg: () => this.#msg,
    summary: () => this.#summary(),
    filtered: () => this.#list.firstPage(),
  });

  readonly #source = new DataSource(this, (errors) => this.#voice.emit('data-error', { errors }));
  readonly #details = new DetailsController(this, {
    active: () => this.shadowRoot?.activeElement ?? null,
    fallbackFocus: () => this.#mapContainer(),
    heading: () => this.renderRoot.querySelector<HTMLElement>('.drawer h3'),
    opened: (target) => {
      this.#voice.announce(this.#msg.detailsOpened(this.#msg.kinds[target.kind], targetName(this.language, this.#msg, target)));
      if (target.kind === 'partner') this.#voice.emit('partner-select', { partner: target.partner });
    },
    closed: () => this.#voice.announce(this.#msg.detailsClosed),
  });
  readonly #search = new SearchController(
    this,
    () => ({
      data: this.#model.vm.data,
      offered: this.#partnerView.view.offered,
      visible: this.#model.vm.selection.projects,
      lang: this.language,
      msg: this.#msg,
    }),
    (hit) => {
      this.#nav.searchHit(hit, (id) => this.#choices.toggleProject(id));
      // Focus goes to the details; closing them returns to the search box.
      this.#details.returnTo(this.renderRoot.querySelector<HTMLElement>('.search input'));
    },
  );
  readonly #map = new MapController(this, {
    container: () => this.#mapContainer(),
    // Nothing is drawn while the first src is loading, so map-ready means "the data is drawn".
    // Nor while a link's view is on its way (sync-url): the first view is the one it names.
    input: () => ((this.#loading() || this.#urlSync.waiting) && !this.#ready.drewOnce ? undefined : this.#model.input),
    // Meanwhile the land is drawn (no data yet), unless a link's view is on its way.
    landInput: () => (this.#urlSync.waiting ? undefined : this.#model.input),
    drawn: () => {
      if (!this.#ready.drawn(this.#source.generation)) return;
      const detail = readyDetail(this.#model.input);
      // After this update has finished, so listeners may set properties without a nested update.
      void this.updateComplete.then(() => this.#voice.emit('map-ready', detail));
    },
    insets: () => overlayInsets(this.renderRoot, this.#mapContainer()),
    initialView: () => this.#urlSync.restoredView,
    moved: () => {
      this.#urlSync.write();
      // The inset's frame follows the view, and the inset goes when the markets are in view.
      if (this.#inset.shown) this.requestUpdate();
    },
    markScale: () => Number.parseFloat(getComputedStyle(this).getPropertyValue('--partner-map-scale')) || 1,
    clusterFailed: (error) => {
      this.#clusterError = true;
      this.requestUpdate();
      console.error('partner-map: the clustering module did not load', error);
    },
  });
  readonly #nav = new Navigation({
    details: this.#details,
    map: this.#map,
    vm: () => this.#model.vm,
    onMap: () => this.view === 'map',
    updated: () => this.updateComplete,
    touring: () => this.#tour.current?.project.id,
    called: (method, path, id, found) => this.#called(method, path, id, found),
  });
  readonly #inset = new ReachInsetController(this, {
    bounds: () => this.#map.bounds(),
    refit: () => this.#map.refitUntouched(),
    onCountry: (country) => this.#nav.select({ kind: 'country', country }, null),
    onWorld: () => this.#map.fitWorld(),
  });
  readonly #list = new ListController(this, (target, origin) => this.#nav.select(target, origin));
  readonly #tour = new TourSlot(this, {
    projects: () => this.#model.vm.selection.projects,
    withReach: () => this.layers.includes('reach'),
    show: (step) => this.#showTourStep(step),
    // Clamped by the tour: not finite or not above 0 is the default, past 2³¹−1 ms the longest timer.
    seconds: () => this.tour,
    drawn: () => this.#ready.drewOnce,
    more: ({ project }) => this.#details.open({ kind: 'project', project }, this.renderRoot.querySelector<HTMLElement>('.tour-more')),
  });
  readonly #urlSync = new UrlSyncSlot(this, {
    key: () => this.syncUrl,
    state: (): UrlStateInput => ({
      projects: this.projects,
      layers: this.layers,
      view: this.view,
      selected: this.#details.selected,
      centre: this.#map.currentView() ?? this.#urlSync.restoredView,
    }),
    apply: (s) => {
      this.#choices.apply(s);
      this.#details.set(s.selected);
      if (s.centre) this.#map.setView(s.centre);
    },
    // Ids a link names are checked against the data once it is here (until then, undefined: wait).
    known: () => (this.#loading() || !this.#source.parsed ? undefined : knownIn(this.#model.vm)),
  });

  readonly #fullscreen = new FullscreenController(this, () => this.#map.refit());
  readonly #tiles = new TilesSetting(() => this.requestUpdate());
  readonly #share = new ShareSlot(this, (text) => this.#voice.announce(text));
  readonly #progress = new ProgressSlot(this);

  /** Asked for by own `lang`, else the nearest ancestor's, else the page's; shown once its chunk is here. */
  readonly #language = new LanguageController(this, () =>
    resolveLang(this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang),
  );

  /** The language shown: the one asked for once its chunk has arrived (until then the one shown before, English at first). */
  get language(): Lang {
    return this.#language.lang;
  }

  /** The partners visible now (after the project filter; in a network of over 5,000 entries, once
   *  `updateComplete` resolves after a new filter). */
  get partners(): Partner[] {
    // A frozen list of the (deeply frozen) partners: nothing a host does to it reaches the widget.
    return Object.freeze(this.#model.vm.selection.partners.map((v) => v.partner)) as Partner[];
  }

  /** The target markets visible now, with the ids of the projects that reach each. */
  get markets(): MarketSummary[] {
    return deepFreeze(this.#model.vm.selection.markets.map((m) => ({ country: m.country, projects: m.projects.map((p) => p.id) })));
  }

  get #msg(): Messages {
    return this.#language.messages;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#ready.reset();
  }

  /** Selects a partner by id: opens its details, flies to it on the map, fires `partner-select`. */
  selectPartner(id: string): void {
    this.#nav.selectPartner(id);
  }

  /** Fits the map to a project's consortium and reach, and opens the project's details. */
  focusProject(id: string): void {
    this.#nav.focusProject(id);
  }

  /** Fits the map to everything visible. */
  fitAll(): void {
    this.#map.fitAll();
  }

  /** Starts the tour (or resumes it), stepping through the visible projects. The tour is a chunk of
   *  its own, fetched the first time: `updateComplete` resolves once its first step shows. */
  playTour(): void {
    this.#tour.play();
  }

  /** Stops the tour. */
  stopTour(): void {
    this.#tour.stop();
  }

  /** Puts the whole widget (map and panels) in full screen, or takes it out. */
  toggleFullscreen(): Promise<void> {
    return this.#fullscreen.toggle();
  }

  /** The map as it is now, as a standalone SVG document (drawn from the data); with `slide`, a
   *  1920×1080 slide of it (title, caption, legend, attribution). The export is a chunk of its
   *  own, fetched the first time: the answer is a promise. */
  exportSVG(options: ExportOptions = {}): Promise<string> {
    return this.#export.svg(!!options.slide);
  }

  /** The map as a PNG, drawn from the SVG export at `scale` (2 by default); with `slide`, a
   *  1920×1080 slide at scale 1. */
  exportPNG(scale = 2, options: ExportOptions = {}): Promise<Blob> {
    return this.#export.png(scale, !!options.slide);
  }

  readonly #export = new ExportSlot((): ExportState => ({
    host: this,
    map: this.#map,
    vm: this.#model.vm,
    layers: this.layers,
    lang: this.language,
    msg: this.#msg,
    summary: this.#summary(),
    title: titleOf(this.#msg, this.heading, this.#partnerView.view),
    tilesAttribution: this.tilesAttribution,
    focus: this.#nav.focus,
    caption: viewCaption(this.#msg, this.#model.vm.data, this.#tour.current, this.#summary()),
  }));

  /** The first render waits for a task of its own: the host page's script that made the element
   *  (and this module's evaluation) and the widget's first render then never add up to one long task. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await nextTask();
      // Validating the bundled data (cached per language) gets a task of its own too.
      if (this.data === undefined && !this.src) this.#source.warm(this.language);
      await nextTask();
    }
    await super.scheduleUpdate();
  }

  /** Also waits for a tour asked for to start (see TourSlot), and for a large network's new
   *  filter to be derived and drawn (see Model). */
  protected override async getUpdateComplete(): Promise<boolean> {
    // A tour asked for is showing its first step (its chunk arrived).
    await this.#tour.pending;
    let done = await super.getUpdateComplete();
    for (let work = this.#model.refiltered; work; work = this.#model.refiltered) done = await work.then(() => super.getUpdateComplete());
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const [source, partnerView, model, tiles, nav] = [this.#source, this.#partnerView, this.#model, this.#tiles, this.#nav];
    flowData(
      this,
      { source, partnerView, model, tiles },
      (k) => changed.has(k as keyof PartnerMap),
      this.language,
      this.#msg,
      (t, o) => nav.select(t, o),
    );
  }

  protected override firstUpdated(): void {
    foldLegendOnPhones(this, this.renderRoot, () => this.#map.refitUntouched());
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#urlSync.follow(
      ['projects', 'layers', 'view'].some((k) => changed.has(k as keyof PartnerMap)),
      this.#details.selected,
    );
    // Asked for now, so that updateComplete waits for the tour's chunk (it waits for map-ready itself).
    if (changed.has('tour') && this.tour !== undefined) this.#tour.autoplay();
    if (changed.has('theme') || changed.has('presentation')) this.#map.restyle();
    this.#nav.emphasise();
  }

  #mapContainer(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.map');
  }

  #showTourStep({ project, step }: TourStep): void {
    // The step's caption says it; the full text is one key away (I, or the tour bar's ⓘ). The
    // details of an earlier step, or of what the visitor opened, would hide the map.
    if (this.#details.selected) this.#details.close();
    this.#voice.announce(this.#msg.tourStatus(project.name, this.#msg.tourSteps[step], this.#tour.index + 1, this.#tour.count));
    this.#voice.emit('tour-step', { project: project.id, step });
    // Fitted once this step's bar is drawn (the update the announcement asked for), to keep clear of it.
    void this.updateComplete.then(() => this.#map.focusProject(project, step === 'reach'));
  }

  /** The data is on its way, or its view model is being derived (a large network's, see Model). */
  #loading(): boolean {
    return this.#source.loading || this.#model.pending;
  }

  #summary(): string {
    return summaryOf(this.#msg, this.#model.vm, this.layers);
  }

  /** A method named an id: an unknown one is reported and said in the widget (once the data is here). */
  #called(method: string, path: 'projects' | 'partner', id: string, found: boolean): void {
    if (this.#loading() || !this.#source.parsed) return;
    this.#partnerView.called(method, path, id, found);
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const vm = this.#model.vm;
    const msg = this.#msg;
    const lang = this.language;
    const selected = this.#details.selected;
    return frame({
      vm,
      lang,
      msg,
      summary: this.#summary(),
      title: titleOf(msg, this.heading, this.#partnerView.view),
      offered: this.#partnerView.view.offered,
      asked: this.#model.asked,
      unknownIds: this.#partnerView.message(msg),
      search: this.#search.input(),
      layers: this.layers,
      isList: this.view === 'list',
      loading: this.#loading(),
      progress: () => this.#progress.template(this.#source.progress, lang, msg),
      panelsOpen: this.#panelsOpen,
      clusterError: this.#clusterError,
      tilesProblem: this.#tiles.problem,
      clustered: this.#model.input ? isClustered(this.#model.input) : false,
      announcement: this.#voice.announcement,
      tilesAttribution: this.tilesAttribution,
      details: this.#details,
      detailsActions: { open: (t) => this.#nav.select(t, null), focusProject: (p) => this.#map.focusProject(p) },
      list: () => this.#list.template(vm, lang, msg, selected?.kind === 'partner' ? selected.id : undefined),
      inset: () => this.#inset.template(vm, this.layers.includes('reach'), msg, lang),
      tools: {
        fullscreen: this.#fullscreen,
        tour: this.#tour,
        exports: this.#export,
        share: this.#share,
        // The link says the view as it is now (sync-url writes it on change; the centre too).
        onShare: () => this.#urlSync.write(),
      },
      onKeydown: widgetKeys(this.#details, this.#tour),
      onPointer: (e) => this.#tour.pointer(e),
      choices: this.#choices,
      onPanels: () => ((this.#panelsOpen = !this.#panelsOpen), this.requestUpdate()),
      onLegendProject: (id) => this.focusProject(id),
      map: this.#map,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partner-map': PartnerMap;
  }
}
