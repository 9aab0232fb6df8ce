import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledData } from './generated/bundled-data.js';
import { parseCollaborations } from './data/parse.js';
import { select, type Selection } from './data/selectors.js';
import { LAYERS, type CollabEvent, type DataError, type LayerName, type ParseResult, type Partner, type Project } from './data/types.js';
import { MESSAGES, resolveLang, type Lang, type Messages } from './i18n/messages.js';
import { countryName, formatDateRange } from './i18n/format.js';
import { MapController, type DetailsTarget, type MapHost, type MapInput } from './map/map-controller.js';
import { projectColour } from './map/colours.js';
import { countryDetails, eventDetails, partnerDetails, projectDetails, type DetailsContext } from './ui/details.js';
import { legend } from './ui/legend.js';
import { styles } from './partner-map.styles.js';

export type MapReadyEvent = CustomEvent<{ partners: number; markets: number }>;
export type DataErrorEvent = CustomEvent<{ errors: readonly DataError[] }>;

/** Space-separated ids ↔ list; an absent attribute means "all". */
const idList = {
  fromAttribute: (v: string | null): string[] | null => (v === null ? null : v.split(/\s+/).filter(Boolean)),
  toAttribute: (v: readonly string[] | null): string | null => (v === null ? null : v.join(' ')),
};

let bundled: ParseResult | undefined;

/**
 * An interactive, offline map of international collaborations: each project's consortium, the
 * target markets its programme reaches, and its events. Drawn from bundled data with no request to
 * any other host; Leaflet lives inside the shadow root and writes no global.
 *
 * @element partner-map
 *
 * @attr {string} projects - Space-separated project ids to show (default: all).
 * @attr {string} layers - Space-separated layers to show, of `consortia reach events` (default: all).
 * @attr {string} lang - `en`, `ca` or `es`; without it, the nearest ancestor's `lang`, else English.
 * @attr {string} tiles - Optional raster tile URL template (`https://…/{z}/{x}/{y}.png`) drawn under the data.
 * @attr {string} tiles-attribution - Attribution text for `tiles`, shown as plain text.
 *
 * @prop {object} data - A parsed collaboration FeatureCollection replacing the bundled data.
 *
 * @fires map-ready - Once the map is drawn. `detail: { partners, markets }` (counts drawn).
 * @fires data-error - When the data has problems. `detail: { errors: { path, message }[] }`; valid features are still drawn.
 *
 * @csspart map - The map area.
 * @csspart legend - The legend.
 * @csspart header - The title bar with the summary.
 *
 * @cssprop [--partner-map-height=480px] - Height of the whole widget.
 * @cssprop [--partner-map-font=system-ui, sans-serif] - Font family.
 * @cssprop [--partner-map-sea=#dfe9f1] - Sea (map background).
 * @cssprop [--partner-map-land=#f3f1ec] - Land fill.
 * @cssprop [--partner-map-borders=#cfcac0] - Country borders.
 * @cssprop [--partner-map-text=#1f2328] - Text colour.
 * @cssprop [--partner-map-background=#ffffff] - Panels' background.
 * @cssprop [--partner-map-accent=#0b5cad] - Focus rings and links.
 * @cssprop --partner-map-color-<project-id> - A project's colour (defaults: Okabe–Ito palette).
 */
export class PartnerMap extends LitElement implements MapHost {
  static override styles = styles;

  /** Project ids to show; null shows every project. */
  @property({ converter: idList, reflect: true }) projects: string[] | null = null;

  /** Layers to show. */
  @property({
    converter: {
      fromAttribute: (v: string | null): LayerName[] => (v === null ? [...LAYERS] : (v.split(/\s+/).filter((l) => (LAYERS as readonly string[]).includes(l)) as LayerName[])),
      toAttribute: (v: readonly LayerName[]) => v.join(' '),
    },
  })
  layers: LayerName[] = [...LAYERS];

  @property({ reflect: true }) override lang = '';

  @property() tiles: string | undefined;

  @property({ attribute: 'tiles-attribution' }) tilesAttribution: string | undefined;

  /** A collaboration FeatureCollection (parsed JSON) that replaces the bundled data. */
  @property({ attribute: false }) data: unknown = undefined;

  @state() private parsed: ParseResult | undefined;

  private readonly mapController = new MapController(this);
  private input: MapInput | undefined;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || !this.parsed) {
      const result = this.data === undefined ? (bundled ??= parseCollaborations(bundledData)) : parseCollaborations(this.data);
      this.parsed = result;
      if (result.errors.length) {
        this.dispatchEvent(new CustomEvent('data-error', { detail: { errors: result.errors }, bubbles: true, composed: true }));
      }
    }
  }

  private selection(): Selection {
    return select((this.parsed as ParseResult).data, { projects: this.projects, layers: this.layers });
  }

  private colours(): Map<string, string> {
    const projects = (this.parsed as ParseResult).data.projects;
    return new Map(projects.map((p, i) => [p.id, projectColour(this, p.id, i)]));
  }

  private detailsContext(selection: Selection, colours: ReadonlyMap<string, string>): DetailsContext {
    return { data: (this.parsed as ParseResult).data, selection, lang: this.language, msg: this.msg, colours };
  }

  protected override firstUpdated(): void {
    // On a phone-sized widget the legend starts folded, so the map is not hidden behind it.
    const legend = this.renderRoot.querySelector<HTMLDetailsElement>('.legend');
    if (legend && this.offsetWidth > 0 && this.offsetWidth < 560) legend.open = false;
  }

  legendSize(): { width: number; height: number } {
    const legend = this.renderRoot.querySelector<HTMLElement>('.legend');
    return { width: legend?.offsetWidth ?? 0, height: legend?.offsetHeight ?? 0 };
  }

  mapInput(): MapInput | undefined {
    return this.input;
  }

  mapDrawn(): void {
    const selection = this.input?.selection;
    this.dispatchEvent(
      new CustomEvent('map-ready', {
        detail: { partners: selection?.partners.length ?? 0, markets: selection?.markets.length ?? 0 },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private partnerLabel(partner: Partner, selection: Selection): string {
    const visible = selection.partners.find((v) => v.partner.id === partner.id);
    const roles = (visible?.roles ?? []).map(({ project, role }) => `${project.name} (${this.msg.roles[role]})`).join(', ');
    return `${partner.shortName}, ${partner.city}, ${countryName(this.language, partner.country)}: ${roles}`;
  }

  private eventLabel(event: CollabEvent): string {
    return `${this.msg.event}: ${event.name}, ${event.city}, ${formatDateRange(this.language, event.start, event.end, this.msg.datesUnknown)}`;
  }

  private detailsElement(ctx: DetailsContext, target: DetailsTarget): HTMLElement {
    const container = document.createElement('div');
    const template: TemplateResult =
      target.kind === 'partner'
        ? partnerDetails(ctx, target.partner)
        : target.kind === 'project'
          ? projectDetails(ctx, target.project)
          : target.kind === 'country'
            ? countryDetails(ctx, target.country)
            : eventDetails(ctx, target.event);
    render(template, container);
    return container;
  }

  /** Opens a project's details at its lead partner. */
  private showProject(project: Project): void {
    const lead = (this.parsed as ParseResult).data.partners.find((p) => p.id === project.lead);
    this.mapController.openDetails({ kind: 'project', project }, lead ? [lead.position[1], lead.position[0]] : undefined);
  }

  protected override render(): TemplateResult {
    const parsed = this.parsed as ParseResult;
    const selection = this.selection();
    const colours = this.colours();
    const ctx = this.detailsContext(selection, colours);
    const msg = this.msg;
    // A new input object only when something drawn changed: the controller redraws on identity.
    this.input = {
      data: parsed.data,
      selection,
      layers: this.layers,
      colours,
      tiles: this.tiles || undefined,
      partnerLabel: (p) => this.partnerLabel(p, selection),
      eventLabel: (e) => this.eventLabel(e),
      details: (target) => this.detailsElement(ctx, target),
    };
    const countriesCount = new Set(selection.partners.map((v) => v.partner.country)).size;
    const summary = msg.summary(selection.projects.length, selection.partners.length, countriesCount, selection.markets.length);
    return html`
      <div class="frame" lang=${this.language}>
        <header part="header">
          <h2>${msg.title}</h2>
          <p class="summary" id="summary">${summary}</p>
        </header>
        ${parsed.errors.length
          ? html`<details class="errors" role="alert">
              <summary>${msg.dataProblems(parsed.errors.length)}</summary>
              <ul>${parsed.errors.map((e) => html`<li><code>${e.path}</code> ${e.message}</li>`)}</ul>
            </details>`
          : nothing}
        <div class="stage">
          <div class="map" part="map" role="region" aria-label=${msg.mapLabel} aria-describedby="summary"></div>
          ${legend({ selection, layers: this.layers, colours, msg, onProject: (p) => this.showProject(p) })}
          <div class="zoom" role="group">
            <button type="button" class="zoom-in" title=${msg.zoomIn} aria-label=${msg.zoomIn} @click=${() => this.mapController.zoomIn()}>+</button>
            <button type="button" class="zoom-out" title=${msg.zoomOut} aria-label=${msg.zoomOut} @click=${() => this.mapController.zoomOut()}>−</button>
            <button type="button" class="fit" title=${msg.fitAll} aria-label=${msg.fitAll} @click=${() => this.mapController.fitAll()}>⤢</button>
          </div>
          <p class="attribution">Leaflet · ${msg.basemap}${this.tilesAttribution ? html` · ${this.tilesAttribution}` : nothing}</p>
        </div>
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
  }
}
