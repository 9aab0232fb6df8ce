import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CollabEvent, Collaborations, LayerName, Partner, Project } from '../data/types.js';
import { consortiumCentre, type Selection } from '../data/selectors.js';
import * as L from './leaflet.js';
import { countries, countryAnchor, countryMainBounds, type CountryFeature } from './basemap.js';
import { greatCircle } from './arcs.js';
import { reachScale } from './colours.js';
import { EVENT_SIZE, LEAD_SIZE, MEMBER_SIZE, eventMark, partnerMark } from './marks.js';

/** What the map needs to draw: data and callbacks from the element, no state of its own. */
export interface MapInput {
  readonly data: Collaborations;
  readonly selection: Selection;
  readonly layers: readonly LayerName[];
  /** Project id → colour. */
  readonly colours: ReadonlyMap<string, string>;
  readonly tiles: string | undefined;
  /** Accessible name of a partner's marker: name, city and projects. */
  readonly partnerLabel: (partner: Partner) => string;
  readonly eventLabel: (event: CollabEvent) => string;
  /** Popup content, as DOM built from text by the element's templates. */
  readonly details: (target: DetailsTarget) => HTMLElement;
}

export type DetailsTarget =
  | { readonly kind: 'partner'; readonly partner: Partner }
  | { readonly kind: 'project'; readonly project: Project }
  | { readonly kind: 'country'; readonly country: string }
  | { readonly kind: 'event'; readonly event: CollabEvent };

export interface MapHost extends ReactiveControllerHost, HTMLElement {
  /** The element Leaflet draws into, once rendered. */
  readonly mapContainer: HTMLElement | null;
  mapInput(): MapInput | undefined;
  /** Called once per map after the first complete draw. */
  mapDrawn(): void;
  /** The legend's size in px, so a fit can keep the data clear of it. */
  legendSize?(): { width: number; height: number };
}

const PANES = { base: 250, reach: 300, links: 410, arcs: 420 } as const;

/**
 * Owns the Leaflet map: creates it once the container is rendered, redraws when the element's
 * input changes, follows the container's size and disposes everything when the element leaves.
 */
export class MapController implements ReactiveController {
  private map: L.Map | undefined;
  private resize: ResizeObserver | undefined;
  private drawn: MapInput | undefined;
  private readonly groups = new Map<string, L.LayerGroup>();
  private tileLayer: L.TileLayer | undefined;
  private markers = new Map<string, L.Marker>();
  /** Set when the view was fitted while the container had no size (inside display: none). */
  private fitPending = false;

  constructor(private readonly host: MapHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A reconnected element (moved in the DOM) draws a fresh map on its next update.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const container = this.host.mapContainer;
    if (!container || !this.host.isConnected) return;
    if (!this.map) this.create(container);
    const input = this.host.mapInput();
    if (input && input !== this.drawn) this.draw(input);
  }

  hostDisconnected(): void {
    this.dispose();
  }

  get leafletMap(): L.Map | undefined {
    return this.map;
  }

  zoomIn(): void {
    this.map?.zoomIn();
  }

  zoomOut(): void {
    this.map?.zoomOut();
  }

  /** Fits the visible partners and their markets. */
  fitAll(animate = true): void {
    const input = this.drawn;
    if (!this.map || !input) return;
    const size = this.map.getSize();
    this.fitPending = size.x === 0 || size.y === 0;
    if (this.fitPending) return;
    const points: L.LatLngExpression[] = input.selection.partners.map(({ partner: p }) => [p.position[1], p.position[0]]);
    if (input.layers.includes('reach')) {
      for (const m of input.selection.markets) {
        const box = countryMainBounds(m.country);
        if (box) points.push(...box);
      }
    }
    if (input.layers.includes('events')) for (const e of input.selection.events) points.push([e.position[1], e.position[0]]);
    if (!points.length) return void this.map.setView([30, 10], 2, { animate });
    // Keep the data clear of the legend where the map is wide enough to afford it.
    const legend = this.host.legendSize?.() ?? { width: 0, height: 0 };
    const left = size.x > 2.5 * legend.width ? legend.width + 12 : 0;
    this.map.fitBounds(L.latLngBounds(points), {
      paddingTopLeft: [24 + left, 24],
      paddingBottomRight: [56, 24],
      maxZoom: 7,
      animate,
    });
  }

  openDetails(target: DetailsTarget, at?: L.LatLngExpression): void {
    const input = this.drawn;
    if (!this.map || !input) return;
    if (target.kind === 'partner') {
      const marker = this.markers.get(target.partner.id);
      if (marker) return void marker.openPopup();
    }
    const where = at ?? this.map.getCenter();
    L.popup({ maxWidth: 320, autoPanPadding: [16, 16] }).setLatLng(where).setContent(input.details(target)).openOn(this.map);
  }

  private create(container: HTMLElement): void {
    const map = L.map(container, {
      zoomControl: false, // ours are Lit buttons with translated names
      attributionControl: false, // rendered by the element as text, never as HTML
      worldCopyJump: false,
      trackResize: false, // a ResizeObserver follows the container, not just the window
      minZoom: 0, // a phone-sized widget needs the whole world in 256 px
      maxZoom: 12,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      keyboardPanDelta: 120,
    });
    for (const [name, z] of Object.entries(PANES)) {
      const pane = map.createPane(`pm-${name}`);
      pane.style.zIndex = String(z);
    }
    map.setView([35, 10], 2, { animate: false });
    this.map = map;
    this.resize = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      // A map that started hidden (a closed tab) fits its data the first time it has a size.
      if (this.fitPending) this.fitAll(false);
    });
    this.resize.observe(container);
  }

  private dispose(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.map?.remove();
    this.map = undefined;
    this.drawn = undefined;
    this.groups.clear();
    this.markers.clear();
    this.tileLayer = undefined;
  }

  /** A fresh group per layer on each draw: the data is small, and nothing stale can survive. */
  private group(name: string): L.LayerGroup {
    this.groups.get(name)?.remove();
    const g = L.layerGroup().addTo(this.map as L.Map);
    this.groups.set(name, g);
    return g;
  }

  private draw(input: MapInput): void {
    const map = this.map as L.Map;
    const first = this.drawn === undefined;
    this.drawTiles(input.tiles);
    if (first || this.drawn?.tiles !== input.tiles) this.drawBase(input.tiles !== undefined);
    const shown = (layer: LayerName) => input.layers.includes(layer);
    this.drawReach(shown('reach') ? input : undefined);
    this.drawLinks(shown('consortia') ? input : undefined);
    this.drawPartners(shown('consortia') ? input : undefined);
    this.drawEvents(shown('events') ? input : undefined);
    this.drawn = input;
    if (first) {
      this.fitAll(false);
      this.host.mapDrawn();
    }
    map.closePopup();
  }

  private drawTiles(url: string | undefined): void {
    if (this.tileLayer && (this.tileLayer as unknown as { _url: string })._url === url) return;
    this.tileLayer?.remove();
    this.tileLayer = url ? L.tileLayer(url, { maxZoom: 19, crossOrigin: true }).addTo(this.map as L.Map) : undefined;
  }

  private drawBase(withTiles: boolean): void {
    const g = this.group('base');
    const renderer = L.svg({ pane: 'pm-base', padding: 0.5 });
    const land = countries().all.filter((f) => f.geometry.type !== 'Point');
    // GeoJSON passes its options on to each polygon, renderer included (the typings omit it).
    const options: L.GeoJSONOptions & L.PathOptions = {
      pane: 'pm-base',
      renderer,
      interactive: false,
      style: () => ({
        className: withTiles ? 'pm-land pm-land-over-tiles' : 'pm-land',
        weight: 0.6,
        fillOpacity: withTiles ? 0 : 1,
      }),
    };
    L.geoJSON(land, options).addTo(g);
  }

  private drawReach(input: MapInput | undefined): void {
    const g = this.group('reach');
    const arcs = this.group('arcs');
    if (!input || !input.selection.markets.length) return;
    const { byCode } = countries();
    const colour = reachScale(input.selection.maxReach);
    const renderer = L.svg({ pane: 'pm-reach', padding: 0.5 });
    for (const market of input.selection.markets) {
      const f: CountryFeature | undefined = byCode.get(market.country);
      if (!f) continue;
      const style = {
        pane: 'pm-reach',
        renderer,
        color: '#8a5d00',
        weight: 0.7,
        fillColor: colour(market.projects.length),
        fillOpacity: 0.9,
        className: `pm-market pm-market-${market.country}`,
      };
      const layer =
        f.geometry.type === 'Point'
          ? L.circleMarker([f.properties.a[1], f.properties.a[0]], { ...style, radius: 6 })
          : L.geoJSON(f, { ...style, style: () => style });
      layer.bindPopup(() => input.details({ kind: 'country', country: market.country }), { maxWidth: 320 });
      layer.addTo(g);
    }
    const arcRenderer = L.svg({ pane: 'pm-arcs', padding: 0.5 });
    for (const project of input.selection.projects) {
      const from = consortiumCentre(input.data, project);
      if (!from) continue;
      for (const code of project.targetMarkets) {
        const to = countryAnchor(code);
        if (!to) continue;
        L.polyline(greatCircle(from, to), {
          pane: 'pm-arcs',
          renderer: arcRenderer,
          color: input.colours.get(project.id) ?? '#333',
          weight: 1.6,
          opacity: 0.75,
          dashArray: '5 4',
          interactive: false,
          className: `pm-arc pm-arc-${project.id}`,
        }).addTo(arcs);
      }
    }
  }

  private drawLinks(input: MapInput | undefined): void {
    const g = this.group('links');
    if (!input) return;
    const renderer = L.svg({ pane: 'pm-links', padding: 0.5 });
    const byId = new Map(input.data.partners.map((p) => [p.id, p]));
    for (const project of input.selection.projects) {
      const lead = byId.get(project.lead);
      if (!lead) continue;
      for (const { partner } of input.selection.partners) {
        if (partner.id === lead.id || !partner.roles[project.id]) continue;
        L.polyline(
          [
            [partner.position[1], partner.position[0]],
            [lead.position[1], lead.position[0]],
          ],
          {
            pane: 'pm-links',
            renderer,
            color: input.colours.get(project.id) ?? '#333',
            weight: 1.4,
            opacity: 0.55,
            className: `pm-link pm-link-${project.id}`,
          },
        )
          .bindPopup(() => input.details({ kind: 'project', project }), { maxWidth: 320 })
          .addTo(g);
      }
    }
  }

  private drawPartners(input: MapInput | undefined): void {
    const g = this.group('partners');
    this.markers.clear();
    if (!input) return;
    for (const { partner, roles } of input.selection.partners) {
      const lead = roles.some((r) => r.role === 'lead');
      const size = lead ? LEAD_SIZE : MEMBER_SIZE;
      const glyph = partnerMark(roles.map((r) => input.colours.get(r.project.id) ?? '#333'), lead);
      const marker = L.marker([partner.position[1], partner.position[0]], {
        icon: L.divIcon({ html: glyph, className: `pm-partner${lead ? ' pm-lead' : ''}`, iconSize: [size, size] }),
        keyboard: true,
        riseOnHover: true,
        zIndexOffset: lead ? 500 : 0,
      });
      marker.on('add', () => {
        const el = marker.getElement();
        el?.setAttribute('aria-label', input.partnerLabel(partner));
        el?.setAttribute('data-partner', partner.id);
      });
      const tip = document.createElement('span');
      tip.textContent = `${partner.shortName} · ${partner.city}`;
      marker.bindTooltip(tip, { direction: 'top', offset: [0, -size / 2], className: 'pm-tip' });
      marker.bindPopup(() => input.details({ kind: 'partner', partner }), { maxWidth: 320, autoPanPadding: [16, 16] });
      marker.addTo(g);
      this.markers.set(partner.id, marker);
    }
  }

  private drawEvents(input: MapInput | undefined): void {
    const g = this.group('events');
    if (!input) return;
    for (const event of input.selection.events) {
      const marker = L.marker([event.position[1], event.position[0]], {
        icon: L.divIcon({ html: eventMark(input.colours.get(event.project) ?? '#333'), className: 'pm-event', iconSize: [EVENT_SIZE, EVENT_SIZE] }),
        keyboard: true,
        zIndexOffset: 1000,
      });
      marker.on('add', () => {
        const el = marker.getElement();
        el?.setAttribute('aria-label', input.eventLabel(event));
        el?.setAttribute('data-event', event.id);
      });
      const tip = document.createElement('span');
      tip.textContent = event.name;
      marker.bindTooltip(tip, { direction: 'top', offset: [0, -EVENT_SIZE / 2], className: 'pm-tip' });
      marker.bindPopup(() => input.details({ kind: 'event', event }), { maxWidth: 320 });
      marker.addTo(g);
    }
  }
}
